"""CeleryExecutor for real (the `celery` profile of docker-compose.yml, without Docker).

Redis (Debian's redis-server) and PostgreSQL (the mirror's cluster, `vngov serve`) on 127.0.0.1,
then Airflow as compose runs it in celery mode: `airflow api-server`, `airflow scheduler`,
`airflow dag-processor` and two `airflow celery worker`s named like the compose workers, with the
executor, result backend and worker concurrency set through the same variables. A DAG of its own
(the project's DAG crawls and builds; this is about the executor) maps one task over four inputs;
each must run on a worker, both workers must get some, and the compose healthcheck command of the
workers must see each of them.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import psycopg
import pytest
import yaml

from conftest import REPO, free_port, run_vngov, vngov_env, stop_process_groups
from test_compose import CELERY_APP, CELERY_ENV, CELERY_WORKERS, COMPOSE, RedisServer, env_of, interpolate

pytestmark = pytest.mark.slow

DAG_ID = "vngov_celery_check"
MAP_INDEXES = 4

DAG_FILE = f'''
import os
import time
from pathlib import Path

import pendulum
from airflow.sdk import dag, task


@dag(dag_id="{DAG_ID}", schedule=None, start_date=pendulum.datetime(2025, 1, 1), catchup=False)
def celery_check():
    @task
    def work(i: int) -> str:
        time.sleep(2)
        worker = os.environ["CELERY_CHECK_WORKER"]  # set for each worker process by the test
        Path(os.environ["CELERY_CHECK_OUT"], f"{{i}}.txt").write_text(worker)
        return worker

    work.expand(i=list(range({MAP_INDEXES})))


celery_check()
'''

# In a container, the worker's hostname is the service's `hostname:`. Here all processes share
# one host: each worker reports its own name through [core] hostname_callable instead.
HOSTNAME_MODULE = '''
import os
import socket


def name():
    return os.environ.get("CELERY_CHECK_WORKER") or socket.getfqdn()
'''


def _compose_services() -> dict:
    return yaml.safe_load(COMPOSE.read_text())["services"]


def _start(name: str, args: list[str], env: dict, logs: Path) -> subprocess.Popen:
    out = open(logs / f"{name}.log", "w")
    return subprocess.Popen(args, cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT,
                            start_new_session=True)


def _airflow(env: dict, *args: str) -> str:
    proc = subprocess.run(["airflow", *args], cwd=REPO, env=env, text=True, capture_output=True,
                          timeout=600)
    assert proc.returncode == 0, f"airflow {' '.join(args)}\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    return proc.stdout


def _wait(what: str, check, timeout: float, logs: Path, procs: list[subprocess.Popen]):
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        dead = [p.args[1:4] for p in procs if p.poll() is not None]
        if dead or time.monotonic() > deadline:
            tails = "\n".join(f"--- {log.name}\n{log.read_text()[-2500:]}" for log in sorted(logs.glob("*.log")))
            raise AssertionError(f"{what}: {'exited: ' + str(dead) if dead else 'timed out'}\n{tails}")
        time.sleep(1)


def _api_up(port: int) -> bool:
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/version", timeout=5)
        return True
    except OSError:
        return False


@pytest.fixture
def postgres(tmp_path):
    """The managed mirror cluster of a fresh VNGOV_HOME, with a database `airflow` in it."""
    home = tmp_path / "home"
    port = free_port()
    run_vngov(home, "serve", "--port", str(port))
    try:
        password = (home / "postgres" / "admin.password").read_text().strip()  # URL-safe
        admin = f"postgresql://vngov:{password}@127.0.0.1:{port}"
        with psycopg.connect(f"{admin}/vngov", autocommit=True) as pg:
            pg.execute("create database airflow")
        yield home, f"{admin}/airflow"
    finally:
        run_vngov(home, "serve", "--stop", check=False)


def test_a_mapped_task_runs_on_both_celery_workers(tmp_path, postgres):
    services = _compose_services()
    worker_names = [services[w]["hostname"] for w in CELERY_WORKERS]
    compose_env = env_of(services["airflow-scheduler"], CELERY_ENV)
    assert compose_env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
    assert compose_env["AIRFLOW__CELERY__RESULT_BACKEND"].startswith("db+postgresql://")

    redis = RedisServer(tmp_path / "redis")
    home, pg_url = postgres
    logs = tmp_path / "logs"
    dags, out, pylib = tmp_path / "dags", tmp_path / "out", tmp_path / "pylib"
    for folder in (logs, dags, out, pylib, tmp_path / "airflow"):
        folder.mkdir()
    (dags / f"{DAG_ID}.py").write_text(DAG_FILE)
    (pylib / "celery_check_host.py").write_text(HOSTNAME_MODULE)

    api_port = free_port()
    pg_rest = pg_url.split("://", 1)[1]
    env = vngov_env(
        home,
        PATH=f"{Path(sys.executable).parent}:{os.environ['PATH']}",
        PYTHONPATH=os.pathsep.join([*filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep)), str(pylib)]),
        AIRFLOW_HOME=str(tmp_path / "airflow"),
        AIRFLOW__CORE__DAGS_FOLDER=str(dags),
        AIRFLOW__CORE__LOAD_EXAMPLES="False",
        AIRFLOW__CORE__UNIT_TEST_MODE="False",
        AIRFLOW__CORE__HOSTNAME_CALLABLE="celery_check_host.name",
        # As the compose file sets them in celery mode, with loopback servers for redis/postgres.
        AIRFLOW__CORE__EXECUTOR=compose_env["AIRFLOW__CORE__EXECUTOR"],
        AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=f"postgresql+psycopg2://{pg_rest}",
        AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_ASYNC=f"postgresql+asyncpg://{pg_rest}",
        AIRFLOW__CELERY__BROKER_URL=redis.url,
        AIRFLOW__CELERY__RESULT_BACKEND=f"db+postgresql://{pg_rest}",
        # One slot per worker: four tasks of 2 s cannot all go to one worker.
        AIRFLOW__CELERY__WORKER_CONCURRENCY="1",
        AIRFLOW__API__HOST="127.0.0.1", AIRFLOW__API__PORT=str(api_port),
        AIRFLOW__CORE__EXECUTION_API_SERVER_URL=f"http://127.0.0.1:{api_port}/execution/",
        AIRFLOW__API_AUTH__JWT_SECRET=compose_env["AIRFLOW__API_AUTH__JWT_SECRET"],
        AIRFLOW__API__SECRET_KEY=compose_env["AIRFLOW__API__SECRET_KEY"],
        AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS="True",
        AIRFLOW__SCHEDULER__SCHEDULER_HEARTBEAT_SEC="1",
        AIRFLOW__LOGGING__LOGGING_LEVEL="INFO",
        CELERY_CHECK_OUT=str(out),
    )
    env.pop("CELERY_CHECK_WORKER", None)

    procs: list[subprocess.Popen] = []
    try:
        _airflow(env, "db", "migrate")
        procs.append(_start("api-server", ["airflow", "api-server", "-H", "127.0.0.1", "-p", str(api_port), "-w", "1"], env, logs))
        procs.append(_start("scheduler", ["airflow", "scheduler", "--skip-serve-logs"], env, logs))
        procs.append(_start("dag-processor", ["airflow", "dag-processor"], env, logs))
        for name in worker_names:
            procs.append(_start(name, ["airflow", "celery", "worker", "--celery-hostname", f"celery@{name}",
                                       "--skip-serve-logs"], {**env, "CELERY_CHECK_WORKER": name}, logs))

        # The compose healthcheck of the workers, as the container runs it ($HOSTNAME = hostname:).
        health = interpolate(services[CELERY_WORKERS[0]]["healthcheck"]["test"][1])

        def healthy(name: str) -> bool:
            return subprocess.run(["sh", "-c", health], env={**env, "HOSTNAME": name}, cwd=REPO,
                                  capture_output=True, timeout=120).returncode == 0

        for name in worker_names:
            _wait(f"healthcheck of worker {name}", lambda: healthy(name), 180, logs, procs)
        assert not healthy("no-such-worker"), "the worker healthcheck passes for a node that is not there"
        _wait("API server", lambda: _api_up(api_port), 180, logs, procs)

        def query(sql: str) -> list[tuple]:
            with psycopg.connect(pg_url) as pg:
                return pg.execute(sql).fetchall()

        _wait("DAG parsed by the dag-processor",
              lambda: query(f"select 1 from serialized_dag where dag_id = '{DAG_ID}'"), 180, logs, procs)
        # The concurrency variable is the one Celery reads: the pool has one process.
        stats = subprocess.run(["celery", "--app", f"{CELERY_APP}.app", "inspect", "stats", "--json",
                                "-d", f"celery@{worker_names[0]}"], env=env, cwd=REPO, text=True,
                               capture_output=True, timeout=120)
        assert stats.returncode == 0, stats.stderr
        reply = next(line for line in reversed(stats.stdout.splitlines()) if line.startswith("{"))  # after Airflow's log lines
        pool = json.loads(reply)[f"celery@{worker_names[0]}"]["pool"]
        assert pool["max-concurrency"] == 1, pool

        _airflow(env, "dags", "unpause", DAG_ID)
        _airflow(env, "dags", "trigger", DAG_ID)
        state = _wait("the DAG run", lambda: [s for (s,) in query(
            f"select state from dag_run where dag_id = '{DAG_ID}'") if s in ("success", "failed")],
            300, logs, procs)
        tis = query(f"select map_index, state, hostname, queue from task_instance "
                    f"where dag_id = '{DAG_ID}' order by map_index")
        # A worker records the Celery result after the task has reported its state to Airflow.
        def counts() -> dict:
            return dict(query("select status, count(*) from celery_taskmeta group by status"))

        if state == ["success"]:
            _wait("Celery results of the tasks", lambda: counts().get("SUCCESS", 0) >= MAP_INDEXES,
                  60, logs, procs)
        results = counts()
    finally:
        stop_process_groups(procs)
        redis.stop()
    tails = "\n".join(f"--- {log.name}\n{log.read_text()[-2000:]}" for log in sorted(logs.glob("*.log")))
    assert state == ["success"], f"{tis}\n{tails}"
    assert [(i, s) for i, s, _, _ in tis] == [(i, "success") for i in range(MAP_INDEXES)], tis
    hosts = {i: h for i, _, h, _ in tis}
    assert set(hosts.values()) == set(worker_names), f"task instances ran on {hosts}, not on both workers"
    assert {q for *_, q in tis} == {"default"}
    # Each task ran inside the worker that reported it (the worker's own environment).
    assert {i: (out / f"{i}.txt").read_text() for i in range(MAP_INDEXES)} == hosts
    # The result backend is the metadata DB: Celery recorded each task there.
    assert results.get("SUCCESS", 0) >= MAP_INDEXES, results
    # The scheduler did not run anything itself.
    assert "LocalExecutor" not in (logs / "scheduler.log").read_text()
    assert shlex.split(health)[0] == "celery"
