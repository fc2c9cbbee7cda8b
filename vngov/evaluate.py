"""`vngov eval`: extraction accuracy, measured with the shared scorer.

One yardstick: every figure comes from `score.py` of the team that measures vngov
(`$VNGOV_EVAL_DIR`, default `../shared/eval`), run on a DuckDB file holding the predictions.
Its gold format (LABELLING.md there) is the format of every labelled set:

    {"url", "published_at", "source", "title", "text",
     "gold": {"meetings":   [{"date", "chair_name", "body", "core", ...}],
              "directives": [{"key", "issuer_name", "due_date", "core", "deadline_core", ...}]}}

The project's first sets (`tests/gold/dev.jsonl`, `check.jsonl`: `evidence_text` per directive and a
separate `deadlines` list) are read too, converted line by line (`to_shared_format`).

Two ways to get the predictions:

- pipeline mode (default): `vngov import`, `vngov load`, `vngov build` in child processes with a
  temporary VNGOV_HOME (or --home DIR); score.py reads its warehouse, as the measuring team does;
- in-process mode: `clean_text` + `extract_article` per line, written to a small DuckDB file
  with the marts' columns that score.py reads (one meeting row per article: no cross-site merging).
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
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from vngov import config

KINDS = ("meetings", "directives", "deadlines")

# Floors from issue 8: (meetings, directives, deadlines) F1 per set, issuer share on every set.
TARGETS = {"heldout": (0.90, 0.85, 0.90), "seeds": (0.95, 0.90, 0.95)}
ISSUER_TARGET = 0.90

_PART_OF_DAY = {"morning": "sáng", "noon": "trưa", "afternoon": "chiều", "evening": "tối"}


# ----------------------------------------------------------------------------- gold files

def default_sets() -> list[Path]:
    """The shared sets first (the yardstick), then the project's own labelled sets."""
    shared = config.shared_eval_dir()
    own = config.REPO_ROOT / "tests" / "gold"
    sets = [shared / "seeds.gold.jsonl", shared / "heldout.gold.jsonl",
            own / "dev.jsonl", own / "check.jsonl"]
    sets += sorted((own / "written").glob("*.tune.gold.jsonl"))
    sets += sorted((own / "written").glob("*.check.gold.jsonl"))
    return [p for p in sets if p.exists()]


def set_name(path: Path) -> str:
    """'heldout' for heldout.gold.jsonl, 'provinces.check' for provinces.check.gold.jsonl."""
    name = Path(path).name
    for suffix in (".gold.jsonl", ".jsonl"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def read_gold(path: Path) -> list[dict]:
    """The lines of a labelled file, each in the shared format. ValueError on a malformed line."""
    items, urls = [], set()
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
            if obj["url"] in urls:
                raise ValueError(f"{path}:{lineno}: url {obj['url']} appears twice")
            urls.add(obj["url"])
            items.append(to_shared_format(obj))
    if not items:
        raise ValueError(f"{path} has no articles")
    return items


def to_shared_format(obj: dict) -> dict:
    """A line of the project's first format (directives by `evidence_text`, deadlines listed
    apart) in the shared format; a line already in it is returned as it is."""
    gold = obj["gold"]
    legacy = (gold.get("deadlines") is not None or any("key" not in d for d in gold.get("directives") or [])
              or any("meeting_date" in m for m in gold.get("meetings") or []))
    if not legacy:
        return obj
    text = unicodedata.normalize("NFC", obj.get("text") or "")
    dues: dict[str, list[dict]] = {}
    for dl in gold.get("deadlines") or []:
        dues.setdefault(dl["evidence_text"], []).append(dl)
    directives = []
    for d in gold.get("directives") or []:
        own = dues.get(d["evidence_text"], [])
        first = own[0] if own else {}
        directives.append({
            "key": evidence_key(d["evidence_text"], text),
            "issuer_name": d.get("issuer_name"), "issuer_title": d.get("issuer_title"),
            "addressees": d.get("addressees") or [], "due_date": first.get("due_date"),
            "deadline_expression": first.get("expression"), "core": True})
        # The shared format has one due date per directive: a second one is kept as optional
        # (neither rewarded nor penalised) on a non-core copy of the directive.
        for extra in own[1:]:
            directives.append({**directives[-1], "due_date": extra["due_date"],
                               "deadline_expression": extra.get("expression"),
                               "core": False, "deadline_core": False})
    meetings = [{"date": m.get("meeting_date"), "chair_name": m.get("chair_name"),
                 "chair_title": m.get("chair_title"), "body": m.get("body"),
                 "kind": m.get("meeting_kind"), "part_of_day": _PART_OF_DAY.get(m.get("part_of_day")),
                 "session_number": m.get("session_number"), "location": m.get("location"),
                 "format": m.get("format"), "event_id": m.get("event_id"), "core": True}
                for m in gold.get("meetings") or []]
    return {**obj, "gold": {**gold, "meetings": meetings, "directives": directives,
                            "deadlines": None}}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text or "").lower()).strip()


