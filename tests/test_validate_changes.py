"""A build validates what changed since the last validation, and loses nothing by it.

- The rows read are those of the scopes the build replaced: a day's article makes a few rows of
  each mart, not the whole history, and a build with nothing new reads none of a mart's rows.
- A row quarantined by an earlier build and not changed since stays quarantined (left out of the
  publish), and one the new build reads again is judged again.
- Uniqueness is still about the whole table: a key repeated in rows no build touched is found.
- A suite that changed since (a new expectation) reads every row again.
"""

from __future__ import annotations

import json
import shutil

import duckdb
import pytest

from conftest import expectations_with, query, run_vngov

pytestmark = pytest.mark.slow

NEW_ARTICLE = {
    "url": "https://baochinhphu.vn/thu-tuong-hop-ve-ha-tang-102261201.htm",
    "source": "baochinhphu",
    "title": "Thủ tướng họp về các dự án hạ tầng",
    "published_at": "2026-12-01T09:00:00+07:00",
    "text": "Sáng 1/12, Thủ tướng chủ trì cuộc họp Thường trực Chính phủ về các dự án hạ tầng.\n\n"
            "Thủ tướng giao Bộ Xây dựng hoàn thành thủ tục đầu tư trước ngày 31/12/2026.\n\n"
            "Thủ tướng yêu cầu Ủy ban nhân dân các tỉnh bàn giao mặt bằng trong quý I/2027.",
}

# Stand-in for hostile text that got through extraction: a row-level rule some directives fail.
RULE = {"type": "expect_column_values_to_not_match_regex",
        "kwargs": {"column": "evidence_text", "regex": "Bộ"}, "meta": {"severity": "critical"}}


def _report(home) -> dict:
    return json.loads((home / "validation.json").read_text("utf-8"))


def _quarantined(report, table="marts.fct_directives") -> set:
    return {q["key"] for q in report["quarantine"] if q["table"] == table}


def _import(home, tmp_path, articles) -> None:
    path = tmp_path / "day.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), "utf-8")
    run_vngov(home, "import", str(path))
    run_vngov(home, "load")


def test_a_build_reads_what_changed_and_keeps_the_quarantine_of_what_did_not(replay_chain, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(replay_chain, home)
    wh, pub = home / "warehouse.duckdb", home / "published.duckdb"
    exp = str(expectations_with(tmp_path / "expectations", "fct_directives", RULE))

    run_vngov(home, "build", VNGOV_EXPECTATIONS_DIR=exp)  # a new suite: every row is read
    first = _report(home)
    (total,) = query(wh, "select count(*) from marts.fct_directives")[0]
    assert first["read"]["marts.fct_directives"] == total
    bad = _quarantined(first)
    assert bad and len(bad) < total

    _import(home, tmp_path, [NEW_ARTICLE])
    run_vngov(home, "build", VNGOV_EXPECTATIONS_DIR=exp)
    second = _report(home)
    new = {r[0] for r in query(wh, "select directive_id from marts.fct_directives where article_url = ?",
                               [NEW_ARTICLE["url"]])}
    assert len(new) == 2
    read = second["read"]
    assert 2 <= read["marts.fct_directives"] < total / 4  # the new article's event, not history
    assert read["marts.dim_articles"] < 5 and read["raw.pages"] == 1
    assert read["marts.dim_agencies"] == query(wh, "select count(*) from marts.dim_agencies")[0][0]
    new_bad = {d for (d,) in query(wh, "select directive_id from marts.fct_directives "
                                       "where article_url = ? and evidence_text like '%Bộ%'",
                                   [NEW_ARTICLE["url"]])}
    assert len(new_bad) == 1
    assert _quarantined(second) == bad | new_bad  # the earlier ones carried over, unread
    assert query(pub, "select count(*) from marts.fct_directives where evidence_text like '%Bộ%'") == [(0,)]
    assert query(pub, "select count(*) from marts.fct_directives where article_url = ?",
                 [NEW_ARTICLE["url"]]) == [(1,)]

    run_vngov(home, "build", VNGOV_EXPECTATIONS_DIR=exp)  # nothing new
    third = _report(home)
    assert third["read"]["marts.fct_directives"] == 0 and third["read"]["marts.fct_meetings"] == 0
    assert _quarantined(third) == bad | new_bad and third["passed"]

    # the same page fixed by its site: its directive is read again and published
    fixed = dict(NEW_ARTICLE, text=NEW_ARTICLE["text"].replace("Bộ Xây dựng", "Ủy ban nhân dân Thành phố Hà Nội"))
    _import(home, tmp_path, [fixed])
    run_vngov(home, "build", VNGOV_EXPECTATIONS_DIR=exp)
    assert _quarantined(_report(home)) == bad
    assert query(pub, "select count(*) from marts.fct_directives where article_url = ?",
                 [NEW_ARTICLE["url"]]) == [(2,)]


def test_a_key_repeated_in_rows_no_build_touched_still_stops_publishing(replay_chain, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(replay_chain, home)
    run_vngov(home, "build")  # nothing new: reads no mart row
    assert _report(home)["read"]["marts.fct_meetings"] == 0
    con = duckdb.connect(str(home / "warehouse.duckdb"))  # as a faulty model would leave it
    con.execute("insert into marts.fct_meetings select * from marts.fct_meetings limit 1")
    con.close()
    proc = run_vngov(home, "build", "--only", "validate", check=False)
    assert proc.returncode != 0 and "published copy left unchanged" in proc.stderr
    report = _report(home)
    assert ("marts.fct_meetings", "expect_column_values_to_be_unique") in {
        (f["suite"], f["expectation"]) for f in report["failures"] if f["severity"] == "critical"}
    assert report["read"]["marts.fct_meetings"] == 2  # the two rows of the repeated key
