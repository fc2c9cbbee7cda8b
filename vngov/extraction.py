"""The extraction stage: new article pages -> raw.extractions, in partitions, one process each.

    vngov extract                    plan, extract every partition in its own process, load
    vngov extract plan               (writer) pending pages -> batch files, one folder per partition
    vngov extract partition B K      (no warehouse) partition K of batch B -> its result files
    vngov extract load B             (writer) the result files of batch B -> raw.extractions

The rules themselves are vngov.extract; this module runs them at scale. The warehouse has one
writer, so only `plan` and `load` open it; partitions read and write files under
$VNGOV_HOME/extract/<batch>/ and nothing else, which is why they can run side by side: in
processes here, as Airflow mapped tasks on any number of workers that share VNGOV_HOME.

A page is pending when raw.extractions has no row for it made by this extractor version: the
version is a hash of the code and gazetteers that decide the facts, so changing a rule
re-extracts every article on the next build, with no flag to remember.

A partition writes its results in chunks of CHUNK pages, each a Parquet file renamed into place
when complete: a killed partition resumes after its last whole chunk, and `load` refuses a batch
whose partitions have not all finished, naming them. An article that makes the rules fail gets
{"error": ...} instead of facts (dim_articles flags it); one bad article never stops a batch.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
import traceback
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb

from vngov import config

CHUNK = 2000
# Below this many pending pages per process, starting processes costs more than it saves.
MIN_PAGES_PER_PARTITION = 500
STALE_BATCH_DAYS = 7


class ExtractionFailed(RuntimeError):
    """A batch could not be extracted or loaded; the message says which part and how to resume."""


# --------------------------------------------------------------------------- the version

def _version_inputs() -> list[Path]:
    package = Path(__file__).resolve().parent
    code = sorted((package / "extract").glob("*.py")) + [package / "text.py", package / "dedupe.py",
                                                         Path(__file__).resolve()]
    return code + sorted(config.seeds_dir().glob("*.csv"))


def extractor_version() -> str:
    """12 hex digits of sha256 over the extraction code and the gazetteers it reads."""
    digest = hashlib.sha256()
    for path in _version_inputs():
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


# --------------------------------------------------------------------------- one page

def extract_page(lead: str | None, body_text: str | None, published: datetime,
                 title: str | None) -> tuple[str, str, str, str, str | None]:
    """What the warehouse keeps of one page: clean text, quality flags and fingerprint (JSON
    lists), the facts (JSON) and the extraction error, if any."""
    from vngov.dedupe import fingerprint
    from vngov.extract import extract_article
    from vngov.text import clean_text, quality_flags

    # The lead (sapo) is article text too: it often states the meeting itself.
    clean = clean_text("\n\n".join(part for part in (lead, body_text) if part is not None))
    try:
        # Vietnam's calendar day decides the dates an article leaves relative ("sáng nay").
        facts = extract_article(clean, published.astimezone(config.VIETNAM_TZ), title)
    except Exception as exc:  # recorded per article, see the module docstring
        last = traceback.extract_tb(exc.__traceback__)[-1]
        error = f"{type(exc).__name__}: {exc} ({last.filename.rsplit('/', 1)[-1]}:{last.lineno})"
        facts_text = json.dumps({"error": error})
    else:
        error = None
        # Positions let SQL link a directive to its meeting within the article.
        for i, meeting in enumerate(facts.get("meetings", [])):
            meeting["meeting_index"] = i
        for i, directive in enumerate(facts.get("directives", [])):
            directive["directive_index"] = i
        facts_text = json.dumps(facts, ensure_ascii=False, default=str)
    return clean, json.dumps(quality_flags(clean)), json.dumps(fingerprint(clean)), facts_text, error


# --------------------------------------------------------------------------- batches on disk

def batches_dir() -> Path:
    return config.home() / "extract"


@dataclass
class Batch:
    batch_id: str
    extractor_version: str
    partitions: dict[int, int]  # partition -> pages in it (empty partitions are left out)
    created_at: str
    loaded_at: str | None = None

    @property
    def folder(self) -> Path:
        return batches_dir() / self.batch_id

    @property
    def pages(self) -> int:
        return sum(self.partitions.values())

    def input_files(self, partition: int) -> list[Path]:
        return sorted((self.folder / "input" / f"partition={partition}").glob("*.parquet"))

    def output_dir(self, partition: int) -> Path:
        return self.folder / "output" / f"partition={partition}"

    def save(self) -> None:
        path = self.folder / "batch.json"
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps({**self.__dict__, "partitions": {str(k): v for k, v in
                                                                   self.partitions.items()}}))
        os.replace(tmp, path)

    @classmethod
    def open(cls, batch_id: str) -> Batch:
        path = batches_dir() / batch_id / "batch.json"
        if not path.exists():
            raise ExtractionFailed(f"no extraction batch {batch_id!r} in {batches_dir()}")
        data = json.loads(path.read_text())
        data["partitions"] = {int(k): v for k, v in data["partitions"].items()}
        return cls(**data)


def _prune_stale_batches() -> None:
    """Batches left by a run that never loaded them (their pages are planned again anyway)."""
    root = batches_dir()
    if not root.exists():
        return
    cutoff = time.time() - STALE_BATCH_DAYS * 86400
    for folder in root.iterdir():
        if folder.is_dir() and folder.stat().st_mtime < cutoff:
            shutil.rmtree(folder, ignore_errors=True)


# --------------------------------------------------------------------------- plan (writer)

_PENDING = """
select p.page_id, p.lead, p.body_text, p.title, p.published_at
from raw.pages p
where p.page_type = 'article' and p.body_text is not null and p.published_at is not null
  and not exists (select 1 from raw.extractions e
                  where e.page_id = p.page_id and e.extractor_version = '{version}')