KEY_WORDS = 8


def evidence_key(evidence: str, text: str) -> str:
    """A short verbatim span of a directive's evidence that occurs once in the article (the
    shared format's `key`): the window of KEY_WORDS words nearest the middle of the evidence,
    which is its task rather than its lead-in or its tail."""
    words = evidence.split()
    if len(words) <= KEY_WORDS:
        return " ".join(words)
    article = _norm(text)
    centre = (len(words) - KEY_WORDS) // 2
    starts = sorted(range(len(words) - KEY_WORDS + 1), key=lambda i: (abs(i - centre), i))
    for start in starts:
        window = " ".join(words[start:start + KEY_WORDS])
        if article.count(_norm(window)) == 1:
            return window
    return " ".join(words)


def import_lines(items: list[dict]) -> list[dict]:
    """The gold lines as `vngov import` lines (without their labels)."""
    return [{k: v for k, v in item.items() if k != "gold"} for item in items]


# ----------------------------------------------------------------------------- predictions

def predict_in_process(items: list[dict]) -> dict[str, dict]:
    """url -> {"meetings", "directives", "deadlines", "quality_flags"} from the extractor itself."""
    from vngov.extract import extract_article
    from vngov.text import clean_text, quality_flags

    predicted = {}
    for obj in items:
        body, title = obj.get("text"), obj.get("title")
        if not body and obj.get("html"):
            from vngov.importer import parse_html_article

            parsed = parse_html_article(obj["html"], obj["url"])
            body, title = parsed.body_text, title or parsed.title
        body = clean_text(unicodedata.normalize("NFC", body or ""))
        facts = extract_article(body, datetime.fromisoformat(str(obj["published_at"])), title)
        deadlines = []
        for d in facts.get("directives", []):
            seen = set()
            for x in d.get("deadlines") or []:
                key = (x.get("expression"), x.get("due_date"))  # as fct_deadlines keeps them
                if key not in seen:
                    seen.add(key)
                    deadlines.append(x)
        predicted[obj["url"]] = {"meetings": facts.get("meetings", []),
                                 "directives": facts.get("directives", []),
                                 "deadlines": deadlines, "quality_flags": quality_flags(body)}
    return predicted


def merge_meetings(predicted: dict[str, dict]) -> list[tuple[dict, list[str]]]:
    """One meeting reported by several articles is one row, as in fct_meetings: the same
    clustering (vngov.dedupe.cluster_meetings); a row's fields come from its first report that
    names a chair. Returns (meeting, source urls) pairs."""
    import pandas as pd

    from vngov.dedupe import cluster_meetings

    mentions, by_key = [], {}
    for article_id, (url, facts) in enumerate(predicted.items()):
        for index, m in enumerate(facts["meetings"]):
            by_key[(article_id, index)] = (url, m)
            mentions.append({"article_id": article_id, "url": url, "published_at": "",
                             "meeting_index": index, **{k: m.get(k) for k in (
                                 "meeting_date", "part_of_day", "chair_name", "body", "session_number")}})
    if not mentions:
        return []
    clusters: dict[str, list[tuple[str, dict]]] = {}
    for article_id, index, meeting_id in cluster_meetings(pd.DataFrame(mentions)).itertuples(index=False):
        clusters.setdefault(meeting_id, []).append(by_key[(article_id, index)])
    merged = []
    for reports in clusters.values():
        first = next((m for _, m in reports if m.get("chair_name")), reports[0][1])
        merged.append((first, list(dict.fromkeys(url for url, _ in reports))))
    return merged


