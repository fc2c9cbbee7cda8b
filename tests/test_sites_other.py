"""vnexpress, vietnamplus, dangcongsan, quochoi and the thanhhoa.gov.vn portal platform against their
replay pages (scrapers/replay/builders/other_sites.py).

Expected values come from the texts the pages were built from (tests/gold/dev.jsonl rows, or the
builder's ORIGINAL texts where dev.jsonl has no row), never from a parser's output.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from vngov.sites import SITES, dangcongsan, quochoi, site_for_url, thanhhoa_portal, vietnamplus, vnexpress, zce
from vngov.sites.base import Link, ParseError, parse_html, sitemap_children, text_of

REPO = Path(__file__).resolve().parents[1]
REPLAY = REPO / "scrapers" / "replay" / "site"
sys.path.insert(0, str(REPO / "scrapers" / "replay"))
from builders.other_sites import ORIGINAL, replay_file_name  # noqa: E402

VN = timezone(timedelta(hours=7))
MINE = ("vnexpress", "vietnamplus", "dangcongsan", "quochoi", "thanhhoa_portal")
MANIFEST = json.loads((REPLAY / "MANIFEST.json").read_text(encoding="utf-8"))
ENTRIES = [e for e in MANIFEST if e["source"] in MINE and "text_from" in e and "quirk" not in e]
BY_URL = {e["url"]: e for e in ENTRIES}
DEV = {row["url"]: row for row in map(json.loads, (REPO / "tests/gold/dev.jsonl").read_text("utf-8").splitlines())}


def fetch(url: str) -> str:
    return (REPLAY / replay_file_name(url)).read_text(encoding="utf-8")


# --- what each article should read as, from its source text --------------------------------------

NAME_LINE = re.compile(r"^[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?: [A-ZĐÀ-Ỹ][\wÀ-ỹ]*){0,4}(?: \([^()]+\))?$")
# Author boxes of the pages, not in any text: the builder's chrome.
DCS_AUTHORS = {"699154": "Minh Châu", "698812": "TTXVN", "652130": None}


def dev_parts(text: str) -> tuple[list[str], str | None, list[str]]:
    """(lines of the text's paragraphs, byline, teaser lines): the last blank-line group is a byline
    and teasers when it opens with a bare name such as "Sơn Hà" or "Phương Hoa (TTXVN/Vietnam+)"."""
    groups = [[s.strip() for s in g.split("\n") if s.strip()] for g in text.split("\n\n")]
    groups = [g for g in groups if g]
    byline, teasers = None, []
    if NAME_LINE.match(groups[-1][0]):
        byline, *teasers = groups.pop()
    return [line for g in groups for line in g], byline, teasers


def expected(url: str) -> dict:
    """title, published_at, lead, body, author and chrome that must not reach the body."""
    if url in ORIGINAL:
        o = ORIGINAL[url]
        return {"title": o["title"], "published_at": o["published"], "lead": o["lead"], "body": o["body"],
                "author": o["author"], "chrome": []}
    row = DEV[url]
    out = {"title": row["title"], "published_at": datetime.fromisoformat(row["published_at"])}
    source = row["source"]
    if source == "thanhhoa_portal" and row["text"].startswith("Thống kê truy cập"):
        # The flattened district page: counter, title, "Ngày" stamp, body, byline, then a print copy.
        groups = [[s.strip() for s in g.split("\n")] for g in row["text"].split("\n\n")]
        stamp = next(i for i, g in enumerate(groups) if g[0].startswith("Ngày "))
        *body, author = groups[stamp + 1]
        return out | {"lead": None, "body": body, "author": author,
                      "chrome": ["Thống kê truy cập", "Đang online", "Đăng lúc", "Hôm nay:"]}
    paragraphs, byline, teasers = dev_parts(row["text"])
    if source == "thanhhoa_portal":
        return out | {"lead": None, "body": paragraphs, "author": byline, "chrome": teasers}
    author = byline.split(" (")[0] if byline else None
    if source == "dangcongsan":
        author = DCS_AUTHORS[url.rsplit("-", 1)[1].removesuffix(".html")]
    return out | {"lead": paragraphs[0], "body": paragraphs[1:], "author": author, "chrome": teasers}


CHROME = [
    "Tin liên quan", "Ảnh:", "(Ảnh", "Chia sẻ", "Xem nhiều", "Đọc nhiều", "Bạn cảm thấy", "Ý kiến", "In bài",
    "Gửi email", "Tags", "Từ khóa", "(ĐCSVN)", "Đăng lúc", "Đăng ngày", "Quang cảnh", "Cỡ chữ", "100%",
    "Các tin khác", "VnExpress", "Vietnam+", "TTXVN/", "Liên kết trang", "Cơ quan chủ quản",
]


@pytest.fixture(scope="module", params=sorted(BY_URL), ids=lambda u: u.split("/")[2] + ":" + u[-24:])
def case(request):
    entry = BY_URL[request.param]
    module = site_for_url(entry["url"])
    return entry, module, module.parse_article(fetch(entry["url"]), entry["url"]), expected(entry["url"])


# --- the manifest ---------------------------------------------------------------------------------


def test_manifest_lists_each_site_with_its_articles():
    counts = {source: sum(e["source"] == source for e in ENTRIES) for source in MINE}
    assert counts == {"vnexpress": 4, "vietnamplus": 4, "dangcongsan": 3, "quochoi": 2, "thanhhoa_portal": 3}
    for e in ENTRIES:
        assert set(e) == {"url", "source", "title", "published_at", "listing_url", "parser", "text_from", "body"}
        assert e["text_from"] in ("tests/gold/dev.jsonl", "original")
        assert (e["text_from"] == "original") == (e["url"] in ORIGINAL) == (e["url"] not in DEV)
        assert SITES[e["source"]].is_article_url(e["url"])
        assert (REPLAY / replay_file_name(e["url"])).is_file() and (REPLAY / replay_file_name(e["listing_url"])).is_file()
        assert e["published_at"].endswith("+07:00")
        if e["url"] in DEV:
            row = DEV[e["url"]]
            assert (e["title"], e["published_at"], e["source"]) == (row["title"], row["published_at"], row["source"])
        assert e["body"] == expected(e["url"])["body"]


def test_check_set_stays_unseen():
    check = (REPO / "tests/gold/check.jsonl").read_text(encoding="utf-8")
    for e in ENTRIES:
        assert e["url"] not in check
        for paragraph in e["body"]:
            assert paragraph not in check


# --- each replay article ----------------------------------------------------------------------------


def test_parser_version(case):
    entry, module, article, _ = case
    assert module is SITES[entry["source"]]
    assert article.parser == entry["parser"]


def test_title_and_date(case):
    entry, _, article, exp = case
    assert article.title == exp["title"] == entry["title"]
    assert article.published_at == exp["published_at"]
    assert article.published_at.utcoffset() == timedelta(hours=7)
    assert article.published_at.isoformat() == entry["published_at"]


def test_body(case):
    entry, _, article, exp = case
    assert article.body_paragraphs == exp["body"] == entry["body"]


def test_lead_and_author(case):
    _, _, article, exp = case
    assert article.lead == exp["lead"]
    assert article.author == exp["author"]


def test_no_chrome_in_body_and_text_is_clean(case):
    _, _, article, exp = case
    for text in [article.title, article.lead or "", *article.body_paragraphs]:
        assert unicodedata.is_normalized("NFC", text)
        assert text == text.strip() and "\xa0" not in text and "  " not in text
    body = article.body_text
    for chrome in CHROME + exp["chrome"]:
        assert chrome not in body, chrome
    assert article.author is None or article.author not in article.body_paragraphs


def test_vnexpress_location_stamp_is_not_the_lead():
    stamped = 0
    for e in ENTRIES:
        if e["source"] != "vnexpress":
            continue
        html = fetch(e["url"])
        root = parse_html(html)
        stamp = root.cssselect("p.description span.location-stamp")
        article = vnexpress.parse_article(html, e["url"])
        if stamp:
            stamped += 1
            assert text_of(root.cssselect("p.description")[0]).startswith(text_of(stamp[0]))  # "Hà Nội" opens it
            assert not article.lead.startswith(text_of(stamp[0]))
        assert article.lead == dev_parts(DEV[e["url"]]["text"])[0][0]
    assert stamped >= 1


def test_vnexpress_captions_are_dropped_figure_and_legacy_table():
    kinds = set()
    for e in ENTRIES:
        if e["source"] == "vnexpress":
            root = parse_html(fetch(e["url"]))
            for el in root.cssselect("figure.tplCaption, table.tplCaption"):
                kinds.add(el.tag)
                caption = text_of(el.cssselect("p.Image")[0])
                assert caption not in vnexpress.parse_article(fetch(e["url"]), e["url"]).body_text
    assert kinds == {"figure", "table"}


def test_dangcongsan_lead_prefix_is_stripped():
    for e in ENTRIES:
        if e["source"] == "dangcongsan":
            html = fetch(e["url"])
            assert "(ĐCSVN) - " in html
            assert not dangcongsan.parse_article(html, e["url"]).lead.startswith("(")


# --- versioned parsers --------------------------------------------------------------------------------

DCS_2025 = "https://dangcongsan.vn/thoi-su/tong-bi-thu-to-lam-lam-viec-voi-ban-thuong-vu-thanh-uy-ha-noi-698812.html"
DCS_LEGACY = ("https://dangcongsan.vn/thoi-su/"
              "hoi-nghi-toan-quoc-quan-triet-nghi-quyet-ve-xay-dung-nha-nuoc-phap-quyen-652130.html")


def test_dangcongsan_has_two_versions_newest_first():
    assert dangcongsan.PARSERS == [dangcongsan.parse_v2, dangcongsan.parse_v1]


def test_dangcongsan_sharepoint_version_reads_its_fixture_only():
    html = fetch(DCS_2025)
    article = dangcongsan.parse_v2(html, DCS_2025)
    assert article.parser == "dangcongsan/v2"
    assert article.title == DEV[DCS_2025]["title"]
    assert article.author == "TTXVN"  # b#tacgia "Theo TTXVN"
    with pytest.raises(ParseError, match="dangcongsan/v1"):
        dangcongsan.parse_v1(html, DCS_2025)


def test_dangcongsan_legacy_version_reads_its_fixture_only():
    html = fetch(DCS_LEGACY)
    article = dangcongsan.parse_v1(html, DCS_LEGACY)
    assert article.parser == "dangcongsan/v1"
    assert article.published_at == datetime(2023, 10, 26, 8, 0, tzinfo=VN)  # div.lbPublishedDate: no meta date
    with pytest.raises(ParseError, match="dangcongsan/v2"):
        dangcongsan.parse_v2(html, DCS_LEGACY)
    assert dangcongsan.parse_article(html, DCS_LEGACY).parser == "dangcongsan/v1"  # v2 tried first, v1 reads it


def test_parse_error_lists_every_version():
    page = "<html><head><title>x</title></head><body><p>Không có nội dung</p></body></html>"
    with pytest.raises(ParseError) as info:
        dangcongsan.parse_article(page, DCS_2025)
    assert "dangcongsan/v2" in str(info.value) and "dangcongsan/v1" in str(info.value)
    for module in (vnexpress, vietnamplus, quochoi, thanhhoa_portal):
        assert module.PARSERS
        with pytest.raises(ParseError, match=f"{module.NAME}/v1"):
            module.parse_article(page, "https://example.gov.vn/x.html")


def test_zce_cms_is_reusable_by_a_second_site():
    """nhandan/sggp/tienphong share vietnamplus's CMS: a Template is all a second site needs."""
    url = next(e["url"] for e in ENTRIES if e["source"] == "vietnamplus")
    other = zce.article_parser(zce.Template("nhandan", 1))
    article = other(fetch(url), url)
    assert article.parser == "nhandan/v1"
    assert article.body_paragraphs == BY_URL[url]["body"]


# --- publish dates in the future ------------------------------------------------------------------------


def _first(source: str) -> dict:
    return next(e for e in ENTRIES if e["source"] == source)


@pytest.mark.parametrize("source", MINE)
def test_page_whose_only_date_is_in_the_future_is_rejected(source):
    entry = _first(source)
    year = entry["published_at"][:4]
    html = fetch(entry["url"]).replace(year, "2099")
    with pytest.raises(ParseError, match="publish date in the future"):
        SITES[source].parse_article(html, entry["url"])


def test_a_future_meta_date_gives_way_to_the_visible_one():
    entry = _first("vnexpress")
    html = fetch(entry["url"]).replace(f'"{entry["published_at"]}"', '"2099-01-01T08:00:00+07:00"')
    assert "2099-01-01" in html
    article = vnexpress.parse_article(html, entry["url"])
    assert article.published_at.isoformat() == entry["published_at"]  # from span.date


def test_tomorrow_is_still_accepted():
    entry = _first("quochoi")
    soon = datetime.now(VN) + timedelta(hours=20)
    html = re.sub(r"\d\d/\d\d/\d{4} - \d\d:\d\d", f"{soon:%d/%m/%Y - %H:%M}", fetch(entry["url"]))
    assert quochoi.parse_article(html, entry["url"]).published_at == soon.replace(second=0, microsecond=0)


# --- listings, paging, feeds, sitemaps --------------------------------------------------------------------

CHAINS = {
    vnexpress: ["https://vnexpress.net/tin-tuc-24h", "https://vnexpress.net/tin-tuc-24h-p2",
                "https://vnexpress.net/tin-tuc-24h-p3"],
    vietnamplus: ["https://www.vietnamplus.vn/chinhtri.vnp", "https://www.vietnamplus.vn/chinhtri/trang2.vnp",
                  "https://www.vietnamplus.vn/chinhtri/trang3.vnp"],
    dangcongsan: ["https://dangcongsan.vn/noidung/tintuc/Lists/Tinhoatdong/View.aspx",
                  "https://dangcongsan.vn/noidung/tintuc/Lists/Tinhoatdong/View.aspx?Page=2",
                  "https://dangcongsan.vn/noidung/tintuc/Lists/Tinhoatdong/View.aspx?Page=3"],
    quochoi: ["https://quochoi.vn/tintuc/Pages/tin-hoat-dong-cua-quoc-hoi.aspx",
              "https://quochoi.vn/tintuc/Pages/tin-hoat-dong-cua-quoc-hoi.aspx?Page=2",
              "https://quochoi.vn/tintuc/Pages/tin-hoat-dong-cua-quoc-hoi.aspx?Page=3"],
    thanhhoa_portal: ["https://thanhhoa.gov.vn/portal/KenhTin/Hoat-dong-cua-lanh-dao-tinh.aspx",
                      "https://thanhhoa.gov.vn/portal/KenhTin/Hoat-dong-cua-lanh-dao-tinh.aspx?Page=2",
                      "https://thanhhoa.gov.vn/portal/KenhTin/Hoat-dong-cua-lanh-dao-tinh.aspx?Page=3"],
}


@pytest.mark.parametrize("module", list(CHAINS), ids=lambda m: m.NAME)
def test_next_listing_page_chain_stops_at_the_empty_page(module):
    chain = CHAINS[module]
    assert chain[0] in module.LISTINGS
    for page, url in enumerate(chain, 1):
        html = fetch(url)
        nxt = module.next_listing_page(url, html, page)
        assert nxt == (chain[page] if page < len(chain) else None)
        links = [link.url for link in module.parse_listing(html, url)]
        assert all(e["url"] in links for e in ENTRIES if e["listing_url"] == url)
        assert bool(links) or page == len(chain)
    # Page 1 lists the newest articles, page 2 an older one (dates from the manifest, not the pages;
    # links that the empty last page carries too are the sidebar's).
    published = {e["url"]: e["published_at"] for e in MANIFEST}
    sidebar = {link.url for link in module.parse_listing(fetch(chain[-1]), chain[-1])}
    first, second = ([published[link.url] for link in module.parse_listing(fetch(u), u)
                      if link.url in published and link.url not in sidebar] for u in chain[:2])
    assert first and second and max(second) < min(first)


@pytest.mark.parametrize("module", list(CHAINS), ids=lambda m: m.NAME)
def test_every_entry_point_is_served_with_robots(module):
    for url in module.FEEDS + module.SITEMAPS + module.LISTINGS:
        assert (REPLAY / replay_file_name(url)).is_file(), url
        assert site_for_url(url) is module
        assert module.next_listing_page(url, fetch(url), 1) is None or url in module.LISTINGS
        robots = (REPLAY / url.split("/")[2] / "robots.txt").read_text(encoding="utf-8")
        assert "User-agent: *" in robots and "Disallow: /admin/" in robots


def test_next_listing_page_is_none_for_feeds_sitemaps_and_articles():
    for module, url in [(vnexpress, "https://vnexpress.net/rss/tin-moi-nhat.rss"),
                        (vnexpress, "https://vnexpress.net/sitemap.xml"),
                        (vietnamplus, "https://www.vietnamplus.vn/rss/home.rss"),
                        (vietnamplus, "https://www.vietnamplus.vn/sitemaps/news-2025-11.xml")]:
        assert module.next_listing_page(url, fetch(url), 1) is None
    for e in ENTRIES:
        assert SITES[e["source"]].next_listing_page(e["url"], fetch(e["url"]), 1) is None


def test_dangcongsan_legacy_category_paging():
    page = ('<html><body><div class="w-list"><a class="item-title" href="/thoi-su/a-b-c-652130.html">A</a>'
            "</div></body></html>")
    assert dangcongsan.next_listing_page("https://dangcongsan.vn/thoi-su.html", page, 1) == \
        "https://dangcongsan.vn/thoi-su.html?page=2"
    assert dangcongsan.next_listing_page("https://dangcongsan.vn/thoi-su.html?page=2", page, 2) == \
        "https://dangcongsan.vn/thoi-su.html?page=3"
    empty = '<html><body><div class="w-list"></div><a href="/thoi-su/x-y-698812.html">sidebar</a></body></html>'
    assert dangcongsan.next_listing_page("https://dangcongsan.vn/thoi-su.html?page=3", empty, 3) is None


@pytest.mark.parametrize(("module", "index"), [(vnexpress, "https://vnexpress.net/sitemap.xml"),
                                               (vietnamplus, "https://www.vietnamplus.vn/sitemap.xml")],
                         ids=["vnexpress", "vietnamplus"])
def test_sitemap_index_children_and_article_links_with_dates(module, index):
    assert index in module.SITEMAPS
    text = fetch(index)
    assert module.parse_listing(text, index) == []  # an index lists sitemaps, not articles
    children = sitemap_children(text, index)
    mine = {e["url"]: e for e in ENTRIES if e["source"] == module.NAME}
    found = {}
    for child in children:
        assert child.published_at is not None and child.published_at.utcoffset() is not None
        for link in module.parse_listing(fetch(child.url), child.url):
            assert isinstance(link, Link)
            found[link.url] = link.published_at
            month = link.published_at.strftime("%Y-%m")
            assert month in child.url  # monthly children
    assert {u: d.isoformat() for u, d in found.items()} == {u: e["published_at"] for u, e in mine.items()}


@pytest.mark.parametrize(("module", "feed"), [(vnexpress, "https://vnexpress.net/rss/tin-moi-nhat.rss"),
                                              (vietnamplus, "https://www.vietnamplus.vn/rss/home.rss")],
                         ids=["vnexpress", "vietnamplus"])
def test_rss_links_carry_their_dates(module, feed):
    assert feed in module.FEEDS
    links = module.parse_listing(fetch(feed), feed)
    assert {link.url: link.published_at.isoformat() for link in links} == \
        {e["url"]: e["published_at"] for e in ENTRIES if e["source"] == module.NAME}


# --- URLs ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("module", "url", "expected"), [
    (vietnamplus, "https://www.vietnamplus.vn/abc-post1074521.vnp", True),
    (vietnamplus, "https://vietnamplus.vn/abc-post1074521.vnp", True),
    (vietnamplus, "https://www.vietnamplus.vn/chinhtri.vnp", False),
    (vietnamplus, "https://www.vietnamplus.vn/chinhtri/trang2.vnp", False),
    (dangcongsan, "https://dangcongsan.vn/thoi-su/abc-def-698812.html", True),
    (dangcongsan, "https://dangcongsan.vn/thoi-su.html", False),
    (dangcongsan, "https://dangcongsan.vn/noidung/tintuc/Lists/Tinhoatdong/View.aspx?Page=2", False),
    (quochoi, "https://quochoi.vn/tintuc/Pages/tin-hoat-dong-cua-quoc-hoi.aspx?ItemID=94817", True),
    (quochoi, "https://quochoi.vn/tintuc/Pages/tin-tong-hop.aspx?ItemID=94817", True),
    (quochoi, "https://quochoi.vn/tintuc/Pages/tin-hoat-dong-cua-quoc-hoi.aspx", False),
    (quochoi, "https://quochoi.vn/tintuc/Pages/tin-hoat-dong-cua-quoc-hoi.aspx?Page=2", False),
    (quochoi, "https://vietlaw.quochoi.vn/Pages/vbpq-toan-van.aspx?ItemID=1234", False),
    (vnexpress, "https://vnexpress.net/tin-tuc-24h-p2", False),
    (thanhhoa_portal, "https://namdinh.gov.vn/portal/pages/2025-02-18/Abc-def-468912.aspx", True),
    (thanhhoa_portal, "https://namdinh.gov.vn/portal/KenhTin/Tin-tuc-su-kien.aspx?Page=2", False),
])
def test_is_article_url(module, url, expected):
    assert module.is_article_url(url) is expected


