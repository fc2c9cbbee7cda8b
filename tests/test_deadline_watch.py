"""The deadline watch (`vngov watch`, vngov/watch.py) and its DAG vngov_deadline_watch, scheduled
on the asset that vngov_daily's publish updates."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import duckdb
import pytest

from conftest import REPO, ParsedPage, free_port, import_and_build, query, run_vngov, vngov_env, stop_process_groups
from vngov import watch

# The columns of marts.directive_tracker (the mart's contract with its readers).
TRACKER_COLUMNS = {
    "directive_id": "varchar", "addressee": "varchar", "addressee_kind": "varchar",
    "group_type": "varchar", "agency_id": "varchar", "agency_name": "varchar",
    "current_agency_id": "varchar", "current_agency_name": "varchar",
    "parent_agency_id": "varchar", "parent_agency_name": "varchar", "issuer_name": "varchar",
    "issuer_title": "varchar", "issuer_person_id": "varchar", "issuer_agency_id": "varchar",
    "issuer_agency_name": "varchar", "verb": "varchar", "action_text": "varchar",
    "evidence_text": "varchar", "meeting_id": "varchar", "meeting_date": "date",
    "meeting_body": "varchar", "meeting_chair_name": "varchar",
    "meeting_chair_person_id": "varchar", "due_date": "date", "deadline_expression": "varchar",
    "deadline_granularity": "varchar", "status": "varchar", "status_as_of": "date",
    "first_reported_at": "timestamptz", "article_url": "varchar", "source_urls": "varchar[]",
    "article_count": "bigint",
}

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def _digest(home: Path, day: str) -> dict:
    return json.loads((home / "digests" / f"{day}.json").read_text(encoding="utf-8"))


def _listed(digest: dict, bucket: str) -> dict[str, set[str]]:
    """{addressee group: {due dates listed in the bucket}}."""
    return {g["addressee"]: {i["due_date"] for i in g[bucket]} for g in digest["groups"]
            if g[bucket]}


# --- a published.duckdb with a tracker written by hand (fast) -------------------------------------

def _row(directive_id: str, due: str, addressee: str | None = "Bộ Tài chính", **extra) -> dict:
    row = {"directive_id": directive_id, "addressee": addressee, "addressee_kind": "agency",
           "current_agency_name": addressee, "verb": "yêu cầu", "issuer_name": "Phạm Minh Chính",
           "issuer_title": "Thủ tướng", "action_text": f"làm việc {directive_id}",
           "evidence_text": f"Thủ tướng yêu cầu làm việc {directive_id}.",
           "due_date": due, "deadline_expression": f"trước ngày {due}",
           "deadline_granularity": "day", "status": "open", "status_as_of": "2025-03-01",
           "first_reported_at": "2025-03-01 09:00:00+07",
           "article_url": f"https://tin.example.vn/{directive_id}",
           "source_urls": [f"https://tin.example.vn/{directive_id}"], "article_count": 1}
    row.update(extra)
    return row


def _publish(home: Path, rows: list[dict]) -> None:
    """Replace published.duckdb with one holding marts.directive_tracker = rows (written to a
    temp file and renamed, as vngov publish does)."""
    home.mkdir(parents=True, exist_ok=True)
    tmp = home / "published.duckdb.tmp"
    tmp.unlink(missing_ok=True)
    con = duckdb.connect(str(tmp))
    try:
        con.execute("create schema marts")
        con.execute("create table marts.directive_tracker ("
                    + ", ".join(f"{c} {t}" for c, t in TRACKER_COLUMNS.items()) + ")")
        cols = list(TRACKER_COLUMNS)
        con.executemany(f"insert into marts.directive_tracker ({', '.join(cols)}) values "
                        f"({', '.join('?' for _ in cols)})",
                        [[row.get(c) for c in cols] for row in rows])
    finally:
        con.close()
    os.replace(tmp, home / "published.duckdb")


def test_first_digest_lists_last_week_and_each_overdue_directive_is_new_once(home, capsys):
    _publish(home, [
        _row("old", "2025-03-01"),                    # overdue long before the first digest
        _row("week", "2025-03-15"),                   # overdue within its last 7 days
        _row("soon", "2025-03-24"),
        _row("two", "2025-04-10", "Bộ Công Thương"),  # two addressees: listed under each
        _row("two", "2025-04-10", "các địa phương", addressee_kind="group",
             current_agency_name=None),
        _row("two", "2025-04-10", "Các địa phương", addressee_kind="group",
             current_agency_name=None),
        _row("later", "2025-05-30"),
        _row("nobody", "2025-03-27", None, current_agency_name=None),
        _row("nodate", None),
    ])
    first = watch.watch(as_of=date(2025, 3, 20))
    out = capsys.readouterr().out
    assert first.previous is None and first.not_listed == 1
    assert first.counts == {"newly_overdue": 1, "due_within_7_days": 2, "due_within_30_days": 1}
    d1 = _digest(home, "2025-03-20")
    assert _listed(d1, "newly_overdue") == {"Bộ Tài chính": {"2025-03-15"}}
    assert _listed(d1, "due_within_7_days") == {"Bộ Tài chính": {"2025-03-24"},
                                                watch.NO_ADDRESSEE: {"2025-03-27"}}
    # the typed group written twice, "các" and "Các", is one group
    assert _listed(d1, "due_within_30_days") == {"Bộ Công Thương": {"2025-04-10"},
                                                 "Các địa phương": {"2025-04-10"}}
    assert [g["addressee"] for g in d1["groups"]][-1] == watch.NO_ADDRESSEE
    assert d1["first_digest"] and d1["overdue_not_listed"] == 1
    assert "newly overdue: 1 directive for 1 addressee (first digest: due since 2025-03-13; " \
           "1 overdue before that not listed)" in out
    assert "due within 7 days: 2 directives for 2 addressees" in out
    assert f"wrote {home / 'digests' / '2025-03-20.json'}" in out
    assert f"wrote {home / 'digests' / '2025-03-20.html'}" in out

    # A week on: "soon" fell due; a directive published since, due before the last digest, is
    # new to the watch and so newly overdue; "week" was reported already.
    _publish(home, [_row("old", "2025-03-01"), _row("week", "2025-03-15"),
                    _row("soon", "2025-03-24"), _row("late", "2025-03-05", "Bộ Tư pháp")])
    second = watch.watch(as_of=date(2025, 3, 27))
    assert second.previous == date(2025, 3, 20)
    assert _listed(_digest(home, "2025-03-27"), "newly_overdue") == {
        "Bộ Tài chính": {"2025-03-24"}, "Bộ Tư pháp": {"2025-03-05"}}
    # the same day again (a second publish that day) says the same
    assert watch.watch(as_of=date(2025, 3, 27)).counts == second.counts
    third = watch.watch(as_of=date(2025, 3, 28))
    assert third.previous == date(2025, 3, 27) and third.counts["newly_overdue"] == 0
    assert not list((home / "digests").glob("*.partial")) and not list(
        (home / "digests").glob(".*"))


def test_html_is_escaped_self_contained_and_links_only_http(home):
    _publish(home, [_row("x", "2025-03-22", f"Sở {HOSTILE}", action_text=f"làm {HOSTILE}",
                         issuer_name=HOSTILE, deadline_expression=HOSTILE,
                         article_url="javascript:alert(1)"),
                    _row("y", "2025-03-23", article_url='https://a.example.vn/x?"><b>y</b>')])
    watch.watch(as_of=date(2025, 3, 20))
    text = (home / "digests" / "2025-03-20.html").read_text(encoding="utf-8")
    page = ParsedPage(text)
    tags = {tag for tag, _ in page.tags}
    assert not tags & {"script", "img", "b", "link", "iframe"}, tags
    assert all(not any(k.startswith("on") for k in attrs) for _, attrs in page.tags)
    # the hostile strings are there as text, word for word
    assert "".join(page.text).count(HOSTILE) >= 3
    hrefs = [attrs["href"] for tag, attrs in page.tags if tag == "a"]
    assert hrefs == ['https://a.example.vn/x?"><b>y</b>']  # javascript: is not a link
    assert "http" not in "".join(a.get("src", "") for _, a in page.tags)  # nothing fetched
    assert json.loads((home / "digests" / "2025-03-20.json").read_text())["groups"]


def test_watch_errors_are_one_line(tmp_path):
    home = tmp_path / "home"
    proc = run_vngov(home, "watch", check=False)
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1
    assert "nothing published yet at" in proc.stderr
    proc = run_vngov(home, "watch", "--as-of", "2025-02-30", check=False)
    assert proc.returncode == 2 and "argument --as-of: not a date (YYYY-MM-DD): '2025-02-30'" \
        in proc.stderr
    proc = run_vngov(home, "watch", "--webhook", "ftp://x/y", check=False)
    assert proc.returncode == 2 and "argument --webhook: not an http(s) URL" in proc.stderr
    _publish(home, [_row("a", "2025-03-22")])
    proc = run_vngov(home, "watch", check=False, VNGOV_WEBHOOK_URL="localhost:9")
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1
    assert "VNGOV_WEBHOOK_URL: not an http(s) URL" in proc.stderr
    # a publish from before the tracker existed
    con = duckdb.connect(str(home / "published.duckdb"))
    con.execute("drop table marts.directive_tracker")
    con.close()
    proc = run_vngov(home, "watch", check=False)
    assert proc.returncode == 1 and "has no marts.directive_tracker" in proc.stderr


# --- the webhook, against receivers on 127.0.0.1 --------------------------------------------------

class Receiver:
    """An HTTP server on 127.0.0.1 answering each POST with the next of `statuses` (then 200)."""

    def __init__(self, statuses=()):
        self.statuses = list(statuses)
        self.requests: list[tuple[str, dict, bytes]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                headers = {k.lower(): v for k, v in self.headers.items()}
                receiver.requests.append((self.path, headers, body))
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                self.send_response(status)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hooks/s3cr3t-token"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def published_home(tmp_path) -> Path:
    home = tmp_path / "home"
    _publish(home, [_row("a", "2025-03-22"), _row("b", "2025-03-10")])
    return home


def test_the_digest_is_posted_to_the_webhook(published_home):
    with Receiver() as receiver:
        proc = run_vngov(published_home, "watch", "--as-of", "2025-03-20",
                         VNGOV_WEBHOOK_URL=receiver.url)
    [(path, headers, body)] = receiver.requests
    assert path == "/hooks/s3cr3t-token"
    assert headers["content-type"] == "application/json; charset=utf-8"
    assert json.loads(body) == _digest(published_home, "2025-03-20")
    assert json.loads(body)["counts"]["due_within_7_days"] == 1
    assert f"posted to http://127.0.0.1:{receiver.server.server_port}/… (HTTP 200)" in proc.stdout
    assert "s3cr3t" not in proc.stdout + proc.stderr  # a webhook's path is its secret


def test_a_failing_receiver_is_retried(published_home):
    with Receiver([500, 200]) as receiver:
        proc = run_vngov(published_home, "watch", "--as-of", "2025-03-20",
                         "--webhook", receiver.url)
    assert len(receiver.requests) == 2 and receiver.requests[0][2] == receiver.requests[1][2]
    assert "(HTTP 200)" in proc.stdout


def test_a_refusing_receiver_is_not_retried(published_home):
    with Receiver([403]) as receiver:
        proc = run_vngov(published_home, "watch", "--as-of", "2025-03-20",
                         "--webhook", receiver.url, check=False)
    assert len(receiver.requests) == 1 and proc.returncode == 1
    assert "refused the digest: HTTP 403" in proc.stderr


def test_an_unreachable_receiver_fails_in_one_line_and_keeps_the_files(published_home):
    port = free_port()  # nothing listens on it
    started = time.monotonic()
    proc = run_vngov(published_home, "watch", "--as-of", "2025-03-20",
                     "--webhook", f"http://127.0.0.1:{port}/hooks/s3cr3t", check=False)
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1, proc.stderr
    assert (f"webhook http://127.0.0.1:{port}/… failed after {watch.WEBHOOK_ATTEMPTS} attempts"
            in proc.stderr)
    assert "refused" in proc.stderr.lower() and "s3cr3t" not in proc.stderr
    assert time.monotonic() - started >= watch.WEBHOOK_BACKOFF * 3  # it waited between tries
    assert (published_home / "digests" / "2025-03-20.json").exists()
    assert (published_home / "digests" / "2025-03-20.html").exists()
    assert "wrote " in proc.stdout


# --- the DAGs -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def dags(tmp_path_factory):
    os.environ.setdefault("AIRFLOW_HOME", str(tmp_path_factory.mktemp("airflow")))
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=str(REPO / "dags"))
    assert bag.import_errors == {}
    return bag.dags


def test_the_watch_is_scheduled_on_the_asset_publish_updates(dags):
    from vngov.dag_support import PUBLISHED

    assert PUBLISHED.uri == "vngov://published/"  # as Airflow normalises it
    watch_dag = dags["vngov_deadline_watch"]
    assert list(watch_dag.timetable.asset_condition.objects) == [PUBLISHED]
    assert watch_dag.max_active_runs == 1 and watch_dag.catchup is False
    assert [t.task_id for t in watch_dag.tasks] == ["digest"]
    daily = dags["vngov_daily"]
    assert daily.get_task("publish").outlets == [PUBLISHED]
    assert all(not t.outlets for t in daily.tasks if t.task_id != "publish")


# --- real data, real Airflow (slow) ---------------------------------------------------------------

# Deadlines around the digests of 20 and 27 March 2025.
ARTICLES = [
    ("https://tin.example.vn/w1", "2025-03-03T09:00:00+07:00",
     "Sáng 2/3, Thủ tướng Phạm Minh Chính chủ trì cuộc họp Thường trực Chính phủ về giải ngân vốn "
     "đầu tư công.\n\n"
     "Thủ tướng yêu cầu Bộ Tài chính hoàn thành báo cáo đánh giá tình hình giải ngân trước ngày "
     "18/3/2025. Thủ tướng giao Bộ Giao thông vận tải hoàn thiện hồ sơ dự án đường sắt tốc độ cao "
     "trước ngày 24/3/2025. Thủ tướng yêu cầu Bộ Công Thương và Ủy ban nhân dân tỉnh Thanh Hóa "
     "phối hợp xử lý vướng mắc về mặt bằng dự án điện trước ngày 10/4/2025."),
    ("https://tin.example.vn/w2", "2025-02-20T09:00:00+07:00",
     "Chiều 19/2, Phó Thủ tướng Trần Hồng Hà làm việc với Bộ Nông nghiệp và Phát triển nông thôn."
     "\n\nPhó Thủ tướng yêu cầu Bộ Nông nghiệp và Phát triển nông thôn trình Chính phủ đề án chống "
     "hạn trước ngày 1/3/2025. Phó Thủ tướng giao Bộ Tư pháp thẩm định dự thảo nghị định trước "
     "ngày 30/5/2025."),
    ("https://tin.example.vn/w3", "2025-03-05T09:00:00+07:00",
     "Ngày 4/3, Chủ tịch UBND tỉnh Thanh Hóa chủ trì hội nghị về chuyển đổi số.\n\n"
     f"Chủ tịch UBND tỉnh giao Sở Tài chính {HOSTILE} hoàn thành trước ngày 21/3/2025."),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A VNGOV_HOME built from ARTICLES (import, load, build)."""
    return import_and_build(tmp_path_factory.mktemp("watch"), ARTICLES, "tin").parent


