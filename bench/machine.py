"""Facts about the machine a benchmark ran on, printed in every report header."""

from __future__ import annotations

import os
import platform
import resource
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # `python bench/x.py` from anywhere imports this checkout's vngov
    sys.path.insert(0, str(REPO))


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def usable_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def facts() -> dict:
    mem_gb = None
    try:
        mem_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError, AttributeError):
        pass
    return {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(terse=True),
        "cpu": cpu_model(),
        "nproc": usable_cpus(),
        "memory_gb": round(mem_gb, 1) if mem_gb else None,
        "loadavg": [round(x, 2) for x in os.getloadavg()],
    }


def facts_line(f: dict | None = None) -> str:
    f = f or facts()
    mem = f"{f['memory_gb']} GB" if f["memory_gb"] else "? GB"
    load = " ".join(f"{x:.2f}" for x in f["loadavg"])
    return (f"machine: {f['nproc']} CPUs ({f['cpu']}), {mem}, {f['implementation']} {f['python']}, "
            f"{f['platform']}; load average {load}")


def maxrss_mb() -> float:
    """Peak resident set size of this process so far (Linux reports KiB, macOS bytes)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 2**20 if sys.platform == "darwin" else rss / 2**10
