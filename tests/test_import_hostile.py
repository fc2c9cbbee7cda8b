"""`vngov import` of hostile files: every JSONL line and every WARC response record ends as one
article, one reject (with a one-line reason and its bytes) or, in a WARC, one skipped response
that is no article page; a bad one never stops the file."""

from __future__ import annotations

import base64
import gzip
import io
import json
import re
import sys
from http import HTTPStatus

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import REPO, run_vngov
from vngov import importer
from vngov.importer import import_file
from vngov.landing import iter_part_files
from vngov.load import load

BODY = ("Chiều 7.11, Thủ tướng Phạm Minh Chính chủ trì Phiên họp Chính phủ thường kỳ tháng 10. "
        "Thủ tướng yêu cầu Bộ Tài chính hoàn thành báo cáo trước ngày 20/11/2025.")
WHEN = "2025-11-07T18:30:00+07:00"
GOOD = {"url": "https://x.vn/good", "published_at": WHEN, "title": "Họp", "text": BODY}


def article_html(title="Phiên họp Chính phủ", published=WHEN, body=BODY, charset="utf-8"):
    date = f"<meta property='article:published_time' content='{published}'>" if published else ""
    return (f"<html><head><meta charset='{charset}'>{date}<title>{title}</title></head><body>"
            f"<article><h1>{title}</h1><p>{body}</p><p>{body}</p></article></body></html>")


def write_jsonl(tmp_path, rows) -> object:
    path = tmp_path / "articles.jsonl"
    path.write_bytes(b"\n".join(r if isinstance(r, bytes) else json.dumps(r, ensure_ascii=False)
                                .encode() for r in rows))
    return path


def landed(home) -> list[dict]:
    """Every record in the landing zone, in the order written."""
    out = []
    for part in iter_part_files(home / "landing"):
        with gzip.open(part, "rt", encoding="utf-8") as fh:
            out += [json.loads(line) for line in fh]
    return out


def by_url(records, kind) -> dict[str, dict]:
    return {r["url"]: r for r in records if r["kind"] == kind}


