"""What every site parser returns, and the helpers they share."""

from __future__ import annotations

import email.utils
import json
import re
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from typing import NamedTuple
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import lxml.html
from lxml import etree

from vngov.config import VIETNAM_TZ
from vngov.extract.normalize import nfc


@dataclass
class ParsedArticle:
    title: str
    published_at: datetime  # timezone-aware; +07:00 when the page gives no offset
    body_paragraphs: list[str]  # NFC, in page order, boilerplate removed
    parser: str  # "<site>/v<N>" for site selectors, "trafilatura" for the generic fallback
    lead: str | None = None
    author: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def body_text(self) -> str:
        return "\n\n".join(self.body_paragraphs)

    def to_record(self) -> dict:
        record = asdict(self)
        record["published_at"] = self.published_at.isoformat()
        record["body_text"] = self.body_text
        del record["body_paragraphs"]
        return record


class ParseError(Exception):
    """The page is not an article we can read: the reason goes to raw.rejects."""


# ---------------------------------------------------------------------------
# Shared helpers for the site parsers (vngov/sites/*.py).
# ---------------------------------------------------------------------------

VN_TZ = VIETNAM_TZ

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_WS = re.compile(r"\s+")


def tidy(text: str | None) -> str:
    """NFC, invisible characters removed, whitespace (incl. &nbsp;) collapsed, stripped."""
    if not text:
        return ""
    return _WS.sub(" ", nfc(text.translate(_INVISIBLE))).strip()


def parse_html(html: str | bytes) -> lxml.html.HtmlElement:
    """Parse a page and strip its comment and processing-instruction nodes with the DOM.

    strip_elements(..., with_tail=False) keeps the text that follows a comment, so
    ``a<!-- Wed Mar 05 2025 ... -->b`` reads ``ab``.
    """
    if isinstance(html, str) and html.lstrip().startswith("<?xml"):
        html = html.encode("utf-8")  # lxml refuses str input with an encoding declaration
    if not html or not html.strip():
        raise ParseError("empty page")
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise ParseError(f"unparsable page: {exc}") from exc
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    return root


def drop(root, selectors) -> None:
    """Remove every element matching the CSS selectors (their tail text stays in place)."""
    for selector in selectors:
        for el in root.cssselect(selector):
            if el.getparent() is not None:
                el.drop_tree()


def first(root, selectors):
    """The first element matched by the first selector (in order) that matches anything."""
    for selector in selectors:
        found = root.cssselect(selector)
        if found:
            return found[0]
    return None


def has_class(el, name: str) -> bool:
    return name in (el.get("class") or "").split()


def text_of(el) -> str:
    return tidy(el.text_content()) if el is not None else ""


BLOCK_TAGS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre")


def blocks(container, tags=BLOCK_TAGS) -> list[tuple[lxml.html.HtmlElement, str]]:
    """(element, text) for each innermost block element under container, in page order.

    A block that holds other blocks (a figcaption wrapping a <p>) yields its inner blocks.
    <br> splits a block into several paragraphs. Empty blocks (&nbsp;) are skipped.
    """
    out = []
    for el in container.iter(*tags):
        if any(True for _ in el.iterdescendants(*tags)):
            continue
        for br in el.iter("br"):
            br.tail = "\n" + (br.tail or "")
        for line in el.text_content().split("\n"):
            text = tidy(line)
            if text:
                out.append((el, text))
    return out


def unique(paragraphs: list[str]) -> list[str]:
    """Paragraphs in order, each kept once (pages that print the body twice)."""
    seen: set[str] = set()
    out = []
    for p in paragraphs:
        if p not in seen:
            seen.add(p)
            out.append(p)
    return out


IMAGE_FILE_LINE = re.compile(r"^[\w.\-]+\.(?:jpe?g|png|gif|webp|bmp)$", re.IGNORECASE)

# "(NLĐO) - ", "(Chinhphu.vn) - ", "(ĐCSVN) -", "(PLO)-", "VOV.VN - "
_LEAD_PREFIX = re.compile(r"^\s*(?:\([^()]{2,25}\)|VOV\.VN|TTXVN)\s*[-–—]\s*")


