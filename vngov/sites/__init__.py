"""Per-site parsers. Each site module has NAME, DOMAINS, START_URLS, parse_listing(html, url),
is_article_url(url) and parse_article(html, url); `generic` is the trafilatura fallback."""

from __future__ import annotations

from types import ModuleType

from . import baochinhphu, nld, thanhhoa_portal, vnexpress
from .base import ParsedArticle, ParseError, host_matches

SITES: dict[str, ModuleType] = {m.NAME: m for m in (nld, vnexpress, baochinhphu, thanhhoa_portal)}


def site_for_url(url: str) -> ModuleType | None:
    """The site module serving url's host (www. and subdomains included), or None."""
    for module in SITES.values():
        if host_matches(url, module.DOMAINS):
            return module
    return None


__all__ = ["SITES", "ParsedArticle", "ParseError", "site_for_url"]
