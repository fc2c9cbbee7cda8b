"""`vngov import FILE`: land articles from a JSONL or WARC file, as a crawl would.

Whatever it holds, every JSONL line and every WARC response record ends as exactly one of:
an article (a landed `page` record), a reject (a landed `reject` record with a one-line reason and
the original bytes) or, in a WARC only, a response skipped because it is no article page. A bad
line never stops the file; the CLI prints the three counts (ImportReport.line).

JSONL: one object a line (blank lines are ignored):
    url           required: an http(s) URL with a host name
    published_at  required: ISO 8601 with a UTC offset, a string. It is the article's publish
                  time, for an `html` line too: the line's value is what the user asserted, so it
                  wins over the date the page gives, and it dates a page that gives none
    source        optional: the landing folder, a short name (^[a-z0-9][a-z0-9._-]{0,62}$, e.g.
                  "baochinhphu"); when absent, the URL's host without "www."
    title         optional: wins over the page's title, and titles a page that has none
    html | text   one of them, not blank: html is read as a crawled page is (vngov.pages.read_page
                  with the URL's site, else the generic parser); text is the body as given
Each field must be a string (or absent / null): a number, list or object is a reject naming the
field and the line.

WARC (.warc, .warc.gz; e.g. a crawl's own responses.warc.gz): each response record is decided
as `vngov reparse` decides what the crawl read: skipped are redirects, responses whose URL their
site does not take for an article URL (robots.txt, feeds, sitemaps, listings) and the attempts
the crawl retried (another response of the same URL follows); the target of a redirect from an
article URL is read. A host of no known site has no URL rule: its responses are all read.
A page is read by vngov.pages.read_page with the record's HTTP headers and its body after
transfer decoding, so charsets, HTTP errors (>= 400) and cut-short pages read as in the crawl;
it keeps the record's WARC-Date as the time it was fetched.
A record the file ends inside is a reject "WARC record cut short". Request, warcinfo and metadata
records are ignored.

Before they are written, page records go through vngov.door.page_problems (the critical raw
expectations): a page that would fail validation later is a reject now, stage "import".
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone
from html import escape as html_escape
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit

from vngov import config
from vngov.door import page_problems
from vngov.landing import LandingWriter, new_run_id, page_record, reject_record
from vngov.pages import PageResult, read_page
from vngov.reparse import ArticleResponses, as_crawled
from vngov.sites import generic, site_for_url
from vngov.sites.base import ParsedArticle, ParseError, nfc

STAGE = "import"
JSONL_FIELDS = ("url", "published_at", "source", "title", "html", "text")
MAX_URL = 4096
# A given source names a landing folder: a short slug, never a path ("." and ".." included).
_SOURCE = re.compile(r"[a-z0-9][a-z0-9._-]{0,62}")
# Host names: dot-separated labels of letters, digits, '-' and '_' (IDN hosts as typed included).
_HOST = re.compile(r"[\w-]{1,63}(?:\.[\w-]{1,63})*")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")  # RFC 3986
BATCH = 200  # page records given to page_problems at a time (one DuckDB query each)
MAX_TAIL = 16 * 1024 * 1024  # bytes kept of a WARC's unreadable end


@dataclass
class ImportReport:
    articles: int = 0
    rejects: int = 0
    skipped: int = 0  # WARC responses that are no article pages (or attempts the crawl retried)
    run_id: str = ""
    already: bool = False  # the same file was imported before, by run_id: nothing landed

    def line(self) -> str:
        if self.already:
            return (f"already imported by run {self.run_id}: nothing landed "
                    "(--again lands it again)")
        return (f"imported {self.articles} articles, {self.rejects} rejected, "
                f"{self.skipped} skipped (not article pages) (run {self.run_id})")


class Invalid(ValueError):
    """A line or record that cannot become an article; the message is the reject's reason."""


@dataclass
class _Outcome:
    """What one line or response record became, before it is written."""

    source: str
    record: dict | None  # a page or reject record; None when skipped (no article page)
    # For a page: its reject (with the original bytes), should the door refuse it.
    reject: Callable[[str], dict] | None = None


