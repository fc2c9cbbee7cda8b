"""Matching keys and tokens for Vietnamese text.

Stored text keeps its diacritics; only the *keys* used for gazetteer lookups are folded
(lower case, no tone or vowel marks, đ -> d), because sites disagree on tone-mark placement
("Ủy"/"Uỷ", "hóa"/"hoá") and capitalisation ("Sở tài nguyên và Môi trường").
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache
from typing import NamedTuple

# Placeholder written over injected spam ("hi88 com") in the analysis copy of a text, so that
# offsets stay aligned with the original and a gazetteer lookup can treat it as "one unknown word".
SPAM_MARK = "§"

# A word, an abbreviation joined by "&" (KH&CN, ĐMST&CĐS), the spam mark, or one punctuation sign.
_TOKEN_RE = re.compile(r"§|\w+(?:&\w+)*|[^\w\s]")


def fold_text(text: str) -> str:
    """Lower-case, strip diacritics and map đ -> d: a matching key, never stored."""
    lowered = text.lower().replace("đ", "d")
    return unicodedata.normalize("NFD", lowered).translate(_combining_marks())


@lru_cache(maxsize=1)
def _combining_marks() -> dict[int, None]:
    """str.translate table deleting every combining character (unicodedata.combining(ch) != 0):
    one C-level pass instead of a Python test per character. Built on first use (~0.1 s)."""
    return dict.fromkeys(cp for cp in range(sys.maxunicode + 1) if unicodedata.combining(chr(cp)))


# Words and names recur across articles; whole texts must not be cached (use fold_text).
fold = lru_cache(maxsize=65536)(fold_text)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


class Token(NamedTuple):
    """A word or sign of the analysis text (a tuple: cheap to build for every word of an article)."""

    start: int
    end: int
    text: str
    key: str  # folded
    is_capitalized: bool

    @property
    def is_spam(self) -> bool:
        return self.text == SPAM_MARK


def tokenize(text: str) -> list[Token]:
    # This runs for every word of every article, hence the shortcuts: str.split, then a cache from
    # each chunk to its tokens (one plain word, or the pieces of "(TTXVN),", "KH&CN", "15/3"),
    # str.find for the offsets, and tuple.__new__ instead of Token(...).
    new, find, chunks = tuple.__new__, text.find, _CHUNKS
    tokens: list[Token] = []
    append, pos = tokens.append, 0
    for chunk in text.split():
        start = find(chunk, pos)
        pos = start + len(chunk)
        info = chunks.get(chunk) or _chunk_info(chunk)
        if info.__class__ is tuple:  # one word: (key, is_capitalized)
            append(new(Token, (start, pos, chunk, info[0], info[1])))
        else:  # pieces: [(start, end, text, key, is_capitalized)] relative to the chunk
            for s0, e0, word, key, cap in info:
                append(new(Token, (start + s0, start + e0, word, key, cap)))
    return tokens


_CHUNKS: dict[str, tuple | list] = {}
_MAX_CHUNKS = 200_000


def _chunk_info(chunk: str) -> tuple | list:
    if len(_CHUNKS) >= _MAX_CHUNKS:
        _CHUNKS.clear()
    if chunk.isalnum():  # the common case: \w+ alone (underscores go the long way)
        info: tuple | list = (fold(chunk), chunk[0].isupper())
    else:
        info = [(m.start(), m.end(), m.group(), fold(m.group()), m.group()[0].isupper())
                for m in _TOKEN_RE.finditer(chunk)]
    _CHUNKS[chunk] = info
    return info


def fold_tokens(phrase: str) -> tuple[str, ...]:
    """The key sequence of a gazetteer phrase, tokenised exactly like article text."""
    return tuple(fold(m.group()) for m in _TOKEN_RE.finditer(nfc(phrase)))


_SPACE_RUN = re.compile(r"\s+")


def squash_spaces(text: str) -> str:
    return _SPACE_RUN.sub(" ", text).strip()
