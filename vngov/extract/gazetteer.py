"""Agency and title gazetteers (dbt seeds), loaded once and matched token by token.

The seeds are `agencies.csv` (agency_id, canonical_name, abbreviation, aliases, level, valid_from,
valid_to) and `person_titles.csv` (title, kind, rank, aliases); aliases are separated by "|".
Matching uses a trie over folded tokens, longest match first. An injected-spam token
(normalize.SPAM_MARK) may stand for one word of a name, so "Ban Tuyên giáo và Dân vận hi88 com
ương" still resolves to "Ban Tuyên giáo và Dân vận Trung ương", or sit between two of its words
("Bộ Tài ok365 com chính" -> "Bộ Tài chính"): the name is repaired, never copied with the spam.
`spam_breaks_name` tells vngov.text that a single brand-like string breaks a known name.

`abbreviations.csv` (abbreviation, expansion, kind, note) lists the short forms. A `name_part`
(UBND, HĐND, MTTQ, TƯ, KH&CN, ...) stands for words inside agency and title names: every name is
also matched with those words abbreviated or expanded ("Ban Tổ chức TƯ", "Sở KH&CN"), but the
abbreviation alone names no agency. A `topic` (KHCN/ĐMST/CĐS, CNTT) is a subject, never an
agency; an `ambiguous` one (BCT: Bộ Chính trị or Bộ Công Thương) is never resolved alone.

`agency_history.csv` (agency_id, predecessor_name, successor_name, event, effective_date, predecessor_last_day,
in_effect_by, note) records mergers, renamings, splits and abolitions: current_agency() follows
it to the agency that carries a name's responsibilities now or on a date. Extraction itself
reports agencies as written (canonical name); the mapping to today's agency is for the marts.
"""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from itertools import compress, count
from operator import itemgetter
from pathlib import Path

from vngov import config
from vngov.extract import lexicon
from vngov.extract.normalize import SPAM_MARK, Token, fold_tokens, nfc, tokenize

_END = "\x00"  # trie key holding the entry that ends at this node
# A match that leans on a spam wildcard must still rest on this many real words.
_MIN_REAL_TOKENS_WITH_WILDCARD = 3
_MAX_WILDCARDS = 1
# Province-level names ending in "tỉnh"/"thành phố" may be followed by the place ("UBND tỉnh Thanh Hóa").
_PLACE_HEADS = {("tinh",), ("thanh", "pho"), ("huyen",), ("tp",), ("quan",), ("xa",), ("phuong",)}
# ... and so may the party committees named after their place ("Tỉnh ủy Quảng Ninh", "Thành ủy Hà Nội").
_PLACE_HEADS_IN_TEXT = _PLACE_HEADS | {("tinh", "uy"), ("thanh", "uy"), ("huyen", "uy"), ("thi", "uy")}
_PLACE_LEVELS = ("province", "district", "commune")
_MAX_PLACE_TOKENS = 3
# Abbreviation variants generated per seed phrase (UBND/TƯ/BCĐ ... in and out), at most.
_MAX_VARIANTS = 64
_KEY = itemgetter(3)  # Token.key, for map()


@dataclass(frozen=True, slots=True)
class Entry:
    key: str  # agency_id or title
    canonical: str
    kind: str  # agency level or title kind
    rank: int = 0


@dataclass(frozen=True, slots=True)
class Match:
    start_tok: int
    end_tok: int  # exclusive
    start: int  # character offsets in the text
    end: int
    entry: Entry
    name: str  # canonical name, with the place appended where one followed
    wildcards: int = 0


