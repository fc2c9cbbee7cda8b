"""Each publish also writes the marts as Parquet, a folder of segment files per table with a
manifest naming the build, swapped in as one step (issue 10, item 2; segments: issue 11)."""

from __future__ import annotations

import json
import shutil

import duckdb

from conftest import expectations_with, run_vngov, unmeetable


def _tables(db) -> list[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return [f"{s}.{t}" for s, t in con.execute(
            "select schema_name, table_name from duckdb_tables() order by 1, 2").fetchall()]
    finally:
        con.close()


def test_a_publish_writes_every_table_as_parquet_with_a_manifest(replay_chain, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(replay_chain, home, symlinks=True)
    run_vngov(home, "build", "--only", "publish")
    current = home / "parquet" / "current"
    manifest = json.loads((current / "manifest.json").read_text("utf-8"))
    validated = json.loads((home / "validation.json").read_text("utf-8"))
    assert manifest["dbt_invocation"] == validated["dbt_invocation"] != ""
    published = home / "published.duckdb"
    assert sorted(manifest["tables"]) == _tables(published)
    con = duckdb.connect()  # read back with nothing but DuckDB's Parquet reader
    con.execute("attach ? as pub (read_only)", [str(published)])
    for name, entry in manifest["tables"].items():
        assert entry["path"] == name and entry["files"] == sorted(
            p.name for p in (current / name).glob("*.parquet")) != []
        file = str(current / name / "*.parquet")  # a table is its folder of segments
        assert con.execute(f"select count(*) from read_parquet('{file}')").fetchone()[0] \
            == entry["rows"] == con.execute(f"select count(*) from pub.{name}").fetchone()[0]
        for a, b in ((f"pub.{name}", f"read_parquet('{file}')"),
                     (f"read_parquet('{file}')", f"pub.{name}")):
            assert con.execute(f"select count(*) from (from {a} except all from {b})"
                               ).fetchone()[0] == 0, name
        columns = [c for c, in con.execute(f"select column_name from (describe from "
                                           f"read_parquet('{file}'))").fetchall()]
        assert columns == [c["name"] for c in entry["columns"]]
    assert manifest["tables"]["marts.fct_directives"]["rows"] > 0
    assert f"Parquet: {current}/ (build {manifest['build']}" in run_vngov(home, "summary").stdout

    # The next publish is another build; `current` moves to it, the one before is kept.
    first = current.resolve()
    run_vngov(home, "build", "--only", "publish")
    assert current.resolve() != first and first.exists()
    run_vngov(home, "build", "--only", "publish")
    assert not first.exists()  # two builds are kept
    assert len([p for p in (home / "parquet").iterdir() if not p.is_symlink()]) == 2


def test_a_failed_validation_leaves_the_parquet_files_as_they_were(replay_chain, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(replay_chain, home)  # following links: `current` is a plain folder here
    assert not (home / "parquet" / "current").is_symlink()
    run_vngov(home, "build", "--only", "publish")
    before = (home / "parquet" / "current").resolve()
    proc = run_vngov(home, "build", check=False,
                     VNGOV_EXPECTATIONS_DIR=str(expectations_with(
                         tmp_path / "expectations", "fct_meetings", unmeetable("critical"))))
    assert proc.returncode != 0
    assert (home / "parquet" / "current").resolve() == before
