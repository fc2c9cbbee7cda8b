"""The whole chain without Airflow: crawl --replay -> load -> build (dbt, GX, publish)."""

import hashlib
import json
import shutil
from datetime import date

import pytest

from conftest import REPO, query, run_vngov

pytestmark = pytest.mark.slow

SEED_MEETINGS = {date(2025, 10, 15), date(2025, 4, 1), date(2025, 3, 4), date(2025, 1, 13)}


def test_the_four_seed_meetings_and_no_others(replay_chain):
    rows = query(replay_chain / "published.duckdb",
                 "select meeting_date, source_urls from marts.fct_meetings")
    assert {d for d, _ in rows} == SEED_MEETINGS
    assert len(rows) == 4
    for _, urls in rows:  # the real URL, never the replay server's
        assert urls and all(u.startswith("https://") and "127.0.0.1" not in u for u in urls)


def test_every_source_was_crawled_and_counted(replay_chain):
    runs = dict(query(replay_chain / "warehouse.duckdb",
                      "select source, parsed + fallback_parsed from raw.crawl_runs"))
    assert runs == {"nld": 1, "vnexpress": 1, "baochinhphu": 1, "thanhhoa_portal": 1}
    articles = query(replay_chain / "published.duckdb",
                     "select source, parser from marts.dim_articles order by source")
    assert [s for s, _ in articles] == ["baochinhphu", "nld", "thanhhoa_portal", "vnexpress"]
    assert all(p.endswith("/v1") for _, p in articles), "site selectors, not the fallback"


def test_spam_page_is_flagged_and_clean_pages_are_not(replay_chain):
    flags = dict(query(replay_chain / "published.duckdb",
                       "select source, quality_flags from marts.dim_articles"))
    assert flags.pop("baochinhphu") == ["spam_injection"]
    assert all(f == [] for f in flags.values()), flags


def test_page_noise_stays_out_of_clean_text(replay_chain):
    texts = dict(query(replay_chain / "published.duckdb",
                       "select source, clean_text from marts.dim_articles"))
    assert texts["thanhhoa_portal"].count("Sáng 13/1, tại phòng họp Diên Hồng") == 1
    assert "Sáng 27/6, Quốc hội" not in texts["vnexpress"]  # a teaser of another story
    assert "Thanh toán" not in texts["nld"] and "HOTLINE" not in texts["nld"]
    assert "Hôm nay:" not in texts["thanhhoa_portal"]


def test_directives_deadlines_and_documents(replay_chain):
    db = replay_chain / "published.duckdb"
    addressees = {a for (lst,) in query(db, "select addressees from marts.fct_directives")
                  for a in lst}
    assert {"Chính phủ", "Văn phòng Trung ương Đảng"} <= addressees
    due = {d for (d,) in query(db, "select due_date from marts.fct_deadlines")}
    assert {date(2025, 3, 31), date(2025, 1, 25)} <= due
    docs = query(db, "select kind, issued_date, len(source_urls) from marts.dim_documents "
                     "where number = '57-NQ/TW'")
    assert len(docs) == 1, "one row per document across articles"
    kind, issued, n_sources = docs[0]
    assert (kind, issued, n_sources) == ("Nghị quyết", date(2024, 12, 22), 4)