def strip_lead_prefix(lead: str) -> str:
    return _LEAD_PREFIX.sub("", lead, count=1)


_OUTLET_SUFFIX = re.compile(
    r"\s*(?:[-–/]\s*(?:VnExpress|Chinhphu(?:\.vn)?|VGP|NLĐO|Báo Chính phủ)|\((?:[^()]{2,25})\))\s*$",
    re.IGNORECASE,
)


def byline_name(byline: str) -> str:
    """'Vũ Tuân - VnExpress' -> 'Vũ Tuân'; 'Nguyễn Hoàng/Chinhphu' -> 'Nguyễn Hoàng'."""
    return _OUTLET_SUFFIX.sub("", tidy(byline)).strip()


def looks_like_name(text: str) -> bool:
    """A short byline such as 'Lê Anh' or 'Vũ Tuân': 1-5 capitalised words, no digits."""
    words = text.split()
    return (
        0 < len(words) <= 5
        and len(text) <= 40
        and not any(ch.isdigit() for ch in text)
        and not text.endswith((".", ":", "?", "!", ";", ","))
        and all(w[0].isupper() for w in words)
    )


def is_byline(el, text: str) -> bool:
    """A right-aligned and/or all-bold short paragraph holding a name (the author line)."""
    if not looks_like_name(byline_name(text)):
        return False
    style = (el.get("style") or "").replace(" ", "").lower()
    right = "text-align:right" in style or (el.get("align") or "").lower() == "right"
    bold = "".join(b.text_content() for b in el.iter("b", "strong"))
    return right or tidy(bold) == text


# --- dates ------------------------------------------------------------------

_DMY = re.compile(
    r"(?<!\d)(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})"  # 05/03/2025, 1/4/2025, 11 - 11 - 2023
    r"(?:[^\d]{1,8}?(\d{1,2})\s*[:hg]\s*(\d{2})(?::(\d{2}))?)?"  # 08:19, 14:39:32, 8h30
)
_GMT = re.compile(r"GMT\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?")


def _aware(dt: datetime) -> datetime:
    return dt if dt.tzinfo is not None else dt.replace(tzinfo=VN_TZ)


def parse_iso_datetime(text: str | None) -> datetime | None:
    """ISO 8601 (with or without offset; naive means +07:00). Date-only gives midnight."""
    if not text:
        return None
    text = text.strip()
    try:
        return _aware(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        return None


def parse_vn_datetime(text: str | None) -> datetime | None:
    """Day-first Vietnamese dates: 'Thứ ba, 1/4/2025, 20:15 (GMT+7)', '05/03/2025 - 08:19'."""
    if not text:
        return None
    m = _DMY.search(text)
    if not m:
        return None
    day, month, year, hour, minute, second = m.groups()
    tz = VN_TZ
    gmt = _GMT.search(text, m.end())
    if gmt:
        sign = -1 if gmt.group(1) == "-" else 1
        tz = timezone(sign * timedelta(hours=int(gmt.group(2)), minutes=int(gmt.group(3) or 0)))
    try:
        return datetime(
            int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0), tzinfo=tz
        )
    except ValueError:
        return None


def parse_datetime(text: str | None) -> datetime | None:
    return parse_iso_datetime(text) or parse_vn_datetime(text)


_META_DATE_XPATHS = (
    "//meta[@property='article:published_time']/@content",
    "//meta[@name='article:published_time']/@content",
    "//meta[@itemprop='datePublished']/@content",
    "//meta[@name='pubdate']/@content",
    "//meta[@name='publishdate']/@content",
    "//meta[@property='og:published_time']/@content",
)


def _jsonld_dates(root):
    for script in root.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text_content())
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if isinstance(item.get("datePublished"), str):
                    yield item["datePublished"]
                stack.extend(v for v in item.values() if isinstance(v, (list, dict)))


