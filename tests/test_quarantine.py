"""Bad rows are stopped without stopping publishing (issue 9).

- The door: a row that would fail a critical raw expectation becomes a reject when it is loaded
  (and rows an older vngov let in move there once), so it can never fail a later build.
- Quarantine: a row that fails a critical row-level expectation of a mart is left out of
  published.duckdb with the rows that refer to it, kept in raw.rejects with the expectation, and
  the rest is published; a set-level failure (collapse against the last publish, a source gone)
  still stops publishing.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import duckdb
import pytest

from conftest import REPO, expectations_with, query, run_vngov
from vngov import door
from vngov.landing import page_record

GOOD = {"title": "Họp Chính phủ", "lead": None, "author": None, "parser": "import:text",
        "body_text": "Thủ tướng giao Bộ Tài chính hoàn thành trước ngày 25/1/2025 việc sửa đổi "
                     "nghị định về thuế.", "published_at": "2025-01-02T08:00:00+07:00"}


def _page(status=200, **article):
    return page_record(url="https://baochinhphu.vn/a.htm", source="baochinhphu", run_id="r",
                       status=status, headers={}, html="", page_type="article",
                       article=GOOD | article)


def test_every_critical_raw_expectation_is_checked_at_the_door():
    suite = json.loads((REPO / "expectations/raw/pages.json").read_text("utf-8"))
    critical = [e for e in suite["expectations"]
                if (e.get("meta") or {}).get("severity", "critical") == "critical"]
    sql = door.failing_rows_sql()
    for e in critical:  # each compiles and carries a reason a person can read
        assert e["meta"]["reason"] in sql


@pytest.mark.parametrize("page, reason", [
    (_page(), None),
    (_page(published_at="2030-05-01T08:00:00+07:00"), "later than the time the page was fetched"),
    (_page(published_at="9999-12-31T00:00:00+07:00"), "later than the time the page was fetched"),
    (_page(published_at="1900-01-01T08:00:00+07:00"), "before 2 September 1945"),
    (_page(status=404), "HTTP status is not 2xx"),
    (_page(body_text="Thủ tướng\x00 giao Bộ Tài chính"), "NUL"),
    (_page(body_text="ascii only\x00 text"), "NUL"),
    (_page(body_text="Thu\u0309 tu\u031bo\u031b\u0301ng"), "not NFC"),  # decomposed tone marks
    (_page(body_text=None), "has no text"),
], ids=["good", "2030", "9999", "1900", "404", "nul", "ascii-nul", "nfd", "no-text"])
def test_door_reasons(page, reason):
    found = door.page_problems([page])[0]
    assert (found is None) if reason is None else (reason in found)


def test_listing_pages_are_not_judged_as_articles():
    listing = page_record(url="https://baochinhphu.vn/", source="baochinhphu", run_id="r",
                          status=200, headers={}, html="<html></html>", page_type="listing")
    assert door.page_problems([listing]) == [None]


def _import(home, tmp_path, name, lines):
    path = tmp_path / name
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines), "utf-8")
    return run_vngov(home, "import", str(path)).stdout


ARTICLE = {"url": "https://baochinhphu.vn/thu-tuong-giao-bo-tai-chinh-102250102.htm",
           "source": "baochinhphu",
           "text": "Sáng 2/1, Thủ tướng Phạm Minh Chính chủ trì phiên họp Chính phủ thường kỳ. "
                   "Thủ tướng giao Bộ Tài chính hoàn thành trước ngày 25/1/2025 việc trình "
                   "nghị định sửa đổi về thuế giá trị gia tăng."}


@pytest.mark.slow
def test_a_row_the_suite_would_fail_is_rejected_at_load_and_a_corrected_import_replaces_it(
        tmp_path):
    home = tmp_path / "home"
    _import(home, tmp_path, "bad.jsonl", [ARTICLE | {"published_at": "2030-01-02T08:00:00+07:00"}])
    run_vngov(home, "load")
    wh = home / "warehouse.duckdb"
    assert query(wh, "select count(*) from raw.pages") == [(0,)]
    (stage, reason, body), = query(wh, "select stage, reason, body from raw.rejects")
    assert stage in ("import", "load") and "later than the time the page was fetched" in reason
    assert ARTICLE["url"].encode() in body  # the row itself is kept
    run_vngov(home, "build")  # nothing to fail on: the bad row never entered raw

    _import(home, tmp_path, "fixed.jsonl", [ARTICLE | {"published_at": "2025-01-02T11:00:00+07:00"}])
    run_vngov(home, "load")
    run_vngov(home, "build")
    assert query(home / "published.duckdb", "select url, published_at::date::varchar "
                 "from marts.dim_articles") == [(ARTICLE["url"], "2025-01-02")]
    assert query(home / "published.duckdb", "select count(*) from marts.fct_deadlines") == [(1,)]


@pytest.mark.slow
def test_rows_an_older_vngov_let_in_move_to_rejects_once(tmp_path):
    home = tmp_path / "home"
    _import(home, tmp_path, "good.jsonl", [ARTICLE | {"published_at": "2025-01-02T08:00:00+07:00"}])
    run_vngov(home, "load")
    wh = home / "warehouse.duckdb"
    con = duckdb.connect(str(wh))  # as a warehouse from before the door would hold it
    con.execute("insert into raw.pages select * replace ('x' || page_id as page_id, "
                "url || '?2' as url, timestamptz '1900-01-01 00:00:00+07' as published_at) "
                "from raw.pages")
    con.execute("delete from raw.load_ledger where file_path like 'door:%'")
    con.close()
    run_vngov(home, "load")
    assert query(wh, "select count(*) from raw.pages") == [(1,)]
    assert query(wh, "select url from raw.rejects where reason like '%before 2 September 1945%'") \
        == [(ARTICLE["url"] + "?2",)]
    run_vngov(home, "build")


def _counts(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"select count(*) from marts.{t}").fetchone()[0] for (t,) in
                con.execute("select table_name from duckdb_tables() where schema_name = 'marts'"
                            ).fetchall()}
    finally:
        con.close()


@pytest.mark.slow
def test_a_row_failing_a_critical_row_check_is_quarantined_and_the_rest_published(
        replay_chain, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(replay_chain, home)
    before = _counts(home / "published.duckdb")
    bad = query(home / "published.duckdb", "select directive_id from marts.fct_directives "
                "where evidence_text like '%Bộ%' order by 1")
    assert bad and len(bad) < before["fct_directives"]
    # Stand-in for hostile text that got through extraction: a row-level rule these rows fail.
    rule = {"type": "expect_column_values_to_not_match_regex",
            "kwargs": {"column": "evidence_text", "regex": "Bộ"}, "meta": {"severity": "critical"}}
    exp = expectations_with(tmp_path / "expectations", "fct_directives", rule)
    proc = run_vngov(home, "build", VNGOV_EXPECTATIONS_DIR=str(exp))
    assert "validation passed" in proc.stdout and f"{len(bad)} marts.fct_directives" in proc.stdout

    pub = home / "published.duckdb"
    after = _counts(pub)
    assert after["fct_directives"] == before["fct_directives"] - len(bad)
    assert query(pub, "select count(*) from marts.fct_directives where evidence_text like '%Bộ%'") \
        == [(0,)]
    for child in ("fct_deadlines", "bridge_directive_addressees"):  # no reference left dangling
        assert query(pub, f"select count(*) from marts.{child} where directive_id not in "
                          "(select directive_id from marts.fct_directives)") == [(0,)]
    assert after["fct_meetings"] == before["fct_meetings"]  # the rest is published whole
    assert after["dim_articles"] == before["dim_articles"]

    wh = home / "warehouse.duckdb"
    kept = query(wh, "select reason, body from raw.rejects where stage = 'validate' "
                     "and source = 'marts.fct_directives'")
    assert len(kept) == len(bad)
    assert all("expect_column_values_to_not_match_regex(evidence_text)" in r for r, _ in kept)
    assert {json.loads(b)["directive_id"] for _, b in kept} == {d for (d,) in bad}
    report = json.loads((home / "validation.json").read_text("utf-8"))
    assert report["passed"] and {q["key"] for q in report["quarantine"]
                                 if q["table"] == "marts.fct_directives"} == {d for (d,) in bad}
    summary = run_vngov(home, "summary").stdout
    assert f"{len(bad)} marts.fct_directives" in summary
    docs = Path(report["data_docs"].removeprefix("file://")).parent
    pages = "".join(p.read_text("utf-8", "replace") for p in docs.rglob("*.html"))
    assert "the rows that fail are quarantined" in pages

    # Quarantine is not for ever: without the rule the next build publishes them again.
    run_vngov(home, "build")
    assert _counts(pub) == before


@pytest.mark.slow
def test_a_table_collapsing_against_the_last_publish_stops_publishing(replay_chain, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(replay_chain, home)
    pub = home / "published.duckdb"
    con = duckdb.connect(str(pub))  # as if the last publish had far more directives
    for _ in range(3):
        con.execute("insert into marts.fct_directives select * replace "
                    "(md5(directive_id || random()::varchar) as directive_id) "
                    "from marts.fct_directives")
    con.execute("insert into marts.dim_articles select * replace ('ghost.vn' as source, "
                "url || '#ghost' as url) from marts.dim_articles limit 1")
    con.close()
    digest = hashlib.sha256(pub.read_bytes()).hexdigest()
    proc = run_vngov(home, "build", check=False)
    assert proc.returncode != 0 and "published copy left unchanged" in proc.stderr
    report = json.loads((home / "validation.json").read_text("utf-8"))
    failed = {(f["suite"], f["expectation"]) for f in report["failures"]
              if f["severity"] == "critical"}
    assert ("marts.fct_directives", "expect_table_row_count_to_be_between") in failed
    assert ("marts.dim_articles", "expect_column_distinct_values_to_contain_set") in failed
    assert hashlib.sha256(pub.read_bytes()).hexdigest() == digest
    # A shrink on purpose is accepted for one build.
    run_vngov(home, "build", VNGOV_ACCEPT_SHRINK="1")
    assert query(pub, "select count(*) from marts.dim_articles where source = 'ghost.vn'") \
        == [(0,)]


FUTURE_PAGE = """<html><head><meta property="article:published_time" content="2035-10-16T09:30:00+07:00">
<title>Thủ tướng chủ trì họp</title></head><body><main><h1>Thủ tướng chủ trì họp</h1>
<p>Sáng 16-10, Thủ tướng Phạm Minh Chính chủ trì cuộc họp Thường trực Chính phủ về các dự án
hạ tầng trọng điểm, với sự tham dự của lãnh đạo các bộ, ngành và địa phương liên quan.</p>
<p>Thủ tướng yêu cầu Bộ Xây dựng hoàn thành thủ tục đầu tư các dự án trong quý IV/2025.</p>
</main></body></html>"""


@pytest.mark.slow
def test_a_crawled_page_the_suite_would_fail_lands_as_a_reject(tmp_path):
    root = tmp_path / "replay"
    shutil.copytree(REPO / "scrapers/replay/site/nld.com.vn", root / "nld.com.vn")
    article = next(p for p in (root / "nld.com.vn").glob("*.htm") if "-196" in p.name)
    future = "thu-tuong-chu-tri-hop-196351016093000001.htm"
    (root / "nld.com.vn" / future).write_text(FUTURE_PAGE, encoding="utf-8")
    listing = "".join(f'<h3><a href="/{name}">{name}</a></h3>' for name in (article.name, future))
    (root / "nld.com.vn" / "thoi-su.htm").write_text(f"<html><body>{listing}</body></html>")
    home = tmp_path / "home"
    run_vngov(home, "crawl", "--replay", "--sources", "nld", "--replay-dir", str(root))
    run_vngov(home, "load")
    wh = home / "warehouse.duckdb"
    assert query(wh, "select count(*) from raw.pages where url like '%1963510%'") == [(0,)]
    (stage, reason, body), = query(wh, "select stage, reason, body from raw.rejects "
                                       "where url like '%1963510%'")
    assert stage == "parse" and "later than the time the page was fetched" in reason
    assert b"2035-10-16" in body
    parsed, rejected = query(wh, "select parsed + fallback_parsed, rejected from raw.crawl_runs")[0]
    assert parsed == 1 and rejected >= 1
    run_vngov(home, "build")
