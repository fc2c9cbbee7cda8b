"""quochoi.vn (Cổng thông tin điện tử Quốc hội), a SharePoint site. See shared/sites.md §6.

A news list is one SharePoint page: without a query it shows the list (paged with ?Page=N), with
?ItemID=<n> it shows that article, so the query string is what tells articles apart. No article
selectors were documented: v1 reads the SharePoint publishing markup (h1 title, the rich-text
field .ms-rtestate-field as body, a "dd/mm/yyyy - HH:MM" date line) and the lead from
meta[name=description]. The first answer may be a cookie challenge (handled by the crawler, not here).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit


from .base import (
    blocks, byline_name, drop, first, host_of, is_byline, Link, list_area_links, listing_links,
    meta_content, parse_html, parse_with, ParsedArticle, ParseError, publish_date, text_of, unique,
    with_page,
)

NAME = "quochoi"
DOMAINS = ["quochoi.vn"]
FEEDS: list[str] = []  # /rss/default.aspx is cited by configs but was never verified
SITEMAPS: list[str] = []
LISTINGS = ["https://quochoi.vn/tintuc/Pages/tin-hoat-dong-cua-quoc-hoi.aspx"]

# The news lists: tin-hoat-dong-cua-quoc-hoi.aspx, tin-tong-hop.aspx, ...
_LIST_PAGE = re.compile(r"^/tintuc/Pages/[A-Za-z0-9-]+\.aspx$", re.IGNORECASE)
LIST_AREAS = (".list-news", ".news-list", ".ms-listviewtable")

CONTENT = (".news-detail .ms-rtestate-field", ".ms-rtestate-field", ".news-detail .content-detail")
DROP = (
    "script", "style", "noscript", "iframe", "video", ".tin-lien-quan", ".box-share", ".ms-rteImage",
    "table.image",
)


def _item_id(url: str) -> str | None:
    for key, value in parse_qsl(urlsplit(url).query):
        if key.lower() == "itemid" and value.isdigit():
            return value
    return None


def is_article_url(url: str) -> bool:
    """A news list page with ?ItemID=<n> (only the quochoi.vn host: vietlaw.quochoi.vn holds laws)."""
    return host_of(url) == "quochoi.vn" and bool(_LIST_PAGE.match(urlsplit(url).path)) and _item_id(url) is not None



def parse_listing(text: str | bytes, url: str) -> list[Link]:
    return listing_links(text, url, is_article_url)


def next_listing_page(url: str, html: str | bytes, page: int) -> str | None:
    """<list>.aspx[?Page=N] -> <list>.aspx?Page=<page+1>; None for articles and pages with an empty list."""
    parts = urlsplit(url)
    if host_of(url) != "quochoi.vn" or not _LIST_PAGE.match(parts.path) or _item_id(url) is not None:
        return None
    if not list_area_links(html, url, LIST_AREAS, is_article_url):
        return None
    return with_page(url, "Page", page + 1)


def parse_v1(html: str | bytes, url: str) -> ParsedArticle:
    version = f"{NAME}/v1"
    root = parse_html(html)
    content = first(root, CONTENT)
    if content is None:
        raise ParseError(f"{version}: no {CONTENT[0]} body")
    for el in content.xpath(".//p[.//img] | .//table[.//img]"):  # photos with their captions
        if el.getparent() is not None:
            el.drop_tree()
    drop(content, DROP)
    items = blocks(content)
    author = None
    if items and is_byline(*items[-1]):
        author = byline_name(items[-1][1])
        items = items[:-1]
    body = unique([text for _, text in items])
    if not body:
        raise ParseError(f"{version}: body has no paragraphs")
    title = text_of(first(root, (".news-detail h1", "h1.title-detail", "h1")))
    if not title:
        raise ParseError(f"{version}: no title")
    published = publish_date(root, (".news-detail .date-detail", ".date-detail"), version)
    lead = text_of(first(root, (".news-detail .sapo-detail",))) or meta_content(root, "description")
    return ParsedArticle(
        title=title,
        published_at=published,
        body_paragraphs=body,
        parser=version,
        lead=lead or None,
        author=author,
        extra={"item_id": _item_id(url)},
    )


PARSERS = [parse_v1]


def parse_article(html: str | bytes, url: str) -> ParsedArticle:
    return parse_with(NAME, PARSERS, html, url)
