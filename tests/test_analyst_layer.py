"""The analyst layer (issue 10): directive_tracker, upcoming_deadlines and the bridges to articles,
and a description for every column of every mart, carried into the warehouse as COMMENTs."""

from __future__ import annotations

import json
import shutil
from datetime import date, datetime, timedelta
from pathlib import Path

import duckdb
import pytest
import yaml

from conftest import REPO, expectations_with, import_and_build, query, run_vngov

MARTS = REPO / "dbt_project" / "models" / "marts"
ANALYST = ["directive_tracker", "upcoming_deadlines", "bridge_meeting_articles",
           "bridge_document_articles", "bridge_document_meetings"]
TRACKER_COLUMNS = [
    "directive_id", "addressee", "addressee_kind", "group_type", "agency_id", "agency_name",
    "current_agency_id", "current_agency_name", "parent_agency_id", "parent_agency_name",
    "issuer_name", "issuer_title", "issuer_person_id", "issuer_agency_id", "issuer_agency_name",
    "verb", "action_text", "evidence_text",
    "meeting_id", "meeting_date", "meeting_body", "meeting_chair_name", "meeting_chair_person_id",
    "due_date", "deadline_expression", "deadline_granularity", "status", "status_as_of",
    "first_reported_at", "article_url", "source_urls", "article_count"]


def rows(db: Path, sql: str, params=None) -> list[dict]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        cur = con.execute(sql, params or [])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]
    finally:
        con.close()


def yml_models() -> dict[str, dict]:
    """Every model of models/marts/*.yml by name."""
    found = {}
    for path in sorted(MARTS.glob("*.yml")):
        for model in yaml.safe_load(path.read_text("utf-8")).get("models", []):
            assert model["name"] not in found, f"{model['name']} described twice"
            found[model["name"]] = model
    return found


def _tests(column: dict) -> list[str]:
    return [t if isinstance(t, str) else next(iter(t)) for t in column.get("data_tests", [])]


def status_for(due: date | None, as_of: date) -> str:
    """The status rule as analyst.yml states it."""
    if due is None:
        return "no_deadline"
    if due < as_of:
        return "overdue"
    return "due_30d" if due <= as_of + timedelta(days=30) else "later"


# --- yml, without a build -----------------------------------------------------------------------

def test_every_mart_model_and_column_is_described_in_yml():
    models = yml_models()
    assert {p.stem for p in MARTS.glob("*.sql")} == set(models)
    for name, model in models.items():
        assert (model.get("description") or "").strip(), f"{name} has no description"
        for column in model.get("columns", []):
            assert (column.get("description") or "").strip(), f"{name}.{column['name']} undescribed"


def test_the_tracker_contract_and_its_non_unique_key():
    tracker = yml_models()["directive_tracker"]
    assert [c["name"] for c in tracker["columns"]] == TRACKER_COLUMNS
    # one row per addressee: directive_id repeats, so it must not be declared unique (dbt would
    # fail the build) and its quarantine takes all of a directive's rows together
    [key] = [c for c in tracker["columns"] if c["name"] == "directive_id"]
    assert "unique" not in _tests(key) and "relationships" in _tests(key)
    suite = json.loads((REPO / "expectations/marts/directive_tracker.json").read_text("utf-8"))
    assert suite["meta"]["quarantine"] == {"key": "directive_id"}
    assert not any(e["type"] == "expect_column_values_to_be_unique" for e in suite["expectations"])


def test_the_bridges_have_a_unique_row_key_that_quarantine_uses():
    models = yml_models()
    for name, key in [("bridge_meeting_articles", "meeting_article_id"),
                      ("bridge_document_articles", "document_article_id"),
                      ("bridge_document_meetings", "document_meeting_id"),
                      ("upcoming_deadlines", "upcoming_deadline_id")]:
        [column] = [c for c in models[name]["columns"] if c["name"] == key]
        assert {"unique", "not_null"} <= set(_tests(column))
        suite = REPO / f"expectations/marts/{name}.json"
        if suite.exists():  # upcoming_deadlines has none: see analyst.yml's header
            assert json.loads(suite.read_text("utf-8"))["meta"]["quarantine"]["key"] == key


