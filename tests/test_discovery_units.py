"""Discovery building blocks: feed and sitemap dates, links with dates, the seen-URL index, and
the site-change alarm's verdicts."""

from datetime import datetime, timedelta, timezone

import pytest

from vngov.alarm import earlier_runs, site_change_alarm
from vngov.landing import LandingWriter, known_urls, page_record, reject_record
from vngov.sites.base import Link, listing_links, parse_feed_date, sitemap_children

VN = timezone(timedelta(hours=7))


@pytest.mark.parametrize("text, expected", [
    ("9/14/2026 6:44:00 PM", datetime(2026, 9, 14, 18, 44, tzinfo=VN)),  # baochinhphu RSS
    ("1/2/2025 12:05:00 AM", datetime(2025, 1, 2, 0, 5, tzinfo=VN)),  # month first, midnight
    ("12/31/2025 12:30:00 PM", datetime(2025, 12, 31, 12, 30, tzinfo=VN)),  # noon stays noon
    ("Wed, 15 Oct 2025 11:52:00 +0700", datetime(2025, 10, 15, 11, 52, tzinfo=VN)),
    ("Wed, 15 Oct 2025 04:52:00 GMT", datetime(2025, 10, 15, 11, 52, tzinfo=VN)),
    ("2025-10-15T11:52:00+07:00", datetime(2025, 10, 15, 11, 52, tzinfo=VN)),
    ("2025-10-15", datetime(2025, 10, 15, tzinfo=VN)),
    ("13/14/2025 1:00:00 PM", None), ("không rõ", None), ("", None), (None, None),
])
def test_parse_feed_date(text, expected):
    assert parse_feed_date(text) == expected


def _is_article(url):
    return url.endswith(".htm") and "/a-" in url


