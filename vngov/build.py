"""`vngov build`: extraction -> dbt build -> Great Expectations -> publish, as one writer.

published.duckdb is replaced only when dbt passes and no critical expectation about a whole
table fails; rows that fail a critical row-level expectation are left out of it (vngov.validate).
It is written to a temporary file and renamed over the old one, so readers see the old copy or
the new one, never half of either.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from vngov import config, mirror, parquet
from vngov.load import SCHEMA as RAW_SCHEMA
from vngov.validate import ValidationReport, record_quarantine, validate
from vngov.warehouse import connect, open_waiting, writer_lock

PUBLISHED_SCHEMAS = ("marts",)


class BuildFailed(RuntimeError):
    """Nothing was published; the message says why."""


@dataclass
class BuildReport:
    validation: ValidationReport
    published: bool

    def line(self) -> str:
        where = f"published {config.published_path()}" if self.published else "nothing published"
        return f"{self.validation.line()}; {where}"


def dbt_args(command: str, *extra: str, target_path: Path | None = None) -> list[str]:
    home = config.home()
    # a sub-command ("docs generate") takes the options after both words
    return [*command.split(), "--project-dir", str(config.dbt_dir()), "--profiles-dir",
            str(config.dbt_dir()), "--target-path", str(target_path or home / "dbt" / "target"),
            "--log-path", str(home / "dbt" / "logs"), *extra]


def run_dbt(command: str, *extra: str, target_path: Path | None = None) -> None:
    """Run dbt in a child process: dbt-duckdb keeps its DuckDB handle open for the life of the
    process, and validation must open the file afterwards. Output streams through.

    The child is a writer like us: it holds our writer lock (the locked fd is inherited, so a
    next writer waits even if we die first), dies with us (warehouse.child_writer), and waits
    like connect() for a reader that holds the file open."""
    from vngov.warehouse import PARENT_PID_ENV

    env = dict(os.environ, VNGOV_HOME=str(config.home()))  # the dbt profile reads it
    env.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "False")
    env.setdefault("DO_NOT_TRACK", "1")
    env[PARENT_PID_ENV] = str(os.getpid())
    cmd = [sys.executable, "-c", "from vngov.warehouse import child_writer; child_writer(); "
           "from dbt.cli.main import cli; cli()",
           *dbt_args(command, "--no-version-check", "--no-use-colors", *extra,
                     target_path=target_path)]
    with writer_lock() as lock_fd:  # already held by dbt_step: nested, it only gives the fd
        _upgrade_warehouse()  # also waits, with a clear error, for a reader to let go of the file
        returncode = subprocess.run(cmd, env=env, pass_fds=(lock_fd,)).returncode
    if returncode != 0:
        raise BuildFailed(f"dbt {command} failed (see the dbt output above, or "
                          f"{config.home() / 'dbt' / 'logs' / 'dbt.log'}); nothing published")


def dbt_as_writer() -> None:
    """The `vngov-dbt` command: dbt with the arguments given, run as a warehouse writer. The
    Airflow DAG runs each dbt model as its own task (astronomer-cosmos), and cosmos runs this in
    place of `dbt`: it waits for the writer lock and for readers like `vngov build --only dbt`,
    and leaves the invocation's run_results.json where validation and publish look for it."""
    from dbt.cli.main import dbtRunner

    from vngov.warehouse import child_writer

    args = sys.argv[1:]
    with writer_lock():
        with connect() as con:  # raw exists even before the first load
            con.execute(RAW_SCHEMA)
        _upgrade_warehouse()
        child_writer()  # dbt's DuckDB opens wait for a reader to let go, like ours
        result = dbtRunner().invoke(args)
        results = _option(args, "--target-path", _option(args, "--project-dir", ".") + "/target")
        produced = Path(results).resolve() / "run_results.json"
        kept = config.home() / "dbt" / "target" / "run_results.json"
        if produced.exists() and produced != kept:
            kept.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(produced, kept)
    sys.exit(0 if result.success else 1)


