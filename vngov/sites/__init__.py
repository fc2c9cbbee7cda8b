"""Per-site parsers: one module per site (or per CMS platform, parameterized by host).

A site module provides:
    NAME, DOMAINS                 source name; hosts it serves (subdomains included)
    FEEDS, SITEMAPS, LISTINGS     entry points: RSS/Atom feeds, sitemaps (or indexes), first pages
                                  of HTML listings (any may be empty)
    next_listing_page(url, html, page) -> str | None
                                  the URL of listing page page+1 (AJAX timelinelist/loadmore too)
    is_article_url(url) -> bool
    parse_listing(text, url) -> list[Link]
                                  article links with the date the listing gives (base.Link)
    parse_article(html, url) -> ParsedArticle
                                  tries PARSERS (newest template first); raises ParseError
and optionally url_published(url) (the time an article id encodes, to bound listings) and
day_listing_url(day) (a by-day listing, walked by a backfill). `generic` is the trafilatura
fallback the crawler uses when a site's parsers cannot read a page.
"""

from __future__ import annotations

from types import ModuleType

from . import baochinhphu, nld, thanhhoa_portal, vnexpress
from . import dangcongsan, quochoi, vietnamplus
from . import mst, thanhnien, tuoitre
from .base import ParsedArticle, ParseError, host_matches

SITES: dict[str, ModuleType] = {m.NAME: m for m in (nld, vnexpress, baochinhphu, thanhhoa_portal,
                                                    vietnamplus, dangcongsan, quochoi,
                                                    tuoitre, thanhnien, mst)}


def site_for_url(url: str) -> ModuleType | None:
    """The site module serving url's host (www. and subdomains included), or None."""
    for module in SITES.values():
        if host_matches(url, module.DOMAINS):
            return module
    return None


__all__ = ["SITES", "ParsedArticle", "ParseError", "site_for_url"]
