"""One article prepared for extraction: text, spam mask, tokens, sentences, mentions.

Everything is computed once per article and shared by the meeting, directive and document
extractors. Offsets in every view are the offsets of `text`, so evidence is always `text[a:b]`.
"""

from __future__ import annotations

import bisect
import re
from datetime import date, datetime
from functools import cached_property
from operator import itemgetter

from vngov.extract import gazetteer, segment
from vngov.extract.dates import DateMention, find_dates, to_date
from vngov.extract.normalize import SPAM_MARK, fold, nfc, squash_spaces, tokenize
from vngov.extract.people import PersonMention, TitleResolver, find_people, name_office_holders, resolve_pronouns
from vngov.text import brand_spans


class Article:
    def __init__(self, text: str, published_at: datetime | date | str, title: str | None = None):
        self.text = nfc(text or "")
        self.title = nfc(title) if title else None
        self.published_at = published_at
        self.pub_date = to_date(published_at)
        # Every brand-shaped string, not only those find_spam judges injected: a single "W88"
        # that may be news about a gambling site has no place in a name or an action either.
        self.spam = brand_spans(self.text)
        # The analysis view: spam replaced by one "§" (plus spaces), so "hi88 com ương" reads as
        # "<unknown word> ương", "Bộ Tài ok365 com chính" as "Bộ Tài <spam> chính" (the gazetteer
        # repairs both names), and no extractor ever copies spam into a name.
        self.masked = segment.mask(self.text, self.spam)
        for start, _ in self.spam:
            self.masked = self.masked[:start] + SPAM_MARK + self.masked[start + 1:]
        # Quotations blanked too: directives are read from reported speech only.
        self.unquoted = segment.mask(self.masked, self.quotes)

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
    def lower_masked(self) -> str:
        """`masked` lower-cased (quotations kept), same offsets."""
        lowered = self.masked.lower()
        if len(lowered) != len(self.masked):
            lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in self.masked)
        return lowered

    @cached_property
    def quotes(self) -> list[segment.Span]:
        return segment.quote_spans(self.masked)

    def quote_at(self, pos: int) -> segment.Span | None:
        for quote in self.quotes:
            if quote.start <= pos < quote.end:
                return quote
        return None

    @cached_property
    def _people_by_start(self) -> dict[int, PersonMention]:
        return {p.start: p for p in self.people}

    def people_at(self, pos: int) -> PersonMention | None:
        """The person mention that starts at character `pos`, if any."""
        return self._people_by_start.get(pos)

    @cached_property
    def meetings(self) -> list:
        """The meetings the article reports (the directives' speaker may be a meeting's chair).
        Computed on first use, so no extractor depends on another having run first."""
        from vngov.extract.meetings import find_meetings  # meetings imports this module

        return find_meetings(self)

    @cached_property
    def memo(self) -> dict:
        """Per-article results shared between extractors (e.g. document references)."""
        return {}

    @cached_property
    def tokens(self):
        return tokenize(self.masked)

    @cached_property
    def _token_starts(self) -> list[int]:
        return list(map(_START, self.tokens))

    @cached_property
    def sentences(self) -> list[segment.Span]:
        return segment.sentences(self.text, self.paragraphs)

    @cached_property
    def paragraphs(self) -> list[segment.Span]:
        return segment.paragraphs(self.text)

    @cached_property
    def dates(self) -> list[DateMention]:
        return find_dates(self.masked, self.published_at)

    @cached_property
    def agencies(self) -> list[gazetteer.Match]:
        return gazetteer.agencies().find_all(self.tokens, tried=self._agency_matches)

    @cached_property
    def _agency_matches(self) -> dict[int, gazetteer.Match | None]:
        return {}

    def agency_at(self, i: int) -> gazetteer.Match | None:
        """gazetteer.agencies().match_at(self.tokens, i), computed once per token: the extractors
        look at the same words again, and finding `agencies` has tried most of them already."""
        self.agencies  # noqa: B018 - fills _agency_matches
        found = self._agency_matches
        if i not in found:
            found[i] = gazetteer.agencies().match_at(self.tokens, i)
        return found[i]

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
        return name_office_holders(resolve_pronouns([self.resolver.resolve(m) for m in self._raw_people]), self.pub_date)

    # ------------------------------------------------------------------ helpers

    def full_agency_name(self, short: str) -> str:
        """"Ban Chỉ đạo" -> the one agency the article names in full that starts with those words
        ("Thường trực Ban Chỉ đạo" -> "Thường trực " + that name); else the name as written."""
        standing = _STANDING.match(short)
        key = fold(short[standing.end():] if standing else short)
        longer = {a.name for a in self.agencies if fold(a.name).startswith(key + " ")}
        if len(longer) == 1:
            return (standing.group() if standing else "") + longer.pop()
        return short

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices [i, j) of the tokens inside text[start:end]."""
        return bisect.bisect_left(self._token_starts, start), bisect.bisect_left(self._token_starts, end)

    def token_index_at(self, pos: int) -> int:
        return bisect.bisect_left(self._token_starts, pos)

    def in_range(self, items, start: int, end: int):
        """The items (sorted by start) lying inside text[start:end]."""
        cached = self._bounds.get(id(items))
        if cached is None or cached[0] is not items or len(cached[1]) != len(items):
            # the list itself is kept in the cache, so its id cannot be reused while cached
            cached = self._bounds[id(items)] = (items, [_start_of(x) for x in items], [_end_of(x) for x in items])
        starts, ends = cached[1], cached[2]
        i = bisect.bisect_left(starts, start)
        found = []
        while i < len(starts) and starts[i] < end:
            if ends[i] <= end:
                found.append(items[i])
            i += 1
        return found

    @cached_property
    def _bounds(self) -> dict:
        return {}

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

    @cached_property
    def headlines(self) -> list[segment.Span]:
        """Paragraphs that are page chrome or headlines, not story: the ones before the first
        paragraph that ends like a sentence ("Trang chủ", the headline and dateline of a flattened
        page), and any paragraph that repeats the title. Directives are not read from them."""
        found = []
        title = " ".join(self.title.split()).rstrip(" .").lower() if self.title else ""
        in_story = False
        if not any(self.text[p.end - 1] in _SENTENCE_END for p in self.paragraphs):
            return []  # nothing ends like a sentence: no way to tell chrome from story
        for para in self.paragraphs:  # spans are trimmed: the last character ends the paragraph
            if not in_story and (self.text[para.end - 1] in _SENTENCE_END
                                 or self.text.count(" ", para.start, para.end) >= _MAX_HEADLINE_WORDS):
                in_story = True
            if not in_story:
                found.append(para)
            elif title and abs((para.end - para.start) - len(title)) <= 4:
                text = self.text[para.start:para.end]
                if " ".join(text.split()).rstrip(" .").lower() == title:
                    found.append(para)
        return found

    @cached_property
    def _headline_starts(self) -> list[int]:
        return [p.start for p in self.headlines]

    def in_headline(self, pos: int) -> bool:
        i = bisect.bisect_right(self._headline_starts, pos) - 1
        return i >= 0 and pos < self.headlines[i].end

    def paragraph_of(self, pos: int) -> segment.Span | None:
        for para in self.paragraphs:
            if para.start <= pos < para.end:
                return para
        return None


_START = itemgetter(0)  # Token.start, for map()
_STANDING = re.compile(r"(?:Thường trực|Thường vụ)\s+")
_SENTENCE_END = set('.!?…:;"”)»')
_MAX_HEADLINE_WORDS = 40  # a longer paragraph is story even when it does not end like a sentence


def _start_of(item) -> int:
    return item.span[0] if isinstance(item, DateMention) else item.start


def _end_of(item) -> int:
    return item.span[1] if isinstance(item, DateMention) else item.end
