"""One place that turns a fetched response into an article or a reject.

    read_page(site, url, status, headers, body) -> PageResult

Pure (no Scrapy, no network): the crawl (SiteSpider.parse_article) and `vngov reparse` call it
with the same inputs (the response as received, after transfer decoding such as gzip), so a page
reads the same whichever way it arrives. In order it decides:

1. fetch    an HTTP error status (>= 400) is no article, nor an anti-bot "set a cookie and
            reload" page (quochoi.vn's; the crawler passes it, a reparse may meet it);
2. decode   PDFs, images, office files and other non-HTML are rejected (the reason names the
            type); HTML is decoded by BOM, then the header charset, then <meta charset>, then
            UTF-8 (and windows-1258 for undeclared legacy pages), and normalised to NFC
            (windows-1258 writes tone marks as combining characters);
3. parse    a document cut short (no </html>, or fewer bytes than Content-Length promised) is
            "truncated HTML"; otherwise the site's parsers, then the generic trafilatura
            fallback; when both fail the reason carries both.

The signature and the PageResult fields are a contract: keep them stable.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from types import ModuleType
from typing import Mapping

from vngov.sites import generic
from vngov.sites.base import ParsedArticle, ParseError

# Stages a page can be rejected at here (raw.rejects.stage).
FETCH, DECODE, PARSE = "fetch", "decode", "parse"


@dataclass
class PageResult:
    """An article (article set, stage/reason None) or a reject (article None, stage + reason)."""

    article: ParsedArticle | None = None
    fallback: bool = False  # the generic parser read it because the site's parsers could not
    html: str = ""  # the decoded page, NFC ("" when it was not decoded)
    encoding: str | None = None  # the Python codec it was decoded with
    stage: str | None = None  # "fetch" | "decode" | "parse" when rejected
    reason: str | None = None
    site_error: str | None = None  # why the site's parsers failed (fallback or reject)

    @property
    def ok(self) -> bool:
        return self.article is not None


def read_page(site: ModuleType, url: str, status: int | None, headers: Mapping[str, str | bytes],
              body: bytes) -> PageResult:
    """Read one fetched article page.

    site: a vngov.sites module (parse_article(html, url) raising ParseError); url: the page's
    real URL (after redirects); status: the HTTP status (None when unknown, e.g. an import);
    headers: response headers, any case, str or bytes values; body: the bytes as received.
    """
    if status is not None and status >= 400:
        return PageResult(stage=FETCH, reason=f"HTTP {status}")
    kind = non_html_kind(headers, body)
    if kind:
        return PageResult(stage=DECODE, reason=kind)
    challenge = challenge_cookie(body)
    if challenge:  # the crawler retries these with the cookie; one still here was not passed
        return PageResult(stage=FETCH, reason=f"cookie challenge not passed: the {challenge[0]} "
                                              "script page, not the article")
    html, encoding = decode_html(headers, body)
    truncated = truncation(html, headers, body)
    if truncated:
        return PageResult(html=html, encoding=encoding, stage=PARSE, reason=truncated)

    text = strip_inline_data(html)
    try:
        return PageResult(article=site.parse_article(text, url), html=html, encoding=encoding)
    except ParseError as exc:
        site_error = str(exc)
    except Exception as exc:  # a parser bug must cost one page, not the crawl
        site_error = f"site parser crashed: {type(exc).__name__}: {exc}"
    try:
        article = generic.parse_article(text, url)
    except ParseError as exc:
        fallback_error = str(exc)
    except Exception as exc:
        fallback_error = f"crashed: {type(exc).__name__}: {exc}"
    else:
        return PageResult(article=article, fallback=True, html=html, encoding=encoding,
                          site_error=site_error)
    name = getattr(site, "NAME", getattr(site, "__name__", "site"))
    return PageResult(html=html, encoding=encoding, stage=PARSE, site_error=site_error,
                      reason=f"{name} selectors: {site_error}; fallback: {fallback_error}")


# --- headers ---------------------------------------------------------------------------------------


def header(headers: Mapping[str, str | bytes], name: str) -> str:
    """A header's value whatever the case of its name or the type of its value ('' if absent)."""
    name = name.lower()
    for key, value in headers.items():
        key = key.decode("latin-1") if isinstance(key, bytes) else key
        if key.lower() == name:
            if isinstance(value, (list, tuple)):
                value = value[0] if value else b""
            return value.decode("latin-1") if isinstance(value, bytes) else str(value)
    return ""


