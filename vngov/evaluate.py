"""`vngov eval GOLD`: extraction accuracy against a labelled set.

GOLD is a JSONL file whose lines are `vngov import` lines (url, published_at, source, title, text)
with a `gold` object: {"meetings": [...], "directives": [...], "deadlines": [...]} (see
tests/gold/README.md). Every fact type is scored per article:

- meetings   : (meeting_date, chair key); the chair key is the name lowercased, accent-stripped and
               whitespace-normalised. A gold meeting with no chair matches a predicted meeting of
               the same date whatever its chair.
- directives : by evidence text (NFC, lowercase, spaces collapsed, trailing punctuation stripped);
               two evidences match when one contains the other or their token sets have a Jaccard
               index >= 0.8; one-to-one, best pairs first.
- deadlines  : by exact due_date (a multiset per article).

Gold meetings may carry an `event_id`; in pipeline mode the table also says whether the meetings
of one event reported by several articles became one fct_meetings row, and whether different
events of the same day stayed apart.

Two ways to get the predictions:

- pipeline mode (default): `vngov import GOLD`, `vngov load`, `vngov build` in child processes
  with a temporary VNGOV_HOME (or --home DIR), then the marts of published.duckdb;
- in-process mode: `vngov.text.clean_text` then `vngov.extract.extract_article` per line (fast).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from vngov.extract.normalize import fold

KINDS = ("meetings", "directives", "deadlines")
JACCARD_MIN = 0.8


# ----------------------------------------------------------------------------- keys and matching

def chair_key(name: str | None) -> str:
    """Lowercased, accent-stripped, whitespace-normalised name; '' for no name."""
    return " ".join(fold(str(name)).split()) if name else ""


_TRAILING = re.compile(r"[\s.,;:!?…\"'”’)\]/-]+$")


def norm_evidence(text: str | None) -> str:
    """NFC, lowercase, spaces collapsed, trailing punctuation stripped."""
    text = " ".join(unicodedata.normalize("NFC", text or "").lower().split())
    return _TRAILING.sub("", text)


_TOKEN = re.compile(r"\w+")


def _tokens(text: str) -> set[str]:
    return set(_TOKEN.findall(text))


def evidence_similarity(a: str, b: str) -> float:
    """How well two evidence texts match (0 = no match); both must be normalised already.

    Containment scores the length ratio of the shorter to the longer text (so the closest of
    several containing candidates wins); otherwise the token-set Jaccard index, if >= 0.8.
    """
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    short, long_ = sorted((a, b), key=len)
    if short in long_:
        return max(len(short) / len(long_), 1e-6)
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    jaccard = len(ta & tb) / len(ta | tb)
    return jaccard if jaccard >= JACCARD_MIN else 0.0


def evidence_match(a: str | None, b: str | None) -> bool:
    return evidence_similarity(norm_evidence(a), norm_evidence(b)) > 0


@dataclass
class Match:
    """Outcome of matching one article's predictions of one fact type against its gold."""
    tp: list = field(default_factory=list)   # (gold, predicted) pairs
    fp: list = field(default_factory=list)   # predicted values with no gold
    fn: list = field(default_factory=list)   # gold values with no prediction


def match_meetings(predicted: list[dict], gold: list[dict]) -> Match:
    """One-to-one on (meeting_date, chair key); gold chairs first, then chairless gold.

    Among several candidates (two meetings of one chair on one day) the one with the same
    part of day, then the same kind, is taken: it does not change the counts, only which
    prediction is paired with which gold meeting (that matters for the merge check).
    """
    pred = [(str(p.get("meeting_date")), chair_key(p.get("chair_name")), p) for p in predicted]
    result = Match()
    free = list(range(len(pred)))
    ordered = sorted(gold, key=lambda g: chair_key(g.get("chair_name")) == "")

    def best(candidates: list[int], g: dict) -> int | None:
        def closeness(i: int) -> tuple:
            p = pred[i][2]
            return (p.get("part_of_day") != g.get("part_of_day"),
                    p.get("meeting_kind") != g.get("meeting_kind"), i)
        return min(candidates, key=closeness) if candidates else None

    for g in ordered:
        gdate, gchair = str(g.get("meeting_date")), chair_key(g.get("chair_name"))
        hit = best([i for i in free if pred[i][0] == gdate and pred[i][1] == gchair], g)
        if hit is None and gchair == "":
            hit = best([i for i in free if pred[i][0] == gdate], g)
        if hit is None:
            result.fn.append(g)
        else:
            free.remove(hit)
            result.tp.append((g, pred[hit][2]))
    result.fp = [pred[i][2] for i in free]
    return result


