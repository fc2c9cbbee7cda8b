"""Items go to the landing zone only: spiders never open the warehouse."""

from pathlib import Path

from scrapy import signals

from vngov.alarm import earlier_runs, site_change_alarm
from vngov.door import page_problems
from vngov.landing import LandingWriter, utcnow_iso

# Article pages wait for the door (vngov.door) in batches: one check costs about as much for 32
# pages as for one. A killed crawl loses at most these unlanded pages, which the next run
# fetches again (they are not known).
DOOR_BATCH = 32


class LandingPipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.writer = None
        self.landing = None
        self.started_at = None
        self.waiting: list[dict] = []  # article pages not yet through the door
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
        record = dict(item)
        if record.get("kind") == "page" and record.get("page_type") == "article":
            self.waiting.append(record)
            if len(self.waiting) >= DOOR_BATCH:
                self._through_the_door()
        else:
            self.writer.write(record)
        return item

    def _through_the_door(self):
        """Land the waiting article pages; one a critical raw expectation would fail lands as a
        reject instead (its bytes kept, and known: the same page would fail the same way)."""
        spider = self.crawler.spider
        for record, problem in zip(self.waiting, page_problems(self.waiting)):
            if problem:
                # The spider counted it as parsed (by the fallback when trafilatura read it).
                spider.counts["fallback_parsed" if record["article"]["parser"] == "trafilatura"
                              else "parsed"] -= 1
                record = spider._reject(record["url"], "parse",
                                        f"fails a critical raw expectation: {problem}",
                                        record["html"].encode("utf-8"), record["http_status"],
                                        retry=False,
                                        redirected_from=record.get("redirected_from") or ())
            self.writer.write(record)
        self.waiting = []

    def spider_closed(self, spider, reason):
        self._through_the_door()
        reasons = getattr(spider, "reject_reasons", None)
        run = dict(spider.counts, source=spider.name, started_at=self.started_at,
                   finish_reason=reason, top_reject=reasons.most_common(1)[0][0] if reasons else None)
        run["new_articles"] = run["parsed"] + run["fallback_parsed"] - run["skipped_old"]
        # The verdict goes into _run.json with the counts it judges (vngov.alarm).
        run["alarm"] = site_change_alarm(run, earlier_runs(spider.name, spider.run_id, self.landing))
        self.writer.close(run)
