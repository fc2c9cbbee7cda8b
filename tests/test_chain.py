"""The whole chain without Airflow: crawl --replay -> load -> build (dbt, GX, publish)."""

import hashlib
import json
import shutil
from collections import defaultdict
from datetime import date

import pytest

from conftest import REPO, expectations_with, query, run_vngov, unmeetable
from vngov.sites import SITES

pytestmark = pytest.mark.slow

SEED_MEETING_BY_SOURCE = {"nld": date(2025, 10, 15), "vnexpress": date(2025, 4, 1),
                          "baochinhphu": date(2025, 3, 4), "thanhhoa_portal": date(2025, 1, 13)}
MANIFEST = json.loads((REPO / "scrapers/replay/site/MANIFEST.json").read_text(encoding="utf-8"))
SEED_URL = {e["source"]: e["url"] for e in MANIFEST if "seed" in e}
DEV_GOLD = {row["url"]: row["gold"] for row in map(
    json.loads, (REPO / "tests/gold/dev.jsonl").read_text(encoding="utf-8").splitlines())}


def _meetings_by_url(db) -> dict[str, set]:
    by_url: dict[str, set] = defaultdict(set)
    for meeting_date, urls in query(db, "select meeting_date, source_urls from marts.fct_meetings"):
        for url in urls:
            by_url[url].add(meeting_date)
    return by_url


def test_each_seed_page_yields_its_meeting_under_its_real_url(replay_chain):
    db = replay_chain / "published.duckdb"
    by_url = _meetings_by_url(db)
    for source, url in SEED_URL.items():
        assert by_url[url] == {SEED_MEETING_BY_SOURCE[source]}, source
    for (urls,) in query(db, "select source_urls from marts.fct_meetings"):
        assert urls and all(u.startswith("https://") and "127.0.0.1" not in u for u in urls)


def test_crawled_dev_articles_yield_their_labelled_meetings(replay_chain):
    """Replay pages wrapping labelled dev texts: crawled, parsed and extracted, each gives the
    meetings its label says (the lead and body together, as the page splits them)."""
    by_url = _meetings_by_url(replay_chain / "published.duckdb")
    crawled = [e["url"] for e in MANIFEST if e["url"] in DEV_GOLD]
    assert len(crawled) >= 15
    wrong = {url: (sorted(by_url[url]), sorted(date.fromisoformat(m["meeting_date"])
                                               for m in DEV_GOLD[url]["meetings"]))
             for url in crawled
             if by_url[url] != {date.fromisoformat(m["meeting_date"])
                                for m in DEV_GOLD[url]["meetings"]}}
    assert not wrong, wrong


def test_every_source_was_crawled_and_every_fixture_article_landed(replay_chain):
    runs = dict(query(replay_chain / "warehouse.duckdb",
                      "select source, new_articles from raw.crawl_runs"))
    assert set(runs) == set(SITES) and all(n >= 1 for n in runs.values()), runs
    articles = dict(query(replay_chain / "published.duckdb",
                          "select url, parser from marts.dim_articles"))
    for entry in MANIFEST:
        assert entry["url"] in articles, entry["url"]
        if entry.get("parser"):
            assert articles[entry["url"]] == entry["parser"], entry["url"]
    fallback = [u for u, parser in articles.items() if parser == "trafilatura"]
    expected_fallback = [e["url"] for e in MANIFEST if e.get("parser") == "trafilatura"]
    assert sorted(fallback) == sorted(expected_fallback)


def test_spam_page_is_flagged_and_clean_pages_are_not(replay_chain):
    flags = dict(query(replay_chain / "published.duckdb",
                       "select url, quality_flags from marts.dim_articles"))
    assert flags.pop(SEED_URL["baochinhphu"]) == ["spam_injection"]
    assert all("spam_injection" not in f for f in flags.values()), flags