def match_directives(predicted: list[dict], gold: list[dict]) -> Match:
    """One-to-one by evidence text, the most similar pairs first (greedy)."""
    pn = [norm_evidence(p.get("evidence_text")) for p in predicted]
    gn = [norm_evidence(g.get("evidence_text")) for g in gold]
    pairs = sorted(((evidence_similarity(g, p), gi, pi)
                    for gi, g in enumerate(gn) for pi, p in enumerate(pn)),
                   key=lambda t: (-t[0], t[1], t[2]))
    used_g, used_p, result = set(), set(), Match()
    for score, gi, pi in pairs:
        if score <= 0:
            break
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        result.tp.append((gold[gi], predicted[pi]))
    result.fn = [g for i, g in enumerate(gold) if i not in used_g]
    result.fp = [p for i, p in enumerate(predicted) if i not in used_p]
    return result


def match_deadlines(predicted: list[dict], gold: list[dict]) -> Match:
    """A multiset of due dates per article."""
    result = Match()
    remaining = Counter(str(p.get("due_date")) for p in predicted)
    for g in gold:
        due = str(g.get("due_date"))
        if remaining[due] > 0:
            remaining[due] -= 1
            result.tp.append((g, next(p for p in predicted if str(p.get("due_date")) == due)))
        else:
            result.fn.append(g)
    leftover = remaining.copy()
    for p in predicted:
        due = str(p.get("due_date"))
        if leftover[due] > 0:
            leftover[due] -= 1
            result.fp.append(p)
    return result


MATCHERS = {"meetings": match_meetings, "directives": match_directives,
            "deadlines": match_deadlines}


# ----------------------------------------------------------------------------- scores

@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, match: Match) -> None:
        self.tp += len(match.tp)
        self.fp += len(match.fp)
        self.fn += len(match.fn)


@dataclass
class MergeCheck:
    """One event, many sites: gold meetings carrying an `event_id`, compared pairwise.

    same: pairs of gold meetings of one event (in different articles), both found;
    merged: those whose predictions are one meeting row (same meeting_id).
    different: pairs of gold meetings of different events on the same date, both found;
    apart: those whose predictions are different rows.
    """
    same: int = 0
    merged: int = 0
    different: int = 0
    apart: int = 0
    checked: bool = False      # predictions carry meeting ids (pipeline mode)

    def line(self) -> str:
        if not self.checked:
            return "meeting merges: not checked (needs meeting_id: pipeline mode only)"
        return (f"meeting merges: same event merged {self.merged}/{self.same}, "
                f"different events kept apart {self.apart}/{self.different}")


@dataclass
class Evaluation:
    scores: dict[str, Score]
    errors: dict[str, dict[str, Match]]     # url -> kind -> match (with fp / fn)
    articles: int
    missing: list[str] = field(default_factory=list)   # gold urls the pipeline did not publish
    merges: MergeCheck = field(default_factory=MergeCheck)


def check_merges(found: list[tuple[str, dict, dict]]) -> MergeCheck:
    """found: (url, gold meeting, predicted meeting) for every matched gold meeting."""
    check = MergeCheck(checked=any("meeting_id" in p for _, _, p in found))
    events = [(url, g, p) for url, g, p in found if g.get("event_id")]
    for i, (url_a, ga, pa) in enumerate(events):
        for url_b, gb, pb in events[i + 1:]:
            same_row = pa.get("meeting_id") is not None and pa.get("meeting_id") == pb.get("meeting_id")
            if ga["event_id"] == gb["event_id"]:
                if url_a != url_b:
                    check.same += 1
                    check.merged += same_row
            elif str(ga.get("meeting_date")) == str(gb.get("meeting_date")):
                check.different += 1
                check.apart += not same_row
    return check


def score(gold: dict[str, dict], predicted: dict[str, dict]) -> Evaluation:
    """gold and predicted: url -> {"meetings": [...], "directives": [...], "deadlines": [...]}.

    Predictions for URLs that are not in the gold set are ignored.
    """
    scores = {k: Score() for k in KINDS}
    errors: dict[str, dict[str, Match]] = {}
    missing = [url for url in gold if url not in predicted]
    found = []
    for url, facts in gold.items():
        pred = predicted.get(url, {})
        for kind in KINDS:
            match = MATCHERS[kind](list(pred.get(kind) or []), list(facts.get(kind) or []))
            scores[kind].add(match)
            if match.fp or match.fn:
                errors.setdefault(url, {})[kind] = match
            if kind == "meetings":
                found += [(url, g, p) for g, p in match.tp]
    return Evaluation(scores, errors, len(gold), missing, check_merges(found))


