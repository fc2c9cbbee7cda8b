"""The Parquet copy of a table is a folder of segments, and a publish by part rewrites only the
segments that hold changed rows (vngov/parquet.py; issue 11: publish cost independent of history).

Each test publishes a small table, changes some rows as a publish by part would (vngov.delta),
publishes again, and checks that the folder reads as exactly the table, which segments are the
earlier build's files (hard links) and which were written anew."""

from __future__ import annotations

import duckdb
import pytest

from vngov import parquet
from vngov.delta import Delta, TableDelta

ROWS = 20_000


@pytest.fixture
def published(tmp_path, monkeypatch):
    """A published copy with one table marts.t (k: key, g: group, v, filler, published_at: a day
    per 50 rows), its rows stored in no order of date, split into several segments: small sizes
    so that 20,000 rows (row groups of 2,048 at least) make many files."""
    monkeypatch.setenv("VNGOV_HOME", str(tmp_path))
    monkeypatch.setattr(parquet, "SEGMENT_BYTES", 40_000)
    monkeypatch.setattr(parquet, "SMALL_BYTES", 20_000)
    monkeypatch.setattr(parquet, "ROW_GROUP_ROWS", 2048)
    con = duckdb.connect(str(tmp_path / "published.duckdb"))
    con.execute("create schema marts")
    con.execute(f"""create table marts.t as
        select 'k' || i as k, i // 500 as g, i as v, md5(i::varchar) || md5((i * 7)::varchar) as filler,
               date '2015-01-01' + (i // 50)::integer as published_at
        from range({ROWS}) r(i) order by md5(i::varchar)""")
    yield con
    con.close()


def _publish(con, delta=None):
    folder = parquet.write(con, "invocation", {}, delta)
    parquet.switch(folder)
    return folder


def _reads_as_the_table(con, folder) -> None:
    got = f"read_parquet('{folder / 'marts.t'}/*.parquet')"
    for a, b in ((got, "marts.t"), ("marts.t", got)):
        assert con.execute(f"select count(*) from (from {a} except all from {b})").fetchone()[0] == 0


def _inodes(folder) -> dict[str, int]:
    return {p.name: p.stat().st_ino for p in (folder / "marts.t").glob("*.parquet")}


def _by_part(folder, **scopes) -> Delta:
    return Delta(folder.name, {"marts.t": TableDelta(whole=False, **scopes)})


def test_a_whole_publish_splits_a_table_into_segments(published):
    folder = _publish(published)
    _reads_as_the_table(published, folder)
    assert len(_inodes(folder)) >= 4
    assert parquet.segments_written(folder) == f"{len(_inodes(folder))} of {len(_inodes(folder))} segments written"


def test_a_changed_scope_rewrites_only_the_segments_holding_it(published):
    first = _publish(published)
    before = _inodes(first)
    # Group 3's rows change (v doubled), one row of it goes, and two rows of a new group come.
    published.execute("update marts.t set v = v * 2 where g = 3")
    published.execute("delete from marts.t where k = 'k1600'")
    published.execute("insert into marts.t values ('new1', 99, 1, 'x', null), ('new2', 99, 2, 'y', null)")
    held = {f for (f,) in duckdb.connect().execute(
        f"select distinct parse_filename(filename) from read_parquet('{first / 'marts.t'}/*.parquet', "
        "filename = true) where g = 3").fetchall()}
    second = _publish(published, _by_part(first, scope="g", scopes=["3", "99"]))
    _reads_as_the_table(published, second)
    after = _inodes(second)
    kept = {name for name, inode in after.items() if before.get(name) == inode}
    assert kept == set(before) - held  # every segment without group 3 is the same file
    assert 0 < len(held) < len(before)
    new = set(after) - kept
    assert new and all(name.startswith(f"part-{second.name}-") for name in new)
    assert parquet.segments_written(second) == f"{len(new)} of {len(after)} segments written"


def test_a_day_of_recent_changes_rewrites_only_the_newest_segments(published):
    """Rows are written oldest first, so the change of the newest group (and the day's new rows,
    dated later still) touches the last segment or two, though the table stores them scattered."""
    first = _publish(published)
    before = _inodes(first)
    newest = ROWS // 500 - 1
    published.execute(f"update marts.t set v = -v where g = {newest}")
    published.execute(f"insert into marts.t values ('new', {newest + 1}, 0, 'x', date '2026-12-01')")
    second = _publish(published, _by_part(first, scope="g", scopes=[str(newest), str(newest + 1)]))
    _reads_as_the_table(published, second)
    kept = {name for name, inode in _inodes(second).items() if before.get(name) == inode}
    assert len(before) >= 6 and len(before) - len(kept) <= 2, (len(before), len(kept))


