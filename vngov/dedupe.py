"""One event, many sites: which meeting mentions are the same meeting, which articles one story.

Meetings: two mentions are the same meeting when they share the date, nothing they state
contradicts (part of day, chair, body, session number) and they share a chair or a body. A
mention is added to a meeting only if it agrees with every mention already in it (complete
linkage), and a mention that fits several meetings joins none: a morning and an afternoon meeting
of the same body stay two meetings, and a report that does not say which one stays apart.

Stories: articles are one story when they report the same meeting or their texts are near
duplicates (the same wire copy with different page chrome). Texts are compared by fingerprints:
hashes of word 5-grams, keeping one in four (the same ones in every text), computed once per
article at extraction.
"""

from __future__ import annotations

import bisect
import collections
import hashlib
import math
import re

import numpy as np
import pandas as pd

from vngov.extract.normalize import fold_text

SHINGLE_WORDS = 5
KEEP_ONE_IN = 4
MAX_HASHES = 400
NEAR_DUPLICATE = 0.5  # Jaccard of fingerprints; rewrites of one story by two sites score far lower
STORY_WINDOW_DAYS = 3  # copies of one story are published within days of each other
MAX_SHARING = 50  # a hash in more articles than this within the window is site boilerplate
BODY_OVERLAP = 0.5  # token Jaccard above which two body names are the same body

_WORD = re.compile(r"\w+")


def _key(text: str | None) -> str:
    """Folded words, single spaces: for matching only, never stored."""
    if not isinstance(text, str) or not text:
        return ""
    return " ".join(_WORD.findall(fold_text(text)))


def fingerprint(text: str | None) -> list[int]:
    """The smallest MAX_HASHES of the kept shingle hashes (signed 64-bit), ascending.

    A shingle's hash mixes the hashes of its five folded words (a polynomial, then the splitmix64
    finaliser), all shingles at once in numpy: a hash function per shingle cost a quarter of the
    extraction. A word's hash is blake2b of its folded form, cached per whitespace chunk."""
    if not isinstance(text, str) or not text:
        return []
    get, words = _CHUNK_HASHES.get, []
    for chunk in text.split():
        found = get(chunk)
        words += _chunk_hashes(chunk) if found is None else found
    n = len(words) - SHINGLE_WORDS + 1
    if n <= 0:
        return []
    w = np.array(words, dtype=np.uint64)
    h = w[:n].copy()
    for j in range(1, SHINGLE_WORDS):  # uint64 arithmetic wraps around, as a hash wants
        h *= _MULTIPLIER
        h += w[j:j + n]
    h ^= h >> np.uint64(30)
    h *= np.uint64(0xBF58476D1CE4E5B9)
    h ^= h >> np.uint64(27)
    h *= np.uint64(0x94D049BB133111EB)
    h ^= h >> np.uint64(31)
    values = h.view(np.int64)
    return np.unique(values[values % KEEP_ONE_IN == 0])[:MAX_HASHES].tolist()


_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)
_CHUNK_HASHES: dict[str, tuple[int, ...]] = {}  # whitespace chunk -> its words' hashes
_MAX_CHUNKS = 200_000


def _chunk_hashes(chunk: str) -> tuple[int, ...]:
    if len(_CHUNK_HASHES) >= _MAX_CHUNKS:
        _CHUNK_HASHES.clear()
    found = tuple(int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")
                  for word in _WORD.findall(fold_text(chunk)))
    _CHUNK_HASHES[chunk] = found
    return found


def jaccard(a, b) -> float:
    a, b = set(a), set(b)
    return len(a & b) / len(a | b) if a and b else 0.0


# ------------------------------------------------------------------------------------ meetings

def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and value != value)


def _agree(a, b) -> bool:
    """Nothing the two mentions state contradicts the other (a missing value contradicts nothing)."""
    for field in ("part_of_day", "chair_key", "session_number"):
        if a[field] and b[field] and a[field] != b[field]:
            return False
    if a["body_key"] and b["body_key"] and jaccard(a["body_key"].split(), b["body_key"].split()) < BODY_OVERLAP:
        return False
    return True


def _linked(a, b) -> bool:
    """Positive evidence of one event: the same chair, or the same body."""
    if a["chair_key"] and a["chair_key"] == b["chair_key"]:
        return True
    return bool(a["body_key"] and b["body_key"])  # _agree already required the bodies to overlap


