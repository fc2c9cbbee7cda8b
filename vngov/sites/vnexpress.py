"""vnexpress.net. See shared/sites.md §3.

Entry points: RSS per category, the sitemap index (monthly children) and the category listing,
paged as /<cat>-p<N>. PARSERS lists the article template versions, newest first.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit


from .base import (
    article_body, blocks, byline_name, drop, first, has_class, host_matches, is_byline, Link,
    list_area_links, listing_links, meta_content, parse_with, ParsedArticle, ParseError,
    publish_date, text_of, unique,
)

NAME = "vnexpress"
DOMAINS = ["vnexpress.net"]
FEEDS = ["https://vnexpress.net/rss/tin-moi-nhat.rss", "https://vnexpress.net/rss/thoi-su.rss"]
# An index of monthly children (a crawler picks months by the "YYYY-MM" in each child's URL).
SITEMAPS = ["https://vnexpress.net/sitemap.xml"]
LISTINGS = ["https://vnexpress.net/tin-tuc-24h"]  # "Mới nhất": every section

_ARTICLE_PATH = re.compile(r"^/[a-z0-9-]+-\d{6,8}\.html$")
# A category listing page: /thoi-su, /thoi-su-p2, /tin-tuc-24h-p3 (one path segment, no extension).
_LISTING_PATH = re.compile(r"^/([a-z0-9-]+?)(?:-p(\d+))?/?$")

# Inside article.fck_detail: photo captions (figure and the older table), related-news boxes,
# comment/share/emotion bars, slide shows and ads.
DROP = (
    "figure.tplCaption", "table.tplCaption", ".box-tinlienquanv2", ".box_comment", ".box-emotion",
    ".box-share-top", ".box-category-footer", ".width_common.the_new", ".ads-tag", ".item_slide_show",
    "script", "style", "img",
)


def is_article_url(url: str) -> bool:
    return host_matches(url, DOMAINS) and bool(_ARTICLE_PATH.match(urlsplit(url).path))



def parse_listing(text: str | bytes, url: str) -> list[Link]:
    """Category pages, RSS feeds and sitemaps (RSS pubDate / sitemap dates become Link dates)."""
    return listing_links(text, url, is_article_url)


def next_listing_page(url: str, html: str | bytes, page: int) -> str | None:
    """/<cat> or /<cat>-p<N> -> /<cat>-p<page+1>; None for feeds, sitemaps and pages without news items."""
    parts = urlsplit(url)
    m = _LISTING_PATH.match(parts.path)
    if not m or is_article_url(url) or not list_area_links(html, url, ("article.item-news",), is_article_url):
        return None
    return f"{parts.scheme}://{parts.netloc}/{m.group(1)}-p{page + 1}"


def parse_v1(html: str | bytes, url: str) -> ParsedArticle:
    """The template since 2019: h1.title-detail, p.description, article.fck_detail p.Normal, span.date."""
    version = f"{NAME}/v1"
    root, content = article_body(html, version, ("article.fck_detail",), DROP)
    items = [(el, text) for el, text in blocks(content) if has_class(el, "Normal")]
    # The byline is the last right-aligned/bold p.Normal; anything after it is not the article.
    author = None
    for i in range(len(items) - 1, -1, -1):
        el, text = items[i]
        if is_byline(el, text):
            author, items = byline_name(text), items[:i]
            break
    if author is None:
        author = text_of(first(root, ("p.author_mail strong",))) or None
    body = unique([text for _, text in items])
    if not body:
        raise ParseError(f"{version}: body has no p.Normal paragraphs")

    # The lead opens with a place name in span.location-stamp ("Hà Nội"): not part of the sentence.
    lead_el = next((p for p in root.cssselect("p.description") if not p.xpath("ancestor::article")), None)
    if lead_el is not None:
        drop(lead_el, ("span.location-stamp",))
    title = text_of(first(root, ("h1.title-detail", "h1"))) or meta_content(root, "og:title").removesuffix(" - VnExpress")
    if not title:
        raise ParseError(f"{version}: no title")
    published = publish_date(root, ("span.date",), version)
    return ParsedArticle(
        title=title,
        published_at=published,
        body_paragraphs=body,
        parser=version,
        lead=text_of(lead_el) or None,
        author=author,
        extra={
            "breadcrumb": [text_of(a) for a in root.cssselect("ul.breadcrumb li a")],
            "keywords": meta_content(root, "keywords") or None,
        },
    )


PARSERS = [parse_v1]


def parse_article(html: str | bytes, url: str) -> ParsedArticle:
    return parse_with(NAME, PARSERS, html, url)
