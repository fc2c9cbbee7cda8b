"""Run every benchmark and print a compact report.

    python bench/run_all.py [--quick] [--verbose] [--keep-json DIR] [--scale-sizes LIST]

Default sizes: a 10,000-article corpus for extraction, 2,000 articles (+1%) for the incremental
dbt run, 1,500 replayed article pages (and 10 s of `scrapy bench`) for the crawl, and for the
scale benchmark (bench/scale.py) full builds of 10,000, 100,000 and 1,000,000 realistic articles,
each followed by a daily increment of 3,000. The scale benchmark alone takes well over an hour
at the default sizes: on the 2-core development machine (shared, December 2026) the 10,000 size
took about 7 minutes in all, 100,000 and 1,000,000 were not run there (`--scale-sizes` picks
others). `--quick` uses small sizes (1,000, 200, 200 and 3 s; scale 1,000 and 5,000 with an
increment of 300) to check that everything runs. Each benchmark
runs in its own child process (so ru_maxrss is its own); `--verbose` prints their full output too.
Nothing is asserted: the figures are printed next to their targets.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import machine  # noqa: E402

BENCH = Path(__file__).resolve().parent
SIZES = {"full": {"corpus": 10_000, "extraction": 10_000, "incremental": 2_000, "crawl": 1_500, "scrapy_bench_s": 10,
                  "scale": "10000,100000,1000000", "scale_increment": 3000},
         "quick": {"corpus": 1_000, "extraction": 1_000, "incremental": 200, "crawl": 200, "scrapy_bench_s": 3,
                   "scale": "1000,5000", "scale_increment": 300}}


def run(script: str, args: list[str], verbose: bool, check: bool = True) -> tuple[str, float]:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, str(BENCH / script), *args], cwd=machine.REPO,
                          capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if verbose or proc.returncode != 0:
        print(f"----- {script} {' '.join(args)} ({wall:.0f} s)")
        print(proc.stdout.rstrip())
        if proc.stderr.strip():
            print(proc.stderr.rstrip()[-4000:])
        print("-----")
    if proc.returncode != 0 and check:
        raise SystemExit(f"{script} exited {proc.returncode}")
    return proc.stdout, wall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes (a smoke run)")
    parser.add_argument("--verbose", action="store_true", help="print each benchmark's full output")
    parser.add_argument("--keep-json", type=Path, help="keep the benchmarks' JSON figures in this folder")
    parser.add_argument("--scale-sizes", help="sizes for bench/scale.py (default 10000,100000,1000000; "
                        "--quick 1000,5000)")
    args = parser.parse_args(argv)
    if args.keep_json:
        args.keep_json.mkdir(parents=True, exist_ok=True)
        return report(args, args.keep_json)
    with tempfile.TemporaryDirectory(prefix="vngov-bench-json-") as tmp:
        return report(args, Path(tmp))


def report(args: argparse.Namespace, out: Path) -> int:
    sizes = SIZES["quick" if args.quick else "full"]

    started = time.strftime("%Y-%m-%d %H:%M:%S %z")
    facts = machine.facts()

    corpus_file = out / "corpus.jsonl"
    t0 = time.perf_counter()
    run("corpus.py", [str(sizes["corpus"]), str(corpus_file)], args.verbose)
    corpus_wall = time.perf_counter() - t0
    corpus_mb = corpus_file.stat().st_size / 1e6
    corpus_file.unlink()

    _, ext_wall = run("extraction.py", ["--articles", str(sizes["extraction"]), "--json", str(out / "extraction.json")],
                      args.verbose)
    ext = json.loads((out / "extraction.json").read_text())
    _, inc_wall = run("incremental.py", ["--articles", str(sizes["incremental"]), "--json", str(out / "incremental.json")],
                      args.verbose)
    inc = json.loads((out / "incremental.json").read_text())
    _, crawl_wall = run("crawl.py", ["--articles", str(sizes["crawl"]), "--scrapy-bench-seconds", str(sizes["scrapy_bench_s"]),
                                     "--json", str(out / "crawl.json")], args.verbose)
    crawl = json.loads((out / "crawl.json").read_text())

    learned, learned_wall = run("learned_directives.py", [], args.verbose)

    # a failed stage is reported in its table (stage and log), the rest of the report still prints
    scale_out, scale_wall = run("scale.py", ["--sizes", args.scale_sizes or sizes["scale"],
                                             "--increment", str(sizes["scale_increment"]),
                                             "--json", str(out / "scale.json")], args.verbose, check=False)

    syn, seeds, target = ext["synthetic"], ext["seeds"], ext["target_articles_per_s"]
    verdict = lambda r: "met" if r["articles_per_s_cpu"] >= target else "NOT met"  # noqa: E731
    incr_nodes = sorted((n for n in inc["incremental"]["nodes"] if n["type"] != "test"),
                        key=lambda n: -n["execution_time"])[:4]
    tests_incr = sum(n["execution_time"] for n in inc["incremental"]["nodes"] if n["type"] == "test")
    groups = ", ".join(f"{k} {v:.1f} s" for k, v in sorted(inc["incremental"]["groups"].items(), key=lambda kv: -kv[1]))

    print(f"vngov benchmarks ({'quick' if args.quick else 'default'} sizes), {started}")
    print(machine.facts_line(facts))
    print(f"corpus      {sizes['corpus']} articles, {corpus_mb:.1f} MB JSONL, written in {corpus_wall:.1f} s")
    print(f"extraction  synthetic ({syn['articles']}): {syn['articles_per_s_cpu']:.1f} articles/s CPU, "
          f"{syn['articles_per_s_wall']:.1f} wall, {syn['mb_per_s_cpu']:.2f} MB/s; target >= {target:.0f}: {verdict(syn)}")
    print(f"            seed texts ({seeds['articles']}): {seeds['articles_per_s_cpu']:.1f} articles/s CPU, "
          f"{seeds['articles_per_s_wall']:.1f} wall, {seeds['mb_per_s_cpu']:.2f} MB/s; target >= {target:.0f}: {verdict(seeds)}")
    print(f"            memory: tracemalloc peak {ext['tracemalloc_peak_mb']:.2f} MB (synthetic), "
          f"{ext['tracemalloc_peak_seeds_mb']:.2f} MB (seeds); ru_maxrss {ext['ru_maxrss_mb']:.0f} MB")
    print(f"dbt         full refresh ({inc['articles']} articles): {inc['full_refresh_s']:.1f} s; "
          f"+{inc['new_articles']} articles: {inc['incremental_s']:.1f} s; ratio {inc['ratio']:.2f}")
    print(f"            incremental run: {inc['incremental']['startup']:.1f} s start-up and parse, "
          f"{inc['incremental']['dbt_overhead']:.1f} s dbt overhead, nodes {inc['incremental']['nodes_s']:.1f} s ({groups})")
    print("            slowest models in the incremental run: " + ", ".join(
        f"{n['name']} ({n['materialized']}) {n['execution_time']:.2f} s" for n in incr_nodes)
        + f"; data tests {tests_incr:.2f} s")
    for line in crawl_lines(crawl):
        print(line)
    print("directives  rules against a learned decision (bench/learned_directives.py, shared scorer):")
    for line in learned.splitlines():
        print("            " + line.strip())
    print("scale       full build and daily increment by warehouse size (bench/scale.py):")
    for line in scale_table(scale_out):
        print("            " + line)
    print(f"wall time: extraction {ext_wall:.0f} s, incremental {inc_wall:.0f} s, crawl {crawl_wall:.0f} s, "
          f"learned {learned_wall:.0f} s, scale {scale_wall / 60:.0f} min"
          + (f"; JSON figures in {out}" if args.keep_json else ""))
    return 0


def scale_table(stdout: str) -> list[str]:
    """bench/scale.py's closing table: the lines after its blank line (or the failure, if any)."""
    lines = stdout.rstrip().splitlines()
    for k, line in enumerate(lines):
        if line.endswith("(at the end)"):
            return lines[k + 1:]
    return lines[-30:] or ["(no output)"]


