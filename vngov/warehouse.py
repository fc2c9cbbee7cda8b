"""The warehouse file and its one-writer rule.

DuckDB allows one writing process. Every step that writes warehouse.duckdb (load, dbt build,
validation, publish) runs inside `writer_lock()`, so two of them never overlap whether they come
from Airflow, cron or a person at a shell.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time

import duckdb

from vngov import config


class WarehouseBusy(RuntimeError):
    pass


@contextlib.contextmanager
def writer_lock(timeout: float | None = None):
    timeout = float(os.environ.get("VNGOV_LOCK_TIMEOUT", 900)) if timeout is None else timeout
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
                time.sleep(0.5)
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()}")
        fh.flush()
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def connect(read_only: bool = False) -> duckdb.DuckDBPyConnection:
    config.home().mkdir(parents=True, exist_ok=True)
    return duckdb.connect(str(config.warehouse_path()), read_only=read_only)
