"""The spiders: one per site. Selectors live in the site's parser module (vngov.sites.<name>)
so `vngov import` and the tests parse exactly as the crawl does."""

from vngov.sites import baochinhphu, nld, thanhhoa_portal, vnexpress

from .base import SiteSpider


class NldSpider(SiteSpider):
    name, site = nld.NAME, nld


class VnexpressSpider(SiteSpider):
    name, site = vnexpress.NAME, vnexpress


class BaochinhphuSpider(SiteSpider):
    name, site = baochinhphu.NAME, baochinhphu


class ThanhhoaPortalSpider(SiteSpider):
    """One spider for the whole provincial portal platform: hosts are listed in the module."""
    name, site = thanhhoa_portal.NAME, thanhhoa_portal
