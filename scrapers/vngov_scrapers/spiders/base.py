"""Crawl logic shared by every site: discovery -> articles -> landing records.

A site module (vngov.sites.<name>) supplies its entry points (FEEDS, SITEMAPS, LISTINGS),
parse_listing(), next_listing_page() and parse_article(); see vngov/sites/__init__.py.

Discovery is incremental: links an earlier run landed as articles, or rejected for good (a 404,
robots.txt, a PDF: landing/<source>/*/_known.txt), are not fetched again, and a listing stops paging at the first page that holds only known links,
only links older than --since, or no links. A backfill (--backfill with --since/--until) pages on
past known links, bounded by the dates the listings give. Whatever cannot become an article
becomes a reject with its reason and bytes; the crawl goes on.
"""

from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

import scrapy
from scrapy.http import HtmlResponse
from scrapy.utils.gz import gunzip

from vngov.config import VIETNAM_TZ
from vngov.landing import known_urls, new_run_id, page_record, reject_record
from vngov.pages import read_page
from vngov.sites.base import Link, sitemap_children
from vngov_scrapers.middlewares import failure_reason, gone_for_good

# How deep a listing is paged: a daily run stops much earlier (at known links); the caps only
# bound a site whose paging never ends.
MAX_PAGES_DAILY = 30
MAX_PAGES_BACKFILL = 2000


def _headers(response) -> dict:
    return {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()}