def cluster_meetings(mentions: pd.DataFrame) -> pd.DataFrame:
    """Input: one row per meeting mention (article_id, url, published_at, meeting_index,
    meeting_date, part_of_day, chair_name, body, session_number). Output: article_id,
    meeting_index, meeting_id; a meeting's id is that of its earliest report, so it stays stable
    as later reports join."""
    rows = []
    for m in mentions.to_dict("records"):
        m = {k: (None if _missing(v) else v) for k, v in m.items()}  # pandas gives NaN for NULL
        m["chair_key"] = _key(m.get("chair_name"))
        m["body_key"] = _key(m.get("body"))
        m["session_number"] = None if m.get("session_number") is None else int(m["session_number"])
        rows.append(m)
    rows.sort(key=lambda m: (str(m["meeting_date"]), str(m["published_at"]), m["url"], m["meeting_index"]))

    clusters: list[list[dict]] = []
    by_date: dict[str, list[list[dict]]] = {}
    for m in rows:
        candidates = [c for c in by_date.get(str(m["meeting_date"]), [])
                      if all(_agree(m, other) for other in c) and any(_linked(m, o) for o in c)]
        if len(candidates) == 1:
            candidates[0].append(m)
            continue
        cluster = [m]  # new meeting, or ambiguous between several: keep it apart
        clusters.append(cluster)
        by_date.setdefault(str(m["meeting_date"]), []).append(cluster)

    out = []
    for cluster in clusters:
        first = cluster[0]
        meeting_id = hashlib.md5(f"{first['article_id']}|{first['meeting_index']}".encode()).hexdigest()
        out += [(m["article_id"], int(m["meeting_index"]), meeting_id) for m in cluster]
    return pd.DataFrame(out, columns=["article_id", "meeting_index", "meeting_id"]).astype(
        {"article_id": "object", "meeting_index": "int64", "meeting_id": "object"})


# ------------------------------------------------------------------------------------- stories

class _UnionFind:
    def __init__(self, items):
        self.parent = {i: i for i in items}

    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:  # the smaller id wins, so a story's id does not depend on input order
            self.parent[max(ra, rb)] = min(ra, rb)


def cluster_stories(articles: pd.DataFrame, meetings: pd.DataFrame, scope=None) -> pd.DataFrame:
    """Input: articles (article_id, published_at, fingerprint) and meeting clusters (article_id,
    meeting_id). Output: article_id, story_id (the smallest article_id of the story).

    Everything here is local in time: two texts are compared only if published within
    STORY_WINDOW_DAYS, and a hash counts as site boilerplate when more than MAX_SHARING articles
    published within STORY_WINDOW_DAYS of the earlier of the two carry it. So a pair's verdict
    needs only the articles of those days, and vngov.recluster can recompute the stories near new
    articles alone. scope: the article ids to give stories to, and the only ones linked (a union
    of whole stories, see vngov.recluster); `articles` must then also hold every article published
    within STORY_WINDOW_DAYS of one of them, for the counts. Default: all of `articles`."""
    ids = list(articles["article_id"])
    in_scope = set(ids) if scope is None else set(scope)
    uf = _UnionFind(in_scope)
    for _, group in meetings[meetings["article_id"].isin(in_scope)].groupby("meeting_id"):
        members = list(group["article_id"])
        for other in members[1:]:
            uf.union(members[0], other)

    # Near-duplicate texts: only articles that share a hash are compared, and the shared-hash
    # count gives the Jaccard without building sets pair by pair.
    day = {a: pd.Timestamp(p).toordinal() for a, p in zip(ids, articles["published_at"])}
    size, by_hash = {}, {}
    for article_id, hashes in zip(ids, articles["fingerprint"]):
        if hashes is None or not len(hashes):
            continue
        size[article_id] = len(hashes)
        for h in hashes:
            by_hash.setdefault(h, []).append(article_id)
    shared: dict[tuple[str, str], int] = {}
    for members in by_hash.values():
        if len(members) < 2:
            continue
        members.sort(key=day.__getitem__)
        days = [day[a] for a in members]
        for i, a in enumerate(members):
            end = bisect.bisect_right(days, days[i] + STORY_WINDOW_DAYS)
            if end - bisect.bisect_left(days, days[i] - STORY_WINDOW_DAYS) > MAX_SHARING:
                continue  # boilerplate of a site around these days says nothing about the story
            for j in range(i + 1, end):
                b = members[j]
                if a in in_scope and b in in_scope:
                    key = (a, b) if a < b else (b, a)
                    shared[key] = shared.get(key, 0) + 1
    for (a, b), n in shared.items():
        if n / (size[a] + size[b] - n) >= NEAR_DUPLICATE:
            uf.union(a, b)
    out = [a for a in ids if a in in_scope]
    return pd.DataFrame({"article_id": out, "story_id": [uf.find(a) for a in out]}, dtype="object")


# ---------------------------------------------------------------------------------- directives

DIRECTIVE_SIMILAR = 0.6  # token Jaccard of the folded action texts: the same task in other words scores lower
DIRECTIVE_WINDOW_DAYS = 3


def _directive_report(m: dict) -> dict:
    m = {k: (None if _missing(v) else v) for k, v in m.items()}
    m["words"] = set(_key(m.get("action_text")).split())
    m["issuer_key"] = _key(m.get("issuer_name"))
    m["day"] = report_day(m.get("published_at"))
    return m


def report_day(published_at) -> int:
    """The day (proleptic ordinal) a report is ordered and windowed by, as cluster_directives sees it."""
    return pd.Timestamp(published_at).toordinal() if not _missing(published_at) else 0


