"""Text cleaning and quality flags for article bodies.

`clean_text` turns a body (as a site parser or an import gave it) into the text every extractor
and every `evidence_text` refers to. `quality_flags` / `spam_spans` find injected spam such as the
"hi88 com" that replaced words all through seed 003.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["clean_text", "quality_flags", "spam_spans", "find_spam"]

# --------------------------------------------------------------------------- clean_text

# Spaces inside a line: ordinary, no-break, thin, ideographic ... (zero-width ones are deleted).
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff]")
# A line that is nothing but image file names (portals print the attachment names).
_IMAGE_LINE = re.compile(r"^(?:\S+\.(?:jpe?g|png|gif|webp|bmp|tiff?|svg|heic)\s*)+$", re.IGNORECASE)
# Headings after which a page lists other stories.
_TEASER_HEADINGS = {
    "tin liên quan", "bài liên quan", "tin bài liên quan", "bài viết liên quan", "tin cùng chuyên mục",
    "tin khác", "các tin khác", "tin mới", "tin mới nhất", "có thể bạn quan tâm", "đọc thêm",
    "tin đọc nhiều", "đọc nhiều nhất", "tin nổi bật", "cùng chuyên mục",
}
_BYLINE_SEPARATORS = re.compile(r"\s*(?:-|–|—|/)\s*")
# Before cutting the tail of a page we want some real article prose above the cut point:
# navigation menus at the top of a flattened page must not trigger it.
_MIN_PROSE_BEFORE_CUT = 2


def clean_text(body: str) -> str:
    """NFC, tidy whitespace, drop image-name lines, repeated paragraphs and trailing teasers."""
    if not body:
        return ""
    text = _ZERO_WIDTH.sub("", unicodedata.normalize("NFC", body))
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    paragraphs = [line for line in lines if line and not _IMAGE_LINE.match(line)]
    paragraphs = _drop_repeats(paragraphs)
    paragraphs = _cut_trailing_teasers(paragraphs)
    return "\n\n".join(paragraphs)


def _drop_repeats(paragraphs: list[str]) -> list[str]:
    """Keep the first copy of every paragraph of two words or more.

    Pages that print the whole body twice (seed 004) repeat it paragraph by paragraph, so dropping
    every later copy of a paragraph removes the second block as well as single repeats. One-word
    lines (counters such as "0") are left alone: they are not content worth deduplicating.
    """
    seen: set[str] = set()
    kept = []
    for paragraph in paragraphs:
        if len(paragraph.split()) >= 2:
            if paragraph in seen:
                continue
            seen.add(paragraph)
        kept.append(paragraph)
    return kept


def _cut_trailing_teasers(paragraphs: list[str]) -> list[str]:
    """End the body at a byline ("Vũ Tuân - VnExpress") or a "Tin liên quan" heading.

    What follows either one is other stories; both only count after some article prose.
    """
    prose = 0
    for i, paragraph in enumerate(paragraphs):
        if prose >= _MIN_PROSE_BEFORE_CUT:
            if paragraph.lower().rstrip(" :") in _TEASER_HEADINGS:
                return paragraphs[:i]
            if _is_outlet_byline(paragraph) and i + 1 < len(paragraphs):
                return paragraphs[: i + 1]
        if _is_prose(paragraph):
            prose += 1
    return paragraphs


def _is_prose(paragraph: str) -> bool:
    return len(paragraph.split()) >= 12 and paragraph.rstrip()[-1:] in '.!?…"”'


def _is_outlet_byline(line: str) -> bool:
    """A short "Author Name - Outlet" or "Author Name/Outlet" line."""
    parts = _BYLINE_SEPARATORS.split(line)
    if len(parts) != 2 or len(line) > 60:
        return False
    author, outlet = (part.split() for part in parts)
    if not 2 <= len(author) <= 4 or not 1 <= len(outlet) <= 2:
        return False
    return all(word[:1].isupper() and word.replace(".", "").isalpha() for word in author + outlet)


# --------------------------------------------------------------------------- spam

# Brand-like tokens of gambling sites. Each alternative needs a digit or a betting morpheme, so
# ordinary words, acronyms (VIP, VNeID) and real domains (nld.com.vn, Chinhphu.vn) do not match.
_BRAND = r"""(?:
      [a-z]{1,8}(?:888|388|88|68|86|99|79|789|365|777)   # hi88, fb88, new88, sv388, ok365
    | \d{1,4}[a-z]{0,3}(?:bet|win|vip|club)              # 789bet, 8xbet, 33win, 188bet
    | [a-z]{1,6}\d{1,3}(?:bet|win|vip|club)              # f8bet, v9bet, b52club
)"""
# "hi88 com", "fb88.com", "new88 . net": the top-level domain written after the brand.
_TLD = r"(?:com|net|org|vip|club|bet|win|io|cc|tv|info|top|xyz|live|online|site|fun|pro|app)"
_SPAM_RE = re.compile(
    rf"(?<![\w.@/-]){_BRAND}(?:(?:\s*\.\s*|\s+){_TLD}(?!\w|\.\w))?(?!\w|[.@/-]\w)",
    re.IGNORECASE | re.VERBOSE,
)
# Real businesses whose names look like brands (F88 is a pawn-shop chain).
_NOT_SPAM = {"f88"}
# Injected spam repeats; one mention may be legitimate news about a gambling site.
_MIN_SPAM_HITS = 2


_DIGITS = re.compile(r"\d+")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def find_spam(text: str) -> list[tuple[int, int]]:
    """Character spans of injected spam strings, or [] when the text does not look injected."""
    spans, searched_to = [], 0
    # Every brand shape holds a digit: try the full pattern only where a word with digits
    # starts (scanning all of a 10 KB text with it costs ten times more).
    for digits in _DIGITS.finditer(text):
        start = digits.start()
        if start < searched_to:
            continue
        while start > 0 and digits.start() - start < 8 and text[start - 1] in _ASCII_LETTERS:
            start -= 1
        m = _SPAM_RE.match(text, start)
        if m and re.split(r"[\s.]", m.group().lower())[0] not in _NOT_SPAM:
            spans.append(m.span())
            searched_to = m.end()
    return spans if len(spans) >= _MIN_SPAM_HITS else []


def spam_spans(text: str) -> list[str]:
    """The distinct spam strings found (e.g. ["hi88 com"]), in order of first appearance."""
    found: dict[str, None] = {}
    for start, end in find_spam(text):
        found.setdefault(text[start:end], None)
    return list(found)


def quality_flags(text: str) -> list[str]:
    flags = []
    if find_spam(text):
        flags.append("spam_injection")
    return flags
