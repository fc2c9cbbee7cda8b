"""The VCCorp/Admicro CMS sites (vngov/sites/vccorp.py): baochinhphu, nld, tuoitre, thanhnien, mst.

Pages come from the replay site (scrapers/replay/builders/vccorp_sites.py). What a parser must read
is in the manifest (written by the builder from tests/gold/dev.jsonl texts or from its own short
texts) and is re-derived here from dev.jsonl where the text comes from there; never from a parser.
"""

from __future__ import annotations

import html as htmllib
import json
import re
import unicodedata
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from vngov.sites import SITES, base, baochinhphu, mst, nld, site_for_url, thanhnien, tuoitre
from vngov.sites.base import Link, ParseError, meta_published, parse_feed_date, parse_html, text_of

REPO = Path(__file__).resolve().parents[1]
REPLAY = REPO / "scrapers" / "replay" / "site"
DEV = REPO / "tests" / "gold" / "dev.jsonl"
VN = timezone(timedelta(hours=7))

MODULES = {m.NAME: m for m in (baochinhphu, nld, tuoitre, thanhnien, mst)}
MANIFEST = json.loads((REPLAY / "MANIFEST.json").read_text(encoding="utf-8"))
ENTRIES = [e for e in MANIFEST if e["source"] in MODULES]  # the seed pages of baochinhphu and nld too
BUILT = [e for e in ENTRIES if "body" in e]  # pages built around dev.jsonl rows or original texts
DEV_ROWS = {row["url"]: row for row in map(json.loads, DEV.read_text(encoding="utf-8").splitlines()) if row}

JS_DATE_BITS = ("GMT+0700", "Indochina Time", "Giờ Đông Dương", "react-text", "bonewsrelation")
LEAD_MARKS = ("(Chinhphu.vn)", "(NLĐO)", "TTO -")


def replay_file(url: str) -> Path:
    host, _, path = url.split("://", 1)[1].partition("/")
    return REPLAY / host / path


def fetch(url: str) -> str:
    return replay_file(url).read_text(encoding="utf-8")


def ids(entries):
    return [f"{e['source']}:{e['url'].rsplit('-', 1)[1]}" for e in entries]


@pytest.fixture(scope="module", params=BUILT, ids=ids(BUILT))
def built(request):
    entry = request.param
    return entry, MODULES[entry["source"]].parse_article(fetch(entry["url"]), entry["url"])


# --- the replay fixtures themselves ------------------------------------------------------------


def test_every_site_has_its_fixtures():
    for name, module in MODULES.items():
        entries = [e for e in ENTRIES if e["source"] == name]
        assert len(entries) >= 2, name
        for entry in entries:
            assert replay_file(entry["url"]).is_file() and replay_file(entry["listing_url"]).is_file()
            assert module.is_article_url(entry["url"]) and site_for_url(entry["url"]) is module
        for url in [*module.FEEDS, *module.SITEMAPS, *module.LISTINGS]:
            assert replay_file(url).is_file(), url
            assert site_for_url(url) is module
        robots = (REPLAY / module.DOMAINS[0] / "robots.txt").read_text(encoding="utf-8")
        assert "User-agent: *" in robots and "Disallow: /admin/" in robots


def test_manifest_entries_say_where_their_text_comes_from():
    for entry in BUILT:
        assert {"url", "source", "title", "published_at", "listing_url", "parser", "text_from", "body"} <= set(entry)
        assert entry["text_from"] in ("tests/gold/dev.jsonl", "original")
        if entry["text_from"] == "tests/gold/dev.jsonl":
            row = DEV_ROWS[entry["url"]]
            assert (row["title"], row["published_at"], row["source"]) == (entry["title"], entry["published_at"], entry["source"])
        else:
            assert entry["url"] not in DEV_ROWS
    assert {e["source"] for e in BUILT if e["text_from"] == "original"} >= {"mst"}
    assert "check.jsonl" not in (REPO / "scrapers/replay/builders/vccorp_sites.py").read_text(encoding="utf-8")


