"""`vngov reparse`: read the archived responses again with today's parsers, without any network.

Every crawl run archives what it received in landing/<source>/<run_id>/responses.warc.gz
(scrapers/vngov_scrapers/archive.py). After a parser fix, this rebuilds the articles of those
runs (all of them, or one) through the very function the crawl uses (vngov.pages.read_page) and
lands the result as a new run `reparse-<timestamp>` per source: page records whose fetched_at is
the original fetch (the WARC-Date) and whose parsed_at is now, and reject records. `vngov load`
then adds a row only where the parse changed (raw.pages is keyed on url + html + parse), and dbt
prefers, within the latest fetch of a URL, its latest parse.
"""

from __future__ import annotations

import functools
import gzip
import json
import warnings
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import urljoin

from vngov import config
from vngov.landing import (PART_SUFFIX, WARC_FILE, LandingWriter, new_run_id, page_record,
                           reject_record, utcnow_iso)
from vngov.pages import read_page
from vngov.sites import SITES

# What makes two parses "the same": the fields raw.pages hashes (vngov/load.py).
_ARTICLE_FIELDS = ("title", "lead", "author", "body_text", "published_at", "parser")


@dataclass
class ReparseReport:
    source: str
    run_id: str = ""  # the landing run written ("" when there was nothing to re-read)
    archives: list[str] = field(default_factory=list)  # the crawl runs whose WARC was read
    responses: int = 0  # archived 200 responses of article URLs
    articles: int = 0
    fallback: int = 0  # of articles, read by the generic fallback parser
    changed: int = 0  # read differently than the latest earlier parse of the same HTML
    first_read: int = 0  # no earlier parse of that HTML in the landing zone (e.g. was a reject)
    rejects: int = 0

    def line(self) -> str:
        if not self.responses:
            return f"{self.source}: no archived article responses to re-read"
        return (f"{self.source}: re-read {self.responses} archived article responses from "
                f"{len(self.archives)} crawl run(s): {self.articles} articles "
                f"({self.fallback} by the fallback parser; {self.changed} changed, "
                f"{self.first_read} read for the first time), {self.rejects} rejected "
                f"-> landing run {self.run_id}")


def reparse(sources: list[str] | None = None, run_id: str | None = None,
            landing_root: Path | None = None) -> list[ReparseReport]:
    """Re-read the archived article responses of `sources` (default: every site with an archive),
    of every crawl run or only of `run_id`. Returns one report per source."""
    root = landing_root or config.landing_dir()
    unknown = sorted(set(sources or ()) - set(SITES))
    if unknown:
        raise ValueError(f"unknown source(s) {', '.join(unknown)}; known: {', '.join(SITES)}")
    archives = {name: _archives(root, name, run_id) for name in (sources or SITES)}
    if not sources:  # by default only the sites that were crawled
        archives = {name: warcs for name, warcs in archives.items() if warcs}
    if not any(archives.values()):
        which = f"of run {run_id} " if run_id else ""
        raise FileNotFoundError(f"no archived crawl ({WARC_FILE}) {which}under {root}")

    new_run = f"reparse-{new_run_id()}"
    reports = []
    for source, warcs in archives.items():
        report = ReparseReport(source, archives=[w.parent.name for w in warcs])
        if warcs:
            _reparse_source(root, source, warcs, new_run, report)
        reports.append(report)
    return reports


def _archives(root: Path, source: str, run_id: str | None) -> list[Path]:
    """Complete archives of source (a `.partial` one is still being written), oldest run first."""
    return sorted((root / source).glob(f"{run_id or '*'}/{WARC_FILE}"))


def _reparse_source(root: Path, source: str, warcs: list[Path], new_run: str,
                    report: ReparseReport) -> None:
    site = SITES[source]
    earlier = _earlier_parses(root, source)
    started_at = utcnow_iso()
    writer = None
    finish_reason = "reparse"
    try:
        for response in (r for warc in warcs for r in _article_responses(warc, site)):
            if writer is None:  # no landing run for a source with nothing to re-read
                writer = LandingWriter(source, new_run, root)
            report.responses += 1
            writer.write(_record(source, new_run, response, site, earlier, report))
    except BaseException as exc:  # what was re-read still lands; the run says it stopped early
        finish_reason = f"reparse stopped: {type(exc).__name__}: {exc}"[:300]
        raise
    finally:
        if writer is not None:
            report.run_id = new_run
            writer.close({
                "started_at": started_at, "finish_reason": finish_reason,
                "reparsed_runs": report.archives, "fetched": report.responses,
                "parsed": report.articles - report.fallback, "fallback_parsed": report.fallback,
                "rejected": report.rejects, "changed": report.changed,
                "first_read": report.first_read})


def _record(source: str, run_id: str, response: dict, site, earlier: dict,
            report: ReparseReport) -> dict:
    url = response["url"]
    try:
        headers, body = as_crawled(url, response["status"], response["headers"], response["body"])
    except Exception as exc:  # what Scrapy would have refused to decompress
        report.rejects += 1
        return reject_record(url=url, source=source, run_id=run_id, stage="decode",
                             reason=f"cannot undo Content-Encoding: {type(exc).__name__}: {exc}",
                             body=response["body"], status=response["status"])
    result = read_page(site, url, response["status"], headers, body)
    if not result.ok:
        report.rejects += 1
        return reject_record(url=url, source=source, run_id=run_id, stage=result.stage,
                             reason=result.reason, body=body, status=response["status"])
    report.articles += 1
    report.fallback += result.fallback
    article = result.article.to_record()
    record = page_record(url=url, source=source, run_id=run_id, status=response["status"],
                         headers=headers, html=result.html, page_type="article",
                         article=article, fetched_at=response["fetched_at"])
    if response["redirected_from"]:
        record["redirected_from"] = response["redirected_from"]
    record["archived_run_id"] = response["archived_run_id"]  # provenance (not loaded)
    before = earlier.get((url, record["content_sha256"]))
    if before is None:
        report.first_read += 1
    elif _parse_key(before) != _parse_key(article):
        report.changed += 1
    return record


