"""Generated input, valid and broken, fed to `vngov import` (issue 9).

Properties:
- every JSONL line and every WARC response record ends as exactly one article, one reject or
  (WARC only) one skipped non-article response, and the printed counts say so;
- importing and loading the same file again adds nothing;
- a build after any mix of such input passes validation (no imported row can fail a critical
  set-level check) and publishes the good articles.

Fast properties run many examples in-process; the build runs on one large generated file.
"""

from __future__ import annotations

import gzip
import io
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from conftest import query, run_vngov
from vngov.importer import import_file
from vngov.landing import iter_part_files

HOSTS = ["baochinhphu.vn", "nld.com.vn", "vnexpress.net", "example.vn", "trieuson.thanhhoa.gov.vn"]
SENTENCES = [
    "Sáng 12/3, Thủ tướng Phạm Minh Chính chủ trì phiên họp Chính phủ thường kỳ tháng 2.",
    "Thủ tướng giao Bộ Tài chính hoàn thành trước ngày 25/4/2025 việc sửa đổi nghị định.",
    "Phó Thủ tướng Trần Hồng Hà yêu cầu Bộ Xây dựng khẩn trương hoàn thiện hồ sơ trong quý II/2025.",
    "Chiều 5/3, Ban Chỉ đạo quốc gia về chuyển đổi số họp phiên thứ ba.",
    "Chủ tịch UBND tỉnh đề nghị các sở, ngành rà soát thủ tục hành chính, xong trước ngày 30/6/2025.",
    "Tham dự có lãnh đạo các bộ, ngành và địa phương liên quan.",
    "hi88 com nhà cái uy tín",  # injected spam, as real pages carry it
    "<script>alert(1)</script>",
    "Thu\u0309 tu\u031bo\u031b\u0301ng",  # decomposed tone marks (not NFC)
    "a\x00b",
    "",
]

ANY_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                 max_size=3),
    max_leaves=5)


@st.composite
def published_at(draw):
    if draw(st.integers(0, 9)) == 0:  # broken or out of range
        return draw(st.sampled_from([None, "", "yesterday", "2025-13-01T00:00:00+07:00",
                                     "2025-02-30", "2025-03-01T08:00:00", "9999-12-31T23:00:00-05:00",
                                     "0001-01-01T00:00:00+07:00", "1900-01-01T00:00:00+07:00",
                                     "2030-01-01T00:00:00+07:00", 20250301, ["2025"]]))
    day = datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=7))) + timedelta(
        minutes=draw(st.integers(0, 60 * 24 * 365 * 5)))
    return day.isoformat()


@st.composite
def jsonl_line(draw, index: int = 0):
    """One line: mostly a plausible article, often with one field broken, sometimes garbage."""
    roll = draw(st.integers(0, 19))
    if roll == 0:
        return draw(st.binary(max_size=60)).replace(b"\n", b" ")
    if roll == 1:
        return json.dumps(draw(ANY_JSON)).encode()
    host = draw(st.sampled_from(HOSTS))
    obj = {"url": f"https://{host}/bai-{draw(st.integers(0, 10**6))}-{index}.htm",
           "published_at": draw(published_at()),
           "text": " ".join(draw(st.lists(st.sampled_from(SENTENCES), min_size=0, max_size=6)))}
    if draw(st.booleans()):
        obj["source"] = draw(st.sampled_from(["baochinhphu", "nld", "..", ".", "a/b", "x" * 300,
                                              "Upper", 7, None]))
    if draw(st.booleans()):
        obj["title"] = draw(st.one_of(st.text(max_size=30), ANY_JSON))
    if roll == 2:
        obj["html"] = draw(st.sampled_from([
            "<html><head><title>T</title></head><body><article><p>" + SENTENCES[1]
            + "</p></article></body></html>", "<html><body>", 3, ["<p>"]]))
    if roll in (3, 4):  # one field replaced by anything at all
        obj[draw(st.sampled_from(["url", "published_at", "text", "title", "source", "html"]))] = \
            draw(ANY_JSON)
    if roll == 5:
        obj["url"] = draw(st.sampled_from(["http://", "ftp://x.vn/a", "x.vn/a", "https:// a",
                                           "javascript:alert(1)", "https://" + "a" * 5000]))
    return json.dumps(obj, ensure_ascii=draw(st.booleans())).encode()


@st.composite
def jsonl_file(draw, max_lines: int = 12):
    n = draw(st.integers(1, max_lines))
    lines = [draw(jsonl_line(i)) for i in range(n)]
    blanks = draw(st.lists(st.integers(0, n), max_size=2))
    for at in sorted(blanks, reverse=True):
        lines.insert(at, b"   ")
    return lines


def _landed(home: Path) -> list[dict]:
    records = []
    for part in iter_part_files(home / "landing"):
        with gzip.open(part, "rt", encoding="utf-8") as fh:
            records += [json.loads(line) for line in fh]
    return records