def _alike(a, b) -> bool:
    if a["article_id"] == b["article_id"]:
        return False
    same_meeting = a.get("meeting_id") and a.get("meeting_id") == b.get("meeting_id")
    if not same_meeting:
        if abs(a["day"] - b["day"]) > DIRECTIVE_WINDOW_DAYS:
            return False
        if a["issuer_key"] and b["issuer_key"] and a["issuer_key"] != b["issuer_key"]:
            return False
    return jaccard(a["words"], b["words"]) >= DIRECTIVE_SIMILAR


def _prefix(words: set, rank: dict) -> list:
    """The rarest words of a task that any task alike to it must share at least one of: with
    Jaccard >= t, two sets share at least ceil(t * |x|) words, so they meet in the first
    |x| - ceil(t * |x|) + 1 words of x in any fixed order (prefix filtering)."""
    need = math.ceil(DIRECTIVE_SIMILAR * len(words) - 1e-9)
    return sorted(words, key=lambda w: (rank.get(w, 0), w))[:len(words) - need + 1]


def cluster_directives(mentions: pd.DataFrame, prior: pd.DataFrame | None = None) -> pd.DataFrame:
    """One directive reported by several articles. Input: one row per directive as one article
    reports it (directive_id, article_id, published_at, meeting_id, issuer_name, action_text).
    Two reports in different articles are one directive when they belong to the same meeting, or
    were published within DIRECTIVE_WINDOW_DAYS with the same issuer (or one unnamed), and their
    tasks read alike (Jaccard >= DIRECTIVE_SIMILAR); a report joins a directive only if it is like
    every report already in it (complete linkage), never a second report of the same article.
    Output: directive_id, directive_event_id (the directive_id of its earliest report).

    Reports are taken in publication order and each decides on the directives formed before it,
    so a run can start on a later day: prior holds reports already clustered (the same columns
    and their directive_event_id), every one published on an earlier day than all of `mentions`;
    they are placed in their directives as they were, and only `mentions` are decided and
    returned (vngov.recluster gives prior the directives a report of `mentions` could join)."""
    rows = sorted((_directive_report(m) for m in mentions.to_dict("records")),
                  key=lambda m: (m["day"], str(m["published_at"]), str(m["directive_id"])))
    placed = [] if prior is None else sorted(
        (_directive_report(m) for m in prior.to_dict("records")),
        key=lambda m: (m["day"], str(m["published_at"]), str(m["directive_id"])))
    if placed and rows and placed[-1]["day"] >= rows[0]["day"]:
        raise ValueError("prior reports must all be published on days before the reports to cluster")

    # Candidates: the directives of the same meeting, and those whose first report (alike with
    # every report needs alike with the first) was published within the window, shares a prefix
    # word (rarest words first) with the report, and has its issuer or none (any issuer for a
    # report without one). Reports come in day order, so older entries are dropped as we go.
    # Without this the pass is quadratic in the reports of a day: a day's crawl holds hundreds
    # of reports of one stock task ("giải ngân 100% kế hoạch vốn") from as many issuers.
    frequency = collections.Counter(w for m in placed + rows for w in m["words"])
    clusters: list[list[dict]] = []
    by_word: dict[tuple[str, str], collections.deque] = {}  # (prefix word, issuer) -> (day, cluster)
    by_word_any: dict[str, collections.deque] = {}  # prefix word, any issuer -> (day, cluster)
    by_meeting: dict[str, set[int]] = {}
    by_event: dict[str, int] = {}
    out = []
    for m in placed + rows:
        deciding = "directive_event_id" not in m
        if deciding:
            candidates = set(by_meeting.get(m.get("meeting_id"), ())) if m.get("meeting_id") else set()
            for w in _prefix(m["words"], frequency):
                buckets = ([by_word.get((w, m["issuer_key"])), by_word.get((w, ""))] if m["issuer_key"]
                           else [by_word_any.get(w)])
                for bucket in buckets:
                    while bucket and bucket[0][0] < m["day"] - DIRECTIVE_WINDOW_DAYS:
                        bucket.popleft()
                    candidates.update(i for _, i in bucket or ())
            fits = [i for i in candidates if all(_alike(m, other) for other in clusters[i])]
            index = fits[0] if len(fits) == 1 else None
        else:
            index = by_event.get(m["directive_event_id"])
        if index is None:
            clusters.append([])
            index = len(clusters) - 1
            for w in _prefix(m["words"], frequency):
                by_word.setdefault((w, m["issuer_key"]), collections.deque()).append((m["day"], index))
                by_word_any.setdefault(w, collections.deque()).append((m["day"], index))
            if not deciding:
                by_event[m["directive_event_id"]] = index
        clusters[index].append(m)
        if m.get("meeting_id"):
            by_meeting.setdefault(m["meeting_id"], set()).add(index)
        if deciding:
            out.append((m["directive_id"], clusters[index][0]["directive_id"]))
    return pd.DataFrame(out, columns=["directive_id", "directive_event_id"], dtype="object")
