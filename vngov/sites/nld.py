"""nld.com.vn (Người Lao Động), on the VCCorp CMS. See shared/sites.md §4."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from . import vccorp
from .base import Link, ParsedArticle, host_matches, listing_links, parse_with

NAME = "nld"
DOMAINS = ["nld.com.vn"]
FEEDS = ["https://nld.com.vn/rss/thoi-su.rss"]
SITEMAPS: list[str] = []
LISTINGS = ["https://nld.com.vn/thoi-su.htm"]

# /<slug>-196<yyMMddHHmmss><serial>.htm; the older site: /<cat>/<slug>-<yyyyMMddHHmmss><serial>.htm
_ARTICLE_PATH = re.compile(r"^/(?:[a-z0-9-]+/)?[a-z0-9-]+-196(\d{12})\d{3}\.htm$")
_OLD_ARTICLE_PATH = re.compile(r"^/(?:[a-z0-9-]+/)?[a-z0-9-]+-(20\d{12})\d{3}\.htm$")
_LOADMORE = re.compile(r"^/loadmorecategory-(\d+)-\d+\.htm$")
# The category id of a listing's first page: the hidden zone input, else the stream's data attribute.
_CATEGORY_ID = (("input#hdZoneId", "value"), ("[data-cate-id]", "data-cate-id"))

# The current template: .detail-content with data-role parts, the author in the header.
V2 = vccorp.article_parser(vccorp.Template(
    NAME, 2,
    content=("div.detail-content.afcbc-body[data-role=content]", "div.detail-content"),
    author=("[data-role=author]", ".detail-author-name", ".author-info .name"),
    drop=(".box-relate", ".related-news"),
))
# The template before it: the body in div#ContentDetail.knc-content, no data-role marks.
V1 = vccorp.article_parser(vccorp.Template(
    NAME, 1,
    content=("div#ContentDetail.knc-content", "div#ContentDetail"),
    title=("h1.title-detail", "h1"),
    sapo=("h2.sapo-detail", ".sapo-detail"),
    dates=(".ngayxuatban", ".ngay_detail"),
    drop=(".relate-news", ".tag-detail", ".share-detail"),
    category=(".cate-detail a", "a.bcrumbs-item"),
    tags=".tag-detail a",
))
PARSERS = [V2, V1]


def is_article_url(url: str) -> bool:
    path = urlsplit(url).path
    return host_matches(url, DOMAINS) and bool(_ARTICLE_PATH.match(path) or _OLD_ARTICLE_PATH.match(path))


def url_published(url: str):
    return (vccorp.id_time(url, _ARTICLE_PATH, "%y%m%d%H%M%S")
            or vccorp.id_time(url, _OLD_ARTICLE_PATH, "%Y%m%d%H%M%S"))


def parse_listing(text: str | bytes, url: str) -> list[Link]:
    """Category pages, /loadmorecategory-<catId>-<n>.htm fragments and RSS feeds alike."""
    return listing_links(text, url, is_article_url, url_date=url_published)


def next_listing_page(url: str, html: str, page: int) -> str | None:
    return vccorp.next_page(url, html, page, parse_listing, _LOADMORE, "/loadmorecategory-{zone}-{page}.htm",
                            zone_sources=_CATEGORY_ID)


def parse_article(html: str | bytes, url: str) -> ParsedArticle:
    return parse_with(NAME, PARSERS, html, url)
