"""Matching keys and tokens for Vietnamese text.

Stored text keeps its diacritics; only the *keys* used for gazetteer lookups are folded
(lower case, no tone or vowel marks, đ -> d), because sites disagree on tone-mark placement
("Ủy"/"Uỷ", "hóa"/"hoá") and capitalisation ("Sở tài nguyên và Môi trường").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

# Placeholder written over injected spam ("hi88 com") in the analysis copy of a text, so that
# offsets stay aligned with the original and a gazetteer lookup can treat it as "one unknown word".
SPAM_MARK = "§"

# A word, an abbreviation joined by "&" (KH&CN, ĐMST&CĐS), the spam mark, or one punctuation sign.
_TOKEN_RE = re.compile(r"§|\w+(?:&\w+)*|[^\w\s]")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, strip diacritics and map đ -> d: a matching key, never stored."""
    lowered = text.lower().replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


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
    # This runs for every word of every article, hence the shortcuts: findall + str.find for the
    # offsets (tokens are separated by whitespace only), and tuple.__new__ instead of Token(...).
    new, find = tuple.__new__, text.find
    tokens, pos = [], 0
    for word in _TOKEN_RE.findall(text):
        start = find(word, pos)
        pos = start + len(word)
        tokens.append(new(Token, (start, pos, word, fold(word), word[0].isupper())))
    return tokens


def fold_tokens(phrase: str) -> tuple[str, ...]:
    """The key sequence of a gazetteer phrase, tokenised exactly like article text."""
    return tuple(fold(m.group()) for m in _TOKEN_RE.finditer(nfc(phrase)))


def squash_spaces(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
