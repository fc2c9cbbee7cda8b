"""`vngov crawl`: run the Scrapy spiders (scrapers/) into the landing zone."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from vngov import config
from vngov.landing import new_run_id
from vngov.replay import ReplayServer
from vngov.sites import SITES


def _scrapy_settings():
    scrapers = str(config.scrapers_dir())
    if scrapers not in sys.path:
        sys.path.insert(0, scrapers)
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "vngov_scrapers.settings")
    from scrapy.utils.project import get_project_settings

    return get_project_settings()


def crawl(sources: list[str] | None = None, since: str | None = None, replay: bool = False,
          replay_root: Path | None = None, throttle: bool = True, until: str | None = None,
          backfill: bool = False) -> list[dict]:
    """Crawl `sources` (default: all) and return each source's run counts (its _run.json),
    with `alarm` set where the site seems to have changed (vngov.alarm).

    since/until bound what is fetched by the dates listings give; backfill walks listings back to
    `since` past already-known links instead of stopping at them.
    """
    if backfill and not since:
        raise ValueError("--backfill needs --since (the oldest day to walk back to)")
    sources = sources or list(SITES)
    unknown = sorted(set(sources) - set(SITES))
    if unknown:
        raise ValueError(f"unknown source(s) {', '.join(unknown)}; known: {', '.join(SITES)}")

    settings = _scrapy_settings()
    run_id = new_run_id()
    settings.set("VNGOV_LANDING_DIR", str(config.landing_dir()))
    if not throttle:  # benchmarks only: politeness stays on for every real crawl
        settings.set("AUTOTHROTTLE_ENABLED", False)
        settings.set("DOWNLOAD_DELAY", 0)

    server = None
    if replay:
        server = ReplayServer(replay_root)
        settings.set("VNGOV_REPLAY_URL", server.start())
        handler = "vngov_scrapers.replay.ReplayDownloadHandler"
        settings.set("DOWNLOAD_HANDLERS", {"http": handler, "https": handler})
        # The replay server is ours, on loopback: no need to wait between requests.
        settings.set("DOWNLOAD_DELAY", 0)
        settings.set("AUTOTHROTTLE_START_DELAY", 0.1)
        # Loopback answers in milliseconds: a short timeout keeps the stalled fixture (a page that
        # never answers) from holding the crawl for the live-site 30 s, times each retry.
        settings.set("DOWNLOAD_TIMEOUT", 4)

    from scrapy.crawler import CrawlerProcess

    try:
        process = CrawlerProcess(settings, install_root_handler=True)
        for name in sources:
            process.crawl(name, run_id=run_id, since=since, until=until, backfill=backfill)
        process.start()
    finally:
        if server:
            server.stop()

    return [_finish_run(name, run_id) for name in sources]


def _finish_run(source: str, run_id: str) -> dict:
    """The run's counts and site-change verdict (its _run.json, written by the landing pipeline)."""
    run_file = config.landing_dir() / source / run_id / "_run.json"
    if not run_file.exists():  # the spider never opened (e.g. it failed to start)
        return {"source": source, "run_id": run_id, "finish_reason": "no output",
                "alarm": f"{source}: the spider produced no output at all (see the crawl log)"}
    return json.loads(run_file.read_text(encoding="utf-8"))