def _parse_key(article: dict) -> tuple:
    return tuple(article.get(k) for k in _ARTICLE_FIELDS)


def _responses(warc: Path):
    """(index, record) of each response record in one WARC, in fetch order."""
    from warcio.archiveiterator import ArchiveIterator

    with open(warc, "rb") as fh:
        index = 0
        for rec in ArchiveIterator(fh):
            if rec.rec_type == "response" and rec.http_headers is not None:
                yield index, rec
                index += 1


@dataclass
class ArticleResponses:
    """Which archived responses the crawl read as article pages, decided in fetch order (for
    `vngov reparse` and for `vngov import` of a WARC alike).

    A response counts when its URL is an article URL, or when it ends a redirect from one (the
    crawl follows a redirect of an article request and parses wherever it lands). Of several
    responses for one URL only the last reached the spider: a middleware retried the others (a
    body cut short) or answered them (a cookie challenge page).
    """

    last: dict[str, int]  # URL -> the number of its last response in the file
    redirected_from: dict[str, list[str]] = field(default_factory=dict)  # target -> sources

    def chain_if_article(self, site, url: str, status: int, location: str | None,
                         number: int) -> list[str] | None:
        """The URLs that redirected to url when this response was read as an article page
        ([] for none); None when it was not: a redirect, a retried attempt, no article URL.
        site None (a host no site module knows) has no URL rule: every page is read."""
        if 300 <= status < 400:
            if location:
                target = urljoin(url, location)
                self.redirected_from[target] = self.redirected_from.get(url, []) + [url]
            return None
        if self.last.get(url, number) != number:
            return None
        chain = self.redirected_from.get(url, [])
        if site is not None and not any(site.is_article_url(u) for u in [url, *chain]):
            return None
        return chain


def _article_responses(warc: Path, site):
    """The archived 200 responses the crawl read as article pages (ArticleResponses), as dicts,
    in fetch order."""
    decide = ArticleResponses(
        last={rec.rec_headers.get_header("WARC-Target-URI"): i for i, rec in _responses(warc)})
    for index, rec in _responses(warc):
        url = rec.rec_headers.get_header("WARC-Target-URI")
        status = int(rec.http_headers.get_statuscode() or 0)
        chain = decide.chain_if_article(site, url, status,
                                        rec.http_headers.get_header("Location"), index)
        if chain is None or status != 200:
            continue
        yield {
            "url": url, "status": status, "headers": list(rec.http_headers.headers),
            "body": rec.raw_stream.read(),  # the payload as received (still Content-Encoded)
            "fetched_at": datetime.fromisoformat(
                rec.rec_headers.get_header("WARC-Date")).isoformat(),
            "redirected_from": chain, "archived_run_id": warc.parent.name,
        }


def as_crawled(url: str, status: int, header_lines: list[tuple[str, str]],
               body: bytes) -> tuple[dict, bytes]:
    """The (headers, body) the spider sees for an archived response: Content-Encoding undone by
    Scrapy's own HttpCompressionMiddleware (so gzip, deflate, br, zstd and its limits behave
    exactly as in the crawl), headers joined as the spider's records hold them."""
    from scrapy.http import Headers, Request, Response

    headers = Headers()
    for name, value in header_lines:
        headers.appendlist(name, value)
    response = _decompressor().process_response(Request(url), Response(url, status=status,
                                                                       headers=headers, body=body))
    joined = {k.decode("latin-1"): b", ".join(v).decode("latin-1")
              for k, v in response.headers.items()}
    return joined, response.body


@functools.cache
def _decompressor():
    from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
    from scrapy.exceptions import ScrapyDeprecationWarning

    with warnings.catch_warnings():  # made without a crawler: Scrapy's default size limits
        warnings.simplefilter("ignore", ScrapyDeprecationWarning)
        return HttpCompressionMiddleware()


def _earlier_parses(root: Path, source: str) -> dict[tuple[str, str], dict]:
    """(url, content_sha256) -> the latest article read from that HTML in the landing zone."""
    latest: dict[tuple[str, str], tuple[str, dict]] = {}
    folder = root / source
    for part in sorted(folder.glob(f"*/*{PART_SUFFIX}")) if folder.exists() else []:
        with gzip.open(part, "rt", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith('{"kind": "reject"'):  # skip their bytes unparsed
                    continue
                rec = json.loads(line)
                if not rec.get("article"):
                    continue
                key = (rec["url"], rec.get("content_sha256"))
                # Sorting on "fetch, then parse" time; a record from before parsed_at sorts first.
                when = f"{rec.get('fetched_at') or ''}|{rec.get('parsed_at') or ''}"
                if key not in latest or when >= latest[key][0]:
                    latest[key] = (when, rec["article"])
    return {key: article for key, (_, article) in latest.items()}
