"""Items go to the landing zone only: spiders never open the warehouse."""

from pathlib import Path

from scrapy import signals

from vngov.alarm import earlier_runs, site_change_alarm
from vngov.landing import LandingWriter, utcnow_iso


class LandingPipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.writer = None
        self.landing = None
        self.started_at = None
        # The run's counts are written once Scrapy knows why the spider finished.
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self):
        spider = self.crawler.spider
        root = self.crawler.settings.get("VNGOV_LANDING_DIR")
        self.landing = Path(root) if root else None  # None: $VNGOV_HOME/landing
        self.writer = LandingWriter(spider.name, spider.run_id, self.landing)
        self.started_at = utcnow_iso()

    def process_item(self, item):
        self.writer.write(dict(item))
        return item

    def spider_closed(self, spider, reason):
        reasons = getattr(spider, "reject_reasons", None)
        run = dict(spider.counts, source=spider.name, started_at=self.started_at,
                   finish_reason=reason, top_reject=reasons.most_common(1)[0][0] if reasons else None)
        run["new_articles"] = run["parsed"] + run["fallback_parsed"] - run["skipped_old"]
        # The verdict goes into _run.json with the counts it judges (vngov.alarm).
        run["alarm"] = site_change_alarm(run, earlier_runs(spider.name, spider.run_id, self.landing))
        self.writer.close(run)
