"""Crawl logic shared by every site: listing -> articles -> landing records.

A site module (vngov.sites.<name>) supplies START_URLS, parse_listing() and parse_article().
When the site's selectors find no body, the generic trafilatura parser is tried and the page
records which parser read it. Whatever cannot become an article becomes a reject with its reason
and bytes; the crawl goes on.
"""

from collections import Counter
from datetime import date

import scrapy

from vngov.landing import new_run_id, page_record, reject_record
from vngov.sites import generic
from vngov.sites.base import ParseError


def _headers(response) -> dict:
    return {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()}


class SiteSpider(scrapy.Spider):
    site = None  # the vngov.sites module this spider crawls

    def __init__(self, run_id=None, since=None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.run_id = run_id or new_run_id()
        self.since = date.fromisoformat(since) if since else None
        self.counts = Counter(discovered=0, fetched=0, parsed=0, fallback_parsed=0,
                              rejected=0, skipped_old=0)

    async def start(self):
        for url in self.site.START_URLS:
            yield scrapy.Request(url, callback=self.parse_listing, errback=self.on_error)

    def _page(self, response, page_type, article=None):
        return page_record(url=response.url, source=self.name, run_id=self.run_id,
                           status=response.status, headers=_headers(response),
                           html=response.text, page_type=page_type, article=article)

    def _reject(self, url, stage, reason, body=b"", status=None):
        self.counts["rejected"] += 1
        self.logger.warning("rejected %s at %s: %s", url, stage, reason)
        return reject_record(url=url, source=self.name, run_id=self.run_id, stage=stage,
                             reason=reason, body=body, status=status)

    def parse_listing(self, response):
        self.counts["fetched"] += 1
        yield self._page(response, "listing")
        for url in self.site.parse_listing(response.text, response.url):
            self.counts["discovered"] += 1
            yield scrapy.Request(url, callback=self.parse_article, errback=self.on_error)

    def parse_article(self, response):
        self.counts["fetched"] += 1
        if not hasattr(response, "text"):
            yield self._reject(response.url, "decode", "response is not text "
                               f"({response.headers.get('Content-Type', b'').decode('latin-1')})",
                               response.body, response.status)
            return
        try:
            article = self.site.parse_article(response.text, response.url)
            self.counts["parsed"] += 1
        except ParseError as site_error:
            try:
                article = generic.parse_article(response.text, response.url)
                self.counts["fallback_parsed"] += 1
            except ParseError as fallback_error:
                yield self._reject(response.url, "parse",
                                   f"{self.name} selectors: {site_error}; "
                                   f"fallback: {fallback_error}", response.body, response.status)
                return
        if self.since and article.published_at.date() < self.since:
            self.counts["skipped_old"] += 1
            yield self._page(response, "skipped_old", article.to_record())
            return
        yield self._page(response, "article", article.to_record())

    def on_error(self, failure):
        response = getattr(failure.value, "response", None)
        reason = f"{failure.type.__name__}: {failure.getErrorMessage()}"
        if response is not None:
            reason = f"HTTP {response.status} ({reason})"
        yield self._reject(failure.request.url, "fetch", reason,
                           response.body if response is not None else b"",
                           response.status if response is not None else None)
