"""The warehouse file and its one-writer rule.

DuckDB allows one writing process. Every step that writes warehouse.duckdb (load, dbt build,
validation, publish) runs inside `writer_lock()`, so two of them never overlap whether they come
from Airflow, cron or a person at a shell.

DuckDB also refuses a writer while any other process has the file open, even read-only (a
`vngov summary`, a notebook). So writers open it through `connect()`, which waits for such a
reader as long as `writer_lock()` waits for another writer (VNGOV_LOCK_TIMEOUT, default 900 s).
The dbt child opens the file itself: `child_writer()` gives it the same wait, and makes it die
with the `vngov` process that started it.
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import os
import re
import signal
import sys
import threading
import time

import duckdb

from vngov import config

RETRY_SECONDS = 0.5
# The dbt child learns its parent's pid from here, to notice that the parent died before the
# child could ask for the death signal.
PARENT_PID_ENV = "VNGOV_WRITER_PARENT_PID"

_duckdb_connect = duckdb.connect  # the real one: child_writer() replaces duckdb.connect
_held = threading.local()  # the writer lock this thread holds (its fd), for nested use and dbt


class WarehouseBusy(RuntimeError):
    pass


def lock_timeout() -> float:
    return float(os.environ.get("VNGOV_LOCK_TIMEOUT", 900))


@contextlib.contextmanager
def writer_lock(timeout: float | None = None):
    """Hold the one-writer lock; yields the fd of the locked file (run_dbt hands it to dbt).
    Nested in the same thread, it is already held: the inner one just yields it."""
    if getattr(_held, "fd", None) is not None:
        yield _held.fd
        return
    timeout = lock_timeout() if timeout is None else timeout
    config.home().mkdir(parents=True, exist_ok=True)
    path = config.home() / ".warehouse.lock"
    with open(path, "a+") as fh:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    fh.seek(0)
                    holder = fh.read().strip() or "unknown"
                    raise WarehouseBusy(
                        f"another vngov step is writing {config.warehouse_path()} "
                        f"(lock held by {holder}); waited {timeout:.0f}s")
                time.sleep(RETRY_SECONDS)
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()}")
        fh.flush()
        _held.fd = fh.fileno()
        try:
            yield fh.fileno()
        finally:
            _held.fd = None
            fcntl.flock(fh, fcntl.LOCK_UN)


def _held_by(exc: Exception) -> str:
    """DuckDB's own words on who holds the file (program, PID), without its advice."""
    found = re.search(r"Conflicting lock is held in .*?\(PID \d+\)", str(exc))
    return found.group(0) if found else " ".join(str(exc).split())


def open_waiting(database: str = ":memory:", read_only: bool = False,
                 timeout: float | None = None, **kwargs) -> duckdb.DuckDBPyConnection:
    """duckdb.connect, retried while another process holds the file open (DuckDB's lock)."""
    timeout = lock_timeout() if timeout is None else timeout
    deadline = time.monotonic() + timeout
    while True:
        try:
            con = _duckdb_connect(database, read_only=read_only, **kwargs)
            # An extension DuckDB lacks is downloaded on first use: never, here (no network).
            con.execute("set autoinstall_known_extensions = false")
            return con
        except duckdb.IOException as exc:
            if "Could not set lock on file" not in str(exc):  # not another process: a real error
                raise
            if time.monotonic() >= deadline:
                raise WarehouseBusy(f"{database} is held open by another process: {_held_by(exc)}; "
                                    f"waited {timeout:.0f}s") from None
            time.sleep(RETRY_SECONDS)


def connect(read_only: bool = False, timeout: float | None = None) -> duckdb.DuckDBPyConnection:
    """Open warehouse.duckdb, waiting up to `timeout` (default VNGOV_LOCK_TIMEOUT) while another
    process holds it. Readers: read what you need and close, so writers need not wait long."""
    config.home().mkdir(parents=True, exist_ok=True)
    return open_waiting(str(config.warehouse_path()), read_only=read_only, timeout=timeout)


def child_writer() -> None:
    """Set up a child process that writes the warehouse for its parent (the dbt child of
    build.run_dbt): it dies with the parent, and its DuckDB opens wait like connect().

    The death signal comes when the parent *thread* that started the child ends: run_dbt waits
    for dbt in that thread, so that is when the parent process dies."""
    parent = int(os.environ.get(PARENT_PID_ENV, "0"))
    if sys.platform.startswith("linux") and parent:
        PR_SET_PDEATHSIG = 1
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != parent:  # the parent died before prctl: no signal will come
            os._exit(1)
    duckdb.connect = open_waiting  # dbt-duckdb calls duckdb.connect(path, read_only=False, ...)
