"""nld.com.vn (Người Lao Động), a VCCorp/Admicro CMS site. See docs: shared/sites.md §4."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .base import (
    article_body,
    ParsedArticle, ParseError, blocks, byline_name, tidy, first, host_matches,
    listing_links, meta_content, meta_published, parse_datetime, strip_lead_prefix,
    text_of, unique,
)

NAME = "nld"
DOMAINS = ["nld.com.vn"]
START_URLS = ["https://nld.com.vn/thoi-su.htm", "https://nld.com.vn/rss/thoi-su.rss"]

# /<slug>-196YYMMDDhhmmssNNN.htm; the older template: /<cat>/<slug>-<yyyyMMddHHmmssSSS>.htm
_ARTICLE_PATH = re.compile(r"^/(?:[a-z0-9-]+/)?[a-z0-9-]+-(?:196\d{15}|20\d{15})\.htm$")

CONTENT = ("div.detail-content.afcbc-body[data-role=content]", "div.detail-content", "div#ContentDetail")
DROP = (
    ".VCSortableInPreviewMode[type=RelatedNewsBox]", ".kbwscwl-relatedbox", ".box-relate", ".related-news",
    ".detail-tag-list", ".detail-share", ".share-bar", "script", "style", "img", ".button-dowload-img",
)


def is_article_url(url: str) -> bool:
    return host_matches(url, DOMAINS) and bool(_ARTICLE_PATH.match(urlsplit(url).path))


def parse_listing(html: str, url: str) -> list[str]:
    return listing_links(html, url, is_article_url)


def parse_article(html: str, url: str) -> ParsedArticle:
    root, content = article_body(html, NAME, CONTENT, DROP)
    body = unique([text for _, text in blocks(content)])
    if not body:
        raise ParseError("nld: body has no paragraphs")

    title = text_of(first(root, ("h1.detail-title", "h1[data-role=title]", "h1"))) or meta_content(root, "og:title")
    when = root.cssselect("time[data-role=publishdate], [data-role=publishdate]")
    published = (
        parse_datetime(when[0].get("datetime") or text_of(when[0])) if when else None
    ) or meta_published(root)
    if not title or published is None:
        raise ParseError("nld: no title or no publish date")
    sapo = text_of(first(root, ("h2.detail-sapo", "[data-role=sapo]")))
    author = byline_name(text_of(first(root, ("[data-role=author]", ".detail-author-name", ".author-info .name"))))
    return ParsedArticle(
        title=title,
        published_at=published,
        body_paragraphs=body,
        parser=f"{NAME}/v1",
        lead=strip_lead_prefix(sapo) or None,
        author=author or None,
        extra={
            "category": text_of(first(root, ("[data-role=cate-name]",))) or None,
            "tags": [tidy(a.text_content()) for a in root.cssselect(".detail-tag-list a")],
        },
    )