def test_quochoi_articles_differ_only_by_their_query():
    urls = [e["url"] for e in ENTRIES if e["source"] == "quochoi"]
    assert len({u.split("?")[0] for u in urls}) == 1 and len(set(urls)) == 2
    assert len({replay_file_name(u) for u in urls}) == 2
    assert [e["text_from"] for e in ENTRIES if e["source"] == "quochoi"] == ["original", "original"]


@pytest.mark.parametrize(("url", "name"), [
    ("https://quochoi.vn/tintuc/Pages/x.aspx?ItemID=93615", "quochoi.vn/tintuc/Pages/x.aspx__ItemID=93615"),
    ("https://dangcongsan.vn/a/View.aspx?Page=2&b=c/d", "dangcongsan.vn/a/View.aspx__Page=2&b=c%2Fd"),
    ("https://vnexpress.net/tin-tuc-24h", "vnexpress.net/tin-tuc-24h"),
    ("https://www.vietnamplus.vn/", "www.vietnamplus.vn/index.html"),
])
def test_replay_file_name(url, name):
    assert replay_file_name(url) == name


@pytest.mark.parametrize(("url", "day"), [
    ("https://thanhhoa.gov.vn/portal/Pages/2025-7-3/Hoi-nghi-k8v2p1.aspx", datetime(2025, 7, 3, tzinfo=VN)),
    ("https://namdinh.gov.vn/portal/pages/2025-02-18/Abc-468912.aspx", datetime(2025, 2, 18, tzinfo=VN)),
    ("https://namdinh.gov.vn/portal/KenhTin/Tin-tuc-su-kien.aspx", None),
    ("https://example.gov.vn/portal/Pages/2025-7-3/X.aspx", None),
])
def test_portal_url_published_bounds_listings_only(url, day):
    assert thanhhoa_portal.url_published(url) == day
    for link in thanhhoa_portal.parse_listing(fetch(CHAINS[thanhhoa_portal][0]), CHAINS[thanhhoa_portal][0]):
        assert link.published_at == thanhhoa_portal.url_published(link.url)