def warc_bytes(responses, gz=True, pairs=False, warcinfo=False) -> bytes:
    """A WARC of (url, status, headers, body) responses; pairs adds each one's request record
    and warcinfo a warcinfo record, as a crawl's archive has (scrapers/vngov_scrapers/archive.py)."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz, warc_version="1.1")
    if warcinfo:
        writer.write_record(writer.create_warcinfo_record("responses.warc.gz", {"software": "test"}))
    for url, status, headers, body in responses:
        http = StatusAndHeaders(f"{status} {HTTPStatus(status).phrase}", list(headers),
                                protocol="HTTP/1.1")
        response = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                             length=len(body), http_headers=http)
        if not pairs:
            writer.write_record(response)
            continue
        request = writer.create_warc_record(
            url, "request", payload=io.BytesIO(b""), length=0,
            http_headers=StatusAndHeaders("GET / HTTP/1.1", [("Host", "x")], is_http_request=True))
        writer.write_request_response_pair(request, response)
    return buf.getvalue()


HTML = [("Content-Type", "text/html; charset=utf-8")]


def html_response(url, **kw):
    return (url, 200, HTML, article_html(**kw).encode("utf-8"))


def adds_up(report, records: int) -> None:
    assert report.articles + report.rejects + report.skipped == records, report.line()
    assert (f"imported {report.articles} articles, {report.rejects} rejected, "
            f"{report.skipped} skipped (not article pages)") in report.line()


# --- 1. field types --------------------------------------------------------------------------------


def test_wrong_field_types_are_rejects_naming_the_field_and_line(home, tmp_path):
    bad = [dict(GOOD, title=1), dict(GOOD, text=["a", "b"]), {**GOOD, "text": None, "html": 3},
           dict(GOOD, source=7), dict(GOOD, published_at=20251107), dict(GOOD, url={"href": "x"}),
           dict(GOOD, title={"vi": "Họp"}), dict(GOOD, published_at=True)]
    path = write_jsonl(tmp_path, [*bad, GOOD])

    report = import_file(path)  # today: TypeError on line 1, nothing after it imported
    adds_up(report, len(bad) + 1)
    assert (report.articles, report.rejects) == (1, len(bad))
    records = landed(home)
    assert [r["url"] for r in records if r["kind"] == "page"] == [GOOD["url"]]
    reasons = [r["reason"] for r in records if r["kind"] == "reject"]
    assert reasons[:6] == [
        "line 1: 'title' must be a string, not a number",
        "line 2: 'text' must be a string, not a list",
        "line 3: 'html' must be a string, not a number",
        "line 4: 'source' must be a string, not a number",
        "line 5: 'published_at' must be a string, not a number",
        "line 6: 'url' must be a string, not an object"]
    raw_lines = path.read_bytes().split(b"\n")
    assert [base64.b64decode(r["body_b64"]) for r in records if r["kind"] == "reject"] == raw_lines[:-1]


def test_an_unexpected_error_on_a_line_is_a_reject_naming_it(home, tmp_path):
    # JSON nested deeper than Python's recursion limit: json.loads raises RecursionError, which
    # is no ValueError (today it stops the import).
    deep = b"[" * 100_000 + b"]" * 100_000
    path = write_jsonl(tmp_path, [deep, GOOD])
    report = import_file(path)
    adds_up(report, 2)
    assert (report.articles, report.rejects) == (1, 1)
    [reject] = [r for r in landed(home) if r["kind"] == "reject"]
    assert reject["reason"].startswith("line 1: RecursionError")
    assert "\n" not in reject["reason"] and base64.b64decode(reject["body_b64"]) == deep


# --- 2. source is a name, not a path ---------------------------------------------------------------


@pytest.mark.parametrize("source", ["..", ".", "../../etc", "a/b", "Báo", "x" * 300, ""])
def test_a_source_that_is_no_short_name_is_a_reject(home, tmp_path, source):
    path = write_jsonl(tmp_path, [dict(GOOD, source=source), dict(GOOD, source="baomoi")])
    report = import_file(path)
    adds_up(report, 2)
    assert (report.articles, report.rejects) == (1, 1), report.line()
    [reject] = [r for r in landed(home) if r["kind"] == "reject"]
    assert reject["reason"].startswith("line 1: 'source' ") and "is not a source name" in reject["reason"]
    # nothing was written outside the landing zone's <source>/<run> folders (and the record
    # that this file was imported)
    files = [p.relative_to(home) for p in home.rglob("*") if p.is_file()]
    assert {p.parts[:2] for p in files if p.parts[0] != "imports"} \
        == {("landing", "import"), ("landing", "baomoi")}, files


# --- 3. URLs ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("url, reason", [
    ("http://", "has no host name"),
    ("https:///nohost/a", "has no host name"),
    ("http://../a", "has no valid host name"),
    ("https://x.vn/a b", "contains spaces or control characters"),
    (" https://x.vn/a", "contains spaces or control characters"),
    ("x.vn/a", "must start with http:// or https://"),
    ("ftp://x.vn/a", "must start with http:// or https://"),
    ("javascript:alert(1)", "must start with http:// or https://"),
    ("https://x.vn:99999/a", "is not a URL"),
    ("http://[::1/a", "is not a URL"),
])
def test_a_url_with_no_host_or_junk_is_a_reject(home, tmp_path, url, reason):
    path = write_jsonl(tmp_path, [dict(GOOD, url=url), GOOD])
    report = import_file(path)  # today "http://" lands as an article of source "import"
    adds_up(report, 2)
    assert (report.articles, report.rejects) == (1, 1), report.line()
    [reject] = [r for r in landed(home) if r["kind"] == "reject"]
    assert reject["reason"].startswith("line 1: 'url' ") and reason in reject["reason"]


# --- 4. empty text ---------------------------------------------------------------------------------


def test_empty_text_is_no_text_not_a_missing_field(home, tmp_path):
    rows = [dict(GOOD, text=""), dict(GOOD, text="  \n\t "), {**GOOD, "text": None},
            {**GOOD, "text": None, "html": ""}]
    del rows[2]["text"]
    path = write_jsonl(tmp_path, rows)
    report = import_file(path)
    adds_up(report, 4)
    assert [r["reason"] for r in landed(home)] == [
        "line 1: the article has no text", "line 2: the article has no text",
        "line 3: neither 'html' nor 'text' given",
        "line 4: the article has no text ('html' is empty)"]


# --- 5. html lines and published_at ----------------------------------------------------------------


def test_an_html_page_without_a_date_takes_the_lines_published_at(home, tmp_path):
    undated = {"url": "https://x.vn/undated", "published_at": WHEN,
               "html": article_html(published=None)}
    dated = {"url": "https://x.vn/dated", "published_at": WHEN,
             "html": article_html(published="2024-01-02T08:00:00+07:00")}
    path = write_jsonl(tmp_path, [undated, dated])
    report = import_file(path)  # today the undated page is a reject ("no publish date")
    adds_up(report, 2)
    pages = by_url(landed(home), "page")
    assert set(pages) == {undated["url"], dated["url"]}, report.line()
    # the line's date wins over the page's: it is what the user asserted
    assert {p["article"]["published_at"] for p in pages.values()} == {WHEN}
    assert pages[undated["url"]]["html"] == undated["html"]  # the page as given, not as read
    assert pages[undated["url"]]["article"]["title"] == "Phiên họp Chính phủ"
    assert "Phạm Minh Chính" in pages[undated["url"]]["article"]["body_text"]


def test_an_html_page_without_a_title_takes_the_lines_title(home, tmp_path):
    body = ("<p>" + "Thủ tướng giao Bộ Tài chính hoàn thành trước ngày 25/4/2025 việc sửa đổi "
            "nghị định về thuế. " * 4 + "</p>")
    page = f"<html><head></head><body><article>{body}</article></body></html>"
    rows = [{"url": "https://example.vn/a-1.htm", "published_at": WHEN, "html": page},
            {"url": "https://example.vn/a-2.htm", "published_at": WHEN, "html": page,
             "title": "Họp <Chính phủ> & địa phương"}]
    report = import_file(write_jsonl(tmp_path, rows))
    adds_up(report, 2)
    assert (report.articles, report.rejects) == (1, 1)  # without a title from anywhere: a reject
    pages = by_url(landed(home), "page")
    assert pages[rows[1]["url"]]["article"]["title"] == "Họp <Chính phủ> & địa phương"
    assert pages[rows[1]["url"]]["html"] == page


# --- 6. published_at datetime and DuckDB can hold --------------------------------------------------


def test_a_published_at_that_cannot_be_represented_is_a_reject(home, tmp_path):
    rows = [dict(GOOD, published_at="9999-12-31T23:00:00-05:00"),  # 10000-01-01 in UTC
            dict(GOOD, published_at="0001-01-01T00:00:00+07:00"),  # year 0 in UTC
            dict(GOOD, published_at="2025-02-30T10:00:00+07:00"),
            GOOD]
    path = write_jsonl(tmp_path, rows)
    report = import_file(path)  # today the first two land, and load stores year 10000
    adds_up(report, 4)
    reasons = [r["reason"] for r in landed(home) if r["kind"] == "reject"]
    assert [r.split(":")[0] for r in reasons] == ["line 1", "line 2", "line 3"]
    assert "outside the years 1 to 9999" in reasons[0] and "outside the years 1 to 9999" in reasons[1]
    assert "invalid 'published_at'" in reasons[2]
    assert load().pages_added == 1


def test_dates_validation_would_refuse_are_rejects_before_they_land(home, tmp_path):
    """2030, 1900 and 9999-12-31 are valid datetimes, but the critical raw expectations refuse
    them (after the fetch, before 1945): vngov.door says so at import, not every build after."""
    rows = [dict(GOOD, url=f"https://x.vn/{day}", published_at=f"{day}T00:00:00+07:00")
            for day in ("2030-01-01", "1900-01-01", "9999-12-31")]
    path = write_jsonl(tmp_path, [*rows, GOOD])
    report = import_file(path)  # today all four land, and validation fails from then on
    adds_up(report, 4)
    assert (report.articles, report.rejects) == (1, 3)
    rejects = by_url(landed(home), "reject")
    assert set(rejects) == {r["url"] for r in rows}
    for lineno, row in enumerate(rows, 1):
        reject = rejects[row["url"]]
        assert reject["stage"] == "import" and reject["reason"].startswith(f"line {lineno}: ")
        assert "published_at" in reject["reason"]
        assert json.loads(base64.b64decode(reject["body_b64"])) == row
    assert load().pages_added == 1


def test_pages_the_pre_load_check_would_fail_are_rejects(home, tmp_path, monkeypatch):
    """vngov.door.page_problems (the critical raw expectations) runs on the page records before
    they are written; its stand-in here fails one page of a JSONL and one of a WARC."""
    seen = []

    def page_problems(records):
        seen.extend(records)
        return ["published_at after fetched_at" if "2030" in (r["article"]["published_at"] or "")
                else None for r in records]

    monkeypatch.setattr(importer, "page_problems", page_problems)
    future = dict(GOOD, url="https://x.vn/future", published_at="2030-01-01T00:00:00+07:00")
    path = write_jsonl(tmp_path, [GOOD, future])
    report = import_file(path)
    adds_up(report, 2)
    assert (report.articles, report.rejects) == (1, 1)
    [reject] = [r for r in landed(home) if r["kind"] == "reject"]
    assert (reject["url"], reject["stage"], reject["reason"]) == (
        future["url"], "import", "line 2: published_at after fetched_at")
    assert base64.b64decode(reject["body_b64"]) == path.read_bytes().split(b"\n")[1]

    warc = tmp_path / "w.warc.gz"
    warc.write_bytes(warc_bytes([html_response("https://x.vn/w1"),
                                 html_response("https://x.vn/w2", published="2030-01-01T00:00:00+07:00")]))
    report = import_file(warc)
    adds_up(report, 2)
    assert (report.articles, report.rejects) == (1, 1)
    assert by_url(landed(home), "reject")["https://x.vn/w2"]["reason"] == "published_at after fetched_at"
    assert {r["url"] for r in seen} == {GOOD["url"], future["url"], "https://x.vn/w1", "https://x.vn/w2"}


# --- 7a. WARC records cut short --------------------------------------------------------------------


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
def test_a_warc_record_cut_short_is_a_reject(home, tmp_path, gz):
    complete = warc_bytes([html_response(f"https://x.vn/a{i}") for i in range(3)], gz=gz)
    last = warc_bytes([html_response("https://x.vn/cut", body=BODY * 20)], gz=gz)
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    path.write_bytes(complete + last[: len(last) * 2 // 3])

    report = import_file(path)  # today: 4 articles, the last one cut short
    adds_up(report, 4)
    assert (report.articles, report.rejects) == (3, 1), report.line()
    reject = by_url(landed(home), "reject")["https://x.vn/cut"]
    assert reject["reason"].startswith("WARC record cut short")


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
def test_a_warc_file_cut_anywhere_in_its_last_record_never_stops_the_import(home, tmp_path, gz):
    complete = warc_bytes([html_response(f"https://x.vn/a{i}") for i in range(2)], gz=gz)
    last = warc_bytes([html_response("https://x.vn/cut", body=BODY * 5)], gz=gz)
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    cuts = sorted({*range(1, len(last), max(1, len(last) // 25)), 1, 2, 10, len(last) - 4})
    for cut in cuts:  # today some cuts raise (AttributeError, ArchiveLoadFailed) out of warcio
        path.write_bytes(complete + last[:cut])
        report = import_file(path)
        # the two whole records are articles; the cut one is a reject (or, cut inside its last
        # few bytes with the whole payload there, an article)
        assert report.articles + report.rejects == 3, (cut, report.line())
        assert report.articles >= 2 and report.skipped == 0, (cut, report.line())


# --- 7b. a crawl's own archive ---------------------------------------------------------------------


def test_a_crawls_archive_lands_its_article_pages_and_skips_the_others(home, tmp_path):
    article = "https://vnexpress.net/thu-tuong-chu-tri-phien-hop-4870001.html"
    moved = "https://vnexpress.net/bai-cu-4870002.html"
    rss = ("<?xml version='1.0'?><rss><channel><item><title>1</title>"
           f"<link>{article}</link></item></channel></rss>").encode()
    listing = (f"<html><head><title>Tin tức 24h</title></head><body><article class='item-news'>"
               f"<h3><a href='{article}'>Thủ tướng chủ trì</a></h3><p>{BODY}</p></article>"
               f"</body></html>").encode()
    path = tmp_path / "responses.warc.gz"
    path.write_bytes(warc_bytes([
        ("https://vnexpress.net/robots.txt", 200, [("Content-Type", "text/plain")], b"User-agent: *\n"),
        ("https://vnexpress.net/rss/tin-moi-nhat.rss", 200, [("Content-Type", "application/rss+xml")], rss),
        ("https://vnexpress.net/tin-tuc-24h", 200, HTML, listing),
        (article, 503, HTML, b"<html><body>busy</body></html>"),  # retried by the crawl
        html_response(article),
        (moved, 301, [("Location", "/bai-moi")], b""),
        html_response("https://vnexpress.net/bai-moi"),  # the end of an article's redirect
        ("https://vnexpress.net/mat-bai-4870003.html", 404, HTML, article_html().encode()),
    ], pairs=True, warcinfo=True))

    out = run_vngov(home, "import", str(path)).stdout  # the CLI's one line
    m = re.search(r"imported (\d+) articles, (\d+) rejected, (\d+) skipped \(not article pages\)", out)
    assert m, out
    # 8 response records (the request and warcinfo records are ignored): the robots.txt, feed,
    # listing, redirect and the attempt the crawl retried are skipped
    assert tuple(map(int, m.groups())) == (2, 1, 5), out
    records = landed(home)
    assert set(by_url(records, "page")) == {article, "https://vnexpress.net/bai-moi"}
    reject = by_url(records, "reject")["https://vnexpress.net/mat-bai-4870003.html"]
    assert (reject["stage"], reject["reason"], reject["http_status"]) == ("fetch", "HTTP 404", 404)
    assert load().pages_added == 2


# --- 7c. HTTP errors -------------------------------------------------------------------------------


def test_http_error_responses_are_rejects_with_their_status(home, tmp_path):
    path = tmp_path / "errors.warc.gz"
    path.write_bytes(warc_bytes([
        ("https://x.vn/gone", 404, HTML, article_html().encode()),
        ("https://x.vn/down", 503, HTML, article_html().encode()),
        html_response("https://x.vn/ok")]))
    report = import_file(path)  # today the 404 and 503 pages land as articles
    adds_up(report, 3)
    rejects = by_url(landed(home), "reject")
    assert {u: (r["stage"], r["reason"], r["http_status"]) for u, r in rejects.items()} == {
        "https://x.vn/gone": ("fetch", "HTTP 404", 404),
        "https://x.vn/down": ("fetch", "HTTP 503", 503)}


# --- 7d. charsets ----------------------------------------------------------------------------------


def test_a_windows_1258_page_from_a_warc_decodes_as_in_the_crawl(home, tmp_path):
    sys.path.insert(0, str(REPO / "scrapers" / "replay"))
    from builders.quirks import cp1258_bytes  # legacy editors' encoding: combining tone marks

    body = cp1258_bytes(article_html(charset="windows-1258"))
    path = tmp_path / "legacy.warc"
    path.write_bytes(warc_bytes([("https://x.vn/legacy", 200,
                                  [("Content-Type", "text/html; charset=windows-1258")], body)],
                                gz=False))
    report = import_file(path)  # today: a reject ("'utf-8' codec can't decode")
    adds_up(report, 1)
    [page] = [r for r in landed(home) if r["kind"] == "page"]
    assert "Thủ tướng Phạm Minh Chính chủ trì Phiên họp Chính phủ" in page["article"]["body_text"]
    assert page["article"]["title"] == "Phiên họp Chính phủ"


def test_a_file_imported_before_is_not_landed_again_unless_asked(home, tmp_path):
    from vngov.importer import import_file

    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"url": "https://baochinhphu.vn/a-1.htm", "text": "Nội dung bài.",
                                "published_at": "2025-01-02T08:00:00+07:00"}), "utf-8")
    first = import_file(path)
    again = import_file(path)
    assert again.already and again.run_id == first.run_id and "already imported" in again.line()
    assert len(list((home / "landing").glob("*/*/_run.json"))) == 1
    path.write_text(path.read_text("utf-8") + "\n", "utf-8")  # other bytes: another file
    assert not import_file(path).already
    assert import_file(path, again=True).articles == 1


def test_a_warc_page_keeps_the_time_it_was_received(home, tmp_path):
    """An archive from 2025 imported today is a 2025 fetch: a newer crawl of the URL wins."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "old.warc"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                protocol="HTTP/1.1")
        rec = writer.create_warc_record(
            "https://example.vn/bai-1.htm", "response", http_headers=http,
            payload=io.BytesIO(article_html(published="2025-03-01T08:00:00+07:00").encode()),
            warc_headers_dict={"WARC-Date": "2025-03-02T01:00:00Z"})
        writer.write_record(rec)
    report = import_file(path)
    assert report.articles == 1, report.line()
    [page] = by_url(landed(home), "page").values()
    assert page["fetched_at"].startswith("2025-03-02T01:00:00")
