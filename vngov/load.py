"""`vngov load`: landing zone -> schema raw of warehouse.duckdb.

Idempotent twice over: raw.load_ledger remembers every file loaded (path + sha256), and rows are
keyed on their content (a page on url + content hash + a hash of what the parser read from it), so
a re-run, a retried Airflow task, the same file copied again, an identical re-crawl or a
`vngov reparse` that reads the same article adds nothing, while a reparse with a fixed parser adds
a row (with a later parsed_at) that dbt prefers. A landing file that cannot be read is recorded
in raw.rejects with its bytes; the other files still load.
"""

from __future__ import annotations

import errno
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from vngov import config, door
from vngov.landing import iter_part_files, reject_record, remove_dead_partials
from vngov.warehouse import connect, writer_lock

_CREATE = """
create schema if not exists raw;
create table if not exists raw.load_ledger (
    file_path varchar primary key, file_sha256 varchar not null, records integer,
    loaded_at timestamptz default current_timestamp);
create table if not exists raw.pages (
    page_id varchar primary key, url varchar not null, source varchar not null, run_id varchar,
    fetched_at timestamptz, http_status integer, headers json, html varchar,
    content_sha256 varchar, page_type varchar not null, title varchar, lead varchar,
    author varchar, body_text varchar, published_at timestamptz, parser varchar,
    loaded_at timestamptz default current_timestamp, parsed_at timestamptz,
    article_sha256 varchar);
create table if not exists raw.rejects (
    reject_id varchar primary key, url varchar, source varchar, run_id varchar,
    recorded_at timestamptz, stage varchar not null, reason varchar not null,
    http_status integer, body blob, loaded_at timestamptz default current_timestamp);
-- Written by `vngov extract load` (vngov/extraction.py): what the rules found in each page.
create table if not exists raw.extractions (
    page_id varchar primary key, extractor_version varchar not null, clean_text varchar,
    quality_flags varchar[], fingerprint bigint[], facts json, extraction_error varchar,
    extracted_at timestamptz not null, batch_id varchar);
create table if not exists raw.crawl_runs (
    run_id varchar, source varchar, started_at timestamptz, finished_at timestamptz,
    discovered integer, fetched integer, parsed integer, fallback_parsed integer,
    rejected integer, skipped_old integer, finish_reason varchar, known integer,
    listing_pages integer, new_articles integer, alarm varchar,
    primary key (run_id, source));
"""

# Columns added since the first release: a warehouse created before them gets them here, so an
# old warehouse.duckdb keeps loading (a new one already has them from _CREATE).
_MIGRATIONS = """
alter table raw.pages add column if not exists parsed_at timestamptz;
alter table raw.pages add column if not exists article_sha256 varchar;
alter table raw.crawl_runs add column if not exists known integer;
alter table raw.crawl_runs add column if not exists listing_pages integer;
alter table raw.crawl_runs add column if not exists new_articles integer;
alter table raw.crawl_runs add column if not exists alarm varchar;
"""
# Run by every writer before it touches raw (load, and build before dbt reads it).
SCHEMA = _CREATE + _MIGRATIONS

# Explicit columns: no schema inference, so a listing page (no article) and a reject line
# read the same way as an article.
_COLUMNS = {
    "kind": "VARCHAR", "url": "VARCHAR", "source": "VARCHAR", "run_id": "VARCHAR",
    "fetched_at": "TIMESTAMPTZ", "parsed_at": "TIMESTAMPTZ", "recorded_at": "TIMESTAMPTZ",
    "http_status": "INTEGER", "headers": "JSON", "html": "VARCHAR", "content_sha256": "VARCHAR",
    "page_type": "VARCHAR", "stage": "VARCHAR", "reason": "VARCHAR", "body_b64": "VARCHAR",
    "article": "STRUCT(title VARCHAR, lead VARCHAR, author VARCHAR, body_text VARCHAR, "
               "published_at TIMESTAMPTZ, parser VARCHAR)",
}
# A page record holds the whole HTML: the default 16 MB object limit would reject a big page.
MAX_RECORD_BYTES = 256 * 1024 * 1024
_READ = (f"read_json(?, format='newline_delimited', columns={_COLUMNS!r}, "
         f"maximum_object_size={MAX_RECORD_BYTES})")

# What the parser read, hashed (published_at as epoch microseconds, so the session time zone
# cannot change the hash). Listing pages have no article: NULL, and concat_ws skips it, so their
# key stays md5(url|content_sha256) as before.
_ARTICLE_SHA256 = """case when article is not null then sha256(to_json([
    article.title, article.lead, article.author, article.body_text,
    cast(epoch_us(article.published_at) as varchar), article.parser])) end"""

