"""Shared fixtures. End-to-end fixtures run the real CLI in child processes (Scrapy's reactor
cannot restart inside the pytest process) against the replay site on 127.0.0.1."""

from __future__ import annotations

import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import duckdb
import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "tests" / "fixtures" / "seeds"


def vngov_env(home: Path, **extra: str) -> dict:
    env = os.environ.copy()
    env.update({"VNGOV_HOME": str(home), "DBT_SEND_ANONYMOUS_USAGE_STATS": "False",
                "DO_NOT_TRACK": "1", "GX_ANALYTICS_ENABLED": "False"})
    env.update(extra)
    return env


def run_vngov(home: Path, *args: str, check: bool = True, **extra_env: str):
    proc = subprocess.run([sys.executable, "-m", "vngov", *args], cwd=REPO, text=True,
                          capture_output=True, env=vngov_env(home, **extra_env), timeout=900)
    if check and proc.returncode != 0:
        raise AssertionError(f"vngov {' '.join(args)} exited {proc.returncode}\n"
                             f"--- stdout\n{proc.stdout[-4000:]}\n--- stderr\n{proc.stderr[-4000:]}")
    return proc


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """An empty VNGOV_HOME for in-process tests."""
    monkeypatch.setenv("VNGOV_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture(scope="session")
def replay_chain(tmp_path_factory) -> Path:
    """VNGOV_HOME after crawl --replay, load and build over the bundled replay site."""
    home = tmp_path_factory.mktemp("chain")
    run_vngov(home, "crawl", "--replay")
    run_vngov(home, "load")
    run_vngov(home, "build")
    return home


class ParsedPage(HTMLParser):
    """The tags, attributes and text of an HTML page, as a browser would parse them."""

    def __init__(self, text: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (as the moment it is asked)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def query(db: Path, sql: str, params=None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def expectations_with(folder: Path, suite: str, expectation: dict) -> Path:
    """A copy of the suites in folder, with one more expectation in marts/<suite>.json."""
    import json
    import shutil

    shutil.copytree(REPO / "expectations", folder, dirs_exist_ok=True)
    path = folder / "marts" / f"{suite}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["expectations"].append(expectation)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return folder


def unmeetable(severity: str) -> dict:
    """An expectation about the whole table the replay data cannot meet."""
    return {"type": "expect_table_row_count_to_be_between", "kwargs": {"min_value": 1000},
            "meta": {"severity": severity}}


def import_and_build(workdir: Path, articles, source: str) -> Path:
    """Land (url, published_at, text) articles with `vngov import`, then load and build them in
    a fresh VNGOV_HOME under workdir. Returns the published database."""
    import json

    path = workdir / "articles.jsonl"
    path.write_text("\n".join(json.dumps({"url": u, "published_at": p, "text": t, "source": source},
                                         ensure_ascii=False) for u, p, t in articles), "utf-8")
    home = workdir / "home"
    imported = run_vngov(home, "import", str(path)).stdout
    assert f"imported {len(articles)} articles, 0 rejected" in imported
    run_vngov(home, "load")
    run_vngov(home, "build")
    return home / "published.duckdb"


# --- No network beyond loopback, no writes under $HOME (vngov/offline.py) --------------------------
# The guard runs in this process and, through the environment every child inherits (vngov_env and
# the other subprocess calls copy os.environ), in every Python process the tests start: the CLI,
# Scrapy, the dbt child, Airflow. Blocked attempts go to one log per session, and a test fails on
# any new line in it, even when the library that tried caught the error and carried on.
# HOME is an empty directory for the session (the XDG directories default under it), so that no
# cache left by an earlier run hides a download, and a test fails on any file that appears there.
import tempfile  # noqa: E402

from vngov import offline  # noqa: E402

_offline_dir = tempfile.TemporaryDirectory(prefix="vngov-offline-")  # removed at exit
OFFLINE_LOG = Path(_offline_dir.name) / "blocked.log"
OFFLINE_HOME = Path(_offline_dir.name) / "home"
OFFLINE_HOME.mkdir()
os.environ.update(offline.child_env(os.environ, log=OFFLINE_LOG), HOME=str(OFFLINE_HOME))
for _xdg in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
    os.environ.pop(_xdg, None)
offline.install()

_offline_reported: set[str] = set()  # blocked attempts and HOME files already reported


@pytest.fixture(autouse=True)
def _offline_guard():
    # Checks what is new since the previous test's check, not since this test started: session
    # fixtures (such as replay_chain) are set up before this fixture, and are caught here too.
    yield
    found = offline.violations(OFFLINE_LOG) + [
        f"written under $HOME: {p.relative_to(OFFLINE_HOME)}" for p in OFFLINE_HOME.rglob("*")]
    new = [line for line in found if line not in _offline_reported]
    _offline_reported.update(new)
    assert not new, "the offline rule is broken (DEVELOPERS.md):\n" + "\n".join(new)


def stop_process_groups(procs: list[subprocess.Popen]) -> None:
    """SIGTERM each process started in its own session (its group: it and its children), then
    SIGKILL what has not ended within 30 s."""
    import signal

    for proc in procs:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
    for proc in procs:
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