@pytest.mark.slow
def test_the_tracker_has_the_columns_the_watch_reads(built):
    columns = query(built / "published.duckdb", "select column_name from duckdb_columns() "
                    "where schema_name = 'marts' and table_name = 'directive_tracker'")
    assert set(watch.COLUMNS) <= {c for (c,) in columns} == set(TRACKER_COLUMNS)


@pytest.mark.slow
def test_digests_of_built_data_two_days_in_a_row(built, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(built, home)
    first = run_vngov(home, "watch", "--as-of", "2025-03-20").stdout
    d1 = _digest(home, "2025-03-20")
    assert d1["counts"] == {"newly_overdue": 1, "due_within_7_days": 2, "due_within_30_days": 1}
    assert _listed(d1, "newly_overdue") == {"Bộ Tài chính": {"2025-03-18"}}
    assert d1["overdue_not_listed"] == 1  # due 1/3, before the first digest's week
    # Bộ Giao thông vận tải merged into Bộ Xây dựng: listed under today's ministry, as written too
    assert _listed(d1, "due_within_7_days") == {"Sở Tài chính": {"2025-03-21"},
                                                "Bộ Xây dựng": {"2025-03-24"}}
    [xd] = [g for g in d1["groups"] if g["addressee"] == "Bộ Xây dựng"]
    assert xd["due_within_7_days"][0]["addressees_as_written"] == ["Bộ Giao thông vận tải"]
    assert xd["due_within_7_days"][0]["days"] == 4
    # one directive to two addressees: under each, counted once
    assert _listed(d1, "due_within_30_days") == {"Bộ Công Thương": {"2025-04-10"},
                                                 "Ủy ban nhân dân tỉnh Thanh Hóa": {"2025-04-10"}}
    assert "due in 8-30 days: 1 directive for 2 addressees" in first
    assert d1["published"]["build"] and d1["published"]["dbt_invocation"]  # the manifest's

    run_vngov(home, "watch", "--as-of", "2025-03-27")
    d2 = _digest(home, "2025-03-27")
    assert d2["previous_digest"] == "2025-03-20"
    # 18/3 was reported on the 20th: not again; 21/3 and 24/3 fell due since
    assert _listed(d2, "newly_overdue") == {"Sở Tài chính": {"2025-03-21"},
                                            "Bộ Xây dựng": {"2025-03-24"}}
    assert d2["counts"] == {"newly_overdue": 2, "due_within_7_days": 0, "due_within_30_days": 1}

    page = ParsedPage((home / "digests" / "2025-03-27.html").read_text(encoding="utf-8"))
    assert not {tag for tag, _ in page.tags} & {"script", "img"}
    assert any(HOSTILE in text for text in page.text)  # the action text, shown as written


def _airflow_env(home: Path, port: int) -> dict:
    """As scripts/airflow_run.sh sets it, plus what a scheduler needs: an execution API on a free
    loopback port, and DAGs that start unpaused only when we say so."""
    env = vngov_env(home, PATH=f"{Path(sys.executable).parent}:{os.environ['PATH']}",
                    AIRFLOW_HOME=str(home / "airflow"),
                    AIRFLOW__CORE__DAGS_FOLDER=str(REPO / "dags"),
                    AIRFLOW__CORE__LOAD_EXAMPLES="False",
                    AIRFLOW__CORE__UNIT_TEST_MODE="False",
                    AIRFLOW__LOGGING__LOGGING_LEVEL="WARNING",
                    AIRFLOW__API__HOST="127.0.0.1", AIRFLOW__API__PORT=str(port),
                    AIRFLOW__CORE__EXECUTION_API_SERVER_URL=f"http://127.0.0.1:{port}/execution/",
                    AIRFLOW__SCHEDULER__SCHEDULER_HEARTBEAT_SEC="1")
    return env


def _airflow(env: dict, *args: str, timeout: float = 600) -> str:
    proc = subprocess.run(["airflow", *args], cwd=REPO, env=env, text=True,
                          capture_output=True, timeout=timeout)
    assert proc.returncode == 0, f"airflow {' '.join(args)}\n{proc.stdout[-3000:]}\n" \
                                 f"{proc.stderr[-3000:]}"
    return proc.stdout


def _db(env: dict, code: str) -> str:
    """Run code against the Airflow metadata DB in a child (it reads AIRFLOW_HOME at import)."""
    return subprocess.run([sys.executable, "-c", code], env=env, text=True, capture_output=True,
                          timeout=120, check=True).stdout


_ASSET_STATE = """
from airflow.models.asset import AssetDagRunQueue, AssetEvent
from airflow.models.dagrun import DagRun
from airflow.utils.session import create_session
with create_session() as s:
    for e in s.query(AssetEvent):
        print("event", e.asset.uri, e.source_dag_id, e.source_task_id)
    for q in s.query(AssetDagRunQueue):
        print("queued", q.target_dag_id)
    for r in s.query(DagRun).filter(DagRun.dag_id == "vngov_deadline_watch"):
        print("run", r.run_type, r.state)
"""


@pytest.mark.slow
def test_a_publish_in_airflow_triggers_the_watch_through_a_real_scheduler(built, tmp_path):
    """vngov_daily's publish task records an asset event; a real scheduler (with the execution
    API it hands tasks to) then creates and runs an asset-triggered vngov_deadline_watch.

    To keep it short, vngov_daily runs with `airflow dags test` and the crawl, load, dbt,
    validate and summary tasks marked successful: the extraction tasks find nothing pending and
    publish really runs on a home that was built and validated (the whole run is covered by
    test_dag.py). The extraction tasks run because a mapped task needs its upstream's XCom.
    No dag-processor: `dags reserialize` writes both DAGs to the metadata DB, which is all the
    scheduler reads."""
    home = tmp_path / "home"
    shutil.copytree(built, home)
    port = free_port()
    env = _airflow_env(home, port)
    (home / "airflow").mkdir()
    _airflow(env, "db", "migrate")
    _airflow(env, "dags", "reserialize")
    # paused at creation: the scheduler must not start vngov_daily on its cron (a live crawl)
    _airflow(env, "dags", "unpause", "vngov_deadline_watch")
    _airflow(env, "dags", "test", "vngov_daily", "-c", '{"replay": true}',
             "--mark-success-pattern", r"crawl|load|dbt\..*|validate|summary")
    state = _db(env, _ASSET_STATE)
    assert "event vngov://published/ vngov_daily publish" in state
    assert "queued vngov_deadline_watch" in state and "run " not in state

    logs = home / "airflow"
    procs = []
    try:
        for name, args in (("api", ["api-server", "--apps", "execution", "-H", "127.0.0.1",
                                    "-p", str(port), "-w", "1"]),
                           ("scheduler", ["scheduler", "--skip-serve-logs"])):
            out = open(logs / f"{name}.log", "w")
            procs.append(subprocess.Popen(["airflow", *args], cwd=REPO, env=env, stdout=out,
                                          stderr=subprocess.STDOUT, start_new_session=True))
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            state = _db(env, _ASSET_STATE)
            if "run asset_triggered success" in state or "run asset_triggered failed" in state:
                break
            time.sleep(3)
    finally:
        stop_process_groups(procs)  # each in its own session: its group is it and its workers
    assert "run asset_triggered success" in state, \
        state + (logs / "scheduler.log").read_text()[-4000:]
    assert "queued" not in state  # the scheduler consumed the queue
    today = watch.today().isoformat()
    digest = _digest(home, today)
    assert digest["as_of"] == today and digest["first_digest"]
    # published in March 2025: everything is long overdue by now, counted not listed
    assert digest["overdue_not_listed"] == 6
    assert (home / "digests" / f"{today}.html").exists()
