"""Print the task states of the latest run of a DAG; exit 1 unless the run succeeded.

`airflow dags test` does not reliably signal a failed task through its exit code, so
scripts/airflow_run.sh asks the metadata database instead.
"""

import sys

from airflow.models.dagrun import DagRun
from airflow.utils.session import create_session

dag_id = sys.argv[1] if len(sys.argv) > 1 else "vngov_daily"
with create_session() as session:
    run = (session.query(DagRun).filter(DagRun.dag_id == dag_id)
           .order_by(DagRun.id.desc()).first())
    if run is None:
        sys.exit(f"no run of {dag_id} found")
    for ti in sorted(run.get_task_instances(session=session),
                     key=lambda t: (t.start_date is None, t.start_date, t.map_index)):
        label = ti.rendered_map_index or ti.map_index  # crawl[nld] rather than crawl[3]
        name = ti.task_id + (f"[{label}]" if ti.map_index >= 0 else "")
        tries = f"  (try {ti.try_number})" if (ti.try_number or 0) > 1 else ""
        print(f"   {name:<26} {ti.state}{tries}")
    print(f"   run {run.run_id}: {run.state}")
    sys.exit(0 if run.state == "success" else 1)