class Gazetteer:
    def __init__(self, entries: list[tuple[Entry, list[str]]], require_capital: bool,
                 name_parts: list[tuple[tuple[str, ...], tuple[str, ...]]] = ()):
        """`name_parts`: (full words, abbreviation) key pairs; every phrase is also matched with
        them swapped either way ("Ban Tổ chức TƯ"). Those variants live in a trie of their own,
        where a spam token is no wildcard (it would stand for a whole "Trung ương"), and a seed
        phrase wins a tie."""
        self._trie: dict = {}
        self._variant_trie: dict = {}
        self.entries = [entry for entry, _ in entries]
        self._require_capital = require_capital
        keyed = [(entry, [fold_tokens(phrase) for phrase in phrases]) for entry, phrases in entries]
        seed_keys = {key for _, keys in keyed for key in keys}
        for entry, keys in keyed:
            for key in keys:
                self._add(self._trie, key, entry)
        if name_parts:
            for entry, keys in keyed:
                for key in keys:
                    for variant in _variants(key, name_parts) - seed_keys:
                        self._add(self._variant_trie, variant, entry)
        self.start_keys = frozenset(self._trie.keys() | self._variant_trie.keys())  # folded first words of every entry
        self._start_keys_or_spam = self.start_keys | {SPAM_MARK}

    @staticmethod
    def _add(trie: dict, keys: tuple[str, ...], entry: Entry) -> None:
        node = trie
        for key in keys:
            node = node.setdefault(key, {})
        node.setdefault(_END, entry)  # the first entry listing a phrase keeps it

    def match_at(self, tokens: list[Token], i: int) -> Match | None:
        """Longest entry starting at token i, or None."""
        if self._require_capital and not (tokens[i].is_capitalized or tokens[i].text == SPAM_MARK):
            return None
        best = self._longest(tokens, i, self._trie, 0, 0)
        if self._variant_trie and tokens[i].key in self._variant_trie:
            variant = self._longest(tokens, i, self._variant_trie, _MAX_WILDCARDS, 0)
            if variant and (best is None or variant[0] > best[0]):
                best = (variant[0], variant[1], 0)
        if best is None:
            return None
        end_tok, entry, wildcards = best
        real = (end_tok - i) - wildcards
        if wildcards and real < _MIN_REAL_TOKENS_WITH_WILDCARD:
            return None
        name, end_tok = self._with_place(tokens, end_tok, entry)
        return Match(i, end_tok, tokens[i].start, tokens[end_tok - 1].end, entry, name, wildcards)

    def _longest(self, tokens, i, node, wildcards, depth):
        """(end token, entry, wildcards used) of the longest entry from token i, or None.

        Walks the trie iteratively; only a spam token makes it branch (try every child)."""
        best = None
        while True:
            if depth and _END in node:
                best = (i, node[_END], wildcards)
            if i >= len(tokens):
                return best
            token = tokens[i]
            if token.text == SPAM_MARK:
                return self._branch(tokens, i, node, wildcards, depth, best)
            node = node.get(token.key)
            if node is None:
                return best
            i += 1
            depth += 1

    def _branch(self, tokens, i, node, wildcards, depth, best):
        """A spam token at i: it stands for one word of the name ("Công an § ương"), or it was
        put between two of its words ("Bộ Tài § chính"); then the next word must continue the
        name, so a name never ends on the spam token it skipped."""
        if wildcards >= _MAX_WILDCARDS:
            return best
        candidates = [(i + 1, child) for key, child in node.items() if key != _END]
        if depth and i + 1 < len(tokens):  # inserted: the name goes on after the spam
            child = node.get(tokens[i + 1].key)
            if child is not None and tokens[i + 1].text != SPAM_MARK:
                candidates.append((i + 2, child))
        for j, child in candidates:
            found = self._longest(tokens, j, child, wildcards + 1, depth + 1)
            if found and (best is None or found[0] > best[0] or (found[0] == best[0] and found[2] < best[2])):
                best = found
        return best

    def _with_place(self, tokens: list[Token], end_tok: int, entry: Entry) -> tuple[str, int]:
        """Append a capitalised place name to names ending in "tỉnh", "thành phố", "huyện", "xã"..."""
        name = entry.canonical
        if not entry.kind.startswith(_PLACE_LEVELS):
            return name, end_tok
        last_two = tuple(t.key for t in tokens[max(0, end_tok - 2):end_tok])
        if last_two[-1:] not in _PLACE_HEADS_IN_TEXT and last_two not in _PLACE_HEADS_IN_TEXT:  # heads of 1-2 words
            return name, end_tok
        j = lexicon.place_end(tokens, end_tok, _MAX_PLACE_TOKENS)
        if j == end_tok:
            return name, end_tok
        return name + " " + " ".join(t.text for t in tokens[end_tok:j] if t.text != "."), j

    def find_all(self, tokens: list[Token], tried: dict[int, Match | None] | None = None) -> list[Match]:
        """Non-overlapping longest matches, left to right. `tried` receives match_at(tokens, i)
        for every token i looked at (for callers that look again)."""
        # Only words that can start an entry are tried (most words are not), picked out by C-level
        # iteration over the keys; a spam token's key is the spam mark itself.
        starts = compress(count(), map(self._start_keys_or_spam.__contains__, map(_KEY, tokens)))
        found, next_free = [], 0
        for i in starts:
            if i < next_free:
                continue
            match = self.match_at(tokens, i)
            if tried is not None:
                tried[i] = match
            if match:
                found.append(match)
                next_free = match.end_tok
        return found