# A file's page records, staged with raw.pages' columns so the door (vngov.door) can judge them
# before any reaches raw.pages.
_STAGE_PAGES = f"""
create or replace temp table staged_pages as select * from raw.pages limit 0;
insert into staged_pages (page_id, url, source, run_id, fetched_at, http_status, headers,
    html, content_sha256, page_type, title, lead, author, body_text, published_at, parser,
    parsed_at, article_sha256)
select md5(concat_ws('|', url, content_sha256, article_sha256)), url, source, run_id, fetched_at,
    http_status, headers, html, content_sha256, page_type, article.title, article.lead,
    article.author, article.body_text, article.published_at, article.parser, parsed_at,
    article_sha256
from (select *, {_ARTICLE_SHA256} as article_sha256 from {_READ} where kind = 'page')
"""

# Rows the door turned away (door_failures) become rejects (stage load), keeping the whole row as
# their bytes.
_DOOR_REJECTS = """
insert or ignore into raw.rejects (reject_id, url, source, run_id, recorded_at, stage, reason,
    http_status, body)
select md5(concat_ws('|', p.url, 'load', d.reason, p.page_id)), p.url, p.source, p.run_id,
    current_timestamp, 'load', 'fails a critical raw expectation: ' || d.reason, p.http_status,
    encode(to_json(p)::varchar)
from {pages} p join door_failures d using (page_id)
"""

_INSERT_PAGES = """
insert or ignore into raw.pages
select * replace (current_timestamp as loaded_at) from staged_pages
where page_id not in (select page_id from door_failures)
"""

# The same failure met again by a later run (a timeout retried daily) stays one row, which
# records the latest run and time it happened.
_INSERT_REJECTS = f"""
insert into raw.rejects (reject_id, url, source, run_id, recorded_at, stage, reason,
    http_status, body)
select md5(concat_ws('|', url, stage, reason, body_b64)) as reject_id, url, source, run_id,
    recorded_at, stage, reason, http_status, from_base64(coalesce(body_b64, ''))
from {_READ} where kind = 'reject'
qualify row_number() over (partition by reject_id order by recorded_at desc) = 1
on conflict (reject_id) do update set run_id = excluded.run_id, recorded_at = excluded.recorded_at
"""

# _run.json keys copied to raw.crawl_runs; a key an older run did not write loads as NULL.
_RUN_FIELDS = ("run_id", "source", "started_at", "finished_at", "discovered", "fetched",
               "parsed", "fallback_parsed", "rejected", "skipped_old", "finish_reason",
               "known", "listing_pages", "new_articles", "alarm")


@dataclass
class LoadReport:
    files_loaded: int = 0
    files_skipped: int = 0
    pages_added: int = 0
    rejects_added: int = 0
    failed_files: list[str] = field(default_factory=list)
    partials_removed: int = 0  # .partial files of killed crawls and imports

    def line(self) -> str:
        text = (f"loaded {self.files_loaded} new landing files ({self.files_skipped} already "
                f"loaded): +{self.pages_added} pages, +{self.rejects_added} rejects")
        if self.failed_files:
            text += f"; {len(self.failed_files)} unreadable files recorded in raw.rejects"
        if self.partials_removed:
            text += f"; removed {self.partials_removed} .partial files of killed runs"
        return text


def _count(con, table: str) -> int:
    return con.execute(f"select count(*) from {table}").fetchone()[0]


def _load_run_stats(con, run_file: Path, root: Path) -> bool:
    """Copy a run's counts into raw.crawl_runs; an unreadable _run.json becomes a reject naming
    the file (the run's pages still load). Returns False for such a file."""
    data = run_file.read_bytes()
    try:
        run = json.loads(data.decode("utf-8"))
        if not isinstance(run, dict):
            raise ValueError("not a JSON object")
        con.execute(
            f"insert or replace into raw.crawl_runs ({', '.join(_RUN_FIELDS)}) "
            f"values ({', '.join('?' for _ in _RUN_FIELDS)})",
            [run.get(k) for k in _RUN_FIELDS])
        return True
    except (ValueError, duckdb.ConversionException, duckdb.InvalidInputException) as exc:
        _record_unreadable(con, run_file, str(run_file.relative_to(root)), data, exc)
        return False


