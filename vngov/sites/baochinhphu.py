"""baochinhphu.vn (Báo Điện tử Chính phủ), a VCCorp/Admicro CMS site. See shared/sites.md §1."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .base import (
    article_body,
    ParsedArticle, ParseError, blocks, byline_name, tidy, first, host_matches, is_byline,
    listing_links, meta_content, meta_published, parse_vn_datetime, strip_lead_prefix,
    text_of, unique,
)

NAME = "baochinhphu"
DOMAINS = ["baochinhphu.vn"]
START_URLS = ["https://baochinhphu.vn/chi-dao-dieu-hanh.htm"]

_ARTICLE_PATH = re.compile(r"^/[a-z0-9-]+-102\d{15}\.htm$")

CONTENT = ("div.detail-content.afcbc-body[data-role=content]", "div.detail-content[data-role=content]")
DROP = (
    ".VCSortableInPreviewMode[type=RelatedNewsBox]", ".VCSortableInPreviewMode[type=LinkInline]",
    ".kbwscwl-relatedbox", ".button-dowload-img", ".detail-tag-list", "script", "style", "img",
)


def is_article_url(url: str) -> bool:
    return host_matches(url, DOMAINS) and bool(_ARTICLE_PATH.match(urlsplit(url).path))


def parse_listing(html: str, url: str) -> list[str]:
    """Category pages, /timelinelist/<zone>/<n>.htm fragments and RSS feeds alike."""
    return listing_links(html, url, is_article_url)


def parse_article(html: str, url: str) -> ParsedArticle:
    root, content = article_body(html, NAME, CONTENT, DROP)
    items = blocks(content)
    author = text_of(first(root, ("a.detail-author-top-name",))).rstrip(" -") or None
    if items and is_byline(*items[-1]):  # the author as the last bold, right-aligned <p>
        author = author or byline_name(items[-1][1])
        items = items[:-1]
    body = unique([text for _, text in items])
    if not body:
        raise ParseError("baochinhphu: body has no paragraphs")

    title = text_of(first(root, ("h1.detail-title", "h1[data-role=title]", "h1"))) or meta_content(root, "og:title")
    published = parse_vn_datetime(text_of(first(root, ("div.detail-time", "[data-role=publishdate]")))) or meta_published(root)
    if not title or published is None:
        raise ParseError("baochinhphu: no title or no publish date")
    sapo = text_of(first(root, ("h2.detail-sapo", "[data-role=sapo]")))
    return ParsedArticle(
        title=title,
        published_at=published,
        body_paragraphs=body,
        parser=f"{NAME}/v1",
        lead=strip_lead_prefix(sapo) or None,
        author=author,
        extra={
            "category": text_of(first(root, ("[data-role=cate-name]",))) or None,
            "tags": [tidy(a.text_content()) for a in root.cssselect(".detail-tag-list a")],
        },
    )
