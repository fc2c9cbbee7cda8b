"""Items go to the landing zone only: spiders never open the warehouse."""

from pathlib import Path

from vngov.landing import LandingWriter, utcnow_iso


class LandingPipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.writer = None
        self.started_at = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self):
        spider = self.crawler.spider
        root = self.crawler.settings.get("VNGOV_LANDING_DIR")
        self.writer = LandingWriter(spider.name, spider.run_id, Path(root) if root else None)
        self.started_at = utcnow_iso()

    def process_item(self, item):
        self.writer.write(dict(item))
        return item

    def close_spider(self):
        spider = self.crawler.spider
        stats = dict(spider.counts)
        stats["started_at"] = self.started_at
        stats["finish_reason"] = self.crawler.stats.get_value("finish_reason")
        self.writer.close(stats)
