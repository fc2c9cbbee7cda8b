"""The whole pipeline at 10,000, 100,000 and 1,000,000 articles, and a daily increment on top.

    python bench/scale.py [--sizes 10000,100000,1000000] [--increment 3000] [--seed 0]
                          [--keep DIR] [--keep-going] [--json OUT.json]

For each size, in a fresh VNGOV_HOME (a temporary folder, or DIR/<size> with --keep): generate
the corpus (bench/corpus.py, profile "realistic": years 2015-2026, weighted sources, 1-30 KB,
~7% wire copies of recent stories on other sites) as JSONL, timed apart (it is not warehouse
time); start the managed PostgreSQL mirror (`vngov serve`, VNGOV_PG_PORT=0: a free port) so that
publish refreshes it; then run and time each stage as a child `python -m vngov ...`: import,
load, extract, dbt (`build --only dbt`), validate, publish. Then generate `--increment` new
articles (profile "daily": the same mix, all published on 2026-12-01, the day after the base
ends, with the same share of re-published stories; corpus indices after the base, so new URLs)
and time the same stages again: the daily increment.

Each stage runs under a tiny wrapper process that reads getrusage(RUSAGE_CHILDREN) after it: the
stage's wall time, its CPU time (user + system, of every process it started and waited for: the
extraction partitions, dbt's children) and its peak memory (ru_maxrss of the largest process).
The PostgreSQL server is not a child of publish, so the mirror's own work is in publish's wall
time, not in its CPU time. Disk, after the full build and after the increment: landing/,
warehouse.duckdb (+ .wal), published.duckdb and parquet/, the mirror's database
(pg_database_size) and its whole cluster folder (with its WAL), as allocated blocks (du).

Prints one table (rows per size, a column per stage, wall and CPU seconds) with the targets of
issue 11 next to the figures, then for each phase where dbt's time went (models and data tests,
the slowest models) and the tables validation read most of (rows read of the table's rows: in an
increment, a table read nearly whole is a cost that grows with history), and writes the figures
as JSON. Nothing is asserted; a failed stage is reported with its name and log file, and the
larger sizes are skipped (they would fail the same way, later) unless --keep-going. The mirror is
always stopped at the end.

Targets: a daily increment of 3,000 on the 1,000,000 warehouse in <= 90 s of warehouse time
(load + extract + dbt + validate + publish); a full build of 1,000,000 in <= 30 minutes;
extraction >= 500 articles/s per core (pages / CPU seconds of the extract stage).
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
from corpus import republished_from, write_jsonl  # noqa: E402

STAGES = ("import", "load", "extract", "dbt", "validate", "publish")
WAREHOUSE_STAGES = ("load", "extract", "dbt", "validate", "publish")  # the targets' "warehouse time"
STAGE_ARGS = {"import": None, "load": ["load"], "extract": ["extract"], "dbt": ["build", "--only", "dbt"],
              "validate": ["build", "--only", "validate"], "publish": ["build", "--only", "publish"]}
TARGET_INCREMENT_S = 90.0  # increment of 3,000 on 1,000,000, warehouse time end to end
TARGET_FULL_S = 30 * 60.0  # full build of 1,000,000
TARGET_EXTRACT_PER_CORE = 500.0  # articles/s per core
TARGET_SIZE = 1_000_000

# Runs argv, then writes wall time and getrusage(RUSAGE_CHILDREN) (the waited-for descendants:
# CPU summed, ru_maxrss the largest of them) to a JSON file; exits with argv's code.
WRAPPER = r"""
import json, resource, subprocess, sys, time
t0 = time.perf_counter()
rc = subprocess.call(sys.argv[2:])
wall = time.perf_counter() - t0
u = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(sys.argv[1], "w") as fh:
    json.dump({"rc": rc, "wall_s": wall, "user_s": u.ru_utime, "sys_s": u.ru_stime,
               "maxrss_kb": u.ru_maxrss}, fh)