"""


def pending_pages(con: duckdb.DuckDBPyConnection, version: str | None = None) -> int:
    """How many article pages this extractor version has not extracted yet."""
    sql = _PENDING.format(version=version or extractor_version())
    return con.execute(f"select count(*) from ({sql})").fetchone()[0]


def default_partitions() -> int:
    return max(1, int(os.environ.get("VNGOV_EXTRACT_PARTITIONS") or os.cpu_count() or 1))


def plan(con: duckdb.DuckDBPyConnection, partitions: int | None = None) -> Batch:
    """Write the pages still to extract into a new batch, split by page_id hash. With fewer than
    MIN_PAGES_PER_PARTITION pages per partition, fewer partitions are made."""
    from vngov.load import SCHEMA as RAW_SCHEMA

    con.execute(RAW_SCHEMA)
    version = extractor_version()
    pending_sql = _PENDING.format(version=version)  # 12 hex digits: safe to inline
    pending = pending_pages(con, version)
    wanted = partitions or default_partitions()
    n = max(1, min(wanted, -(-pending // MIN_PAGES_PER_PARTITION))) if partitions is None else wanted
    _prune_stale_batches()
    batch = Batch(batch_id=time.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6],
                  extractor_version=version, partitions={}, created_at=_now())
    batch.folder.mkdir(parents=True)
    if pending:
        con.execute(f"copy (select *, hash(page_id) % {n} as partition from ({pending_sql})) "
                    f"to '{batch.folder / 'input'}' (format parquet, partition_by (partition))")
        counts = con.execute(
            "select partition, count(*) from read_parquet(?, hive_partitioning = true) group by 1",
            [str(batch.folder / "input" / "*" / "*.parquet")]).fetchall()
        batch.partitions = {int(k): v for k, v in sorted(counts)}
    batch.save()
    return batch


# --------------------------------------------------------------------------- one partition

def run_partition(batch: Batch, partition: int) -> int:
    """Extract partition `partition` of `batch` into its chunk files; returns the pages done
    now (chunks already complete are kept, not redone)."""
    if partition not in batch.partitions:
        raise ExtractionFailed(f"batch {batch.batch_id} has no partition {partition} "
                               f"(it has {sorted(batch.partitions) or 'none'})")
    import pandas as pd

    out = batch.output_dir(partition)
    out.mkdir(parents=True, exist_ok=True)
    done_now = 0
    con = duckdb.connect()  # in memory: the input is read from its files
    # A second connection writes the chunks: a query on `con` would end its streaming result.
    writer = duckdb.connect()
    try:
        # Sorted, so chunk i is the same pages on every attempt.
        result = con.execute("select page_id, lead, body_text, title, published_at "
                             "from read_parquet(?) order by page_id",
                             [[str(p) for p in batch.input_files(partition)]])
        index = 0
        while rows := result.fetchmany(CHUNK):
            chunk = out / f"chunk-{index:05d}.parquet"
            index += 1
            if chunk.exists():
                continue
            frame = pd.DataFrame(
                [(page_id, *extract_page(lead, body, published, title))
                 for page_id, lead, body, title, published in rows],
                columns=["page_id", "clean_text", "quality_flags", "fingerprint", "facts",
                         "extraction_error"])
            tmp = chunk.with_suffix(".tmp")
            writer.register("chunk_frame", frame)
            writer.execute(f"copy chunk_frame to '{tmp}' (format parquet)")
            writer.unregister("chunk_frame")
            os.replace(tmp, chunk)
            done_now += len(rows)
    finally:
        writer.close()
        con.close()
    return done_now


def _outputs(batch: Batch, partition: int) -> list[Path]:
    return sorted(batch.output_dir(partition).glob("chunk-*.parquet"))


# --------------------------------------------------------------------------- load (writer)

def load_batch(con: duckdb.DuckDBPyConnection, batch: Batch) -> int:
    """The results of every partition of `batch` -> raw.extractions (replacing a page's row made
    by another extractor version). Returns the rows loaded; a batch loaded before loads nothing."""
    from vngov.load import SCHEMA as RAW_SCHEMA

    if batch.loaded_at:
        return 0
    if not batch.partitions:
        _mark_loaded(batch)
        return 0
    files = {k: _outputs(batch, k) for k in batch.partitions}
    counts = {}
    for k, paths in files.items():
        counts[k] = (con.execute("select count(*) from read_parquet(?)", [[str(p) for p in paths]])
                     .fetchone()[0] if paths else 0)
    unfinished = [k for k in batch.partitions if counts[k] != batch.partitions[k]]
    if unfinished:
        raise ExtractionFailed(
            f"extraction batch {batch.batch_id}: partition{'s' if len(unfinished) > 1 else ''} "
            + ", ".join(f"{k} ({counts[k]} of {batch.partitions[k]} pages)" for k in unfinished)
            + f" not finished; run `vngov extract partition {batch.batch_id} K` for each, then load")
    con.execute(RAW_SCHEMA)
    all_files = [str(p) for paths in files.values() for p in paths]
    con.execute("begin")
    try:
        con.execute("""
            insert or replace into raw.extractions
            select page_id, $version, clean_text,
                   from_json(quality_flags, '["VARCHAR"]'), from_json(fingerprint, '["BIGINT"]'),
                   facts::json, extraction_error, current_timestamp, $batch
            from read_parquet($files)""",
                    {"version": batch.extractor_version, "batch": batch.batch_id, "files": all_files})
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    _mark_loaded(batch)
    return batch.pages


def _mark_loaded(batch: Batch) -> None:
    """Loaded: the data files go, batch.json stays (a retried load task then does nothing)."""
    batch.loaded_at = _now()
    batch.save()
    for sub in ("input", "output"):
        shutil.rmtree(batch.folder / sub, ignore_errors=True)


def _now() -> str:
    return datetime.now(config.VIETNAM_TZ).isoformat(timespec="seconds")


# --------------------------------------------------------------------------- all of it

@dataclass
class ExtractReport:
    batch_id: str
    pages: int
    partitions: int
    seconds: float
    errors: int

    def line(self) -> str:
        if not self.pages:
            return "extract: no new pages"
        rate = self.pages / self.seconds if self.seconds else 0.0
        return (f"extract: {self.pages} pages in {self.partitions} partition"
                f"{'s' if self.partitions != 1 else ''} ({self.seconds:.1f} s, {rate:.0f} pages/s)"
                + (f"; {self.errors} with an extraction error" if self.errors else ""))


def extract(partitions: int | None = None) -> ExtractReport:
    """Plan, extract each partition (in its own process when there are several), load."""
    from vngov.warehouse import connect, writer_lock

    t0 = time.perf_counter()
    pages = errors = 0
    with writer_lock():  # held throughout: no load can add pages between plan and load
        # A batch an earlier run planned and did not load (killed, or a partition failed) is
        # finished first, keeping its complete chunks; then what is still pending is planned.
        for batch in [*unloaded_batches(), None]:
            if batch is None:
                with connect() as con:
                    batch = plan(con, partitions)
            if len(batch.partitions) == 1:
                run_partition(batch, next(iter(batch.partitions)))
            elif batch.partitions:
                run_partitions_in_processes(batch)
            with connect() as con:
                pages += load_batch(con, Batch.open(batch.batch_id))
                errors += con.execute("select count(*) from raw.extractions where batch_id = ? "
                                      "and extraction_error is not null",
                                      [batch.batch_id]).fetchone()[0]
    return ExtractReport(batch.batch_id, pages, len(batch.partitions), time.perf_counter() - t0,
                         errors)


def unloaded_batches() -> list[Batch]:
    """Batches planned by this extractor version and not loaded, oldest first."""
    root, version = batches_dir(), extractor_version()
    found = []
    for path in sorted(root.glob("*/batch.json")) if root.exists() else []:
        batch = Batch.open(path.parent.name)
        if not batch.loaded_at and batch.extractor_version == version:
            found.append(batch)
    return found


def run_partitions_in_processes(batch: Batch) -> None:
    """`vngov extract partition` per partition, as many at once as there are cores."""
    todo = sorted(batch.partitions)
    running: dict[int, subprocess.Popen] = {}
    failed = []
    slots = max(1, os.cpu_count() or 1)
    env = dict(os.environ, VNGOV_HOME=str(config.home()))
    try:
        while todo or running:
            while todo and len(running) < slots:
                k = todo.pop(0)
                running[k] = subprocess.Popen(
                    [sys.executable, "-m", "vngov", "extract", "partition", batch.batch_id, str(k)],
                    env=env, stdout=subprocess.DEVNULL)
            for k, proc in list(running.items()):
                if proc.poll() is not None:
                    del running[k]
                    if proc.returncode != 0:
                        failed.append(k)
            time.sleep(0.05)
    finally:
        for proc in running.values():
            proc.kill()
    if failed:
        raise ExtractionFailed(f"extraction batch {batch.batch_id}: partition"
                               f"{'s' if len(failed) > 1 else ''} {', '.join(map(str, failed))} "
                               "failed (see the error above); run `vngov extract` again to resume")