def write_predictions(db: Path, predicted: dict[str, dict]) -> None:
    """The marts score.py reads, filled from in-process predictions."""
    import duckdb

    with duckdb.connect(str(db)) as con:
        con.execute("create schema marts")
        con.execute("create table marts.dim_articles (url varchar, quality_flags varchar[])")
        con.execute("create table marts.fct_meetings (meeting_id integer, meeting_date date, "
                    "part_of_day varchar, meeting_kind varchar, body varchar, chair_name varchar, "
                    "chair_title varchar, source_urls varchar[])")
        con.execute("create table marts.fct_directives (article_url varchar, evidence_text varchar, "
                    "action_text varchar, issuer_name varchar, issuer_title varchar, verb varchar)")
        con.execute("create table marts.fct_deadlines (article_url varchar, due_date date, "
                    "granularity varchar, expression varchar)")
        for url, facts in predicted.items():
            con.execute("insert into marts.dim_articles values (?, ?)", [url, facts.get("quality_flags") or []])
        for i, (meeting, urls) in enumerate(merge_meetings(predicted)):
            con.execute("insert into marts.fct_meetings values (?, ?, ?, ?, ?, ?, ?, ?)",
                        [i, meeting.get("meeting_date"), meeting.get("part_of_day"),
                         meeting.get("meeting_kind"), meeting.get("body"), meeting.get("chair_name"),
                         meeting.get("chair_title"), urls])
        for url, facts in predicted.items():
            for d in facts["directives"]:
                con.execute("insert into marts.fct_directives values (?, ?, ?, ?, ?, ?)",
                            [url, d.get("evidence_text"), d.get("action_text"), d.get("issuer_name"),
                             d.get("issuer_title"), d.get("verb")])
            for x in facts["deadlines"]:
                con.execute("insert into marts.fct_deadlines values (?, ?, ?, ?)",
                            [url, x.get("due_date"), x.get("granularity"), x.get("expression")])


# ----------------------------------------------------------------------------- the scorer

@dataclass
class Result:
    """What score.py printed for one set."""
    name: str
    articles: int
    f1: dict[str, float] = field(default_factory=dict)
    precision: dict[str, float] = field(default_factory=dict)
    recall: dict[str, float] = field(default_factory=dict)
    issuer_ok: int = 0
    issuer_n: int = 0
    merged: str = ""
    errors: list[str] = field(default_factory=list)   # score.py --verbose: FP/FN lines

    @property
    def issuer_share(self) -> float | None:
        return self.issuer_ok / self.issuer_n if self.issuer_n else None

    def targets(self) -> tuple[float, float, float] | None:
        return TARGETS.get(self.name)

    def missed(self) -> list[str]:
        """The targets this set misses (empty when all are met or it has none but the issuer's)."""
        missed = []
        floors = self.targets()
        if floors:
            missed += [f"{k} {self.f1[k]:.2f} < {floor:.2f}" for k, floor in zip(KINDS, floors)
                       if self.f1[k] < floor]
        share = self.issuer_share
        if share is not None and share < ISSUER_TARGET:
            missed.append(f"issuer {share:.2f} < {ISSUER_TARGET:.2f}")
        return missed


_SCORE_LINE = re.compile(r"^(meetings|directives|deadlines)\s+P=([\d.]+) R=([\d.]+) F1=([\d.]+)")
_ISSUER_LINE = re.compile(r"^issuer right on matched directives: (\d+)/(\d+)")


def scorer_path() -> Path:
    path = config.shared_eval_dir() / "score.py"
    if not path.exists():
        raise FileNotFoundError(f"the shared scorer {path} is missing (set VNGOV_EVAL_DIR)")
    return path


def run_scorer(db: Path, gold_file: Path, name: str, articles: int) -> Result:
    proc = subprocess.run([sys.executable, str(scorer_path()), str(db), str(gold_file), "--verbose"],
                          capture_output=True, text=True)
    result = Result(name, articles)
    for line in proc.stdout.splitlines():
        if m := _SCORE_LINE.match(line):
            kind = m.group(1)
            result.precision[kind], result.recall[kind], result.f1[kind] = map(float, m.groups()[1:])
        elif m := _ISSUER_LINE.match(line):
            result.issuer_ok, result.issuer_n = int(m.group(1)), int(m.group(2))
        elif line.startswith("cross-source"):
            result.merged = line
    if set(result.f1) != set(KINDS):
        raise RuntimeError(f"score.py gave no scores (exit {proc.returncode}): "
                           f"{(proc.stderr.strip().splitlines() or ['?'])[-1]}")
    result.errors = [line for line in proc.stderr.splitlines() if line.startswith(("FP ", "FN "))]
    return result


# ----------------------------------------------------------------------------- pipeline mode

def _run_step(args: list[str], home: Path, log) -> subprocess.CompletedProcess:
    env = {**os.environ, "VNGOV_HOME": str(home)}
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "vngov", *args], env=env,
                          capture_output=True, text=True)
    last = (proc.stdout.strip().splitlines() or proc.stderr.strip().splitlines() or [""])[-1]
    log(f"  vngov {args[0]}: exit {proc.returncode} in {time.monotonic() - started:.1f}s  {last}")
    return proc


def _fail(step: str, proc: subprocess.CompletedProcess) -> RuntimeError:
    reason = (proc.stderr.strip().splitlines() or proc.stdout.strip().splitlines() or ["?"])[-1]
    return RuntimeError(f"vngov {step} failed (exit {proc.returncode}): {reason}")


