"""vngov_deadline_watch: after every publish, the deadline digest (`vngov watch`).

Scheduled on the asset vngov://published (vngov.dag_support.PUBLISHED), which vngov_daily's
publish task updates when it succeeds: no publish, no digest. The digest lands in
$VNGOV_HOME/digests/<as-of>.json and .html and is posted to $VNGOV_WEBHOOK_URL when that is set
in the workers' environment; a failed post fails the task (the files are written first) and the
retry makes the same digest again. Trigger with conf {"as_of": "2025-03-20"} for another day.
"""

from __future__ import annotations

from datetime import timedelta

import pendulum
from airflow.sdk import Param, dag, task

from vngov.dag_support import PUBLISHED, run_vngov


@dag(
    dag_id="vngov_deadline_watch",
    description="Directives newly overdue and due within 7 / 30 days, by addressee",
    schedule=[PUBLISHED],
    start_date=pendulum.datetime(2025, 1, 1, tz="Asia/Ho_Chi_Minh"),
    catchup=False,
    max_active_runs=1,  # two digests of one day at once would race on digests/state.json
    default_args={"retries": 2, "retry_delay": timedelta(minutes=2)},
    params={"as_of": Param(None, type=["null", "string"],
                           description="digest day YYYY-MM-DD (default: today in Hanoi)")},
    tags=["vngov"],
)
def vngov_deadline_watch():
    @task
    def digest(params=None) -> None:
        args = ["watch"]
        if params["as_of"]:
            args += ["--as-of", params["as_of"]]
        run_vngov(*args)

    digest()


vngov_deadline_watch()
