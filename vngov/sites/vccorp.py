"""The VCCorp/Admicro CMS shared by baochinhphu, nld, tuoitre, thanhnien and mst. See shared/sites.md §0.

Article pages mark their parts with `data-role` (title, sapo, content, publishdate, cate-name) and
embed boxes as `.VCSortableInPreviewMode`; article ids carry the publish time; pages after the first
of a listing are AJAX fragments whose zone id sits in `input#hdZoneId`.

A site module is configuration on top of this: its hosts and entry points, its id and paging
patterns, and one Template per version of its article page. PARSERS lists a site's versions,
newest first. When a site changes its template, add a Template and put it first; keep the old
one, since pages published under it are still served that way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from . import template
from .base import VN_TZ, ParseError, parse_html

# Inside an article body on every VCCorp site: photos with their captions (figure/figcaption with
# .PhotoCMS_Caption; the older template's div[type=Photo] with a div.PhotoCMS_Caption), embedded
# related-news boxes, inline links to other stories, players, share bars and tag lists. Captions
# describe a photo, not the story, and go with it, as on vnexpress (figure.tplCaption).
BODY_NOISE = (
    "figure", "figcaption", ".VCSortableInPreviewMode[type=Photo]", ".PhotoCMS_Caption", ".VideoCMS_Caption",
    ".VCSortableInPreviewMode[type=RelatedNewsBox]", ".VCSortableInPreviewMode[type=RelatedOneNews]",
    ".VCSortableInPreviewMode[type=LinkInline]", ".VCSortableInPreviewMode[type=VideoStream]",
    ".kbwscwl-relatedbox", ".button-dowload-img", ".detail-tag-list", ".detail-share", ".share-bar",
    "script", "style", "noscript", "iframe", "video", "img",
)


@dataclass(frozen=True)
class Template(template.Template):
    """A page version on this CMS: its selectors unless a site says otherwise."""

    content: tuple[str, ...] = ("div.detail-content.afcbc-body[data-role=content]",)
    title: tuple[str, ...] = ("h1.detail-title", "h1[data-role=title]", "h1")
    sapo: tuple[str, ...] = ("h2.detail-sapo", "[data-role=sapo]")
    dates: tuple[str, ...] = ("[data-role=publishdate]", ".detail-time")
    noise: tuple[str, ...] = BODY_NOISE
    category: tuple[str, ...] = ("[data-role=cate-name]",)
    tags: str = ".detail-tag-list a"


article_parser = template.article_parser


# --- URLs -------------------------------------------------------------------------------------------


def id_time(url: str, pattern: re.Pattern, fmt: str) -> datetime | None:
    """The time an article id encodes (group 1 of pattern on the URL path, read with fmt), +07:00.

    Only for bounding listings by date: the article's own page gives its publish date.
    """
    m = pattern.match(urlsplit(url).path)
    if not m:
        return None
    try:
        return datetime.strptime(m.group(1), fmt).replace(tzinfo=VN_TZ)
    except ValueError:
        return None


_XML_START = re.compile(r"^\s*(?:\ufeff\s*)?<(?:\?xml|rss|feed|urlset|sitemapindex)\b", re.IGNORECASE)


def zone_on_page(html: str | bytes, sources) -> str | None:
    """The first all-digit value of (css selector, attribute) in sources on the page."""
    try:
        root = parse_html(html)
    except ParseError:
        return None
    for selector, attribute in sources:
        for el in root.cssselect(selector):
            value = (el.get(attribute) or "").strip()
            if value.isdigit():
                return value
    return None


HDZONE = (("input#hdZoneId", "value"),)


def next_page(url: str, html: str | bytes, page: int, parse_listing, url_zone: re.Pattern,
              path: str, zone_sources=HDZONE) -> str | None:
    """The URL of listing page page + 1, path formatted with {zone} and {page}.

    Later pages carry the zone in their URL (url_zone, group 1); the first page names it in its
    markup (zone_sources). None for feeds, pages without article links and pages with no zone.
    """
    text = html.decode("utf-8", "replace") if isinstance(html, bytes) else html
    if _XML_START.match(text) or not parse_listing(text, url):
        return None
    parts = urlsplit(url)
    m = url_zone.match(parts.path)
    zone = m.group(1) if m else zone_on_page(text, zone_sources)
    if zone is None:
        return None
    return f"{parts.scheme}://{parts.netloc}" + path.format(zone=zone, page=page + 1)