def dev_paragraphs(entry) -> tuple[str, list[str]]:
    """(lead, body) of a dev row as the page should read: first paragraph = sapo, a last paragraph of
    several lines (byline + teaser titles) is not article text."""
    paragraphs = DEV_ROWS[entry["url"]]["text"].split("\n\n")
    if "\n" in paragraphs[-1]:
        paragraphs = paragraphs[:-1]
    return paragraphs[0], paragraphs[1:]


# --- articles ------------------------------------------------------------------------------------


def test_title_and_parser_version(built):
    entry, article = built
    assert article.title == entry["title"]
    assert article.parser == entry["parser"]


def test_body_is_the_texts_own_paragraphs(built):
    entry, article = built
    assert article.body_paragraphs == entry["body"]
    assert entry["captions"] and not set(entry["captions"]) & set(entry["body"])  # kept apart in the manifest
    if entry["text_from"] == "tests/gold/dev.jsonl":
        lead, body = dev_paragraphs(entry)
        assert article.body_paragraphs == body
        assert article.lead == lead


CAPTION_MARKUP = "figcaption, .PhotoCMS_Caption"  # figure > figcaption.PhotoCMS_Caption; old nld: div.PhotoCMS_Caption


@pytest.mark.parametrize("entry", ENTRIES, ids=ids(ENTRIES))
def test_photo_captions_stay_out_of_the_body(entry):
    """Every VCCorp replay page carries photo captions; none of their text reaches the article."""
    page = fetch(entry["url"])
    captions = [text_of(el) for el in parse_html(page).cssselect(CAPTION_MARKUP)]
    captions = [c for c in dict.fromkeys(captions) if c]
    assert captions, entry["url"]
    for caption in entry.get("captions", []):  # the manifest's captions are the page's
        assert htmllib.escape(caption, quote=False) in page and caption in captions
    article = MODULES[entry["source"]].parse_article(page, entry["url"])
    for caption in captions:
        assert caption not in article.body_text, caption
        assert caption != article.lead


def test_lead_has_no_site_mark(built):
    entry, article = built
    assert article.lead == entry["lead"]
    assert not article.lead.startswith(LEAD_MARKS)
    marks = {"baochinhphu": "(Chinhphu.vn) - ", "nld": "(NLĐO) - ", "tuoitre": "TTO - "}
    if entry["source"] in marks:  # the page does print it
        assert htmllib.escape(marks[entry["source"]] + article.lead, quote=False) in fetch(entry["url"])


def test_published_at_is_the_pages_in_vietnam_time(built):
    entry, article = built
    assert article.published_at.isoformat() == entry["published_at"]
    assert article.published_at.utcoffset() == timedelta(hours=7)


def test_author_is_kept_out_of_the_body(built):
    entry, article = built
    assert article.author == entry["author"]
    assert article.author not in article.body_paragraphs


def test_no_chrome_in_the_text(built):
    entry, article = built
    text = "\n".join([article.title, article.lead or "", *article.body_paragraphs])
    for chrome in [*entry["chrome"], *JS_DATE_BITS]:
        assert chrome not in text, chrome
    assert article.extra["tags"] == entry["tags"]
    assert not set(entry["tags"]) & set(article.body_paragraphs)
    for para in [article.title, article.lead, *article.body_paragraphs]:
        assert unicodedata.is_normalized("NFC", para) and para == para.strip() and "\xa0" not in para


THANHNIEN = [e for e in BUILT if e["source"] == "thanhnien"]


@pytest.mark.parametrize("entry", THANHNIEN, ids=ids(THANHNIEN))
def test_a_paragraph_printed_twice_is_kept_once(entry):
    last = entry["body"][-1]
    printed = [p for p in parse_html(fetch(entry["url"])).iter("p") if text_of(p) == last]
    assert len(printed) == 2
    article = thanhnien.parse_article(fetch(entry["url"]), entry["url"])
    assert article.body_paragraphs.count(last) == 1


@pytest.mark.parametrize("entry", ENTRIES, ids=ids(ENTRIES))
def test_js_date_comments_never_reach_the_text(entry):
    page = fetch(entry["url"])
    if "body" in entry or entry["source"] == "baochinhphu":  # the nld seed page has none
        assert re.search(r"<!-- \w{3} \w{3} \d{2} \d{4} [\d:]{8} GMT\+0700 \(", page)
    article = MODULES[entry["source"]].parse_article(page, entry["url"])
    text = "\n".join([article.title, article.lead or "", article.author or "", *article.body_paragraphs])
    for bit in JS_DATE_BITS:
        assert bit not in text


