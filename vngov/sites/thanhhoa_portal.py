"""The thanhhoa.gov.vn e-government portal platform (province and district sites). See shared/sites.md §8.

One module for every host of the platform: adding a province or a (legacy) district site is one
more HOSTS line, host -> its news channels (/portal/KenhTin/<channel>.aspx). District government
was abolished on 1/7/2025, so the district sites are legacy archives.
"""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import urlsplit


from .base import (
    blocks, byline_name, first, FUTURE_SLACK, host_matches, IMAGE_FILE_LINE, Link, list_area_links,
    listing_links, looks_like_name, meta_content, meta_published, parse_html, parse_vn_datetime,
    parse_with, ParsedArticle, ParseError, text_of, unique, VN_TZ, with_page,
)

NAME = "thanhhoa_portal"
HOSTS: dict[str, tuple[str, ...]] = {
    "thanhhoa.gov.vn": ("Tin-tuc-su-kien", "Hoat-dong-cua-lanh-dao-tinh", "Chi-dao-dieu-hanh"),
    "trieuson.thanhhoa.gov.vn": ("Tin-tuc-su-kien",),
    "hoanghoa.thanhhoa.gov.vn": ("Tin-tuc-su-kien",),
    "namdinh.gov.vn": ("Tin-tuc-su-kien",),
}
DOMAINS = list(HOSTS)  # subdomains of a host (other districts) are served too
FEEDS: list[str] = []  # the platform publishes no RSS
SITEMAPS: list[str] = []
LISTINGS = [f"https://{host}/portal/KenhTin/{channel}.aspx" for host, channels in HOSTS.items() for channel in channels]

# /portal/Pages/2025-1-13/<Truncated-Title><random>.aspx, also /portal/pages/2023-01-30/<slug>-468686.aspx
_ARTICLE_PATH = re.compile(r"^/portal/[Pp]ages/(\d{4})-(\d{1,2})-(\d{1,2})/[^/]+\.aspx$")
_CHANNEL_PATH = re.compile(r"^/portal/KenhTin/[^/]+\.aspx$", re.IGNORECASE)
# A stamp line on its own: "Ngày 13/01/2025 14:39:32", "Đăng lúc: 13/01/2025 14:39:32 (GMT+7)", "Đăng ngày 11 - 11 - 2023"
_DATELINE = re.compile(
    r"^(?:Ngày|Đăng lúc|Đăng ngày|Ngày đăng|Cập nhật)\s*:?\s*\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*\d{4}[\d\s:()GMT+]*$"
)

CONTENT = (".article-content", "#art-content", ".news-content", ".ms-rtestate-field")
DROP = ("script", "style", "img", ".share", ".fontsize", ".print-tools")
DATE_ELEMENTS = (".news-detail .news-date", ".article-date", ".date-time")
# A channel page's own item list (the side columns link articles on every page).
LIST_AREAS = (".channel .news-item", ".news-list", ".list-news")


def is_article_url(url: str) -> bool:
    return host_matches(url, DOMAINS) and bool(_ARTICLE_PATH.match(urlsplit(url).path))


def url_published(url: str) -> datetime | None:
    """The day in /portal/Pages/YYYY-M-D/ (midnight, +07:00): only to bound listings by date."""
    m = _ARTICLE_PATH.match(urlsplit(url).path)
    if not m or not host_matches(url, DOMAINS):
        return None
    try:
        return datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)), tzinfo=VN_TZ)
    except ValueError:
        return None


def parse_listing(text: str | bytes, url: str) -> list[Link]:
    """Article links on a /portal/KenhTin/ channel page, on any host of the platform."""
    return listing_links(text, url, is_article_url, url_date=url_published)


def next_listing_page(url: str, html: str | bytes, page: int) -> str | None:
    """<channel>.aspx[?Page=N] -> <channel>.aspx?Page=<page+1> (the SharePoint list-view paging
    parameter; the platform's pager links are postbacks); None when the channel lists nothing."""
    parts = urlsplit(url)
    if not host_matches(url, DOMAINS) or not _CHANNEL_PATH.match(parts.path) or not list_area_links(html, url, LIST_AREAS, is_article_url):
        return None
    return with_page(url, "Page", page + 1)


def _published(root, version: str) -> datetime:
    """Meta first, then the date element, then a stamp line anywhere in the page; never a future date."""
    candidates = [meta_published(root)]
    candidates += [parse_vn_datetime(text_of(el)) for el in root.cssselect(", ".join(DATE_ELEMENTS))]
    candidates += [parse_vn_datetime(text) for text in root.xpath("//body//text()") if _DATELINE.match(text.strip())]
    limit = datetime.now(VN_TZ) + FUTURE_SLACK
    dates = [when for when in candidates if when is not None]
    for when in dates:
        if when <= limit:
            return when
    if dates:
        raise ParseError(f"{version}: publish date in the future ({dates[0].isoformat()}) and no other date")
    raise ParseError(f"{version}: no publish date")


def parse_v1(html: str | bytes, url: str) -> ParsedArticle:
    version = f"{NAME}/v1"
    root = parse_html(html)
    content = first(root, CONTENT)
    if content is None:
        raise ParseError(f"{version}: no {CONTENT[0]} body")
    for selector in DROP:
        for el in content.cssselect(selector):
            if el.getparent() is not None:
                el.drop_tree()
    title = text_of(first(root, ("h1.article-title", "h1"))) or meta_content(root, "og:title")
    # Some pages print the body twice (the second time after the title and an "Đăng lúc:" stamp).
    paragraphs = [
        text for _, text in blocks(content)
        if text != title and not _DATELINE.match(text) and not IMAGE_FILE_LINE.match(text)
    ]
    paragraphs = unique(paragraphs)
    author = None
    if paragraphs and looks_like_name(paragraphs[-1]):
        author = byline_name(paragraphs.pop())
    if not paragraphs:
        raise ParseError(f"{version}: body has no paragraphs")
    if not title:
        raise ParseError(f"{version}: no title")
    return ParsedArticle(
        title=title,
        published_at=_published(root, version),
        body_paragraphs=paragraphs,
        parser=version,
        author=author,
        extra={"host": urlsplit(url).hostname},
    )


PARSERS = [parse_v1]


def parse_article(html: str | bytes, url: str) -> ParsedArticle:
    return parse_with(NAME, PARSERS, html, url)
