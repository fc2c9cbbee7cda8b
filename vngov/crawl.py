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
          replay_root: Path | None = None, throttle: bool = True) -> list[dict]:
    """Crawl `sources` (default: all) and return each source's run counts (its _run.json)."""
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

    from scrapy.crawler import CrawlerProcess

    try:
        process = CrawlerProcess(settings, install_root_handler=True)
        for name in sources:
            process.crawl(name, run_id=run_id, since=since)
        process.start()
    finally:
        if server:
            server.stop()

    runs = []
    for name in sources:
        run_file = config.landing_dir() / name / run_id / "_run.json"
        runs.append(json.loads(run_file.read_text(encoding="utf-8")) if run_file.exists()
                    else {"source": name, "run_id": run_id, "finish_reason": "no output"})
    return runs