def parse_html_article(html: str, url: str, published_at: datetime | None = None,
                       title: str | None = None) -> ParsedArticle:
    """Read an HTML page given as text, as the crawl reads a page (vngov.pages.read_page, the
    URL's site or the generic parser). published_at and title complete a page that lacks its
    own. Raises ParseError with read_page's reason."""
    headers = {"Content-Type": "text/html; charset=utf-8"}
    page = _read(url, None, headers, html.encode("utf-8"))
    if not page.ok and page.stage == "parse" and (published_at is not None or title):
        # The parsers refuse a page without a date or a title: read it again with what the line
        # gives (and when that fails too, its reason is the one that counts).
        page = _read(url, None, headers, _with_line_facts(html, published_at, title).encode("utf-8"))
    if not page.ok:
        raise ParseError(page.reason)
    return page.article


def _read(url: str, status: int | None, headers, body: bytes) -> PageResult:
    """read_page with the URL's site; a host of no known site is read by the generic parser
    alone (read_page would try it twice, and say so twice)."""
    site = site_for_url(url)
    page = read_page(site or generic, url, status, headers, body)
    if site is None and not page.ok and page.site_error:
        page.reason = f"generic parser: {page.site_error}"
    return page


_HEAD = re.compile(r"<head\b[^>]*>", re.IGNORECASE)


def _with_line_facts(html: str, published_at: datetime | None, title: str | None) -> str:
    """html with the line's published_at as <meta property="article:published_time"> and its
    title as <title> and og:title, which the site parsers and the generic one all read."""
    extra = ""
    if published_at is not None:
        extra += f'<meta property="article:published_time" content="{published_at.isoformat()}">'
    if title:
        safe = html_escape(title)
        extra += f'<title>{safe}</title><meta property="og:title" content="{safe}">'
    head = _HEAD.search(html)
    return html[:head.end()] + extra + html[head.end():] if head else extra + html


