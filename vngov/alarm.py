"""The site-change alarm: a source that yields nothing, or suddenly needs the generic fallback.

A crawl run's counts (its _run.json) are compared with the source's earlier runs in the landing
zone. A daily run that finds only known links is healthy; one whose listings hold no article
links at all, whose article pages all fail, or whose fallback share jumps is not, and the message
names the source and the likely cause so the person on call knows where to look.
"""

from __future__ import annotations

import json
from pathlib import Path
from statistics import median

from vngov import config

# Exit code of `vngov crawl` when an alarm fires: Airflow fails the task without retrying, since
# a retry of an incremental crawl finds nothing new and would hide the alarm.
ALARM_EXIT = 3
MIN_ARTICLES = 3  # below this a share or an all-failed run says little
FALLBACK_SHARE = 0.5  # the fallback reads at least half the articles...
FALLBACK_JUMP = 0.3  # ...and 30 points more than it used to
HISTORY_RUNS = 10


def _articles(run: dict) -> int:
    return (run.get("parsed") or 0) + (run.get("fallback_parsed") or 0)


def site_change_alarm(run: dict, history: list[dict]) -> str | None:
    """The alarm message for run (counts of one source's crawl), or None when it looks healthy.

    history: the same source's earlier runs, oldest first.
    """
    source = run.get("source", "?")
    listing_pages = run.get("listing_pages") or 0
    discovered, fetched = run.get("discovered") or 0, run.get("fetched") or 0
    example = f" (most common error: {run['top_reject']})" if run.get("top_reject") else ""
    if run.get("finish_reason") not in (None, "finished"):
        return f"{source}: the crawl stopped early ({run.get('finish_reason')}){example}"
    if listing_pages == 0:
        return (f"{source}: no listing, feed or sitemap could be fetched{example} — the site is "
                "down, blocks the crawler, or its entry URLs moved (FEEDS/SITEMAPS/LISTINGS)")
    if discovered == 0:
        return (f"{source}: {listing_pages} listing page(s) fetched but no article links found "
                "— the listing markup or the article URL pattern changed "
                f"(parse_listing / is_article_url in vngov/sites/{source}.py)")
    articles = _articles(run)
    if fetched >= MIN_ARTICLES and articles == 0:
        return (f"{source}: {fetched} article pages fetched and none could be read{example} — "
                "the article pages changed or are being blocked")
    if articles >= MIN_ARTICLES:
        share = (run.get("fallback_parsed") or 0) / articles
        past = [(h.get("fallback_parsed") or 0) / _articles(h) for h in history
                if _articles(h) >= MIN_ARTICLES][-HISTORY_RUNS:]
        before = median(past) if past else 0.0
        if share >= FALLBACK_SHARE and share - before >= FALLBACK_JUMP:
            return (f"{source}: the generic fallback read {run.get('fallback_parsed')} of "
                    f"{articles} articles ({share:.0%}, against {before:.0%} over the previous "
                    f"{len(past)} runs) — the article template changed: add a parser version "
                    f"in vngov/sites/{source}.py")
    return None


def earlier_runs(source: str, run_id: str, landing: Path | None = None) -> list[dict]:
    """The source's _run.json files before run_id, oldest first (run ids sort by time)."""
    folder = (landing or config.landing_dir()) / source
    runs = []
    for path in sorted(folder.glob("*/_run.json")) if folder.exists() else []:
        if path.parent.name < run_id:
            try:
                runs.append(json.loads(path.read_text(encoding="utf-8")))
            except ValueError:
                continue
    return runs