# --- parser versions -----------------------------------------------------------------------------


@pytest.mark.parametrize("module", MODULES.values(), ids=MODULES)
def test_parsers_are_versions_newest_first_each_with_a_fixture(module):
    names = [parser.template.name for parser in module.PARSERS]
    versions = [parser.template.version for parser in module.PARSERS]
    assert versions == sorted(versions, reverse=True) and len(set(versions)) == len(versions)
    assert names == [f"{module.NAME}/v{v}" for v in versions]
    for parser in module.PARSERS:
        fixtures = [e for e in ENTRIES if e["source"] == module.NAME and e.get("parser", f"{module.NAME}/v{versions[0]}") == parser.template.name]
        assert fixtures, parser.template.name
        for entry in fixtures:
            assert parser(fetch(entry["url"]), entry["url"]).parser == parser.template.name


def test_nld_has_two_templates_and_each_version_reads_only_its_own():
    seed = next(e for e in ENTRIES if e["source"] == "nld" and "seed" in e)
    old = next(e for e in BUILT if e["source"] == "nld" and e["parser"] == "nld/v1")
    assert [p.template.name for p in nld.PARSERS] == ["nld/v2", "nld/v1"]
    assert 'class="detail-content afcbc-body"' in fetch(seed["url"]) and 'id="ContentDetail"' not in fetch(seed["url"])
    assert 'id="ContentDetail" class="knc-content' in fetch(old["url"]) and "detail-content" not in fetch(old["url"])
    assert nld.V2(fetch(seed["url"]), seed["url"]).parser == "nld/v2"
    assert nld.V1(fetch(old["url"]), old["url"]).parser == "nld/v1"
    with pytest.raises(ParseError, match="nld/v1"):
        nld.V1(fetch(seed["url"]), seed["url"])
    with pytest.raises(ParseError, match="nld/v2"):
        nld.V2(fetch(old["url"]), old["url"])
    assert nld.parse_article(fetch(seed["url"]), seed["url"]).parser == "nld/v2"
    assert nld.parse_article(fetch(old["url"]), old["url"]).parser == "nld/v1"


def test_no_version_reads_the_page_lists_every_reason():
    with pytest.raises(ParseError) as err:
        nld.parse_article("<html><body><div class='other'><p>Không phải bài báo.</p></div></body></html>", "https://nld.com.vn/x.htm")
    message = str(err.value)
    assert "nld/v2: no div.detail-content" in message and "nld/v1: no div#ContentDetail" in message


# --- publish dates -------------------------------------------------------------------------------


@pytest.mark.parametrize("source", ["baochinhphu", "nld", "tuoitre", "thanhnien", "mst"])
def test_a_page_dated_only_in_the_future_is_rejected(source):
    entry = next(e for e in BUILT if e["source"] == source)
    year = entry["published_at"][:4]
    page = fetch(entry["url"]).replace(year, "2099")  # meta, JSON-LD and the visible date alike
    with pytest.raises(ParseError, match="publish date in the future"):
        MODULES[source].parse_article(page, entry["url"])


def test_a_future_meta_date_gives_way_to_the_visible_one():
    entry = next(e for e in BUILT if e["source"] == "tuoitre")
    iso = entry["published_at"]
    page = fetch(entry["url"]).replace(f'content="{iso}"', 'content="2099-01-01T08:00:00+07:00"')
    page = page.replace(f'"datePublished": "{iso}"', '"datePublished": "2099-01-01T08:00:00+07:00"')
    assert meta_published(parse_html(page)).year == 2099
    article = tuoitre.parse_article(page, entry["url"])
    assert article.published_at == datetime.fromisoformat(iso)  # from data-role=publishdate "dd/mm/yyyy HH:MM GMT+7"


def test_publish_date_allows_a_day_of_clock_skew():
    root = parse_html('<html><head><meta property="article:published_time" content="2026-01-01T06:00:00+07:00">'
                             "</head><body><p>x</p></body></html>")
    now = datetime(2025, 12, 31, 12, 0, tzinfo=VN)
    assert base.publish_date(root, (), "t", now=now) == datetime(2026, 1, 1, 6, 0, tzinfo=VN)
    with pytest.raises(ParseError, match="publish date in the future"):
        base.publish_date(root, (), "t", now=now - timedelta(days=1))


