"""Processes that die or hold files: a killed build's dbt child, readers in a writer's way,
`.partial` files of killed writers, and the one-line errors of the CLI."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from conftest import REPO, run_vngov, vngov_env
from vngov import build, cli, config
from vngov.warehouse import WarehouseBusy

BODY = ("Chiều 7.11, Thủ tướng Phạm Minh Chính chủ trì Phiên họp Chính phủ thường kỳ tháng 10. "
        "Thủ tướng yêu cầu Bộ Tài chính hoàn thành báo cáo trước ngày 20/11/2025.")


# --- helpers -------------------------------------------------------------------------------------


@contextlib.contextmanager
def holding(db: Path, read_only: bool, seconds: float = 60):
    """Another process with db open for `seconds` (or until the block ends); yields its pid."""
    code = ("import duckdb, sys, time; "
            "con = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == '1'); "
            "print('held', flush=True); time.sleep(float(sys.argv[3]))")
    proc = subprocess.Popen([sys.executable, "-c", code, str(db), "1" if read_only else "0",
                             str(seconds)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "held"
        yield proc.pid
    finally:
        proc.kill()
        proc.wait()


def gone(pid: int) -> bool:
    """Dead: no such process, or a zombie nobody has reaped yet."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


def wait_for(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def dbt_child_of(parent: int) -> int | None:
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            if ppid == parent and b"dbt" in (stat.parent / "cmdline").read_bytes():
                return int(stat.parent.name)
        except (FileNotFoundError, ProcessLookupError, IndexError):
            continue
    return None


def loaded_home(tmp_path: Path) -> Path:
    """A VNGOV_HOME with one imported article loaded into warehouse.duckdb, not built yet."""
    path = tmp_path / "articles.jsonl"
    article = {"url": "https://vietnamplus.vn/hop-chinh-phu-post1.vnp", "source": "vietnamplus",
               "published_at": "2025-11-07T18:30:00+07:00", "title": "Phiên họp Chính phủ",
               "text": BODY}
    path.write_text(json.dumps(article, ensure_ascii=False), "utf-8")
    home = tmp_path / "home"
    run_vngov(home, "import", str(path))
    run_vngov(home, "load")
    return home


def empty_warehouse() -> Path:
    from vngov.load import load

    load()  # creates warehouse.duckdb with the raw schema
    return config.warehouse_path()


def one_line_exit(argv: list[str], capsys) -> str:
    with pytest.raises(SystemExit) as exit_:
        cli.main(argv)
    assert exit_.value.code == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    return err


# --- 1. a killed build takes its dbt child with it ----------------------------------------------


CHILD_OF = """
import os, subprocess, sys, time
env = dict(os.environ, VNGOV_WRITER_PARENT_PID=str(os.getpid()))
code = "from vngov.warehouse import child_writer; child_writer(); import time; time.sleep(60)"
child = subprocess.Popen([sys.executable, "-c", code], env=env)
print(child.pid, flush=True)
time.sleep(60)
"""


def test_a_child_writer_dies_with_its_parent():
    parent = subprocess.Popen([sys.executable, "-c", CHILD_OF], stdout=subprocess.PIPE, text=True,
                              cwd=REPO)
    child = int(parent.stdout.readline())
    try:
        time.sleep(1)  # past child_writer(), into the sleep
        assert not gone(child)
        parent.kill()
        parent.wait()
        wait_for(lambda: gone(child), 5, "the child to die with its parent")
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(child, signal.SIGKILL)


def open_files(pid: int) -> list[str]:
    """What pid has open; an fd closed while we look (dbt opens and closes files) is skipped."""
    found = []
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        with contextlib.suppress(FileNotFoundError):
            found.append(os.readlink(fd))
    return found


@pytest.mark.slow
def test_killing_build_kills_its_dbt_child_and_the_next_build_runs(tmp_path):
    home = loaded_home(tmp_path)
    proc = subprocess.Popen([sys.executable, "-m", "vngov", "build"], cwd=REPO,
                            env=vngov_env(home), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    child = None
    try:
        child = wait_for(lambda: dbt_child_of(proc.pid), 60, "the dbt child")
        fds = open_files(child)
        proc.kill()
        proc.wait()
        wait_for(lambda: gone(child), 5, "the dbt child to die with `vngov build`")
    finally:
        proc.kill()
        if child and not gone(child):
            os.kill(child, signal.SIGKILL)
    # dbt held the writer lock too: had it outlived us a moment, the next writer would wait.
    assert str(home / ".warehouse.lock") in fds
    assert "published" in run_vngov(home, "build").stdout


# --- 2. readers do not make writers fail ---------------------------------------------------------


def test_a_writer_waits_for_a_reader_to_close_the_warehouse(home):
    from vngov.load import load

    db = empty_warehouse()
    start = time.monotonic()
    with holding(db, read_only=True, seconds=2):
        load()  # failed at once with DuckDB's "Could not set lock on file"
    assert time.monotonic() - start >= 1.5


def test_a_writer_gives_up_after_the_lock_timeout_naming_the_holder(home, monkeypatch, capsys):
    db = empty_warehouse()
    monkeypatch.setenv("VNGOV_LOCK_TIMEOUT", "1")
    with holding(db, read_only=True) as reader:
        err = one_line_exit(["load"], capsys)
        assert f"{db} is held open by another process" in err
        assert f"(PID {reader}); waited 1s" in err
        # The build waits for the file before it starts dbt, and fails the same way.
        with pytest.raises(WarehouseBusy, match=f"PID {reader}"):
            build.run_dbt("build")


def test_the_dbt_child_waits_for_a_reader_too(home):
    db = empty_warehouse()
    code = ("import sys, duckdb; from vngov.warehouse import child_writer, open_waiting; "
            "child_writer(); import dbt.adapters.duckdb.environments as env; "
            "assert env.duckdb.connect is open_waiting; "  # what dbt-duckdb calls
            "duckdb.connect(sys.argv[1], read_only=False).close(); print('opened')")
    with holding(db, read_only=True, seconds=2):
        proc = subprocess.run([sys.executable, "-c", code, str(db)], cwd=REPO, text=True,
                              capture_output=True, env=vngov_env(config.home()), timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == "opened"


@pytest.mark.slow
def test_build_waits_for_a_reader_of_the_warehouse(tmp_path):
    home = loaded_home(tmp_path)
    run_vngov(home, "extract")
    with holding(home / "warehouse.duckdb", read_only=True, seconds=4):
        proc = subprocess.Popen([sys.executable, "-m", "vngov", "build", "--only", "dbt"],
                                cwd=REPO, env=vngov_env(home), text=True,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        out, err = proc.communicate(timeout=900)
    assert proc.returncode == 0, err[-3000:]
    assert "Completed successfully" in out


def test_summary_waits_briefly_for_a_writer(home):
    from vngov.summary import summary_text

    db = empty_warehouse()
    with holding(db, read_only=False, seconds=1):
        text = summary_text(wait=30)
    assert "Crawl (latest run of each source)" in text and "NOTE" not in text


def test_summary_falls_back_to_the_published_copy_while_a_writer_holds_the_warehouse(home):
    from vngov.summary import summary_text

    db = empty_warehouse()
    with duckdb.connect(str(config.published_path())) as con:
        con.execute("create schema marts; create table marts.dim_articles as "
                    "select 'https://x.vn/1' as url, []::varchar[] as quality_flags")
    with holding(db, read_only=False) as writer:
        start = time.monotonic()
        text = summary_text(wait=1)
        assert time.monotonic() - start < 10
    first = text.splitlines()[0]
    assert first.startswith("NOTE: the warehouse is busy") and f"PID {writer}" in first
    assert "Showing the published copy instead" in text
    assert "Articles: 1" in text and "Crawl (latest run" not in text


def test_summary_without_warehouse_or_published_copy_fails_in_one_line(home, capsys,
                                                                       monkeypatch):
    import vngov.summary

    db = empty_warehouse()
    monkeypatch.setattr(vngov.summary, "WRITER_WAIT_SECONDS", 0.5)
    with holding(db, read_only=False) as writer:
        err = one_line_exit(["summary"], capsys)
    assert f"PID {writer}" in err and "nothing published yet" in err
    db.unlink()
    err = one_line_exit(["summary"], capsys)
    assert err.startswith("vngov summary: ") and "no warehouse yet at" in err


def test_summary_does_not_keep_the_warehouse_open(home):
    from vngov.summary import summary_text

    db = empty_warehouse()
    summary_text()
    with holding(db, read_only=False):  # another process can write at once
        pass


# --- 4. argument errors say what is wrong --------------------------------------------------------


@pytest.mark.parametrize("argv, expected", [
    (["crawl", "--since", "2025-13-01"],
     "vngov crawl: error: argument --since: not a date (YYYY-MM-DD): '2025-13-01'"),
    (["run", "--until", "yesterday"],
     "vngov run: error: argument --until: not a date (YYYY-MM-DD): 'yesterday'"),
    (["replay", "--port", "http"],
     "vngov replay: error: argument --port: not a port number (0-65535): 'http'"),
])
def test_bad_arguments_say_what_is_wrong(argv, expected, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(argv)
    assert exit_.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == expected


# --- 5. .partial files of dead writers -----------------------------------------------------------


WRITER = """
import sys
from pathlib import Path
from types import SimpleNamespace
from scrapy.settings import Settings
sys.path.insert(0, sys.argv[3])
from vngov.landing import LandingWriter, page_record
from vngov_scrapers.archive import WarcArchiveMiddleware

root, run_id = Path(sys.argv[1]), sys.argv[2]
writer = LandingWriter("nld", run_id, root, records_per_part=1)
for i in range(2):  # part 1 is complete, part 2 stays .partial
    writer.write(page_record(url=f"https://nld.com.vn/{i}.htm", source="nld", run_id=run_id,
                             status=200, headers={}, html="<p/>", page_type="listing"))
crawler = SimpleNamespace(settings=Settings({"VNGOV_LANDING_DIR": str(root)}), stats=None,
                          signals=SimpleNamespace(connect=lambda *a, **k: None))
archive = WarcArchiveMiddleware(crawler)
archive.spider_opened(SimpleNamespace(name="nld", run_id=run_id))
print("writing", flush=True)
sys.stdin.readline()  # until told to finish, or killed
archive.spider_closed(None, "finished")
writer.close()
"""


def _writer(root: Path, run_id: str) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(root), run_id,
                             str(REPO / "scrapers")], cwd=REPO, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert proc.stdout.readline().strip() == "writing"
    return proc


def _partials(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("*.partial"))


def test_partials_of_killed_writers_are_removed_and_live_ones_kept(tmp_path):
    from vngov.landing import iter_part_files, remove_dead_partials

    root = tmp_path / "landing"
    live, dead = _writer(root, "20260101T000000Z"), _writer(root, "20260102T000000Z")
    live_dir, dead_dir = root / "nld" / "20260101T000000Z", root / "nld" / "20260102T000000Z"
    try:
        expected = ["part-00002.jsonl.gz.partial", "responses.warc.gz.partial"]
        assert _partials(live_dir) == _partials(dead_dir) == expected
        assert remove_dead_partials(root) == 0  # both writers are alive

        dead.kill()
        dead.wait()
        # What a kill inside LandingWriter.close() leaves behind, too.
        for name in ("_known.partial", "_run.json.partial"):
            (dead_dir / name).write_text("half")
        assert remove_dead_partials(root) == 4
        assert _partials(dead_dir) == [] and _partials(live_dir) == expected
        assert (dead_dir / "part-00001.jsonl.gz").exists()  # what did land stays

        live.communicate("finish\n", timeout=30)
        assert live.returncode == 0
        assert _partials(live_dir) == [] and (live_dir / "responses.warc.gz").exists()
        assert remove_dead_partials(root) == 0
        assert [p.name for p in iter_part_files(root)] == [
            "part-00001.jsonl.gz", "part-00002.jsonl.gz", "part-00001.jsonl.gz"]
    finally:
        live.kill()
        dead.kill()
