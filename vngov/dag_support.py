"""What the Airflow DAGs share (dags/vngov_daily.py, dags/vngov_deadline_watch.py): the asset
that `publish` updates, running a `vngov` command as a task, and the dbt project as tasks.

Only the DAG files import this module (it needs Airflow's task SDK); the `vngov` CLI does not.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import deque
from datetime import timedelta

from pathlib import Path

from airflow.sdk import Asset

from vngov import config

# published.duckdb and parquet/current, as one asset: vngov_daily's publish task updates it and
# vngov_deadline_watch is scheduled on it. A URI of our own rather than a file:// path, because
# VNGOV_HOME differs between the machines (and containers) that parse the DAGs.
PUBLISHED = Asset(name="vngov_published", uri="vngov://published")


class VngovFailed(RuntimeError):
    def __init__(self, message: str, returncode: int):
        super().__init__(message)
        self.returncode = returncode


def run_vngov(*args: str) -> str:
    """Run `vngov <args>`, stream its output to the task log, fail with its last words.
    Returns its last line of output (`vngov extract plan` ends with JSON for the next tasks)."""
    return _stream([sys.executable, "-m", "vngov", *args], f"vngov {' '.join(args)}")


def _stream(cmd: list[str], what: str) -> str:
    print("$", " ".join(cmd), flush=True)
    tail: deque[str] = deque(maxlen=5)
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env=os.environ.copy())
    for line in proc.stdout:
        print(line, end="", flush=True)
        tail.append(line.rstrip())
    if proc.wait() != 0:
        raise VngovFailed(f"`{what}` exited {proc.returncode}: "
                          + (tail[-1] if tail else "no output"), proc.returncode)
    return tail[-1] if tail else ""


def dbt_manifest() -> Path:
    """The dbt project's manifest.json, made by `dbt parse` when the project's files change and
    kept under $VNGOV_HOME/dbt/manifests/ by their hash. Cosmos draws the task group from it,
    so parsing the DAG needs no database (cosmos's own `dbt ls` cache lives in Airflow
    Variables) and costs a dbt parse only once per project state, on each machine."""
    project = config.dbt_dir()
    digest = hashlib.sha256()
    for path in sorted(project.rglob("*")):
        if path.is_file() and not {"target", "logs", "dbt_packages"} & set(path.parts):
            digest.update(str(path.relative_to(project)).encode() + b"\0" + path.read_bytes())
    manifest = config.home() / "dbt" / "manifests" / f"{digest.hexdigest()[:16]}.json"
    if not manifest.exists():
        manifest.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory() as target:
            cmd = [sys.executable, "-c", "from dbt.cli.main import cli; cli()", "parse",
                   "--project-dir", str(project), "--profiles-dir", str(project),
                   "--target-path", target, "--log-path", target, "--no-version-check"]
            env = dict(os.environ, VNGOV_HOME=str(config.home()), DO_NOT_TRACK="1",
                       DBT_SEND_ANONYMOUS_USAGE_STATS="False")
            proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
            if proc.returncode != 0:
                raise RuntimeError(f"dbt parse failed: {proc.stdout[-2000:]}{proc.stderr[-2000:]}")
            tmp = manifest.with_suffix(".tmp")
            shutil.copyfile(Path(target) / "manifest.json", tmp)
            os.replace(tmp, manifest)
    return manifest


def dbt_task_group(pool: str):
    """The dbt project as a task group (astronomer-cosmos): a task per seed and model, each
    running `dbt build --select` its node with the tests on it alone (so a failure is retried
    and seen by name), then one task for the tests that span models (relationships) and the
    tests of the raw sources. All in the one-writer pool. (Checks of rows against other tables,
    such as evidence quoted from the article, are GX expectations, validated by part.)

    The tasks run `vngov-dbt` (vngov.build.dbt_as_writer) in place of dbt: it takes the writer
    lock, waits for readers, and keeps run_results.json where validation looks for the build."""
    from airflow.sdk import task
    from cosmos import DbtTaskGroup, ExecutionConfig, ProfileConfig, ProjectConfig, RenderConfig
    from cosmos.constants import (ExecutionMode, InvocationMode, LoadMode, TestBehavior,
                                  TestIndirectSelection)

    manifest = dbt_manifest()
    vngov_dbt = str(Path(sys.executable).parent / "vngov-dbt")
    retry = {"pool": pool, "retries": 1, "retry_delay": timedelta(minutes=1)}
    group = DbtTaskGroup(
        group_id="dbt",
        project_config=ProjectConfig(dbt_project_path=config.dbt_dir(), install_dbt_deps=False,
                                     manifest_path=manifest),
        profile_config=ProfileConfig(profile_name="vngov", target_name="dev",
                                     profiles_yml_filepath=config.dbt_dir() / "profiles.yml"),
        execution_config=ExecutionConfig(
            execution_mode=ExecutionMode.LOCAL, invocation_mode=InvocationMode.SUBPROCESS,
            dbt_executable_path=vngov_dbt,
            # a model's task runs only the tests whose every parent it has just built
            test_indirect_selection=TestIndirectSelection.CAUTIOUS),
        render_config=RenderConfig(load_method=LoadMode.DBT_MANIFEST,
                                   test_behavior=TestBehavior.BUILD, emit_datasets=False),
        # A model fails for a reason a minute will not often fix: one quick retry, then it is
        # red, by name, in the grid.
        operator_args=retry,
    )
    spanning = ["source:raw", *_tests_spanning_models(manifest)]

    with group:
        @task(task_id="tests_across_models", **retry)
        def tests_across_models() -> None:
            project = str(config.dbt_dir())
            _stream([vngov_dbt, "test", "--select", *spanning, "--project-dir", project,
                     "--profiles-dir", project, "--target-path",
                     str(config.home() / "dbt" / "target"), "--log-path",
                     str(config.home() / "dbt" / "logs"), "--no-use-colors"],
                    "dbt test (tests across models and of the raw sources)")

        leaves = list(group.get_leaves())  # before the new task joins the group
        tests_task = tests_across_models()
        for leaf in leaves:
            leaf >> tests_task
    return group


def _tests_spanning_models(manifest: Path) -> list[str]:
    """The tests that depend on more than one model or seed, by name."""
    nodes = json.loads(manifest.read_text())["nodes"].values()
    return sorted(n["name"] for n in nodes if n["resource_type"] == "test" and sum(
        parent.split(".")[0] in ("model", "seed") for parent in n["depends_on"]["nodes"]) > 1)
