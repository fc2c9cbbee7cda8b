"""The door: what a critical raw expectation checks is checked before a row enters raw.

The raw suite (expectations/raw/pages.json) is the one statement of the rules: its query derives
the checked columns and each critical expectation says what must hold. Here the same query and
expectations are turned into SQL and run over rows about to be landed or loaded, so a row that
would fail validation later becomes a reject with a reason now, instead of failing every build
after it (`vngov import` and the crawl's landing check with `page_problems`; `vngov load` runs
`failing_rows_sql` over each file it stages, and once over rows loaded before a rule changed).

Only the expectation types the raw suite uses are compiled; a critical raw expectation of any
other type is an error here (and in the tests), never silently skipped.
"""

from __future__ import annotations

import json
from functools import lru_cache

import duckdb

from vngov import config
from vngov.warehouse import open_waiting

RAW_PAGES_TABLE = "raw.pages"


def _literal(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def _failing_predicate(expectation: dict) -> str:
    """SQL that is true for a row failing the expectation. As in GX, a NULL fails only
    not_be_null; the other checks ignore NULLs."""
    kind, kw = expectation["type"], expectation["kwargs"]
    if "row_condition" in kw:
        raise ValueError(f"door: {kind} with a row_condition cannot be checked at the door")
    col = f'"{kw["column"]}"'
    if kind == "expect_column_values_to_not_be_null":
        return f"{col} is null"
    if kind == "expect_column_values_to_be_in_set":
        return f"{col} is not null and {col} not in ({', '.join(map(_literal, kw['value_set']))})"
    if kind == "expect_column_values_to_be_between":
        bounds = []
        if kw.get("min_value") is not None:
            bounds.append(f"{col} < {_literal(kw['min_value'])}")
        if kw.get("max_value") is not None:
            bounds.append(f"{col} > {_literal(kw['max_value'])}")
        return f"{col} is not null and ({' or '.join(bounds)})"
    raise ValueError(f"door: cannot check {kind} on {kw['column']} at the door")


@lru_cache(maxsize=None)
def _rules(suite_text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    suite = json.loads(suite_text)
    rules = []
    for e in suite["expectations"]:
        meta = e.get("meta") or {}
        if meta.get("severity", "critical") != "critical":
            continue
        reason = meta.get("reason") or f"{e['type']}({e['kwargs'].get('column')})"
        rules.append((_failing_predicate(e), reason))
    return suite["meta"]["query"], tuple(rules)


def raw_pages_suite_text() -> str:
    return (config.expectations_dir() / "raw" / "pages.json").read_text(encoding="utf-8")


def failing_rows_sql(table: str = RAW_PAGES_TABLE) -> str:
    """A query over `table` (raw.pages' columns) giving (page_id, reason) for every row that
    would fail a critical raw.pages expectation; the reasons of one row are joined by '; '."""
    query, rules = _rules(raw_pages_suite_text())
    if RAW_PAGES_TABLE not in query:
        raise ValueError(f"door: the raw.pages suite query does not read {RAW_PAGES_TABLE}")
    checked = query.replace(RAW_PAGES_TABLE, table)
    reasons = ", ".join(f"case when {pred} then {_literal(reason)} end" for pred, reason in rules)
    return (f"select page_id, concat_ws('; ', {reasons}) as reason from ({checked}) "
            f"where {' or '.join(f'({pred})' for pred, _ in rules)}")


# raw.pages' columns that the door can be asked about, from a landing page record.
_PAGE_COLUMNS = {"page_id": "varchar", "url": "varchar", "source": "varchar",
                 "page_type": "varchar", "http_status": "integer", "title": "varchar",
                 "body_text": "varchar", "parser": "varchar", "published_at": "timestamptz",
                 "fetched_at": "timestamptz"}


@lru_cache(maxsize=None)
def _scratch() -> duckdb.DuckDBPyConnection:
    """An in-memory database with an empty raw.pages, kept for the process: connecting costs
    more than checking a page, and the crawl checks pages one at a time."""
    con = open_waiting()
    columns = ", ".join(f"{name} {kind}" for name, kind in _PAGE_COLUMNS.items())
    con.execute(f"create schema raw; create table raw.pages ({columns})")
    return con


def page_problems(records: list[dict]) -> list[str | None]:
    """For each landing page record (vngov.landing.page_record), why it would fail a critical
    raw expectation, or None. Non-article pages are not checked (the suite reads articles)."""
    if not records:
        return []
    rows = []
    for i, rec in enumerate(records):
        article = rec.get("article") or {}
        rows.append((str(i), rec.get("url"), rec.get("source"), rec.get("page_type"),
                     rec.get("http_status"), article.get("title"), article.get("body_text"),
                     article.get("parser"), article.get("published_at"), rec.get("fetched_at")))
    con = _scratch().cursor()  # a cursor: its own transaction, the table is shared
    try:
        con.execute("begin")
        con.executemany(f"insert into raw.pages values ({', '.join('?' * len(_PAGE_COLUMNS))})",
                        rows)
        found = dict(con.execute(failing_rows_sql()).fetchall())
        con.execute("rollback")  # leave raw.pages empty for the next call
    finally:
        con.close()
    return [found.get(str(i)) for i in range(len(records))]