def test_page_noise_stays_out_of_clean_text(replay_chain):
    texts = dict(query(replay_chain / "published.duckdb",
                       "select url, clean_text from marts.dim_articles"))
    portal, vne, nld = (texts[SEED_URL[s]] for s in ("thanhhoa_portal", "vnexpress", "nld"))
    assert portal.count("Sáng 13/1, tại phòng họp Diên Hồng") == 1
    assert "Sáng 27/6, Quốc hội" not in vne  # a teaser of another story
    assert "Thanh toán" not in nld and "HOTLINE" not in nld
    assert "Hôm nay:" not in portal


def test_directives_deadlines_and_documents(replay_chain):
    db = replay_chain / "published.duckdb"
    addressees = {a for (lst,) in query(db, "select addressees from marts.fct_directives")
                  for a in lst}
    assert {"Chính phủ", "Văn phòng Trung ương Đảng"} <= addressees
    due = {d for (d,) in query(db, "select due_date from marts.fct_deadlines")}
    assert {date(2025, 3, 31), date(2025, 1, 25)} <= due
    docs = query(db, "select kind, issued_date, source_urls from marts.dim_documents "
                     "where number = '57-NQ/TW'")
    assert len(docs) == 1, "one row per document across articles"
    kind, issued, urls = docs[0]
    assert (kind, issued) == ("Nghị quyết", date(2024, 12, 22))
    assert set(SEED_URL.values()) <= set(urls)


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
    meetings_before, stories_before = query(
        home / "published.duckdb",
        "select (select count(*) from marts.fct_meetings), "
        "(select count(distinct story_id) from marts.dim_articles)")[0]
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
    assert len(meetings) == meetings_before
    urls = next(u for d, u in meetings if SEED_URL["nld"] in u)
    assert sorted(urls) == sorted([copy_url, SEED_URL["nld"]])
    stories = dict(query(db, "select url, story_id from marts.dim_articles"))
    assert stories[copy_url] == stories[SEED_URL["nld"]]
    assert len(set(stories.values())) == stories_before


def _expectations_with(tmp_path, severity):
    """A copy of the suites plus one expectation the data cannot meet."""
    return expectations_with(tmp_path / f"expectations-{severity}", "fct_meetings",
                             unmeetable(severity))


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
    assert parsers == [("nld/v2",), ("trafilatura",)], "the fallback parser is recorded"
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


def test_spam_inside_a_name_is_quarantined_and_the_rest_published(replay_chain, tmp_path):
    """The spam page's names come out clean (the build above passed); if spam ever reached a
    name, that meeting and what refers to it would be left out of the publish, not the rest."""
    home = tmp_path / "home"
    shutil.copytree(replay_chain, home)
    import duckdb

    con = duckdb.connect(str(home / "warehouse.duckdb"))
    (meeting_id,), = con.execute("update marts.fct_meetings set body = 'Ban Chỉ đạo hi88 com ương' "
                                 "where meeting_date = date '2025-03-04' returning meeting_id"
                                 ).fetchall()
    meetings, directives_of_it = con.execute(
        "select (select count(*) from marts.fct_meetings), (select count(*) from "
        "marts.fct_directives where meeting_id = ?)", [meeting_id]).fetchone()
    con.close()
    # The edit bypassed dbt, so validation by part does not see it; a whole validation does.
    proc = run_vngov(home, "build", "--only", "validate")
    assert "0 rows quarantined" in proc.stdout
    proc = run_vngov(home, "build", "--only", "validate", "--full-refresh")
    assert "validation passed" in proc.stdout and "1 marts.fct_meetings" in proc.stdout
    run_vngov(home, "build", "--only", "publish")
    pub = home / "published.duckdb"
    assert query(pub, "select count(*) from marts.fct_meetings") == [(meetings - 1,)]
    assert query(pub, "select count(*) from marts.fct_meetings where body like '%hi88%'") == [(0,)]
    assert query(pub, "select count(*) from marts.fct_directives where meeting_id = ?",
                 [meeting_id]) == [(0,)]
    assert directives_of_it > 0
    summary = run_vngov(home, "summary").stdout
    assert "[quarantined 1 rows] marts.fct_meetings expect_column_values_to_not_match_regex(body)" \
        in summary
