"""Incremental clustering (vngov/recluster.py) gives the tables a full run gives.

Random histories of small worlds, where windows, shared meetings, near-duplicate texts and
boilerplate hashes meet often: each step adds articles (some dated years back), re-extracts
others (new facts, sometimes a new publication time), and after every step the three tables
updated from the last step's are compared with the three computed from nothing. The batches are
applied as dbt's strategies do (replace_scopes: dbt_project/macros/replace_scopes.sql; stories:
delete+insert on article_id); tests/test_recluster_dbt.py runs the real dbt models the same way.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

import duckdb
import pandas as pd
import pytest

from vngov import dedupe, recluster

VN = timezone(timedelta(hours=7))
DAY0 = datetime(2025, 3, 1, tzinfo=VN)
CHAIRS = ["Phạm Minh Chính", "Trần Hồng Hà", "Lê Thành Long", None]
BODIES = ["Ban Chỉ đạo 751", "Chính phủ", "UBND tỉnh Thanh Hóa", None]
WORDS = "khẩn trương hoàn thành giải phóng mặt bằng dự án đường vành đai trong quý tháng năm báo cáo".split()
ISSUERS = ["Phạm Minh Chính", "Trần Hồng Hà", None]

MENTIONS = ["article_id", "url", "published_at", "meeting_index", "meeting_date", "part_of_day",
            "chair_name", "body", "session_number"]


class World:
    """The current pages of the articles as the views of the warehouse show them."""

    def __init__(self, rng: random.Random):
        self.rng, self.con, self.clock, self.n = rng, duckdb.connect(), DAY0, 0
        self.con.execute("set TimeZone = 'Asia/Ho_Chi_Minh'")
        self.con.execute("create table articles (article_id varchar, published_at timestamptz, "
                         "fingerprint bigint[], extracted_at timestamptz)")
        self.con.execute("create table meeting_mentions (article_id varchar, url varchar, "
                         "published_at timestamptz, meeting_index integer, meeting_date date, "
                         "part_of_day varchar, chair_name varchar, body varchar, session_number integer)")
        self.con.execute("create table directive_reports (article_id varchar, directive_index integer, "
                         "meeting_index integer, published_at timestamptz, issuer_name varchar, "
                         "action_text varchar)")

    def directive_mentions(self, meeting_clusters: str) -> str:
        # as int_directive_mentions: each report with its meeting's cluster
        return (f"(select md5(concat_ws('|', d.article_id, d.directive_index)) as directive_id, "
                f"d.article_id, d.published_at, c.meeting_id, d.issuer_name, d.action_text "
                f"from directive_reports d left join {meeting_clusters} c "
                f"on c.article_id = d.article_id and c.meeting_index = d.meeting_index)")

    def write(self, article_id: str, published: datetime) -> None:
        """(Re-)extract one article: new facts, extracted now."""
        rng, con = self.rng, self.con
        for table in ("articles", "meeting_mentions", "directive_reports"):
            con.execute(f"delete from {table} where article_id = ?", [article_id])
        self.clock += timedelta(seconds=1)
        story = rng.randrange(6)  # texts of one story share most hashes
        hashes = sorted({story * 100 + rng.randrange(12) for _ in range(10)} |
                        {rng.randrange(3) for _ in range(2)})  # 0-2: hashes in nearly every text
        con.execute("insert into articles values (?, ?, ?, ?)", [article_id, published, hashes, self.clock])
        meetings = rng.choice([0, 0, 1, 1, 2])
        for i in range(meetings):
            held = published.date() - timedelta(days=rng.choice([0, 0, 1, 2, 12]))  # or weeks later
            con.execute("insert into meeting_mentions values (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
                article_id, f"https://x.vn/{article_id}", published, i, held,
                rng.choice(["morning", "afternoon", None]), rng.choice(CHAIRS), rng.choice(BODIES),
                rng.choice([None, None, 3])])
        for j in range(rng.choice([0, 1, 2, 3])):
            words = rng.sample(WORDS[:8], 5) if rng.random() < 0.6 else rng.sample(WORDS, 6)
            con.execute("insert into directive_reports values (?, ?, ?, ?, ?, ?)", [
                article_id, j, rng.randrange(meetings) if meetings and rng.random() < 0.7 else None,
                published, rng.choice(ISSUERS), " ".join(words)])

    def step(self) -> None:
        rng = self.rng
        known = [r[0] for r in self.con.execute("select article_id from articles").fetchall()]
        for _ in range(rng.randint(1, 12)):  # new articles, most of them recent
            self.n += 1
            days = rng.randint(0, 40) if rng.random() < 0.2 else 40 + self.n // 6 + rng.randint(0, 2)
            self.write(f"a{self.n:04d}", DAY0 + timedelta(days=days, hours=rng.randint(0, 23)))
        for article_id in rng.sample(known, min(len(known), rng.randint(0, 3))):  # re-extracted
            (published,) = self.con.execute("select published_at from articles where article_id = ?",
                                            [article_id]).fetchone()
            if rng.random() < 0.3:
                published += timedelta(days=rng.choice([-5, -1, 1, 4]))
            self.write(article_id, published)


def apply(con, table: str, batch: pd.DataFrame, columns: dict, scope: str, row_key: str) -> None:
    relation = recluster.as_table(con, batch, columns)
    exists = con.execute("select count(*) from duckdb_tables() where table_name = ?", [table]).fetchone()[0]
    if not exists:
        con.execute(f"create table {table} as select * from relation")
        return
    con.execute(f"delete from {table} where {scope} in (select {scope} from relation)")
    con.execute(f"insert into {table} select * from relation where {row_key} is not null")


def build(world: World, prefix: str, incremental: bool) -> None:
    """The three models in dbt's order, into tables named prefix_*."""
    con = world.con
    mc, dc, sc = f"{prefix}_meetings", f"{prefix}_directives", f"{prefix}_stories"
    if not incremental:
        for t in (mc, dc, sc):
            con.execute(f"drop table if exists {t}")
    stored = lambda t: t if incremental and con.execute(  # noqa: E731
        "select count(*) from duckdb_tables() where table_name = ?", [t]).fetchone()[0] else None
    apply(con, mc, recluster.meetings(con, "meeting_mentions", "articles", stored(mc)),
          recluster.MEETING_COLUMNS, "meeting_date", "article_id")
    apply(con, dc, recluster.directives(con, world.directive_mentions(mc), "articles", mc, stored(dc)),
          recluster.DIRECTIVE_COLUMNS, "report_day", "directive_id")
    apply(con, sc, recluster.stories(con, "articles", mc, stored(sc)),
          recluster.STORY_COLUMNS, "article_id", "article_id")


