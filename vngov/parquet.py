"""The published marts as Parquet, for tools whose DuckDB is 1.x, pandas, Spark, object storage.

Each publish writes a folder <parquet>/<build>/ with manifest.json and one folder per table,
<schema>.<table>/, holding that table's rows in segment files part-<build>-<n>.parquet (named
by the build that wrote them). Read a table as its folder: read_parquet('<folder>/*.parquet')
in DuckDB, pd.read_parquet('<folder>') in pandas, spark.read.parquet('<folder>').

A publish by part (vngov.delta) costs what changed, not the history: a segment holding none of
the rows to replace is a hard link to the previous build's file; the segments that hold some are
rewritten without them, into new segments together with the new rows. Small segments (one per
day of new rows) are merged once there are MERGE_AT of them, so the number of files stays
bounded. A table built whole, one whose previous files are not the base build's, and a first
publish are written whole, split into segments of about SEGMENT_BYTES.

Rows are written oldest first, by the table's first column named in RECENCY, or else by the
publication time of the article named in its article_url column: a day's changes are mostly rows
of recent dates, so they fall in the last segments and the older ones stay links.
"""

from __future__ import annotations

import json
import os
import shutil
from datetime import datetime, timezone
from pathlib import Path

from vngov import config

SEGMENT_BYTES = 32 * 2**20  # a segment's target size: a changed row rewrites at most this much
SMALL_BYTES = 8 * 2**20  # segments below this size are merged ...
MERGE_AT = 8  # ... once a table has this many of them
ROW_GROUP_ROWS = 10_240  # the file size is checked per row group: a dim_articles one is ~20 MB
# The date that says how recent a row is, in order of preference (tables without one keep dbt's order).
RECENCY = ("published_at", "first_reported_at", "meeting_date", "issued_date", "due_date", "last_seen")


