"""The Airflow DAG: it imports cleanly, keeps one warehouse writer, and really runs."""

import json
import os
import re
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from conftest import REPO, expectations_with, query, run_vngov, unmeetable, vngov_env
from vngov.sites import SITES

# Tasks that write the warehouse, besides the dbt task group's (all of which do).
WRITERS = {"load", "extract_plan", "extract_load", "validate", "publish", "summary"}


@pytest.fixture(scope="module")
def dag(tmp_path_factory):
    os.environ.setdefault("AIRFLOW_HOME", str(tmp_path_factory.mktemp("airflow")))
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=str(REPO / "dags"))
    assert bag.import_errors == {}
    return bag.dags["vngov_daily"]


def test_dag_shape(dag):
    tasks = {t.task_id: t for t in dag.tasks}
    assert {t for t in tasks if not t.startswith("dbt.")} == {
        "list_sources", "crawl", "load", "extract_plan", "partitions_of", "extract_partition",
        "extract_load", "validate", "publish", "summary"}
    assert dag.catchup is False and dag.max_active_runs == 1
    assert "0 6 * * *" in str(dag.timetable)
    assert tasks["crawl"].downstream_task_ids == {"load"}
    assert tasks["load"].trigger_rule == "all_done"  # one broken source does not stop the rest
    assert tasks["load"].downstream_task_ids == {"extract_plan"}
    assert tasks["extract_partition"].upstream_task_ids == {"partitions_of"}
    # no new pages: no partition to map, and loading the empty batch must still run
    assert tasks["extract_load"].trigger_rule == "none_failed"
    assert tasks["validate"].upstream_task_ids == {"dbt.tests_across_models"}


def test_every_dbt_model_and_seed_is_a_task_of_its_own(dag):
    """Cosmos renders the project from its manifest: a failed model is retried and seen by name,
    every one of them comes after the extraction is loaded, and the tests spanning models (and
    those of the raw sources) run once, after every model."""
    from vngov.dag_support import dbt_manifest

    manifest = json.loads(dbt_manifest().read_text())
    nodes = [n for n in manifest["nodes"].values() if n["resource_type"] in ("model", "seed")]
    tasks = {t.task_id: t for t in dag.tasks}
    for node in nodes:
        task = tasks[f"dbt.{node['name']}_{node['resource_type']}_build"]
        assert task.retries == 1 and task.pool == "vngov_warehouse"
        assert "extract_load" in {t.task_id for t in task.get_flat_relatives(upstream=True)}
        assert "dbt.tests_across_models" in {
            t.task_id for t in task.get_flat_relatives(upstream=False)}
    assert len([t for t in tasks if t.startswith("dbt.")]) == len(nodes) + 1
    tests = tasks["dbt.tests_across_models"]
    assert tests.upstream_task_ids and all(u.startswith("dbt.") for u in tests.upstream_task_ids)


def test_retries_back_off(dag):
    crawl = dag.get_task("crawl")
    assert crawl.retries >= 2 and crawl.retry_exponential_backoff
    assert crawl.retry_delay == timedelta(minutes=5)


def _airflow_run(home, **extra_env):
    """scripts/airflow_run.sh (what `make demo` runs), with the SQL mirror on a free port
    (VNGOV_PG_PORT=0), stopped afterwards."""
    env = vngov_env(home, PATH=f"{Path(sys.executable).parent}:{os.environ['PATH']}",
                    VNGOV_PG_PORT="0", **extra_env)
    env.pop("AIRFLOW_HOME", None)
    try:
        proc = subprocess.run(["bash", str(REPO / "scripts" / "airflow_run.sh"), "replay"],
                              cwd=REPO, env=env, text=True, capture_output=True, timeout=1200)
        proc.mirror_status = run_vngov(home, "serve", "--status", check=False).stdout
        return proc
    finally:
        run_vngov(home, "serve", "--stop", check=False)


