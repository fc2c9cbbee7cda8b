"""What a publish changes: per published table, either the whole table or the rows of some scopes.

The marts that update by part log the scopes each dbt build replaced (intermediate.mart_changes;
dbt_project/macros/marks.sql). The publish follows that log as the validation does, as model
'publish' in intermediate.mart_marks: a mark 'changes of <mart>' per mart (the time it last read
the log; dbt prunes no row it has not read) and a mark 'build' naming the build it published.

A table's rows that may differ from the published copy are those of the scopes logged since,
and those whose quarantine key is held out now or was held out then. The publish (vngov.build)
replaces just those rows in a copy of published.duckdb, and the SQL mirror (vngov.mirror) the same
rows of the build it serves; anything else (no earlier publish, a build the marks do not name, a
table built whole, new columns) is done whole.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from vngov.validate import scope_columns

PUBLISH = "publish"  # the publish's name in intermediate.mart_marks
MARKS = "intermediate.mart_marks"
CHANGES = "intermediate.mart_changes"


@dataclass
class TableDelta:
    """The rows of a table to replace: all of them (whole), or those whose scope column is in
    scopes or whose quarantine column is in keys (held out now or at the last publish)."""
    whole: bool
    scope: str | None = None
    scopes: list[str] = field(default_factory=list)
    column: str | None = None
    keys: list[str] = field(default_factory=list)

    @property
    def unchanged(self) -> bool:
        return not self.whole and not self.scopes and not self.keys

    def where(self, cast: str = "varchar", placeholder: str = "?") -> tuple[str, list]:
        """A condition on a table's rows selecting those to replace, and its parameters (lists of
        values as text). DuckDB's defaults; PostgreSQL takes cast "text" and placeholder "%s"."""
        terms, params = [], []
        if self.scopes:
            terms.append(in_list(self.scope, cast, placeholder))
            params.append(self.scopes)
        if self.keys:
            terms.append(in_list(self.column, cast, placeholder))
            params.append(self.keys)
        return (" or ".join(terms) or "false"), params


def in_list(column: str, cast: str = "varchar", placeholder: str = "?") -> str:
    """SQL: the column's value, as text, is in the list given as the parameter."""
    return f'"{column}"::{cast} in (select unnest({placeholder}::{cast}[]))'


@dataclass
class Delta:
    """The change from the published build `base` to the one being published."""
    base: str
    tables: dict[str, TableDelta]

    def to_json(self) -> dict:
        return {"base": self.base, "tables": {t: asdict(d) for t, d in self.tables.items()}}

    @classmethod
    def from_json(cls, data: dict | None) -> "Delta | None":
        if not data:
            return None
        return cls(data["base"], {t: TableDelta(**d) for t, d in data["tables"].items()})


def quarantine_json(quarantined: dict[str, tuple[str, set]]) -> dict:
    """The published build's held-out rows, as its manifest keeps them."""
    return {t: {"column": c, "keys": sorted(str(k) for k in keys)}
            for t, (c, keys) in sorted(quarantined.items())}


def plan(con, tables: list[str], published: dict | None,
         quarantined: dict[str, tuple[str, set]]) -> tuple["Delta | None", object]:
    """(the delta from the published build to the warehouse's tables, or None for a whole
    publish; the time the log was read up to, for record). con: the warehouse; published: the
    manifest of the published build (vngov.mirror.published_build)."""
    (now,) = con.execute("select current_timestamp").fetchone()
    marks = {i: (w, f) for i, w, f in con.execute(
        f"select input, watermark, fingerprint from {MARKS} where model = ?", [PUBLISH]
    ).fetchall()} if has_log(con) else {}
    if (not published or "quarantined" not in published
            or marks.get("build", (None, None))[1] != published["build"]):
        return None, now
    before = published["quarantined"]
    scopes = scope_columns()
    deltas = {}
    for table in tables:
        model = table.split(".")[1]
        mark = marks.get(f"changes of {model}", (None, None))[0]
        column, keys = quarantined.get(table, (None, set()))
        held = before.get(table, {"column": column, "keys": []})
        if table not in scopes or mark is None or (column and held["column"] != column):
            deltas[table] = TableDelta(whole=True)
            continue
        logged = [s for (s,) in con.execute(
            f"select distinct scope from {CHANGES} where model = ? and changed_at > ?",
            [model, mark]).fetchall()]
        if None in logged:  # built whole since
            deltas[table] = TableDelta(whole=True)
            continue
        deltas[table] = TableDelta(whole=False, scope=scopes[table], scopes=sorted(logged),
                                   column=column or held["column"],
                                   keys=sorted({str(k) for k in keys} | set(held["keys"])))
    return Delta(published["build"], deltas), now


def record(con, build: str, read_up_to) -> None:
    """After the swap: the published build, and how far it read the log of every mart."""
    con.execute(f"delete from {MARKS} where model = ?", [PUBLISH])
    rows = [[PUBLISH, f"changes of {table.split('.')[1]}", read_up_to, None]
            for table in scope_columns()]
    con.executemany(f"insert into {MARKS} values (?, ?, ?, ?)",
                    [*rows, [PUBLISH, "build", None, build]])


def has_log(con) -> bool:
    return con.execute(
        "select count(*) from duckdb_tables() where schema_name = 'intermediate' and table_name "
        "in ('mart_marks', 'mart_changes')").fetchone()[0] == 2