def spam_breaks_name(before: str, after: str) -> bool:
    """Whether a string found between `before` and `after` (text of the same line) breaks an agency
    or title name the gazetteer knows: it stands for one of its words ("Đảng ủy Công an | ương")
    or sits between two of them ("Bộ Tài | chính", "Phó Thủ | tướng")."""
    head, tail = tokenize(before), tokenize(after)
    if not tail:
        return False
    tokens = head + [Token(len(before), len(before) + 1, SPAM_MARK, SPAM_MARK, False)]
    shift = len(before) + 1
    tokens += [Token(t.start + shift, t.end + shift, t.text, t.key, t.is_capitalized) for t in tail]
    spam = len(head)
    for gazetteer in (agencies(), titles()):
        for match in gazetteer.find_all(tokens):
            if match.wildcards and match.start_tok < spam < match.end_tok:
                return True
    return False


def _replace(key: tuple[str, ...], old: tuple[str, ...], new: tuple[str, ...]) -> tuple[str, ...]:
    out, i, n = [], 0, len(old)
    while i < len(key):
        if key[i:i + n] == old:
            out.extend(new)
            i += n
        else:
            out.append(key[i])
            i += 1
    return tuple(out)


def _variants(key: tuple[str, ...], name_parts) -> set[tuple[str, ...]]:
    """The key with name parts abbreviated ("Ủy ban nhân dân" -> "UBND") or expanded, in any mix."""
    found, todo = {key}, [key]
    while todo and len(found) < _MAX_VARIANTS:
        current = todo.pop()
        for full, short in name_parts:
            for old, new in ((full, short), (short, full)):
                if old == new or not _contains(current, old):
                    continue
                variant = _replace(current, old, new)
                if variant not in found and len(found) < _MAX_VARIANTS:
                    found.add(variant)
                    todo.append(variant)
    found.discard(key)
    return found


