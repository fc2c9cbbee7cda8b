"""The real dbt models that update by part (facts unpacked per article, clusters per scope, every
mart by its scopes), built step by step on a generated history, equal a full refresh.

Steps: a realistic base (years of news), a day's crawl, articles dated years back, pages of the
base edited by their sites (re-imported with a paragraph gone, so re-extracted), pages whose body
was swapped for another story's, and a build with nothing new on a later status_as_of. After the
last step every intermediate table and mart is compared, row for row, with `dbt run
--full-refresh` of them all.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import duckdb
import pytest

from conftest import REPO, run_vngov, vngov_env

pytestmark = pytest.mark.slow

spec = importlib.util.spec_from_file_location("bench_corpus", REPO / "bench" / "corpus.py")
corpus = importlib.util.module_from_spec(spec)
spec.loader.exec_module(corpus)

SNAPSHOTS = {
    "int_meeting_mentions": "select article_id, meeting_index, meeting_date, chair_name from intermediate.int_meeting_mentions",
    "int_directive_reports": "select article_id, directive_index, action_text from intermediate.int_directive_reports",
    "int_meeting_clusters": "select article_id, meeting_index, meeting_id, meeting_date from intermediate.int_meeting_clusters",
    "int_directive_clusters": "select directive_id, directive_event_id, article_id, meeting_id, report_day "
                              "from intermediate.int_directive_clusters",
    "int_story_clusters": "select article_id, story_id, published_at from intermediate.int_story_clusters",
    "int_people_mentions": "select article_id, name_key, name, title, published_at from intermediate.int_people_mentions",
    "int_person_keys": "select name_key, person_id, source from intermediate.int_person_keys",
}


def tables(home) -> dict[str, set]:
    con = duckdb.connect(str(home / "warehouse.duckdb"), read_only=True)
    try:
        snapshot = {name: set(con.execute(q).fetchall()) for name, q in SNAPSHOTS.items()}
        for (mart,) in con.execute("select table_name from duckdb_tables() where schema_name = 'marts'").fetchall():
            rows = con.execute(f'select * from marts."{mart}"').fetchall()
            snapshot[mart] = sorted(map(repr, rows))  # lists in rows: compared as text, with repeats
        return snapshot
    finally:
        con.close()


def president_is_current(home) -> bool:
    con = duckdb.connect(str(home / "warehouse.duckdb"), read_only=True)
    try:
        [(current,)] = con.execute(
            "select p.is_current from marts.dim_people, unnest(positions) as t(p) "
            "where person_id = 'to_lam' and p.position = 'Chủ tịch nước'").fetchall()
        return current
    finally:
        con.close()


def land(home, tmp_path, name: str, articles: list[dict]) -> None:
    path = tmp_path / f"{name}.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), "utf-8")
    run_vngov(home, "import", str(path))
    run_vngov(home, "load")
    run_vngov(home, "extract")
    run_vngov(home, "build", "--only", "dbt")


def dbt_run(home, *args: str) -> None:
    subprocess.run([sys.executable, "-c", f"from vngov.build import run_dbt; run_dbt('run', *{list(args)!r})"],
                   cwd=REPO, env=vngov_env(home), check=True, capture_output=True, timeout=600)


def test_cluster_models_built_step_by_step_equal_a_full_refresh(tmp_path):
    home = tmp_path / "home"
    base = list(corpus.generate(160, seed=3, profile="realistic"))
    land(home, tmp_path, "base", base)
    land(home, tmp_path, "day", list(corpus.generate(60, seed=3, start=160, profile="daily")))
    land(home, tmp_path, "old", list(corpus.generate(30, seed=3, start=220, profile="realistic")))
    edited = [dict(a, text="\n\n".join(a["text"].split("\n\n")[:-2])) for a in base[::8]]
    land(home, tmp_path, "edited", edited)
    # bodies a site swapped (a wrong text replaced): their meetings, directives and documents
    # move to other dates and events, or vanish
    swapped = [dict(a, text=b["text"]) for a, b in zip(base[3:63:6], base[100:160:6])]
    land(home, tmp_path, "swapped", swapped)

    con = duckdb.connect(str(home / "warehouse.duckdb"), read_only=True)
    pages, articles = con.execute("select (select count(*) from raw.pages), "
                                  "(select count(*) from intermediate.int_articles)").fetchone()
    con.close()
    assert (pages, articles) == (280, 250)  # the 30 edited pages replaced their articles' pages

    # nothing new, judged on a day To Lam was still President (until 21 October 2024), then a
    # month later: the analyst marts' status columns and the seed people's current offices change
    dbt_run(home, "--vars", "{as_of: 2024-10-01}")
    assert president_is_current(home)
    dbt_run(home, "--vars", "{as_of: 2027-01-05}")
    assert not president_is_current(home)
    built = tables(home)
    dbt_run(home, "--full-refresh", "--vars", "{as_of: 2027-01-05}")
    full = tables(home)
    assert set(built) == set(full) and len(full) > len(SNAPSHOTS) + 10
    for name in full:
        assert built[name] == full[name], name
    events = {row[1] for row in full["int_directive_clusters"]}
    assert len(events) < len(full["int_directive_clusters"])  # reports were merged across sites
    stories = {row[1] for row in full["int_story_clusters"]}
    assert len(stories) < len(full["int_story_clusters"])
