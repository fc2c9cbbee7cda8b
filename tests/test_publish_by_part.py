"""A publish replaces only what changed, and ends where a whole publish would.

After each build (a new article, an edited one, quarantine gained and released, nothing new):
- published.duckdb holds exactly the warehouse's marts less the quarantined rows, as a whole
  copy would, though the publish said it went by part;
- the Parquet files hold the same rows, and a table nothing changed is the earlier build's file;
- the SQL mirror, refreshed by part, holds the same rows as a whole refresh of the same build.
"""

from __future__ import annotations

import json
import shutil

import duckdb
import psycopg
import pytest

from conftest import expectations_with, free_port, run_vngov
from test_mirror import admin_url
from test_validate_changes import NEW_ARTICLE, RULE
from vngov.validate import ValidationReport

pytestmark = pytest.mark.slow

# The same report corrected the next day: one directive fewer, another deadline.
EDITED = NEW_ARTICLE | {
    "text": "Sáng 1/12, Thủ tướng chủ trì cuộc họp Thường trực Chính phủ về các dự án hạ tầng.\n\n"
            "Thủ tướng giao Bộ Xây dựng hoàn thành thủ tục đầu tư trước ngày 15/1/2027."}


def _import(home, tmp_path, article) -> None:
    path = tmp_path / "day.jsonl"
    path.write_text(json.dumps(article, ensure_ascii=False) + "\n", "utf-8")
    run_vngov(home, "import", str(path))
    run_vngov(home, "load")


def _assert_published_is_the_warehouse_less_quarantine(home) -> None:
    held = ValidationReport.load(home / "validation.json").quarantined_keys()
    con = duckdb.connect(str(home / "published.duckdb"), read_only=True)
    con.execute("attach ? as wh (read_only)", [str(home / "warehouse.duckdb")])
    tables = [t for (t,) in con.execute("select table_name from duckdb_tables() where "
                                        "database_name = 'wh' and schema_name = 'marts'").fetchall()]
    published = [t for (t,) in con.execute("select table_name from duckdb_tables() where "
                                           "database_name = 'published' and schema_name = 'marts'").fetchall()]
    assert sorted(published) == sorted(tables)
    parquet = home / "parquet" / "current"
    for table in tables:
        column, keys = held.get(f"marts.{table}", (None, set()))
        want = (f'select * from wh.marts."{table}" where "{column}"::varchar not in '
                f'(select unnest(?::varchar[]))' if keys else f'select * from wh.marts."{table}"')
        params = [sorted(keys)] if keys else []
        for got in (f'select * from published.marts."{table}"',
                    f"select * from read_parquet('{parquet / f'marts.{table}'}/*.parquet')"):
            extra = con.execute(f"select count(*) from ({got} except all {want})", params).fetchone()[0]
            missing = con.execute(f"select count(*) from ({want} except all {got})", params).fetchone()[0]
            assert (extra, missing) == (0, 0), f"{table}: {extra} rows too many, {missing} missing in {got}"
    con.close()


def _mirror_rows(home) -> dict[str, str]:
    """A fingerprint of each served table's rows, in any order."""
    with psycopg.connect(admin_url(home)) as pg:
        tables = [t for (t,) in pg.execute("select table_name from information_schema.tables "
                                           "where table_schema = 'marts'")]
        return {t: pg.execute(f'select count(*), md5(coalesce(string_agg(r::text, \'|\' order by '
                              f'r::text), \'\')) from marts."{t}" r').fetchone() for t in tables}


def _mirror_rows_after_a_whole_refresh(home) -> dict[str, str]:
    with psycopg.connect(admin_url(home)) as pg:  # forget what it serves: serve reloads it whole
        pg.execute("delete from vngov.builds")
    run_vngov(home, "serve")
    return _mirror_rows(home)


def _build(home, *rule_dir) -> str:
    extra = {"VNGOV_EXPECTATIONS_DIR": rule_dir[0]} if rule_dir else {}
    out = run_vngov(home, "build", **extra).stdout
    _assert_published_is_the_warehouse_less_quarantine(home)
    by_part = _mirror_rows(home)
    assert by_part == _mirror_rows_after_a_whole_refresh(home)
    return out


def test_each_publish_replaces_the_changed_rows_and_ends_as_a_whole_one(replay_chain, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(replay_chain, home, ignore=shutil.ignore_patterns("postgres"))
    rule = str(expectations_with(tmp_path / "expectations", "fct_directives", RULE))
    run_vngov(home, "serve", "--port", str(free_port()))
    try:
        out = _build(home, rule)  # quarantine gained
        assert "by part" in out and "SQL mirror refreshed" in out, out
        held = ValidationReport.load(home / "validation.json").quarantined_keys()
        assert held["marts.fct_directives"][1]

        _import(home, tmp_path, NEW_ARTICLE)  # a new article, more quarantined
        out = _build(home, rule)
        assert "by part" in out and "(by part)" in out, out

        _import(home, tmp_path, EDITED)  # the article edited, and the quarantine released
        out = _build(home)
        assert "(by part)" in out, out
        assert not ValidationReport.load(home / "validation.json").quarantined_keys()
        with psycopg.connect(admin_url(home)) as pg:
            evidence = [e for (e,) in pg.execute("select evidence_text from marts.fct_directives "
                                                 "where article_url = %s", [NEW_ARTICLE["url"]])]
        assert len(evidence) == 1 and "15/1/2027" in evidence[0], evidence

        before = (home / "parquet" / "current").resolve()
        out = _build(home)  # nothing new
        after = (home / "parquet" / "current").resolve()
        assert after != before
        segments = sorted((after / "marts.fct_directives").glob("*.parquet"))
        assert segments and all(  # the same files: hard links, nothing rewritten
            f.stat().st_ino == (before / "marts.fct_directives" / f.name).stat().st_ino for f in segments)

        # A mirror that is not what the build before published (a row written by hand) is
        # reloaded whole, not patched.
        with psycopg.connect(admin_url(home)) as pg:
            pg.execute("insert into marts.fct_directives select * from marts.fct_directives limit 1")
        _import(home, tmp_path, NEW_ARTICLE | {"url": NEW_ARTICLE["url"].replace("102261201", "102261202")})
        out = _build(home)
        assert "(whole)" in out, out
    finally:
        run_vngov(home, "serve", "--stop", check=False)
