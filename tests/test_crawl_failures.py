"""What a production crawler meets: each quirk or failure ends as an article or a raw.rejects row.

Units: vngov.pages.read_page (decode, truncation, parsers), the SSRF guard and the cookie
challenge middleware, and the replay server's quirks over real HTTP on 127.0.0.1. One slow
end-to-end test crawls the replay site's failure fixtures (scrapers/replay/builders/quirks.py)
and checks each lands where its FIXTURES row says. Expected texts come from the fixture
definitions (the article texts written for them), never from a parser's earlier output.
"""

from __future__ import annotations

import asyncio
import gzip
import http.client
import json
import sys
import threading
import time
import unicodedata
import urllib.request
from pathlib import Path
from types import SimpleNamespace

import pytest

from conftest import REPO, query, run_vngov

sys.path.insert(0, str(REPO / "scrapers"))
sys.path.insert(0, str(REPO / "scrapers" / "replay"))

from scrapy import Request  # noqa: E402
from scrapy.exceptions import DownloadTimeoutError, IgnoreRequest  # noqa: E402
from scrapy.http import HtmlResponse  # noqa: E402
from scrapy.settings import Settings  # noqa: E402
from scrapy.spidermiddlewares.httperror import HttpError  # noqa: E402

from builders import quirks as Q  # noqa: E402
from vngov.pages import read_page  # noqa: E402
from vngov.replay import (  # noqa: E402
    ReplayServer, challenge_page, pad_page, replay_file, replay_path, replay_relpath,
)
from vngov.sites import thanhhoa_portal  # noqa: E402
from vngov_scrapers.middlewares import (  # noqa: E402
    CookieChallengeMiddleware, Refused, SSRFGuardMiddleware, _resolved_problem, challenge_cookie,
    failure_reason, url_problem,
)

REPLAY = REPO / "scrapers" / "replay" / "site"
HTML = {"Content-Type": "text/html; charset=utf-8"}


def art(key: str) -> dict:
    return Q.ARTICLES[key]


# --- read_page -------------------------------------------------------------------------------------


def test_pdf_is_rejected_at_decode_naming_its_type():
    pdf = Q.minimal_pdf(["THONG BAO"])
    assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
    page = read_page(thanhhoa_portal, Q.R["pdf_file"], 200, {"Content-Type": "application/pdf"}, pdf)
    assert (page.article, page.stage) == (None, "decode")
    assert page.reason == "PDF document (application/pdf), not an article page"
    # A server that calls it a generic download: the bytes still say PDF.
    page = read_page(thanhhoa_portal, Q.R["pdf_file"], 200, {"content-type": b"application/octet-stream"}, pdf)
    assert page.reason == "PDF document (application/octet-stream), not an article page"


def test_other_non_html_is_rejected_and_vague_html_is_read():
    png = b"\x89PNG\r\n\x1a\n" + bytes(64)
    assert read_page(thanhhoa_portal, "https://thanhhoa.gov.vn/a.png", 200, {"Content-Type": "image/png"},
                     png).reason == "image (image/png), not an article page"
    html = Q.article_page("retry", Q.R["retry"]).encode()
    page = read_page(thanhhoa_portal, Q.R["retry"], 200, {"Content-Type": "application/octet-stream"}, html)
    assert page.ok and page.article.title == art("retry")["title"]


def test_windows_1258_page_decodes_to_nfc():
    html = Q.article_page("cp1258", Q.R["cp1258"], charset="windows-1258")
    data = Q.cp1258_bytes(html)
    raw = data.decode("cp1258")
    # The fixture is what legacy pages are: tone marks as combining characters, many of them.
    assert raw != html and unicodedata.normalize("NFC", raw) == html
    assert sum(unicodedata.combining(c) > 0 for c in raw) > 100
    for headers in ({"Content-Type": "text/html; charset=windows-1258"},  # header and <meta>
                    {"Content-Type": "text/html"}):  # only the <meta> says it
        page = read_page(thanhhoa_portal, Q.R["cp1258"], 200, headers, data)
        assert page.encoding == "cp1258"
        assert page.article.title == art("cp1258")["title"]
        assert page.article.body_paragraphs == art("cp1258")["body"]
        assert unicodedata.is_normalized("NFC", page.html) and page.html == html


