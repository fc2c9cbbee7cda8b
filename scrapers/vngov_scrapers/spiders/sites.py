"""The spiders: one per site module in vngov.sites.SITES, made here so that adding a site is
adding its module (selectors live there, so `vngov import`, `vngov reparse` and the tests parse
exactly as the crawl does)."""

from vngov.sites import SITES

from .base import SiteSpider


def _spider_class(name: str, module) -> type[SiteSpider]:
    class_name = "".join(part.title() for part in name.split("_")) + "Spider"
    return type(class_name, (SiteSpider,), {"name": name, "site": module, "__module__": __name__})


for _name, _module in SITES.items():
    _cls = _spider_class(_name, _module)
    globals()[_cls.__name__] = _cls
