"""mst.gov.vn (Bộ Khoa học và Công nghệ). See shared/sites.md §7.

That it runs the VCCorp CMS is inferred from its article ids (prefix 197), so its category paging
is assumed to be the CMS's /timelinelist/<zone>/<n>.htm. Its by-day pages
(/tin-tuc-su-kien/xem-theo-ngay-DD-MM-YYYY.htm, day_listing_url) let a backfill walk back by date.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

from . import vccorp
from .base import Link, ParsedArticle, host_matches, listing_links, parse_with

NAME = "mst"
DOMAINS = ["mst.gov.vn"]
FEEDS = ["https://mst.gov.vn/rss/tin-tuc-su-kien.rss"]
SITEMAPS: list[str] = []
LISTINGS = ["https://mst.gov.vn/tin-tuc-su-kien/tin-tong-hop.htm"]

# /<slug>-197<yyMMddHHmmss><serial>.htm
_ARTICLE_PATH = re.compile(r"^/[a-z0-9-]+-197(\d{12})\d{3}\.htm$")
_TIMELINELIST = re.compile(r"^/timelinelist/(\d+)/\d+\.htm$")
_DAY_PATH = re.compile(r"^/tin-tuc-su-kien/xem-theo-ngay-\d{2}-\d{2}-\d{4}\.htm$")

V1 = vccorp.article_parser(vccorp.Template(
    NAME, 1,
    content=("div.detail-content.afcbc-body[data-role=content]", "div.detail-content"),
    title_suffix=" - Bộ Khoa học và Công nghệ",
))
PARSERS = [V1]


def is_article_url(url: str) -> bool:
    return host_matches(url, DOMAINS) and bool(_ARTICLE_PATH.match(urlsplit(url).path))


def url_published(url: str):
    return vccorp.id_time(url, _ARTICLE_PATH, "%y%m%d%H%M%S")


def day_listing_url(day: date) -> str:
    """The listing of one day's news, for a backfill."""
    return f"https://mst.gov.vn/tin-tuc-su-kien/xem-theo-ngay-{day:%d-%m-%Y}.htm"


def parse_listing(text: str | bytes, url: str) -> list[Link]:
    """Category and by-day pages, /timelinelist/<zone>/<n>.htm fragments and RSS feeds alike."""
    return listing_links(text, url, is_article_url, url_date=url_published)


def next_listing_page(url: str, html: str, page: int) -> str | None:
    if _DAY_PATH.match(urlsplit(url).path):  # a day is one page; the backfill moves on by day
        return None
    return vccorp.next_page(url, html, page, parse_listing, _TIMELINELIST, "/timelinelist/{zone}/{page}.htm")


def parse_article(html: str | bytes, url: str) -> ParsedArticle:
    return parse_with(NAME, PARSERS, html, url)