def _upgrade_warehouse() -> None:
    """Tables an older vngov built that this dbt project cannot update: drop them, and say so,
    so that dbt builds them whole (vngov.recluster.drop_outdated)."""
    from vngov.recluster import drop_outdated

    with connect() as con:
        dropped = drop_outdated(con)
    if dropped:
        print(f"vngov: {', '.join(dropped)} built by an older vngov: dropped, dbt builds them whole",
              flush=True)


def _option(args: list[str], name: str, default: str) -> str:
    return args[args.index(name) + 1] if name in args[:-1] else default


def publish(quarantined: dict[str, tuple[str, set]] | None = None,
            dbt_invocation: str = "") -> str:
    """Write the published schemas into a fresh file, write them as Parquet too, then
    atomically swap both in; returns a line saying what changed. quarantined: {table: (key
    column, keys)} of rows validation left out; dbt_invocation: the dbt build published (named
    in the Parquet manifest).

    When the published copy is the build the warehouse's marks name (vngov.delta), the fresh
    file is a copy of it with only the changed rows replaced; otherwise every table is copied."""
    from vngov import delta as deltas

    quarantined = quarantined or {}
    target = config.published_path()
    tmp = target.with_name(target.name + ".tmp")
    tmp.unlink(missing_ok=True)
    published = mirror.published_build() if target.exists() else None
    with connect(read_only=True) as wh:
        tables = [f"{s}.{t}" for s, t in wh.execute(
            "select schema_name, table_name from duckdb_tables() where schema_name in ? "
            "order by 1, 2", [list(PUBLISHED_SCHEMAS)]).fetchall()]
        delta, read_up_to = deltas.plan(wh, tables, published, quarantined)
    if delta is not None:
        shutil.copyfile(target, tmp)  # readers keep the old file; the copy is ours to change
    con = open_waiting(str(tmp))
    try:
        con.execute("attach ? as wh (read_only)", [str(config.warehouse_path())])
        if delta is not None:
            delta = _whole_where_changed_since(con, delta, published)
        for name in tables:
            schema, table = name.split(".")
            con.execute(f'create schema if not exists "{schema}"')
            part = delta.tables[name] if delta else deltas.TableDelta(whole=True)
            column, keys = quarantined.get(name, (None, ()))
            keep = f"not {deltas.in_list(column)}" if keys else "true"
            keep_params = [sorted(str(k) for k in keys)] if keys else []
            if part.whole:
                con.execute(f'create or replace table "{schema}"."{table}" as '
                            f'select * from wh."{schema}"."{table}" where {keep}', keep_params)
            elif not part.unchanged:
                where, params = part.where()
                con.execute(f'delete from "{schema}"."{table}" where {where}', params)
                con.execute(f'insert into "{schema}"."{table}" select * from wh."{schema}"."{table}" '
                            f'where ({where}) and {keep}', params + keep_params)
            _copy_comments(con, schema, table)
        for schema, table in con.execute(  # tables dbt no longer makes
                "select schema_name, table_name from duckdb_tables() "
                "where database_name = current_database()").fetchall():
            if f"{schema}.{table}" not in tables:
                con.execute(f'drop table "{schema}"."{table}"')
        con.execute("detach wh")
        if delta is not None:
            con.execute("checkpoint")
        folder = parquet.write(con, dbt_invocation, quarantined, delta)
    finally:
        con.close()
    os.replace(tmp, target)
    parquet.switch(folder)
    build = folder.name
    with connect() as wh:
        if deltas.has_log(wh):  # made by dbt's on-run-start
            deltas.record(wh, build, read_up_to)
    segments = parquet.segments_written(folder)
    if delta is None:
        return f"published build {build}: every table copied; Parquet: {segments}"
    changed = {t: d for t, d in delta.tables.items() if not d.unchanged}
    return (f"published build {build}: {len(changed)} of {len(delta.tables)} tables changed "
            f"({sum(d.whole for d in changed.values())} whole, the rest by part: "
            f"{sum(len(d.scopes) for d in changed.values()):,} scopes); Parquet: {segments}")