# --- the portal platform: a second province is one HOSTS line -------------------------------------------------


def test_second_province_is_served_by_the_portal_module_from_config_alone():
    url = next(e["url"] for e in ENTRIES if "namdinh.gov.vn" in e["url"])
    assert "/portal/pages/2025-02-18/" in url and re.search(r"-\d+\.aspx$", url)  # the padded, numeric-id variant
    assert site_for_url(url) is thanhhoa_portal
    article = thanhhoa_portal.parse_article(fetch(url), url)
    assert article.body_paragraphs == ORIGINAL[url]["body"] and article.extra["host"] == "namdinh.gov.vn"
    listing = "https://namdinh.gov.vn/portal/KenhTin/Tin-tuc-su-kien.aspx"
    assert listing in thanhhoa_portal.LISTINGS
    assert [link.url for link in thanhhoa_portal.parse_listing(fetch(listing), listing)] == [url]
    source = Path(thanhhoa_portal.__file__).read_text(encoding="utf-8").splitlines()
    assert [line.strip() for line in source if "namdinh" in line] == ['"namdinh.gov.vn": ("Tin-tuc-su-kien",),']


def test_district_sites_are_served_as_subdomains():
    for e in ENTRIES:
        if e["source"] == "thanhhoa_portal":
            host = e["url"].split("/")[2]
            assert host in thanhhoa_portal.HOSTS
            assert site_for_url(e["url"]) is thanhhoa_portal


def test_each_site_reads_only_its_own_pages():
    """These five modules reject every other site's replay article, and the other modules reject theirs."""
    for e in MANIFEST:
        path = REPLAY / replay_file_name(e["url"])
        if not path.is_file() or "quirk" in e:
            continue
        html = path.read_text(encoding="utf-8")
        for name, module in SITES.items():
            if name == e["source"] or (name not in MINE and e["source"] not in MINE):
                continue
            with pytest.raises(ParseError):
                module.parse_article(html, e["url"])
