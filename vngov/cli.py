"""The `vngov` command. Each command exits non-zero with a one-line reason on failure."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from vngov import config


def _sources(value: str | None) -> list[str] | None:
    return [s.strip() for s in value.split(",") if s.strip()] if value else None


def cmd_crawl(args) -> None:
    from vngov.crawl import crawl

    runs = crawl(_sources(args.sources), since=args.since, replay=args.replay,
                 replay_root=args.replay_dir)
    for run in runs:
        print(f"{run['source']}: fetched {run.get('fetched', 0)}, parsed {run.get('parsed', 0)}, "
              f"fallback {run.get('fallback_parsed', 0)}, rejected {run.get('rejected', 0)} "
              f"({run.get('finish_reason')})")


def cmd_import(args) -> None:
    from vngov.importer import import_file

    print(import_file(args.file).line())


def cmd_load(args) -> None:
    from vngov.load import load

    print(load().line())


def cmd_build(args) -> None:
    from vngov import build

    if args.only == "dbt":
        build.dbt_step(args.full_refresh)
    elif args.only == "validate":
        print(build.validate_step().line())
    elif args.only == "publish":
        build.publish_step()
        print(f"published {config.published_path()}")
    else:
        print(build.build(args.full_refresh).line())


def cmd_run(args) -> None:
    cmd_crawl(args)
    cmd_load(args)
    cmd_build(argparse.Namespace(only=None, full_refresh=False))
    cmd_summary(args)


def cmd_summary(args) -> None:
    from vngov.summary import summary_text

    print(summary_text())


def cmd_replay(args) -> None:
    import time

    from vngov.replay import ReplayServer

    server = ReplayServer(args.replay_dir, port=args.port)
    print(f"serving {server.root} at {server.start()}/<host>/<path> (Ctrl-C stops)")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()


def cmd_eval(args) -> None:
    from vngov.evaluate import main as evaluate_main

    evaluate_main(args)


def cmd_serve(args) -> None:
    raise SystemExit("vngov serve: the SQL endpoint is not built yet; query "
                     f"{config.published_path()} with DuckDB meanwhile (see README)")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="vngov", description="Vietnamese government news -> meetings, directives, "
        "deadlines. Data lives in $VNGOV_HOME (default ./data).")
    sub = p.add_subparsers(dest="command", required=True)

    def crawl_options(sp):
        sp.add_argument("--sources", help="comma-separated sources (default: all)")
        sp.add_argument("--since", type=lambda s: str(date.fromisoformat(s)),
                        help="skip articles published before this date (YYYY-MM-DD)")
        sp.add_argument("--replay", action="store_true",
                        help="crawl the local replay site instead of the live sites")
        sp.add_argument("--replay-dir", type=Path, default=None,
                        help="replay root (default: $VNGOV_REPLAY_DIR or the bundled site)")

    sp = sub.add_parser("crawl", help="run spiders into the landing zone")
    crawl_options(sp)
    sp.set_defaults(func=cmd_crawl)

    sp = sub.add_parser("import", help="land articles from a JSONL or WARC file")
    sp.add_argument("file", type=Path)
    sp.set_defaults(func=cmd_import)

    sp = sub.add_parser("load", help="landing zone -> raw schema (the only warehouse writer)")
    sp.set_defaults(func=cmd_load)

    sp = sub.add_parser("build", help="dbt build, Great Expectations validation, publish")
    sp.add_argument("--only", choices=["dbt", "validate", "publish"],
                    help="run one step (Airflow runs them as separate tasks)")
    sp.add_argument("--full-refresh", action="store_true",
                    help="rebuild incremental models from scratch")
    sp.set_defaults(func=cmd_build)

    sp = sub.add_parser("run", help="crawl + load + build + summary")
    crawl_options(sp)
    sp.set_defaults(func=cmd_run)

    sp = sub.add_parser("summary", help="what the last runs found")
    sp.set_defaults(func=cmd_summary)

    sp = sub.add_parser("replay", help="serve the replay site for a look in a browser")
    sp.add_argument("--replay-dir", type=Path, default=None)
    sp.add_argument("--port", type=int, default=8765)
    sp.set_defaults(func=cmd_replay)

    sp = sub.add_parser("eval", help="precision, recall and F1 of extraction against a labelled set",
                        description="Score meetings, directives and deadlines against GOLD, a "
                        "JSONL file of `vngov import` lines each with a `gold` object "
                        "(tests/gold/README.md). By default the articles go through the whole "
                        "chain (import, load, build) in a temporary VNGOV_HOME.")
    sp.add_argument("gold", type=Path, help="labelled JSONL file")
    sp.add_argument("--in-process", action="store_true",
                    help="call clean_text + extract_article directly (fast) instead of the pipeline")
    sp.add_argument("--home", type=Path, default=None,
                    help="run the pipeline in this VNGOV_HOME and keep it (default: a temporary one)")
    sp.add_argument("--show-errors", action="store_true",
                    help="list false positives and false negatives per article")
    sp.set_defaults(func=cmd_eval)

    sp = sub.add_parser("serve", help="SQL endpoint over published.duckdb (not built yet)")
    sp.set_defaults(func=cmd_serve)
    return p


def main(argv: list[str] | None = None) -> None:
    args = parser().parse_args(argv)
    try:
        args.func(args)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # one line for people; the traceback with VNGOV_DEBUG=1
        import os

        if os.environ.get("VNGOV_DEBUG"):
            raise
        print(f"vngov {args.command}: {type(exc).__name__}: {exc}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