def test_a_table_without_a_date_is_ordered_by_its_articles_publication(published):
    """marts.t2 names an article (article_url) but has no date of its own: its rows are written in
    the order of their article's published_at (dim_articles), so a change of the newest articles'
    rows rewrites only the last segments."""
    published.execute("create table marts.dim_articles as "
                      "select distinct 'u' || (v // 20) as url, published_at from marts.t")
    published.execute("create table marts.t2 as select k, g, filler, 'u' || (v // 20) as article_url "
                      "from marts.t order by md5(k)")
    first = _publish(published)
    before = {p.name: p.stat().st_ino for p in (first / "marts.t2").glob("*.parquet")}
    newest = ROWS // 500 - 1
    published.execute(f"update marts.t2 set filler = 'changed' where g = {newest}")
    second = _publish(published, Delta(first.name, {
        "marts.t": TableDelta(whole=False, scope="g", scopes=[]),
        "marts.dim_articles": TableDelta(whole=False, scope="url", scopes=[]),
        "marts.t2": TableDelta(whole=False, scope="g", scopes=[str(newest)])}))
    after = {p.name: p.stat().st_ino for p in (second / "marts.t2").glob("*.parquet")}
    kept = {name for name, inode in after.items() if before.get(name) == inode}
    assert len(before) >= 6 and len(before) - len(kept) <= 2, (len(before), len(kept))
    assert duckdb.connect().execute(f"select count(*) from read_parquet('{second / 'marts.t2'}/*.parquet') "
                                    "where filler = 'changed'").fetchone()[0] == 500


def test_quarantined_keys_and_null_scopes_are_replaced_too(published):
    published.execute("update marts.t set g = null where v < 10")  # rows without a scope
    first = _publish(published)
    published.execute("delete from marts.t where k in ('k3000', 'k3001')")  # held out now
    second = _publish(published, _by_part(first, scope="g", scopes=[], column="k",
                                          keys=["k3000", "k3001"]))
    _reads_as_the_table(published, second)
    assert published.execute(
        f"select count(*) from read_parquet('{second / 'marts.t'}/*.parquet') where g is null"
    ).fetchone()[0] == 10


def test_nothing_changed_links_every_segment(published):
    first = _publish(published)
    second = _publish(published, _by_part(first, scope="g", scopes=[]))
    assert _inodes(second) == _inodes(first)
    assert parquet.segments_written(second).startswith("0 of ")


def test_small_segments_are_merged_so_daily_files_do_not_pile_up(published):
    folder = _publish(published)
    counts = []
    for day in range(2 * parquet.MERGE_AT):
        published.execute(f"insert into marts.t values ('day{day}', {1000 + day}, {day}, 'z', date '2026-01-01' + {day})")
        folder = _publish(published, _by_part(folder, scope="g", scopes=[str(1000 + day)]))
        _reads_as_the_table(published, folder)
        counts.append(len(_inodes(folder)))
    whole = counts[0] - 1
    assert max(counts) <= whole + parquet.MERGE_AT
    assert counts.index(max(counts)) < len(counts) - 1 and counts[-1] < max(counts)  # merged


def test_files_that_are_not_the_base_build_are_written_whole(published):
    first = _publish(published)
    victim = sorted((first / "marts.t").glob("*.parquet"))[0]
    victim.unlink()  # a segment lost: the previous files no longer hold the published rows
    second = _publish(published, _by_part(first, scope="g", scopes=[]))
    _reads_as_the_table(published, second)
    assert not set(_inodes(second)) & set(_inodes(first))
    other = _publish(published, _by_part(first, scope="g", scopes=[]))  # a base that is not current
    assert all(name.startswith(f"part-{other.name}-") for name in _inodes(other))


def test_an_empty_table_is_one_empty_segment_with_its_columns(published):
    published.execute("create table marts.empty (a integer, b varchar)")
    folder = _publish(published)
    con = duckdb.connect()
    assert con.execute(f"select count(*) from read_parquet('{folder / 'marts.empty'}/*.parquet')"
                       ).fetchone()[0] == 0
    assert [c for (c, *_) in con.execute(
        f"describe from read_parquet('{folder / 'marts.empty'}/*.parquet')").fetchall()] == ["a", "b"]
    published.execute("insert into marts.empty values (1, 'x')")
    again = _publish(published, Delta(folder.name, {
        "marts.t": TableDelta(whole=False, scope="g", scopes=[]),
        "marts.empty": TableDelta(whole=False, scope="a", scopes=["1"])}))
    assert con.execute(f"select * from read_parquet('{again / 'marts.empty'}/*.parquet')"
                       ).fetchall() == [(1, "x")]
