"""vnexpress.net. See shared/sites.md §3."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .base import (
    article_body,
    ParsedArticle, ParseError, blocks, byline_name, drop, first, has_class, host_matches, is_byline,
    listing_links, meta_content, meta_published, parse_vn_datetime, text_of, unique,
)

NAME = "vnexpress"
DOMAINS = ["vnexpress.net"]
START_URLS = ["https://vnexpress.net/rss/thoi-su.rss"]

_ARTICLE_PATH = re.compile(r"^/[a-z0-9-]+-\d{6,8}\.html$")

DROP = (
    ".box-tinlienquanv2", ".box_comment", ".box-emotion", ".box-share-top", ".box-category-footer",
    ".width_common.the_new", ".ads-tag", ".item_slide_show", "script", "style", "img",
)


def is_article_url(url: str) -> bool:
    return host_matches(url, DOMAINS) and bool(_ARTICLE_PATH.match(urlsplit(url).path))


def parse_listing(html: str, url: str) -> list[str]:
    return listing_links(html, url, is_article_url)


def parse_article(html: str, url: str) -> ParsedArticle:
    root, content = article_body(html, NAME, ("article.fck_detail",), DROP)
    items = [(el, text) for el, text in blocks(content) if has_class(el, "Normal") or has_class(el, "Image")]
    # The byline is the last right-aligned p.Normal; anything after it is not the article.
    author = None
    for i in range(len(items) - 1, -1, -1):
        el, text = items[i]
        if has_class(el, "Normal") and is_byline(el, text):
            author, items = byline_name(text), items[:i]
            break
    body = unique([text for _, text in items])
    if not body:
        raise ParseError("vnexpress: body has no p.Normal paragraphs")

    lead_el = next((p for p in root.cssselect("p.description") if not p.xpath("ancestor::article")), None)
    if lead_el is not None:
        drop(lead_el, ("span.location-stamp",))
    title = text_of(first(root, ("h1.title-detail", "h1"))) or meta_content(root, "og:title")
    published = parse_vn_datetime(text_of(first(root, ("span.date",)))) or meta_published(root)
    if not title or published is None:
        raise ParseError("vnexpress: no title or no publish date")
    return ParsedArticle(
        title=title,
        published_at=published,
        body_paragraphs=body,
        parser=f"{NAME}/v1",
        lead=text_of(lead_el) or None,
        author=author,
        extra={
            "breadcrumb": [text_of(a) for a in root.cssselect("ul.breadcrumb li a")],
            "keywords": meta_content(root, "keywords") or None,
        },
    )
