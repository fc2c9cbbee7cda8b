"""Agency and title gazetteers (dbt seeds), loaded once and matched token by token.

The seeds are `agencies.csv` (agency_id, canonical_name, abbreviation, aliases, level) and
`person_titles.csv` (title, kind, rank, aliases); aliases are separated by "|". Matching uses a
trie over folded tokens, longest match first. An injected-spam token (normalize.SPAM_MARK) may
stand for one word of a name, so "Ban Tuyên giáo và Dân vận hi88 com ương" still resolves to
"Ban Tuyên giáo và Dân vận Trung ương".
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from vngov import config
from vngov.extract.normalize import SPAM_MARK, Token, fold_tokens

_END = "\x00"  # trie key holding the entry that ends at this node
# A match that leans on a spam wildcard must still rest on this many real words.
_MIN_REAL_TOKENS_WITH_WILDCARD = 3
_MAX_WILDCARDS = 1
# Province-level names ending in "tỉnh"/"thành phố" may be followed by the place ("UBND tỉnh Thanh Hóa").
_PLACE_HEADS = {("tinh",), ("thanh", "pho"), ("huyen",), ("tp",)}
_MAX_PLACE_TOKENS = 3


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
    def __init__(self, entries: list[tuple[Entry, list[str]]], require_capital: bool):
        self._trie: dict = {}
        self.entries = [entry for entry, _ in entries]
        self._require_capital = require_capital
        for entry, phrases in entries:
            for phrase in phrases:
                self._add(fold_tokens(phrase), entry)

    def _add(self, keys: tuple[str, ...], entry: Entry) -> None:
        node = self._trie
        for key in keys:
            node = node.setdefault(key, {})
        node.setdefault(_END, entry)  # the first entry listing a phrase keeps it

    def match_at(self, tokens: list[Token], i: int) -> Match | None:
        """Longest entry starting at token i, or None."""
        if self._require_capital and not (tokens[i].is_capitalized or tokens[i].text == SPAM_MARK):
            return None
        best = self._longest(tokens, i, self._trie, 0, 0)
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
        if wildcards >= _MAX_WILDCARDS:
            return best
        for key, child in node.items():
            if key == _END:
                continue
            found = self._longest(tokens, i + 1, child, wildcards + 1, depth + 1)
            if found and (best is None or found[0] > best[0] or (found[0] == best[0] and found[2] < best[2])):
                best = found
        return best

    def _with_place(self, tokens: list[Token], end_tok: int, entry: Entry) -> tuple[str, int]:
        """Append a capitalised place name to names ending in "tỉnh", "thành phố", "huyện"."""
        name = entry.canonical
        if not entry.kind.startswith(("province", "district")):
            return name, end_tok
        last_two = tuple(t.key for t in tokens[max(0, end_tok - 2):end_tok])
        if not any(last_two[-len(head):] == head for head in _PLACE_HEADS):
            return name, end_tok
        j = end_tok
        while j < len(tokens) and j - end_tok < _MAX_PLACE_TOKENS and tokens[j].is_capitalized and tokens[j].text.isalpha():
            j += 1
        if j == end_tok:
            return name, end_tok
        return name + " " + " ".join(t.text for t in tokens[end_tok:j]), j

    def find_all(self, tokens: list[Token]) -> list[Match]:
        """Non-overlapping longest matches, left to right."""
        root = self._trie
        # Only words that can start an entry are tried (a list comprehension: most words are not).
        starts = [i for i, t in enumerate(tokens) if t.key in root or t.text == SPAM_MARK]
        found, next_free = [], 0
        for i in starts:
            if i < next_free:
                continue
            match = self.match_at(tokens, i)
            if match:
                found.append(match)
                next_free = match.end_tok
        return found


def _split_aliases(value: str) -> list[str]:
    return [alias.strip() for alias in (value or "").split("|") if alias.strip()]


def _read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@lru_cache(maxsize=4)
def _agencies(seeds: Path) -> Gazetteer:
    entries = []
    for row in _read_csv(seeds / "agencies.csv"):
        entry = Entry(row["agency_id"], row["canonical_name"], row.get("level") or "")
        entries.append((entry, [row["canonical_name"], *_split_aliases(row.get("aliases", ""))]))
    return Gazetteer(entries, require_capital=True)


@lru_cache(maxsize=4)
def _titles(seeds: Path) -> Gazetteer:
    entries = []
    for row in _read_csv(seeds / "person_titles.csv"):
        entry = Entry(row["title"], row["title"], row.get("kind") or "", int(row.get("rank") or 0))
        entries.append((entry, [row["title"], *_split_aliases(row.get("aliases", ""))]))
    return Gazetteer(entries, require_capital=True)


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
    _seeds_for.cache_clear()


def agencies() -> Gazetteer:
    return _both()[0]


def titles() -> Gazetteer:
    return _both()[1]
