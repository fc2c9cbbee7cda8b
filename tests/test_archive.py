"""Nothing lost: every response a crawl receives is archived as WARC, `vngov reparse` rebuilds the
articles from that archive without any network, and loading never duplicates a page."""

from __future__ import annotations

import dataclasses
import gzip
import json
import shutil
import socket
import sys
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from warcio.archiveiterator import ArchiveIterator

from conftest import REPO, query, run_vngov
from vngov import config
from vngov.alarm import ALARM_EXIT
from vngov.landing import PART_SUFFIX, WARC_FILE
from vngov.replay import load_quirks, pad_page, quirk_key, replay_file
from vngov.sites import SITES

SOURCES = ("nld", "vnexpress")


# --- helpers -------------------------------------------------------------------------------------


def crawl_runs(home: Path) -> dict[str, Path]:
    """source -> the folder of its (single) crawl run; reparse runs are not crawls."""
    runs = {}
    for source in SOURCES:
        folders = [p for p in (home / "landing" / source).iterdir()
                   if p.is_dir() and not p.name.startswith("reparse-")]
        assert len(folders) == 1, folders
        runs[source] = folders[0]
    return runs


def reparse_runs(home: Path, source: str) -> list[Path]:
    return sorted((home / "landing" / source).glob("reparse-*"))


def landed(run: Path) -> list[dict]:
    records = []
    for part in sorted(run.glob(f"*{PART_SUFFIX}")):
        with gzip.open(part, "rt", encoding="utf-8") as fh:
            records.extend(json.loads(line) for line in fh)
    return records


def pages(run: Path, page_type: str) -> list[dict]:
    return [r for r in landed(run) if r["kind"] == "page" and r["page_type"] == page_type]


def warc_records(path: Path) -> list[dict]:
    """Every record of a WARC file (warcio must read them all), the payload as stored."""
    out = []
    with open(path, "rb") as fh:
        for rec in ArchiveIterator(fh):
            http = rec.http_headers
            out.append({
                "type": rec.rec_type,
                "id": rec.rec_headers.get_header("WARC-Record-ID"),
                "concurrent_to": rec.rec_headers.get_header("WARC-Concurrent-To"),
                "url": rec.rec_headers.get_header("WARC-Target-URI"),
                "date": rec.rec_headers.get_header("WARC-Date"),
                "status": (int(http.get_statuscode())
                           if http and rec.rec_type == "response" else None),
                "headers": dict(http.headers) if http else {},
                "payload": rec.raw_stream.read(),
            })
    return out


def responses(path: Path) -> list[dict]:
    return [r for r in warc_records(path) if r["type"] == "response"]


def served_bytes(url: str) -> bytes:
    """The body the replay server sends for url's page: its replay file, with the quirks that
    change the bytes on the wire (vngov/replay.py: padding, gzip, a cut connection)."""
    root = config.replay_dir()
    quirk = load_quirks(root).get(quirk_key(url), {})
    body = replay_file(root, url).read_bytes()
    if quirk.get("pad_to_bytes"):
        body = pad_page(body, int(quirk["pad_to_bytes"]))
    if quirk.get("gzip"):
        body = gzip.compress(body, mtime=0)
    if quirk.get("truncate") is not None:
        body = body[: int(quirk["truncate"])]
    return body


