"""The thanhhoa.gov.vn e-government portal platform (province and district sites). See shared/sites.md §8.

One module for every host of the platform: adding a province or a district is one more HOSTS entry.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .base import (
    article_body,
    IMAGE_FILE_LINE, ParsedArticle, ParseError, blocks, byline_name, first, host_matches,
    listing_links, looks_like_name, meta_content, meta_published, parse_vn_datetime, text_of, unique,
)

NAME = "thanhhoa_portal"
HOSTS = ["thanhhoa.gov.vn", "trieuson.thanhhoa.gov.vn"]
DOMAINS = HOSTS  # subdomains of a host (other districts) are served too
CHANNELS = ["Tin-tuc-su-kien"]
START_URLS = [f"https://{host}/portal/KenhTin/{channel}.aspx" for host in HOSTS for channel in CHANNELS]

# /portal/Pages/2025-1-13/<Truncated-Title><random>.aspx, also /portal/pages/2023-01-30/<slug>-468686.aspx
_ARTICLE_PATH = re.compile(r"^/portal/[Pp]ages/\d{4}-\d{1,2}-\d{1,2}/[^/]+\.aspx$")
# A stamp line on its own: "Ngày 13/01/2025 14:39:32", "Đăng lúc: 13/01/2025 14:39:32 (GMT+7)", "Đăng ngày 11 - 11 - 2023"
_DATELINE = re.compile(
    r"^(?:Ngày|Đăng lúc|Đăng ngày|Ngày đăng|Cập nhật)\s*:?\s*\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*\d{4}[\d\s:()GMT+]*$"
)

CONTENT = (".article-content", "#art-content", ".news-content", ".ms-rtestate-field")
DROP = ("script", "style", "img", ".share", ".fontsize", ".print-tools")


def is_article_url(url: str) -> bool:
    return host_matches(url, HOSTS) and bool(_ARTICLE_PATH.match(urlsplit(url).path))


def parse_listing(html: str, url: str) -> list[str]:
    """Article links on a /portal/KenhTin/ channel page, on any host of the platform."""
    return listing_links(html, url, is_article_url)


def _published(root):
    for el in root.cssselect(".news-date, .article-date, .date-time"):
        if (dt := parse_vn_datetime(text_of(el))) is not None:
            return dt
    for text in root.xpath("//body//text()"):
        if _DATELINE.match(text.strip()) and (dt := parse_vn_datetime(text)) is not None:
            return dt
    return meta_published(root)


def parse_article(html: str, url: str) -> ParsedArticle:
    root, content = article_body(html, NAME, CONTENT, DROP)
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
        raise ParseError("thanhhoa_portal: body has no paragraphs")
    published = _published(root)
    if not title or published is None:
        raise ParseError("thanhhoa_portal: no title or no publish date")
    return ParsedArticle(
        title=title,
        published_at=published,
        body_paragraphs=paragraphs,
        parser=f"{NAME}/v1",
        author=author,
        extra={"host": urlsplit(url).hostname},
    )
