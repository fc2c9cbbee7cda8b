"""The `vngov` command. Each command exits non-zero with a one-line reason on failure."""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

from vngov import config


def _sources(value: str | None) -> list[str] | None:
    return [s.strip() for s in value.split(",") if s.strip()] if value else None


def _day(value: str) -> str:
    """An argparse type: ArgumentTypeError's message is what the user reads."""
    try:
        return str(date.fromisoformat(value))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _webhook(value: str) -> str:
    from vngov.watch import check_webhook_url

    try:
        return check_webhook_url(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _port(value: str) -> int:
    if not value.isdigit() or not 0 <= int(value) <= 65535:
        raise argparse.ArgumentTypeError(f"not a port number (0-65535): {value!r}")
    return int(value)


def cmd_crawl(args) -> list[str]:
    """Crawl; print one line per source and every site-change alarm. Returns the alarms."""
    from vngov.crawl import crawl
    from vngov.landing import remove_dead_partials

    removed = remove_dead_partials()
    if removed:  # their pages were not landed: this incremental crawl fetches them again
        print(f"removed {removed} .partial file{'s' if removed != 1 else ''} left by killed "
              "crawls or imports")
    runs = crawl(_sources(args.sources), since=args.since, until=args.until,
                 backfill=args.backfill, replay=args.replay, replay_root=args.replay_dir)
    for run in runs:
        n = lambda key: run.get(key) or 0  # noqa: E731
        print(f"{run['source']}: {n('listing_pages')} listing pages, {n('discovered')} links "
              f"({n('known')} known), fetched {n('fetched')}: {n('new_articles')} new articles "
              f"({n('fallback_parsed')} by the fallback parser), {n('rejected')} rejected "
              f"({run.get('finish_reason')})")
    alarms = [run["alarm"] for run in runs if run.get("alarm")]
    for alarm in alarms:
        print(f"SITE-CHANGE ALARM {alarm}", file=sys.stderr)
    if alarms and args.command == "crawl":
        from vngov.alarm import ALARM_EXIT

        sys.exit(ALARM_EXIT)
    return alarms


def cmd_import(args) -> None:
    from vngov.importer import import_file

    print(import_file(args.file, again=args.again).line())


def cmd_reparse(args) -> None:
    from vngov.reparse import reparse

    for report in reparse(_sources(args.sources), run_id=args.run_id):
        print(report.line())


def cmd_load(args) -> None:
    from vngov.load import load

    print(load().line())


def _partitions(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 4096:
        raise argparse.ArgumentTypeError(f"not a partition count (1-4096): {value!r}")
    return int(value)


def cmd_extract(args) -> None:
    from vngov import extraction
    from vngov.warehouse import connect, writer_lock

    if args.step is None:
        print(extraction.extract(args.partitions).line())
    elif args.step == "plan":
        with writer_lock(), connect() as con:
            batch = extraction.plan(con, args.partitions)
        n = len(batch.partitions)
        print(f"extract plan: batch {batch.batch_id}, {batch.pages} pages in {n} partition"
              f"{'s' if n != 1 else ''}" + (": " if n else "") + ", ".join(
                  f"{k}: {n}" for k, n in sorted(batch.partitions.items())))
        # The last line, for the Airflow task that maps one partition task per entry.
        print(json.dumps({"batch": batch.batch_id, "partitions": sorted(batch.partitions),
                          "pages": batch.pages}))
    elif args.step == "partition":
        t0 = time.perf_counter()
        batch = extraction.Batch.open(args.batch)
        done = extraction.run_partition(batch, args.partition)
        seconds = time.perf_counter() - t0
        kept = batch.partitions[args.partition] - done
        print(f"extract partition {args.partition} of batch {batch.batch_id}: {done} pages in "
              f"{seconds:.1f} s ({done / seconds if seconds else 0:.0f} pages/s)"
              + (f"; {kept} done by an earlier attempt" if kept else ""))
    else:
        with writer_lock(), connect() as con:
            loaded = extraction.load_batch(con, extraction.Batch.open(args.batch))
        print(f"extract load: batch {args.batch}, {loaded} pages into raw.extractions")


def cmd_build(args) -> None:
    from vngov import build

    if args.only == "extract":
        from vngov.extraction import extract

        print(extract().line())
    elif args.only == "dbt":
        build.dbt_step(args.full_refresh)
    elif args.only == "validate":
        print(build.validate_step(every_row=args.full_refresh).line())
    elif args.only == "publish":
        build.publish_step()
        print(f"published {config.published_path()}")
    else:
        print(build.build(args.full_refresh).line())


def cmd_run(args) -> None:
    alarms = cmd_crawl(args)  # what did land still goes through; the alarm decides the exit code
    cmd_load(args)
    cmd_build(argparse.Namespace(only=None, full_refresh=False))
    cmd_summary(args)
    if alarms:
        from vngov.alarm import ALARM_EXIT

        sys.exit(ALARM_EXIT)


def cmd_summary(args) -> None:
    from vngov.summary import summary_text

    print(summary_text())


def cmd_watch(args) -> None:
    from vngov.watch import cmd

    cmd(args)


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


def cmd_docs(args) -> None:
    from vngov.docs_site import main as docs_main

    docs_main(args)


def cmd_eval(args) -> None:
    from vngov.evaluate import main as evaluate_main

    evaluate_main(args)


def cmd_serve(args) -> None:
    from vngov import mirror

    if args.stop and mirror.attached_url():
        raise SystemExit("vngov serve: the mirror is a server of VNGOV_PG_URL; it is not "
                         "vngov's to stop")
    if args.stop:
        print("SQL mirror stopped" if mirror.stop() else "SQL mirror was not running")
    elif args.status:
        print(mirror.describe(mirror.endpoint()))
    else:
        endpoint = mirror.start(args.port)
        if args.uri:
            print(endpoint.reader_url)
        else:
            print(mirror.describe(endpoint))
            print(f'  psql "{endpoint.reader_url}"')


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="vngov", description="Vietnamese government news -> meetings, directives, "
        "deadlines. Data lives in $VNGOV_HOME (default ./data).")
    sub = p.add_subparsers(dest="command", required=True)

    def crawl_options(sp):
        sp.add_argument("--sources", help="comma-separated sources (default: all)")
        sp.add_argument("--since", type=_day,
                        help="skip articles published before this date (YYYY-MM-DD)")
        sp.add_argument("--until", type=_day,
                        help="skip links listed as published after this date (YYYY-MM-DD)")
        sp.add_argument("--backfill", action="store_true",
                        help="walk listings back to --since past already-known articles "
                             "(a daily run stops at the first page holding only known ones)")
        sp.add_argument("--replay", action="store_true",
                        help="crawl the local replay site instead of the live sites")
        sp.add_argument("--replay-dir", type=Path, default=None,
                        help="replay root (default: $VNGOV_REPLAY_DIR or the bundled site)")

    sp = sub.add_parser("crawl", help="run spiders into the landing zone")
    crawl_options(sp)
    sp.set_defaults(func=cmd_crawl)

    sp = sub.add_parser("import", help="land articles from a JSONL or WARC file")
    sp.add_argument("file", type=Path)
    sp.add_argument("--again", action="store_true",
                    help="land the file even if the same file was imported before")
    sp.set_defaults(func=cmd_import)

    sp = sub.add_parser("reparse", help="re-read archived responses with today's parsers",
                        description="Parse the article responses archived by crawls "
                        "(landing/<source>/<run>/responses.warc.gz) again, and land the result as "
                        "a new run for `vngov load`: a changed parse adds a row that dbt prefers.")
    sp.add_argument("--sources", help="comma-separated sources (default: all with an archive)")
    sp.add_argument("--run-id", help="only this crawl run (default: every archived run)")
    sp.set_defaults(func=cmd_reparse)

    sp = sub.add_parser("load", help="landing zone -> raw schema (the only warehouse writer)")
    sp.set_defaults(func=cmd_load)

    sp = sub.add_parser("extract", help="extract the facts of new pages, one process per partition",
                        description="Find the meetings, directives, deadlines and documents of "
                        "every page not yet extracted by this version of the rules, in "
                        "partitions that run side by side, into raw.extractions. Without a step: "
                        "plan, run every partition in its own process, load. Airflow runs the "
                        "steps as tasks, the partitions as mapped tasks.")
    sp.add_argument("--partitions", type=_partitions, default=None,
                    help="how many (default: $VNGOV_EXTRACT_PARTITIONS, else one per core, "
                         "fewer for a few pages)")
    steps = sp.add_subparsers(dest="step")
    step = steps.add_parser("plan", help="(writer) split the pending pages into a new batch; the "
                            "last line is JSON: batch id and partitions")
    step.add_argument("--partitions", type=_partitions, default=argparse.SUPPRESS)
    step = steps.add_parser("partition", help="extract one partition of a batch (no warehouse)")
    step.add_argument("batch")
    step.add_argument("partition", type=int)
    step = steps.add_parser("load", help="(writer) load a batch's results into raw.extractions")
    step.add_argument("batch")
    sp.set_defaults(func=cmd_extract)

    sp = sub.add_parser("build", help="extract, dbt build, Great Expectations validation, publish")
    sp.add_argument("--only", choices=["extract", "dbt", "validate", "publish"],
                    help="run one step (Airflow runs them as separate tasks)")
    sp.add_argument("--full-refresh", action="store_true",
                    help="rebuild incremental models from scratch; with --only validate, "
                    "validate every row, not only what dbt changed")
    sp.set_defaults(func=cmd_build)

    sp = sub.add_parser("run", help="crawl + load + build + summary")
    crawl_options(sp)
    sp.set_defaults(func=cmd_run)

    sp = sub.add_parser("summary", help="what the last runs found")
    sp.set_defaults(func=cmd_summary)

    sp = sub.add_parser("watch", help="deadline digest: newly overdue, due within 7 and 30 days",
                        description="Write $VNGOV_HOME/digests/<as-of>.json and .html from the "
                        "published marts.directive_tracker: directives newly overdue since the "
                        "previous digest, due within 7 days and within 8-30 days, grouped by "
                        "addressee; post the JSON to a webhook when one is set.")
    sp.add_argument("--as-of", type=_day, help="digest day (default: today in Asia/Ho_Chi_Minh)")
    sp.add_argument("--webhook", type=_webhook,
                    help="POST the JSON here (default: $VNGOV_WEBHOOK_URL; none when unset)")
    sp.set_defaults(func=cmd_watch)

    sp = sub.add_parser("replay", help="serve the replay site for a look in a browser")
    sp.add_argument("--replay-dir", type=Path, default=None)
    sp.add_argument("--port", type=_port, default=8765)
    sp.set_defaults(func=cmd_replay)

    sp = sub.add_parser("docs", help="build the dbt docs site and serve it on 127.0.0.1",
                        description="Run `dbt docs generate` on the warehouse (models, columns "
                        "and their descriptions, lineage, tests) into $VNGOV_HOME/dbt/docs and "
                        "serve it at http://127.0.0.1:PORT/; it works offline.")
    sp.add_argument("--port", type=_port, default=8580, help="port (default 8580; 0: any free one)")
    sp.add_argument("--no-serve", action="store_true", help="only build the site")
    sp.set_defaults(func=cmd_docs)

    sp = sub.add_parser("eval", help="precision, recall and F1 of extraction against labelled sets",
                        description="Score meetings, directives and deadlines with the shared "
                        "scorer ($VNGOV_EVAL_DIR/score.py, default ../shared/eval) against labelled "
                        "JSONL files (the format of ../shared/eval/LABELLING.md) and print the "
                        "targets each set meets. Without GOLD: the shared seeds and released sets, "
                        "then the project's own sets. By default the articles go through the whole "
                        "chain (import, load, build) in a temporary VNGOV_HOME.")
    sp.add_argument("gold", type=Path, nargs="*",
                    help="labelled JSONL files, or folders of *.gold.jsonl (default: every set)")
    sp.add_argument("--in-process", action="store_true",
                    help="call clean_text + extract_article directly (fast) instead of the pipeline")
    sp.add_argument("--home", type=Path, default=None,
                    help="run the pipeline in HOME/<set> and keep it (default: a temporary one)")
    sp.add_argument("--show-errors", action="store_true",
                    help="list false positives and false negatives per article")
    sp.add_argument("--check", action="store_true", help="exit 1 when a set misses its targets")
    sp.set_defaults(func=cmd_eval)

    sp = sub.add_parser("serve", help="PostgreSQL on 127.0.0.1 mirroring published.duckdb",
                        description="Start (or attach to, with VNGOV_PG_URL) the PostgreSQL "
                        "server that mirrors published.duckdb read-only, bring it up to the "
                        "published build, and print the URI of the role vngov_reader. It keeps "
                        "running in the background; every publish refreshes it.")
    sp.add_argument("--port", type=_port, default=None,
                    help="port on 127.0.0.1 (default: $VNGOV_PG_PORT, else 5433; kept after)")
    what = sp.add_mutually_exclusive_group()
    what.add_argument("--uri", action="store_true", help="print only the reader's URI")
    what.add_argument("--status", action="store_true", help="say whether it runs, and what build")
    what.add_argument("--stop", action="store_true", help="stop the server")
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