def format_table(evaluation: Evaluation, title: str = "") -> str:
    lines = [title] if title else []
    lines.append(f"{'fact':<11} {'precision':>9} {'recall':>7} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    for kind in KINDS:
        s = evaluation.scores[kind]
        lines.append(f"{kind:<11} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f} "
                     f"{s.tp:>5} {s.fp:>5} {s.fn:>5}")
    lines.append(f"articles: {evaluation.articles}")
    lines.append(evaluation.merges.line())
    if evaluation.missing:
        lines.append(f"not in the output ({len(evaluation.missing)}): " + ", ".join(evaluation.missing))
    return "\n".join(lines)


def _describe(kind: str, fact: dict) -> str:
    if kind == "meetings":
        extra = f" ({fact.get('meeting_kind')})" if fact.get("meeting_kind") else ""
        return f"{fact.get('meeting_date')} chair={fact.get('chair_name') or '-'}{extra}"
    if kind == "deadlines":
        return f"{fact.get('due_date')} «{fact.get('expression') or ''}»"
    evidence = " ".join(str(fact.get("evidence_text") or "").split())
    return f"«{evidence[:160]}{'…' if len(evidence) > 160 else ''}»"


def format_errors(evaluation: Evaluation) -> str:
    lines = []
    for url, kinds in evaluation.errors.items():
        lines.append(url)
        for kind in KINDS:
            match = kinds.get(kind)
            if match is None:
                continue
            for fact in match.fn:
                lines.append(f"  FN {kind[:-1]:<9} {_describe(kind, fact)}")
            for fact in match.fp:
                lines.append(f"  FP {kind[:-1]:<9} {_describe(kind, fact)}")
    return "\n".join(lines) if lines else "no errors"


# ----------------------------------------------------------------------------- gold

def read_gold(path: Path) -> tuple[list[dict], dict[str, dict]]:
    """The lines of GOLD and url -> gold facts. Raises ValueError on a malformed line."""
    lines, gold = [], {}
    with open(path, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{lineno}: not JSON ({exc})") from None
            if not isinstance(obj, dict) or "url" not in obj or not isinstance(obj.get("gold"), dict):
                raise ValueError(f"{path}:{lineno}: needs 'url' and a 'gold' object")
            if obj["url"] in gold:
                raise ValueError(f"{path}:{lineno}: url {obj['url']} appears twice")
            lines.append(obj)
            gold[obj["url"]] = {k: list(obj["gold"].get(k) or []) for k in KINDS}
    if not lines:
        raise ValueError(f"{path} has no articles")
    return lines, gold


# ----------------------------------------------------------------------------- in-process mode

def predict_in_process(lines: list[dict]) -> dict[str, dict]:
    from vngov.extract import extract_article
    from vngov.text import clean_text

    predicted = {}
    for obj in lines:
        body = obj.get("text")
        title = obj.get("title")
        if not body and obj.get("html"):
            from vngov.importer import parse_html_article

            parsed = parse_html_article(obj["html"], obj["url"])
            body, title = parsed.body_text, title or parsed.title
        body = unicodedata.normalize("NFC", body or "")
        published = datetime.fromisoformat(str(obj["published_at"]))
        facts = extract_article(clean_text(body), published, title)
        deadlines = []
        for d in facts.get("directives", []):
            seen = set()
            for x in d.get("deadlines") or []:
                # fct_deadlines keeps one row per (directive, expression, due date)
                key = (x.get("expression"), x.get("due_date"))
                if key not in seen:
                    seen.add(key)
                    deadlines.append({**x, "evidence_text": d.get("evidence_text")})
        predicted[obj["url"]] = {"meetings": facts.get("meetings", []),
                                 "directives": facts.get("directives", []),
                                 "deadlines": deadlines}
    return predicted


# ----------------------------------------------------------------------------- pipeline mode

def _run_step(args: list[str], home: Path, log) -> subprocess.CompletedProcess:
    env = {**os.environ, "VNGOV_HOME": str(home)}
    started = time.monotonic()
    log(f"  vngov {' '.join(args)} ...")
    proc = subprocess.run([sys.executable, "-m", "vngov", *args], env=env,
                          capture_output=True, text=True)
    last = (proc.stdout.strip().splitlines() or proc.stderr.strip().splitlines() or [""])[-1]
    log(f"  vngov {args[0]}: exit {proc.returncode} in {time.monotonic() - started:.1f}s  {last}")
    return proc


def _fail(step: str, proc: subprocess.CompletedProcess) -> RuntimeError:
    reason = (proc.stderr.strip().splitlines() or proc.stdout.strip().splitlines() or ["?"])[-1]
    return RuntimeError(f"vngov {step} failed (exit {proc.returncode}): {reason}")


def run_pipeline(gold_path: Path, home: Path, log) -> Path:
    """Import, load and build into HOME; the database to read the marts from."""
    proc = _run_step(["import", str(gold_path)], home, log)
    if proc.returncode:
        raise _fail("import", proc)
    proc = _run_step(["load"], home, log)
    if proc.returncode:
        raise _fail("load", proc)
    proc = _run_step(["build"], home, log)
    published = home / "published.duckdb"
    if proc.returncode == 0 and published.exists():
        return published
    warehouse = home / "warehouse.duckdb"
    if warehouse.exists() and _has_marts(warehouse):
        # Validation refused to publish; the marts it refused are still worth scoring.
        log(f"warning: {_fail('build', proc)}; scoring the unpublished marts of {warehouse}")
        return warehouse
    raise _fail("build", proc)


def _has_marts(db: Path) -> bool:
    import duckdb

    try:
        with duckdb.connect(str(db), read_only=True) as con:
            tables = {r[0] for r in con.execute(
                "select table_name from information_schema.tables where table_schema = 'marts'").fetchall()}
    except duckdb.Error:
        return False
    return {"dim_articles", "fct_meetings", "fct_directives", "fct_deadlines"} <= tables


def _iso(value) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, (date, datetime)) else str(value)


def predict_from_marts(db: Path, urls: list[str]) -> dict[str, dict]:
    """url -> facts, read from marts.dim_articles / fct_meetings / fct_directives / fct_deadlines."""
    import duckdb

    wanted = set(urls)
    with duckdb.connect(str(db), read_only=True) as con:
        published = {r[0] for r in con.execute("select url from marts.dim_articles").fetchall()}
        predicted = {u: {k: [] for k in KINDS} for u in published if u in wanted}
        for meeting_id, mdate, pod, chair, kind, source_urls in con.execute(
                "select meeting_id, meeting_date, part_of_day, chair_name, meeting_kind, source_urls "
                "from marts.fct_meetings").fetchall():
            for url in source_urls or []:
                if url in predicted:
                    predicted[url]["meetings"].append(
                        {"meeting_id": meeting_id, "meeting_date": _iso(mdate), "part_of_day": pod,
                         "chair_name": chair, "meeting_kind": kind})
        for url, evidence, issuer in con.execute(
                "select article_url, evidence_text, issuer_name from marts.fct_directives").fetchall():
            if url in predicted:
                predicted[url]["directives"].append({"evidence_text": evidence, "issuer_name": issuer})
        for url, due, expression in con.execute(
                "select article_url, due_date, expression from marts.fct_deadlines").fetchall():
            if url in predicted:
                predicted[url]["deadlines"].append({"due_date": _iso(due), "expression": expression})
    return predicted


# ----------------------------------------------------------------------------- command

def evaluate(gold_path: Path, *, in_process: bool = False, home: Path | None = None,
             log=lambda msg: print(msg, file=sys.stderr)) -> Evaluation:
    gold_path = Path(gold_path).resolve()
    if not gold_path.exists():
        raise FileNotFoundError(f"{gold_path} does not exist")
    lines, gold = read_gold(gold_path)
    if in_process:
        started = time.monotonic()
        predicted = predict_in_process(lines)
        log(f"extracted {len(lines)} articles in process in {time.monotonic() - started:.1f}s")
        return score(gold, predicted)
    if home is not None:
        home = Path(home).resolve()
        home.mkdir(parents=True, exist_ok=True)
        log(f"pipeline in {home}")
        db = run_pipeline(gold_path, home, log)
        return score(gold, predict_from_marts(db, list(gold)))
    with tempfile.TemporaryDirectory(prefix="vngov-eval-") as tmp:
        log(f"pipeline in a temporary VNGOV_HOME {tmp} (--home DIR keeps it)")
        db = run_pipeline(gold_path, Path(tmp), log)
        return score(gold, predict_from_marts(db, list(gold)))


def main(args) -> None:
    """The `vngov eval` subcommand."""
    evaluation = evaluate(args.gold, in_process=args.in_process, home=args.home)
    mode = "in-process" if args.in_process else "pipeline"
    print(format_table(evaluation, f"{args.gold} ({mode} mode)"))
    if args.show_errors:
        print()
        print(format_errors(evaluation))
