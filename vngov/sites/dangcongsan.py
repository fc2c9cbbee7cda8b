"""dangcongsan.vn (Báo điện tử Đảng Cộng sản Việt Nam). See shared/sites.md §5.

Two templates are served: the SharePoint-style pages (about 2025: h1#contenttitle, div#ngaytao,
div.noidungtt) and the legacy ones (about 2019: h1.post-title, div.lbPublishedDate,
div.post-content). Leads open with "(ĐCSVN) - ", which is stripped. No RSS or sitemap is known.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit


from .base import (
    blocks, byline_name, drop, first, host_matches, is_byline, Link, list_area_links,
    listing_links, meta_content, parse_html, parse_with, ParsedArticle, ParseError, publish_date,
    strip_lead_prefix, text_of, unique, with_page,
)

NAME = "dangcongsan"
DOMAINS = ["dangcongsan.vn"]
FEEDS: list[str] = []
SITEMAPS: list[str] = []
LISTINGS = ["https://dangcongsan.vn/noidung/tintuc/Lists/Tinhoatdong/View.aspx"]

# /<cat>/<slug>-<id>.html under both templates.
_ARTICLE_PATH = re.compile(r"^/[a-z0-9-]+(?:/[a-z0-9-]+)?/[a-z0-9-]+-\d{3,8}\.html$")
# Listing paging: the SharePoint list view takes ?Page=N, the legacy category page /<cat>.html ?page=N.
_SHAREPOINT_VIEW = re.compile(r"/Lists/[^/]+/View\.aspx$", re.IGNORECASE)
_LEGACY_CATEGORY = re.compile(r"^/[a-z0-9-]+\.html$")
# Where a listing's own links sit (sidebars link articles on every page): the SharePoint list zone,
# the legacy list and search results.
LIST_AREAS = ("div#KhuVuc_3", "div.w-list", "div.search-byType")

_NOISE = ("script", "style", "noscript", "iframe", "video")


def is_article_url(url: str) -> bool:
    return host_matches(url, DOMAINS) and bool(_ARTICLE_PATH.match(urlsplit(url).path))



def parse_listing(text: str | bytes, url: str) -> list[Link]:
    return listing_links(text, url, is_article_url)


def next_listing_page(url: str, html: str | bytes, page: int) -> str | None:
    parts = urlsplit(url)
    if _SHAREPOINT_VIEW.search(parts.path):
        key = "Page"
    elif _LEGACY_CATEGORY.match(parts.path) and not is_article_url(url):
        key = "page"
    else:
        return None
    if not list_area_links(html, url, LIST_AREAS, is_article_url):
        return None
    return with_page(url, key, page + 1)


def _body(content, version: str) -> tuple[list[str], str | None]:
    # Photos sit in their own paragraph or table together with their caption.
    for el in content.xpath(".//p[.//img] | .//table[.//img] | .//div[contains(@class, 'image')][.//img]"):
        if el.getparent() is not None:
            el.drop_tree()
    items = blocks(content)
    author = None
    if items and is_byline(*items[-1]):
        author = byline_name(items[-1][1])
        items = items[:-1]
    body = unique([text for _, text in items])
    if not body:
        raise ParseError(f"{version}: body has no paragraphs")
    return body, author


def _author(text: str) -> str | None:
    name = byline_name(re.sub(r"^Theo\s+", "", text))
    return name or None


def parse_v2(html: str | bytes, url: str) -> ParsedArticle:
    """The SharePoint-style template (about 2025)."""
    version = f"{NAME}/v2"
    root = parse_html(html)
    content = first(root, ("div.noidungtt",))
    if content is None:
        raise ParseError(f"{version}: no div.noidungtt body")
    drop(content, _NOISE + ("b#tacgia", ".tinlienquan", ".box-related"))
    body, author = _body(content, version)
    title = text_of(first(root, ("h1#contenttitle",)))
    if not title:
        raise ParseError(f"{version}: no h1#contenttitle")
    published = publish_date(root, ("div#ngaytao",), version)
    return ParsedArticle(
        title=title,
        published_at=published,
        body_paragraphs=body,
        parser=version,
        lead=strip_lead_prefix(text_of(first(root, ("div#description",)))) or None,
        author=_author(text_of(first(root, ("b#tacgia",)))) or author,
        extra={"keywords": meta_content(root, "keywords") or None},
    )


def parse_v1(html: str | bytes, url: str) -> ParsedArticle:
    """The legacy template (about 2019)."""
    version = f"{NAME}/v1"
    root = parse_html(html)
    content = first(root, ("div.post-content",))
    if content is None:
        raise ParseError(f"{version}: no div.post-content body")
    drop(content, _NOISE + (".box-related", ".related-news", ".post-tags", ".post-share"))
    body, author = _body(content, version)
    title = text_of(first(root, ("h1.post-title",)))
    if not title:
        raise ParseError(f"{version}: no h1.post-title")
    published = publish_date(root, ("div.lbPublishedDate",), version)
    return ParsedArticle(
        title=title,
        published_at=published,
        body_paragraphs=body,
        parser=version,
        lead=strip_lead_prefix(text_of(first(root, ("div.post-summary",)))) or None,
        author=author,
        extra={"tags": [text_of(a) for a in root.cssselect(".post-tags a")]},
    )


PARSERS = [parse_v2, parse_v1]


def parse_article(html: str | bytes, url: str) -> ParsedArticle:
    return parse_with(NAME, PARSERS, html, url)
