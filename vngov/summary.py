"""`vngov summary`: what the last runs found, in words a data engineer can act on."""

from __future__ import annotations

import datetime as dt

import duckdb

from vngov import config
from vngov.validate import ValidationReport
from vngov.warehouse import WarehouseBusy, connect, open_waiting

# How long the summary waits for a writer (load, dbt) to let go of warehouse.duckdb before it
# reads the published copy instead: a person is waiting at the prompt, and a load can take minutes.
WRITER_WAIT_SECONDS = 3.0


class NoWarehouse(RuntimeError):
    pass


def _rows(con, sql: str, params=None) -> list[tuple]:
    try:
        return con.execute(sql, params or []).fetchall()
    except duckdb.CatalogException:  # a table that a first run has not built yet
        return []


def _scalar(con, sql: str) -> int:
    rows = _rows(con, sql)
    return rows[0][0] if rows else 0


MAX_REJECT_LINES = 25


def _short(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def summary_text(wait: float | None = None) -> str:
    """Read everything while the file is open, then close it: a writer waits for open readers.
    While a writer holds warehouse.duckdb past `wait`, report from published.duckdb instead."""
    if not config.warehouse_path().exists():
        raise NoWarehouse(f"no warehouse yet at {config.warehouse_path()}: "
                          "run `vngov run` or `make demo`")
    try:
        con = connect(read_only=True, timeout=WRITER_WAIT_SECONDS if wait is None else wait)
    except WarehouseBusy as busy:
        return "\n".join(_published_lines(busy))
    try:
        return "\n".join(_lines(con))
    finally:
        con.close()


def _published_lines(busy: WarehouseBusy) -> list[str]:
    published = config.published_path()
    if not published.exists():
        raise WarehouseBusy(f"{busy} (and nothing published yet to report from instead)")
    con = open_waiting(str(published), read_only=True, timeout=WRITER_WAIT_SECONDS)
    try:
        lines = _lines(con, crawl=False)
    finally:
        con.close()
    as_of = dt.datetime.fromtimestamp(published.stat().st_mtime).isoformat(" ", "seconds")
    return [f"NOTE: the warehouse is busy ({busy}).",
            f"Showing the published copy instead ({published}, as of {as_of}): crawl runs and "
            "rejects are only in the warehouse; run `vngov summary` again once the writer is done.",
            ""] + lines


def _lines(con, crawl: bool = True) -> list[str]:
    """crawl=False: con is published.duckdb, which has the marts but not raw."""
    out = [f"vngov summary — VNGOV_HOME={config.home()}", ""]
    if crawl:
        out += _crawl_lines(con)
    out += _mart_lines(con)
    return out


def _crawl_lines(con) -> list[str]:
    out = ["Crawl (latest run of each source)"]
    columns = (("listings", 9), ("links", 7), ("known", 7), ("fetched", 8), ("new", 6),
               ("fallback", 9), ("rejected", 9))
    out.append(f"  {'source':<18}" + "".join(f"{name:>{w}}" for name, w in columns))
    latest = _rows(con, """
            select source, listing_pages, discovered, known, fetched, new_articles,
                   fallback_parsed, rejected, alarm, run_id
            from raw.crawl_runs where run_id not like 'reparse-%'
            qualify row_number() over (partition by source order by finished_at desc) = 1
            order by source""")
    for row in latest:
        out.append(f"  {row[0]:<18}" + "".join(f"{v or 0:>{w}}" for v, (_, w) in
                                               zip(row[1:8], columns)))
    for row in latest:
        if row[8]:
            out.append(f"  SITE-CHANGE ALARM {row[8]}")

    run_ids = [row[9] for row in latest]
    rejects = _rows(con, """
            select stage, source, url, reason from raw.rejects
            where run_id in (select unnest(?::varchar[])) order by stage, source, url""", [run_ids])
    by_stage: dict[str, int] = {}
    for stage, *_ in rejects:
        by_stage[stage] = by_stage.get(stage, 0) + 1
    total = _scalar(con, "select count(*) from raw.rejects")
    out.append(f"  rejected in these runs: {len(rejects)} ("
               + (", ".join(f"{n} at {stage}" for stage, n in by_stage.items()) or "none")
               + f"); {total} kept in raw.rejects with their bytes")
    for stage, source, url, reason in rejects[:MAX_REJECT_LINES]:
        out.append(f"    [{stage}] {source} {url}: {_short(reason)}")
    if len(rejects) > MAX_REJECT_LINES:
        out.append(f"    ... {len(rejects) - MAX_REJECT_LINES} more in raw.rejects")
    out.append("")
    return out


def _mart_lines(con) -> list[str]:
    out = [f"Articles: {_scalar(con, 'select count(*) from marts.dim_articles')}"]
    for url, flags in _rows(con, """select url, array_to_string(quality_flags, ', ')
                                    from marts.dim_articles where len(quality_flags) > 0
                                    order by url"""):
        out.append(f"  flagged [{flags}]: {url}")

    meetings = _rows(con, """
        select meeting_date, part_of_day, meeting_kind, chair_title, chair_name, body,
               session_number, len(source_urls)
        from marts.fct_meetings order by meeting_date desc""")
    out.append(f"Meetings: {len(meetings)}")
    for date, part, kind, title, chair, body, session, n in meetings:
        who = " ".join(x for x in (title, chair) if x) or "—"
        extra = f", session {session}" if session else ""
        out.append(f"  {date} {part or '':<9} {kind or 'meeting'}{extra} — chair: {who}; "
                   f"body: {body or '—'} ({n} source{'s' if n != 1 else ''})")
    out.append(f"Directives: {_scalar(con, 'select count(*) from marts.fct_directives')}")
    out.append(f"Deadlines: {_scalar(con, 'select count(*) from marts.fct_deadlines')}")
    out.append(f"Documents: {_scalar(con, 'select count(*) from marts.dim_documents')}")
    out.append("")

    report = ValidationReport.load(config.home() / "validation.json")
    if report is None:
        out.append("Validation: not run yet")
    else:
        out.append(f"Validation: {report.line()}")
        for f in report.failures:
            kind = f"quarantined {f.quarantined} rows" if f.quarantined else f.severity
            out.append(f"  [{kind}] {f.suite} {f.expectation}"
                       f"{'(' + f.column + ')' if f.column else ''}: {f.detail}")
        for table, (_, keys) in sorted(report.quarantined_keys().items()):
            out.append(f"  quarantine: {len(keys)} rows of {table} left out of the published copy"
                       " (kept in raw.rejects, stage validate)")
        out.append(f"Data Docs: {report.data_docs}")
    published = config.published_path()
    out.append(f"Published: {published}" if published.exists() else "Published: nothing yet")
    parquet = config.parquet_dir() / "current"
    if parquet.exists():
        out.append(f"Parquet: {parquet}/ (build {parquet.resolve().name}; manifest.json)")
    out.append(_mirror_line())
    return out


def _mirror_line() -> str:
    from vngov import mirror

    try:
        return mirror.describe(mirror.endpoint())
    except mirror.MirrorError as exc:  # the summary still tells the rest
        return f"SQL mirror: {exc}"