def import_file(path: Path, again: bool = False) -> ImportReport:
    """Land the file. A file imported before (the same bytes, to its end) is not landed again,
    unless `again`: rerunning an import that finished adds nothing, not even a run."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path} does not exist")
    digest = _file_sha256(path)
    earlier = None if again else _imported_before(digest)
    if earlier:
        return ImportReport(run_id=earlier, already=True)
    run_id = new_run_id()
    report = ImportReport(run_id=run_id)
    writers: dict[str, LandingWriter] = {}
    counts: dict[str, dict[str, int]] = {}  # per source, for its _run.json

    def write(batch: list[_Outcome]) -> None:
        _door(batch)
        for outcome in batch:
            # A record lands under the source it names ("import" for a JSONL line's reject).
            source = outcome.source if outcome.record is None else outcome.record["source"]
            n = counts.setdefault(source, {"articles": 0, "rejects": 0, "skipped": 0})
            kind = ("skipped" if outcome.record is None
                    else "articles" if outcome.record["kind"] == "page" else "rejects")
            n[kind] += 1
            setattr(report, kind, getattr(report, kind) + 1)
            if outcome.record is not None:
                if source not in writers:
                    writers[source] = LandingWriter(source, run_id)
                writers[source].write(outcome.record)
        batch.clear()

    outcomes = (_warc_outcomes if _is_warc(path) else _jsonl_outcomes)(path, run_id)
    batch: list[_Outcome] = []
    try:
        for outcome in outcomes:
            batch.append(outcome)
            if len(batch) >= BATCH:
                write(batch)
        write(batch)
    finally:
        for source, w in writers.items():
            n = counts[source]
            w.close({"fetched": n["articles"] + n["rejects"], "parsed": n["articles"],
                     "rejected": n["rejects"], "skipped": n["skipped"],
                     "finish_reason": "import"})
    _record_import(digest, path, report)
    return report


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _imports_record(digest: str) -> Path:
    """Where a finished import of a file with these bytes is recorded (written last, after every
    source's run is closed, so a killed import is no finished one)."""
    return config.home() / "imports" / f"{digest}.json"


def _imported_before(digest: str) -> str | None:
    """The run that imported a file with these bytes to its end, or None."""
    try:
        return json.loads(_imports_record(digest).read_text(encoding="utf-8"))["run_id"]
    except (OSError, ValueError, KeyError, TypeError):
        return None  # never imported, or the record is unreadable: import it


def _record_import(digest: str, path: Path, report: ImportReport) -> None:
    record = _imports_record(digest)
    record.parent.mkdir(parents=True, exist_ok=True)
    tmp = record.with_name(record.name + ".partial")
    tmp.write_text(json.dumps({"run_id": report.run_id, "file": str(path),
                               "articles": report.articles, "rejects": report.rejects,
                               "skipped": report.skipped}), encoding="utf-8")
    os.replace(tmp, record)


def _door(batch: list[_Outcome]) -> None:
    """Turn the page records a critical raw expectation would fail into rejects, in place."""
    pages = [o for o in batch if o.record is not None and o.record["kind"] == "page"]
    if not pages:
        return
    try:
        problems = page_problems([o.record for o in pages])
    except Exception:  # one odd record must not cost the batch: check them one by one
        problems = [_door_one(o.record) for o in pages]
    for outcome, problem in zip(pages, problems):
        if problem:
            outcome.record = outcome.reject(problem)


def _door_one(record: dict) -> str | None:
    try:
        return page_problems([record])[0]
    except Exception as exc:
        return f"the raw expectations cannot check it: {type(exc).__name__}: {exc}"


# --- checks shared by JSONL lines and WARC records ---------------------------------------------


def _one_line(text: str, limit: int = 500) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _url_problem(url: str, name: str = "'url'") -> str | None:
    """Why url is not an http(s) URL with a host name, or None."""
    if len(url) > MAX_URL:
        return f"{name} is longer than {MAX_URL} characters"
    if not url.isprintable() or " " in url:
        return f"{name} contains spaces or control characters"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError as exc:
        return f"{name} is not a URL ({exc})"
    if parts.scheme not in ("http", "https"):
        return f"{name} must start with http:// or https://" + (
            f" (not {parts.scheme}:)" if parts.scheme else "")
    host = parts.hostname
    if not host:
        return f"{name} has no host name"
    if len(host) > 253 or not _HOST.fullmatch(host):
        return f"{name} has no valid host name ({host[:70]!r})"
    return None


def _default_source(url: str) -> str:
    return (urlsplit(url).hostname or "import").removeprefix("www.")


def _representable(when: datetime, what: str) -> None:
    """Raise Invalid when a time-zone-aware datetime falls outside years 1-9999 in UTC: DuckDB
    would store 9999-12-31T23:00-05:00 as 10000-01-01, but Python (pandas, GX, the marts)
    could not read it back."""
    try:
        when.astimezone(timezone.utc)
    except OverflowError:
        raise Invalid(f"{what} {when.isoformat()} is out of range: in UTC it falls outside "
                      "the years 1 to 9999") from None


# --- JSONL -------------------------------------------------------------------------------------


def _jsonl_outcomes(path: Path, run_id: str):
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            raw = raw.rstrip(b"\r\n")
            if not raw.strip():
                continue
            obj = None
            try:
                try:
                    # utf-8-sig: a BOM before the first line (Windows editors) is no character
                    obj = json.loads(raw.decode("utf-8-sig" if lineno == 1 else "utf-8"))
                except UnicodeDecodeError as exc:
                    raise Invalid(f"not UTF-8 ({exc})") from None
                except json.JSONDecodeError as exc:
                    raise Invalid(f"not JSON ({exc})") from None
                source, url, article, html = _article_from_json(obj)
                record = page_record(url=url, source=source, run_id=run_id, status=200,
                                     headers={}, html=html, page_type="article", article=article)
            except (Invalid, ParseError) as exc:
                reason = str(exc)
            except Exception as exc:  # whatever else a line holds costs that line only
                reason = f"{type(exc).__name__}: {exc}"
            else:
                yield _Outcome(source, record, _line_reject(path, run_id, lineno, raw, obj))
                continue
            yield _Outcome(STAGE, _line_reject(path, run_id, lineno, raw, obj)(reason))


def _line_reject(path: Path, run_id: str, lineno: int, raw: bytes, obj) -> Callable[[str], dict]:
    """The reject of one line, given its reason: "line N: <reason>", with the line's bytes."""
    def reject(reason: str) -> dict:
        return reject_record(url=_reject_url(obj, path, lineno), source=STAGE, run_id=run_id,
                             stage=STAGE, reason=_one_line(f"line {lineno}: {reason}"), body=raw)
    return reject


def _reject_url(obj, path: Path, lineno: int) -> str:
    """The line's url when it has a usable one, else file:line."""
    url = obj.get("url") if isinstance(obj, dict) else None
    if isinstance(url, str) and url.strip() and len(url) <= MAX_URL and url.isprintable():
        return url
    return f"{path.name}:{lineno}"


_JSON_TYPES = {bool: "true/false", int: "a number", float: "a number", list: "a list",
               dict: "an object"}


def _article_from_json(obj) -> tuple[str, str, dict, str]:
    """Validate one JSONL object; return (source, url, article record, html). Raises Invalid
    or ParseError (the reason)."""
    if not isinstance(obj, dict):
        raise Invalid("the line is not a JSON object")
    for key in JSONL_FIELDS:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise Invalid(f"'{key}' must be a string, not {_JSON_TYPES.get(type(value), 'that')}")
        if value is not None and not _utf8(value):  # "\ud800" is valid JSON, not valid text
            raise Invalid(f"'{key}' holds a lone surrogate (\\ud800-\\udfff), not text")

    url = obj.get("url")
    if url is None:
        raise Invalid("missing 'url'")
    problem = _url_problem(url)
    if problem:
        raise Invalid(problem)
    published_at = _published_at(obj.get("published_at"))
    source = obj.get("source")
    if source is None:
        source = _default_source(url)
    elif not _SOURCE.fullmatch(source):
        raise Invalid(f"'source' {source[:70]!r} is not a source name: 1 to 63 lower-case "
                      "letters, digits, '.', '_' or '-', starting with a letter or digit")

    html, text, title = obj.get("html"), obj.get("text"), obj.get("title")
    if html is None and text is None:
        raise Invalid("neither 'html' nor 'text' given")
    if html is not None and html.strip():
        parsed = parse_html_article(html, url, published_at, title)
        body, parser = parsed.body_text, parsed.parser
        title = title or parsed.title
        lead, author = parsed.lead, parsed.author
    elif text is not None:
        body, parser, lead, author = nfc(text), "import:text", None, None
    else:  # html given but blank, and no text
        raise Invalid("the article has no text ('html' is empty)")
    if not body.strip():
        raise Invalid("the article has no text")
    article = {"title": nfc(title) if title else None, "lead": lead, "author": author,
               "body_text": body, "published_at": published_at.isoformat(), "parser": parser}
    return source, url, article, html or ""


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _published_at(value: str | None) -> datetime:
    if value is None:
        raise Invalid("missing 'published_at' (ISO 8601 with offset)")
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise Invalid(f"invalid 'published_at' {value[:70]!r} (ISO 8601 with offset)") from None
    if when.tzinfo is None:
        raise Invalid("'published_at' has no UTC offset")
    _representable(when, "'published_at'")
    return when


# --- WARC --------------------------------------------------------------------------------------


def _is_warc(path: Path) -> bool:
    with open(path, "rb") as fh:
        head = fh.read(4)
    return head.startswith(b"WARC") or head[:2] == b"\x1f\x8b" and ".warc" in path.name


def _warc_outcomes(path: Path, run_id: str):
    from warcio.archiveiterator import ArchiveIterator

    seen = _Seen(ArticleResponses(last=_last_responses(path)))
    error = None
    with open(path, "rb") as fh:
        records = ArchiveIterator(fh)
        try:
            for rec in records:
                if rec.rec_type == "response" or _cut_unknown(rec):
                    yield _response_outcome(rec, seen, run_id)
        except Exception as exc:  # warcio cannot read on (a record cut in its headers, junk)
            error = f"{type(exc).__name__}: {exc}"
        # Where the last record warcio read ended (a file offset, compressed for .warc.gz).
        end = records.offset
    tail = _unread_tail(path, end, error, run_id)
    if tail is not None:
        yield tail


@dataclass
class _Seen:
    """What one pass over a WARC has seen so far."""

    articles: ArticleResponses  # which responses the crawl read as article pages
    number: int = 0  # response records read


def _last_responses(path: Path) -> dict[str, int]:
    """URL -> the number of its last response record (1, 2, ...): of several responses for one
    URL, the crawl read the last one only (a middleware retried the others)."""
    from warcio.archiveiterator import ArchiveIterator

    last, number = {}, 0
    try:
        with open(path, "rb") as fh:
            for rec in ArchiveIterator(fh):
                if rec.rec_type == "response" or _cut_unknown(rec):
                    number += 1
                    last[rec.rec_headers.get_header("WARC-Target-URI")] = number
    except Exception:  # the reading pass reports what cannot be read
        pass
    return last


# The WARC record types that are no response (ignored, like their cut-short copies).
_OTHER_TYPES = {"warcinfo", "request", "metadata", "resource", "revisit", "conversion",
                "continuation"}


def _cut_unknown(rec) -> bool:
    """A record whose headers the file ends inside, before its type was complete (warcio then
    yields it with a type of None, '' or 'resp'): it may have been a response."""
    return (rec.format == "warc" and rec.rec_headers.get_header("Content-Length") is None
            and rec.rec_type not in _OTHER_TYPES)


def _response_outcome(rec, seen: _Seen, run_id: str) -> _Outcome:
    """One response record: an article, a reject or skipped (None). Never raises."""
    seen.number += 1
    number = seen.number
    url = rec.rec_headers.get_header("WARC-Target-URI") or ""
    source, body, status = STAGE, b"", None

    def reject(reason: str, stage: str = STAGE, kept: bytes | None = None) -> _Outcome:
        """The record's reject; kept: the bytes to keep (default: the payload as received)."""
        usable = url and url.isprintable() and len(url) <= MAX_URL
        return _Outcome(source, reject_record(
            url=url if usable else f"WARC response {number}", source=source, run_id=run_id,
            stage=stage, reason=_one_line(reason), body=body if kept is None else kept,
            status=status))

    try:
        body = rec.raw_stream.read()  # the payload as received (still Content-Encoded)
        # warcio stops at the end of the file without a word: bytes the record's
        # Content-Length promised that never came mean the file was cut inside this record.
        missing = getattr(rec.raw_stream, "limit", 0) or 0
        if rec.format == "warc" and rec.rec_headers.get_header("Content-Length") is None:
            return reject("WARC record cut short: the file ends inside its headers "
                          "(no Content-Length)")
        scheme = _SCHEME.match(url)
        if scheme and scheme.group(1).lower() not in ("http", "https") and not missing:
            return _Outcome(source, None)  # dns:, ftp: ... responses: no web page
        problem = _url_problem(url, "WARC-Target-URI")
        if problem:
            return reject(problem)
        source = _default_source(url)
        if missing:
            return reject(f"WARC record cut short: the file ends {missing:,} bytes before the "
                          f"end of this record ({len(body):,} bytes of payload read)")
        if rec.http_headers is None:
            return reject("WARC response record without HTTP headers")
        try:
            status = int(rec.http_headers.get_statuscode())
        except (TypeError, ValueError):
            return reject(f"HTTP status line not understood: {rec.http_headers.statusline!r}")

        # Article page or not, as `vngov reparse` decides.
        chain = seen.articles.chain_if_article(site_for_url(url), url, status,
                                               rec.http_headers.get_header("Location"), number)
        if chain is None:
            return _Outcome(source, None)

        return _read_response(rec, url, status, body, source, run_id, chain, reject)
    except Exception as exc:  # whatever else a record holds costs that record only
        return reject(f"{type(exc).__name__}: {exc}")


def _read_response(rec, url, status, body, source, run_id, chain, reject) -> _Outcome:
    header_lines = list(rec.http_headers.headers)
    if "chunked" in (rec.http_headers.get_header("Transfer-Encoding") or "").lower():
        # Scrapy's downloader de-chunks before anything sees the body (the crawl's own archive
        # stores it de-chunked); other tools' WARCs keep the chunks.
        from warcio.bufferedreaders import ChunkedDataReader

        body = ChunkedDataReader(io.BytesIO(body)).read()
    try:
        headers, payload = as_crawled(url, status, header_lines, body)
    except Exception as exc:  # what Scrapy would have refused to decompress
        return reject(f"cannot undo Content-Encoding: {type(exc).__name__}: {exc}", "decode")
    page = _read(url, status, headers, payload)
    if not page.ok:
        return reject(page.reason, page.stage, payload)
    try:
        _representable(page.article.published_at, "the page's publish date")
    except Invalid as exc:
        return reject(str(exc), STAGE, payload)
    record = page_record(url=url, source=source, run_id=run_id, status=status, headers=headers,
                         html=page.html, page_type="article", article=page.article.to_record(),
                         fetched_at=_warc_date(rec))
    if chain:
        record["redirected_from"] = chain
    return _Outcome(source, record, lambda reason: reject(reason, STAGE, payload).record)


def _warc_date(rec) -> str | None:
    """When the archived response was received (WARC-Date), so an old archive imported today
    does not pass for a newer fetch than the crawl's; None (now) when it is missing or odd."""
    try:
        when = datetime.fromisoformat(rec.rec_headers.get_header("WARC-Date") or "")
    except ValueError:
        return None
    return when.isoformat() if when.tzinfo is not None else None


_NEXT_RECORD = re.compile(rb"\r?\n\r?\nWARC/\d\.\d+\r?\n")


def _first_record(tail: bytes) -> tuple[bytes, bool]:
    """(the start of the first record in tail, decompressed; whether tail holds nothing else)."""
    if tail[:2] != b"\x1f\x8b":
        return tail[:65536], _NEXT_RECORD.search(tail) is None
    member = zlib.decompressobj(16 + zlib.MAX_WBITS)  # one gzip member: one record
    try:
        head = member.decompress(tail[:65536], 65536)
    except zlib.error:
        return b"", False
    if member.eof:
        return head, not (member.unused_data + tail[65536:]).strip()
    return head, len(tail) <= 65536 and not member.unconsumed_tail  # the file ends inside it


def _unread_tail(path: Path, offset: int, error: str | None, run_id: str) -> _Outcome | None:
    """A reject for what follows the last record warcio read, unless that is nothing (or
    blank), or a cut record that is no response: the file was cut inside a record's headers
    (warcio then ends without a word) or warcio failed on it (error)."""
    with open(path, "rb") as fh:
        size = fh.seek(0, io.SEEK_END)
        fh.seek(offset)
        tail = fh.read(MAX_TAIL)
    if not tail.strip():
        return None
    head, alone = _first_record(tail)
    kind = re.search(rb"(?im)^WARC-Type:[ \t]*(\S+)", head)
    if kind and kind.group(1).lower() != b"response" and (error is None or alone):
        return None  # a cut request or metadata record: ignored like a whole one
    target = re.search(rb"(?im)^WARC-Target-URI:[ \t]*<?([^\s>]+)", head)
    url = target.group(1).decode("utf-8", "replace") if target else ""
    source = STAGE if not url or _url_problem(url) else _default_source(url)
    kept = "" if len(tail) == size - offset else f"; its first {len(tail):,} bytes kept"
    if error is None:
        reason = (f"WARC record cut short: the file ends inside the headers of the record at "
                  f"byte {offset:,}")
    else:
        reason = (f"WARC record unreadable at byte {offset:,} ({error}); the rest of the file, "
                  f"{size - offset:,} bytes, was not read{kept}")
    return _Outcome(source, reject_record(url=url or f"{path.name}@{offset}", source=source,
                                          run_id=run_id, stage=STAGE, reason=_one_line(reason),
                                          body=tail))
