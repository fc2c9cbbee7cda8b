"""Great Expectations checkpoints over the warehouse, one suite per table, grouped by layer.

Suites live in expectations/<layer>/<table>.json in GX's own suite format; each suite's
`meta.query` says which rows to validate. GX reads DuckDB through SQLAlchemy badly (GX issues
10738, 11579), so the rows are read with DuckDB into a pandas DataFrame and GX validates that.
Each expectation's `meta.severity` is "critical" (default: blocks publishing) or "warning".
Results and Data Docs go under VNGOV_HOME.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from vngov import config

os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")  # no network calls

LAYERS = ("raw", "marts")


@dataclass
class Failure:
    suite: str
    expectation: str
    column: str | None
    severity: str
    detail: str


@dataclass
class ValidationReport:
    suites: int = 0
    expectations: int = 0
    failures: list[Failure] = field(default_factory=list)
    data_docs: str = ""
    dbt_invocation: str = ""

    @property
    def critical(self) -> list[Failure]:
        return [f for f in self.failures if f.severity == "critical"]

    @property
    def warnings(self) -> list[Failure]:
        return [f for f in self.failures if f.severity != "critical"]

    @property
    def passed(self) -> bool:
        return not self.critical

    def line(self) -> str:
        verdict = "passed" if self.passed else "FAILED"
        return (f"validation {verdict}: {self.suites} suites, {self.expectations} expectations, "
                f"{len(self.critical)} critical failures, {len(self.warnings)} warnings")

    def save(self, path: Path) -> None:
        data = asdict(self) | {"passed": self.passed}
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> "ValidationReport | None":
        if not path.exists():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        data.pop("passed", None)
        data["failures"] = [Failure(**f) for f in data["failures"]]
        return cls(**data)


def suite_files(layers=LAYERS) -> list[Path]:
    root = config.expectations_dir()
    return [p for layer in layers for p in sorted((root / layer).glob("*.json"))]


def _context():
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    ctx = gx.get_context(mode="file", project_root_dir=str(config.home()))
    bars = ctx.variables.progress_bars
    if (bars.get("globally") if isinstance(bars, dict) else getattr(bars, "globally", True)) is not False:
        ctx.variables.progress_bars = ProgressBarsConfig(globally=False)  # keep task logs readable
        ctx.variables.save()
    return ctx


def _checkpoint(ctx, suite_def: dict):
    """Register (or refresh) datasource asset, suite, validation definition and checkpoint."""
    import great_expectations as gx
    from great_expectations.checkpoint import UpdateDataDocsAction

    name = suite_def["name"]
    source = ctx.data_sources.add_or_update_pandas("vngov_duckdb")
    asset = next((a for a in source.assets if a.name == name), None) \
        or source.add_dataframe_asset(name)
    batch = next((b for b in asset.batch_definitions if b.name == "whole_table"), None) \
        or asset.add_batch_definition_whole_dataframe("whole_table")
    suite = ctx.suites.add_or_update(gx.ExpectationSuite(
        name=name, expectations=suite_def["expectations"], meta=suite_def.get("meta", {})))
    definition = ctx.validation_definitions.add_or_update(
        gx.ValidationDefinition(name=name, data=batch, suite=suite))
    return ctx.checkpoints.add_or_update(gx.Checkpoint(
        name=name, validation_definitions=[definition],
        actions=[UpdateDataDocsAction(name="update_data_docs")]))


def _describe(result) -> str:
    res = result.result or {}
    if "unexpected_count" in res:
        sample = res.get("partial_unexpected_list") or []
        return f"{res['unexpected_count']} unexpected values, e.g. {sample[:3]}"
    if "observed_value" in res:
        return f"observed {res['observed_value']}"
    return "failed"


def validate(con, layers=LAYERS) -> ValidationReport:
    """Validate the tables behind every suite of `layers`, reading through DuckDB `con`."""
    ctx = _context()
    report = ValidationReport()
    for path in suite_files(layers):
        suite_def = json.loads(path.read_text(encoding="utf-8"))
        frame = con.execute(suite_def["meta"]["query"]).df()
        result = _checkpoint(ctx, suite_def).run(batch_parameters={"dataframe": frame})
        report.suites += 1
        for validation in result.run_results.values():
            for r in validation.results:
                report.expectations += 1
                if r.success:
                    continue
                cfg = r.expectation_config
                report.failures.append(Failure(
                    suite=suite_def["name"], expectation=cfg.type,
                    column=cfg.kwargs.get("column"),
                    severity=(cfg.meta or {}).get("severity", "critical"),
                    detail=_describe(r)))
    sites = ctx.get_docs_sites_urls()
    report.data_docs = sites[0]["site_url"] if sites else ""
    return report