def media_type(headers) -> str:
    return header(headers, "Content-Type").split(";")[0].strip().lower()


# --- 2. what the bytes are --------------------------------------------------------------------------

_HTML_TYPES = {"text/html", "application/xhtml+xml"}
# Types servers send for anything; the bytes decide.
_VAGUE_TYPES = {"", "application/octet-stream", "text/plain", "binary/octet-stream"}
_KINDS = (  # (media type prefix, what it is)
    ("application/pdf", "PDF document"),
    ("image/", "image"),
    ("audio/", "audio file"),
    ("video/", "video file"),
    ("application/msword", "Word document"),
    ("application/vnd.openxmlformats-officedocument.wordprocessingml", "Word document"),
    ("application/vnd.ms-excel", "spreadsheet"),
    ("application/vnd.openxmlformats-officedocument.spreadsheetml", "spreadsheet"),
    ("application/zip", "archive"),
    ("application/x-rar", "archive"),
)
_MAGIC = ((b"%PDF-", "PDF document"), (b"\x89PNG", "image"), (b"\xff\xd8\xff", "image"),
          (b"GIF8", "image"), (b"PK\x03\x04", "archive"), (b"\xd0\xcf\x11\xe0", "Office document"))
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def non_html_kind(headers, body: bytes) -> str | None:
    """Why body is not an HTML page (e.g. "PDF document (application/pdf), not an article page"),
    or None when it is one."""
    declared = media_type(headers)
    shown = declared or "no Content-Type"
    if not body or not body.strip():
        return f"empty response body ({shown})"
    for magic, kind in _MAGIC:  # the bytes win over a wrong or vague Content-Type
        if body.startswith(magic):
            return f"{kind} ({shown}), not an article page"
    if declared in _HTML_TYPES:
        return None
    for prefix, kind in _KINDS:
        if declared.startswith(prefix):
            return f"{kind} ({shown}), not an article page"
    if declared in _VAGUE_TYPES and _looks_like_html(body):
        return None
    return f"not an HTML page ({shown}), not an article page"


def _looks_like_html(body: bytes) -> bool:
    for bom, _ in _BOMS:
        body = body.removeprefix(bom)
    start = body[:1024].lstrip().lower()
    return start.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<!--", b"<meta"))


# --- 2. decoding ------------------------------------------------------------------------------------

_CHARSET_PARAM = re.compile(r"""charset\s*=\s*["']?\s*([\w.:\-]+)""", re.IGNORECASE)
_META_CHARSET = re.compile(
    rb"""<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:\-]+)""", re.IGNORECASE)
# Labels browsers read differently from Python's codec of the same name (WHATWG Encoding).
_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252",
            "ascii": "cp1252", "tis-620": "cp874", "windows-1258": "cp1258", "x-cp1258": "cp1258"}


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def meta_charset(body: bytes) -> str | None:
    """The charset a <meta charset> / <meta http-equiv=Content-Type> declares in the <head>."""
    m = _META_CHARSET.search(body[:8192])
    return m.group(1).decode("ascii", "replace") if m else None


def decode_html(headers, body: bytes) -> tuple[str, str]:
    """(NFC text, codec name).

    A BOM wins (it cannot lie); then the charsets the page declares (header, then <meta>), the
    first that decodes cleanly; a declared page that decodes cleanly under none keeps the first
    declaration, with replacement characters for the bad bytes (one stray byte must not turn the
    page into mojibake). Undeclared pages: UTF-8, else windows-1258 (legacy Vietnamese sites).
    """
    for bom, name in _BOMS:
        if body.startswith(bom):
            return _nfc(body.decode("utf-8-sig" if name == "utf-8" else name, "replace")), name
    header_charset = _CHARSET_PARAM.search(header(headers, "Content-Type"))
    declared = []
    for label in (header_charset.group(1) if header_charset else None, meta_charset(body)):
        name = _codec(label)
        if name and name not in declared:
            declared.append(name)
    for name in declared or ["utf-8", "cp1258"]:
        text = _strict(body, name)
        if text is not None:
            return _nfc(text), name
    name = declared[0] if declared else "utf-8"
    return _nfc(body.decode(name, "replace")), name