def test_persist_docs_is_on_for_the_marts():
    project = yaml.safe_load((REPO / "dbt_project/dbt_project.yml").read_text("utf-8"))
    assert project["models"]["vngov"]["marts"]["+persist_docs"] == {"relation": True,
                                                                    "columns": True}


# --- on a built warehouse -------------------------------------------------------------------------

@pytest.mark.slow
def test_every_marts_column_has_a_comment_and_every_described_column_exists(replay_chain):
    wh = replay_chain / "warehouse.duckdb"
    tables = dict(query(wh, "select table_name, comment from duckdb_tables() "
                            "where schema_name = 'marts'"))
    assert set(ANALYST) <= set(tables)
    assert not [t for t, c in tables.items() if not (c or "").strip()], "tables without a comment"
    columns = query(wh, "select table_name, column_name, comment from duckdb_columns() "
                        "where schema_name = 'marts'")
    missing = [f"{t}.{c}" for t, c, comment in columns if not (comment or "").strip()]
    assert not missing, f"columns without a comment: {missing}"
    built = {(t, c) for t, c, _ in columns}
    described = {(m, c["name"]) for m, model in yml_models().items() for c in model["columns"]}
    assert not described - built, f"described in yml but not in the warehouse: {described - built}"
    # the comment is the yml description, whole
    [(comment,)] = query(wh, "select comment from duckdb_columns() where schema_name = 'marts' "
                             "and table_name = 'directive_tracker' and column_name = 'status'")
    assert "'due_30d' (status_as_of <= due_date <= status_as_of + 30 days)" in comment
    assert not comment.endswith("\n")


@pytest.mark.slow
def test_the_marts_keep_absolute_timestamps(replay_chain):
    types = query(replay_chain / "warehouse.duckdb",
                  "select table_name, column_name, data_type from duckdb_columns() "
                  "where schema_name = 'marts' and data_type like '%TIMESTAMP%'")
    assert types and all(t.replace("TIMESTAMP WITH TIME ZONE", "").find("TIMESTAMP") < 0
                         for _, _, t in types), types


@pytest.mark.slow
def test_the_tracker_has_one_row_per_directive_and_addressee(replay_chain):
    db = replay_chain / "published.duckdb"
    tracker = rows(db, "select * from marts.directive_tracker")
    assert list(tracker[0]) == TRACKER_COLUMNS
    events = {e["directive_event_id"]: e for e in rows(db, "select * from marts.fct_directive_events")}
    assert {t["directive_id"] for t in tracker} == set(events)
    # a directive without addressee has exactly one row; the others one row per addressee
    bridge = rows(db, "select d.directive_event_id, b.* from marts.bridge_directive_addressees b "
                      "join marts.fct_directives d using (directive_id)")
    addressed = {b["directive_event_id"] for b in bridge}
    for event in set(events) - addressed:
        assert [t["addressee"] for t in tracker if t["directive_id"] == event] == [None]
    keys = [(t["directive_id"], t["agency_id"] or t["addressee"]) for t in tracker
            if t["addressee"] is not None]
    assert len(keys) == len(set(keys)) == len({(b["directive_event_id"], b["agency_id"] or b["addressee"])
                                               for b in bridge})
    assert len(tracker) > len(events)  # some directives have several addressees

    dues = {}
    for d, due in query(db, "select d.directive_event_id, dl.due_date from marts.fct_deadlines dl "
                            "join marts.fct_directives d using (directive_id)"):
        dues[d] = min(due, dues.get(d, due))
    first = dict(query(db, "select d.directive_event_id, first(d.article_url order by "
                           "a.published_at, d.article_url) from marts.fct_directives d "
                           "join marts.dim_articles a using (article_id) group by 1"))
    run = json.loads((replay_chain / "dbt/target/run_results.json").read_text())["metadata"]
    started = datetime.fromisoformat(run["invocation_started_at"].replace("Z", "+00:00"))
    vietnam_day = (started + timedelta(hours=7)).date()
    for t in tracker:
        e = events[t["directive_id"]]
        assert t["due_date"] == dues.get(t["directive_id"]) == e["earliest_due_date"]
        assert t["status_as_of"] == vietnam_day  # the day of the build in Asia/Ho_Chi_Minh
        assert t["status"] == status_for(t["due_date"], t["status_as_of"])
        assert (t["deadline_expression"] is None) == (t["due_date"] is None)
        assert t["article_url"] == first[t["directive_id"]] and t["article_url"] in t["source_urls"]
        assert (t["issuer_name"], t["evidence_text"], t["meeting_id"], t["article_count"]) == (
            e["issuer_name"], e["evidence_text"], e["meeting_id"], e["article_count"])
        assert (t["addressee_kind"] is None) == (t["addressee"] is None)
        assert t["first_reported_at"].tzinfo is not None
    # names come from the dimensions
    assert all(t["issuer_agency_name"] for t in tracker if t["issuer_agency_id"])
    assert all(t["meeting_date"] for t in tracker if t["meeting_id"])
    merged = [t for t in tracker if t["agency_id"] == "btnmt"]  # Bộ Tài nguyên và Môi trường
    assert merged and all(t["current_agency_name"] == "Bộ Nông nghiệp và Môi trường" for t in merged)