SNAPSHOTS = {
    "meetings": "select article_id, meeting_index, meeting_id, meeting_date from {p}_meetings",
    "directives": "select directive_id, directive_event_id, article_id, meeting_id, report_day from {p}_directives",
    "stories": "select article_id, story_id from {p}_stories",
}


def tables(world: World, prefix: str) -> dict[str, list]:
    return {name: sorted(world.con.execute(q.format(p=prefix)).fetchall(), key=str)
            for name, q in SNAPSHOTS.items()}


@pytest.mark.parametrize("seed", range(12))
def test_incremental_clusters_equal_a_full_run_after_every_step(seed, monkeypatch):
    monkeypatch.setattr(dedupe, "MAX_SHARING", 6)  # boilerplate within reach of a small world
    world = World(random.Random(seed))
    merged = 0
    for _ in range(14):
        world.step()
        build(world, "inc", incremental=True)
        build(world, "full", incremental=False)
        got, want = tables(world, "inc"), tables(world, "full")
        assert got == want
        merged += len(want["directives"]) - len({r[1] for r in want["directives"]})
    assert merged > 0  # the worlds do cluster reports together


def built_world(seed: int, steps: int) -> World:
    world = World(random.Random(seed))
    for _ in range(steps):
        world.step()
    build(world, "inc", incremental=True)
    return world