# --- listings, paging, feeds ---------------------------------------------------------------------

CHAINS = {  # site: (first listing page, page 2 (AJAX), page 3 (empty))
    "baochinhphu": ("https://baochinhphu.vn/chi-dao-dieu-hanh.htm", "https://baochinhphu.vn/timelinelist/1025/2.htm",
                    "https://baochinhphu.vn/timelinelist/1025/3.htm"),
    "nld": ("https://nld.com.vn/thoi-su.htm", "https://nld.com.vn/loadmorecategory-1002-2.htm",
            "https://nld.com.vn/loadmorecategory-1002-3.htm"),
    "tuoitre": ("https://tuoitre.vn/thoi-su.htm", "https://tuoitre.vn/timeline/3/trang-2.htm",
                "https://tuoitre.vn/timeline/3/trang-3.htm"),
    "thanhnien": ("https://thanhnien.vn/thoi-su.htm", "https://thanhnien.vn/timelinelist/1854/2.htm",
                  "https://thanhnien.vn/timelinelist/1854/3.htm"),
    "mst": ("https://mst.gov.vn/tin-tuc-su-kien/tin-tong-hop.htm", "https://mst.gov.vn/timelinelist/19704/2.htm",
            "https://mst.gov.vn/timelinelist/19704/3.htm"),
}


@pytest.mark.parametrize("source", sorted(CHAINS))
def test_next_listing_page_chain(source):
    module = MODULES[source]
    first, second, third = CHAINS[source]
    assert first in module.LISTINGS
    assert module.next_listing_page(first, fetch(first), 1) == second
    assert module.next_listing_page(second, fetch(second), 2) == third
    assert module.parse_listing(fetch(third), third) == []
    assert module.next_listing_page(third, fetch(third), 3) is None
    for feed in module.FEEDS:  # feeds are not paged
        assert module.next_listing_page(feed, fetch(feed), 1) is None


@pytest.mark.parametrize("source", sorted(CHAINS))
def test_listing_pages_link_their_articles_with_the_id_time(source):
    module = MODULES[source]
    older = {e["url"] for e in ENTRIES if e["source"] == source and e["listing_url"] == CHAINS[source][1]}
    assert older
    for page_url in CHAINS[source][:2]:
        links = module.parse_listing(fetch(page_url), page_url)
        expected = [e["url"] for e in ENTRIES if e["source"] == source and e["listing_url"] == page_url]
        assert [link.url for link in links] == expected
        for link in links:
            assert isinstance(link, Link) and link.published_at == module.url_published(link.url)
            assert link.published_at.utcoffset() == timedelta(hours=7)
    newest_first = [e for e in ENTRIES if e["source"] == source and e["listing_url"] == CHAINS[source][0]]
    assert max(datetime.fromisoformat(e["published_at"]) for e in ENTRIES if e["url"] in older) < \
        min(datetime.fromisoformat(e["published_at"]) for e in newest_first)


@pytest.mark.parametrize("source", sorted(MODULES))
def test_feeds_list_the_articles_with_their_dates(source):
    module = MODULES[source]
    by_url = {e["url"]: e for e in ENTRIES if e["source"] == source}
    for feed in module.FEEDS:
        links = module.parse_listing(fetch(feed), feed)
        assert links and all(link.url in by_url for link in links)
        for link in links:
            assert link.published_at.isoformat() == by_url[link.url]["published_at"]


def test_baochinhphu_rss_dates_read_month_first_with_a_12_hour_clock():
    assert parse_feed_date("9/14/2026 6:44:00 PM") == datetime(2026, 9, 14, 18, 44, tzinfo=VN)
    feed = "https://baochinhphu.vn/home.rss"
    text = fetch(feed)
    by_url = {e["url"]: datetime.fromisoformat(e["published_at"]) for e in ENTRIES if e["source"] == "baochinhphu"}
    links = baochinhphu.parse_listing(text, feed)
    assert {link.url for link in links} == set(by_url)
    for link in links:
        when = by_url[link.url]
        hour = when.hour % 12 or 12
        raw = f"<pubDate>{when.month}/{when.day}/{when.year} {hour}:{when:%M:%S} {'PM' if when.hour >= 12 else 'AM'}</pubDate>"
        assert raw in text  # the fixture writes the site's own form...
        assert link.published_at == when and link.published_at.utcoffset() == timedelta(hours=7)  # ...read right
    assert "12:30:00 PM" in text and "8:19:00 AM" in text and "8:45:00 PM" in text  # noon and both halves