def _build_as_of(home: Path, monkeypatch, day: str) -> None:
    from vngov.build import run_dbt

    monkeypatch.setenv("VNGOV_HOME", str(home))
    run_dbt("run", "--select", "directive_tracker upcoming_deadlines", "--vars", f"{{as_of: {day}}}")


@pytest.mark.slow
def test_status_and_upcoming_deadlines_on_a_given_day(replay_chain, tmp_path, monkeypatch):
    home = tmp_path / "home"
    shutil.copytree(replay_chain, home)
    wh = home / "warehouse.duckdb"
    reports = query(wh, "select d.directive_event_id, dl.due_date from marts.fct_deadlines dl "
                        "join marts.fct_directives d using (directive_id)")
    # 2025-03-15 is a due date (due today: 0 days left); 2025-03-01 + 30 days is one too (inclusive)
    for day in (date(2025, 3, 15), date(2025, 3, 1)):
        assert day in {d for _, d in reports} or day + timedelta(days=30) in {d for _, d in reports}
        _build_as_of(home, monkeypatch, day.isoformat())
        tracker = rows(wh, "select * from marts.directive_tracker")
        assert {t["status_as_of"] for t in tracker} == {day}
        assert {t["status"] for t in tracker} == {"overdue", "due_30d", "later", "no_deadline"}
        assert all(t["status"] == status_for(t["due_date"], day) for t in tracker)

        upcoming = rows(wh, "select * from marts.upcoming_deadlines")
        assert [u["due_date"] for u in upcoming] == sorted(u["due_date"] for u in upcoming)
        # one row per directive and due date still ahead
        assert sorted((u["directive_id"], u["due_date"]) for u in upcoming) == sorted(
            {(e, d) for e, d in reports if d >= day})
        for u in upcoming:
            assert u["status_as_of"] == day and u["days_left"] == (u["due_date"] - day).days >= 0
            assert u["status"] == ("due_30d" if u["days_left"] <= 30 else "later")
            assert u["deadline_expression"] and u["evidence_text"]
        assert any(u["days_left"] in (0, 30) and u["status"] == "due_30d" for u in upcoming)
        lines = {u["directive_id"]: u["addressees"] for u in upcoming}  # one readable line
        for t in tracker:
            if t["directive_id"] in lines and t["addressee"]:
                assert t["addressee"] in lines[t["directive_id"]]


