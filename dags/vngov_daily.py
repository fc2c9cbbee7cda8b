"""vngov_daily: crawl (one mapped task per source) -> load -> extract (one mapped task per
partition) -> dbt (one task per model, seed and source, by astronomer-cosmos) -> validate ->
publish.

Each step runs the `vngov` command in a child process: Scrapy's Twisted reactor cannot restart
inside one process, and dbt and Great Expectations keep global state, so a fresh process per task
is both safer and what a worker on another machine would do anyway.

One writer at a time: the warehouse steps share the 1-slot pool `vngov_warehouse`, runs of this
DAG never overlap (max_active_runs=1), and `vngov` itself takes a file lock on the warehouse.
Trigger with conf {"replay": true} to crawl the local replay site instead of the live sites, and
{"backfill": true, "since": "2025-01-01", "until": "2025-03-31"} to walk a date range.
Extraction is the heavy step: `extract_plan` splits the pages not yet extracted into partitions,
each `extract_partition` (no pool: it writes only its own files under VNGOV_HOME/extract) runs on
whichever worker is free, and `extract_load` loads their results. Workers must share VNGOV_HOME.
Trigger with conf {"extract_partitions": 8} to split into 8 (default: one per core of the worker
that plans, fewer for a few pages).
A crawl whose site seems to have changed (vngov.alarm) fails its task at once, naming the source
and the likely cause; the other sources still load.
"""

from __future__ import annotations

import json
from datetime import timedelta

import pendulum
from airflow.sdk.exceptions import AirflowFailException
from airflow.sdk import Param, dag, get_current_context, task

from vngov.alarm import ALARM_EXIT
from vngov.dag_support import PUBLISHED, VngovFailed, dbt_task_group, run_vngov
from vngov.sites import SITES

WAREHOUSE_POOL = "vngov_warehouse"


@dag(
    dag_id="vngov_daily",
    description="Government news -> meetings, directives, deadlines (validated, then published)",
    schedule="0 6 * * *",  # 06:00 Hanoi: yesterday's evening news is in
    start_date=pendulum.datetime(2025, 1, 1, tz="Asia/Ho_Chi_Minh"),
    catchup=False,
    max_active_runs=1,
    default_args={
        "retries": 2,
        "retry_delay": timedelta(minutes=5),
        "retry_exponential_backoff": True,
        "max_retry_delay": timedelta(hours=1),
    },
    params={
        "replay": Param(False, type="boolean", description="crawl the local replay site"),
        "sources": Param(sorted(SITES), type="array", description="sources to crawl"),
        "since": Param(None, type=["null", "string"], description="YYYY-MM-DD lower bound"),
        "until": Param(None, type=["null", "string"], description="YYYY-MM-DD upper bound"),
        "backfill": Param(False, type="boolean",
                          description="walk listings back to `since` past known articles"),
        "extract_partitions": Param(None, type=["null", "integer"], minimum=1,
                                    description="extraction partitions (default: one per core)"),
    },
    tags=["vngov"],
)
def vngov_daily():
    @task
    def list_sources(params=None) -> list[str]:
        return list(params["sources"])

    @task(retries=3, map_index_template="{{ crawl_source }}")
    def crawl(source: str, params=None) -> None:
        get_current_context()["crawl_source"] = source  # the UI shows crawl[nld], not crawl[3]
        args = ["crawl", "--sources", source]
        if params["replay"]:
            args.append("--replay")
        for option in ("since", "until"):
            if params[option]:
                args += [f"--{option}", params[option]]
        if params["backfill"]:
            args.append("--backfill")
        try:
            run_vngov(*args)
        except VngovFailed as failure:
            if failure.returncode == ALARM_EXIT:
                # The site changed under us: a retry would find nothing new and pass, hiding it.
                raise AirflowFailException(str(failure)) from None
            raise

    # A source that failed must not hold back the others: load what did land.
    @task(pool=WAREHOUSE_POOL, trigger_rule="all_done")
    def load() -> None:
        run_vngov("load")

    @task(pool=WAREHOUSE_POOL)
    def extract_plan(params=None) -> dict:
        args = ["extract", "plan"]
        if params["extract_partitions"]:
            args += ["--partitions", str(params["extract_partitions"])]
        return json.loads(run_vngov(*args))

    @task
    def partitions_of(plan: dict) -> list[dict]:
        return [{"batch": plan["batch"], "partition": k} for k in plan["partitions"]]

    @task(retries=3, map_index_template="{{ extract_label }}")
    def extract_partition(batch: str, partition: int) -> None:
        get_current_context()["extract_label"] = f"partition {partition}"
        run_vngov("extract", "partition", batch, str(partition))

    # none_failed: with no new pages there are no partitions, and the mapped task is skipped.
    @task(pool=WAREHOUSE_POOL, trigger_rule="none_failed")
    def extract_load(plan: dict) -> None:
        run_vngov("extract", "load", plan["batch"])

    @task(pool=WAREHOUSE_POOL, retries=0)  # a failed expectation will not pass on retry
    def validate() -> None:
        run_vngov("build", "--only", "validate")

    @task(pool=WAREHOUSE_POOL, outlets=[PUBLISHED])  # a success schedules vngov_deadline_watch
    def publish() -> None:
        run_vngov("build", "--only", "publish")

    @task(pool=WAREHOUSE_POOL, retries=0)
    def summary() -> None:
        run_vngov("summary")

    crawled = crawl.expand(source=list_sources())
    plan = extract_plan()
    crawled >> load() >> plan
    extracted = extract_partition.expand_kwargs(partitions_of(plan))
    dbt = dbt_task_group(WAREHOUSE_POOL)
    extracted >> extract_load(plan) >> dbt >> validate() >> publish() >> summary()


vngov_daily()