sys.exit(rc)
"""


class StageFailed(RuntimeError):
    def __init__(self, stage: str, phase: str, rc: int, log: Path):
        self.stage, self.phase, self.rc, self.log = stage, phase, rc, log
        super().__init__(f"stage {stage} ({phase}) exited {rc}; its log: {log}")


def child_env(home: Path) -> dict:
    env = dict(os.environ)
    env.pop("VNGOV_PG_URL", None)  # always our own managed mirror, never an attached server
    env.update({"VNGOV_HOME": str(home), "VNGOV_PG_PORT": "0", "DBT_SEND_ANONYMOUS_USAGE_STATS": "False",
                "DO_NOT_TRACK": "1", "GX_ANALYTICS_ENABLED": "False"})
    return env


def vngov_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "vngov", *args]


def run_stage(home: Path, logs: Path, stage: str, phase: str, args: list[str]) -> dict:
    """One stage under the wrapper: wall, CPU, peak memory, and the last line it printed."""
    log, usage = logs / f"{phase}-{stage}.log", logs / f"{phase}-{stage}.rusage.json"
    with open(log, "w") as fh:
        proc = subprocess.run([sys.executable, "-c", WRAPPER, str(usage), *vngov_cmd(*args)], cwd=machine.REPO,
                              env=child_env(home), stdout=fh, stderr=subprocess.STDOUT)
    if proc.returncode != 0:
        raise StageFailed(stage, phase, proc.returncode, log)
    u = json.loads(usage.read_text())
    lines = [line for line in log.read_text(errors="replace").splitlines() if line.strip()]
    return {"wall_s": u["wall_s"], "cpu_s": u["user_s"] + u["sys_s"], "user_s": u["user_s"], "sys_s": u["sys_s"],
            "maxrss_mb": u["maxrss_kb"] / 1024, "log": str(log), "last_line": lines[-1][:300] if lines else ""}


def run_phase(home: Path, logs: Path, phase: str, corpus_file: Path, say) -> dict:
    stages = {}
    for stage in STAGES:
        args = ["import", str(corpus_file)] if stage == "import" else STAGE_ARGS[stage]
        stages[stage] = r = run_stage(home, logs, stage, phase, args)
        say(f"    {phase} {stage:<9} {r['wall_s']:8.1f} s wall {r['cpu_s']:8.1f} s CPU {r['maxrss_mb']:7.0f} MB"
            f"  | {r['last_line'][:110]}")
    return summarize(stages)


def summarize(stages: dict) -> dict:
    warehouse = sum(stages[s]["wall_s"] for s in WAREHOUSE_STAGES)
    peak_stage = max(stages, key=lambda s: stages[s]["maxrss_mb"])
    return {"stages": stages, "warehouse_s": warehouse,
            "warehouse_cpu_s": sum(stages[s]["cpu_s"] for s in WAREHOUSE_STAGES),
            "end_to_end_s": warehouse + stages["import"]["wall_s"],
            "peak_mb": stages[peak_stage]["maxrss_mb"], "peak_stage": peak_stage}


# ------------------------------------------------------------------------------- disk and rows

def du_bytes(path: Path) -> int:
    """Allocated bytes under path (like du): files once each, symlinks not followed."""
    if not path.exists() and not path.is_symlink():
        return 0
    if path.is_symlink():
        return 0
    if path.is_file():
        return path.stat().st_blocks * 512
    total, seen = 0, set()
    for root, _dirs, files in os.walk(path):
        for name in files:
            p = Path(root) / name
            try:
                st = p.lstat()
            except FileNotFoundError:
                continue
            if p.is_symlink() or (st.st_dev, st.st_ino) in seen:
                continue
            seen.add((st.st_dev, st.st_ino))
            total += st.st_blocks * 512
    return total


def mirror_query(uri: str | None) -> dict:
    if not uri:
        return {"error": "no mirror URI"}
    try:
        import psycopg

        with psycopg.connect(uri, connect_timeout=10) as pg:
            size = pg.execute("select pg_database_size(current_database())").fetchone()[0]
            articles = pg.execute("select count(*) from marts.dim_articles").fetchone()[0]
        return {"database_bytes": size, "dim_articles": articles}
    except Exception as exc:  # noqa: BLE001 - a figure missing, not a failed benchmark
        return {"error": f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}"}


def disk_and_rows(home: Path, uri: str | None) -> tuple[dict, dict]:
    import duckdb

    mirror = mirror_query(uri)
    mb = lambda b: b / 1e6  # noqa: E731
    disk = {
        "landing": mb(du_bytes(home / "landing")),
        "warehouse": mb(du_bytes(home / "warehouse.duckdb") + du_bytes(home / "warehouse.duckdb.wal")),
        "published": mb(du_bytes(home / "published.duckdb") + du_bytes(home / "published.duckdb.wal")),
        "parquet": mb(du_bytes(home / "parquet")),
        "mirror_db": mb(mirror["database_bytes"]) if "database_bytes" in mirror else None,
        "mirror_cluster": mb(du_bytes(home / "postgres")),
        "home_total": mb(du_bytes(home)),
    }
    rows: dict = {"mirror_dim_articles": mirror.get("dim_articles")}
    if "error" in mirror:
        rows["mirror_error"] = mirror["error"]
    for name, db, sql in (("raw_pages", "warehouse.duckdb", "select count(*) from raw.pages"),
                          ("extractions", "warehouse.duckdb", "select count(*) from raw.extractions"),
                          ("dim_articles", "published.duckdb", "select count(*) from marts.dim_articles"),
                          ("stories", "published.duckdb", "select count(distinct story_id) from marts.dim_articles"),
                          ("directives", "published.duckdb", "select count(*) from marts.fct_directives"),
                          ("meetings", "published.duckdb", "select count(*) from marts.fct_meetings")):
        try:
            con = duckdb.connect(str(home / db), read_only=True)
            try:
                rows[name] = con.execute(sql).fetchone()[0]
            finally:
                con.close()
        except Exception as exc:  # noqa: BLE001
            rows[name] = None
            rows.setdefault("errors", []).append(f"{name}: {type(exc).__name__}: {str(exc)[:200]}")
    return disk, rows


def where_time_went(home: Path) -> dict:
    """Where a phase's dbt and validation time went: each node of the last dbt run
    (run_results.json: the phase's dbt stage; validation and publish run no dbt node), and the
    rows validation read per table against the table's rows. A table read mostly whole in an
    increment is a cost that grows with history."""
    import duckdb

    out: dict = {"dbt_nodes": {}, "validated": {}}
    try:
        run = json.loads((home / "dbt" / "target" / "run_results.json").read_text())
        out["dbt_nodes"] = {r["unique_id"]: r["execution_time"] for r in run["results"]}
        read = json.loads((home / "validation.json").read_text())["read"]
        con = duckdb.connect(str(home / "warehouse.duckdb"), read_only=True)
        try:
            for name, rows in read.items():
                schema, table = name.split(".")
                total = con.execute(f'select count(*) from "{schema}"."{table}"').fetchone()[0]
                out["validated"][name] = {"read": rows, "rows": total}
        finally:
            con.close()
    except Exception as exc:  # noqa: BLE001 - a diagnostic missing, not a failed benchmark
        out["error"] = f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}"
    return out


def time_went_lines(label: str, detail: dict, slowest: int = 8, tables: int = 5) -> list[str]:
    if detail.get("error"):
        return [f"  {label}: where the time went is not known ({detail['error']})"]
    nodes = detail["dbt_nodes"]
    tests = [t for uid, t in nodes.items() if uid.startswith("test.")]
    models = {uid.split(".")[-1]: t for uid, t in nodes.items() if uid.startswith("model.")}
    top = sorted(models.items(), key=lambda kv: -kv[1])[:slowest]
    read = sorted(detail["validated"].items(), key=lambda kv: -kv[1]["read"])[:tables]
    return [
        f"  {label} dbt: models {sum(models.values()):.1f} s, {len(tests)} data tests {sum(tests):.1f} s; slowest: "
        + ", ".join(f"{name} {t:.1f}" for name, t in top),
        f"  {label} validation read (rows read of the table's rows): "
        + ", ".join(f"{name} {v['read']:,} of {v['rows']:,}" for name, v in read),
    ]


# ------------------------------------------------------------------------------- one size

def run_size(n: int, increment: int, seed: int, work: Path, say) -> dict:
    home, logs = work / "home", work / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    result: dict = {"size": n, "increment": increment, "seed": seed, "home": str(home), "logs": str(logs),
                    "error": None}
    uri = None
    try:
        base_file = work / "base.jsonl"
        t0 = time.perf_counter()
        base_bytes = write_jsonl(base_file, n, seed, profile="realistic")
        copies = sum(republished_from(i, seed) is not None for i in range(n))
        result["corpus"] = {"articles": n, "mb": base_bytes / 1e6, "seconds": time.perf_counter() - t0,
                            "republished": copies}
        say(f"  corpus: {n} articles, {base_bytes / 1e6:.0f} MB JSONL, {copies} re-published stories, "
            f"generated in {result['corpus']['seconds']:.0f} s (not warehouse time)")

        t0 = time.perf_counter()
        proc = subprocess.run(vngov_cmd("serve", "--uri"), cwd=machine.REPO, env=child_env(home),
                              capture_output=True, text=True)
        (logs / "serve.log").write_text(proc.stdout + proc.stderr)
        if proc.returncode != 0:
            raise StageFailed("serve", "mirror", proc.returncode, logs / "serve.log")
        uri = proc.stdout.strip().splitlines()[-1]
        result["mirror_start_s"] = time.perf_counter() - t0
        say(f"  mirror: started in {result['mirror_start_s']:.1f} s")

        result["full"] = run_phase(home, logs, "full", base_file, say)
        result["full"]["disk_mb"], result["full"]["rows"] = disk_and_rows(home, uri)
        result["full"]["where_time_went"] = where_time_went(home)
        base_file.unlink()

        inc_file = work / "increment.jsonl"
        t0 = time.perf_counter()
        inc_bytes = write_jsonl(inc_file, increment, seed, start=n, profile="daily")
        inc_copies = sum(republished_from(i, seed) is not None for i in range(n, n + increment))
        result["increment_corpus"] = {"articles": increment, "mb": inc_bytes / 1e6, "republished": inc_copies,
                                      "seconds": time.perf_counter() - t0}
        say(f"  increment: {increment} new articles ({inc_copies} re-published stories)")
        result["incr"] = run_phase(home, logs, "incr", inc_file, say)
        result["incr"]["disk_mb"], result["incr"]["rows"] = disk_and_rows(home, uri)
        result["incr"]["where_time_went"] = where_time_went(home)
    except StageFailed as exc:
        tail = exc.log.read_text(errors="replace")[-2500:] if exc.log.exists() else ""
        result["error"] = {"stage": exc.stage, "phase": exc.phase, "rc": exc.rc, "log": str(exc.log),
                           "tail": tail}
        say(f"  FAILED at {n}: {exc}\n" + "\n".join("    | " + line for line in tail.splitlines()[-25:]))
    finally:
        proc = subprocess.run(vngov_cmd("serve", "--stop"), cwd=machine.REPO, env=child_env(home),
                              capture_output=True, text=True)
        if proc.returncode != 0:
            say(f"  warning: `vngov serve --stop` exited {proc.returncode}: {(proc.stdout + proc.stderr).strip()[-500:]}")
    return result


# ------------------------------------------------------------------------------- report

def verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def extract_rates(r: dict) -> dict:
    """Pages extracted per CPU second (per core) and per wall second, full build and increment."""
    out = {}
    for phase, pages in (("full", r["size"]), ("incr", r["increment"])):
        if phase in r:
            ext = r[phase]["stages"]["extract"]
            out[phase] = {"pages": pages, "per_core_s": pages / ext["cpu_s"] if ext["cpu_s"] else None,
                          "per_wall_s": pages / ext["wall_s"] if ext["wall_s"] else None}
    return out


def projections(results: list[dict], increment: int) -> dict:
    """Linear fits t = a + b * size through the two largest sizes measured, read at 1,000,000:
    estimates, printed as such, for when 1,000,000 was not run."""
    done = sorted((r for r in results if "incr" in r), key=lambda r: r["size"])
    if len(done) < 2 or done[-1]["size"] >= TARGET_SIZE:
        return {}
    lo, hi = done[-2], done[-1]
    out = {"from_sizes": [lo["size"], hi["size"]]}
    for key, phase in (("full_warehouse_s", "full"), ("incr_warehouse_s", "incr")):
        y0, y1 = lo[phase]["warehouse_s"], hi[phase]["warehouse_s"]
        slope = (y1 - y0) / (hi["size"] - lo["size"])
        out[key] = y1 + slope * (TARGET_SIZE - hi["size"])
    out["incr_stages_s"] = {}
    for stage in STAGES:
        y0, y1 = lo["incr"]["stages"][stage]["wall_s"], hi["incr"]["stages"][stage]["wall_s"]
        out["incr_stages_s"][stage] = y1 + (y1 - y0) / (hi["size"] - lo["size"]) * (TARGET_SIZE - hi["size"])
    return out


def table(results: list[dict], increment: int) -> list[str]:
    cols = "".join(f"{s:>9}" for s in STAGES)
    lines = [f"{'size':>10} {'phase':<12}{cols} {'warehouse':>10} {'peak MB':>14}  target"]
    for r in results:
        label = f"{r['size']:,}"
        for phase, name in (("full", "full build"), ("incr", f"+{increment:,}")):
            if phase not in r:
                continue
            p = r[phase]
            wall = "".join(f"{p['stages'][s]['wall_s']:9.1f}" for s in STAGES)
            cpu = "".join(f"{p['stages'][s]['cpu_s']:9.1f}" for s in STAGES)
            if r["size"] == TARGET_SIZE and phase == "full":
                target = f"<= {TARGET_FULL_S / 60:.0f} min: {verdict(p['warehouse_s'] <= TARGET_FULL_S)}"
            elif r["size"] == TARGET_SIZE and phase == "incr" and increment == 3000:
                target = f"<= {TARGET_INCREMENT_S:.0f} s: {verdict(p['warehouse_s'] <= TARGET_INCREMENT_S)}"
            else:
                target = "(targets at 1,000,000)"
            peak = f"{p['peak_mb']:.0f} ({p['peak_stage']})"
            lines.append(f"{label:>10} {name + ' wall':<12}{wall} {p['warehouse_s']:10.1f} {peak:>14}  {target}")
            lines.append(f"{'':>10} {'  CPU':<12}{cpu} {p['warehouse_cpu_s']:10.1f}")
            label = ""
        if r["error"]:
            e = r["error"]
            lines.append(f"{label or '':>10} FAILED at stage {e['stage']} ({e['phase']}), exit {e['rc']}; log {e['log']}")
    lines.append("(seconds; warehouse = load + extract + dbt + validate + publish, wall; import lands the JSONL "
                 "and is not in it; CPU = user + system of the stage's processes; peak = ru_maxrss of the "
                 "largest process of any stage)")
    lines.append("")
    lines.append(f"{'disk MB':>10} {'after':<12}{'landing':>9}{'warehse':>9}{'publishd':>9}{'parquet':>9}"
                 f"{'mirrorDB':>9}{'pg dir':>9}{'HOME':>9}   rows: pages, dim_articles (stories), mirror")
    for r in results:
        label = f"{r['size']:,}"
        for phase, name in (("full", "full build"), ("incr", "increment")):
            if phase not in r or "disk_mb" not in r[phase]:
                continue
            d, rows = r[phase]["disk_mb"], r[phase]["rows"]
            fig = lambda v: f"{v:9.1f}" if v is not None else f"{'-':>9}"  # noqa: E731
            lines.append(f"{label:>10} {name:<12}" + "".join(fig(d[k]) for k in (
                "landing", "warehouse", "published", "parquet", "mirror_db", "mirror_cluster", "home_total"))
                + f"   {rows.get('raw_pages')}, {rows.get('dim_articles')} ({rows.get('stories')}), "
                  f"{rows.get('mirror_dim_articles')}")
            label = ""
    lines.append("")
    for r in results:
        for phase, name in (("full", "full build"), ("incr", f"+{increment:,}")):
            if phase in r and "where_time_went" in r[phase]:
                lines += time_went_lines(f"{r['size']:,} {name}", r[phase]["where_time_went"])
    lines.append("")
    for r in results:
        rates = extract_rates(r)
        if not rates:
            continue
        parts = [f"{ph} {v['per_core_s']:.0f}/s per core ({v['per_wall_s']:.0f}/s wall)"
                 for ph, v in rates.items() if v["per_core_s"]]
        ok = all(v["per_core_s"] and v["per_core_s"] >= TARGET_EXTRACT_PER_CORE for v in rates.values())
        lines.append(f"extraction at {r['size']:,}: {', '.join(parts)}; target >= {TARGET_EXTRACT_PER_CORE:.0f} "
                     f"articles/s per core: {verdict(ok)}")
    proj = projections(results, increment)
    if proj:
        lo, hi = proj["from_sizes"]
        inc_target = (f" (target <= {TARGET_INCREMENT_S:.0f} s: {verdict(proj['incr_warehouse_s'] <= TARGET_INCREMENT_S)}"
                      " if the estimate holds)") if increment == 3000 else ""
        lines.append(f"estimate for 1,000,000 (linear through {lo:,} and {hi:,}; not measured): full build "
                     f"{proj['full_warehouse_s'] / 60:.0f} min (target <= {TARGET_FULL_S / 60:.0f} min: "
                     f"{verdict(proj['full_warehouse_s'] <= TARGET_FULL_S)} if the estimate holds); "
                     f"+{increment:,} increment {proj['incr_warehouse_s']:.0f} s{inc_target}")
        lines.append("  increment stages at 1,000,000 (estimate): " + ", ".join(
            f"{s} {v:.0f} s" for s, v in proj["incr_stages_s"].items()))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000", help="comma-separated corpus sizes")
    parser.add_argument("--increment", type=int, default=3000, help="new articles of the daily increment")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", type=Path, help="build in DIR/<size> and keep it (else a temporary folder)")
    parser.add_argument("--keep-going", action="store_true", help="run the larger sizes after a failure")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    try:
        sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        parser.error(f"--sizes: not a list of numbers: {args.sizes!r}")
    if not sizes or min(sizes) < 1 or args.increment < 1:
        parser.error("sizes and --increment must be positive")

    def say(line: str) -> None:
        print(line, flush=True)

    facts = machine.facts()
    started = time.strftime("%Y-%m-%d %H:%M:%S %z")
    say(f"vngov scale benchmark: full build of {', '.join(f'{n:,}' for n in sizes)} articles, then "
        f"+{args.increment:,}; {started}")
    say(machine.facts_line(facts))
    results: list[dict] = []
    skipped: list[int] = []
    for n in sizes:
        if results and results[-1]["error"] and not args.keep_going:
            skipped.append(n)
            continue
        say(f"size {n:,}:")
        t0 = time.perf_counter()
        if args.keep:
            work = args.keep / str(n)
            if work.exists():
                shutil.rmtree(work)
            work.mkdir(parents=True)
            result = run_size(n, args.increment, args.seed, work, say)
        else:
            work = Path(tempfile.mkdtemp(prefix=f"vngov-scale-{n}-"))
            try:
                result = run_size(n, args.increment, args.seed, work, say)
            finally:
                shutil.rmtree(work, ignore_errors=True)
        result["total_wall_s"] = time.perf_counter() - t0
        say(f"  size {n:,} took {result['total_wall_s'] / 60:.1f} min in all")
        results.append(result)

    say("")
    say(machine.facts_line(machine.facts()) + " (at the end)")
    for line in table(results, args.increment):
        say(line)
    if skipped:
        say(f"skipped after the failure above: {', '.join(f'{n:,}' for n in skipped)} (--keep-going runs them)")
    if args.json:
        args.json.write_text(json.dumps({
            "machine": facts, "machine_at_end": machine.facts(), "started": started, "sizes": sizes,
            "increment": args.increment, "seed": args.seed, "stages": list(STAGES),
            "warehouse_stages": list(WAREHOUSE_STAGES),
            "targets": {"increment_s_at_1m": TARGET_INCREMENT_S, "full_build_s_at_1m": TARGET_FULL_S,
                        "extract_articles_per_s_per_core": TARGET_EXTRACT_PER_CORE},
            "results": [{**r, "extraction": extract_rates(r)} for r in results],
            "projection_1m": projections(results, args.increment), "skipped": skipped,
        }, indent=2))
    return 1 if any(r["error"] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
