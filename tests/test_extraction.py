"""The extraction stage (vngov/extraction.py): partitions in separate processes find exactly what
one process finds; a killed partition resumes; an unfinished batch is not loaded; a change of the
rules re-extracts; one failing article does not stop its batch."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from conftest import REPO, query, run_vngov

sys.path.insert(0, str(REPO / "bench"))
from corpus import write_jsonl  # noqa: E402

FACT_COLUMNS = ("page_id, extractor_version, clean_text, quality_flags, fingerprint, "
                "facts::varchar, extraction_error")


def _home_with_articles(root: Path, n: int, seed: int = 3) -> Path:
    home = root / "home"
    corpus = root / "corpus.jsonl"
    write_jsonl(corpus, n, seed)
    run_vngov(home, "import", str(corpus))
    run_vngov(home, "load")
    return home


def _extractions(home: Path) -> set:
    rows = query(home / "warehouse.duckdb", f"select {FACT_COLUMNS} from raw.extractions")
    return {repr(row) for row in rows}  # repr: the lists in a row are not hashable


@pytest.fixture(scope="module")
def loaded(tmp_path_factory) -> Path:
    """A warehouse with 1,100 generated articles loaded and none extracted: tests copy it."""
    return _home_with_articles(tmp_path_factory.mktemp("extraction"), 1100)


def _copy(loaded: Path, tmp_path: Path) -> Path:
    home = tmp_path / "home"
    shutil.copytree(loaded, home)
    return home


@pytest.mark.slow
def test_two_processes_find_exactly_what_one_process_finds(loaded, tmp_path):
    one, two = _copy(loaded, tmp_path / "one"), _copy(loaded, tmp_path / "two")
    out_one = run_vngov(one, "extract", "--partitions", "1").stdout
    out_two = run_vngov(two, "extract", "--partitions", "2").stdout
    assert "1100 pages in 1 partition " in out_one
    assert "1100 pages in 2 partitions" in out_two
    facts = _extractions(one)
    assert len(facts) == 1100
    assert facts == _extractions(two)
    directives = sum(len(json.loads(f)["directives"]) for (f,) in query(
        one / "warehouse.duckdb", "select facts::varchar from raw.extractions"))
    assert directives > 3 * 1100, "the generated articles state 3-8 directives each"

    # ... and so do the marts built on them.
    for home in (one, two):
        run_vngov(home, "build", "--only", "dbt")
    for table, key in (("fct_directives", "directive_id"), ("fct_deadlines", "deadline_id"),
                       ("fct_meetings", "meeting_id"), ("dim_documents", "document_id")):
        sql = f"select * from marts.{table} order by {key}"
        rows_one = query(one / "warehouse.duckdb", sql)
        assert rows_one, table
        assert rows_one == query(two / "warehouse.duckdb", sql), table


def test_plan_splits_by_page_and_skips_what_is_extracted(loaded, tmp_path, monkeypatch):
    from vngov import extraction
    from vngov.warehouse import connect

    home = _copy(loaded, tmp_path)
    monkeypatch.setenv("VNGOV_HOME", str(home))
    with connect() as con:
        batch = extraction.plan(con, partitions=3)
    assert sorted(batch.partitions) == [0, 1, 2] and batch.pages == 1100
    assert min(batch.partitions.values()) > 250, "page_id hashes spread the pages evenly"
    for k in batch.partitions:
        extraction.run_partition(batch, k)
    with connect() as con:
        assert extraction.load_batch(con, batch) == 1100
        assert extraction.load_batch(con, extraction.Batch.open(batch.batch_id)) == 0  # again: no-op
        again = extraction.plan(con)
    assert again.pages == 0 and again.partitions == {}
    assert not (batch.folder / "input").exists(), "a loaded batch keeps only batch.json"


def test_an_unfinished_batch_is_refused_and_a_rerun_resumes_its_chunks(loaded, tmp_path,
                                                                        monkeypatch):
    from vngov import extraction
    from vngov.warehouse import connect

    home = _copy(loaded, tmp_path)
    monkeypatch.setenv("VNGOV_HOME", str(home))
    monkeypatch.setattr(extraction, "CHUNK", 100)
    with connect() as con:
        batch = extraction.plan(con, partitions=2)
    extraction.run_partition(batch, 0)
    with connect() as con, pytest.raises(extraction.ExtractionFailed) as failed:
        extraction.load_batch(con, batch)
    assert f"partition 1 (0 of {batch.partitions[1]} pages) not finished" in str(failed.value)
    assert f"vngov extract partition {batch.batch_id} K" in str(failed.value)

    # A partition killed after some chunks: the complete ones are kept, the rest done.
    chunks = sorted(batch.output_dir(0).glob("chunk-*.parquet"))
    assert len(chunks) == -(-batch.partitions[0] // 100)
    kept = chunks[0].stat().st_mtime_ns
    for chunk in chunks[2:]:
        chunk.unlink()
    assert extraction.run_partition(batch, 0) == batch.partitions[0] - 200
    assert chunks[0].stat().st_mtime_ns == kept

    # `vngov extract` finishes the unloaded batch first, then plans what is left (nothing).
    report = extraction.extract()
    assert report.pages == 1100
    assert extraction.Batch.open(batch.batch_id).loaded_at


def test_changed_rules_re_extract_every_page(loaded, tmp_path, monkeypatch):
    from vngov import extraction

    home = _copy(loaded, tmp_path)
    monkeypatch.setenv("VNGOV_HOME", str(home))
    assert extraction.extract().pages == 1100
    assert extraction.extract().pages == 0
    # A gazetteer is part of the rules: a copy of the dbt project with one more agency alias.
    dbt_dir = tmp_path / "dbt_project"
    shutil.copytree(REPO / "dbt_project", dbt_dir, ignore=shutil.ignore_patterns("target", "logs"))
    with open(dbt_dir / "seeds" / "abbreviations.csv", "a", encoding="utf-8") as fh:
        fh.write("BKHX,Ban Kiểm tra Xã,agency,written for this test\n")
    before = extraction.extractor_version()
    monkeypatch.setenv("VNGOV_DBT_DIR", str(dbt_dir))
    assert extraction.extractor_version() != before
    assert extraction.extract().pages == 1100
    versions = {v for (v,) in query(home / "warehouse.duckdb",
                                    "select distinct extractor_version from raw.extractions")}
    assert versions == {extraction.extractor_version()}


def test_an_article_that_breaks_the_rules_is_flagged_and_the_batch_goes_on(tmp_path, monkeypatch):
    from vngov import extraction
    import vngov.extract

    home = _home_with_articles(tmp_path, 30)
    monkeypatch.setenv("VNGOV_HOME", str(home))
    real = vngov.extract.extract_article

    def fragile(text, published, title=None):
        if (title or "").startswith("Thủ tướng"):
            raise ValueError("a rule met something it did not expect")
        return real(text, published, title)

    titles = query(home / "warehouse.duckdb", "select title from raw.pages")
    broken = sum((t or "").startswith("Thủ tướng") for (t,) in titles)
    assert 0 < broken < 30
    monkeypatch.setattr(vngov.extract, "extract_article", fragile)
    report = extraction.extract(partitions=1)  # one partition runs in this process
    assert report.pages == 30 and report.errors == broken
    errors = query(home / "warehouse.duckdb", "select extraction_error, facts->>'error' from "
                   "raw.extractions where extraction_error is not null")
    assert len(errors) == broken
    for error, in_facts in errors:
        assert error.startswith("ValueError: a rule met something it did not expect (")
        assert error == in_facts


def test_the_stage_stores_what_the_extractor_finds_in_the_page(tmp_path, monkeypatch):
    """Facts stored by the stage equal extract_article called on the page itself, with its
    publication time as loaded: the time crosses Parquet and a process boundary, and a shifted
    clock moves every relative date ("sáng nay", "ngày 15/10") to another day."""
    from datetime import timedelta

    from vngov import extraction
    import vngov.extract
    from vngov.text import clean_text

    home = _home_with_articles(tmp_path, 40, seed=5)
    monkeypatch.setenv("VNGOV_HOME", str(home))
    real, received = vngov.extract.extract_article, {}

    def recording(text, published, title=None):
        received[title] = published
        return real(text, published, title)

    monkeypatch.setattr(vngov.extract, "extract_article", recording)
    extraction.extract(partitions=1)  # one partition runs in this process
    rows = query(home / "warehouse.duckdb", "select p.lead, p.body_text, p.published_at, p.title, "
                 "e.facts::varchar from raw.pages p join raw.extractions e using (page_id)")
    assert len(rows) == 40 and len(received) == 40
    assert sum('"meeting_date"' in facts for *_, facts in rows) >= 20
    for lead, body, published, title, facts in rows:
        # The same instant, on Vietnam's clock: late evening in UTC is the next day there.
        assert received[title] == published and received[title].utcoffset() == timedelta(hours=7)
        text = clean_text("\n\n".join(part for part in (lead, body) if part is not None))
        direct = real(text, published, title)
        stored = json.loads(facts)
        for key in ("meetings", "directives"):
            for item in stored[key]:
                item.pop(key[:-1] + "_index")
        assert stored == json.loads(json.dumps(direct, ensure_ascii=False, default=str)), title


def test_plan_prints_json_for_the_airflow_tasks_and_partition_reports_its_count(loaded, tmp_path):
    home = _copy(loaded, tmp_path)
    out = run_vngov(home, "extract", "plan", "--partitions", "2").stdout
    plan = json.loads(out.strip().splitlines()[-1])
    assert plan["partitions"] == [0, 1] and plan["pages"] == 1100
    done = run_vngov(home, "extract", "partition", plan["batch"], "1").stdout
    assert f"extract partition 1 of batch {plan['batch']}: " in done
    refused = run_vngov(home, "extract", "load", plan["batch"], check=False)
    assert refused.returncode == 1 and "partition 0 (0 of" in refused.stderr
    run_vngov(home, "extract", "partition", plan["batch"], "0")
    loaded_line = run_vngov(home, "extract", "load", plan["batch"]).stdout
    assert f"batch {plan['batch']}, 1100 pages into raw.extractions" in loaded_line
    missing = run_vngov(home, "extract", "partition", plan["batch"], "7", check=False)
    assert missing.returncode == 1 and "has no partition 7" in missing.stderr
