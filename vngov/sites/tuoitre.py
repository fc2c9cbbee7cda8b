"""tuoitre.vn (Tuổi Trẻ), on the VCCorp CMS. See shared/sites.md §10."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from . import vccorp
from .base import Link, ParsedArticle, host_matches, listing_links, parse_with

NAME = "tuoitre"
DOMAINS = ["tuoitre.vn"]
FEEDS = ["https://tuoitre.vn/rss/thoi-su.rss"]
SITEMAPS: list[str] = []
LISTINGS = ["https://tuoitre.vn/thoi-su.htm"]

# /<slug>-<yyyyMMddHHmmss><serial>.htm: no site prefix here, and the serial has 2 or 3 digits
_ARTICLE_PATH = re.compile(r"^/[a-z0-9-]+-(20\d{12})\d{2,3}\.htm$")
_TIMELINE = re.compile(r"^/timeline/(\d+)/trang-\d+\.htm$")

V1 = vccorp.article_parser(vccorp.Template(
    NAME, 1,
    content=("div.detail-content.afcbc-body[data-role=content]", "div.detail-cmain"),
    lead_prefix=re.compile(r"^TTO\s*[-–]\s*"),  # the paper's mark, not a bracketed one
    author=(".author-info .name", "[data-role=author]"),
    drop=(".box-tin-lien-quan", ".box-category-link-detail", ".box-comm"),
))
PARSERS = [V1]


def is_article_url(url: str) -> bool:
    return host_matches(url, DOMAINS) and bool(_ARTICLE_PATH.match(urlsplit(url).path))


def url_published(url: str):
    return vccorp.id_time(url, _ARTICLE_PATH, "%Y%m%d%H%M%S")


def parse_listing(text: str | bytes, url: str) -> list[Link]:
    """Category pages, /timeline/<zone>/trang-<n>.htm fragments and RSS feeds alike."""
    return listing_links(text, url, is_article_url, url_date=url_published)


def next_listing_page(url: str, html: str, page: int) -> str | None:
    return vccorp.next_page(url, html, page, parse_listing, _TIMELINE, "/timeline/{zone}/trang-{page}.htm")


def parse_article(html: str | bytes, url: str) -> ParsedArticle:
    return parse_with(NAME, PARSERS, html, url)