@pytest.mark.slow
def test_the_bridges_hold_the_lists_they_replace(replay_chain):
    db = replay_chain / "published.duckdb"
    meetings = dict(query(db, "select meeting_id, source_urls from marts.fct_meetings"))
    pairs = query(db, "select meeting_id, article_url, is_first_report, published_at "
                      "from marts.bridge_meeting_articles")
    by_meeting = {}
    for meeting, url, first, published in pairs:
        by_meeting.setdefault(meeting, []).append((published, url, first))
    assert {m: sorted(u for _, u, _ in v) for m, v in by_meeting.items()} == meetings
    for reports in by_meeting.values():  # the first report is the earliest, then by URL
        assert [first for _, _, first in sorted(reports)] == [True] + [False] * (len(reports) - 1)
    assert any(len(v) > 1 for v in by_meeting.values())

    documents = dict(query(db, "select document_id, source_urls from marts.dim_documents"))
    cited = {}
    for document, url in query(db, "select document_id, article_url from marts.bridge_document_articles"):
        cited.setdefault(document, []).append(url)
    assert {d: sorted(u) for d, u in cited.items()} == documents

    expected = {}
    for document, urls in documents.items():
        for meeting, reports in meetings.items():
            both = set(urls) & set(reports)
            if both:
                expected[(document, meeting)] = len(both)
    found = {(d, m): (n, url) for d, m, n, url in query(
        db, "select document_id, meeting_id, article_count, first_article_url "
            "from marts.bridge_document_meetings")}
    assert {k: n for k, (n, _) in found.items()} == expected and expected
    assert all(url in documents[d] and url in meetings[m] for (d, m), (_, url) in found.items())


# Two sites report one directive (and each names the same two addressees); a third article gives a
# directive with no addressee. Texts written for this test.
TWO_SITES = [
    ("https://tin.example.vn/c1", "2025-08-20T09:00:00+07:00",
     "Chiều 19/8, Thủ tướng Phạm Minh Chính chủ trì cuộc họp Thường trực Chính phủ về giải ngân vốn "
     "đầu tư công. Thủ tướng yêu cầu Bộ Tài chính và Bộ Xây dựng hoàn thành việc rà soát các dự án chậm "
     "giải ngân trước ngày 15/9/2025."),
    ("https://bao.example.vn/c2", "2025-08-20T15:00:00+07:00",
     "Chiều qua (19/8), tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính đã chủ trì cuộc họp Thường trực "
     "Chính phủ về giải ngân vốn đầu tư công. Thủ tướng yêu cầu Bộ Tài chính và Bộ Xây dựng hoàn thành "
     "việc rà soát các dự án chậm giải ngân trước ngày 15/9/2025, báo cáo Thủ tướng."),
    ("https://tinh.example.vn/c3", "2025-08-21T09:00:00+07:00",
     "Sáng 20/8, Chủ tịch UBND tỉnh Ninh Bình Phạm Quang Ngọc chủ trì hội nghị về phòng chống thiên tai. "
     "Chủ tịch UBND tỉnh yêu cầu khẩn trương kiểm tra hệ thống đê điều trước mùa mưa bão."),
    # before the merger of 1/3/2025 into Bộ Tài chính
    ("https://tin.example.vn/c4", "2025-02-20T09:00:00+07:00",
     "Sáng 19/2, Phó Thủ tướng Hồ Đức Phớc chủ trì cuộc họp về kế hoạch đầu tư công trung hạn. Phó Thủ "
     "tướng yêu cầu Bộ Kế hoạch và Đầu tư tổng hợp nhu cầu vốn của các địa phương trước ngày 30/11/2025."),
]


