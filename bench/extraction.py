"""Extraction throughput on one core: what the extract stage computes per page (`extract_page`).

    python bench/extraction.py [--articles 10000] [--seed 0] [--trace-articles N] [--json OUT.json]

Clean text, quality flags, the story fingerprint and the facts as JSON, as
`vngov.extraction.extract_page` computes them for each new page, run in a plain loop over a
generated corpus (bench/corpus.py, default 10,000 articles) and over the five real seed texts
(tests/fixtures/seeds/) repeated to the same count. Prints articles/s of CPU time
(time.process_time) and of wall time, MB/s of input text, the facts found per article, and peak
memory: the tracemalloc peak of the extraction loop (a separate, untimed pass, because tracing
slows Python down severalfold) and the process's ru_maxrss. The target (>= 500 articles/s of CPU
on one core, issue 11 item 4; it was 250 in issue 8, 200 in issue 3) is printed next to the figure;
nothing is asserted.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
import tracemalloc
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import machine  # noqa: E402  (also puts the repository on sys.path)
from corpus import generate  # noqa: E402

from vngov.extraction import extract_page  # noqa: E402

TARGET = 500.0  # articles/s of CPU time, one core (issue 11)
SEEDS = machine.REPO / "tests" / "fixtures" / "seeds"
# Publish times of the seed pages (tests/fixtures/seeds/README.md, as tests/test_extract_seeds.py).
SEED_PUBLISHED = {
    "000": "2025-10-15T11:00:00+07:00",
    "001": "2025-04-01T20:15:00+07:00",
    "002": "2025-10-15T11:00:00+07:00",
    "003": "2025-03-05T08:19:00+07:00",
    "004": "2025-01-13T14:39:32+07:00",
}

Item = tuple[str, datetime, "str | None"]


def synthetic_items(n: int, seed: int) -> list[Item]:
    return [(a["text"], datetime.fromisoformat(a["published_at"]), a.get("title")) for a in generate(n, seed)]


def seed_items(n: int) -> list[Item]:
    pages = [(path.read_text(encoding="utf-8"), datetime.fromisoformat(SEED_PUBLISHED[path.name[:3]]), None)
             for path in sorted(SEEDS.glob("[0-9][0-9][0-9]_*.txt"))]
    return [pages[i % len(pages)] for i in range(n)]


def extract_one(text: str, published: datetime, title: str | None) -> tuple:
    """(clean text, flags JSON, fingerprint JSON, facts JSON, error): the stage's work for one page."""
    return extract_page(None, text, published, title)


def run(items: list[Item]) -> dict:
    """The timed loop, then the facts counted from its output (untimed). An extraction error is
    recorded per article, as the stage records it, instead of stopping the run."""
    counts = {"meetings": 0, "directives": 0, "deadlines": 0, "documents": 0, "spam_flagged": 0, "errors": 0}
    first_error = None
    cpu0, wall0 = time.process_time(), time.perf_counter()
    outputs = [extract_one(text, published, title) for text, published, title in items]
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    for _, flags_json, _, facts_json, error in outputs:
        if error:
            counts["errors"] += 1
            first_error = first_error or error
            continue
        flags, facts = json.loads(flags_json), json.loads(facts_json)
        counts["meetings"] += len(facts["meetings"])
        counts["directives"] += len(facts["directives"])
        counts["deadlines"] += sum(len(d["deadlines"]) for d in facts["directives"])
        counts["documents"] += len(facts["documents"])
        counts["spam_flagged"] += "spam_injection" in flags
    n = len(items)
    mb = sum(len(text.encode()) for text, _, _ in items) / 1e6
    return {"articles": n, "cpu_s": cpu, "wall_s": wall, "mb": mb,
            "articles_per_s_cpu": n / cpu if cpu else float("inf"),
            "articles_per_s_wall": n / wall if wall else float("inf"),
            "mb_per_s_cpu": mb / cpu if cpu else float("inf"),
            "counts": counts, "first_error": first_error}


def traced_peak(items: list[Item]) -> float:
    """tracemalloc peak (MB) over the extraction loop, beyond what was allocated before it."""
    gc.collect()
    tracemalloc.start()
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    for text, published, title in items:
        extract_one(text, published, title)
    peak = tracemalloc.get_traced_memory()[1] - base
    tracemalloc.stop()
    return peak / 1e6