FAST = settings(max_examples=60, deadline=None, derandomize=False,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


@FAST
@given(lines=jsonl_file())
def test_every_jsonl_line_ends_as_one_article_or_one_reject(lines, tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("gen")
    monkeypatch.setenv("VNGOV_HOME", str(home))
    path = home / "in.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    report = import_file(path)
    landed = _landed(home)
    real_lines = [line for line in lines if line.strip()]
    assert report.articles + report.rejects == len(real_lines) == len(landed)
    assert report.skipped == 0
    assert sum(r["kind"] == "page" for r in landed) == report.articles
    for r in landed:  # every landing folder is inside landing/ and every reject says why
        assert r["kind"] in ("page", "reject")
        if r["kind"] == "reject":
            assert r["reason"] and "\n" not in r["reason"]
    for folder in (home / "landing").iterdir() if landed else ():
        assert folder.resolve().parent == (home / "landing").resolve()


def _warc(records: list[tuple[str, int, dict, bytes]]) -> tuple[bytes, list[int]]:
    """An uncompressed WARC of response records, and the offset where each record's payload
    ends (the 4-byte blank line after it carries nothing: a file cut there lost no data)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    ends = []
    for url, status, headers, body in records:
        http = StatusAndHeaders(f"{status} X", list(headers.items()), protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                      http_headers=http))
        ends.append(buf.tell() - 4)
    return buf.getvalue(), ends


ARTICLE_HTML = ("<html><head><meta property='article:published_time' "
                "content='2025-03-12T09:00:00+07:00'><title>Họp Chính phủ</title></head><body>"
                "<article><h1>Họp Chính phủ</h1><p>{}</p></article></body></html>")


@st.composite
def warc_records(draw):
    out = []
    for i in range(draw(st.integers(1, 6))):
        host = draw(st.sampled_from(HOSTS))
        url = draw(st.sampled_from([f"https://{host}/bai-{i}-1025{i:06d}.htm", f"https://{host}/",
                                    f"https://{host}/robots.txt", f"https://{host}/rss/home.rss"]))
        status = draw(st.sampled_from([200, 200, 200, 301, 404, 500]))
        body = draw(st.sampled_from([
            ARTICLE_HTML.format(" ".join(SENTENCES[:3])).encode(),
            ARTICLE_HTML.format(SENTENCES[1]).encode("windows-1258", "replace"),
            b"%PDF-1.4 ...", b"", b"<rss><channel></channel></rss>", b"User-agent: *"]))
        ctype = draw(st.sampled_from(["text/html; charset=utf-8", "text/html", "application/pdf",
                                      "text/plain"]))
        out.append((url, status, {"Content-Type": ctype}, body))
    return out


@FAST
@given(records=warc_records(), cut_at=st.one_of(st.none(), st.floats(0.05, 0.99)))
def test_every_warc_response_ends_as_one_article_reject_or_skip(records, cut_at,
                                                                tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("genwarc")
    monkeypatch.setenv("VNGOV_HOME", str(home))
    data, ends = _warc(records)
    cut = len(data) if cut_at is None else int(len(data) * cut_at)
    path = home / "in.warc"
    path.write_bytes(data[:cut])
    report = import_file(path)
    landed = _landed(home)
    assert report.articles + report.rejects == len(landed)
    whole = sum(end <= cut for end in ends)  # records the cut left complete
    cut_short = int(cut < len(data))
    assert whole <= report.articles + report.rejects + report.skipped <= whole + cut_short
    # the record the file ends inside is never an article
    whole_urls = [url for (url, *_), end in zip(records, ends) if end <= cut]
    assert all(r["url"] in whole_urls for r in landed if r["kind"] == "page")


# A build takes seconds: two generated files per run, no shrinking (a failure prints the
# example and a blob that `@reproduce_failure` replays).
BUILD = settings(max_examples=2, deadline=None, phases=[Phase.generate], print_blob=True,
                 suppress_health_check=list(HealthCheck))


@pytest.mark.slow
@BUILD
@given(lines=st.lists(jsonl_line(), min_size=150, max_size=250))
def test_a_build_after_generated_input_publishes_the_good_rows_and_rerunning_adds_nothing(
        lines, tmp_path_factory):
    work = tmp_path_factory.mktemp("genbuild")
    path = work / "gen.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    home = work / "home"
    first = run_vngov(home, "import", str(path)).stdout
    run_vngov(home, "load")
    proc = run_vngov(home, "build", check=False)
    assert proc.returncode == 0, f"build failed\n{proc.stdout[-2000:]}\n{proc.stderr[-3000:]}"
    assert "validation passed" in proc.stdout
    articles = int(first.split("imported ")[1].split()[0])
    published = query(home / "published.duckdb", "select count(*) from marts.dim_articles")[0][0]
    wh = home / "warehouse.duckdb"
    # every article the door let in is published (articles only leave by quarantine)
    in_raw = query(wh, "select count(distinct url) from raw.pages")[0][0]
    quarantined = json.loads((home / "validation.json").read_text("utf-8"))["quarantine"]
    left_out = {q["key"] for q in quarantined if q["table"] == "marts.dim_articles"}
    assert published == in_raw - len(left_out) and in_raw <= articles

    counts = lambda: query(wh, "select (select count(*) from raw.pages), "  # noqa: E731
                               "(select count(*) from raw.rejects)")[0]
    before = counts()
    assert "already imported" in run_vngov(home, "import", str(path)).stdout
    run_vngov(home, "import", "--again", str(path))  # landed again: the rows are the same
    run_vngov(home, "load")
    assert counts() == before, "importing and loading the same file again added rows"