def meta_published(root) -> datetime | None:
    """Publish time from meta tags, JSON-LD or <time datetime>; never the crawl time."""
    candidates = [v for xp in _META_DATE_XPATHS for v in root.xpath(xp)]
    candidates += list(_jsonld_dates(root))
    candidates += root.xpath("//time[@pubdate or @itemprop='datePublished']/@datetime")
    for value in candidates:
        dt = parse_datetime(value)
        if dt is not None:
            return dt
    return None


def meta_content(root, *names: str) -> str:
    for name in names:
        for value in root.xpath(f"//meta[@property='{name}' or @name='{name}']/@content"):
            if tidy(value):
                return tidy(value)
    return ""


# --- listings ---------------------------------------------------------------


class Link(NamedTuple):
    """An article URL found on a listing, feed or sitemap, with the date the listing gives it.

    published_at only bounds discovery (--since/--until, backfill); the article's own page
    decides its publish date.
    """

    url: str
    published_at: datetime | None = None


_US_DATETIME = re.compile(  # baochinhphu RSS: "9/14/2026 6:44:00 PM" (month first, 12-hour, no zone)
    r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])\s*$"
)


def parse_feed_date(text: str | None) -> datetime | None:
    """A feed or sitemap date: RFC 822, ISO 8601, or M/D/YYYY h:mm:ss AM/PM; naive means +07:00."""
    if not text or not text.strip():
        return None
    m = _US_DATETIME.match(text)
    if m:
        month, day, year, hour, minute, second, half = m.groups()
        hour = int(hour) % 12 + (12 if half.lower() == "pm" else 0)
        try:
            return datetime(int(year), int(month), int(day), hour, int(minute), int(second or 0),
                            tzinfo=VN_TZ)
        except ValueError:
            return None
    iso = parse_iso_datetime(text)
    if iso is not None:
        return iso
    try:
        dt = email.utils.parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError):
        return None
    # RFC 822 "-0000" means "zone unknown": for these sites that is Vietnam time.
    return _aware(dt)


def _canonical(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path, parts.query, ""))


def _xml_root(data: bytes):
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=True)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return None


def _child_text(el, *names: str) -> str:
    for child in el.iter():
        if isinstance(child.tag, str) and etree.QName(child).localname in names and (child.text or "").strip():
            return child.text.strip()
    return ""


def _feed_links(root) -> list[Link]:
    """Items of an RSS/Atom feed."""
    links = []
    for item in root.iter("item", "{*}item", "{http://www.w3.org/2005/Atom}entry"):
        href = ""
        for link in item.iter("link", "{*}link", "guid", "{*}guid"):
            href = (link.get("href") or link.text or "").strip()
            if href:
                break
        if href:
            date = _child_text(item, "pubDate", "published", "updated", "date")
            links.append(Link(href, parse_feed_date(date)))
    return links


def _sitemap_entries(root, element: str) -> list[Link]:
    """<url> (or <sitemap>) entries of a sitemap (index): loc + publication date or lastmod."""
    out = []
    for entry in root.iter(f"{{*}}{element}", element):
        loc = _child_text(entry, "loc")
        if loc:
            date = _child_text(entry, "publication_date") or _child_text(entry, "lastmod")
            out.append(Link(loc, parse_feed_date(date)))
    return out


def _xml_kind(data: bytes):
    """(kind, root) for a feed or sitemap ('feed', 'urlset', 'sitemapindex'), else (None, None)."""
    head = data[:200].lower()
    if not (head.startswith(b"<?xml") or head.startswith((b"<rss", b"<feed", b"<urlset", b"<sitemapindex"))):
        return None, None
    root = _xml_root(data)
    if root is None:
        return None, None
    name = etree.QName(root).localname
    if name in ("rss", "feed", "RDF"):
        return "feed", root
    if name in ("urlset", "sitemapindex"):
        return name, root
    return None, None


def _bytes(text: str | bytes) -> bytes:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return data.lstrip().removeprefix(b"\xef\xbb\xbf").lstrip()  # a UTF-8 BOM is common on feeds


def sitemap_children(text: str | bytes, url: str) -> list[Link]:
    """Child sitemaps of a sitemap index (with their lastmod); [] for anything else."""
    kind, root = _xml_kind(_bytes(text))
    if kind != "sitemapindex":
        return []
    return [Link(_canonical(urljoin(url, link.url)), link.published_at)
            for link in _sitemap_entries(root, "sitemap")]