def crawl_lines(c: dict) -> list[str]:
    """The crawl benchmark (bench/crawl.py) in three lines: boilerplate F1, publish dates, throughput."""
    b, seed = c["boilerplate"], c["boilerplate"]["seed_000"]
    scored = sum(1 for r in b["rows"] if "vngov" in r)
    if seed:
        ours, theirs = seed["vngov"]["f1"], seed["trafilatura"]["f1"]
        met = "met" if ours >= b["target_f1"] and ours >= theirs else "NOT met"
        first = (f"crawl       boilerplate F1, seed 000 vs seed 002: vngov {ours:.3f}, trafilatura default {theirs:.3f}; "
                 f"target >= {b['target_f1']} and >= trafilatura: {met}; mean over {scored} pages "
                 f"{b['mean_f1_vngov']:.3f} vs {b['mean_f1_trafilatura']:.3f}")
    else:
        first = "crawl       boilerplate F1: seed 000 page not in the replay MANIFEST"
    dates = [f"{label} {d['vngov_correct']}/{d['count']} to the minute (trafilatura {d['trafilatura_correct']}/{d['count']} "
             f"to the day)" for label, d in (("replay files", c.get("dates_files")), ("replay crawl", c.get("dates_crawl"))) if d]
    lines = [first, "            publish dates: " + "; ".join(dates)]
    t, sb = c.get("throughput"), c.get("scrapy_bench")
    if t:
        line = (f"            throughput: {t['landed']} pages (expected {t['expected_pages']}) in {t['seconds']:.1f} s = "
                f"{t['pages_per_s']:.1f} pages/s, peak RSS {t['maxrss_mb']:.0f} MB")
        if sb and not sb.get("error"):
            line += f"; scrapy bench {sb['pages_per_s']:.1f} pages/s (links only, no parsing: an upper bound)"
        lines.append(line)
    return lines


if __name__ == "__main__":
    sys.exit(main())