def test_rerunning_load_and_build_changes_nothing(replay_chain, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(replay_chain, home)
    counts = "select (select count(*) from marts.fct_meetings), (select count(*) from marts.fct_directives), (select count(*) from marts.dim_articles)"
    before = query(home / "published.duckdb", counts)
    assert "+0 pages, +0 rejects" in run_vngov(home, "load").stdout
    run_vngov(home, "build")
    assert query(home / "published.duckdb", counts) == before


def test_the_same_story_from_another_site_is_one_meeting_and_one_story(replay_chain, tmp_path):
    """Seed 002 is the clean copy of seed 000's story: imported as a syndicated copy, it joins
    nld's meeting (two source_urls) and story instead of adding a meeting."""
    home = tmp_path / "home"
    shutil.copytree(replay_chain, home)
    copy_url = "https://syndication.example.vn/tong-bi-thu-chuyen-doi-so-nghiem-tuc"
    text = next((REPO / "tests/fixtures/seeds").glob("002_*.txt")).read_text("utf-8")
    path = tmp_path / "copy.jsonl"
    path.write_text(json.dumps({"url": copy_url, "published_at": "2025-10-15T13:05:00+07:00",
                                "text": text}, ensure_ascii=False), "utf-8")
    run_vngov(home, "import", str(path))
    run_vngov(home, "load")
    run_vngov(home, "build")
    db = home / "published.duckdb"
    meetings = query(db, "select meeting_date, source_urls from marts.fct_meetings")
    assert {d for d, _ in meetings} == SEED_MEETINGS and len(meetings) == 4
    urls = dict(meetings)[date(2025, 10, 15)]
    assert len(urls) == 2 and copy_url in urls and any("nld.com.vn" in u for u in urls)
    stories = dict(query(db, "select source, story_id from marts.dim_articles"))
    assert stories["syndication.example.vn"] == stories["nld"]
    assert len(set(stories.values())) == 4


def _expectations_with(tmp_path, severity):
    """A copy of the suites plus one expectation the data cannot meet."""
    root = tmp_path / f"expectations-{severity}"
    shutil.copytree(REPO / "expectations", root)
    suite_path = root / "marts" / "fct_meetings.json"
    suite = json.loads(suite_path.read_text(encoding="utf-8"))
    suite["expectations"].append({"type": "expect_table_row_count_to_be_between",
                                  "kwargs": {"min_value": 1000}, "meta": {"severity": severity}})
    suite_path.write_text(json.dumps(suite, ensure_ascii=False), encoding="utf-8")
    return root


def test_critical_validation_failure_fails_build_and_keeps_published(replay_chain, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(replay_chain, home)
    published = home / "published.duckdb"
    digest = hashlib.sha256(published.read_bytes()).hexdigest()
    mtime = published.stat().st_mtime_ns

    proc = run_vngov(home, "build", check=False,
                     VNGOV_EXPECTATIONS_DIR=str(_expectations_with(tmp_path, "critical")))
    assert proc.returncode != 0
    assert "1 critical failures" in proc.stderr and "published copy left unchanged" in proc.stderr
    assert hashlib.sha256(published.read_bytes()).hexdigest() == digest
    assert published.stat().st_mtime_ns == mtime
    # and publishing on its own refuses what did not validate
    proc = run_vngov(home, "build", "--only", "publish", check=False)
    assert proc.returncode != 0 and "did not pass" in proc.stderr


def test_warning_failure_publishes_and_is_reported(replay_chain, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(replay_chain, home)
    run_vngov(home, "build", VNGOV_EXPECTATIONS_DIR=str(_expectations_with(tmp_path, "warning")))
    summary = run_vngov(home, "summary").stdout
    assert "validation passed" in summary
    assert "[warning] marts.fct_meetings expect_table_row_count_to_be_between" in summary
    data_docs = summary.split("Data Docs: file://")[1].split()[0]
    assert (tmp_path / "home").as_posix() in data_docs
    assert shutil.os.path.exists(data_docs)


NEW_TEMPLATE = """<html><head><meta property="article:published_time" content="2025-10-16T09:30:00+07:00">
<title>Thủ tướng chủ trì họp</title></head><body><main><h1>Thủ tướng chủ trì họp</h1>
<p>Sáng 16-10, Thủ tướng Phạm Minh Chính chủ trì cuộc họp Thường trực Chính phủ về các dự án
hạ tầng trọng điểm, với sự tham dự của lãnh đạo các bộ, ngành và địa phương liên quan.</p>
<p>Thủ tướng yêu cầu Bộ Xây dựng hoàn thành thủ tục đầu tư các dự án trong quý IV/2025,
bảo đảm tiến độ và chất lượng công trình, không để xảy ra tiêu cực, lãng phí.</p>
</main></body></html>"""


def _failing_site(tmp_path):
    """The bundled nld page, a page in a template nld's selectors do not know (the fallback
    reads it), a link that 404s, and a page no parser can read."""
    root = tmp_path / "replay"
    shutil.copytree(REPO / "scrapers" / "replay" / "site" / "nld.com.vn", root / "nld.com.vn")
    article = next(p for p in (root / "nld.com.vn").glob("*.htm") if "-196" in p.name)
    empty = "tin-trong-rong-196251016090000001.htm"
    (root / "nld.com.vn" / empty).write_text("<html><body><div id='x'></div></body></html>")
    redesigned = "thu-tuong-chu-tri-hop-196251016093000001.htm"
    (root / "nld.com.vn" / redesigned).write_text(NEW_TEMPLATE, encoding="utf-8")
    private = "noi-bo-196251016070000001.htm"  # disallowed by robots.txt: never fetched
    (root / "nld.com.vn" / private).write_text(NEW_TEMPLATE, encoding="utf-8")
    robots = root / "nld.com.vn" / "robots.txt"
    robots.write_text(robots.read_text() + f"\nUser-agent: *\nDisallow: /{private}\n")
    links = [article.name, "bai-da-xoa-196251016080000001.htm", empty, redesigned, private]
    listing = "".join(f'<h3><a href="/{name}">{name}</a></h3>' for name in links)
    for listing_file in ("thoi-su.htm",):
        (root / "nld.com.vn" / listing_file).write_text(f"<html><body>{listing}</body></html>")
    return root


def test_failed_pages_are_kept_with_reason_and_the_crawl_goes_on(tmp_path):
    home = tmp_path / "home"
    run_vngov(home, "crawl", "--replay", "--sources", "nld",
              "--replay-dir", str(_failing_site(tmp_path)))
    run_vngov(home, "load")
    db = home / "warehouse.duckdb"
    parsers = query(db, "select parser from raw.pages where page_type = 'article' order by 1")
    assert parsers == [("nld/v1",), ("trafilatura",)], "the fallback parser is recorded"
    rejects = query(db, "select stage, reason from raw.rejects order by reason")
    fetch_reasons = [reason for stage, reason in rejects if stage == "fetch"]
    assert any("HTTP 404" in r for r in fetch_reasons)
    assert any("robots.txt" in r for r in fetch_reasons), fetch_reasons
    rejects = dict(rejects)
    assert "fallback" in rejects["parse"]
    body = query(db, "select body from raw.rejects where stage = 'parse'")[0][0]
    assert b"<div id='x'>" in bytes(body)
    run = query(db, "select parsed, fallback_parsed, rejected from raw.crawl_runs")
    assert run == [(1, 1, 3)]
    summary = run_vngov(home, "summary").stdout
    assert "2 at fetch" in summary and "1 at parse" in summary


def test_spam_inside_a_name_is_a_critical_failure(replay_chain, tmp_path):
    """The spam page's names come out clean (the build above passed); if spam ever reached a
    name, validation would stop publishing."""
    home = tmp_path / "home"
    shutil.copytree(replay_chain, home)
    import duckdb

    con = duckdb.connect(str(home / "warehouse.duckdb"))
    con.execute("update marts.fct_meetings set body = 'Ban Chỉ đạo hi88 com ương' "
                "where meeting_date = date '2025-03-04'")
    con.close()
    proc = run_vngov(home, "build", "--only", "validate", check=False)
    assert proc.returncode != 0
    assert "marts.fct_meetings expect_column_values_to_not_match_regex(body)" in proc.stderr