def when(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def article_fields(record: dict) -> dict:
    return {k: record["article"][k] for k in ("title", "lead", "author", "body_text",
                                             "published_at", "parser")}


def copy_home(crawled: Path, tmp_path: Path) -> Path:
    home = tmp_path / "home"
    shutil.copytree(crawled, home)
    return home


@pytest.fixture(scope="module")
def crawled(tmp_path_factory) -> Path:
    """VNGOV_HOME after `vngov crawl --replay` of SOURCES (landing zone only). Tests copy it."""
    home = tmp_path_factory.mktemp("archive") / "home"
    proc = run_vngov(home, "crawl", "--replay", "--sources", ",".join(SOURCES), check=False)
    # A site-change alarm (exit 3) is about the sites' health, not about what was archived.
    assert proc.returncode in (0, ALARM_EXIT), proc.stderr[-4000:]
    return home


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test."""
    def refuse(*args, **kwargs):
        raise AssertionError(f"network access during reparse: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


# --- units ----------------------------------------------------------------------------------------


def test_the_archive_sees_each_response_before_any_middleware_changes_it():
    from scrapy.settings.default_settings import DOWNLOADER_MIDDLEWARES_BASE as BASE

    sys.path.insert(0, str(REPO / "scrapers"))
    from vngov_scrapers import settings

    order = settings.DOWNLOADER_MIDDLEWARES["vngov_scrapers.archive.WarcArchiveMiddleware"]
    # process_response runs from the highest number down: the archive must come first.
    assert order > max(BASE.values())
    assert order > BASE["scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware"]


def test_reparse_undoes_content_encoding_as_the_crawl_does():
    from vngov.reparse import as_crawled

    html = "<html><body><p>Chính phủ</p></body></html>".encode()
    headers, body = as_crawled("https://nld.com.vn/a.htm", 200,
                               [("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
                               gzip.compress(html))
    assert body == html
    assert "Content-Encoding" not in headers and headers["Content-Type"] == "text/html"
    assert as_crawled("https://nld.com.vn/a.htm", 200, [], html) == ({}, html)


# --- the archive ---------------------------------------------------------------------------------


@pytest.mark.slow
def test_every_response_is_archived_as_valid_warc_with_the_bytes_served(crawled):
    articles = listings = 0
    for source, run in crawl_runs(crawled).items():
        warc = run / WARC_FILE
        assert warc.exists(), f"{source}: no {WARC_FILE} in {run}"
        assert not list(run.glob("*.partial")), "the archive is renamed when the spider closes"
        records = warc_records(warc)
        assert {r["type"] for r in records} <= {"warcinfo", "request", "response"}
        by_id = {r["id"]: r for r in records}
        requests = [r for r in records if r["type"] == "request"]
        # Each response is paired with the request that was sent for it.
        assert len(requests) == len(responses(warc))
        assert all(by_id[r["concurrent_to"]]["type"] == "response" for r in requests)

        archived = {r["url"] for r in responses(warc)}
        assert all("127.0.0.1" not in url for url in archived), "the real URL, not the replay's"
        landed_urls = {r["url"] for r in landed(run)
                       if r["kind"] == "page" or r.get("http_status") is not None}
        assert landed_urls <= archived, f"{source}: not archived: {landed_urls - archived}"
        for host in {urlsplit(url).hostname for url in landed_urls}:
            assert f"https://{host}/robots.txt" in archived, f"{source}: robots.txt of {host}"

        # The last answer for a URL is its page (earlier ones: retried errors, a challenge page).
        last = {r["url"]: r for r in responses(warc)}
        for response in last.values():
            if response["status"] == 200:
                assert response["payload"] == served_bytes(response["url"]), response["url"]
        articles += len(pages(run, "article"))
        listings += len(pages(run, "listing"))
    assert articles and listings, "the replay crawl landed no article or no listing to check"


@pytest.mark.slow
def test_a_pages_fetched_at_is_the_archived_fetch_time(crawled):
    # The same instant in both places: a reparse (fetched_at = WARC-Date) of the same fetch then
    # sorts by parsed_at alone against the crawl's row.
    for source, run in crawl_runs(crawled).items():
        archived = {r["url"]: when(r["date"]) for r in responses(run / WARC_FILE)
                    if r["status"] == 200}
        for page in pages(run, "article") + pages(run, "listing"):
            assert when(page["fetched_at"]) == archived[page["url"]], (
                f"{page['url']}: the spider must record the archive's fetch time "
                "(response.meta['vngov_fetched_at'], see scrapers/vngov_scrapers/archive.py)")


# --- reparse -------------------------------------------------------------------------------------


@pytest.mark.slow
def test_reparse_rebuilds_the_same_articles_without_network(crawled, tmp_path, monkeypatch,
                                                            no_network):
    from vngov.reparse import reparse

    home = copy_home(crawled, tmp_path)
    monkeypatch.setenv("VNGOV_HOME", str(home))
    reports = reparse(list(SOURCES))

    for report in reports:
        run = crawl_runs(home)[report.source]
        crawled_articles = {p["url"]: p for p in pages(run, "article")}
        archived = {r["url"]: when(r["date"]) for r in responses(run / WARC_FILE)
                    if r["status"] == 200}
        assert report.changed == 0 and report.first_read == 0, report.line()
        if not crawled_articles:
            continue
        (new_run,) = reparse_runs(home, report.source)
        assert report.run_id == new_run.name
        rebuilt = {p["url"]: p for p in pages(new_run, "article")}
        assert rebuilt.keys() == crawled_articles.keys()
        for url, page in rebuilt.items():
            original = crawled_articles[url]
            assert page["content_sha256"] == original["content_sha256"], url
            assert article_fields(page) == article_fields(original), url
            assert when(page["fetched_at"]) == archived[url], "fetched_at is the original fetch"
            assert when(page["parsed_at"]) > when(original["parsed_at"])
        run_file = json.loads((new_run / "_run.json").read_text("utf-8"))
        assert run_file["finish_reason"] == "reparse"
        assert run_file["parsed"] + run_file["fallback_parsed"] == len(crawled_articles)


@pytest.mark.slow
def test_loads_and_reparses_never_duplicate_pages(crawled, tmp_path):
    home = copy_home(crawled, tmp_path)
    db = home / "warehouse.duckdb"

    def counts():
        return query(db, """select count(*), count(distinct page_id), count(distinct url),
                                   count(*) filter (where page_type = 'article')
                            from raw.pages""")[0]

    run_vngov(home, "load")
    first = counts()
    assert first[0] > 0 and first[3] > 0
    assert first[0] == first[2], "one row per URL after a single crawl"
    run_vngov(home, "load")
    assert counts() == first
    printed = run_vngov(home, "reparse").stdout
    assert all(f"{source}:" in printed for source in SOURCES), printed
    run_vngov(home, "load")
    assert counts() == first, "re-reading the same HTML with the same parser adds nothing"
    assert query(db, "select count(*) from raw.crawl_runs "
                     "where finish_reason = 'reparse'")[0][0] >= 1
    run_vngov(home, "reparse", "--sources", "nld")
    run_vngov(home, "load")
    assert counts() == first


@pytest.mark.slow
def test_a_parser_fix_applies_to_history(crawled, tmp_path, monkeypatch):
    from vngov.load import load
    from vngov.reparse import reparse

    home = copy_home(crawled, tmp_path)
    monkeypatch.setenv("VNGOV_HOME", str(home))
    db = home / "warehouse.duckdb"
    run_vngov(home, "load")
    run_vngov(home, "extract")
    run_vngov(home, "build", "--only", "dbt")
    titles_before = dict(query(db, "select url, title from staging.stg_articles"))
    nld_urls = {p["url"] for p in pages(crawl_runs(home)["nld"], "article")}
    assert nld_urls and nld_urls <= titles_before.keys()
    rows_before = dict(query(db, "select url, count(*) from raw.pages group by url"))

    # A fixed nld parser that reads the title differently; every other site is untouched.
    site = SITES["nld"]
    original_parse = site.parse_article

    def fixed_parse(html, url):
        article = original_parse(html, url)
        return dataclasses.replace(article, title=f"{article.title} (đã sửa)")

    monkeypatch.setattr(site, "parse_article", fixed_parse)
    (report,) = reparse(["nld"])
    assert report.changed == len(nld_urls), report.line()
    load()

    rows_after = dict(query(db, "select url, count(*) from raw.pages group by url"))
    assert {u: rows_after[u] - rows_before[u] for u in rows_after} == {
        u: int(u in nld_urls) for u in rows_after}, "one new row per re-read nld article"
    run_vngov(home, "extract")
    run_vngov(home, "build", "--only", "dbt")

    expected = {u: f"{t} (đã sửa)" if u in nld_urls else t for u, t in titles_before.items()}
    assert dict(query(db, "select url, title from staging.stg_articles")) == expected
    assert dict(query(db, "select url, title from marts.dim_articles")) == expected


# --- a live-like site: compressed bodies, a redirect, an error before success ---------------------

LISTING_URL = "https://nld.com.vn/thoi-su.htm"
MOVED_URL = "https://nld.com.vn/bai-cu-196250101080000001.htm"  # answers 301 to ARTICLE_URL
ARTICLE_URL = "https://nld.com.vn/bai-moi-196250101080000002.htm"  # 503 first, then the article
LISTING_HTML = f'<html><body><a href="{MOVED_URL}">Bài</a></body></html>'.encode()


def live_like_site(root: Path) -> bytes:
    """A replay root for nld whose quirks (vngov/replay.py) behave like a live site. Returns the
    article's bytes."""
    bundled = REPO / "scrapers" / "replay" / "site"
    article = next((bundled / "nld.com.vn").glob("*-196*.htm")).read_bytes()
    site = root / "nld.com.vn"
    site.mkdir(parents=True)
    (site / "robots.txt").write_text("User-agent: *\nAllow: /\n", "utf-8")
    (site / "thoi-su.htm").write_bytes(LISTING_HTML)
    (site / urlsplit(ARTICLE_URL).path.lstrip("/")).write_bytes(article)
    (root / "QUIRKS.json").write_text(json.dumps({
        LISTING_URL: {"gzip": True},
        MOVED_URL: {"redirect": {"status": 301, "to": ARTICLE_URL}},
        ARTICLE_URL: {"status": [503, 200], "gzip": True},
    }), "utf-8")
    return article


@pytest.mark.slow
def test_compressed_redirected_and_failed_responses_are_archived_raw(tmp_path, monkeypatch,
                                                                      no_network):
    from vngov.reparse import reparse

    article_bytes = live_like_site(tmp_path / "site")
    home = tmp_path / "home"
    proc = run_vngov(home, "crawl", "--replay", "--replay-dir", str(tmp_path / "site"),
                     "--sources", "nld", check=False)
    assert proc.returncode in (0, ALARM_EXIT), proc.stderr[-4000:]
    (run,) = (home / "landing" / "nld").iterdir()
    by_url: dict[str, list[dict]] = {}
    for r in responses(run / WARC_FILE):
        by_url.setdefault(r["url"], []).append(r)

    (listing,) = by_url[LISTING_URL]
    assert listing["headers"].get("Content-Encoding") == "gzip"
    assert listing["payload"] == gzip.compress(LISTING_HTML, mtime=0), "stored still compressed"
    (moved,) = by_url[MOVED_URL]
    assert (moved["status"], moved["headers"].get("Location")) == (301, ARTICLE_URL)
    assert [r["status"] for r in by_url[ARTICLE_URL]] == [503, 200], "the failed try is kept"
    assert by_url[ARTICLE_URL][1]["payload"] == gzip.compress(article_bytes, mtime=0)

    (crawled_article,) = pages(run, "article")
    assert crawled_article["url"] == ARTICLE_URL and crawled_article["article"]["title"]

    monkeypatch.setenv("VNGOV_HOME", str(home))
    (report,) = reparse(["nld"])
    (rebuilt,) = pages(reparse_runs(home, "nld")[0], "article")
    assert rebuilt["url"] == ARTICLE_URL
    assert rebuilt["redirected_from"] == [MOVED_URL]
    assert rebuilt["content_sha256"] == crawled_article["content_sha256"]
    assert article_fields(rebuilt) == article_fields(crawled_article)
    assert (report.articles, report.changed, report.rejects) == (1, 0, 0)