def listing_links(text: str | bytes, url: str, is_article_url, url_date=None) -> list[Link]:
    """Article links (absolute, in page order, once each) of an HTML listing, an AJAX fragment,
    an RSS/Atom feed or a sitemap. Dates come from the feed/sitemap, else from url_date(url)."""
    data = _bytes(text)
    kind, root = _xml_kind(data)
    if kind == "feed":
        found = _feed_links(root)
    elif kind == "urlset":
        found = _sitemap_entries(root, "url")
    elif kind == "sitemapindex":
        return []
    else:
        try:
            page = parse_html(text)
        except ParseError:
            return []
        found = [Link(href.strip()) for href in page.xpath("//a/@href")]
    out: dict[str, Link] = {}
    for link in found:
        absolute = _canonical(urljoin(url, link.url))
        if absolute in out or not is_article_url(absolute):
            continue
        date = link.published_at or (url_date(absolute) if url_date else None)
        out[absolute] = Link(absolute, date)
    return list(out.values())


def list_area_links(html: str | bytes, url: str, selectors, is_article_url) -> list[Link]:
    """Article links inside a page's news list (the elements selectors match) only: sidebars
    ("most read") link articles on every page, so they must not keep paging going."""
    try:
        root = parse_html(html)
    except ParseError:
        return []
    areas = root.cssselect(", ".join(selectors))
    if not areas:
        return []
    fragment = "".join(lxml.html.tostring(el, encoding="unicode") for el in areas)
    return listing_links(f"<html><body>{fragment}</body></html>", url, is_article_url)


def with_page(url: str, key: str, page: int) -> str:
    """url with its page parameter (any case of "page") set to key=page, other parameters kept."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() != "page"]
    query.append((key, str(page)))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def host_of(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def host_matches(url: str, domains) -> bool:
    host = host_of(url)
    return any(host == d or host.endswith("." + d) for d in domains)



def article_body(html: str, name: str, content_selectors, drop_selectors):
    """Parse a page and return (root, body element) with the site's noise removed.

    Raises ParseError naming the site and its first body selector when no selector matches, so
    the crawl falls back to the generic parser and records why.
    """
    root = parse_html(html)
    content = first(root, tuple(content_selectors))
    if content is None:
        raise ParseError(f"{name}: no {content_selectors[0]} body")
    drop(content, drop_selectors)
    return root, content


# --- parser versions and publish dates ----------------------------------------

# A page may not claim a publish time later than this past the clock (time zones and clock skew):
# a date further ahead is a template or CMS error, and the crawl time is no substitute.
FUTURE_SLACK = timedelta(days=1)


def parse_with(site: str, parsers, html: str | bytes, url: str) -> ParsedArticle:
    """The first version in parsers (newest first) that reads the page; else ParseError with each reason."""
    reasons = []
    for parser in parsers:
        try:
            return parser(html, url)
        except ParseError as exc:
            reasons.append(str(exc))
    raise ParseError(f"{site}: no parser version reads the page ({'; '.join(reasons)})")


def publish_date(root, selectors, name: str, now: datetime | None = None) -> datetime:
    """Meta/JSON-LD first, then the publishdate elements (datetime attribute, then text).

    Dates later than now + FUTURE_SLACK are skipped wherever they come from; when they are all the
    page has, the page is rejected rather than dated by the crawl.
    """
    limit = (now or datetime.now(VN_TZ)) + FUTURE_SLACK
    future = None
    for when in _date_candidates(root, selectors):
        if when <= limit:
            return when
        future = future or when
    if future is not None:
        raise ParseError(f"{name}: publish date in the future ({future.isoformat()}) and no other date")
    raise ParseError(f"{name}: no publish date")


def _date_candidates(root, selectors):
    found = [meta_published(root)]
    for el in root.cssselect(", ".join(selectors)) if selectors else ():
        found += [parse_datetime(el.get("datetime")), parse_vn_datetime(text_of(el))]
    return [when for when in found if when is not None]
