"""`vngov import`: JSONL and WARC files land as articles; bad lines land as rejects."""

import io
import json

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import query
from vngov import config
from vngov.importer import import_file
from vngov.load import load

BODY = ("Chiều 7.11, Thủ tướng Phạm Minh Chính chủ trì Phiên họp Chính phủ thường kỳ tháng 10. "
        "Thủ tướng yêu cầu Bộ Tài chính hoàn thành báo cáo trước ngày 20/11/2025.")


def _jsonl(tmp_path, rows):
    path = tmp_path / "articles.jsonl"
    path.write_bytes(b"\n".join(r if isinstance(r, bytes) else json.dumps(r, ensure_ascii=False)
                                .encode() for r in rows))
    return path


def test_jsonl_lines_land_and_bad_lines_are_rejected_with_their_bytes(home, tmp_path):
    good = {"url": "https://vietnamplus.vn/hop-chinh-phu-post1.vnp", "source": "vietnamplus",
            "published_at": "2025-11-07T18:30:00+07:00", "title": "Phiên họp Chính phủ",
            "text": BODY}
    no_offset = dict(good, url="https://x.vn/2", published_at="2025-11-07T18:30:00")
    no_body = {"url": "https://x.vn/3", "published_at": "2025-11-07T18:30:00+07:00"}
    path = _jsonl(tmp_path, [good, b"{not json", no_offset, no_body])

    report = import_file(path)
    assert (report.articles, report.rejects) == (1, 3)
    load()
    db = config.warehouse_path()
    rows = query(db, "select source, title, body_text, parser, published_at from raw.pages")
    assert len(rows) == 1
    source, title, body, parser, published = rows[0]
    assert (source, title, body, parser) == ("vietnamplus", "Phiên họp Chính phủ", BODY, "import:text")
    assert published.isoformat().startswith("2025-11-07T11:30:00")  # stored as an instant

    rejects = query(db, "select reason, body from raw.rejects order by reason")
    reasons = [r for r, _ in rejects]
    assert any("line 2" in r for r in reasons)
    assert any("no UTC offset" in r for r in reasons)
    assert any("neither 'html' nor 'text'" in r for r in reasons)
    assert b"{not json" in [bytes(b) for _, b in rejects]


def test_import_without_source_uses_the_host(home, tmp_path):
    path = _jsonl(tmp_path, [{"url": "https://www.quochoi.vn/tin/1", "text": BODY,
                              "published_at": "2025-11-07T18:30:00+07:00"}])
    import_file(path)
    load()
    assert query(config.warehouse_path(), "select source from raw.pages") == [("quochoi.vn",)]


def test_warc_response_records_are_parsed(home, tmp_path):
    html = ("<html><head><meta property='article:published_time' "
            "content='2025-11-07T18:30:00+07:00'><title>Họp</title></head><body><article>"
            f"<h1>Phiên họp Chính phủ</h1><p>{BODY}</p><p>{BODY}</p></article></body></html>")
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                               protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        "https://example.gov.vn/hop.html", "response",
        payload=io.BytesIO(html.encode()), http_headers=headers))
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(buf.getvalue())

    report = import_file(path)
    assert (report.articles, report.rejects) == (1, 0)
    load()
    rows = query(config.warehouse_path(), "select url, parser, body_text from raw.pages")
    assert rows[0][0] == "https://example.gov.vn/hop.html"
    assert rows[0][1] == "trafilatura"
    assert "Phạm Minh Chính" in rows[0][2]