def _strict(body: bytes, name: str) -> str | None:
    """body decoded without errors, or None. A multi-byte character cut at the very end (a
    truncated download) does not count against the charset."""
    try:
        return body.decode(name)
    except UnicodeDecodeError as exc:
        if exc.start >= len(body) - 4 and "end of data" in exc.reason:
            try:
                return body[:exc.start].decode(name)
            except UnicodeDecodeError:
                return None
        return None


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# --- 3. truncation ----------------------------------------------------------------------------------

_TAGS = re.compile(r"<[^>]*>?")


def truncation(html: str, headers, body: bytes) -> str | None:
    """"truncated HTML: ..." when the page was cut short, else None.

    Two signs: fewer bytes than Content-Length promised (after a gzip transfer the header counts
    the compressed size, which is smaller, so it never misfires), or a full document (<html ...>)
    that never closes its </html>.
    """
    promised = header(headers, "Content-Length").strip()
    short = promised.isdigit() and not header(headers, "Content-Encoding") and len(body) < int(promised)
    lower = html.lower()
    is_document = "<html" in lower[:4096]
    unclosed = is_document and "</html" not in lower[-65536:] and "</html" not in lower
    if not (short or unclosed):
        return None
    got = f"{len(body):,} bytes" + (f" of the {int(promised):,} promised by Content-Length"
                                     if short else "")
    ends = " ".join(_TAGS.sub(" ", html[-300:]).split())[-60:]
    what = "the document ends without </html>" if unclosed else "the body is incomplete"
    return f"truncated HTML: {what} after {got}; it stops at “…{ends}”"


# --- anti-bot pages ---------------------------------------------------------------------------------

# <script>document.cookie="D1N=0123...; path=/";window.location.reload(true);</script>
_SET_COOKIE = re.compile(rb"""document\.cookie\s*=\s*["']\s*([A-Za-z0-9_\-]+)=([^;"']*)""")
_RELOAD = re.compile(rb"""location\.(?:reload|replace|href|assign)""")
_SCRIPT_BYTES = re.compile(rb"<script\b.*?</script\s*>|<style\b.*?</style\s*>",
                           re.IGNORECASE | re.DOTALL)
_TAG_BYTES = re.compile(rb"<[^>]*>")
CHALLENGE_MAX_BYTES = 8192
CHALLENGE_MAX_TEXT = 80  # visible characters: a challenge shows nothing, an article a lot


def challenge_cookie(body: bytes) -> tuple[str, str] | None:
    """(name, value) when body is a "set this cookie and reload" page, else None. Only a small
    page with (almost) no visible text counts: an article that also sets a cookie is not one."""
    if len(body) > CHALLENGE_MAX_BYTES:
        return None
    m = _SET_COOKIE.search(body)
    if not m or not _RELOAD.search(body):
        return None
    visible = b" ".join(_TAG_BYTES.sub(b" ", _SCRIPT_BYTES.sub(b" ", body)).split())
    if len(visible) > CHALLENGE_MAX_TEXT:
        return None
    return m.group(1).decode("ascii"), m.group(2).decode("ascii", "replace")


# --- parsing ------------------------------------------------------------------------------------------

# Inline images (src="data:image/...;base64,...") carry no text, and a value over 10 MB makes
# libxml2 silently drop the rest of the document: cut them to an empty data: URI before parsing.
_INLINE_DATA = re.compile(r"""(["'])data:[^"'\s]{2048,}\1""")


def strip_inline_data(html: str) -> str:
    if "data:" not in html:
        return html
    return _INLINE_DATA.sub(r"\1data:,\1", html)
