"""The marts' change log names exactly the scopes whose rows changed (issue 11).

A build recomputes whole every scope a new article may touch: a document family (kind and
leading number), a meeting, a directive event. Most of what it recomputes comes out as it was;
the materialization (dbt_project/macros/replace_scopes.sql) keeps those scopes as they are and
logs only the ones whose rows differ, so that what follows (the next marts, validation, publish,
the SQL mirror and the Parquet segments) reads what really changed and not the history around it.
"""

from __future__ import annotations

import json
import shutil

import duckdb
import pytest

from conftest import query, run_vngov
from vngov.validate import scope_columns

pytestmark = pytest.mark.slow


def _article(url: str, day: int, text: str) -> dict:
    return {"url": url, "source": "baochinhphu", "title": f"Hội nghị ngày {day}/11",
            "published_at": f"2026-11-{day:02d}T09:00:00+07:00", "text": text}


DAY_ONE = _article(
    "https://baochinhphu.vn/hoi-nghi-khoa-hoc-102261120.htm", 20,
    "Sáng 20/11, Bộ trưởng Bộ Khoa học và Công nghệ chủ trì hội nghị sơ kết thực hiện Nghị quyết "
    "số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị và Nghị quyết số 57/NQ-CP ngày 5/3/2025 của "
    "Chính phủ.\n\nBộ trưởng giao Cục Đổi mới sáng tạo hoàn thành đề án trước ngày 31/12/2026.")
DAY_TWO = _article(
    "https://baochinhphu.vn/toa-dam-chuyen-doi-so-102261121.htm", 21,
    "Chiều 21/11, tại Hà Nội, Thứ trưởng Bộ Khoa học và Công nghệ Bùi Hoàng Phương chủ trì tọa đàm về chuyển đổi "
    "số, bàn giải pháp đưa Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị vào cuộc sống.")


def _import(home, tmp_path, article) -> None:
    path = tmp_path / "day.jsonl"
    path.write_text(json.dumps(article, ensure_ascii=False) + "\n", "utf-8")
    run_vngov(home, "import", str(path))
    run_vngov(home, "load")


def _changed_rows(con, table: str, scope: str) -> set[str]:
    """The scopes with a row in the snapshot and not in the warehouse, or the other way round."""
    before, after = f'snap."{table.replace(".", "__")}"', f"wh.{table}"
    return {s for (s,) in con.execute(
        f'select distinct "{scope}"::varchar from ((from {before} except all from {after}) '
        f'union all (from {after} except all from {before}))').fetchall() if s is not None}


def test_only_the_scopes_whose_rows_changed_are_logged(replay_chain, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(replay_chain, home)
    wh = home / "warehouse.duckdb"
    _import(home, tmp_path, DAY_ONE)
    run_vngov(home, "build")
    family = {n: d for n, d in query(wh, "select number, document_id from marts.dim_documents "
                                         "where number in ('57-NQ/TW', '57/NQ-CP')")}
    assert len(family) == 2, family  # two documents of one family (Nghị quyết, 57)

    scopes = {t: s for t, s in scope_columns(home / "dbt" / "target" / "manifest.json").items()
              if t.startswith("marts.")}
    snap = tmp_path / "snap.duckdb"
    con = duckdb.connect(str(snap))
    con.execute("attach ? as wh (read_only)", [str(wh)])
    for table in scopes:
        con.execute(f'create table "{table.replace(".", "__")}" as from wh.{table}')
    (logged_until,) = con.execute("select max(changed_at) from wh.intermediate.mart_changes").fetchone()
    con.close()

    _import(home, tmp_path, DAY_TWO)
    run_vngov(home, "extract")
    run_vngov(home, "build", "--only", "dbt")

    con = duckdb.connect(str(snap), read_only=True)
    con.execute("attach ? as wh (read_only)", [str(wh)])
    logged: dict[str, set] = {}
    for model, scope in con.execute("select model, scope from wh.intermediate.mart_changes "
                                    "where changed_at > ?", [logged_until]).fetchall():
        logged.setdefault(model, set()).add(scope)
    for table, scope in scopes.items():
        model = table.split(".")[1]
        assert None not in logged.get(model, set()), f"{model} was built whole"
        assert logged.get(model, set()) == _changed_rows(con, table, scope), model
    # The family was recomputed; only the document the new article cites changed.
    assert logged["dim_documents"] == {family["57-NQ/TW"]}
    assert logged["dim_articles"] and logged["fct_meetings"]  # the day's article and its meeting
    # of the people, only the chair the new article names (dim_people is by person_id)
    [(chair,)] = query(wh, "select distinct chair_person_id from marts.fct_meetings where chair_name = 'Bùi Hoàng Phương'")
    assert logged["dim_people"] == {chair}
    con.close()
