"""The landing zone and `vngov load`: nothing lost, nothing loaded twice."""

import gzip

from conftest import query
from vngov import config
from vngov.landing import LandingWriter, page_record, reject_record
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