def _door_sweep(con) -> None:
    """Apply the door to rows loaded before its rules last changed (a warehouse from an older
    vngov): they move to raw.rejects, so validation judges only rows the door let in. Runs once
    per version of the rules, recorded in the ledger like a file."""
    rules = door.raw_pages_suite_text()
    marker = "door:expectations/raw/pages.json"
    digest = hashlib.sha256(rules.encode("utf-8")).hexdigest()
    if con.execute("select file_sha256 from raw.load_ledger where file_path = ?",
                   [marker]).fetchone() == (digest,):
        return
    con.execute("begin")
    _turn_away(con, "raw.pages")
    con.execute("delete from raw.pages where page_id in (select page_id from door_failures)")
    con.execute("insert or replace into raw.load_ledger (file_path, file_sha256, records) "
                "values (?, ?, (select count(*) from door_failures))", [marker, digest])
    con.execute("commit")


def _turn_away(con, pages: str) -> None:
    """Judge the rows of table `pages` at the door: the failing ones into temp table
    door_failures (page_id, reason) and raw.rejects."""
    con.execute("create or replace temp table door_failures as " + door.failing_rows_sql(pages))
    con.execute(_DOOR_REJECTS.format(pages=pages))


def _load_part(con, part: Path) -> int:
    """Load one part file in the open transaction; returns its record count."""
    con.execute(_STAGE_PAGES, [str(part)])
    _turn_away(con, "staged_pages")
    con.execute(_INSERT_PAGES)
    con.execute(_INSERT_REJECTS, [str(part)])
    return con.execute(f"select count(*) from {_READ}", [str(part)]).fetchone()[0]


class DiskFull(RuntimeError):
    """The warehouse could not be written: no space left on the device."""


def _no_space(exc: BaseException) -> bool:
    return (isinstance(exc, OSError) and exc.errno == errno.ENOSPC
            or "no space left on device" in str(exc).lower())


def load(landing_root: Path | None = None) -> LoadReport:
    root = landing_root or config.landing_dir()
    report = LoadReport()
    report.partials_removed = remove_dead_partials(root)  # a live writer's stay
    with writer_lock():
        con = connect()
        try:
            con.execute(SCHEMA)
            pages_before, rejects_before = _count(con, "raw.pages"), _count(con, "raw.rejects")
            _door_sweep(con)
            loaded = dict(con.execute("select file_path, file_sha256 from raw.load_ledger").fetchall())
            for part in iter_part_files(root):
                rel = str(part.relative_to(root))
                data = part.read_bytes()
                digest = hashlib.sha256(data).hexdigest()
                if loaded.get(rel) == digest:
                    report.files_skipped += 1
                    continue
                con.execute("begin")
                try:
                    records = _load_part(con, part)
                    con.execute("insert or replace into raw.load_ledger (file_path, file_sha256, "
                                "records) values (?, ?, ?)", [rel, digest, records])
                    con.execute("commit")
                    report.files_loaded += 1
                except Exception as exc:  # a broken file must not stop the others
                    _rollback(con, exc)
                    _record_unreadable(con, part, rel, data, exc)
                    report.failed_files.append(rel)
            for run_file in sorted(root.glob("*/*/_run.json")) if root.exists() else []:
                if not _load_run_stats(con, run_file, root):
                    report.failed_files.append(str(run_file.relative_to(root)))
            report.pages_added = _count(con, "raw.pages") - pages_before
            report.rejects_added = _count(con, "raw.rejects") - rejects_before
        except Exception as exc:
            if _no_space(exc):
                raise DiskFull(f"no space left on device writing {config.warehouse_path()} "
                               f"(free space on {config.home()} and run `vngov load` again; "
                               "nothing was lost)") from None
            raise
        finally:
            con.close()
    return report


def _rollback(con, exc: Exception) -> None:
    """Undo a failed file. A full disk is no fault of the file: stop the load and say so
    (DuckDB has already aborted the transaction, and `rollback` would hide the cause)."""
    if _no_space(exc):
        raise exc
    con.execute("rollback")


def _record_unreadable(con, part: Path, rel: str, data: bytes, exc: Exception) -> None:
    rec = reject_record(url=f"file://{part}", source=rel.split("/", 1)[0],
                        run_id=part.parent.name, stage="load",
                        reason=f"unreadable landing file {rel}: {type(exc).__name__}: {exc}",
                        body=data)
    con.execute(
        "insert or ignore into raw.rejects (reject_id, url, source, run_id, recorded_at, stage, "
        "reason, body) values (md5(?), ?, ?, ?, ?, ?, ?, ?)",
        [rel + hashlib.sha256(data).hexdigest(), rec["url"], rec["source"], rec["run_id"],
         rec["recorded_at"], rec["stage"], rec["reason"], data])
