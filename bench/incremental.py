"""What an incremental dbt run costs next to a full refresh, after adding 1% new articles.

    python bench/incremental.py [--articles 2000] [--new-percent 1] [--seed 0] [--keep] [--json OUT.json]

In a temporary VNGOV_HOME: import + load + extract K generated articles (bench/corpus.py), time
`vngov build --only dbt --full-refresh`; then import + load + extract 1% new articles (new URLs)
and time `vngov build --only dbt`. (Extraction runs before dbt since issue 11: the dbt times no
longer include it.) Every step is a child process `python -m vngov ...`, as in production.
Prints both times, their ratio, a breakdown of each run (process start-up, dbt overhead, models
by materialization, tests) and the per-node times from $VNGOV_HOME/dbt/target/run_results.json,
with the materialization of each model from manifest.json. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import machine  # noqa: E402
from corpus import write_jsonl  # noqa: E402


def child_env(home: Path) -> dict:
    env = dict(os.environ)
    env.update({"VNGOV_HOME": str(home), "DBT_SEND_ANONYMOUS_USAGE_STATS": "False", "DO_NOT_TRACK": "1",
                "GX_ANALYTICS_ENABLED": "False"})
    return env


def vngov(home: Path, logs: Path, name: str, *args: str) -> float:
    """Run `python -m vngov args` with VNGOV_HOME=home; returns its wall time. Output goes to a log."""
    log = logs / f"{name}.log"
    t0 = time.perf_counter()
    with open(log, "w") as fh:
        proc = subprocess.run([sys.executable, "-m", "vngov", *args], cwd=machine.REPO, env=child_env(home),
                              stdout=fh, stderr=subprocess.STDOUT)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        tail = log.read_text(errors="replace")[-3000:]
        raise SystemExit(f"vngov {' '.join(args)} exited {proc.returncode}; log {log}:\n{tail}")
    return wall


def node_times(target: Path) -> dict:
    """run_results.json + manifest.json of the last dbt invocation, condensed."""
    results = json.loads((target / "run_results.json").read_text())
    manifest = json.loads((target / "manifest.json").read_text())
    nodes = []
    for r in results["results"]:
        uid = r["unique_id"]
        node = manifest["nodes"].get(uid, {})
        kind = uid.split(".")[0]
        materialized = node.get("config", {}).get("materialized") if kind == "model" else kind
        rows = (r.get("adapter_response") or {}).get("rows_affected")
        nodes.append({"unique_id": uid, "name": uid.split(".", 2)[-1], "type": kind, "materialized": materialized,
                      "status": r["status"], "execution_time": r["execution_time"], "rows_affected": rows})
    return {"elapsed_time": results.get("elapsed_time"), "invocation_id": results["metadata"]["invocation_id"],
            "nodes": nodes}


def table_counts(home: Path) -> dict:
    import duckdb

    con = duckdb.connect(str(home / "warehouse.duckdb"), read_only=True)
    counts = {}
    try:
        for table in ("raw.pages", "intermediate.int_articles", "intermediate.int_article_facts",
                      "marts.fct_directives", "marts.fct_meetings"):
            try:
                counts[table] = con.execute(f"select count(*) from {table}").fetchone()[0]
            except duckdb.CatalogException:
                counts[table] = None
        return counts
    finally:
        con.close()


def breakdown(wall: float, run: dict) -> dict:
    groups: dict[str, float] = {}
    for n in run["nodes"]:
        key = f"{n['materialized']} models" if n["type"] == "model" else f"{n['type']}s"
        groups[key] = groups.get(key, 0.0) + n["execution_time"]
    nodes_total = sum(groups.values())
    elapsed = run["elapsed_time"] or nodes_total
    return {"wall": wall, "dbt_elapsed": elapsed, "startup": max(wall - elapsed, 0.0),
            "nodes_s": nodes_total, "dbt_overhead": max(elapsed - nodes_total, 0.0), "groups": groups}


def breakdown_line(b: dict) -> str:
    groups = ", ".join(f"{k} {v:.1f} s" for k, v in sorted(b["groups"].items(), key=lambda kv: -kv[1]))
    return (f"outside dbt's elapsed_time (python and dbt start-up, project parse, lock) {b['startup']:.1f} s; "
            f"dbt elapsed_time {b['dbt_elapsed']:.1f} s = overhead {b['dbt_overhead']:.1f} s + "
            f"nodes {b['nodes_s']:.1f} s ({groups})")


def print_nodes(full: dict, incr: dict, all_nodes: bool) -> None:
    """Models and seeds one by one, tests summed (all of them one by one with --all-nodes)."""
    by_id = {n["unique_id"]: n for n in full["nodes"]}
    print("per node (seconds of execution_time from run_results.json; slowest in the incremental run first):")
    print(f"  {'node':<44} {'materialized':<12} {'full':>7} {'incr':>7}")

    def row(name: str, materialized: str, full_t: float | None, incr_t: float) -> None:
        shown = f"{full_t:7.2f}" if full_t is not None else "      -"
        print(f"  {name[:44]:<44} {materialized:<12} {shown} {incr_t:7.2f}")

    tests = []
    for n in sorted(incr["nodes"], key=lambda n: -n["execution_time"]):
        f = by_id.get(n["unique_id"])
        if n["type"] == "test" and not all_nodes:
            tests.append((n, f))
            continue
        row(n["name"], str(n["materialized"]), f["execution_time"] if f else None, n["execution_time"])
    if tests:
        full_sum = sum(f["execution_time"] for _, f in tests if f)
        incr_sum = sum(n["execution_time"] for n, _ in tests)
        row(f"{len(tests)} data tests (sum)", "test", full_sum, incr_sum)
        slowest = ", ".join(f"{n['name'].rsplit('.', 1)[0][:40]} {n['execution_time']:.2f}" for n, _ in tests[:3])
        print(f"  {'':<44} slowest tests in the incremental run: {slowest}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="articles before the increment (default 2,000)")
    parser.add_argument("--new-percent", type=float, default=1.0, help="size of the increment in %% (default 1)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", action="store_true", help="keep the temporary VNGOV_HOME (its path is printed)")
    parser.add_argument("--all-nodes", action="store_true", help="list every data test, not only their sum")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    k = args.articles
    new = max(1, round(k * args.new_percent / 100))
    facts = machine.facts()
    print("vngov incremental dbt benchmark (vngov build --only dbt: full refresh, then +new articles)")
    print(machine.facts_line(facts))

    work = Path(tempfile.mkdtemp(prefix="vngov-bench-"))
    home, logs = work / "home", work / "logs"
    logs.mkdir(parents=True)
    target = home / "dbt" / "target"
    try:
        base_file, new_file = work / "base.jsonl", work / "new.jsonl"
        base_mb = write_jsonl(base_file, k, args.seed) / 1e6
        write_jsonl(new_file, new, args.seed, start=k)  # articles k.. : new URLs
        print(f"corpus: {k} articles ({base_mb:.1f} MB JSONL), then {new} new ({new / k:.1%}); VNGOV_HOME {home}")

        t_import = vngov(home, logs, "1-import", "import", str(base_file))
        t_load = vngov(home, logs, "2-load", "load")
        t_extract = vngov(home, logs, "2-extract", "extract")
        print(f"  import {t_import:.1f} s, load {t_load:.1f} s, extract {t_extract:.1f} s")
        t_full = vngov(home, logs, "3-build-full-refresh", "build", "--only", "dbt", "--full-refresh")
        full = node_times(target)
        full_counts = table_counts(home)

        t_import2 = vngov(home, logs, "4-import-new", "import", str(new_file))
        t_load2 = vngov(home, logs, "5-load-new", "load")
        t_extract2 = vngov(home, logs, "5-extract-new", "extract")
        t_incr = vngov(home, logs, "6-build-incremental", "build", "--only", "dbt")
        incr = node_times(target)
        incr_counts = table_counts(home)
        if incr["invocation_id"] == full["invocation_id"]:
            raise SystemExit("run_results.json was not rewritten by the incremental build")

        b_full, b_incr = breakdown(t_full, full), breakdown(t_incr, incr)
        print(f"full refresh: {t_full:.1f} s wall for {k} articles")
        print(f"  {breakdown_line(b_full)}")
        print(f"incremental (+{new} articles, after import {t_import2:.1f} s + load {t_load2:.1f} s + "
              f"extract {t_extract2:.1f} s): "
              f"{t_incr:.1f} s wall")
        print(f"  {breakdown_line(b_incr)}")
        ratio = t_incr / t_full if t_full else float("nan")
        nodes_ratio = b_incr["nodes_s"] / b_full["nodes_s"] if b_full["nodes_s"] else float("nan")
        print(f"ratio incremental / full refresh: {ratio:.2f} ({ratio:.0%} of the wall time); "
              f"dbt node execution only: {nodes_ratio:.2f}")
        print("rows: " + ", ".join(f"{t} {full_counts[t]} -> {incr_counts[t]}" for t in full_counts))
        print_nodes(full, incr, args.all_nodes)

        if args.json:
            args.json.write_text(json.dumps({
                "machine": facts, "articles": k, "new_articles": new, "seed": args.seed,
                "import_s": t_import, "load_s": t_load, "import_new_s": t_import2, "load_new_s": t_load2,
                "extract_s": t_extract, "extract_new_s": t_extract2,
                "full_refresh_s": t_full, "incremental_s": t_incr, "ratio": ratio,
                "full_refresh": {**b_full, **full, "rows": full_counts},
                "incremental": {**b_incr, **incr, "rows": incr_counts},
            }, indent=2))
    finally:
        if args.keep:
            print(f"kept {work} (logs in {logs})")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
