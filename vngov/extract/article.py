"""One article prepared for extraction: text, spam mask, tokens, sentences, mentions.

Everything is computed once per article and shared by the meeting, directive and document
extractors. Offsets in every view are the offsets of `text`, so evidence is always `text[a:b]`.
"""

from __future__ import annotations

import bisect
from datetime import date, datetime
from functools import cached_property

from vngov.extract import gazetteer, segment
from vngov.extract.dates import DateMention, find_dates, to_date
from vngov.extract.normalize import SPAM_MARK, nfc, squash_spaces, tokenize
from vngov.extract.people import PersonMention, TitleResolver, find_people
from vngov.text import find_spam


class Article:
    def __init__(self, text: str, published_at: datetime | date | str, title: str | None = None):
        self.text = nfc(text or "")
        self.title = nfc(title) if title else None
        self.published_at = published_at
        self.pub_date = to_date(published_at)
        self.spam = find_spam(self.text)
        # The analysis view: spam replaced by one "§" (plus spaces), so "hi88 com ương" reads as
        # "<unknown word> ương" and no extractor ever copies spam into a name.
        self.masked = segment.mask(self.text, self.spam)
        for start, _ in self.spam:
            self.masked = self.masked[:start] + SPAM_MARK + self.masked[start + 1:]
        # Quotations blanked too: directives are read from reported speech only.
        self.unquoted = segment.mask(self.masked, segment.quote_spans(self.masked))

    # ------------------------------------------------------------------ cached views

    @cached_property
    def lower(self) -> str:
        """`unquoted` lower-cased, same offsets: case-insensitive patterns run on it without
        re.IGNORECASE or a leading \\b, which lets the regex engine skip ahead (much faster)."""
        lowered = self.unquoted.lower()
        if len(lowered) != len(self.unquoted):
            lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in self.unquoted)
        return lowered

    def word_matches(self, pattern, start: int = 0, end: int | None = None) -> list:
        """pattern.finditer over `lower`, keeping matches that begin at a word start."""
        text = self.lower
        end = len(text) if end is None else end
        return [m for m in pattern.finditer(text, start, end)
                if not (m.start() and text[m.start() - 1].isalnum() and text[m.start()].isalnum())]

    @cached_property
    def memo(self) -> dict:
        """Per-article results shared between extractors (e.g. document references)."""
        return {}

    @cached_property
    def tokens(self):
        return tokenize(self.masked)

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    @cached_property
    def sentences(self) -> list[segment.Span]:
        return segment.sentences(self.text)

    @cached_property
    def paragraphs(self) -> list[segment.Span]:
        return segment.paragraphs(self.text)

    @cached_property
    def dates(self) -> list[DateMention]:
        return find_dates(self.masked, self.published_at)

    @cached_property
    def agencies(self) -> list[gazetteer.Match]:
        return gazetteer.agencies().find_all(self.tokens)

    @cached_property
    def _raw_people(self) -> list[PersonMention]:
        return find_people(self.tokens)

    @cached_property
    def resolver(self) -> TitleResolver:
        mentions = list(self._raw_people)
        if self.title:  # the headline often names the person the body only calls by title
            mentions += find_people(tokenize(self.title))
        return TitleResolver(mentions)

    @cached_property
    def people(self) -> list[PersonMention]:
        return [self.resolver.resolve(m) for m in self._raw_people]

    # ------------------------------------------------------------------ helpers

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices [i, j) of the tokens inside text[start:end]."""
        return bisect.bisect_left(self._token_starts, start), bisect.bisect_left(self._token_starts, end)

    def token_index_at(self, pos: int) -> int:
        return bisect.bisect_left(self._token_starts, pos)

    def in_range(self, items, start: int, end: int):
        """The items (sorted by start) lying inside text[start:end]."""
        i = bisect.bisect_left(items, start, key=_start_of)
        found = []
        while i < len(items) and _start_of(items[i]) < end:
            if _end_of(items[i]) <= end:
                found.append(items[i])
            i += 1
        return found

    def has_spam(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.spam)

    def clean_slice(self, start: int, end: int) -> str:
        """text[start:end] for free-text fields (action_text, topic): spam replaced by "…",
        so the field never carries it and a reader still sees that a word is missing."""
        pieces, pos = [], start
        for s, e in self.spam:
            if e <= start or s >= end:
                continue
            pieces.append(self.text[pos:max(pos, s)] + "…")
            pos = max(pos, e)
        pieces.append(self.text[pos:end])
        return squash_spaces("".join(pieces)).strip(" ,;:.-–")

    def paragraph_of(self, pos: int) -> segment.Span | None:
        for para in self.paragraphs:
            if para.start <= pos < para.end:
                return para
        return None


def _start_of(item) -> int:
    return item.span[0] if isinstance(item, DateMention) else item.start


def _end_of(item) -> int:
    return item.span[1] if isinstance(item, DateMention) else item.end
