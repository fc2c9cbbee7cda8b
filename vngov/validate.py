"""Great Expectations checkpoints over the warehouse, one suite per table, grouped by layer.

Suites live in expectations/<layer>/<table>.json in GX's own suite format; each suite's
`meta.query` says which rows to validate. GX reads DuckDB through SQLAlchemy badly (GX issues
10738, 11579), so the rows are read with DuckDB into a pandas DataFrame and GX validates that.
Each expectation's `meta.severity` is "critical" (the default) or "warning" (reported only).
A critical expectation about single rows (values of a column, a pair of columns) quarantines the
rows that fail it: they are listed in the report with the expectation, recorded in raw.rejects
(stage validate, the row as its bytes) and left out of published.duckdb together with the rows
that reference them (dbt `relationships` tests say which), and the rest is published. A critical
expectation about the whole table (unique keys, row counts, a source gone since the last
publish) stops publishing. Results and Data Docs go under VNGOV_HOME.

A build validates what changed since the last validation (Changes): the rows of the scopes each
mart replaced since (dbt logs them: dbt_project/macros/marks.sql), or for a raw table the rows
its suite's `meta.changed_since` time says are newer, together with every row whose unique key
is repeated anywhere in the table, so uniqueness is still judged on the whole table. Row counts
and sources are checked in SQL over the whole table. A suite changed since, a table built
whole, or a first validation reads every row. Rows quarantined before and not validated again
stay quarantined.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from vngov import config, datadocs

os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")  # no network calls

LAYERS = ("raw", "marts")
# The validations of each suite that the Data Docs (and GX's store of results) keep: the site's
# index lists every result kept, so keeping them all would make each build's docs grow with history.
DOCS_RUNS_KEPT = 30


@dataclass
class Failure:
    suite: str
    expectation: str
    column: str | None
    severity: str
    detail: str
    quarantined: int = 0  # rows this (row-level, critical) failure left out of the publish


@dataclass
class Quarantined:
    """One published row left out: the table, its key, and why (suite: the suite whose
    expectation it failed; empty for a row left out because it refers to one)."""

    table: str
    key_column: str
    key: str
    reason: str
    suite: str = ""


@dataclass
class ValidationReport:
    suites: int = 0
    expectations: int = 0
    failures: list[Failure] = field(default_factory=list)
    quarantine: list[Quarantined] = field(default_factory=list)
    data_docs: str = ""
    dbt_invocation: str = ""
    read: dict[str, int] = field(default_factory=dict)  # suite -> rows validated (Changes)

    @property
    def critical(self) -> list[Failure]:
        """Critical failures that stop publishing (about a whole table)."""
        return [f for f in self.failures if f.severity == "critical" and not f.quarantined]

    @property
    def row_level(self) -> list[Failure]:
        """Critical failures of single rows, whose rows were quarantined."""
        return [f for f in self.failures if f.severity == "critical" and f.quarantined]

    @property
    def warnings(self) -> list[Failure]:
        return [f for f in self.failures if f.severity != "critical"]

    @property
    def passed(self) -> bool:
        return not self.critical

    def quarantined_keys(self) -> dict[str, tuple[str, set]]:
        """{table: (key column, keys)} of the rows left out of the publish."""
        return _by_table(self.quarantine)

    def line(self) -> str:
        verdict = "passed" if self.passed else "FAILED"
        rows = self.quarantined_keys()
        held = (f"{sum(len(k) for _, k in rows.values())} rows quarantined ("
                + ", ".join(f"{len(k)} {t}" for t, (_, k) in sorted(rows.items())) + ")"
                if rows else "0 rows quarantined")
        return (f"validation {verdict}: {self.suites} suites, {self.expectations} expectations "
                f"over {sum(self.read.values()):,} rows, {len(self.critical)} critical failures, {held}, "
                f"{len(self.warnings)} warnings")

    def save(self, path: Path) -> None:
        data = asdict(self) | {"passed": self.passed}
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str),
                        encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> "ValidationReport | None":
        if not path.exists():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        data.pop("passed", None)
        data["failures"] = [Failure(**f) for f in data["failures"]]
        data["quarantine"] = [Quarantined(**q) for q in data.get("quarantine", [])]
        return cls(**data)


def _by_table(quarantine: list[Quarantined]) -> dict[str, tuple[str, set]]:
    keys: dict[str, tuple[str, set]] = {}
    for q in quarantine:
        keys.setdefault(q.table, (q.key_column, set()))[1].add(q.key)
    return keys


# Expectation types about single rows: a failure names rows, which can be quarantined.
# Uniqueness is about the set (a duplicate key has no one bad row) and stops publishing.
_ROW_LEVEL = re.compile(r"expect_(column_values|column_value_lengths|column_pair_values|"
                        r"multicolumn_values|select_column_values)_")


def is_row_level(expectation_type: str) -> bool:
    return bool(_ROW_LEVEL.match(expectation_type)) and "unique" not in expectation_type


def suite_files(layers=LAYERS) -> list[Path]:
    root = config.expectations_dir()
    return [p for layer in layers for p in sorted((root / layer).glob("*.json"))]


def _context():
    datadocs.install()  # escape every data value the Data Docs show (vngov/datadocs.py)
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    ctx = gx.get_context(mode="file", project_root_dir=str(config.home()))
    bars = ctx.variables.progress_bars
    if (bars.get("globally") if isinstance(bars, dict) else getattr(bars, "globally", True)) is not False:
        ctx.variables.progress_bars = ProgressBarsConfig(globally=False)  # keep task logs readable
        ctx.variables.save()
    return ctx


def _checkpoint(ctx, suite_def: dict):
    """Register (or refresh) datasource asset, suite, validation definition and checkpoint.
    Returns the checkpoint and the batch definition (to look up a failure's rows)."""
    import great_expectations as gx

    name = suite_def["name"]
    source = ctx.data_sources.add_or_update_pandas("vngov_duckdb")
    asset = next((a for a in source.assets if a.name == name), None) \
        or source.add_dataframe_asset(name)
    batch = next((b for b in asset.batch_definitions if b.name == "whole_table"), None) \
        or asset.add_batch_definition_whole_dataframe("whole_table")
    suite = ctx.suites.add_or_update(gx.ExpectationSuite(
        name=name, expectations=[_with_policy_note(e, suite_def) for e in suite_def["expectations"]],
        meta=suite_def.get("meta", {})))
    definition = ctx.validation_definitions.add_or_update(
        gx.ValidationDefinition(name=name, data=batch, suite=suite))
    # No Data Docs action: validate() builds the pages of all suites once, at the end.
    checkpoint = ctx.checkpoints.add_or_update(gx.Checkpoint(
        name=name, validation_definitions=[definition], actions=[]))
    return checkpoint, batch


def quarantine_spec(suite: dict | Path) -> dict | None:
    """Which published rows a suite's failing rows are: {"table", "column" (in that table),
    "key" (in the suite's query)}; None for a suite whose rows cannot be quarantined."""
    if isinstance(suite, Path):
        suite = json.loads(suite.read_text(encoding="utf-8"))
    spec = suite["meta"].get("quarantine")
    if spec is None:
        return None
    return {"table": spec.get("table", suite["name"]), "key": spec["key"],
            "column": spec.get("column", spec["key"])}


def _quarantines(suite_def: dict, expectation: dict) -> bool:
    meta = expectation.get("meta") or {}
    return (meta.get("severity", "critical") == "critical" and is_row_level(expectation["type"])
            and "quarantine" in suite_def["meta"])


def _with_policy_note(expectation: dict, suite_def: dict) -> dict:
    """Say in the Data Docs what a failure of this expectation does: as a note, and in its meta
    for the page's verdict (vngov.datadocs.verdict: a suite that only failed warnings passed)."""
    if (expectation.get("meta") or {}).get("severity", "critical") != "critical":
        note = "Warning: a failure is reported, the rows are published."
        action = datadocs.REPORT
    elif _quarantines(suite_def, expectation):
        note = ("Critical, row level: the rows that fail are quarantined (left out of "
                "published.duckdb, kept in raw.rejects); the rest is published.")
        action = datadocs.QUARANTINE
    else:
        note = "Critical, about the whole table: a failure stops publishing."
        action = datadocs.STOP
    return expectation | {"notes": note,
                          "meta": (expectation.get("meta") or {}) | {datadocs.ON_FAILURE: action}}


# A table that shrinks below this share of its last published row count stops publishing
# (something upstream lost data); VNGOV_ACCEPT_SHRINK=1 accepts one such build on purpose.
COLLAPSE_SHARE = 0.5
COLLAPSE_MIN_ROWS = 20  # below this, counts are too small to call a drop a collapse


def _published_baseline() -> tuple[dict[str, int], list[str]]:
    """Row counts per table and the article sources of the last publish ({}, [] if none)."""
    from vngov.warehouse import open_waiting

    path = config.published_path()
    if not path.exists() or os.environ.get("VNGOV_ACCEPT_SHRINK") == "1":
        return {}, []
    con = open_waiting(str(path), read_only=True)
    try:
        tables = con.execute("select schema_name || '.' || table_name from duckdb_tables()"
                             ).fetchall()
        counts = {t: con.execute(f"select count(*) from {t}").fetchone()[0] for (t,) in tables}
        sources = [r[0] for r in con.execute(
            "select distinct source from marts.dim_articles order by 1").fetchall()] \
            if "marts.dim_articles" in counts else []
    finally:
        con.close()
    return counts, sources


def _table_checks(con, suite_def: dict, counts: dict[str, int], sources: list[str]) -> list[Failure | None]:
    """The checks against the last publish, in SQL over the whole table (the suite's rows may be
    only those that changed): it must not be empty (when it had rows), not collapse, and
    (articles) no source may vanish. One entry per check: its Failure, or None if it passed."""
    name = suite_def["name"]
    last = counts.get(name, 0)  # suites of raw tables have no published count
    results: list[Failure | None] = []
    if last:
        floor = math.ceil(last * COLLAPSE_SHARE) if last >= COLLAPSE_MIN_ROWS else 1
        (rows,) = con.execute(f"select count(*) from {name}").fetchone()
        results.append(None if rows >= floor else Failure(
            suite=name, expectation="expect_table_row_count_to_be_between", column=None,
            severity="critical", detail=f"observed {rows} rows, at least {floor} expected "
                                        f"({last} at the last publish)"))
    if name == "marts.dim_articles" and sources:
        have = {r[0] for r in con.execute(f"select distinct source from {name}").fetchall()}
        gone = sorted(set(sources) - have)
        results.append(None if not gone else Failure(
            suite=name, expectation="expect_column_distinct_values_to_contain_set", column="source",
            severity="critical", detail=f"sources of the last publish with no article now: {gone}"))
    return results


def _clip(value, width: int = 80):
    """A sample value short enough for a one-line report (whole articles are not)."""
    if not isinstance(value, str):
        return value
    value = " ".join(value.split())
    return value if len(value) <= width else value[: width - 1] + "…"


def _describe(result) -> str:
    res = result.result or {}
    if "unexpected_count" in res:
        sample = [_clip(v) for v in (res.get("partial_unexpected_list") or [])[:3]]
        return f"{res['unexpected_count']} unexpected values, e.g. {sample}"
    if "observed_value" in res:
        return f"observed {res['observed_value']}"
    return "failed"


def _failing_keys(batch_definition, frame, config_, key: str) -> list:
    """The key of every row the expectation fails on, as GX itself decides."""
    result = batch_definition.get_batch(batch_parameters={"dataframe": frame}).validate(
        config_.to_domain_obj(),
        result_format={"result_format": "COMPLETE", "unexpected_index_column_names": [key]})
    return sorted({row[key] for row in result.result.get("unexpected_index_list") or []},
                  key=str)


def validate(con, layers=LAYERS, since_last: bool = False) -> ValidationReport:
    """Validate the tables behind every suite of `layers`, reading through DuckDB `con`: every
    row, or with since_last what changed since the last validation (Changes; a build does that)."""
    from great_expectations.data_context.types.resource_identifiers import ExpectationSuiteIdentifier

    ctx = _context()
    rendered: list = []  # the Data Docs pages this validation makes
    report = ValidationReport()
    specs: dict[str, dict] = {}  # published table -> how its rows are quarantined
    counts, sources = _published_baseline()
    changes = Changes(con) if since_last else None
    last_report = ValidationReport.load(config.home() / "validation.json") if since_last else None
    for path in suite_files(layers):
        text = path.read_text(encoding="utf-8")
        suite_def = json.loads(text)
        query = suite_def["meta"]["query"]
        fresh = changes.fresh_rows(suite_def, text) if changes else None
        frame = (con.execute(f"select * from ({query}) q where {fresh[0]}", fresh[1]) if fresh
                 else con.execute(query)).df()
        checkpoint, batch_definition = _checkpoint(ctx, suite_def)
        result = checkpoint.run(batch_parameters={"dataframe": frame})
        rendered += [*result.run_results, ExpectationSuiteIdentifier(name=suite_def["name"])]
        report.suites += 1
        report.read[suite_def["name"]] = len(frame)
        spec = quarantine_spec(suite_def)
        if spec:
            specs[spec["table"]] = spec
        for validation in result.run_results.values():
            for r in validation.results:
                report.expectations += 1
                if r.success:
                    continue
                cfg = r.expectation_config
                failure = Failure(
                    suite=suite_def["name"], expectation=cfg.type,
                    column=cfg.kwargs.get("column"),
                    severity=(cfg.meta or {}).get("severity", "critical"),
                    detail=_describe(r))
                if _quarantines(suite_def, {"type": cfg.type, "meta": cfg.meta}):
                    keys = _failing_keys(batch_definition, frame, cfg, spec["key"])
                    failure.quarantined = len(keys)
                    reason = f"{failure.suite} {failure.expectation}({failure.column or ''})"
                    report.quarantine += [Quarantined(table=spec["table"], key_column=spec["column"],
                                                      key=k, reason=reason, suite=failure.suite)
                                          for k in keys]
                report.failures.append(failure)
        for check in _table_checks(con, suite_def, counts, sources):
            report.expectations += 1
            report.failures += [check] if check else []
        if fresh and spec and last_report:
            report.quarantine += _still_quarantined(con, last_report, suite_def["name"], spec,
                                                    validated=set(frame[spec["key"]]))
    report.quarantine += _dependents(con, report.quarantine, specs)
    if changes:
        changes.record()
    datadocs.keep_recent(Path(ctx.root_directory), DOCS_RUNS_KEPT)
    ctx.build_data_docs(resource_identifiers=rendered)  # these pages, and the index
    sites = ctx.get_docs_sites_urls()
    report.data_docs = sites[0]["site_url"] if sites else ""
    return report


def _still_quarantined(con, last: ValidationReport, suite: str, spec: dict,
                       validated: set) -> list[Quarantined]:
    """The rows the last validation quarantined for this suite that this one did not read
    again (they have not changed) and that are still there."""
    kept = [q for q in last.quarantine if q.suite == suite and q.key not in validated]
    if not kept:
        return []
    there = {r[0] for r in con.execute(
        f'select "{spec["column"]}" from {spec["table"]} where "{spec["column"]}" in (select unnest(?))',
        [sorted({q.key for q in kept})]).fetchall()}
    return [q for q in kept if q.key in there]


VALIDATION = "validate"  # the validation's name in intermediate.mart_marks


class Changes:
    """What changed since the last validation (intermediate.mart_marks, model 'validate'), and
    what this one has seen, recorded when it ends (record)."""

    def __init__(self, con):
        self.con = con
        self.ready = _has_table(con, "intermediate", "mart_marks") and _has_table(
            con, "intermediate", "mart_changes")  # made by dbt's on-run-start
        self.marks = {i: (w, f) for i, w, f in con.execute(
            "select input, watermark, fingerprint from intermediate.mart_marks where model = ?",
            [VALIDATION]).fetchall()} if self.ready else {}
        self.scopes = scope_columns()
        self.seen: list[tuple[str, object, str | None]] = []

    def fresh_rows(self, suite_def: dict, text: str) -> tuple[str, list] | None:
        """A condition on the rows (q) of the suite's query, with its parameters: those that
        changed, and those whose unique key is repeated; None when every row must be read.
        The keys are fetched first and given as lists: DuckDB filters a list of values before
        it computes the query's columns (a check over each article's text, say), but computed
        every row's columns to filter by an IN over subqueries."""
        name = suite_def["name"]
        fingerprint = hashlib.sha256(text.encode("utf-8")).hexdigest()
        suite_changed = self.marks.get(f"suite {name}", (None, None))[1] != fingerprint
        self.seen.append((f"suite {name}", None, fingerprint))
        changed = self._changed_keys(suite_def)
        if not self.ready or suite_changed or changed is None:
            return None
        key, keys = changed
        wanted = [(key, keys)] + [
            (c, f'select "{c}" from ({suite_def["meta"]["query"]}) group by all having count(*) > 1')
            for c in sorted({e["kwargs"]["column"] for e in suite_def["expectations"]
                             if e["type"] == "expect_column_values_to_be_unique"})]
        from vngov.delta import in_list  # delta reads this module's scope_columns

        terms, params = [], []
        for column, values_sql in wanted:
            values = [v for (v,) in self.con.execute(
                f"select v::varchar from ({values_sql}) t(v) where v is not null").fetchall()]
            if values:
                terms.append(in_list(column))
                params.append(values)
        return " or ".join(terms) or "false", params

    def _changed_keys(self, suite_def: dict) -> tuple[str, str] | None:
        """(column of the suite's query, SQL of its values in the rows changed since the last
        validation), or None when every row counts as changed."""
        name = suite_def["meta"].get("changed_since")
        table = suite_def["name"]
        if name:  # a raw table: rows newer than a time
            time, key = name["time"], name["key"]
            since = self._advance(f"times of {table}", f"select max({time}) from {table}")
            return None if since is None else (
                key, f'select "{key}" from {table} where {time} > {_timestamp(since)}')
        spec, scope = quarantine_spec(suite_def), self.scopes.get(table)
        if not spec or not scope or spec["table"] != table:
            return None  # rebuilt whole by every build, or not keyed by its own rows
        model = table.split(".")[1]
        since = self._advance(f"changes of {model}", "select current_timestamp")
        if since is None:
            return None
        log = f"from intermediate.mart_changes where model = '{model}' and changed_at > {_timestamp(since)}"
        if self.con.execute(f"select count(*) {log} and scope is null").fetchone()[0]:
            return None  # built whole since
        return spec["key"], (f'select "{spec["column"]}" from {table} '
                             f'where "{scope}"::varchar in (select scope {log})')

    def _advance(self, mark: str, latest_sql: str):
        """The time this mark was at after the last validation (None: none yet), and notes
        where it is now."""
        if not self.ready:
            return None
        self.seen.append((mark, self.con.execute(latest_sql).fetchone()[0], None))
        return self.marks.get(mark, (None, None))[0]

    def record(self) -> None:
        if not self.ready:
            return
        self.con.execute("delete from intermediate.mart_marks where model = ?", [VALIDATION])
        self.con.executemany("insert into intermediate.mart_marks values (?, ?, ?, ?)",
                             [[VALIDATION, mark, time, fingerprint] for mark, time, fingerprint in self.seen])


def _timestamp(value) -> str:
    return f"timestamptz '{value.isoformat()}'"


def _has_table(con, schema: str, table: str) -> bool:
    return bool(con.execute("select count(*) from duckdb_tables() where schema_name = ? "
                            "and table_name = ?", [schema, table]).fetchone()[0])


def scope_columns(manifest_path: Path | None = None) -> dict[str, str]:
    """{table: the column whose values its dbt model logs as changed scopes: the scope it is
    replaced by, or its log_key} of the models that update by part, from the last dbt build's
    manifest."""
    path = manifest_path or config.home() / "dbt" / "target" / "manifest.json"
    if not path.exists():
        return {}
    nodes = json.loads(path.read_text(encoding="utf-8"))["nodes"]
    return {f"{n['schema']}.{n['alias'] or n['name']}": n["config"].get("log_key") or n["config"]["unique_key"]
            for n in nodes.values() if n["resource_type"] == "model"
            and n["config"].get("incremental_strategy") == "replace_scopes"}


def relationships(manifest_path: Path | None = None) -> list[tuple[str, str, str, str]]:
    """(child table, column, parent table, column) of every dbt `relationships` test between
    models, from the last dbt build's manifest."""
    path = manifest_path or config.home() / "dbt" / "target" / "manifest.json"
    if not path.exists():
        return []
    nodes = json.loads(path.read_text(encoding="utf-8"))["nodes"]
    models = {n["name"]: f"{n['schema']}.{n['alias'] or n['name']}"
              for n in nodes.values() if n["resource_type"] in ("model", "seed")}
    found = []
    for node in nodes.values():
        meta = node.get("test_metadata") or {}
        if node["resource_type"] != "test" or meta.get("name") != "relationships":
            continue
        kwargs = meta["kwargs"]
        parent = re.search(r"ref\(\s*['\"](\w+)['\"]", kwargs.get("to", ""))
        child = nodes.get(node.get("attached_node") or "", {}).get("name")
        if parent and child in models and parent.group(1) in models:
            found.append((models[child], kwargs["column_name"], models[parent.group(1)],
                          kwargs["field"]))
    return found


def _dependents(con, quarantine: list[Quarantined], specs: dict[str, dict]) -> list[Quarantined]:
    """Rows that reference a quarantined row (a deadline of a quarantined directive, ...),
    followed to the end, so the published copy has no reference to a row it left out.
    specs: how each published table's rows are keyed (quarantine_spec)."""
    held = _by_table(quarantine)  # grows as dependents are found
    rels = relationships()
    added: list[Quarantined] = []
    changed = bool(quarantine)
    while changed:
        changed = False
        for child, column, parent, field_ in rels:
            if parent not in held or child not in specs:
                continue
            (parent_key, parent_keys), child_key = held[parent], specs[child]["column"]
            child_keys = held.setdefault(child, (child_key, set()))[1]
            rows = con.execute(
                f'select distinct c."{child_key}", p."{parent_key}" from {child} c '
                f'join {parent} p on c."{column}" = p."{field_}" '
                f'where p."{parent_key}" in (select unnest(?))', [sorted(parent_keys)]).fetchall()
            for child_value, parent_value in rows:
                if child_value not in child_keys:
                    child_keys.add(child_value)
                    added.append(Quarantined(table=child, key_column=child_key, key=child_value,
                                             reason=f"refers to quarantined {parent} row "
                                                    f"{parent_key}={parent_value}"))
                    changed = True
    return added


def record_quarantine(con, report: ValidationReport) -> None:
    """Keep each quarantined row in raw.rejects (stage validate): the row as JSON is its bytes,
    the failed expectation its reason. The same row quarantined again by a later build stays
    one reject that names the latest build."""
    reasons: dict[str, dict[str, list[str]]] = {}  # table -> key -> why
    for q in report.quarantine:
        reasons.setdefault(q.table, {}).setdefault(q.key, []).append(q.reason)
    for table, (column, _) in report.quarantined_keys().items():
        by_key = reasons[table]
        schema, name = table.split(".")
        columns = {r[0] for r in con.execute(
            "select column_name from duckdb_columns() where schema_name = ? and table_name = ?",
            [schema, name]).fetchall()}
        url = next((f"t.{c}" for c in ("article_url", "url") if c in columns),
                   f"'{table}/' || t.\"{column}\"")
        con.execute("create or replace temp table quarantined as select unnest(?) as key, "
                    "unnest(?) as reason", [list(by_key), ["; ".join(r) for r in by_key.values()]])
        con.execute(f"""
            insert into raw.rejects (reject_id, url, source, run_id, recorded_at, stage, reason,
                http_status, body)
            select md5(concat_ws('|', '{table}', q.key, q.reason)), {url}, '{table}', ?,
                current_timestamp, 'validate', 'quarantined: ' || q.reason, null,
                encode(to_json(t)::varchar)
            from {table} t join quarantined q on t."{column}" = q.key
            on conflict (reject_id) do update set run_id = excluded.run_id,
                recorded_at = excluded.recorded_at""", [report.dbt_invocation])