def run_pipeline(import_file: Path, home: Path, log) -> Path:
    """Import, load and build into HOME; the warehouse score.py reads (as the measuring team
    does). A build whose validation refused to publish still has marts worth scoring."""
    for step in (["import", str(import_file)], ["load"]):
        proc = _run_step(step, home, log)
        if proc.returncode:
            raise _fail(step[0], proc)
    proc = _run_step(["build"], home, log)
    warehouse = home / "warehouse.duckdb"
    if proc.returncode and not _has_marts(warehouse):
        raise _fail("build", proc)
    if proc.returncode:
        log(f"warning: {_fail('build', proc)}; scoring the unpublished marts")
    return warehouse


def _has_marts(db: Path) -> bool:
    import duckdb

    if not db.exists():
        return False
    try:
        with duckdb.connect(str(db), read_only=True) as con:
            tables = {r[0] for r in con.execute(
                "select table_name from information_schema.tables where table_schema = 'marts'").fetchall()}
    except duckdb.Error:
        return False
    return {"fct_meetings", "fct_directives", "fct_deadlines"} <= tables


# ----------------------------------------------------------------------------- command

def evaluate(gold_path: Path, *, in_process: bool = False, home: Path | None = None,
             log=lambda msg: print(msg, file=sys.stderr)) -> Result:
    gold_path = Path(gold_path).resolve()
    if not gold_path.exists():
        raise FileNotFoundError(f"{gold_path} does not exist")
    items = read_gold(gold_path)
    name = set_name(gold_path)
    with tempfile.TemporaryDirectory(prefix="vngov-eval-") as tmp:
        tmp = Path(tmp)
        shared_gold = tmp / "gold.jsonl"   # what score.py reads: the set in its own format
        shared_gold.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items),
                               encoding="utf-8")
        if in_process:
            started = time.monotonic()
            db = tmp / "predictions.duckdb"
            write_predictions(db, predict_in_process(items))
            log(f"{name}: extracted {len(items)} articles in process in {time.monotonic() - started:.1f}s")
        else:
            lines = tmp / "import.jsonl"
            lines.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in import_lines(items)),
                             encoding="utf-8")
            run_home = Path(home).resolve() / name if home else tmp / "home"
            run_home.mkdir(parents=True, exist_ok=True)
            log(f"{name}: pipeline in {run_home}" + ("" if home else " (--home DIR keeps it)"))
            db = run_pipeline(lines, run_home, log)
        return run_scorer(db, shared_gold, name, len(items))


def format_results(results: list[Result], mode: str) -> str:
    lines = [f"vngov eval ({mode} mode; scorer {scorer_path()})",
             f"{'set':<26} {'art':>4}  {'meetings':>14} {'directives':>14} {'deadlines':>14}  {'issuer':>9}  targets",
             f"{'':<26} {'':>4}  {'P/R/F1':>14} {'P/R/F1':>14} {'P/R/F1':>14}"]
    for r in results:
        cells = [f"{r.precision[k]:.2f}/{r.recall[k]:.2f}/{r.f1[k]:.2f}" for k in KINDS]
        issuer = f"{r.issuer_ok}/{r.issuer_n}" if r.issuer_n else "-"
        floors = r.targets()
        missed = r.missed()
        verdict = ("MISSED: " + "; ".join(missed)) if missed else (
            "met " + ("/".join(f"{f:.2f}" for f in floors) + f", issuer ≥ {ISSUER_TARGET:.2f}"
                      if floors else f"(issuer ≥ {ISSUER_TARGET:.2f})"))
        lines.append(f"{r.name:<26} {r.articles:>4}  {cells[0]:>14} {cells[1]:>14} {cells[2]:>14}  "
                     f"{issuer:>9}  {verdict}")
    return "\n".join(lines)


def main(args) -> None:
    """The `vngov eval` subcommand."""
    paths = []
    for path in args.gold or default_sets():
        path = Path(path)
        paths += sorted(path.glob("*.gold.jsonl")) if path.is_dir() else [path]
    if not paths:
        raise FileNotFoundError("no labelled sets found")
    results = [evaluate(p, in_process=args.in_process, home=args.home) for p in paths]
    print(format_results(results, "in-process" if args.in_process else "pipeline"))
    for r in results:
        if r.merged and not args.in_process:
            print(f"{r.name}: {r.merged}")
    if args.show_errors:
        for r in results:
            print(f"\n{r.name}: {len(r.errors)} errors")
            print("\n".join(r.errors) or "no errors")
    if args.check and any(r.missed() for r in results):
        raise SystemExit(1)