@pytest.mark.slow
def test_airflow_dags_test_runs_the_chain_on_the_replay_site(tmp_path):
    home = tmp_path / "home"
    proc = _airflow_run(home)
    log = home / "airflow" / "dags_test.log"
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:] + (
        log.read_text()[-5000:] if log.exists() else "")
    meetings = query(home / "published.duckdb", "select meeting_date from marts.fct_meetings")
    assert {date(2025, 10, 15), date(2025, 4, 1), date(2025, 3, 4), date(2025, 1, 13)} <= {
        d for (d,) in meetings}, "the four seed meetings"
    assert f"Meetings: {len(meetings)}" in proc.stdout and "spam_injection" in proc.stdout
    assert "validation passed" in proc.stdout
    crawled = [line.split()[0] for line in proc.stdout.splitlines()
               if line.startswith("   crawl[") and line.split()[1] == "success"]
    assert sorted(crawled) == sorted(f"crawl[{source}]" for source in SITES)
    assert "SITE-CHANGE ALARM" not in proc.stdout
    # Extraction ran as mapped partition tasks, with their counts in the task log, and every
    # dbt model as a task of its own.
    extracted = re.findall(r"extract partition \d+ of batch \S+: (\d+) pages", log.read_text())
    assert extracted and sum(map(int, extracted)) > 30
    dbt_states = {line.split()[1] for line in proc.stdout.splitlines()
                  if line.startswith("   dbt.")}
    assert dbt_states == {"success"}
    # It ends with the SQL mirror up, serving what was published, and its URI printed.
    mirror_line = next(line for line in proc.stdout.splitlines() if line.startswith("SQL mirror"))
    assert "read-only" in mirror_line and "postgresql://vngov_reader:" in mirror_line
    manifest = (home / "parquet" / "current" / "manifest.json").read_text()
    assert f"build {json.loads(manifest)['build']})" in proc.mirror_status


def _site_with_a_changed_listing(tmp_path) -> Path:
    """The replay site, but thanhnien's listings and feed link a URL scheme we do not know."""
    site = tmp_path / "site"
    shutil.copytree(REPO / "scrapers" / "replay" / "site", site)
    for path in (site / "thanhnien.vn").rglob("*"):
        if path.is_file() and not re.search(r"-185\d+\.htm$", path.name):
            text = path.read_text(encoding="utf-8")
            path.write_text(re.sub(r"-185(\d+)\.htm", r"-p\1.html", text), encoding="utf-8")
    return site


@pytest.mark.slow
def test_a_critical_validation_failure_and_a_site_alarm_fail_the_run(tmp_path):
    """Two failures in one run (each run of the DAG costs a minute): a changed site fails its
    crawl task at once, naming the source and cause, while the other sources go on; a critical
    expectation then fails validation and nothing is published."""
    strict = expectations_with(tmp_path / "expectations", "fct_meetings", unmeetable("critical"))

    home = tmp_path / "home"
    proc = _airflow_run(home, VNGOV_EXPECTATIONS_DIR=str(strict),
                        VNGOV_REPLAY_DIR=str(_site_with_a_changed_listing(tmp_path)))
    assert proc.returncode != 0
    states = dict(line.split(None, 1) for line in proc.stdout.splitlines()
                  if line.startswith("   ") and not line.strip().startswith("run "))
    states = {task: state.strip() for task, state in states.items()}
    assert states["crawl[thanhnien]"] == "failed"  # once: an alarm is not retried
    assert states["crawl[baochinhphu]"] == "success" and states["load"] == "success"
    log = (home / "airflow" / "dags_test.log").read_text(encoding="utf-8")
    assert "thanhnien: " in log and "no article links found" in log
    assert states["extract_load"] == "success"
    assert {state for task, state in states.items() if task.startswith("dbt.")} == {"success"}
    assert states["validate"] == "failed"
    assert states["publish"] == "upstream_failed"
    assert not (home / "published.duckdb").exists()
    assert "vngov_daily FAILED" in proc.stderr