def test_a_step_that_changes_nothing_recomputes_nothing():
    world = built_world(99, 3)
    con = world.con
    assert recluster.meetings(con, "meeting_mentions", "articles", "inc_meetings").empty
    assert recluster.directives(con, world.directive_mentions("inc_meetings"), "articles",
                                "inc_meetings", "inc_directives").empty
    assert recluster.stories(con, "articles", "inc_meetings", "inc_stories").empty


def test_a_new_day_reclusters_that_day_not_the_history():
    world = built_world(7, 10)
    con = world.con
    (last,) = con.execute("select max(published_at) from articles").fetchone()
    world.n += 1
    world.write(f"a{world.n:04d}", last + timedelta(days=30))  # far from every other article
    batch = recluster.stories(con, "articles", "inc_meetings", "inc_stories")
    assert list(batch["article_id"]) == [f"a{world.n:04d}"]
    meetings = recluster.meetings(con, "meeting_mentions", "articles", "inc_meetings")
    assert set(meetings["meeting_date"]) <= {(last + timedelta(days=30 - k)).date() for k in range(3)}
    directives = recluster.directives(con, world.directive_mentions("inc_meetings"), "articles",
                                      "inc_meetings", "inc_directives")
    assert set(directives["article_id"].dropna()) <= {f"a{world.n:04d}"}


def test_a_change_that_ends_a_boilerplate_hash_links_texts_two_windows_away(monkeypatch):
    """c carries the hashes a and b share, so around a they are boilerplate and a, b are two
    stories; re-extracted without them, a and b (b two windows after c) become one."""
    monkeypatch.setattr(dedupe, "MAX_SHARING", 3)
    world = World(random.Random(0))
    con, w = world.con, dedupe.STORY_WINDOW_DAYS
    days = {"c": 10, "z": 11, "a": 10 + w, "b": 10 + 2 * w}
    texts = {"c": [7, 8, *range(20, 26)], "z": [7, 8, *range(30, 36)], "a": [7, 8], "b": [7, 8]}
    for article_id, day in days.items():
        con.execute("insert into articles values (?, ?, ?, ?)",
                    [article_id, DAY0 + timedelta(days=day), texts[article_id], DAY0])
    build(world, "inc", incremental=True)
    assert tables(world, "inc")["stories"] == [(k, k) for k in sorted(days)]
    con.execute("update articles set fingerprint = [20, 21], extracted_at = ? where article_id = 'c'",
                [DAY0 + timedelta(hours=1)])
    build(world, "inc", incremental=True)
    build(world, "full", incremental=False)
    assert dict(tables(world, "full")["stories"])["b"] == "a"
    assert tables(world, "inc") == tables(world, "full")


def test_a_table_built_by_an_older_version_asks_for_a_full_refresh():
    from types import SimpleNamespace

    con = duckdb.connect()
    con.execute("create schema intermediate")
    con.execute("create table intermediate.int_story_clusters (article_id varchar, story_id varchar)")
    dbt = SimpleNamespace(is_incremental=True, this=SimpleNamespace(
        database="memory", schema="intermediate", identifier="int_story_clusters"))
    with pytest.raises(recluster.BuiltByOlderVersion, match=r"no published_at, extracted_at, "
                       r"clustered_at\): run `vngov build --full-refresh` once"):
        recluster.stored(dbt, con, recluster.STORY_COLUMNS)
    assert recluster.stored(SimpleNamespace(is_incremental=False), con, recluster.STORY_COLUMNS) is None


def test_cluster_tables_of_an_older_vngov_are_dropped_before_dbt_and_current_ones_kept():
    con = duckdb.connect()
    con.execute("create schema intermediate")
    con.execute("create table intermediate.int_story_clusters (article_id varchar, story_id varchar)")
    columns = ", ".join(f"{c} {t}" for c, t in recluster.MEETING_COLUMNS.items())
    con.execute(f"create table intermediate.int_meeting_clusters ({columns})")
    assert recluster.drop_outdated(con) == ["int_story_clusters"]
    tables = {r[0] for r in con.execute("select table_name from duckdb_tables()").fetchall()}
    assert tables == {"int_meeting_clusters"}
    assert recluster.drop_outdated(con) == []
