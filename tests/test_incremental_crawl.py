"""Incremental discovery over real HTTP: a daily run fetches only what it has not seen and stops
paging at known pages; --since bounds the crawl; a backfill pages on past known articles.

Sources here are those whose listings page (timelinelist / timeline / -pN) on the replay site.
"""

from __future__ import annotations

import gzip
import json
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from conftest import REPO, run_vngov
from vngov.replay import replay_path
from vngov.sites import SITES

pytestmark = pytest.mark.slow

REPLAY = REPO / "scrapers" / "replay" / "site"
MANIFEST = json.loads((REPLAY / "MANIFEST.json").read_text(encoding="utf-8"))
SOURCES = ["baochinhphu", "tuoitre", "thanhnien"]


def _runs(home: Path) -> list[dict]:
    """Every crawl run's counts, oldest first."""
    runs = [json.loads(p.read_text(encoding="utf-8"))
            for p in (home / "landing").glob("*/*/_run.json")]
    return sorted(runs, key=lambda r: (r["run_id"], r["source"]))


def _latest(home: Path) -> dict[str, dict]:
    latest: dict[str, dict] = {}
    for run in _runs(home):
        latest[run["source"]] = run
    return latest


def _landed_articles(home: Path, source: str, run_id: str) -> list[dict]:
    out = []
    for part in (home / "landing" / source / run_id).glob("part-*.jsonl.gz"):
        with gzip.open(part, "rt", encoding="utf-8") as fh:
            out += [r for r in map(json.loads, fh)
                    if r["kind"] == "page" and r["page_type"] in ("article", "skipped_old")]
    return out


def _crawl(home, *args, replay_dir=None):
    extra = ("--replay-dir", str(replay_dir)) if replay_dir else ()
    return run_vngov(home, "crawl", "--replay", "--sources", ",".join(SOURCES), *extra, *args)


@pytest.fixture(scope="module")
def first_crawl(tmp_path_factory):
    home = tmp_path_factory.mktemp("incremental")
    _crawl(home)
    return home


def test_first_run_fetches_every_listed_article_once(first_crawl):
    for source in SOURCES:
        run = _latest(first_crawl)[source]
        expected = {e["url"] for e in MANIFEST if e["source"] == source}
        landed = [r["url"] for r in _landed_articles(first_crawl, source, run["run_id"])]
        assert sorted(landed) == sorted(set(landed)), f"{source}: an article fetched twice"
        assert expected <= set(landed), f"{source}: not found {expected - set(landed)}"
        assert run["listing_pages"] >= 2, f"{source}: paging never went past page 1"
        assert run["new_articles"] == len(landed) and run["alarm"] is None


def test_second_run_fetches_nothing_and_stops_at_the_first_listing_page(first_crawl, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(first_crawl, home)
    before = _latest(home)
    out = _crawl(home).stdout
    after = _latest(home)
    for source in SOURCES:
        run = after[source]
        assert run["run_id"] != before[source]["run_id"]
        assert run["fetched"] == 0 and run["new_articles"] == 0, f"{source} refetched {run}"
        assert run["known"] > 0 and run["alarm"] is None
        assert run["listing_pages"] < before[source]["listing_pages"], \
            f"{source}: paging went on past a page of known links"
    assert "0 new articles" in out


def _new_article(root: Path, source: str) -> str:
    """Publish one more article on source's replay site: a copy of a known page at a new URL,
    linked first on the first listing page. Returns its URL."""
    module = SITES[source]
    entry = next(e for e in MANIFEST if e["source"] == source)
    old = entry["url"]
    # Same URL shape (the id pattern each site's is_article_url checks), a different id.
    stem, dot, ext = old.rpartition(".")
    new = stem[:-3] + ("999" if not stem.endswith("999") else "998") + dot + ext
    assert module.is_article_url(new), new
    shutil.copy(root / replay_path(old).lstrip("/"), root / replay_path(new).lstrip("/"))
    listing = root / replay_path(module.LISTINGS[0]).lstrip("/")
    html = listing.read_text(encoding="utf-8")
    anchor = f'<a href="{new}">Bài mới</a>'
    listing.write_text(html.replace("<body>", "<body>" + anchor, 1) if "<body>" in html
                       else anchor + html, encoding="utf-8")
    return new


def test_a_new_article_is_the_only_page_fetched(first_crawl, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(first_crawl, home)
    site = tmp_path / "site"
    shutil.copytree(REPLAY, site)
    new_url = _new_article(site, "baochinhphu")
    _crawl(home, replay_dir=site)
    run = _latest(home)["baochinhphu"]
    assert run["fetched"] == 1 and run["new_articles"] == 1
    assert [r["url"] for r in _landed_articles(home, "baochinhphu", run["run_id"])] == [new_url]


def test_backfill_pages_past_known_articles_but_fetches_none_again(first_crawl, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(first_crawl, home)
    before = _latest(home)
    _crawl(home, "--backfill", "--since", "2020-01-01")
    after = _latest(home)
    for source in SOURCES:
        assert after[source]["fetched"] == 0, source
        assert after[source]["listing_pages"] >= before[source]["listing_pages"], source


def test_since_bounds_what_is_fetched(tmp_path):
    dated = sorted(e for e in (
        (datetime.fromisoformat(e["published_at"]).date(), e["url"])
        for e in MANIFEST if e["source"] == "baochinhphu"))
    assert len({d for d, _ in dated}) >= 2, "the fixtures need baochinhphu articles on two days"
    since = dated[-1][0]  # the newest article's day: every older one is out of range
    home = tmp_path / "home"
    run_vngov(home, "crawl", "--replay", "--sources", "baochinhphu", "--since", str(since))
    run = _latest(home)["baochinhphu"]
    landed = _landed_articles(home, "baochinhphu", run["run_id"])
    assert landed, "the newest article must still be crawled"
    for record in landed:
        day = datetime.fromisoformat(record["article"]["published_at"]).date()
        assert day >= since or record["page_type"] == "skipped_old", record["url"]
    assert run["out_of_range"] > 0  # older links were known to be old from the listing alone
    old_urls = {url for day, url in dated if day < since}
    assert not old_urls & {r["url"] for r in landed}


def test_backfill_needs_since(tmp_path):
    proc = run_vngov(tmp_path / "home", "crawl", "--replay", "--sources", "nld", "--backfill",
                     check=False)
    assert proc.returncode != 0 and "--backfill needs --since" in proc.stderr


def test_a_second_run_retries_only_failures_that_may_pass_and_raises_no_alarm(tmp_path):
    """The portal's failure fixtures, crawled twice: 404s, robots.txt, refused redirects, the PDF
    and the page no parser reads are not fetched again (nor alarmed about); the timeout and the
    cut connection are tried again."""
    home = tmp_path / "home"
    run_vngov(home, "crawl", "--replay", "--sources", "thanhhoa_portal")
    second = run_vngov(home, "crawl", "--replay", "--sources", "thanhhoa_portal")
    run = _latest(home)["thanhhoa_portal"]
    assert run["alarm"] is None and "SITE-CHANGE ALARM" not in second.stderr
    retried = []
    for part in (home / "landing" / "thanhhoa_portal" / run["run_id"]).glob("part-*.jsonl.gz"):
        with gzip.open(part, "rt", encoding="utf-8") as fh:
            retried += [r["reason"] for r in map(json.loads, fh) if r["kind"] == "reject"]
    assert len(retried) == 2 and run["new_articles"] == 0, retried
    assert {reason.split(":")[0] for reason in retried} == {"timed out", "truncated HTML"}