@pytest.mark.slow
def test_a_directive_from_two_sites_is_one_directive_with_each_addressee_once(tmp_path, monkeypatch):
    db = import_and_build(tmp_path, TWO_SITES, "tin")
    [event] = rows(db, "select * from marts.fct_directive_events where article_count = 2")
    tracker = rows(db, "select * from marts.directive_tracker where directive_id = ?",
                   [event["directive_event_id"]])
    assert sorted(t["agency_id"] for t in tracker) == ["btc", "bxd"]
    assert query(db, "select count(*) from marts.bridge_directive_addressees b join "
                     "marts.fct_directives d using (directive_id) where d.directive_event_id = ?",
                 [event["directive_event_id"]]) == [(4,)]  # two reports, two addressees each
    for t in tracker:
        assert t["article_count"] == 2 and t["article_url"] == "https://tin.example.vn/c1"
        assert sorted(t["source_urls"]) == ["https://bao.example.vn/c2", "https://tin.example.vn/c1"]
        assert t["due_date"] == date(2025, 9, 15) and t["deadline_granularity"] == "day"
        assert t["issuer_person_id"] == "pham_minh_chinh" and t["meeting_date"] == date(2025, 8, 19)
        assert t["status"] == "overdue"  # built today, long after 15/9/2025
    alone = rows(db, "select * from marts.directive_tracker where article_url = ?",
                 ["https://tinh.example.vn/c3"])
    assert alone and all(t["addressee"] is None and t["status"] == "no_deadline" for t in alone)
    [meeting] = rows(db, "select * from marts.fct_meetings where meeting_date = '2025-08-19'")
    assert meeting["article_count"] == 2
    assert query(db, "select article_url from marts.bridge_meeting_articles where meeting_id = ? "
                     "and is_first_report", [meeting["meeting_id"]]) == [("https://tin.example.vn/c1",)]

    # the same directive, twice, among the deadlines ahead of 2025-09-01: one row
    _build_as_of(tmp_path / "home", monkeypatch, "2025-09-01")
    upcoming = rows(tmp_path / "home" / "warehouse.duckdb", "select * from marts.upcoming_deadlines")
    [row] = [u for u in upcoming if u["directive_id"] == event["directive_event_id"]]
    assert (row["days_left"], row["status"], row["addressee_count"]) == (14, "due_30d", 2)
    assert row["addressees"] == "Bộ Tài chính; Bộ Xây dựng"
    [merged] = [u for u in upcoming if u["article_url"] == "https://tin.example.vn/c4"]
    assert merged["addressees"] == "Bộ Kế hoạch và Đầu tư (now Bộ Tài chính)"
    assert merged["due_date"] == date(2025, 11, 30) and merged["status"] == "later"


@pytest.mark.slow
def test_a_quarantined_meeting_leaves_the_analyst_tables_with_it(replay_chain, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(replay_chain, home)
    pub = home / "published.duckdb"
    # a meeting two sites reported, with directives and a document cited
    [(meeting,)] = query(pub, "select m.meeting_id from marts.fct_meetings m join "
                              "marts.bridge_document_meetings dm using (meeting_id) "
                              "where m.article_count > 1 group by 1 order by 1 limit 1")
    rule = {"type": "expect_column_values_to_not_be_in_set",
            "kwargs": {"column": "meeting_id", "value_set": [meeting]}, "meta": {"severity": "critical"}}
    exp = expectations_with(tmp_path / "expectations", "fct_meetings", rule)
    before = {t: query(pub, f"select count(*) from marts.{t} where meeting_id = ?", [meeting])[0][0]
              for t in ("directive_tracker", "bridge_meeting_articles", "bridge_document_meetings")}
    assert all(before.values())
    proc = run_vngov(home, "build", VNGOV_EXPECTATIONS_DIR=str(exp))
    assert "validation passed" in proc.stdout
    for table in before:
        assert query(pub, f"select count(*) from marts.{table} where meeting_id = ?", [meeting]) == [(0,)]
    # the rest is published: the other directives, meetings and documents stay
    assert query(pub, "select count(*) from marts.directive_tracker")[0][0] > 0
    assert query(pub, "select count(*) from marts.bridge_document_meetings")[0][0] > 0
