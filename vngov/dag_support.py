"""What the Airflow DAGs share (dags/vngov_daily.py, dags/vngov_deadline_watch.py): the asset
that `publish` updates, and running a `vngov` command as a task.

Only the DAG files import this module (it needs Airflow's task SDK); the `vngov` CLI does not.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections import deque

from airflow.sdk import Asset

# published.duckdb and parquet/current, as one asset: vngov_daily's publish task updates it and
# vngov_deadline_watch is scheduled on it. A URI of our own rather than a file:// path, because
# VNGOV_HOME differs between the machines (and containers) that parse the DAGs.
PUBLISHED = Asset(name="vngov_published", uri="vngov://published")


class VngovFailed(RuntimeError):
    def __init__(self, message: str, returncode: int):
        super().__init__(message)
        self.returncode = returncode


def run_vngov(*args: str) -> None:
    """Run `vngov <args>`, stream its output to the task log, fail with its last words."""
    cmd = [sys.executable, "-m", "vngov", *args]
    print("$", " ".join(cmd), flush=True)
    tail: deque[str] = deque(maxlen=5)
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env=os.environ.copy())
    for line in proc.stdout:
        print(line, end="", flush=True)
        tail.append(line.rstrip())
    if proc.wait() != 0:
        raise VngovFailed(f"`vngov {' '.join(args)}` exited {proc.returncode}: "
                          + (tail[-1] if tail else "no output"), proc.returncode)