def test_mst_day_listing():
    url = mst.day_listing_url(date(2025, 11, 6))
    assert url == "https://mst.gov.vn/tin-tuc-su-kien/xem-theo-ngay-06-11-2025.htm"
    links = mst.parse_listing(fetch(url), url)
    assert [link.published_at.date() for link in links] == [date(2025, 11, 6)]
    assert mst.next_listing_page(url, fetch(url), 1) is None  # a day is one page


@pytest.mark.parametrize(("module", "url", "expected"), [
    (baochinhphu, "https://baochinhphu.vn/abc-102250305081900357.htm", datetime(2025, 3, 5, 8, 19, 0, tzinfo=VN)),
    (nld, "https://nld.com.vn/abc-196251015115200548.htm", datetime(2025, 10, 15, 11, 52, 0, tzinfo=VN)),
    (nld, "https://nld.com.vn/thoi-su/abc-20230314103000123.htm", datetime(2023, 3, 14, 10, 30, 0, tzinfo=VN)),
    (mst, "https://mst.gov.vn/abc-197251104085210147.htm", datetime(2025, 11, 4, 8, 52, 10, tzinfo=VN)),
    (thanhnien, "https://thanhnien.vn/abc-185250212191012345.htm", datetime(2025, 2, 12, 19, 10, 12, tzinfo=VN)),
    (thanhnien, "https://thanhnien.vn/abc-185418775.htm", None),  # an older id: no time in it
    (tuoitre, "https://tuoitre.vn/abc-20251230075904416.htm", datetime(2025, 12, 30, 7, 59, 4, tzinfo=VN)),
    (tuoitre, "https://tuoitre.vn/abc-2025102106040658.htm", datetime(2025, 10, 21, 6, 4, 6, tzinfo=VN)),
    (tuoitre, "https://tuoitre.vn/thoi-su.htm", None),
    (baochinhphu, "https://baochinhphu.vn/abc-102251399081900357.htm", None),  # month 13: not a time
])
def test_url_published(module, url, expected):
    assert module.url_published(url) == expected


@pytest.mark.parametrize(("module", "url", "expected"), [
    (tuoitre, "https://tuoitre.vn/nghe-an-dat-han-20240819180512345.htm", True),
    (tuoitre, "https://cuoituan.tuoitre.vn/abc-20240819180512345.htm", True),
    (tuoitre, "https://tuoitre.vn/timeline/3/trang-2.htm", False),
    (tuoitre, "https://thanhnien.vn/abc-20240819180512345.htm", False),
    (thanhnien, "https://thanhnien.vn/abc-185250212191012345.htm", True),
    (thanhnien, "https://thanhnien.vn/abc-185418775.htm", True),
    (thanhnien, "https://thanhnien.vn/thoi-su/abc-1234567.html", True),
    (thanhnien, "https://thanhnien.vn/timelinelist/1854/2.htm", False),
    (mst, "https://mst.gov.vn/abc-197251104085210147.htm", True),
    (mst, "https://mst.gov.vn/tin-tuc-su-kien/xem-theo-ngay-06-11-2025.htm", False),
    (mst, "https://mst.gov.vn/abc-102251104085210147.htm", False),
    (nld, "https://nld.com.vn/loadmorecategory-1002-2.htm", False),
    (baochinhphu, "https://baochinhphu.vn/timelinelist/1025/2.htm", False),
])
def test_is_article_url(module, url, expected):
    assert module.is_article_url(url) is expected


def test_sites_are_registered():
    for name, module in MODULES.items():
        assert SITES[name] is module
        assert not hasattr(module, "START_URLS")
        assert callable(module.next_listing_page) and callable(module.url_published)
