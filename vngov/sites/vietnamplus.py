"""vietnamplus.vn (VietnamPlus, TTXVN), on the CMS it shares with nhandan, sggp and tienphong (zce.py).
See shared/sites.md §9.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from . import zce
from .base import Link, ParsedArticle, host_matches, listing_links, parse_with

NAME = "vietnamplus"
DOMAINS = ["vietnamplus.vn"]
FEEDS = ["https://www.vietnamplus.vn/rss/home.rss"]  # served gzip-compressed
SITEMAPS = ["https://www.vietnamplus.vn/sitemap.xml"]  # index: /sitemaps/news-YYYY-MM.xml, categories, topics
# The older category URL form (sites.md §9); pages after the first: /chinhtri/trang<N>.vnp, the scheme
# older crawler configs page by (zce.next_page).
LISTINGS = ["https://www.vietnamplus.vn/chinhtri.vnp"]

_ARTICLE_PATH = re.compile(r"^/[a-z0-9-]+-post\d+\.vnp$")

V1 = zce.article_parser(zce.Template(NAME, 1, title_suffix="| Vietnam+ (VietnamPlus)"))
PARSERS = [V1]


def is_article_url(url: str) -> bool:
    return host_matches(url, DOMAINS) and bool(_ARTICLE_PATH.match(urlsplit(url).path))



def parse_listing(text: str | bytes, url: str) -> list[Link]:
    """Category pages, RSS feeds and the monthly sitemaps alike."""
    return listing_links(text, url, is_article_url)


def next_listing_page(url: str, html: str | bytes, page: int) -> str | None:
    return zce.next_page(url, html, page, is_article_url)


def parse_article(html: str | bytes, url: str) -> ParsedArticle:
    return parse_with(NAME, PARSERS, html, url)