def _contains(key: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return any(key[i:i + n] == part for i in range(len(key) - n + 1))


def _split_aliases(value: str) -> list[str]:
    return [alias.strip() for alias in (value or "").split("|") if alias.strip()]


def _read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@dataclass(frozen=True, slots=True)
class Abbreviation:
    abbreviation: str
    expansion: str
    kind: str  # name_part | topic | ambiguous
    note: str = ""


@lru_cache(maxsize=4)
def _abbreviations(seeds: Path) -> dict[tuple[str, ...], Abbreviation]:
    path = seeds / "abbreviations.csv"
    if not path.exists():
        return {}
    table = {}
    for row in _read_csv(path):
        abbreviation = Abbreviation(nfc(row["abbreviation"]), nfc(row["expansion"]), row["kind"], row.get("note") or "")
        table.setdefault(fold_tokens(abbreviation.abbreviation), abbreviation)
    return table


def _name_parts(seeds: Path) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [(fold_tokens(a.expansion), key) for key, a in _abbreviations(seeds).items() if a.kind == "name_part"]


@lru_cache(maxsize=4)
def _agencies(seeds: Path) -> Gazetteer:
    entries = []
    for row in _read_csv(seeds / "agencies.csv"):
        entry = Entry(row["agency_id"], row["canonical_name"], row.get("level") or "")
        entries.append((entry, [row["canonical_name"], *_split_aliases(row.get("aliases", ""))]))
    return Gazetteer(entries, require_capital=True, name_parts=_name_parts(seeds))


@lru_cache(maxsize=4)
def _titles(seeds: Path) -> Gazetteer:
    entries = []
    for row in _read_csv(seeds / "person_titles.csv"):
        entry = Entry(row["title"], row["title"], row.get("kind") or "", int(row.get("rank") or 0))
        entries.append((entry, [row["title"], *_split_aliases(row.get("aliases", ""))]))
    return Gazetteer(entries, require_capital=True, name_parts=_name_parts(seeds))


def _seeds_key() -> str:
    # config.seeds_dir() builds Paths; this is called per token, so key the cache on the env var.
    return os.environ.get("VNGOV_DBT_DIR", "")


@lru_cache(maxsize=4)
def _seeds_for(_key: str) -> Path:
    return config.seeds_dir()


_loaded: list[tuple[Gazetteer, Gazetteer]] = []


def _both() -> tuple[Gazetteer, Gazetteer]:
    # Looked up for every capitalised word, so no environment or path work here: the seeds are
    # read once per process (call reload() after changing VNGOV_DBT_DIR).
    if not _loaded:
        seeds = _seeds_for(_seeds_key())
        _loaded.append((_agencies(seeds), _titles(seeds)))
    return _loaded[0]


def reload() -> None:
    """Forget the loaded gazetteers (after editing the seeds or changing VNGOV_DBT_DIR)."""
    _loaded.clear()
    _agencies.cache_clear()
    _titles.cache_clear()
    _abbreviations.cache_clear()
    _registry.cache_clear()
    _office_holders.cache_clear()
    title_level.cache_clear()
    _seeds_for.cache_clear()


def agencies() -> Gazetteer:
    return _both()[0]


# ----------------------------------------------------------------------------- office-holders
# Offices one person holds at a time: a bare "Thủ tướng" in an article that never names him is the
# Prime Minister of the publish day (people.csv, person_positions.csv). An office with no end date
# is trusted up to its row's as_of date or OFFICES_REVIEWED, the day the seed was last checked.
UNIQUE_OFFICES = frozenset({"Tổng Bí thư", "Chủ tịch nước", "Thủ tướng", "Chủ tịch Quốc hội"})
OFFICES_REVIEWED = date(2025, 12, 31)


@lru_cache(maxsize=4)
def _office_holders(seeds: Path) -> dict[str, list[tuple[date, date, str]]]:
    people = {row["person_id"]: row["full_name"] for row in _read_csv(seeds / "people.csv")}
    holders: dict[str, list[tuple[date, date, str]]] = {}
    for row in _read_csv(seeds / "person_positions.csv"):
        if row.get("kind") != "office" or row.get("title") not in UNIQUE_OFFICES or not row.get("valid_from"):
            continue
        until = _date(row.get("valid_to")) or max(_date(row.get("as_of")) or OFFICES_REVIEWED, OFFICES_REVIEWED)
        holders.setdefault(row["title"], []).append((_date(row["valid_from"]), until, people[row["person_id"]]))
    return holders


def office_holder(title: str | None, day: date | None) -> str | None:
    """The one person who held this office on that day, when the seeds know it."""
    if not title or day is None or title not in UNIQUE_OFFICES:
        return None
    found = {name for start, end, name in _office_holders(_seeds_for(_seeds_key())).get(title, ())
             if start <= day <= end}
    return found.pop() if len(found) == 1 else None


def titles() -> Gazetteer:
    return _both()[1]


# ----------------------------------------------------------------------------- names, abbreviations, history
# Whole strings (an addressee, a name from a table), not running text.

_PLACE_WORD = re.compile(r"\w+")
_MAX_PLACE_WORDS = 5  # "Thành phố Hồ Chí Minh"
_PLACE_JOINERS = {"-", "–"}  # "Bà Rịa - Vũng Tàu"
_TOPIC_SEPARATORS = {"/", ",", "&", "va", ";"}
_MAX_HISTORY_STEPS = 20


@dataclass(frozen=True, slots=True)
class Succession:
    """One row of agency_history.csv: what became of the agency `agency_id`."""

    agency_id: str
    predecessor: str
    successor: str | None  # None when abolished with no single successor
    event: str  # merged | renamed | split | abolished
    effective_date: date | None  # first day of the successor
    predecessor_last_day: date | None
    in_effect_by: date | None  # when effective_date is not recorded: a day it had surely happened by
    note: str = ""

    def in_effect(self, on: date) -> bool:
        """Whether the event had taken effect on `on` (undated events: from `in_effect_by`)."""
        when = self.effective_date or self.in_effect_by
        return when is not None and when <= on


@dataclass(frozen=True, slots=True)
class AgencyName:
    """An agency named by a whole string: the seed entry and the place written after it."""

    entry: Entry
    place: str | None = None

    @property
    def agency_id(self) -> str:
        return self.entry.key

    @property
    def name(self) -> str:
        return _with_place_name(self.entry, self.place)


@dataclass
class _Registry:
    by_id: dict[str, Entry]
    by_key: dict[tuple[str, ...], Entry]  # folded canonical name -> entry
    by_abbreviation: dict[tuple[str, ...], Entry]  # unambiguous abbreviation column values
    history: dict[str, Succession]  # by predecessor agency_id


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


@lru_cache(maxsize=4)
def _registry(seeds: Path) -> _Registry:
    rows = _read_csv(seeds / "agencies.csv")
    by_id = {row["agency_id"]: Entry(row["agency_id"], row["canonical_name"], row.get("level") or "")
             for row in rows}
    by_key = {fold_tokens(entry.canonical): entry for entry in by_id.values()}
    abbreviations = _abbreviations(seeds)
    owners: dict[tuple[str, ...], set[str]] = {}
    for row in rows:
        if row.get("abbreviation"):
            owners.setdefault(fold_tokens(row["abbreviation"]), set()).add(row["agency_id"])
    # An abbreviation stands for an agency only when one agency uses it and it is neither a
    # name part, a topic nor listed as ambiguous ("KH&CN" is Bộ or Sở or the subject; "BCT").
    by_abbreviation = {key: by_id[ids.pop()] for key, ids in owners.items()
                       if len(ids) == 1 and key not in abbreviations}
    history = {}
    path = seeds / "agency_history.csv"
    if path.exists():
        for row in _read_csv(path):
            history[row["agency_id"]] = Succession(
                row["agency_id"], row["predecessor_name"], row.get("successor_name") or None, row["event"],
                _date(row.get("effective_date")), _date(row.get("predecessor_last_day")), _date(row.get("in_effect_by")),
                row.get("note") or "")
    return _Registry(by_id, by_key, by_abbreviation, history)


def _registry_now() -> _Registry:
    return _registry(_seeds_for(_seeds_key()))


def _place_after(text: str, tokens: list[Token], match: Match) -> str | None:
    """The place that ends a whole string after a local agency, as written: "Thanh Hóa" in
    "Tỉnh ủy Thanh Hóa", "tỉnh Thanh Hóa" in "Sở Tài chính tỉnh Thanh Hóa", "Bà Rịa - Vũng Tàu"."""
    written = match.name[len(match.entry.canonical):].strip()
    first = match.end_tok - (len(tokenize(written)) if written else 0)  # first token after the name
    rest = tokens[first:]
    keys = tuple(t.key for t in rest)
    head = next((len(h) for h in _PLACE_HEADS if keys[:len(h)] == h), 0)
    words = rest[head:]
    if not words or not (_is_place_word(words[0]) and _is_place_word(words[-1])):
        return None
    if not all(_is_place_word(t) or t.text in _PLACE_JOINERS for t in words):
        return None
    if sum(_is_place_word(t) for t in words) > _MAX_PLACE_WORDS:
        return None
    return text[rest[0].start:].strip()


def _is_place_word(token: Token) -> bool:
    return token.is_capitalized and bool(_PLACE_WORD.fullmatch(token.text))


def _with_place_name(entry: Entry, place: str | None) -> str:
    return f"{entry.canonical} {place}" if place and entry.kind.startswith(_PLACE_LEVELS) else entry.canonical


def resolve_agency(name: str | None) -> AgencyName | None:
    """The agency a whole string names: canonical name, alias, abbreviated form ("UBND tỉnh Thanh
    Hóa", "Bộ KH&CN", "Ban Tổ chức TƯ") or an unambiguous abbreviation ("VPCP"); None otherwise.

    A local agency may be followed by its place ("Tỉnh ủy Thanh Hóa"). Abbreviations that name no
    one agency on their own ("UBND", "KH&CN", "BCT") and topics ("KHCN/ĐMST/CĐS") give None."""
    if not name or not name.strip():
        return None
    text = nfc(name.strip())
    tokens = tokenize(text)
    if not tokens:
        return None
    match = agencies().match_at(tokens, 0)
    if match and not match.wildcards:
        if match.end_tok == len(tokens):
            return AgencyName(match.entry, match.name[len(match.entry.canonical):].strip() or None)
        place = _place_after(text, tokens, match) if match.entry.kind.startswith(_PLACE_LEVELS) else None
        return AgencyName(match.entry, place) if place else None
    entry = _registry_now().by_abbreviation.get(tuple(t.key for t in tokens))
    return AgencyName(entry) if entry else None


# Levels of authority, 1 = central: a request from a lower level to a higher one is no directive.
_AGENCY_LEVELS = {"party_central": 1, "state_central": 1, "ministry": 2, "ministry_former": 2, "central_agency": 2,
                  "province": 3, "district": 4, "commune": 5}
_RANK_LEVELS = ((15, 1), (35, 2), (50, 3), (72, 4))


def agency_level(kind: str | None) -> int | None:
    return _AGENCY_LEVELS.get(kind or "")


@lru_cache(maxsize=4096)
def title_level(title: str | None) -> int | None:
    """The level of authority of a title as written ("Bộ trưởng Bộ Y tế" -> 2), None if unknown."""
    if not title:
        return None
    tokens = tokenize(nfc(title))
    match = titles().match_at(tokens, 0) if tokens else None
    if not match:
        return None
    return next((level for top, level in _RANK_LEVELS if match.entry.rank <= top), None)


def is_place(text: str | None) -> bool:
    """Whether the whole string is a province or centrally-run city ("Hà Nội", "TP HCM")."""
    return bool(text) and lexicon.is_place(nfc(text))


def agency_id(name: str | None) -> str | None:
    resolved = resolve_agency(name)
    return resolved.agency_id if resolved else None


def is_agency(text: str | None) -> bool:
    """Whether the whole string names an agency (a topic abbreviation such as "KHCN/ĐMST/CĐS" does not)."""
    return resolve_agency(text) is not None


def abbreviation(text: str | None) -> Abbreviation | None:
    """The abbreviations.csv row for a whole short form ("UBND", "KHCN, ĐMST&CĐS"), or None."""
    if not text:
        return None
    return _abbreviations(_seeds_for(_seeds_key())).get(fold_tokens(text.strip()))


def expand_abbreviation(text: str | None) -> str | None:
    """The words an abbreviation stands for: "HĐND" -> "Hội đồng nhân dân", "KHCN/ĐMST/CĐS" ->
    "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số". A list of known abbreviations
    ("ĐMST, CĐS") is expanded piece by piece. None for unknown or ambiguous ones ("BCT")."""
    if not text or not text.strip():
        return None
    table = _abbreviations(_seeds_for(_seeds_key()))
    whole = table.get(fold_tokens(text.strip()))
    if whole:
        return None if whole.kind == "ambiguous" else whole.expansion
    parts, current = [], []
    for token in tokenize(nfc(text.strip())):
        if token.key in _TOPIC_SEPARATORS:
            parts.append(tuple(current))
            current = []
        else:
            current.append(token.key)
    parts.append(tuple(current))
    found = [table.get(part) for part in parts]
    if len(found) < 2 or any(a is None or a.kind == "ambiguous" for a in found):
        return None
    words = [a.expansion for a in found]
    return ", ".join(words[:-1]) + " và " + words[-1]


def succession(agency: str) -> Succession | None:
    """The history row of an agency (by agency_id or by name), None if it still exists as is."""
    registry = _registry_now()
    if agency not in registry.by_id:
        agency = agency_id(agency) or ""
    return registry.history.get(agency)


def history() -> list[Succession]:
    return list(_registry_now().history.values())


def _today() -> date:
    return datetime.now(config.VIETNAM_TZ).date()


def agency_chain(name: str, on: date | None = None) -> list[str]:
    """The names from `name` to the agency that carries its responsibilities on `on` (default
    today): ["Bộ Bưu chính, Viễn thông", "Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ"].

    Merged, renamed and split agencies lead to their (main) successor once the event has taken
    effect; an abolished agency with no single successor ("Ủy ban nhân dân huyện", 1/7/2025) ends
    the chain. A place written after a local agency is kept where the successor takes one. An
    unknown name is returned as written (NFC)."""
    on = on or _today()
    resolved = resolve_agency(name)
    if resolved is None:
        return [nfc(name.strip())]
    registry, entry = _registry_now(), resolved.entry
    chain, seen = [resolved.name], {entry.key}
    for _ in range(_MAX_HISTORY_STEPS):
        step = registry.history.get(entry.key)
        if step is None or step.successor is None or not step.in_effect(on):
            break
        successor = registry.by_key.get(fold_tokens(step.successor))
        if successor is None or successor.key in seen:
            break
        entry = successor
        seen.add(entry.key)
        chain.append(_with_place_name(entry, resolved.place))
    return chain


def current_agency(name: str, on: date | None = None) -> str:
    """The agency that carries the responsibilities of `name` now, or on the date `on`.

    current_agency("Bộ Thông tin và Truyền thông") == "Bộ Khoa học và Công nghệ" (from 1/3/2025);
    on a date before the merger the name itself. Abbreviated forms resolve ("Bộ TT&TT"); an
    abolished agency and an unknown name come back as they are (see agency_chain)."""
    return agency_chain(name, on)[-1]
