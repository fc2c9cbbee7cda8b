"""Where things live. Every path can be moved with an environment variable."""

from __future__ import annotations

import os
from datetime import timedelta, timezone
from pathlib import Path

# Asia/Ho_Chi_Minh has had no daylight saving since 1975: a fixed offset is exact.
VIETNAM_TZ = timezone(timedelta(hours=7), "ICT")

# The repository root: the package sits one level below it (also inside the Docker image).
REPO_ROOT = Path(__file__).resolve().parent.parent


def _env_path(name: str, default: Path) -> Path:
    value = os.environ.get(name)
    return Path(value).expanduser().resolve() if value else default


def home() -> Path:
    """VNGOV_HOME holds landing/, warehouse.duckdb, published.duckdb and the Data Docs."""
    return _env_path("VNGOV_HOME", Path.cwd() / "data")


def landing_dir() -> Path:
    return home() / "landing"


def warehouse_path() -> Path:
    return home() / "warehouse.duckdb"


def published_path() -> Path:
    return home() / "published.duckdb"


def parquet_dir() -> Path:
    """Each publish's marts as Parquet: <parquet>/<build>/, and <parquet>/current -> the last."""
    return home() / "parquet"


def dbt_dir() -> Path:
    return _env_path("VNGOV_DBT_DIR", REPO_ROOT / "dbt_project")


def seeds_dir() -> Path:
    """Gazetteers (agencies, titles) are dbt seeds; extraction code reads the same files."""
    return dbt_dir() / "seeds"


def expectations_dir() -> Path:
    return _env_path("VNGOV_EXPECTATIONS_DIR", REPO_ROOT / "expectations")


def scrapers_dir() -> Path:
    return REPO_ROOT / "scrapers"


def replay_dir() -> Path:
    """Root of the replay site: <root>/<host>/<path> is served as https://<host>/<path>."""
    return _env_path("VNGOV_REPLAY_DIR", REPO_ROOT / "scrapers" / "replay" / "site")


def shared_eval_dir() -> Path:
    """The labelled sets and scorer of the team that measures vngov (`../shared/eval`)."""
    return _env_path("VNGOV_EVAL_DIR", REPO_ROOT.parent / "shared" / "eval")
