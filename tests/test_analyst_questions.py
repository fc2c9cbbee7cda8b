"""The README's "Five questions analysts ask": each query runs on the published copy of the replay
chain, returns rows, and the rows are right. readme_questions() is what a PostgreSQL test runs too."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import duckdb
import pytest

from conftest import REPO, query

HEADING = "### Five questions analysts ask"


def readme_questions() -> list[str]:
    """The ```sql blocks of the README's five-questions subsection, in order (five of them)."""
    text = (REPO / "README.md").read_text("utf-8")
    start = text.index(HEADING + "\n")
    end = re.compile(r"^#{1,3} ", re.M).search(text, start + len(HEADING))
    section = text[start:end.start() if end else len(text)]
    blocks = re.findall(r"^```sql\n(.*?)^```$", section, re.S | re.M)
    assert len(blocks) == 5, f"{HEADING} holds {len(blocks)} sql blocks, not five"
    return [b.strip() for b in blocks]


def test_the_readme_has_five_portable_questions():
    for sql in readme_questions():
        # what PostgreSQL would refuse or read otherwise: DuckDB's list functions and syntax
        for duckdb_only in ("list_", "unnest", "::", "interval 3", "qualify", "struct_", "->>",
                            "ilike", "group by all", "order by all", "exclude", "strftime",
                            "responsible_agency_ids", "source_urls"):
            assert duckdb_only not in sql.lower(), (duckdb_only, sql)
        assert sql.lower().startswith("select ") and ";" not in sql


def _run(db, sql) -> list[dict]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        cur = con.execute(sql)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]
    finally:
        con.close()


@pytest.fixture(scope="module")
def answers(replay_chain):
    db = replay_chain / "published.duckdb"
    found = [_run(db, sql) for sql in readme_questions()]
    for i, result in enumerate(found, 1):
        assert result, f"question {i} returns no row on the demo data"
    return db, found


@pytest.mark.slow
def test_overdue_directives_to_the_ministry_of_finance(answers):
    db, (rows, *_) = answers
    finance = {n for (n,) in query(db, "select canonical_name from marts.dim_agencies "
                                       "where 'btc' in (agency_id, current_agency_id, parent_agency_id)")}
    # the build ran today (2026), after every demo deadline
    today = (datetime.now(timezone.utc) + timedelta(hours=7)).date()
    for row in rows:
        assert row["current_agency_name"] in finance and row["due_date"] < today
        assert row["evidence_text"] and row["article_url"].startswith("https://")
    assert {"Tổng cục Thuế", "Bộ Tài chính"} <= {r["addressee"] for r in rows}  # a department too
    # the same count from the report-level tables: directive events x the agencies addressed
    [(expected,)] = query(db, """
        select count(distinct (e.directive_event_id, b.agency_id))
        from marts.fct_directive_events e
        join marts.fct_directives d using (directive_event_id)
        join marts.bridge_directive_addressees b using (directive_id)
        join marts.dim_agencies a on a.agency_id = b.agency_id
        where e.earliest_due_date < current_date
          and 'btc' in (a.current_agency_id, b.parent_agency_id)""")
    assert len(rows) == expected


@pytest.mark.slow
def test_meetings_per_month_by_body_and_chair(answers):
    db, (_, rows, *_) = answers
    assert sum(r["meetings"] for r in rows) == query(db, "select count(*) from marts.fct_meetings")[0][0]
    assert sum(r["directives"] for r in rows) == query(
        db, "select count(*) from marts.fct_directive_events where meeting_id is not null")[0][0]
    assert all(r["month"].day == 1 for r in rows)
    assert [r["month"] for r in rows] == sorted((r["month"] for r in rows), reverse=True)
    [gov] = [r for r in rows if r["body"] == "Chính phủ" and str(r["month"]) == "2025-11-01"]
    assert gov["chair"] == "Thủ tướng Phạm Minh Chính" and gov["directives"] >= 1


@pytest.mark.slow
def test_which_sites_reported_a_meeting(answers):
    db, (_, _, rows, *_) = answers
    reported = dict(query(db, "select meeting_id, source_urls from marts.fct_meetings "
                              "where article_count > 1"))
    by_meeting = {}
    for r in rows:
        by_meeting.setdefault(r["meeting_id"], []).append(r)
    assert {m: sorted(r["article_url"] for r in v) for m, v in by_meeting.items()} == reported
    for reports in by_meeting.values():
        assert len({r["source"] for r in reports}) > 1  # several sites, not one site twice
        assert [r["is_first_report"] for r in reports] == [True] + [False] * (len(reports) - 1)


@pytest.mark.slow
def test_documents_cited_in_the_reports_of_meetings(answers):
    db, (_, _, _, rows, _) = answers
    [(pairs,)] = query(db, """
        select count(*) from marts.dim_documents d, marts.fct_meetings m
        where len(list_intersect(d.source_urls, m.source_urls)) > 0""")
    assert len(rows) == pairs
    for r in rows:
        assert query(db, "select count(*) from marts.dim_documents where kind = ? and number = ? "
                         "and list_contains(source_urls, ?)", [r["kind"], r["number"],
                                                               r["first_article_url"]]) == [(1,)]
    assert any(r["number"] == "57-NQ/TW" for r in rows)


@pytest.mark.slow
def test_directives_per_addressee_and_status(answers):
    db, (*_, rows) = answers
    for r in rows:
        assert r["directives"] == r["overdue"] + r["open"] + r["no_deadline"]
        assert r["open"] == 0  # every demo deadline has passed
    by_name = {r["addressee_today"]: r for r in rows}
    assert len(by_name) == len(rows)
    # Bộ Nông nghiệp và Môi trường counts the directives given to Bộ Tài nguyên và Môi trường
    [(expected,)] = query(db, """
        select count(distinct d.directive_event_id)
        from marts.bridge_directive_addressees b join marts.fct_directives d using (directive_id)
        where b.current_agency_id = 'bnnmt'""")
    assert by_name["Bộ Nông nghiệp và Môi trường"]["directives"] == expected >= 1
    assert "group: localities" in by_name
    [(addressed,)] = query(db, "select count(distinct directive_id) from marts.directive_tracker "
                               "where addressee is not null")
    assert addressed <= sum(r["directives"] for r in rows)
