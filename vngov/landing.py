"""The landing zone: append-only gzip JSONL files, one folder per source and crawl run.

    <VNGOV_HOME>/landing/<source>/<run_id>/part-00001.jsonl.gz
    <VNGOV_HOME>/landing/<source>/<run_id>/_run.json      counts of the run (written last)
    <VNGOV_HOME>/landing/<source>/<run_id>/responses.warc.gz  every response received (crawls)
    <VNGOV_HOME>/landing/<source>/<run_id>/_writing.lock  locked while a writer is alive

A part file is written under a `.partial` name and renamed when complete, so the loader never
reads half a file. A killed writer leaves its `.partial` files behind: `remove_dead_partials()`
removes them (nothing is lost: the next incremental crawl fetches again what did not land, and an
import can be run again). Records are dicts with a `kind`:

- "page":   a fetched response (status, headers, html) and, for an article page, what the
            parser read from it (`article`: title, lead, author, body_text, published_at, parser).
- "reject": something that could not become an article: stage (fetch/decode/parse/import),
            reason, and the original bytes (base64), so nothing is lost.
"""

from __future__ import annotations

import base64
import fcntl
import gzip
import hashlib
import json
import os
import re
from datetime import datetime, timezone
from pathlib import Path

from vngov import config

PART_SUFFIX = ".jsonl.gz"
KNOWN_FILE = "_known.txt"
# Every response a crawl run received (scrapers/vngov_scrapers/archive.py).
WARC_FILE = "responses.warc.gz"
# Held (flock, shared) by every process writing .partial files in a run folder.
WRITING_LOCK = "_writing.lock"


def new_run_id() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")


def utcnow_iso() -> str:
    return datetime.now(timezone.utc).isoformat()


def sha256(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def page_record(*, url: str, source: str, run_id: str, status: int, headers: dict,
                html: str, page_type: str, article: dict | None = None,
                fetched_at: str | None = None, parsed_at: str | None = None) -> dict:
    """fetched_at: when the response arrived (default now); parsed_at: when the parser read the
    article (default now when there is one), so a later re-parse of the same fetch sorts after."""
    return {
        "kind": "page",
        "url": url,
        "source": source,
        "run_id": run_id,
        "fetched_at": fetched_at or utcnow_iso(),
        "parsed_at": parsed_at or (utcnow_iso() if article is not None else None),
        "http_status": status,
        "headers": headers,
        "html": html,
        "content_sha256": sha256(html),
        "page_type": page_type,
        "article": article,
    }


def reject_record(*, url: str, source: str, run_id: str, stage: str, reason: str,
                  body: bytes = b"", status: int | None = None) -> dict:
    return {
        "kind": "reject",
        "url": url,
        "source": source,
        "run_id": run_id,
        "recorded_at": utcnow_iso(),
        "stage": stage,
        "reason": reason,
        "http_status": status,
        "body_b64": base64.b64encode(body).decode("ascii"),
    }


_SAFE = re.compile(r"[^A-Za-z0-9_.-]")


def run_dir(source: str, run_id: str, root: Path | None = None) -> Path:
    """The folder of one run of one source: <landing>/<source>/<run_id>."""
    return (root or config.landing_dir()) / _SAFE.sub("_", source) / run_id


def hold_run_dir(folder: Path):
    """Mark folder as being written for as long as the returned file stays open: a shared flock,
    since a crawl's landing pipeline and its WARC archive write the same folder. The kernel drops
    it when the writer dies, however it dies: that is how remove_dead_partials tells."""
    folder.mkdir(parents=True, exist_ok=True)
    fh = open(folder / WRITING_LOCK, "a")
    fcntl.flock(fh, fcntl.LOCK_SH)  # waits only while remove_dead_partials looks at the folder
    return fh


def remove_dead_partials(root: Path | None = None) -> int:
    """Remove the .partial files of writers that died (killed crawls, imports, reparses) and
    return how many. A folder whose lock a live writer holds is left alone."""
    root = root or config.landing_dir()
    folders = sorted({p.parent for p in root.glob("*/*/*.partial")}) if root.exists() else []
    removed = 0
    for folder in folders:
        try:
            with open(folder / WRITING_LOCK, "a") as fh:
                try:
                    fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:  # still being written
                    continue
                for partial in folder.glob("*.partial"):
                    partial.unlink()
                    removed += 1
        except PermissionError:  # a landing zone we may only read: the loader skips partials
            continue
    return removed


class LandingWriter:
    """Writes one run of one source. Use as a context manager or call close()."""

    def __init__(self, source: str, run_id: str, root: Path | None = None,
                 records_per_part: int = 500):
        self.source = source
        self.run_id = run_id
        self.dir = (root or config.landing_dir()) / _SAFE.sub("_", source) / run_id
        self._lock = hold_run_dir(self.dir)  # released by close()
        self.records_per_part = records_per_part
        self.counts: dict[str, int] = {}
        self.known_urls: set[str] = set()
        self._part = 0
        self._in_part = 0
        self._fh = None
        self._partial: Path | None = None

    def write(self, record: dict) -> None:
        if self._fh is None or self._in_part >= self.records_per_part:
            self._finish_part()
            self._part += 1
            self._partial = self.dir / f"part-{self._part:05d}{PART_SUFFIX}.partial"
            self._fh = gzip.open(self._partial, "wt", encoding="utf-8")
        self._fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._in_part += 1
        if (record.get("kind") == "page" and record.get("page_type") == "article"
                or record.get("kind") == "reject" and record.get("retry") is False):
            self.known_urls.add(record["url"])
            self.known_urls.update(record.get("redirected_from") or ())

    def _finish_part(self) -> None:
        if self._fh is None:
            return
        self._fh.close()
        os.replace(self._partial, str(self._partial)[: -len(".partial")])
        self._fh, self._in_part = None, 0

    def close(self, stats: dict | None = None) -> None:
        """Finish the last part, then record the run's counts in _run.json."""
        if self._lock is None:  # closed before: hold the folder again while writing partials
            self._lock = hold_run_dir(self.dir)
        self._finish_part()
        # What later incremental crawls need not fetch again: articles landed, pages failed for good.
        known = self.dir / KNOWN_FILE
        known.with_suffix(".partial").write_text(
            "".join(f"{url}\n" for url in sorted(self.known_urls)), encoding="utf-8")
        os.replace(known.with_suffix(".partial"), known)
        run = {"run_id": self.run_id, "source": self.source, "finished_at": utcnow_iso()}
        run.update(stats or {})
        tmp = self.dir / "_run.json.partial"
        tmp.write_text(json.dumps(run, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, self.dir / "_run.json")
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def __enter__(self) -> "LandingWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def known_urls(source: str, root: Path | None = None) -> set[str]:
    """Every URL an earlier run (crawl, import, reparse) of source landed as an article or
    rejected for good: what an incremental crawl does not fetch again.

    Read from the landing zone itself, so the incremental crawl needs no state of its own and
    never opens the warehouse (whose single writer may be busy).
    """
    folder = (root or config.landing_dir()) / _SAFE.sub("_", source)
    urls: set[str] = set()
    for listing in folder.glob(f"*/{KNOWN_FILE}") if folder.exists() else []:
        urls.update(line for line in listing.read_text(encoding="utf-8").splitlines() if line)
    return urls


def iter_part_files(root: Path | None = None):
    """Complete part files, oldest run first (run ids sort by time)."""
    root = root or config.landing_dir()
    if not root.exists():
        return []
    return sorted(root.glob(f"*/*/*{PART_SUFFIX}"), key=lambda p: (p.parent.name, str(p)))