def write(con, dbt_invocation: str, quarantined: dict | None = None, delta=None) -> Path:
    """Write every table of the published copy open in con, with a manifest naming the build
    and the rows held out, into a new folder of config.parquet_dir(); returns it. With a delta
    from the current build, only the segments holding changed rows are written, and delta.json
    beside the manifest tells the SQL mirror which rows to replace."""
    from vngov.delta import quarantine_json

    root = config.parquet_dir()
    for left in root.glob("*.partial") if root.exists() else []:  # a publish killed mid-way
        shutil.rmtree(left, ignore_errors=True)
    build = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ") + (
        f"-{dbt_invocation[:8]}" if dbt_invocation else "")
    partial = root / f"{build}.partial"
    partial.mkdir(parents=True)
    previous = _previous_build(con, root, delta)
    orders = _recency_orders(con)
    tables = {}
    for schema, table in con.execute("select schema_name, table_name from duckdb_tables() "
                                     "order by 1, 2").fetchall():
        name = f"{schema}.{table}"
        rows = con.execute(f'select count(*) from "{schema}"."{table}"').fetchone()[0]
        old = previous.get(name)
        part = delta.tables.get(name) if delta else None
        if part is None or part.whole or old is None:
            _write_segments(con, f'from "{schema}"."{table}"', [], partial / name, build, schema, table,
                            orders.get(name))
        else:
            _write_by_part(con, schema, table, partial / name, build, old, part, orders.get(name))
        tables[name] = {
            "path": name, "files": sorted(f.name for f in (partial / name).glob("*.parquet")),
            "rows": rows,
            "columns": [{"name": c, "type": t} for c, t in con.execute(
                "select column_name, data_type from duckdb_columns() where schema_name = ? "
                "and table_name = ? order by column_index", [schema, table]).fetchall()]}
    manifest = {"build": build, "dbt_invocation": dbt_invocation,
                "published_at": datetime.now(timezone.utc).isoformat(), "tables": tables,
                "quarantined": quarantine_json(quarantined or {})}
    if delta is not None:
        (partial / "delta.json").write_text(json.dumps(delta.to_json()), encoding="utf-8")
    (partial / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    folder = root / build
    os.replace(partial, folder)
    return folder


def switch(folder: Path, keep: int = 2) -> None:
    """Point <parquet>/current at folder in one step (a symlink renamed over the old one), so a
    reader sees the last build or this one, and keep only the newest `keep` builds."""
    root = folder.parent
    current = root / "current"
    if current.is_dir() and not current.is_symlink():  # copied by a tool that follows links
        shutil.rmtree(current)
    link = root / "current.new"
    link.unlink(missing_ok=True)
    link.symlink_to(folder.name)
    os.replace(link, current)
    builds = sorted(p for p in root.iterdir()
                    if p.is_dir() and not p.is_symlink() and not p.name.endswith(".partial"))
    for old in builds[:-keep]:
        shutil.rmtree(old, ignore_errors=True)


def segments_written(folder: Path) -> str:
    """'N of M segments written': how many of a build's segment files it wrote itself."""
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    names = [f for entry in manifest["tables"].values() for f in entry["files"]]
    ours = sum(f.startswith(f"part-{manifest['build']}-") for f in names)
    return f"{ours} of {len(names)} segments written"


def _previous_build(con, root: Path, delta) -> dict[str, list[Path]]:
    """{table: its segment files} of the current build, if it is the delta's base and each
    table's files hold the rows its manifest says (else nothing: every table is written whole)."""
    current = (root / "current").resolve()
    try:
        manifest = json.loads((current / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if delta is None or manifest.get("build") != delta.base:
        return {}
    found = {}
    for name, entry in manifest.get("tables", {}).items():
        segments = [current / name / f for f in entry.get("files", [])]
        if segments and all(p.is_file() for p in segments) and con.execute(
                "select count(*) from read_parquet(?)", [[str(p) for p in segments]]
        ).fetchone()[0] == entry.get("rows"):
            found[name] = segments
    return found


def _copy_options(build: str) -> str:
    return (f"format parquet, compression zstd, row_group_size {ROW_GROUP_ROWS}, "
            f"file_size_bytes {SEGMENT_BYTES}, filename_pattern 'part-{build}-{{i}}'")


def _write_segments(con, query: str, params: list, folder: Path, build: str,
                    schema: str, table: str, order: tuple[str, str] | None) -> None:
    """The query's rows, oldest first by `order` (see _recency_orders), as new segments in folder
    (created); a table with no rows at all gets one empty segment, so that its folder always
    reads as the table."""
    scratch = folder.with_name(folder.name + ".new")
    if order:
        join, key = order
        query = f"select t.* from ({query}) t{join} order by {key} nulls first"
    con.execute(f"copy ({query}) to '{scratch}' ({_copy_options(build)})", params)
    folder.mkdir(exist_ok=True)
    if scratch.exists():
        for segment in scratch.iterdir():
            os.replace(segment, folder / segment.name)
        scratch.rmdir()
    if not any(folder.glob("*.parquet")):
        con.execute(f'copy (select * from "{schema}"."{table}" limit 0) to '
                    f"'{folder / f'part-{build}-0.parquet'}' (format parquet)")


def _recency_orders(con) -> dict[str, tuple[str, str]]:
    """{schema.table: (join, key)} that put a query `t` of the table's rows oldest first: its own
    first RECENCY column, or else the publication of the article in its article_url column."""
    columns: dict[str, set[str]] = {}
    for schema, table, column in con.execute(
            "select schema_name, table_name, column_name from duckdb_columns()").fetchall():
        columns.setdefault(f"{schema}.{table}", set()).add(column)
    orders = {}
    for name, mine in columns.items():
        schema = name.split(".", 1)[0]
        recency = next((c for c in RECENCY if c in mine), None)
        if recency:
            orders[name] = ("", f't."{recency}"')
        elif "article_url" in mine and {"url", "published_at"} <= columns.get(f"{schema}.dim_articles", set()):
            orders[name] = (f" left join (select url, min(published_at) as published_at from "
                            f'"{schema}".dim_articles group by url) a on a.url = t.article_url',
                            "a.published_at")
    return orders


def _write_by_part(con, schema: str, table: str, folder: Path, build: str,
                   old: list[Path], part, order: tuple[str, str] | None) -> None:
    """Link the previous segments that hold none of the part's rows; rewrite the others (and the
    small ones, once there are MERGE_AT of them) without those rows, with the new rows."""
    folder.mkdir()
    if part.unchanged:
        for segment in old:
            os.link(segment, folder / segment.name)
        return
    where, params = part.where()
    hit = {Path(f).name for (f,) in con.execute(
        f"select distinct filename from read_parquet(?, filename = true) where {where}",
        [[str(p) for p in old], *params]).fetchall()}
    small = [p for p in old if p.name not in hit and p.stat().st_size < SMALL_BYTES]
    rewrite = [p for p in old if p.name in hit or (len(small) + 1 >= MERGE_AT and p in small)]
    for segment in old:
        if segment not in rewrite:
            os.link(segment, folder / segment.name)
    query = f'from "{schema}"."{table}" where {where}'
    if rewrite:
        query += (" union all by name from read_parquet(?) "
                  f"where not coalesce({where}, false)")
    _write_segments(con, query, params + ([[str(p) for p in rewrite], *params] if rewrite else []),
                    folder, build, schema, table, order)
