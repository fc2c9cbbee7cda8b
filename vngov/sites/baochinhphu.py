"""baochinhphu.vn (Báo Điện tử Chính phủ), on the VCCorp CMS. See shared/sites.md §1."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from . import vccorp
from .base import Link, ParsedArticle, host_matches, listing_links, parse_with

NAME = "baochinhphu"
DOMAINS = ["baochinhphu.vn"]
FEEDS = ["https://baochinhphu.vn/home.rss"]  # pubDate reads "9/14/2026 6:44:00 PM" (M/D/YYYY, +07:00)
SITEMAPS: list[str] = []
LISTINGS = ["https://baochinhphu.vn/chi-dao-dieu-hanh.htm"]

# /<slug>-102<yyMMddHHmmss><serial>.htm
_ARTICLE_PATH = re.compile(r"^/[a-z0-9-]+-102(\d{12})\d{3}\.htm$")
_TIMELINELIST = re.compile(r"^/timelinelist/(\d+)/\d+\.htm$")

V1 = vccorp.article_parser(vccorp.Template(
    NAME, 1,
    content=("div.detail-content.afcbc-body[data-role=content]", "div.detail-content[data-role=content]"),
    author=("a.detail-author-top-name",),  # "Name -"; else the bold right-aligned last line
))
PARSERS = [V1]


def is_article_url(url: str) -> bool:
    return host_matches(url, DOMAINS) and bool(_ARTICLE_PATH.match(urlsplit(url).path))


def url_published(url: str):
    return vccorp.id_time(url, _ARTICLE_PATH, "%y%m%d%H%M%S")


def parse_listing(text: str | bytes, url: str) -> list[Link]:
    """Category pages, /timelinelist/<zone>/<n>.htm fragments and RSS feeds alike."""
    return listing_links(text, url, is_article_url, url_date=url_published)


def next_listing_page(url: str, html: str, page: int) -> str | None:
    return vccorp.next_page(url, html, page, parse_listing, _TIMELINELIST, "/timelinelist/{zone}/{page}.htm")


def parse_article(html: str | bytes, url: str) -> ParsedArticle:
    return parse_with(NAME, PARSERS, html, url)
