"""The landing zone and `vngov load`: nothing lost, nothing loaded twice."""

import gzip
import hashlib
import json

import duckdb

from conftest import query
from vngov import config
from vngov.landing import LandingWriter, page_record, reject_record, sha256
from vngov.load import load

ARTICLE = {"title": "Họp Chính phủ", "lead": None, "author": None, "parser": "nld/v1",
           "body_text": "Sáng 5/3, Thủ tướng chủ trì phiên họp.",
           "published_at": "2025-03-05T08:19:00+07:00"}


def _land(source="nld", run_id="20250305T000000Z", n_pages=2):
    with LandingWriter(source, run_id) as w:
        for i in range(n_pages):
            w.write(page_record(url=f"https://nld.com.vn/a-{i}.htm", source=source, run_id=run_id,
                                status=200, headers={"Content-Type": "text/html"},
                                html=f"<p>{i}</p>", page_type="article", article=ARTICLE))
        w.write(reject_record(url="https://nld.com.vn/gone.htm", source=source, run_id=run_id,
                              stage="fetch", reason="HttpError: 404", body=b"<h1>404</h1>",
                              status=404))


def test_landing_files_appear_only_when_complete(home):
    w = LandingWriter("nld", "r1")
    w.write(page_record(url="https://nld.com.vn/a.htm", source="nld", run_id="r1", status=200,
                        headers={}, html="<p/>", page_type="listing"))
    run_dir = config.landing_dir() / "nld" / "r1"
    assert not list(run_dir.glob("*.jsonl.gz")), "a half-written part must not be visible"
    w.close({"fetched": 1})
    assert [p.name for p in run_dir.glob("*.jsonl.gz")] == ["part-00001.jsonl.gz"]
    assert (run_dir / "_run.json").exists()


def test_load_is_idempotent_and_keeps_rejects_with_bytes(home):
    _land()
    first = load()
    assert (first.pages_added, first.rejects_added, first.files_loaded) == (2, 1, 1)
    again = load()
    assert (again.pages_added, again.rejects_added, again.files_skipped) == (0, 0, 1)

    db = config.warehouse_path()
    assert query(db, "select count(*) from raw.pages")[0][0] == 2
    stage, reason, status, body = query(db, "select stage, reason, http_status, body from raw.rejects")[0]
    assert (stage, status, bytes(body)) == ("fetch", 404, b"<h1>404</h1>")
    assert "404" in reason
    assert query(db, "select source, run_id from raw.crawl_runs") == [("nld", "20250305T000000Z")]


def test_same_content_under_a_new_run_adds_nothing(home):
    _land(run_id="20250305T000000Z")
    _land(run_id="20250306T000000Z")  # a retried crawl fetching identical pages
    report = load()
    assert report.files_loaded == 2
    assert query(config.warehouse_path(), "select count(*) from raw.pages")[0][0] == 2


def test_a_failure_met_again_stays_one_row_that_names_the_latest_run(home):
    _land(run_id="20250305T000000Z")
    load()
    _land(run_id="20250306T000000Z")  # the same 404 the next day
    assert load().rejects_added == 0
    assert query(config.warehouse_path(), "select run_id from raw.rejects") == [("20250306T000000Z",)]


def test_unreadable_landing_file_is_recorded_and_others_still_load(home):
    _land(run_id="20250305T000000Z")
    broken = config.landing_dir() / "nld" / "20250307T000000Z" / "part-00001.jsonl.gz"
    broken.parent.mkdir(parents=True)
    broken.write_bytes(gzip.compress(b'{"kind": "page", "url": \n'))
    report = load()
    assert report.pages_added == 2
    assert report.failed_files == ["nld/20250307T000000Z/part-00001.jsonl.gz"]
    stage, reason, body = query(config.warehouse_path(),
                                "select stage, reason, body from raw.rejects where stage='load'")[0]
    assert "unreadable landing file" in reason
    assert bytes(body) == broken.read_bytes()


def _land_article(run_id, article, html="<p>0</p>", fetched_at="2025-03-05T01:00:00+00:00",
                  parsed_at=None):
    with LandingWriter("nld", run_id) as w:
        w.write(page_record(url="https://nld.com.vn/a-0.htm", source="nld", run_id=run_id,
                            status=200, headers={}, html=html, page_type="article",
                            article=article, fetched_at=fetched_at, parsed_at=parsed_at))