def test_feed_links_carry_their_dates_and_stay_in_order_once():
    feed = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>
    <item><title>Một</title><link>https://x.vn/a-1.htm</link><pubDate>9/14/2026 6:44:00 PM</pubDate></item>
    <item><title>Hai</title><link>https://x.vn/a-2.htm</link></item>
    <item><title>Một lần nữa</title><link>https://x.vn/a-1.htm</link></item>
    <item><title>Chuyên mục</title><link>https://x.vn/chuyen-muc.htm</link></item>
    </channel></rss>"""
    assert listing_links(feed, "https://x.vn/rss/home.rss", _is_article) == [
        Link("https://x.vn/a-1.htm", datetime(2026, 9, 14, 18, 44, tzinfo=VN)),
        Link("https://x.vn/a-2.htm", None),
    ]


def test_sitemap_index_children_and_urlset_dates():
    index = b"""\xef\xbb\xbf<?xml version="1.0" encoding="UTF-8"?>
    <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>https://x.vn/sitemap-2025-11.xml</loc><lastmod>2025-11-30</lastmod></sitemap>
      <sitemap><loc>/sitemap-2025-10.xml</loc></sitemap>
    </sitemapindex>"""
    assert sitemap_children(index, "https://x.vn/sitemap.xml") == [
        Link("https://x.vn/sitemap-2025-11.xml", datetime(2025, 11, 30, tzinfo=VN)),
        Link("https://x.vn/sitemap-2025-10.xml", None)]
    assert listing_links(index, "https://x.vn/sitemap.xml", _is_article) == []

    urlset = """<?xml version="1.0" encoding="UTF-8"?>
    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
            xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>https://x.vn/a-3.htm</loc><lastmod>2025-11-02T10:00:00+07:00</lastmod>
        <news:news><news:publication_date>2025-11-01T08:30:00+07:00</news:publication_date></news:news></url>
      <url><loc>https://x.vn/tag/abc</loc></url>
    </urlset>"""
    # The news publication date wins over lastmod (an edit is not a publication).
    assert listing_links(urlset, "https://x.vn/sitemap-2025-11.xml", _is_article) == [
        Link("https://x.vn/a-3.htm", datetime(2025, 11, 1, 8, 30, tzinfo=VN))]
    assert sitemap_children(urlset, "https://x.vn/s.xml") == []


def test_html_links_take_the_date_their_url_encodes():
    html = '<html><body><a href="/a-250305081900.htm">x</a><a href="/b.htm">y</a></body></html>'
    def url_date(url):
        return datetime(2025, 3, 5, 8, 19, tzinfo=VN)
    assert listing_links(html, "https://x.vn/", _is_article, url_date) == [
        Link("https://x.vn/a-250305081900.htm", datetime(2025, 3, 5, 8, 19, tzinfo=VN))]


def _land(root, source, run_id, urls, page_type="article", redirected_from=None):
    with LandingWriter(source, run_id, root) as writer:
        for url in urls:
            record = page_record(url=url, source=source, run_id=run_id, status=200, headers={},
                                 html="<html></html>", page_type=page_type)
            if redirected_from:
                record["redirected_from"] = redirected_from
            writer.write(record)


def test_known_urls_come_from_every_earlier_run(tmp_path):
    _land(tmp_path, "nld", "20260101T000000Z", ["https://nld.com.vn/a-1.htm"])
    _land(tmp_path, "nld", "20260102T000000Z", ["https://nld.com.vn/a-2.htm"],
          redirected_from=["https://nld.com.vn/old-a-2.htm"])
    _land(tmp_path, "nld", "20260103T000000Z", ["https://nld.com.vn/list.htm"], page_type="listing")
    _land(tmp_path, "vnexpress", "20260101T000000Z", ["https://vnexpress.net/a-1.html"])
    with LandingWriter("nld", "20260104T000000Z", tmp_path) as writer:
        for url, retry in (("https://nld.com.vn/gone.htm", False), ("https://nld.com.vn/slow.htm", True)):
            writer.write(reject_record(url=url, source="nld", run_id="20260104T000000Z",
                                       stage="fetch", reason="x") | {"retry": retry})
    # Articles (and the URL a redirect started from) and pages that failed for good are known;
    # listings and failures worth retrying are not.
    assert known_urls("nld", tmp_path) == {
        "https://nld.com.vn/a-1.htm", "https://nld.com.vn/a-2.htm", "https://nld.com.vn/old-a-2.htm",
        "https://nld.com.vn/gone.htm"}
    assert known_urls("tuoitre", tmp_path) == set()


# --- the alarm ---------------------------------------------------------------------------------

def _run(**counts):
    base = dict(source="nld", finish_reason="finished", listing_pages=3, discovered=40, known=0,
                fetched=10, parsed=10, fallback_parsed=0, rejected=0)
    return base | counts


def test_a_healthy_run_and_a_quiet_day_raise_no_alarm():
    assert site_change_alarm(_run(), []) is None
    # Nothing new today: every link was known, nothing fetched.
    assert site_change_alarm(_run(known=40, fetched=0, parsed=0), [_run()]) is None
    # One new article that failed: recorded as a reject, retried tomorrow, not an alarm.
    assert site_change_alarm(_run(fetched=1, parsed=0, rejected=1), [_run()]) is None


def test_listing_markup_change_names_the_source_and_cause():
    alarm = site_change_alarm(_run(discovered=0, fetched=0, parsed=0), [_run()])
    assert alarm.startswith("nld:") and "no article links" in alarm and "vngov/sites/nld.py" in alarm


def test_unreachable_site_names_the_error():
    alarm = site_change_alarm(_run(listing_pages=0, discovered=0, fetched=0, parsed=0, rejected=2,
                                   top_reject="fetch: HTTP 403 (IgnoreRequest)"), [])
    assert "no listing, feed or sitemap could be fetched" in alarm and "HTTP 403" in alarm


def test_article_pages_all_failing():
    alarm = site_change_alarm(_run(fetched=5, parsed=0, rejected=5, top_reject="parse: x"), [])
    assert "none could be read" in alarm and "parse: x" in alarm


def test_fallback_share_jump_against_history():
    history = [_run(parsed=10, fallback_parsed=0) for _ in range(5)]
    alarm = site_change_alarm(_run(parsed=2, fallback_parsed=8), history)
    assert "80%" in alarm and "0%" in alarm and "add a parser version" in alarm
    # A site that always needed the fallback for most pages has not just changed.
    usual = [_run(parsed=3, fallback_parsed=7) for _ in range(5)]
    assert site_change_alarm(_run(parsed=2, fallback_parsed=8), usual) is None
    # Too few articles to judge a share.
    assert site_change_alarm(_run(fetched=2, parsed=0, fallback_parsed=2), history) is None


def test_a_spider_that_stopped_early():
    assert "stopped early (shutdown)" in site_change_alarm(_run(finish_reason="shutdown"), [])


def test_earlier_runs_are_read_oldest_first_and_exclude_the_current(tmp_path):
    for run_id, parsed in (("20260101T000000Z", 1), ("20260102T000000Z", 2), ("20260103T000000Z", 3)):
        with LandingWriter("nld", run_id, tmp_path) as writer:
            pass
        writer.close({"parsed": parsed})
    assert [r["parsed"] for r in earlier_runs("nld", "20260103T000000Z", tmp_path)] == [1, 2]
