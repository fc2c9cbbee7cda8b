"""thanhnien.vn (Thanh Niên), on the VCCorp CMS. See shared/sites.md §11."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from . import vccorp
from .base import Link, ParsedArticle, host_matches, listing_links, parse_with

NAME = "thanhnien"
DOMAINS = ["thanhnien.vn"]
FEEDS = ["https://thanhnien.vn/rss/home.rss"]
SITEMAPS: list[str] = []
LISTINGS = ["https://thanhnien.vn/thoi-su.htm"]

# /<slug>-185<yyMMddHHmmss><serial>.htm; older ids are shorter (-185418775.htm) and carry no time
_ARTICLE_PATH = re.compile(r"^/[a-z0-9-]+-185\d{6,15}\.htm$")
_TIMED_ID = re.compile(r"^/[a-z0-9-]+-185(\d{12})\d{3}\.htm$")
_LEGACY_PATH = re.compile(r"^/[a-z0-9-]+/[a-z0-9-]+-\d{5,}\.html$")  # the site before the CMS move
_TIMELINELIST = re.compile(r"^/timelinelist/(\d+)/\d+\.htm$")

V1 = vccorp.article_parser(vccorp.Template(
    NAME, 1,
    content=("div.detail-content.afcbc-body[data-role=content]", "#abb-content", "div.detail-cmain"),
    author=(".detail-author .name", ".details__author .name"),
    drop=(".morenews", ".display-ads", ".video-content-wrapper", ".banner-ads", ".details__tags",
          ".details__author", ".article-relate"),
    tags=".details__tags a",
))
PARSERS = [V1]


def is_article_url(url: str) -> bool:
    path = urlsplit(url).path
    return host_matches(url, DOMAINS) and bool(_ARTICLE_PATH.match(path) or _LEGACY_PATH.match(path))


def url_published(url: str):
    return vccorp.id_time(url, _TIMED_ID, "%y%m%d%H%M%S")


def parse_listing(text: str | bytes, url: str) -> list[Link]:
    """Category pages, /timelinelist/<zone>/<n>.htm fragments and RSS feeds alike."""
    return listing_links(text, url, is_article_url, url_date=url_published)


def next_listing_page(url: str, html: str, page: int) -> str | None:
    return vccorp.next_page(url, html, page, parse_listing, _TIMELINELIST, "/timelinelist/{zone}/{page}.htm")


def parse_article(html: str | bytes, url: str) -> ParsedArticle:
    return parse_with(NAME, PARSERS, html, url)
