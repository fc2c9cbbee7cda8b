"""Politeness is on by default, and the spiders are the sites' parsers bound to one crawl logic."""

import sys

from conftest import REPO

sys.path.insert(0, str(REPO / "scrapers"))

from vngov_scrapers import settings  # noqa: E402
from vngov_scrapers.spiders import sites as spiders  # noqa: E402

from vngov.sites import SITES  # noqa: E402


def test_polite_defaults():
    assert settings.ROBOTSTXT_OBEY is True
    assert settings.AUTOTHROTTLE_ENABLED is True
    assert settings.DOWNLOAD_DELAY >= 1
    assert settings.CONCURRENT_REQUESTS_PER_DOMAIN <= 2
    assert settings.USER_AGENT.startswith("vngov/")
    assert settings.VNGOV_REPLAY_URL is None, "live sites unless --replay"
    assert list(settings.ITEM_PIPELINES) == ["vngov_scrapers.pipelines.LandingPipeline"]


def test_one_spider_per_site():
    classes = [c for c in vars(spiders).values()
               if isinstance(c, type) and issubclass(c, spiders.SiteSpider) and c.site]
    assert {c.name: c.site for c in classes} == SITES