def _day(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


class SiteSpider(scrapy.Spider):
    site = None  # the vngov.sites module this spider crawls

    def __init__(self, run_id=None, since=None, until=None, backfill=False, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.run_id = run_id or new_run_id()
        self.since, self.until = _day(since), _day(until)
        self.backfill = bool(backfill) and backfill != "0"
        if self.backfill and self.since is None:
            raise ValueError("a backfill needs --since (the oldest day to walk back to)")
        self.max_pages = MAX_PAGES_BACKFILL if self.backfill else MAX_PAGES_DAILY
        self.known: set[str] = set()
        self.listed: set[str] = set()  # article links found in this run (each requested once)
        self.reject_reasons: Counter = Counter()  # "stage: reason" -> n, for the alarm message
        self.counts = Counter(listing_pages=0, discovered=0, known=0, out_of_range=0, fetched=0,
                              parsed=0, fallback_parsed=0, rejected=0, skipped_old=0)

    def _entry(self, url, kind):
        return scrapy.Request(url, callback=self.parse_listing, errback=self.on_error,
                              cb_kwargs={"kind": kind, "page": 1})

    async def start(self):
        landing = self.settings.get("VNGOV_LANDING_DIR")
        # A backfill fetches nothing it has either; it only pages on past what it has.
        self.known = known_urls(self.name, Path(landing) if landing else None)
        for url in getattr(self.site, "FEEDS", ()):
            yield self._entry(url, "feed")
        for url in getattr(self.site, "SITEMAPS", ()):
            yield self._entry(url, "sitemap")
        for url in getattr(self.site, "LISTINGS", ()):
            yield self._entry(url, "listing")
        day_listing = getattr(self.site, "day_listing_url", None)
        if self.backfill and day_listing is not None:
            day, last = self.since, self.until or datetime.now(VIETNAM_TZ).date()
            while day <= last:
                yield self._entry(day_listing(day), "day")
                day += timedelta(days=1)

    def _page(self, response, page_type, article=None):
        record = page_record(url=response.url, source=self.name, run_id=self.run_id,
                             status=response.status, headers=_headers(response),
                             html=_text(response), page_type=page_type, article=article,
                             # the archive's WARC-Date, so a reparse of this fetch sorts with it
                             fetched_at=response.meta.get("vngov_fetched_at"))
        redirected_from = response.meta.get("redirect_urls")
        if redirected_from:
            record["redirected_from"] = list(redirected_from)
        return record

    def in_range(self, published_at) -> str | None:
        """'old' / 'new' when a listing date falls outside --since/--until, else None."""
        if published_at is None:
            return None
        day = published_at.astimezone(VIETNAM_TZ).date()
        if self.since and day < self.since:
            return "old"
        if self.until and day > self.until:
            return "new"
        return None

    def _reject(self, url, stage, reason, body=b"", status=None, retry=True, redirected_from=()):
        """A reject record; retry=False when a later run would only fail the same way, so the
        URL counts as known (its bytes are kept, and `vngov reparse` can still read them)."""
        self.counts["rejected"] += 1
        self.reject_reasons[f"{stage}: {reason}"[:200]] += 1
        self.logger.warning("rejected %s at %s: %s", url, stage, reason)
        record = reject_record(url=url, source=self.name, run_id=self.run_id, stage=stage,
                               reason=reason, body=body, status=status)
        record["retry"] = retry
        if redirected_from:
            record["redirected_from"] = list(redirected_from)
        return record

    def parse_listing(self, response, kind="listing", page=1):
        self.counts["listing_pages"] += 1
        yield self._page(response, "listing")
        body = _listing_body(response)
        if kind == "sitemap":
            for child in sitemap_children(body, response.url):
                if self.in_range(child.published_at) != "old" or self.backfill:
                    yield self._entry(child.url, "sitemap")
        links = [link if isinstance(link, Link) else Link(link)
                 for link in self.site.parse_listing(body, response.url)]
        fresh = 0
        older = 0
        for link in links:
            first_time = link.url not in self.listed  # feeds and listings repeat each other
            self.listed.add(link.url)
            self.counts["discovered"] += first_time
            position = self.in_range(link.published_at)
            if position is not None:
                self.counts["out_of_range"] += first_time
                older += position == "old"
                continue
            if link.url in self.known:
                self.counts["known"] += first_time
                continue
            fresh += 1
            if first_time:
                yield scrapy.Request(link.url, callback=self.parse_article, errback=self.on_error)
        next_page = self._next_page(response, kind, page, links, fresh, older)
        if next_page:
            yield scrapy.Request(next_page, callback=self.parse_listing, errback=self.on_error,
                                 cb_kwargs={"kind": kind, "page": page + 1})

    def _next_page(self, response, kind, page, links, fresh, older) -> str | None:
        """The next listing page, or None where paging stops (see the module docstring)."""
        next_listing_page = getattr(self.site, "next_listing_page", None)
        if kind != "listing" or next_listing_page is None or not links or page >= self.max_pages:
            return None
        if older == len(links):  # the listing has gone past --since
            return None
        if not self.backfill and fresh == 0:  # a daily run: everything from here on is known
            return None
        return next_listing_page(response.url, _text(response), page)

    def parse_article(self, response):
        self.counts["fetched"] += 1
        # vngov.pages decides article or reject (decode, truncation, site parser, fallback), the
        # same way `vngov reparse` does.
        page = read_page(self.site, response.url, response.status, _headers(response), response.body)
        if page.article is None:
            # Not HTML, or HTML no parser reads (archived for a reparse): no use fetching again.
            # A page cut short, an HTTP error or a challenge may go better next time.
            settled = page.stage == "decode" or (page.stage == "parse"
                                                 and not page.reason.startswith("truncated"))
            yield self._reject(response.url, page.stage, page.reason, response.body,
                               response.status, retry=not settled,
                               redirected_from=response.meta.get("redirect_urls") or ())
            return
        article = page.article
        self.counts["fallback_parsed" if page.fallback else "parsed"] += 1
        # Land the text read_page decoded (its charset found, NFC), not Scrapy's own decoding.
        response = response.replace(cls=HtmlResponse, body=page.html.encode("utf-8"), encoding="utf-8")
        if self.since and article.published_at.date() < self.since:
            self.counts["skipped_old"] += 1
            yield self._page(response, "skipped_old", article.to_record())
            return
        yield self._page(response, "article", article.to_record())

    def on_error(self, failure):
        request = failure.request
        response = getattr(failure.value, "response", None)
        reason = failure_reason(failure.value, request, self.settings.get("VNGOV_REPLAY_URL"))
        # A redirect hop that failed is recorded under the URL the listing gave (the reason
        # names the hop).
        url = (request.meta.get("redirect_urls") or [request.url])[0]
        yield self._reject(url, "fetch", reason,
                           response.body if response is not None else b"",
                           response.status if response is not None else None,
                           retry=not gone_for_good(failure.value))


def _text(response) -> str:
    return response.text if hasattr(response, "text") else response.body.decode("utf-8", "replace")


def _listing_body(response) -> str | bytes:
    """A listing's text; sitemaps are often served as .xml.gz files (not Content-Encoding)."""
    if response.body[:2] == b"\x1f\x8b":
        try:
            return gunzip(response.body)
        except OSError:
            pass
    return _text(response)
