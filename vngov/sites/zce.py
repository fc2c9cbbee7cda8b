"""The news CMS shared by vietnamplus, nhandan, sggp and tienphong. See shared/sites.md §9.

Article pages mark their parts with `cms-*` classes: h1.article__title.cms-title,
div.article__sapo.cms-desc, div.article__body.zce-content-body.cms-body, the date in
`.article__meta time[datetime]` (or span.datetime) and photos as img.cms-photo. Sitemaps are an
index of monthly children (/sitemaps/news-YYYY-MM.xml).

A site on this CMS is configuration: its hosts and entry points, its URL pattern and a Template
per version of its article page (PARSERS, newest first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import lxml.html

from . import template
from .base import Link, ParseError, listing_links, parse_html

# Inside the body: photo and video blocks with their captions, boxes linking other stories,
# inline ads, the author/source line the CMS repeats at the end, share bars.
BODY_NOISE = (
    "figure", "table.picture", ".article-photo", ".cms-photo", ".zce-image", ".zce-video", "video", "iframe",
    ".article-relate", ".box-related", ".related-news", ".rennab", ".sponsor", ".ads", ".banner",
    ".article__author", ".cms-author", ".article__source", ".article__tag", ".social-share",
    "script", "style", "noscript", "img",
)


@dataclass(frozen=True)
class Template(template.Template):
    """A page version on this CMS: its selectors unless a site says otherwise.

    The byline reads "Phương Hoa (TTXVN/Vietnam+)": byline_name keeps the name without its agency.
    """

    content: tuple[str, ...] = ("div.article__body.zce-content-body.cms-body", "div.article__body.cms-body")
    title: tuple[str, ...] = ("h1.article__title.cms-title", "h1.article__title", "h1")
    sapo: tuple[str, ...] = ("div.article__sapo.cms-desc", ".article__sapo")
    dates: tuple[str, ...] = (".article__meta time[datetime]", ".article__meta time", "span.datetime")
    author: tuple[str, ...] = (".article__author .cms-author", "span.author.cms-author", ".article__author")
    category: tuple[str, ...] = (".breadcrumb-detail h2 a", ".breadcrumb a")
    tags: str = ".article__tag a"
    noise: tuple[str, ...] = BODY_NOISE


article_parser = template.article_parser


# --- listings ---------------------------------------------------------------------------------------

# Category pages: /<cat> (older /<cat>.vnp), paged as /<cat>/trang<N>.vnp.
_CATEGORY = re.compile(r"^/([a-z0-9-]+)(?:\.vnp|/)?$")
_CATEGORY_PAGE = re.compile(r"^/([a-z0-9-]+)/trang(\d+)\.vnp$")
# The story list of a category page; sidebars ("Đọc nhiều") link articles on every page.
STORY_LIST = (".content-list .story", ".zone--timeline .story")


def list_items(html: str | bytes, url: str, is_article_url) -> list[Link]:
    """Article links of the page's story list only."""
    try:
        root = parse_html(html)
    except ParseError:
        return []
    fragment = "".join(lxml.html.tostring(el, encoding="unicode") for el in root.cssselect(", ".join(STORY_LIST)))
    return listing_links(f"<html><body>{fragment}</body></html>", url, is_article_url) if fragment else []


def next_page(url: str, html: str | bytes, page: int, is_article_url) -> str | None:
    """/<cat>(.vnp) or /<cat>/trang<N>.vnp -> /<cat>/trang<page+1>.vnp; None for feeds, sitemaps,
    articles and pages whose story list is empty."""
    parts = urlsplit(url)
    m = _CATEGORY_PAGE.match(parts.path) or _CATEGORY.match(parts.path)
    if not m or m.group(1) in ("rss", "sitemaps") or is_article_url(url) or not list_items(html, url, is_article_url):
        return None
    return urlunsplit((parts.scheme, parts.netloc, f"/{m.group(1)}/trang{page + 1}.vnp", "", ""))