def test_undeclared_legacy_page_is_read_as_windows_1258():
    html = Q.article_page("cp1258", Q.R["cp1258"], charset="windows-1258").replace(
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258" />\n', "")
    page = read_page(thanhhoa_portal, Q.R["cp1258"], 200, {"Content-Type": "text/html"}, Q.cp1258_bytes(html))
    assert page.encoding == "cp1258" and page.article.title == art("cp1258")["title"]


def test_one_stray_byte_does_not_turn_a_utf8_page_into_mojibake():
    data = Q.article_page("retry", Q.R["retry"]).encode().replace("Chiều 27/3".encode(), b"\xff Chi\xe1\xbb\x81u 27/3")
    page = read_page(thanhhoa_portal, Q.R["retry"], 200, HTML, data)
    assert page.encoding == "utf-8"
    assert page.article.title == art("retry")["title"]
    assert page.article.body_paragraphs[1:] == art("retry")["body"][1:]


def test_truncated_html_is_rejected_with_what_arrived():
    full = Q.article_page("truncated", Q.R["truncated"]).encode()
    cut_at = Q.cut_inside_body(full.decode(), "truncated")
    cut = full[:cut_at]
    # Without the check the site parser would read the cut page as a shorter article.
    partial = thanhhoa_portal.parse_article(cut.decode("utf-8", "ignore"), Q.R["truncated"])
    assert partial.body_paragraphs[:2] == art("truncated")["body"][:2]
    assert len(partial.body_paragraphs) < len(art("truncated")["body"])

    headers = {**HTML, "Content-Length": str(len(full))}
    page = read_page(thanhhoa_portal, Q.R["truncated"], 200, headers, cut)
    assert (page.article, page.stage) == (None, "parse")
    assert page.reason.startswith("truncated HTML: the document ends without </html>")
    assert f"after {cut_at:,} bytes of the {len(full):,} promised by Content-Length" in page.reason
    # No Content-Length (chunked): the unclosed document alone says it.
    assert read_page(thanhhoa_portal, Q.R["truncated"], 200, HTML, cut).reason.startswith("truncated HTML")
    whole = read_page(thanhhoa_portal, Q.R["truncated"], 200, headers, full)
    assert whole.ok and whole.article.body_paragraphs == art("truncated")["body"]


def test_generic_fallback_reads_a_page_the_site_parser_cannot():
    page = read_page(thanhhoa_portal, Q.R["fallback"], 200, HTML, Q.legacy_page("fallback", Q.R["fallback"]).encode())
    assert page.ok and page.fallback and page.article.parser == "trafilatura"
    assert "no .article-content body" in page.site_error
    assert page.article.title == art("fallback")["title"]
    assert page.article.body_paragraphs == art("fallback")["body"]
    assert page.article.published_at == art("fallback")["published"]


def test_both_parsers_failing_gives_both_reasons():
    page = read_page(thanhhoa_portal, Q.R["soft404"], 200, HTML, Q.soft_404_page().encode())
    assert (page.article, page.stage) == (None, "parse")
    assert page.reason.startswith("thanhhoa_portal selectors: ")
    assert "no .article-content body" in page.reason and "; fallback: trafilatura: " in page.reason


def test_a_crashing_site_parser_costs_the_page_not_the_crawl():
    def broken(html, url):
        raise KeyError("title")

    site = SimpleNamespace(NAME="broken", parse_article=broken)
    page = read_page(site, Q.R["fallback"], 200, HTML, Q.legacy_page("fallback", Q.R["fallback"]).encode())
    assert page.fallback and page.site_error == "site parser crashed: KeyError: 'title'"


def test_inline_image_of_30_mb_does_not_cut_the_article():
    html = Q.article_page("huge", Q.R["huge"], padded=True).encode()
    big = pad_page(html, Q.PAD_TO)
    assert len(big) == Q.PAD_TO and b"data:image/jpeg;base64," in big
    page = read_page(thanhhoa_portal, Q.R["huge"], 200, HTML, big)
    assert page.article.body_paragraphs == art("huge")["body"]  # libxml2 alone drops what follows
    assert len(page.html.encode()) == Q.PAD_TO  # what lands is the page as served


def test_a_challenge_page_is_no_article():
    """What a reparse of the archive meets (the crawl itself retried with the cookie)."""
    page = read_page(thanhhoa_portal, Q.R["retry"], 200, HTML, challenge_page("D1N", "ab" * 16))
    assert (page.stage, page.reason) == ("fetch", "cookie challenge not passed: the D1N script page, not the article")


def test_http_error_status_is_a_fetch_reject():
    page = read_page(thanhhoa_portal, Q.R["missing"], 404, HTML, b"<html><body>404</body></html>")
    assert (page.stage, page.reason) == ("fetch", "HTTP 404")


# --- SSRF guard --------------------------------------------------------------------------------------


@pytest.mark.parametrize("url,problem", [
    ("http://10.0.0.7/admin/", "private address"),
    ("http://172.16.4.2/", "private address"),
    ("http://172.31.255.1:8443/x", "private address"),
    ("http://192.168.1.1/login", "private address"),
    ("http://127.0.0.1:8080/internal/status", "loopback address"),
    ("http://127.8.9.10/", "loopback address"),
    ("http://[::1]:9200/", "loopback address"),
    ("http://169.254.169.254/latest/meta-data/", "link-local address"),
    ("http://[fe80::1]/", "link-local address"),
    ("http://[fd12:3456::1]/", "private address"),
    ("http://[::ffff:10.0.0.7]/", "private address"),
    ("http://0.0.0.0/", "unspecified address"),
    ("http://224.0.0.251/", "multicast address"),
    ("http://240.0.0.1/", "reserved address"),
    ("http://100.64.0.1/", "non-public address"),
    ("http://2130706433/", "loopback address"),  # 127.0.0.1 written as one number
    ("http://0x7f.1/", "loopback address"),
    ("http://localhost:6379/", "localhost"),
    ("http://LOCALHOST./", "localhost"),
    ("http://api.localhost/", "localhost"),
    ("file:///etc/passwd", "file scheme"),
    ("http://8.8.8.8/", None),
    ("http://[2001:4860:4860::8888]/", None),
    ("https://thanhhoa.gov.vn/portal/KenhTin/Chi-dao-dieu-hanh.aspx", None),
    ("https://quochoi.vn/tintuc/Pages/tin-hoat-dong-cua-quoc-hoi.aspx?ItemID=1", None),
])
def test_ssrf_guard_table(url, problem):
    assert url_problem(url) == problem


def _guard(replay: bool = True) -> SSRFGuardMiddleware:
    settings = Settings({"VNGOV_REPLAY_URL": "http://127.0.0.1:1" if replay else None})
    return SSRFGuardMiddleware(SimpleNamespace(settings=settings))


def test_ssrf_guard_refuses_a_redirect_hop_with_a_readable_reason():
    guard = _guard()
    hop = Request("http://10.0.0.7/admin/", meta={"redirect_urls": [Q.R["private"]]})
    with pytest.raises(Refused) as refused:
        asyncio.run(guard.process_request(hop))
    assert isinstance(refused.value, IgnoreRequest)  # Scrapy drops it quietly and calls the errback
    assert str(refused.value) == "refused: redirect to http://10.0.0.7/admin/ (private address; SSRF guard)"
    assert failure_reason(refused.value, hop) == str(refused.value)
    with pytest.raises(Refused, match=r"^refused: http://\[::1\]/ \(loopback address; SSRF guard\)$"):
        asyncio.run(guard.process_request(Request("http://[::1]/")))
    assert asyncio.run(guard.process_request(Request(Q.R["retry"]))) is None


def test_live_mode_checks_what_a_host_name_resolves_to():
    assert _guard(replay=False).check_dns and not _guard(replay=True).check_dns
    # localhost resolves from /etc/hosts, no network needed
    assert _resolved_problem("localhost").startswith("localhost resolves to ")
    assert _resolved_problem("localhost").endswith("a loopback address")


def test_failure_reasons_are_readable():
    request = Request(Q.R["stall"], meta={"download_timeout": 4, "retry_times": 2})
    timeout = DownloadTimeoutError("Getting http://127.0.0.1:5/x took longer than 4.0 seconds.")
    assert failure_reason(timeout, request) == "timed out: no response within 4 s (download timeout) (3 attempts)"
    robots = Request("https://muonglat.thanhhoa.gov.vn/portal/Pages/2025-3-12/x.aspx")
    assert failure_reason(IgnoreRequest("Forbidden by robots.txt"), robots) == \
        "refused: disallowed by https://muonglat.thanhhoa.gov.vn/robots.txt"
    missing = Request(Q.R["missing"])
    response = HtmlResponse(Q.R["missing"], status=404, body=b"x", request=missing)
    assert failure_reason(HttpError(response, "Ignoring non-200 response"), missing) == "HTTP 404 Not Found"
    odd = RuntimeError("Getting http://127.0.0.1:4000/thanhhoa.gov.vn/a failed")
    assert failure_reason(odd, missing, "http://127.0.0.1:4000") == \
        "RuntimeError: Getting https://thanhhoa.gov.vn/a failed"


# --- cookie challenge ----------------------------------------------------------------------------------


def test_cookie_challenge_is_passed_by_setting_the_cookie_then_refused():
    name, value = Q.CHALLENGE_COOKIE["name"], Q.CHALLENGE_COOKIE["value"]
    url = "https://quochoi.vn/tintuc/Pages/tin-hoat-dong-cua-quoc-hoi.aspx?ItemID=93615"
    challenge = challenge_page(name, value)
    assert challenge_cookie(challenge) == (name, value)
    mw = CookieChallengeMiddleware()
    request = Request(url)
    retry = mw.process_response(request, HtmlResponse(url, body=challenge, request=request))
    assert isinstance(retry, Request) and retry.url == url and retry.dont_filter
    assert retry.cookies == {name: value}
    again = mw.process_response(retry, HtmlResponse(url, body=challenge, request=retry))
    assert again.meta["challenge_tries"] == 2
    with pytest.raises(Refused) as refused:
        mw.process_response(again, HtmlResponse(url, body=challenge, request=again))
    assert str(refused.value).startswith("cookie challenge not passed")
    assert refused.value.response.body == challenge  # the reject keeps the challenge page
    article = HtmlResponse(url, body=Q.article_page("retry", url).encode(), request=request)
    assert mw.process_response(request, article) is article


def test_a_big_page_that_sets_a_cookie_is_not_a_challenge():
    page = Q.article_page("retry", Q.R["retry"]).replace(
        "</body>", '<script>document.cookie="seen=1";location.reload();</script></body>')
    assert challenge_cookie(page.encode()) is None


# --- replay server quirks over HTTP ---------------------------------------------------------------------


def make_site(tmp_path: Path, files: dict, quirks: dict) -> Path:
    root = tmp_path / "site"
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    root.mkdir(exist_ok=True)
    (root / "QUIRKS.json").write_text(json.dumps(quirks), "utf-8")
    return root


PAGE = "<!DOCTYPE html><html><body><p>Ủy ban nhân dân tỉnh chỉ đạo.</p></body></html>"


def get(base: str, url: str, headers: dict | None = None):
    """(status, headers, body) for the real url asked of the replay server, no redirects followed."""
    host, port = base.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        conn.request("GET", replay_path(url), headers=headers or {})
        r = conn.getresponse()
        return r.status, r.headers, r.read()
    finally:
        conn.close()


def test_query_strings_map_to_their_own_files(tmp_path):
    assert replay_relpath("https://quochoi.vn/tintuc/Pages/x.aspx?ItemID=93615") == \
        "quochoi.vn/tintuc/Pages/x.aspx__ItemID=93615"
    assert replay_relpath("https://a.gov.vn/f.aspx?p=a/b&x=1") == "a.gov.vn/f.aspx__p=a%2Fb&x=1"
    assert replay_relpath("https://a.gov.vn/") == "a.gov.vn/index.html"
    root = make_site(tmp_path, {"a.gov.vn/p.aspx": "list", "a.gov.vn/p.aspx__ItemID=5": "item 5",
                                "a.gov.vn/f.aspx__p=a%2Fb": "slash"}, {})
    assert replay_file(root, "https://a.gov.vn/p.aspx?ItemID=5").name == "p.aspx__ItemID=5"
    assert replay_file(root, "https://a.gov.vn/p.aspx?ItemID=6").name == "p.aspx"  # no own file
    assert replay_file(root, "https://a.gov.vn/../../etc/passwd") is None
    with ReplayServer(root) as base:
        assert get(base, "https://a.gov.vn/p.aspx?ItemID=5")[2] == b"item 5"
        assert get(base, "https://a.gov.vn/p.aspx?ItemID=6")[2] == b"list"
        assert get(base, "https://a.gov.vn/p.aspx")[2] == b"list"
        assert get(base, "https://a.gov.vn/f.aspx?p=a/b")[2] == b"slash"


def test_every_manifest_url_is_served_by_the_committed_site():
    """The builders lay files out by the rule replay_file() serves (quochoi ?ItemID= pages too)."""
    manifest = json.loads((REPLAY / "MANIFEST.json").read_text("utf-8"))
    with_query = [e["url"] for e in manifest if "?" in e["url"]]
    assert with_query, "the quochoi articles differ only by ?ItemID="
    for entry in manifest:
        for url in (entry["url"], entry["listing_url"]):
            assert replay_file(REPLAY, url) is not None, url
    for url in with_query:
        assert replay_file(REPLAY, url) == (REPLAY / replay_relpath(url)).resolve()


def test_status_sequence_then_the_file(tmp_path):
    url = "https://a.gov.vn/p.htm"
    root = make_site(tmp_path, {"a.gov.vn/p.htm": PAGE}, {url: {"status": [500, 503, 200]}})
    with ReplayServer(root) as base:
        assert [get(base, url)[0] for _ in range(4)] == [500, 503, 200, 200]
        assert get(base, url)[2].decode() == PAGE
    with ReplayServer(root) as base:  # a new server starts the sequence again
        assert get(base, url)[0] == 500


def test_stall_answers_late_and_is_released_when_the_server_stops(tmp_path):
    short, long = "https://a.gov.vn/short.htm", "https://a.gov.vn/long.htm"
    root = make_site(tmp_path, {"a.gov.vn/short.htm": PAGE, "a.gov.vn/long.htm": PAGE},
                     {short: {"stall_seconds": 0.4}, long: {"stall_seconds": 120}})
    server = ReplayServer(root)
    base = server.start()
    t0 = time.monotonic()
    assert get(base, short)[2].decode() == PAGE and time.monotonic() - t0 >= 0.4
    outcome = {}

    def ask():
        t = time.monotonic()
        try:
            urllib.request.urlopen(base + replay_path(long), timeout=60).read()
            outcome["answered"] = True
        except (OSError, http.client.HTTPException) as exc:
            outcome["error"] = exc
        outcome["took"] = time.monotonic() - t

    waiter = threading.Thread(target=ask)
    waiter.start()
    time.sleep(0.5)
    assert waiter.is_alive()  # it really stalls
    t1 = time.monotonic()
    server.stop()
    waiter.join(10)
    assert time.monotonic() - t1 < 5 and not waiter.is_alive()
    assert "error" in outcome and outcome["took"] < 10


def test_redirect(tmp_path):
    url = "https://a.gov.vn/old.aspx"
    root = make_site(tmp_path, {}, {url: {"redirect": {"to": "http://10.0.0.7/admin/", "status": 301}}})
    with ReplayServer(root) as base:
        status, headers, _ = get(base, url)
        assert (status, headers["Location"]) == (301, "http://10.0.0.7/admin/")


def test_cookie_challenge_over_http(tmp_path):
    url = "https://quochoi.vn/tintuc/Pages/t.aspx?ItemID=7"
    root = make_site(tmp_path, {"quochoi.vn/tintuc/Pages/t.aspx__ItemID=7": PAGE},
                     {url: {"cookie_challenge": {"name": "D1N", "value": "ab" * 16}}})
    with ReplayServer(root) as base:
        status, _, body = get(base, url)
        assert status == 200 and b"<p>" not in body
        assert challenge_cookie(body) == ("D1N", "ab" * 16)
        assert get(base, url, {"Cookie": "D1N=" + "cd" * 16})[2] == body  # a wrong value: again
        assert get(base, url, {"Cookie": "lang=vi; D1N=" + "ab" * 16})[2].decode() == PAGE


def test_headers_gzip_and_padding(tmp_path):
    legacy, zipped, big = "https://a.gov.vn/l.htm", "https://a.gov.vn/g.htm", "https://a.gov.vn/b.htm"
    page = PAGE.replace("<p>", "<p>" + Q.PAD_MARKER, 1)
    root = make_site(tmp_path, {"a.gov.vn/l.htm": PAGE, "a.gov.vn/g.htm": PAGE, "a.gov.vn/b.htm": page}, {
        legacy: {"headers": {"Content-Type": "text/html; charset=windows-1258", "X-Powered-By": "ASP.NET"}},
        zipped: {"gzip": True}, big: {"pad_to_bytes": 3_000_000}})
    with ReplayServer(root) as base:
        _, headers, _ = get(base, legacy)
        assert headers["Content-Type"] == "text/html; charset=windows-1258"
        assert headers["X-Powered-By"] == "ASP.NET"
        _, headers, body = get(base, zipped)
        assert headers["Content-Encoding"] == "gzip" and gzip.decompress(body).decode() == PAGE
        _, headers, body = get(base, big)
        assert len(body) == int(headers["Content-Length"]) == 3_000_000
        assert body.startswith(PAGE.split("<p>")[0].encode()) and body.endswith(b"</p></body></html>")
        assert b'<p><img alt="" src="data:image/jpeg;base64,' in body


def test_truncate_cuts_the_connection_short_of_content_length(tmp_path):
    url = "https://a.gov.vn/t.htm"
    root = make_site(tmp_path, {"a.gov.vn/t.htm": PAGE}, {url: {"truncate": 40}})
    with ReplayServer(root) as base:
        host, port = base.removeprefix("http://").split(":")
        conn = http.client.HTTPConnection(host, int(port), timeout=10)
        conn.request("GET", replay_path(url))
        response = conn.getresponse()
        assert int(response.headers["Content-Length"]) == len(PAGE.encode())
        with pytest.raises(http.client.IncompleteRead) as cut:
            response.read()
        assert cut.value.partial == PAGE.encode()[:40]
        conn.close()


# --- end to end -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def failure_crawl(tmp_path_factory):
    home = tmp_path_factory.mktemp("failures")
    crawl = run_vngov(home, "crawl", "--replay", "--sources", "thanhhoa_portal,quochoi")
    run_vngov(home, "load")
    summary = run_vngov(home, "summary").stdout
    return home, crawl.stdout, summary


def _quirks() -> dict:
    return json.loads((REPLAY / "QUIRKS.json").read_text("utf-8"))


@pytest.mark.slow
@pytest.mark.parametrize("name", list(Q.FIXTURES))
def test_fixture_lands_where_expected(failure_crawl, name):
    home, _, _ = failure_crawl
    db = home / "warehouse.duckdb"
    linked, expect = Q.FIXTURES[name]
    # A reject is recorded under the URL whose bytes it keeps: the PDF's own URL after the
    # redirect; a hop that was refused or never answered, under the URL the listing gave.
    at = Q.R["pdf_file"] if name == "PDF" else linked
    rejects = query(db, "select stage, reason, http_status, body from raw.rejects where url = ?", [at])
    if expect[0] == "article":
        _, key, final_url = expect
        a = art(key)
        assert rejects == []
        rows = query(db, """select title, body_text, published_at, parser, strlen(html), html
                            from raw.pages where url = ? and page_type = 'article'""", [final_url])
        assert len(rows) == 1, (name, final_url)
        title, body_text, published, parser, html_bytes, html = rows[0]
        assert title == a["title"]
        assert body_text.split("\n\n") == a["body"]
        assert published == a["published"]
        assert unicodedata.is_normalized("NFC", html)
        assert parser == ("trafilatura" if key == "fallback" else "thanhhoa_portal/v1")
        if key == "huge":
            assert html_bytes == Q.PAD_TO  # the whole 30 MB page landed
        if key == "redirects":  # the hops are remembered with the page
            assert "redirected_from" in next(iter(_landed(home, final_url)))
        return
    _, stage, reason = expect
    assert len(rejects) == 1, (name, rejects)
    got_stage, got_reason, status, body = rejects[0]
    assert got_stage == stage and got_reason.startswith(reason), got_reason
    if name == "PDF":
        assert body == (REPLAY / replay_relpath(Q.R["pdf_file"])).read_bytes()
    if name == "connection cut (truncated HTML)":
        assert len(body) == _quirks()[linked]["truncate"]
        assert (REPLAY / replay_relpath(linked)).read_bytes().startswith(body)
    if name == "soft 404, both parsers fail":
        assert body == (REPLAY / replay_relpath(linked)).read_bytes()
    if name == "404 Not Found":
        assert status == 404 and b"404" in body
    if name == "timeout" or "SSRF" in reason or "robots" in reason:
        assert status is None and body == b""


def _landed(home: Path, url: str):
    for part in (home / "landing" / "thanhhoa_portal").glob("*/*.jsonl.gz"):
        with gzip.open(part, "rt", encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                if record["url"] == url and record["kind"] == "page":
                    yield record


@pytest.mark.slow
def test_quochoi_cookie_challenge_is_passed(failure_crawl):
    home, _, _ = failure_crawl
    challenged = [url for url, quirk in _quirks().items() if "cookie_challenge" in quirk]
    assert challenged, "the quochoi builder's article carries the challenge"
    manifest = {e["url"]: e for e in json.loads((REPLAY / "MANIFEST.json").read_text("utf-8"))}
    for url in challenged:
        rows = query(home / "warehouse.duckdb",
                     "select title, html from raw.pages where url = ? and page_type = 'article'", [url])
        assert [r[0] for r in rows] == [manifest[url]["title"]]
        assert "document.cookie" not in rows[0][1]
        assert query(home / "warehouse.duckdb", "select count(*) from raw.rejects where url = ?", [url]) == [(0,)]


@pytest.mark.slow
def test_counts_and_summary_report_the_rejects(failure_crawl):
    home, crawl_out, summary = failure_crawl
    db = home / "warehouse.duckdb"
    expected_rejects = [e for _, e in Q.FIXTURES.values() if e[0] == "reject"]
    by_stage = query(db, "select stage, count(*) from raw.rejects group by 1 order by 1")
    for stage in {e[1] for e in expected_rejects}:
        assert dict(by_stage)[stage] >= sum(e[1] == stage for e in expected_rejects)
    # The run's own count agrees with the rows it landed, and the summary reports both.
    (rejected,) = query(db, "select rejected from raw.crawl_runs where source = 'thanhhoa_portal'")[0]
    (rows,) = query(db, "select count(*) from raw.rejects where source = 'thanhhoa_portal'")[0]
    assert rejected == rows >= len(expected_rejects)
    assert f"{rejected} rejected" in crawl_out
    total = sum(n for _, n in by_stage)
    assert f"rejected in these runs: {total} (" in summary
    for stage, n in by_stage:
        assert f"{n} at {stage}" in summary
    assert "refused: redirect to http://10.0.0.7/admin/ (private address; SSRF guard)" in summary