def report_run(label: str, r: dict) -> list[str]:
    c, n = r["counts"], r["articles"]
    per = lambda key: c[key] / n if n else 0.0  # noqa: E731
    lines = [
        f"  {label}: {n} articles, {r['mb']:.1f} MB of text, in {r['cpu_s']:.1f} s CPU / {r['wall_s']:.1f} s wall",
        f"    throughput: {r['articles_per_s_cpu']:.1f} articles/s CPU, {r['articles_per_s_wall']:.1f} articles/s wall, "
        f"{r['mb_per_s_cpu']:.2f} MB/s CPU",
        f"    facts per article: {per('meetings'):.2f} meetings, {per('directives'):.2f} directives, "
        f"{per('deadlines'):.2f} deadlines, {per('documents'):.2f} documents; "
        f"{c['spam_flagged']} flagged spam_injection; {c['errors']} extraction errors",
    ]
    if r["first_error"]:
        lines.append(f"    first extraction error: {r['first_error']}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000, help="corpus size (default 10,000)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--trace-articles", type=int, default=None,
                        help="articles in the tracemalloc pass (default: all of the corpus)")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    n = args.articles
    facts = machine.facts()
    print("vngov extraction benchmark (extract_page: clean text, flags, fingerprint, facts; one core)")
    print(machine.facts_line(facts))

    t0 = time.perf_counter()
    synthetic = synthetic_items(n, args.seed)
    seeds = seed_items(n)
    mb = sum(len(t.encode()) for t, _, _ in synthetic) / 1e6
    print(f"corpus: {n} synthetic articles (bench/corpus.py, seed {args.seed}), {mb:.1f} MB of text, "
          f"{mb * 1e3 / max(n, 1):.1f} KB per article on average (generated in {time.perf_counter() - t0:.1f} s)")

    cpu0 = time.process_time()
    extract_one(*synthetic[0])
    extract_one(*seeds[0])
    print(f"warm-up (gazetteers, first calls; not in the figures): {time.process_time() - cpu0:.2f} s CPU")
    rss_before = machine.maxrss_mb()

    print("throughput:")
    gc.collect()
    synthetic_run = run(synthetic)
    for line in report_run("synthetic corpus", synthetic_run):
        print(line)
    gc.collect()
    seeds_run = run(seeds)
    for line in report_run(f"seed texts (the 5 pages of tests/fixtures/seeds repeated to {n})", seeds_run):
        print(line)

    traced = synthetic[: args.trace_articles] if args.trace_articles else synthetic
    t0 = time.perf_counter()
    peak = traced_peak(traced)
    trace_wall = time.perf_counter() - t0
    seeds_traced = seeds[: min(len(seeds), 500)]
    seeds_peak = traced_peak(seeds_traced)
    rss = machine.maxrss_mb()
    slowdown = trace_wall / (synthetic_run["wall_s"] * len(traced) / max(n, 1)) if synthetic_run["wall_s"] else 0
    print("peak memory:")
    print(f"  tracemalloc peak of the extraction loop: {peak:.2f} MB over {len(traced)} synthetic articles, "
          f"{seeds_peak:.2f} MB over {len(seeds_traced)} seed texts (untimed pass, {slowdown:.1f}x slower under tracing)")
    print(f"  ru_maxrss: {rss:.0f} MB for the whole process ({rss_before:.0f} MB before the loops, "
          f"with both corpora in memory)")

    verdict = lambda r: "met" if r["articles_per_s_cpu"] >= TARGET else "NOT met"  # noqa: E731
    print(f"target: >= {TARGET:.0f} articles/s CPU on one core: synthetic {synthetic_run['articles_per_s_cpu']:.1f} "
          f"({verdict(synthetic_run)}), seeds {seeds_run['articles_per_s_cpu']:.1f} ({verdict(seeds_run)})")

    if args.json:
        args.json.write_text(json.dumps({
            "machine": facts, "articles": n, "seed": args.seed, "target_articles_per_s": TARGET,
            "synthetic": synthetic_run, "seeds": seeds_run,
            "tracemalloc_peak_mb": peak, "tracemalloc_articles": len(traced),
            "tracemalloc_peak_seeds_mb": seeds_peak, "ru_maxrss_mb": rss, "ru_maxrss_before_loops_mb": rss_before,
        }, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
