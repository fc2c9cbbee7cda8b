"""Paragraphs, sentences and quotations as character spans of the (clean) text.

Spans, not copies: every extractor reports `evidence_text` as a verbatim slice of its input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# A sentence ends at . ! ? … (plus closing quotes/brackets) before a space and a capital, digit
# or opening quote; portals also glue sentences together ("hội nghị.Trên tinh thần"). The case
# checks are done in code (str.isupper), because Vietnamese capitals are spread over Unicode.
_BOUNDARY = re.compile(r"""[.!?…]+["”’)]*(?:\s+|(?=[^\W\d_]))""")
# Abbreviations after which a period does not end a sentence ("TP. Hồ Chí Minh", "PGS. TS.").
_ABBREVIATIONS = {"tp", "ts", "ths", "pgs", "gs", "bs", "ks", "ls", "nxb", "st", "mr", "mrs", "dr", "v.v"}
_QUOTES = re.compile(r'"[^"\n]{1,2000}"|“[^”\n]{1,2000}”')


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def text(self, source: str) -> str:
        return source[self.start:self.end]


def paragraphs(text: str) -> list[Span]:
    spans, pos = [], 0
    for block in re.split(r"(\n\s*\n|\n)", text):
        if block.strip() and not block.isspace():
            start = pos + (len(block) - len(block.lstrip()))
            spans.append(Span(start, pos + len(block.rstrip())))
        pos += len(block)
    return spans


def sentences(text: str, paras: list[Span] | None = None) -> list[Span]:
    """Sentence spans in text order (trimmed of surrounding whitespace); `paras`: paragraphs(text),
    when the caller has them already."""
    spans = []
    for para in paragraphs(text) if paras is None else paras:
        start = para.start
        for m in _BOUNDARY.finditer(text, para.start, para.end):
            if not _is_boundary(text, m) or _ends_with_abbreviation(text, start, m.start() + 1):
                continue
            _append(spans, text, start, m.end())
            start = m.end()
        _append(spans, text, start, para.end)
    return spans


def _is_boundary(text: str, m: re.Match) -> bool:
    after = text[m.end():m.end() + 1]
    if not after:
        return False
    if m.group()[-1:].isspace():  # ". Next": a capital, digit or opening quote follows
        return after.isupper() or after.isdigit() or after in '"“‘('
    # glued ("nghị.Trên"): a lower-case word before, a capitalised word after
    before = text[max(0, m.start() - 2):m.start()]
    return len(before) == 2 and before.isalpha() and before.islower() and after.isupper()


def _append(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append(Span(start, end))


def _ends_with_abbreviation(text: str, start: int, end: int) -> bool:
    before = text[start:end].rstrip("\"”’) ")
    if not before.endswith("."):
        return False
    words = before[:-1].rsplit(None, 1)  # the last word only: no split of the whole sentence
    last_word = words[-1] if words else ""
    return last_word.lower() in _ABBREVIATIONS


def quote_spans(text: str) -> list[Span]:
    """Quoted speech: directives are read from reported speech, never from quotations."""
    if '"' not in text and "“" not in text:  # str.find is far quicker than the regex scan
        return []
    return [Span(m.start(), m.end()) for m in _QUOTES.finditer(text)]


def mask(text: str, spans: list[Span] | list[tuple[int, int]], fill: str = " ") -> str:
    """`text` with the given spans overwritten by `fill`, one character (offsets unchanged)."""
    if not spans:
        return text
    bounds = sorted((span.start, span.end) if isinstance(span, Span) else tuple(span) for span in spans)
    pieces, pos = [], 0  # slices of the text between the spans: no list of every character
    for start, end in bounds:
        start, end = max(start, pos), min(end, len(text))
        if start < end:
            pieces += (text[pos:start], fill * (end - start))
            pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def top_level(text: str, start: int, end: int, separator: str) -> list[int]:
    """Offsets of `separator` in text[start:end] outside brackets and quotes."""
    if text.find(separator, start, end) < 0:
        return []
    found, depth, in_quote = [], 0, False
    for m in _structure(separator).finditer(text, start, end):  # brackets, quotes, separators: no other character matters
        i, ch = m.start(), m.group()
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch in '"“”':
            in_quote = not in_quote if ch == '"' else ch == "“"
        elif ch == separator and depth == 0 and not in_quote:
            found.append(i)
    return found


@lru_cache(maxsize=16)
def _structure(separator: str) -> re.Pattern:
    return re.compile(f"[()\\[\\]\"“”{re.escape(separator)}]")


def split_top_level(text: str, start: int, end: int, separator: str = ";") -> list[Span]:
    """Split text[start:end] at `separator`, outside brackets and quotes."""
    bounds = [start - 1, *top_level(text, start, end, separator), end]
    parts = [_trimmed(text, Span(a + 1, b)) for a, b in zip(bounds, bounds[1:])]
    return [p for p in parts if p.start < p.end]


def _trimmed(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and text[start] in " \t\n":
        start += 1
    while end > start and text[end - 1] in " \t\n.":
        end -= 1
    return Span(start, end)
