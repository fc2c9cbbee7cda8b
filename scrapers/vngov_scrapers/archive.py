"""Every response the crawler receives, archived as WARC/1.1 next to the run's landing files.

    <landing>/<source>/<run_id>/responses.warc.gz

One request + response record pair per response (gzip per record): robots.txt, listings, feeds,
redirects, errors before any retry, challenge pages and articles, with the body exactly as it came
off the wire (still Content-Encoded). `vngov reparse` rebuilds articles from this archive when a
parser is fixed, without fetching anything again. A request that got no response at all (timeout,
DNS) leaves nothing to archive; its reject in the landing zone says why.

The file is written under a `.partial` name and renamed when the spider closes, so a reader never
sees half an archive. The run folder is held (landing.hold_run_dir) meanwhile, so
landing.remove_dead_partials removes the `.partial` of a killed crawl only.

Known limits of "as received": Scrapy does not keep the reason phrase, so the status line carries
the standard phrase of the code; header names come title-cased (Scrapy normalizes them); the body
is already de-chunked (see _response_headers).
"""

from __future__ import annotations

import logging
import os
from datetime import datetime, timezone
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

from scrapy import signals
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from vngov.landing import WARC_FILE, hold_run_dir, run_dir

logger = logging.getLogger(__name__)

# Where in DOWNLOADER_MIDDLEWARES this goes. process_response runs from the highest number down,
# so 950 (above every built-in, HttpCacheMiddleware at 900 included) sees each response first,
# straight from the download handler:
#   - before HttpCompressionMiddleware (590) decompresses it: the payload is the raw bytes;
#   - before RedirectMiddleware (600) turns a 3xx into a new request: redirects are archived;
#   - before RetryMiddleware (550) swallows a 5xx to retry it: every failed attempt is archived.
# Its process_request also runs last, so the archived request carries the final headers
# (User-Agent, Accept-Encoding, cookies) that were actually sent.
ORDER = 950

# The meta key holding when the response arrived (the WARC-Date, ISO 8601 UTC): the spider can use
# it as the page's fetched_at, so a reparse of the archived response gets the very same fetch time.
FETCHED_AT_META = "vngov_fetched_at"


class WarcArchiveMiddleware:
    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self._fh = None
        self._writer: WARCWriter | None = None
        self._partial: Path | None = None
        self._lock = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def spider_opened(self, spider):
        root = self.crawler.settings.get("VNGOV_LANDING_DIR")
        folder = run_dir(spider.name, spider.run_id, Path(root) if root else None)
        self._lock = hold_run_dir(folder)  # released once the archive is renamed
        self._partial = folder / f"{WARC_FILE}.partial"
        self._fh = open(self._partial, "wb")
        self._writer = WARCWriter(self._fh, gzip=True, warc_version="1.1")
        self._writer.write_record(self._writer.create_warcinfo_record(WARC_FILE, {
            "software": "vngov (Scrapy + warcio)",
            "format": "WARC File Format 1.1",
            "isPartOf": f"{spider.name}/{spider.run_id}",
            "http-header-user-agent": self.crawler.settings.get("USER_AGENT"),
            "robots": "obey" if self.crawler.settings.getbool("ROBOTSTXT_OBEY") else "ignore",
        }))

    def spider_closed(self, spider, reason):
        if self._fh is None:
            return
        self._fh.close()
        os.replace(self._partial, self._partial.with_name(WARC_FILE))
        self._lock.close()
        self._fh = self._writer = self._lock = None

    def process_response(self, request, response, spider=None):
        if self._writer is None or "cached" in response.flags:  # a cache hit was not received
            return response
        fetched_at = datetime.now(timezone.utc)
        request.meta[FETCHED_AT_META] = fetched_at.isoformat()
        try:
            self._write(request, response, fetched_at)
            if self.stats:
                self.stats.inc_value("warc/records")
        except Exception:  # a full disk must not drop the page from the crawl itself
            logger.exception("could not archive %s", response.url)
            if self.stats:
                self.stats.inc_value("warc/errors")
        return response

    def _write(self, request, response, fetched_at: datetime) -> None:
        # A UTC datetime without tzinfo, as warcio formats it (with microseconds in WARC/1.1).
        warc_date = fetched_at.replace(tzinfo=None).isoformat() + "Z"
        url = response.url  # the real URL (the replay handler puts it back)
        warc_headers = {"WARC-Date": warc_date}
        if response.ip_address is not None:
            warc_headers["WARC-IP-Address"] = str(response.ip_address)

        status = response.status
        try:
            phrase = HTTPStatus(status).phrase
        except ValueError:
            phrase = ""
        protocol = response.protocol or "HTTP/1.1"
        http_headers = StatusAndHeaders(f"{status} {phrase}".strip(), _response_headers(response),
                                        protocol=protocol)
        response_record = self._writer.create_warc_record(
            url, "response", payload=BytesIO(response.body), length=len(response.body),
            http_headers=http_headers, warc_headers_dict=warc_headers)

        parts = urlsplit(request.url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        request_headers = _header_lines(request.headers)
        if not any(name.lower() == "host" for name, _ in request_headers):
            request_headers.insert(0, ("Host", parts.netloc))
        # Scrapy's HTTP/1.1 handler sends every request as HTTP/1.1, whatever the server answers.
        request_record = self._writer.create_warc_record(
            url, "request", payload=BytesIO(request.body), length=len(request.body),
            http_headers=StatusAndHeaders(f"{request.method} {target} HTTP/1.1",
                                          request_headers, is_http_request=True),
            warc_headers_dict=dict(warc_headers))
        self._writer.write_request_response_pair(request_record, response_record)


def _header_lines(headers) -> list[tuple[str, str]]:
    """Scrapy Headers -> (name, value) pairs, one per value, order kept."""
    return [(name.decode("latin-1"), value.decode("latin-1"))
            for name, values in headers.items() for value in values]


def _response_headers(response) -> list[tuple[str, str]]:
    lines = []
    for name, value in _header_lines(response.headers):
        # The body is already de-chunked: a reader that saw "chunked" would try to de-chunk it
        # again. Keep the fact under the name web archives use for such headers.
        if name.lower() == "transfer-encoding":
            name = "X-Archive-Orig-Transfer-Encoding"
        lines.append((name, value))
    return lines