def test_a_changed_parse_of_the_same_html_adds_a_row_an_identical_parse_does_not(home):
    _land_article("20250305T000000Z", ARTICLE, parsed_at="2025-03-05T01:00:01+00:00")
    _land_article("reparse-1", ARTICLE, parsed_at="2025-04-01T00:00:00+00:00")  # same parse
    assert load().pages_added == 1
    fixed = dict(ARTICLE, title=ARTICLE["title"] + " (sửa)")
    _land_article("reparse-2", fixed, parsed_at="2025-04-02T00:00:00+00:00")
    assert load().pages_added == 1, "a parser fix applied to the same HTML is a new row"
    rows = query(config.warehouse_path(),
                 "select title, parsed_at is not null, article_sha256 is not null "
                 "from raw.pages order by parsed_at")
    assert rows == [(ARTICLE["title"], True, True), (fixed["title"], True, True)]


def test_a_listing_keeps_its_key_of_url_and_content(home):
    with LandingWriter("nld", "r1") as w:
        w.write(page_record(url="https://nld.com.vn/thoi-su.htm", source="nld", run_id="r1",
                            status=200, headers={}, html="<ul/>", page_type="listing"))
    load()
    (page_id,) = query(config.warehouse_path(), "select page_id from raw.pages")[0]
    # Rows loaded before parses were hashed keep matching: a listing has no parse to hash.
    assert page_id == hashlib.md5(b"https://nld.com.vn/thoi-su.htm|" +
                                  sha256("<ul/>").encode()).hexdigest()


OLD_SCHEMA = """
create schema raw;
create table raw.pages (
    page_id varchar primary key, url varchar not null, source varchar not null, run_id varchar,
    fetched_at timestamptz, http_status integer, headers json, html varchar,
    content_sha256 varchar, page_type varchar not null, title varchar, lead varchar,
    author varchar, body_text varchar, published_at timestamptz, parser varchar,
    loaded_at timestamptz default current_timestamp);
create table raw.crawl_runs (
    run_id varchar, source varchar, started_at timestamptz, finished_at timestamptz,
    discovered integer, fetched integer, parsed integer, fallback_parsed integer,
    rejected integer, skipped_old integer, finish_reason varchar,
    primary key (run_id, source));
insert into raw.pages (page_id, url, source, page_type)
    values ('old', 'https://x.vn/a', 'x', 'listing');
"""


def test_a_warehouse_from_before_the_new_columns_keeps_loading(home):
    home.mkdir(parents=True)
    con = duckdb.connect(str(config.warehouse_path()))
    con.execute(OLD_SCHEMA)
    con.close()
    _land()
    assert load().pages_added == 2
    db = config.warehouse_path()
    assert query(db, "select count(*) from raw.pages where page_id = 'old'")[0][0] == 1
    assert query(db, "select count(*) from raw.pages where parsed_at is not null")[0][0] == 2
    assert query(db, "select count(*) from raw.crawl_runs where known is null")[0][0] == 1


def test_run_counts_load_with_the_new_fields_and_without_them(home):
    _land(run_id="20250305T000000Z")  # an older _run.json: none of the new keys
    LandingWriter("nld", "20250306T000000Z").close()  # a run that landed nothing
    run_file = config.landing_dir() / "nld" / "20250306T000000Z" / "_run.json"
    run = json.loads(run_file.read_text("utf-8"))
    run.update(known=7, listing_pages=3, new_articles=2, alarm="nld: no links")
    run_file.write_text(json.dumps(run), "utf-8")
    load()
    assert query(config.warehouse_path(),
                 "select run_id, known, listing_pages, new_articles, alarm from raw.crawl_runs "
                 "order by run_id") == [("20250305T000000Z", None, None, None, None),
                                        ("20250306T000000Z", 7, 3, 2, "nld: no links")]


def test_a_30_mb_page_loads(home):
    html = "<p>" + "Chính phủ họp. " * (30 * 1024 * 1024 // 16) + "</p>"
    assert len(html.encode()) > 30 * 1024 * 1024
    _land_article("20250305T000000Z", ARTICLE, html=html)
    report = load()
    assert (report.pages_added, report.failed_files) == (1, [])
    assert query(config.warehouse_path(), "select length(html) from raw.pages")[0][0] == len(html)