def _whole_where_changed_since(con, delta, published: dict):
    """A table of the published copy whose columns differ from the warehouse's (a new dbt model
    version), or whose row count is not the one its manifest says was published (someone wrote
    to the copy), is published whole."""
    def columns(database: str) -> dict:
        found: dict[str, list] = {}
        for s, t, c, k in con.execute(
                "select schema_name, table_name, column_name, data_type from duckdb_columns() "
                "where database_name = ? order by column_index", [database]).fetchall():
            found.setdefault(f"{s}.{t}", []).append((c, k))
        return found

    ours, theirs = columns(con.execute("select current_database()").fetchone()[0]), columns("wh")
    for name, part in delta.tables.items():
        schema, table = name.split(".")
        if ours.get(name) != theirs.get(name) or con.execute(
                f'select count(*) from "{schema}"."{table}"').fetchone()[0] != published[
                "tables"].get(name, {}).get("rows"):
            part.whole = True
    return delta


def _copy_comments(con, schema: str, table: str) -> None:
    """The dbt descriptions (persist_docs writes them as comments) go with the published table:
    `create table as` does not carry them."""
    (comment,) = con.execute("select comment from duckdb_tables() where database_name = 'wh' "
                             "and schema_name = ? and table_name = ?", [schema, table]).fetchone()
    if comment:
        con.execute(f'comment on table "{schema}"."{table}" is {_sql_string(comment)}')
    for column, comment in con.execute(
            "select column_name, comment from duckdb_columns() where database_name = 'wh' "
            "and schema_name = ? and table_name = ? and comment is not null",
            [schema, table]).fetchall():
        con.execute(f'comment on column "{schema}"."{table}"."{column}" is {_sql_string(comment)}')


def _sql_string(text: str) -> str:
    """A SQL string literal (DuckDB's COMMENT ON takes no parameters)."""
    return "'" + text.replace("'", "''") + "'"


def _dbt_invocation() -> str:
    """The id of the last dbt build: validation and publish must be about the same one."""
    results = config.home() / "dbt" / "target" / "run_results.json"
    if not results.exists():
        return ""
    return json.loads(results.read_text())["metadata"]["invocation_id"]


def dbt_step(full_refresh: bool = False) -> None:
    from vngov.extraction import pending_pages

    with writer_lock():
        with connect() as con:  # raw exists even before the first load
            con.execute(RAW_SCHEMA)
            pending = pending_pages(con)
        if pending:  # dbt would build marts without them, and say nothing
            raise BuildFailed(f"{pending} article page{'s are' if pending != 1 else ' is'} not "
                              "extracted by the current rules: run `vngov extract` first "
                              "(`vngov build` runs both); nothing built")
        run_dbt("build", *(["--full-refresh"] if full_refresh else []))


def validate_step(every_row: bool = False) -> ValidationReport:
    """Validate what dbt changed since the last validation, or with every_row the whole warehouse
    (a change made outside dbt is not in intermediate.mart_changes, so only that sees it)."""
    with writer_lock():
        with connect() as con:
            report = validate(con, since_last=not every_row)
            report.dbt_invocation = _dbt_invocation()
            record_quarantine(con, report)
        report.save(config.home() / "validation.json")
    if not report.passed:
        worst = "; ".join(f"{f.suite} {f.expectation}({f.column or ''}): {f.detail}"
                          for f in report.critical[:3])
        raise BuildFailed(f"{report.line()} — {worst}; published copy left unchanged")
    return report


def publish_step() -> None:
    """Publish only what the last validation passed, for the dbt build it validated."""
    with writer_lock():
        report = ValidationReport.load(config.home() / "validation.json")
        if report is None or not report.passed:
            raise BuildFailed("the last validation did not pass; published copy left unchanged")
        if report.dbt_invocation != _dbt_invocation():
            raise BuildFailed("the warehouse was rebuilt after the last validation; "
                              "run `vngov build` again")
        print(publish(report.quarantined_keys(), report.dbt_invocation), flush=True)
        print(mirror.refresh_after_publish(), flush=True)


def build(full_refresh: bool = False) -> BuildReport:
    from vngov.extraction import extract

    print(extract().line(), flush=True)
    dbt_step(full_refresh)
    report = validate_step(every_row=full_refresh)
    publish_step()
    return BuildReport(validation=report, published=True)
