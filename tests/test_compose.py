"""Static checks of docker-compose.yml, Dockerfile and .dockerignore.

No Docker engine is needed: the files are parsed and cross-checked against each other and
against the repository (paths that are copied or mounted must exist, env vars must agree with
mount targets, the DB driver in the URL must be a declared dependency, ...).
"""

from __future__ import annotations

import fnmatch
import importlib.metadata
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parent.parent
COMPOSE = REPO / "docker-compose.yml"
DOCKERFILE = REPO / "Dockerfile"
DOCKERIGNORE = REPO / ".dockerignore"
PYPROJECT = REPO / "pyproject.toml"

AIRFLOW_SERVICES = (
    "airflow-init",
    "airflow-apiserver",
    "airflow-scheduler",
    "airflow-dag-processor",
    "airflow-triggerer",
)
ALL_SERVICES = ("postgres", *AIRFLOW_SERVICES)
LONG_RUNNING = tuple(s for s in AIRFLOW_SERVICES if s != "airflow-init")

# `docker compose up`: these services and nothing else (LocalExecutor, no Redis).
DEFAULT_SERVICES = {"postgres", "mirror", "metabase", "metabase-init", *AIRFLOW_SERVICES}
# `docker compose --profile celery up` adds these (with AIRFLOW_EXECUTOR=CeleryExecutor).
CELERY_PROFILE = "celery"
CELERY_WORKERS = ("airflow-worker-1", "airflow-worker-2")
CELERY_AIRFLOW_SERVICES = (*CELERY_WORKERS, "airflow-flower")
CELERY_SERVICES = {"redis", *CELERY_AIRFLOW_SERVICES}
EVERY_AIRFLOW_SERVICE = (*AIRFLOW_SERVICES, *CELERY_AIRFLOW_SERVICES)
CELERY_ENV = {"AIRFLOW_EXECUTOR": "CeleryExecutor"}
CELERY_APP = "airflow.providers.celery.executors.celery_executor"

# Token sequences each service's command must contain (in this order for airflow-init).
EXPECTED_COMMANDS = {
    "airflow-apiserver": [["airflow", "api-server"]],
    "airflow-scheduler": [["airflow", "scheduler"]],
    "airflow-dag-processor": [["airflow", "dag-processor"]],
    "airflow-triggerer": [["airflow", "triggerer"]],
    "airflow-init": [
        ["airflow", "db", "migrate"],
        ["airflow", "pools", "set", "vngov_warehouse", "1"],
    ],
}

WAREHOUSE_POOL = "vngov_warehouse"

# Which distributions provide the DB-API module a SQLAlchemy URL names.
DRIVER_DISTS = {
    "psycopg2": {"psycopg2", "psycopg2-binary", "apache-airflow-providers-postgres"},
    "asyncpg": {"asyncpg", "apache-airflow-providers-postgres"},
    "psycopg": {"psycopg", "psycopg-binary"},
}
# SQLAlchemy's default DB-API per dialect, and Airflow's derivation of the async URL
# (airflow.settings._get_async_conn_uri_from_sync) when sql_alchemy_conn_async is unset.
DEFAULT_SYNC_DRIVER = {"postgresql": "psycopg2"}
AIRFLOW_ASYNC_DRIVER = {"postgresql": "asyncpg"}

SHARED_ENV = (
    "AIRFLOW__CORE__EXECUTOR",
    "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN",
    "AIRFLOW__CORE__EXECUTION_API_SERVER_URL",
    "AIRFLOW__API_AUTH__JWT_SECRET",
    "AIRFLOW__CORE__FERNET_KEY",
    "AIRFLOW__API__SECRET_KEY",
    "AIRFLOW__CELERY__BROKER_URL",
    "AIRFLOW__CELERY__RESULT_BACKEND",
)


# --------------------------------------------------------------------------- helpers

_INTERP = re.compile(r"\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)")


def interpolate(value: str, env: dict[str, str] | None = None) -> str:
    """Compose-style interpolation, by default with an empty environment (defaults win);
    `$$` -> `$`."""
    env = env or {}

    def repl(m: re.Match) -> str:
        if m.group(0) == "$$":
            return "$"
        name = m.group(1) or m.group(4)
        if name in env and (env[name] or m.group(2) not in (":-", ":?")):
            return env[name]
        if m.group(2) in (":-", "-"):
            return m.group(3)
        return ""

    return _INTERP.sub(repl, value)


@pytest.fixture(scope="module")
def compose() -> dict:
    assert COMPOSE.is_file(), f"missing {COMPOSE}"
    data = yaml.safe_load(COMPOSE.read_text())
    assert isinstance(data, dict), "docker-compose.yml is not a mapping"
    assert isinstance(data.get("services"), dict), "docker-compose.yml has no services mapping"
    return data


@pytest.fixture(scope="module")
def services(compose) -> dict:
    return compose["services"]


def env_of(service: dict, shell: dict[str, str] | None = None) -> dict[str, str]:
    """The service's environment, interpolated with the shell environment `shell`."""
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) if "=" in item else (item, "") for item in env)
    return {k: interpolate(str(v), shell) for k, v in env.items()}


def active_services(services: dict, profiles: tuple[str, ...] = ()) -> set[str]:
    """What `docker compose [--profile P]... up` starts: services without profiles, and those
    with an active one."""
    return {name for name, svc in services.items()
            if not svc.get("profiles") or set(svc["profiles"]) & set(profiles)}


def dependencies(service: dict) -> dict[str, dict]:
    deps = service.get("depends_on") or {}
    if isinstance(deps, list):
        return {d: {"condition": "service_started", "required": True} for d in deps}
    return {d: {"required": True, **(spec or {})} for d, spec in deps.items()}


def heredocs(script: str) -> list[str]:
    """The bodies of the `<<'PY'` heredocs of a shell script."""
    return re.findall(r"<<'PY'\n(.*?)^PY$", script, flags=re.S | re.M)


def mounts_of(service: dict) -> list[dict]:
    """Volumes as dicts {type, source, target, read_only}; sources interpolated."""
    out = []
    for vol in service.get("volumes") or []:
        if isinstance(vol, dict):
            source = interpolate(str(vol.get("source", "")))
            out.append(
                {
                    "type": vol.get("type", "volume"),
                    "source": source,
                    "target": vol["target"],
                    "read_only": bool(vol.get("read_only", False)),
                }
            )
            continue
        parts = interpolate(str(vol)).split(":")
        if len(parts) == 1:  # anonymous volume
            out.append({"type": "volume", "source": "", "target": parts[0], "read_only": False})
            continue
        source, target = parts[0], parts[1]
        mode = parts[2] if len(parts) > 2 else ""
        kind = "bind" if source.startswith((".", "/", "~")) else "volume"
        out.append({"type": kind, "source": source, "target": target, "read_only": "ro" in mode.split(",")})
    return out


def command_lines(service: dict) -> list[list[str]]:
    """The command as token lists: one per list-form command, one per script line."""
    cmd = service.get("command")
    if cmd is None:
        return []
    if isinstance(cmd, str):
        chunks = [cmd]
    else:
        cmd = [str(c) for c in cmd]
        # `bash -c SCRIPT` (or sh -c): the script's lines are the commands.
        if len(cmd) >= 3 and PurePosixPath(cmd[0]).name in {"bash", "sh"} and cmd[1] in {"-c", "-ec", "-euc"}:
            chunks = [cmd[2]]
        else:
            return [[interpolate(c) for c in cmd]]
    lines: list[list[str]] = []
    for chunk in chunks:
        for raw in interpolate(chunk).splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            for part in re.split(r"&&|\|\||;", line):
                try:
                    tokens = shlex.split(part, comments=True)
                except ValueError:
                    tokens = part.split()
                if tokens:
                    lines.append(tokens)
    return lines


def find_sequence(lines: list[list[str]], seq: list[str]) -> int | None:
    """Index of the first command line containing `seq` as consecutive tokens."""
    for i, tokens in enumerate(lines):
        for j in range(len(tokens) - len(seq) + 1):
            if tokens[j : j + len(seq)] == seq:
                return i
    return None


def build_of(service: dict) -> tuple[Path, Path]:
    build = service.get("build")
    assert build is not None, "service has no build: section (it must use the project's image)"
    if isinstance(build, str):
        context, dockerfile = build, "Dockerfile"
    else:
        context, dockerfile = build.get("context", "."), build.get("dockerfile", "Dockerfile")
    ctx = (COMPOSE.parent / interpolate(str(context))).resolve()
    return ctx, (ctx / interpolate(str(dockerfile))).resolve()


# ------------------------------------------------------------------ Dockerfile parsing


def dockerfile_instructions(path: Path = DOCKERFILE) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with line continuations joined and comments dropped."""
    assert path.is_file(), f"missing {path}"
    out: list[tuple[str, str]] = []
    buf = ""
    for raw in path.read_text().splitlines():
        stripped = raw.strip()
        if stripped.startswith("#") and not buf:
            continue
        if stripped.startswith("#"):  # comment inside a continued instruction
            continue
        if stripped.endswith("\\"):
            buf += stripped[:-1] + " "
            continue
        buf += stripped
        if buf.strip():
            word, _, rest = buf.strip().partition(" ")
            out.append((word.upper(), rest.strip()))
        buf = ""
    if buf.strip():
        word, _, rest = buf.strip().partition(" ")
        out.append((word.upper(), rest.strip()))
    return out


def copy_args(args: str) -> tuple[list[str], str, dict[str, str]]:
    """Sources, destination and --flags of a COPY/ADD instruction."""
    flags: dict[str, str] = {}
    if args.lstrip().startswith("--"):
        tokens = shlex.split(args)
        while tokens and tokens[0].startswith("--"):
            key, _, val = tokens.pop(0)[2:].partition("=")
            flags[key] = val
        rest = " ".join(shlex.quote(t) for t in tokens)
    else:
        rest = args
    rest = rest.strip()
    if rest.startswith("["):
        items = json.loads(rest)
    else:
        items = shlex.split(rest)
    assert len(items) >= 2, f"COPY needs a source and a destination: {args!r}"
    return items[:-1], items[-1], flags


def dockerfile_env(instructions) -> dict[str, str]:
    env: dict[str, str] = {}
    for word, args in instructions:
        if word != "ENV":
            continue
        tokens = shlex.split(args)
        if tokens and "=" not in tokens[0]:  # legacy `ENV KEY value`
            env[tokens[0]] = " ".join(tokens[1:])
            continue
        for tok in tokens:
            key, _, val = tok.partition("=")
            env[key] = val
    return env


def image_copies(instructions) -> list[tuple[int, str, str]]:
    """(instruction index, source, absolute destination) of COPYs from the build context."""
    workdir = "/"
    out = []
    for i, (word, args) in enumerate(instructions):
        if word == "WORKDIR":
            workdir = str(PurePosixPath(workdir) / args.strip())
        elif word in {"COPY", "ADD"}:
            sources, dest, flags = copy_args(args)
            if "from" in flags:
                continue
            dest_abs = PurePosixPath(workdir) / dest
            for src in sources:
                name = PurePosixPath(src.rstrip("/")).name
                if len(sources) > 1 or dest.endswith("/"):
                    # A directory source's *contents* go to dest; a file keeps its name.
                    target = dest_abs if src.endswith("/") or (REPO / src).is_dir() else dest_abs / name
                else:
                    target = dest_abs
                out.append((i, src, str(target)))
    return out


def dockerignore_patterns() -> list[str]:
    assert DOCKERIGNORE.is_file(), f"missing {DOCKERIGNORE}"
    pats = []
    for raw in DOCKERIGNORE.read_text().splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            pats.append(line)
    return pats


def is_dockerignored(rel: str, patterns: list[str]) -> bool:
    """Approximation of Docker's rules: last match wins, `!` re-includes, a match on a
    parent directory excludes everything below it, `**/` matches any depth."""
    rel = rel.strip("/")
    parts = rel.split("/")
    candidates = ["/".join(parts[: k + 1]) for k in range(len(parts))]
    ignored = False
    for pat in patterns:
        negate = pat.startswith("!")
        p = pat[1:] if negate else pat
        p = p.strip("/")
        variants = {p}
        while p.startswith("**/"):
            p = p[3:]
            variants.add(p)
        if any(fnmatch.fnmatchcase(c, v) for c in candidates for v in variants):
            ignored = not negate
    return ignored


@pytest.fixture(scope="module")
def instructions():
    return dockerfile_instructions()


@pytest.fixture(scope="module")
def pyproject() -> dict:
    assert PYPROJECT.is_file(), f"missing {PYPROJECT} (the Dockerfile installs from it)"
    return tomllib.loads(PYPROJECT.read_text())


# ----------------------------------------------------------------------- compose tests


def test_compose_parses_and_has_the_six_services(services):
    missing = [s for s in ALL_SERVICES if s not in services]
    assert not missing, f"services missing from docker-compose.yml: {missing}"


def test_airflow_services_build_the_project_dockerfile(services):
    for name in EVERY_AIRFLOW_SERVICE:
        ctx, dockerfile = build_of(services[name])
        assert ctx.is_dir(), f"{name}: build context {ctx} does not exist"
        assert dockerfile.is_file(), f"{name}: Dockerfile {dockerfile} does not exist"
        assert dockerfile == DOCKERFILE.resolve(), f"{name}: builds {dockerfile}, not the project's {DOCKERFILE}"


def test_bind_mount_sources_exist(services):
    checked = 0
    for name, svc in services.items():
        for m in mounts_of(svc):
            if m["type"] != "bind":
                continue
            src = (COMPOSE.parent / m["source"]).resolve()
            assert src.exists(), f"{name}: bind-mount source {m['source']} ({src}) does not exist in the repo"
            checked += 1
    assert checked, "no bind mount found: ./dags should be bind-mounted for live DAG edits"


def test_named_volumes_are_declared(compose, services):
    declared = set((compose.get("volumes") or {}).keys())
    used = set()
    for name, svc in services.items():
        for m in mounts_of(svc):
            if m["type"] == "volume" and m["source"]:
                used.add(m["source"])
                assert m["source"] in declared, f"{name}: named volume {m['source']!r} not declared under volumes:"
    assert used, "no named volume used (postgres data and vngov data need one each)"


@pytest.mark.parametrize("name", sorted(EXPECTED_COMMANDS))
def test_service_runs_the_right_airflow_subcommand(services, name):
    lines = command_lines(services[name])
    assert lines, f"{name}: no command"
    positions = []
    for seq in EXPECTED_COMMANDS[name]:
        pos = find_sequence(lines, seq)
        assert pos is not None, f"{name}: command does not run `{' '.join(seq)}`; got {lines}"
        positions.append(pos)
    assert positions == sorted(positions), f"{name}: commands out of order (db migrate must come first)"


def test_init_creates_every_pool_the_dags_use(services):
    lines = command_lines(services["airflow-init"])
    created = {tokens[j + 3] for tokens in lines for j in range(len(tokens) - 3) if tokens[j : j + 3] == ["airflow", "pools", "set"]}
    assert WAREHOUSE_POOL in created
    slots = [tokens[j + 4] for tokens in lines for j in range(len(tokens) - 4) if tokens[j : j + 4] == ["airflow", "pools", "set", WAREHOUSE_POOL]]
    assert slots == ["1"], f"{WAREHOUSE_POOL} must have exactly 1 slot (one DuckDB writer); got {slots}"
    used = set()
    for dag_file in sorted((REPO / "dags").glob("**/*.py")):
        used |= set(re.findall(r"""\bpool\s*=\s*["']([^"']+)["']""", dag_file.read_text()))
    assert used <= created | {"default_pool"}, f"pools used by DAGs but not created by airflow-init: {sorted(used - created)}"


def test_shared_settings_are_identical_across_airflow_services(services):
    envs = {name: env_of(services[name]) for name in EVERY_AIRFLOW_SERVICE}
    for key in SHARED_ENV:
        values = {name: env.get(key) for name, env in envs.items()}
        missing = [n for n, v in values.items() if not v]
        assert not missing, f"{key} not set for {missing}"
        assert len(set(values.values())) == 1, f"{key} differs between services: {values}"
    assert envs["airflow-scheduler"]["AIRFLOW__CORE__EXECUTOR"] == "LocalExecutor"
    assert urlsplit(envs["airflow-scheduler"]["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"]).hostname == "postgres"


def test_execution_api_url_points_at_the_api_server(services):
    url = urlsplit(env_of(services["airflow-scheduler"])["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"])
    assert url.hostname in services, f"execution API host {url.hostname!r} is not a compose service"
    target = services[url.hostname]
    assert find_sequence(command_lines(target), ["airflow", "api-server"]) is not None, f"{url.hostname} does not run the api-server"
    listen = int(env_of(target).get("AIRFLOW__API__PORT", "8080"))  # [api] port, default 8080
    assert (url.port or 80) == listen, f"execution API port {url.port} but the api-server listens on {listen}"
    container_ports = {int(interpolate(str(p)).split(":")[-1].split("/")[0]) for p in target.get("ports") or []}
    assert listen in container_ports, f"the api-server's port {listen} is not published: {container_ports}"
    assert url.path.rstrip("/") == "/execution", f"execution API path must be /execution/, got {url.path!r}"


def test_depends_on_uses_health_and_completion(services):
    for name in EVERY_AIRFLOW_SERVICE:
        deps = services[name].get("depends_on") or {}
        assert isinstance(deps, dict), f"{name}: depends_on must use conditions"
        assert deps.get("postgres", {}).get("condition") == "service_healthy", f"{name}: must wait for a healthy postgres"
    for name in (*LONG_RUNNING, *CELERY_AIRFLOW_SERVICES):
        deps = services[name]["depends_on"]
        assert deps.get("airflow-init", {}).get("condition") == "service_completed_successfully", (
            f"{name}: must wait for airflow-init to complete"
        )
    # LocalExecutor runs tasks inside the scheduler; they call the execution API.
    assert services["airflow-scheduler"]["depends_on"].get("airflow-apiserver", {}).get("condition") == "service_healthy"
    for name, svc in services.items():
        for dep, spec in (svc.get("depends_on") or {}).items():
            if isinstance(spec, dict) and spec.get("condition") == "service_healthy":
                assert services[dep].get("healthcheck", {}).get("test"), f"{name} waits for {dep} to be healthy, but {dep} has no healthcheck"


def test_scheduler_health_endpoint_is_enabled(services):
    sched = services["airflow-scheduler"]
    test = " ".join(map(str, sched["healthcheck"]["test"]))
    if "8974" in test:
        assert env_of(sched).get("AIRFLOW__SCHEDULER__ENABLE_HEALTH_CHECK", "").lower() == "true"


def test_postgres_service(services, compose):
    pg = services["postgres"]
    assert str(pg["image"]).startswith("postgres:16")
    assert pg["healthcheck"]["test"], "postgres needs a healthcheck"
    data_mounts = [m for m in mounts_of(pg) if m["target"] == "/var/lib/postgresql/data"]
    assert data_mounts and data_mounts[0]["type"] == "volume", "postgres data must be on a named volume"
    env = env_of(pg)
    url = urlsplit(env_of(services["airflow-scheduler"])["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"])
    assert url.username == env["POSTGRES_USER"] and url.password == env["POSTGRES_PASSWORD"]
    assert url.path.lstrip("/") == env["POSTGRES_DB"]


def test_admin_password_file_is_shared_by_init_and_api_server(services):
    env = env_of(services["airflow-apiserver"])
    if env.get("AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS", "False").lower() == "true":
        pytest.skip("all-admins mode by default: no login, no password file")
    users = env["AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS"]
    assert re.fullmatch(r"[^:,]+:admin(,[^:,]+:(viewer|user|op|admin))*", users), f"bad simple auth users {users!r}"
    pw_file = PurePosixPath(env["AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE"])

    def volume_holding(service_name):
        for m in mounts_of(services[service_name]):
            if m["type"] == "volume" and pw_file.is_relative_to(m["target"]) and not m["read_only"]:
                return m["source"]
        return None

    init_vol, api_vol = volume_holding("airflow-init"), volume_holding("airflow-apiserver")
    assert init_vol and init_vol == api_vol, f"{pw_file} must be on one named volume in init and api-server ({init_vol}, {api_vol})"
    assert env_of(services["airflow-init"]).get("AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE") == str(pw_file)


def test_db_drivers_are_declared_dependencies(services, pyproject):
    env = env_of(services["airflow-scheduler"])
    sync_url = env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"]
    scheme = sync_url.split(":", 1)[0]
    dialect, _, driver = scheme.partition("+")
    needed = {driver or DEFAULT_SYNC_DRIVER.get(dialect, "")}
    async_url = env.get("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_ASYNC")
    if async_url:
        needed.add(async_url.split(":", 1)[0].partition("+")[2])
    elif dialect in AIRFLOW_ASYNC_DRIVER:
        needed.add(AIRFLOW_ASYNC_DRIVER[dialect])
    needed.discard("")

    declared = set()
    for dep in pyproject["project"].get("dependencies", []):
        req = Requirement(dep)
        declared.add(canonicalize_name(req.name))
        if canonicalize_name(req.name) == "apache-airflow" and "postgres" in req.extras:
            declared.add("apache-airflow-providers-postgres")
    missing = {drv: sorted(DRIVER_DISTS.get(drv, {drv})) for drv in needed if not declared & DRIVER_DISTS.get(drv, {drv})}
    assert not missing, (
        f"the metadata DB URLs need DB-API modules that pyproject.toml does not install: {missing} "
        "(Airflow 3 opens both a sync and an async engine)"
    )


# --------------------------------------------------------------------- Dockerfile tests


def test_dockerfile_copies_only_existing_paths(instructions):
    copies = image_copies(instructions)
    assert copies, "the Dockerfile copies nothing"
    patterns = dockerignore_patterns()
    missing, ignored = [], []
    for _, src, _ in copies:
        if any(ch in src for ch in "*?["):
            if not list(REPO.glob(src)):
                missing.append(src)
        elif not (REPO / src).exists():
            missing.append(src)
        if is_dockerignored(src, patterns):
            ignored.append(src)
    assert not missing, f"the Dockerfile COPYs paths missing from the repo: {missing}"
    assert not ignored, f"the Dockerfile COPYs paths that .dockerignore excludes: {ignored}"


def test_dockerfile_copies_the_repo_dirs_next_to_each_other(instructions):
    dest = {src.rstrip("/"): target for _, src, target in image_copies(instructions)}
    for needed in ("pyproject.toml", "constraints.txt", "vngov", "dags", "scrapers", "dbt_project", "expectations"):
        assert needed in dest, f"the Dockerfile does not COPY {needed}"
    root = PurePosixPath(dest["vngov"]).parent
    for d in ("dags", "scrapers", "dbt_project", "expectations"):
        assert PurePosixPath(dest[d]) == root / d, f"{d} is copied to {dest[d]}, not next to the package at {root / d}"


def test_dockerfile_installs_non_editable_after_copying_what_the_build_reads(instructions, pyproject):
    runs = [(i, args) for i, (word, args) in enumerate(instructions) if word == "RUN" and "pip install" in args]
    assert runs, "no RUN pip install"
    idx, args = next(((i, a) for i, a in runs if re.search(r"-c\s+constraints\.txt", a)), (None, None))
    assert idx is not None, f"pip install must use -c constraints.txt: {[a for _, a in runs]}"
    pip_part = args.split("pip install", 1)[1].split("&&")[0]
    tokens = shlex.split(pip_part)
    assert "." in tokens, f"pip install must install the project (.): {pip_part!r}"
    assert "-e" not in tokens and "--editable" not in tokens, "the image installs the package non-editable"

    readme = pyproject["project"].get("readme")
    if isinstance(readme, dict):
        readme = readme.get("file")
    needed = {"pyproject.toml", "constraints.txt", "vngov"} | ({readme} if readme else set())
    copied_before = {src.rstrip("/") for i, src, _ in image_copies(instructions) if i < idx}
    assert needed <= copied_before, f"not copied before `pip install`: {sorted(needed - copied_before)}"


def test_base_image_matches_requires_python(instructions, pyproject):
    froms = [args.split()[0] for word, args in instructions if word == "FROM"]
    assert froms and froms[-1] == "python:3.11-slim-bookworm", f"unexpected base image {froms}"
    version = re.match(r"python:(\d+\.\d+)", froms[-1]).group(1)
    spec = SpecifierSet(pyproject["project"].get("requires-python", ""))
    assert spec.contains(f"{version}.0"), f"base image Python {version} not allowed by requires-python {spec}"


def test_dockerfile_env_and_user(instructions):
    env = dockerfile_env(instructions)
    expected = {
        "VNGOV_HOME": "/opt/vngov/data",
        "VNGOV_DBT_DIR": "/opt/vngov/dbt_project",
        "AIRFLOW_HOME": "/opt/airflow",
        "AIRFLOW__CORE__DAGS_FOLDER": "/opt/vngov/dags",
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
    }
    wrong = {k: env.get(k) for k, v in expected.items() if env.get(k) != v}
    assert not wrong, f"Dockerfile ENV differs from the expected values: {wrong}"
    workdirs = [args for word, args in instructions if word == "WORKDIR"]
    assert workdirs and workdirs[-1] == "/opt/vngov"
    users = [args.split(":")[0] for word, args in instructions if word == "USER"]
    assert users and users[-1] not in {"root", "0"}, "the image must run as a non-root user"

    # vngov.config finds scrapers/, dbt_project/, ... next to the imported package: the
    # directory holding the copied package must come first on sys.path, before site-packages.
    copied = {src.rstrip("/"): target for _, src, target in image_copies(instructions)}
    pkg_parent = str(PurePosixPath(copied["vngov"]).parent)
    assert pkg_parent in env.get("PYTHONPATH", "").split(":"), f"PYTHONPATH must contain {pkg_parent}"
    assert copied["dbt_project"] == env["VNGOV_DBT_DIR"]


def test_dags_folder_matches_the_mount_target(instructions, services):
    image_dags = dockerfile_env(instructions).get("AIRFLOW__CORE__DAGS_FOLDER")
    assert image_dags, "the image does not set AIRFLOW__CORE__DAGS_FOLDER"
    repo_dags = (REPO / "dags").resolve()
    for name in EVERY_AIRFLOW_SERVICE:  # Celery workers parse the DAG files of the tasks they run
        svc = services[name]
        dags_folder = env_of(svc).get("AIRFLOW__CORE__DAGS_FOLDER", image_dags)
        targets = [m for m in mounts_of(svc) if m["type"] == "bind" and (COMPOSE.parent / m["source"]).resolve() == repo_dags]
        assert targets, f"{name}: ./dags is not bind-mounted"
        assert targets[0]["target"] == dags_folder, f"{name}: ./dags mounted at {targets[0]['target']}, DAGs folder is {dags_folder}"
        assert targets[0]["read_only"], f"{name}: ./dags should be mounted read-only"


def test_vngov_home_is_the_data_volume(instructions, services):
    image_home = dockerfile_env(instructions)["VNGOV_HOME"]
    for name in EVERY_AIRFLOW_SERVICE:
        svc = services[name]
        home = env_of(svc).get("VNGOV_HOME", image_home)
        vols = [m for m in mounts_of(svc) if m["target"] == home]
        assert vols and vols[0]["type"] == "volume" and vols[0]["source"], f"{name}: VNGOV_HOME {home} is not a named volume"


def test_dockerignore_keeps_local_state_out():
    patterns = dockerignore_patterns()
    for path in (".venv", ".git", "data", "dbt_project/target", "vngov/__pycache__", "vngov.egg-info", "dbt_project/logs"):
        assert is_dockerignored(path, patterns), f".dockerignore does not exclude {path}"
    for path in ("vngov/config.py", "dags", "dbt_project/seeds", "pyproject.toml"):
        assert not is_dockerignored(path, patterns), f".dockerignore wrongly excludes {path}"


# ------------------------------------------------------------ BI: the mirror and Metabase

MIRROR_READER = "vngov_reader"
METABASE_DIR = REPO / "bi" / "metabase"


def test_mirror_is_a_postgres_of_its_own_that_the_airflow_services_attach_to(services):
    mirror = services["mirror"]
    assert str(mirror["image"]).startswith("postgres:"), mirror["image"]
    assert mirror["healthcheck"]["test"], "the mirror needs a healthcheck"
    data = [m for m in mounts_of(mirror) if m["target"] == "/var/lib/postgresql/data"]
    assert data and data[0]["type"] == "volume", "the mirror's data must be on a named volume"
    airflow_data = [m["source"] for m in mounts_of(services["postgres"]) if m["target"] == "/var/lib/postgresql/data"]
    assert data[0]["source"] not in airflow_data, "the mirror must not share Airflow's metadata DB volume"
    env = env_of(mirror)
    # Celery workers run publish, which refreshes the mirror.
    urls = {name: env_of(services[name]).get("VNGOV_PG_URL") for name in EVERY_AIRFLOW_SERVICE}
    assert all(urls.values()) and len(set(urls.values())) == 1, f"VNGOV_PG_URL differs or is missing: {urls}"
    url = urlsplit(next(iter(urls.values())))
    assert url.hostname == "mirror" and (url.port or 5432) == 5432
    assert (url.username, url.password, url.path.lstrip("/")) == (
        env["POSTGRES_USER"], env["POSTGRES_PASSWORD"], env["POSTGRES_DB"]), "VNGOV_PG_URL is not the mirror's admin"
    passwords = {name: env_of(services[name]).get("VNGOV_READER_PASSWORD") for name in EVERY_AIRFLOW_SERVICE}
    assert all(passwords.values()) and len(set(passwords.values())) == 1, passwords
    for name in EVERY_AIRFLOW_SERVICE:
        dep = (services[name].get("depends_on") or {}).get("mirror", {})
        assert dep.get("condition") == "service_healthy", f"{name}: must wait for a healthy mirror"


def test_metabase_is_pinned_keeps_its_own_db_and_reports_health(services, compose):
    mb = services["metabase"]
    image, _, tag = str(mb["image"]).partition(":")
    assert image == "metabase/metabase", mb["image"]
    assert re.fullmatch(r"v\d+\.\d+\.\d+(\.\d+)?", tag), f"Metabase must be pinned to a release tag, not {tag!r}"
    env = env_of(mb)
    assert env.get("MB_DB_TYPE", "h2") == "h2", "Metabase's application DB: H2 on its volume"
    db_file = PurePosixPath(env["MB_DB_FILE"])
    vols = [m for m in mounts_of(mb) if m["type"] == "volume" and db_file.is_relative_to(m["target"])]
    assert vols and vols[0]["source"] in (compose.get("volumes") or {}), "MB_DB_FILE must be on a named volume"
    assert env.get("MB_ANON_TRACKING_ENABLED") == "false" and env.get("MB_CHECK_FOR_UPDATES") == "false"
    assert "/api/health" in " ".join(map(str, mb["healthcheck"]["test"]))
    ports = {int(interpolate(str(p)).split(":")[-1]) for p in mb.get("ports") or []}
    assert 3000 in ports, f"Metabase's port 3000 is not published: {ports}"
    # Metabase itself holds no credentials of the mirror: it gets the reader's from metabase-init.
    assert not [k for k in env if "PG" in k or "MIRROR" in k or "READER" in k], env


def test_metabase_init_provisions_from_the_repo_as_the_reader(services):
    init = services["metabase-init"]
    assert init.get("restart") == "no", "metabase-init is one-shot"
    deps = init.get("depends_on") or {}
    assert deps.get("metabase", {}).get("condition") == "service_healthy"
    assert deps.get("mirror", {}).get("condition") == "service_healthy"
    ctx, dockerfile = build_of(init)
    assert dockerfile == DOCKERFILE.resolve(), "metabase-init runs in the project's image (it runs `vngov serve`)"

    lines = command_lines(init)
    serve = find_sequence(lines, ["vngov", "serve"])
    script = next((i for i, tokens in enumerate(lines) if tokens[0].startswith("python")
                   and any(t.endswith("provision.py") for t in tokens)), None)
    assert serve is not None and script is not None and serve < script, (
        f"metabase-init must make the reader role (vngov serve), then run provision.py: {lines}")
    target = PurePosixPath(next(t for t in lines[script] if t.endswith("provision.py")))
    mounts = [m for m in mounts_of(init) if m["type"] == "bind" and target.is_relative_to(m["target"])]
    assert mounts, f"{target} is not in a bind mount"
    source = (COMPOSE.parent / mounts[0]["source"]).resolve()
    assert source == METABASE_DIR.resolve() and mounts[0]["read_only"]
    assert (source / target.relative_to(mounts[0]["target"])).is_file()
    assert (source / "dashboard.json").is_file()

    env = env_of(init)
    mb_url = urlsplit(env["MB_URL"])
    assert mb_url.hostname == "metabase" and mb_url.port == 3000
    assert env["MIRROR_HOST"] == "mirror" and env["MIRROR_PORT"] == "5432"
    assert env["MIRROR_USER"] == MIRROR_READER, "Metabase must read the mirror as vngov_reader"
    admin = urlsplit(env["VNGOV_PG_URL"])
    assert env["MIRROR_USER"] != admin.username and env["MIRROR_DB"] == admin.path.lstrip("/")
    scheduler = env_of(services["airflow-scheduler"])
    assert env["VNGOV_READER_PASSWORD"] == scheduler["VNGOV_READER_PASSWORD"], (
        "the reader password Metabase uses must be the one vngov gives vngov_reader")
    assert env["VNGOV_PG_URL"] == scheduler["VNGOV_PG_URL"]
    assert env.get("MB_ADMIN_EMAIL") and env.get("MB_ADMIN_PASSWORD")
    home = env["VNGOV_HOME"]
    data = [m for m in mounts_of(init) if m["target"] == home]
    airflow_data = [m["source"] for m in mounts_of(services["airflow-scheduler"]) if m["target"] == scheduler.get("VNGOV_HOME", home)]
    assert data and data[0]["source"] in airflow_data, "metabase-init must see the published data the DAG writes"


def test_metabase_questions_read_marts_tables_the_dbt_project_builds():
    spec = json.loads((METABASE_DIR / "dashboard.json").read_text(encoding="utf-8"))
    models = {p.stem for p in (REPO / "dbt_project" / "models" / "marts").glob("*.sql")}
    assert [c["name"] for c in spec["cards"]] == [
        "Directives by addressee agency", "Meetings per month", "Deadlines due in the next 30 days"]
    for card in spec["cards"]:
        schema, _, table = card["table"].partition(".")
        assert schema == spec["database"]["schema"] == "marts" and table in models, card["table"]
        assert f"from {card['table']}" in card["sql"], f"{card['name']}: its SQL does not read {card['table']}"
        layout = card["layout"]
        assert layout["col"] + layout["size_x"] <= 24, f"{card['name']}: wider than Metabase's 24-column grid"


# ------------------------------------------------- CeleryExecutor: the `celery` profile

README = REPO / "README.md"


def redis_cli_ping(port: int) -> bool:
    import redis

    try:
        return bool(redis.Redis(host="127.0.0.1", port=port, socket_connect_timeout=1).ping())
    except (redis.RedisError, OSError):
        return False


class RedisServer:
    """Debian's redis-server on a free 127.0.0.1 port, no persistence, for one test module."""

    def __init__(self, folder: Path):
        from conftest import free_port

        binary = shutil.which("redis-server")
        if binary is None:
            pytest.skip("redis-server is not installed (apt-get install -y redis-server)")
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        folder.mkdir(parents=True, exist_ok=True)
        self.proc = subprocess.Popen(
            [binary, "--bind", "127.0.0.1", "--port", str(self.port), "--save", "", "--appendonly", "no",
             "--dir", str(folder), "--daemonize", "no", "--loglevel", "warning"],
            stdout=open(folder / "redis.log", "w"), stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 20
        while not redis_cli_ping(self.port):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise AssertionError(f"redis-server did not answer: {(folder / 'redis.log').read_text()}")
            time.sleep(0.05)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def executor_check(services: dict) -> str:
    """airflow-init's check that the executor and the celery profile agree (its Python heredoc)."""
    script = interpolate(str(services["airflow-init"]["command"][2]))
    found = [body for body in heredocs(script) if "AIRFLOW__CELERY__BROKER_URL" in body]
    assert len(found) == 1, "airflow-init must check the executor against the broker (one `python - <<'PY'` block)"
    return found[0]


def run_executor_check(services: dict, executor: str, broker_url: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "AIRFLOW__CORE__EXECUTOR": executor, "AIRFLOW__CELERY__BROKER_URL": broker_url}
    return subprocess.run([sys.executable, "-"], input=executor_check(services), env=env, text=True,
                          capture_output=True, timeout=60)


def closed_port_url() -> str:
    from conftest import free_port

    return f"redis://127.0.0.1:{free_port()}/0"


def test_docker_compose_up_without_profile_is_unchanged_local_and_needs_no_redis(services):
    active = active_services(services)
    assert active == DEFAULT_SERVICES, f"`docker compose up` would start {sorted(active)}"
    for name in active & set(EVERY_AIRFLOW_SERVICE):
        env = env_of(services[name])
        assert env["AIRFLOW__CORE__EXECUTOR"] == "LocalExecutor", f"{name}: the default must stay LocalExecutor"
    # Compose refuses the whole project when an enabled service requires a disabled one
    # ("depends on undefined service"): the default services may only wait for redis optionally.
    for name in active:
        for dep, spec in dependencies(services[name]).items():
            assert dep in active or spec["required"] is False, (
                f"{name} requires {dep}, which only exists with --profile {services[dep].get('profiles')}")
    # Every service that waits for redis when the profile is on: airflow-init's check relies on it.
    for name in AIRFLOW_SERVICES:
        spec = dependencies(services[name]).get("redis")
        assert spec and spec["condition"] == "service_healthy" and spec["required"] is False, (
            f"{name}: must wait for a healthy redis when the celery profile is on (required: false)")


def test_celery_profile_adds_redis_two_workers_and_flower(services):
    profiled = {name for name, svc in services.items() if svc.get("profiles")}
    assert profiled == CELERY_SERVICES, f"services with profiles: {sorted(profiled)}"
    for name in CELERY_SERVICES:
        assert services[name]["profiles"] == [CELERY_PROFILE], f"{name}: profiles {services[name]['profiles']}"
    active = active_services(services, (CELERY_PROFILE,))
    assert active == DEFAULT_SERVICES | CELERY_SERVICES
    for name in active:
        for dep, spec in dependencies(services[name]).items():
            assert dep in active, f"{name} depends on {dep}, not in the celery project"
    workers = [n for n in active if find_sequence(command_lines(services[n]), ["airflow", "celery", "worker"]) is not None]
    assert sorted(workers) == sorted(CELERY_WORKERS), f"workers: {workers}"
    for name in workers:  # one worker per service: no replicas that would multiply them
        assert (services[name].get("deploy") or {}).get("replicas", 1) == 1 and "scale" not in services[name]


def test_every_airflow_service_agrees_on_executor_broker_and_result_backend(services):
    # One variable switches every Airflow service: the same expression everywhere.
    raw = {name: str(services[name]["environment"]["AIRFLOW__CORE__EXECUTOR"]) for name in EVERY_AIRFLOW_SERVICE}
    assert len(set(raw.values())) == 1, f"AIRFLOW__CORE__EXECUTOR is not one expression: {raw}"
    assert "AIRFLOW_EXECUTOR" in next(iter(raw.values()))
    # Every service of the project that runs Airflow is one of those checked here.
    runs_airflow = {name for name, svc in services.items()
                    if any(tokens and tokens[0] == "airflow" for tokens in command_lines(svc))}
    assert runs_airflow <= set(EVERY_AIRFLOW_SERVICE), f"unchecked Airflow services: {runs_airflow - set(EVERY_AIRFLOW_SERVICE)}"

    envs = {name: env_of(services[name], CELERY_ENV) for name in EVERY_AIRFLOW_SERVICE}
    for key in SHARED_ENV:
        values = {name: env.get(key) for name, env in envs.items()}
        assert all(values.values()) and len(set(values.values())) == 1, f"{key} in celery mode: {values}"
    env = envs["airflow-scheduler"]
    assert env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"

    broker = urlsplit(env["AIRFLOW__CELERY__BROKER_URL"])
    assert (broker.scheme, broker.hostname, broker.port, broker.path) == ("redis", "redis", 6379, "/0"), broker
    redis_svc = services[broker.hostname]
    assert redis_svc.get("profiles") == [CELERY_PROFILE] and str(redis_svc["image"]).startswith("redis:")

    backend = urlsplit(env["AIRFLOW__CELERY__RESULT_BACKEND"])
    meta = urlsplit(env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"])
    assert backend.scheme == "db+postgresql", f"result backend {backend.scheme}: Celery's database backend on Postgres"
    assert (backend.hostname, backend.port or 5432, backend.username, backend.password, backend.path) == (
        meta.hostname, meta.port or 5432, meta.username, meta.password, meta.path), (
        "the result backend must be the metadata DB")


def test_workers_run_the_tasks_with_the_data_the_dags_and_their_own_names(services):
    sched = services["airflow-scheduler"]
    sched_home = env_of(sched)["VNGOV_HOME"]
    data_volume = next(m["source"] for m in mounts_of(sched) if m["target"] == sched_home)
    hostnames = set()
    for name in CELERY_WORKERS:
        svc = services[name]
        env = env_of(svc, CELERY_ENV)
        assert env["VNGOV_HOME"] == sched_home
        mounts = {m["target"]: m for m in mounts_of(svc)}
        assert mounts[sched_home]["source"] == data_volume and not mounts[sched_home]["read_only"], (
            f"{name}: crawls write landing partitions to {sched_home}: it must be the {data_volume} volume, writable")
        assert mounts[env_of(svc).get("AIRFLOW__CORE__DAGS_FOLDER", "/opt/vngov/dags")]["read_only"]
        # the same task logs volume as the API server, which shows them
        api_logs = next(m["source"] for m in mounts_of(services["airflow-apiserver"]) if m["target"] == "/opt/airflow/logs")
        assert mounts["/opt/airflow/logs"]["source"] == api_logs
        concurrency = env.get("AIRFLOW__CELERY__WORKER_CONCURRENCY")
        assert concurrency and concurrency.isdigit() and 1 <= int(concurrency) <= 16, (
            f"{name}: AIRFLOW__CELERY__WORKER_CONCURRENCY {concurrency!r}")
        hostnames.add(svc.get("hostname"))
        deps = dependencies(svc)
        for dep, condition in (("postgres", "service_healthy"), ("redis", "service_healthy"),
                               ("airflow-init", "service_completed_successfully"),
                               ("airflow-apiserver", "service_healthy")):
            assert deps.get(dep, {}).get("condition") == condition and deps[dep]["required"], (
                f"{name}: must require {dep} ({condition})")
        assert svc.get("restart") in {"unless-stopped", "always"}
    assert None not in hostnames and len(hostnames) == len(CELERY_WORKERS), f"worker hostnames must differ: {hostnames}"


def test_worker_healthcheck_pings_its_own_celery_node(services):
    # The --app module ships in the provider (looked up without importing Airflow here).
    module = CELERY_APP.replace(".", "/") + ".py"
    files = {str(f) for f in importlib.metadata.files("apache-airflow-providers-celery") or []}
    assert module in files, f"{module} is not in the installed Celery provider"
    for name in CELERY_WORKERS:
        health = services[name]["healthcheck"]
        assert health["test"][0] == "CMD-SHELL"
        tokens = shlex.split(interpolate(health["test"][1]))
        assert tokens[:3] == ["celery", "--app", f"{CELERY_APP}.app"], tokens
        assert tokens[3:5] == ["inspect", "ping"] and tokens[5] == "-d", tokens
        # celery@$HOSTNAME in the container is celery@<the service's hostname>: Celery's node name.
        assert tokens[6].replace("${HOSTNAME}", "$HOSTNAME") == "celery@$HOSTNAME", tokens
        assert health.get("start_period") and health.get("retries")


def test_worker_refuses_to_start_beside_a_scheduler_that_runs_tasks_itself(services, tmp_path):
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "airflow").write_text('#!/bin/sh\necho "airflow $*"\n')
    (fake / "airflow").chmod(0o755)
    cmd = [interpolate(str(c)) for c in services["airflow-worker-1"]["command"]]
    assert cmd[:2] == ["bash", "-c"]
    env = {**os.environ, "PATH": f"{fake}:{os.environ['PATH']}"}
    local = subprocess.run(cmd, env={**env, "AIRFLOW__CORE__EXECUTOR": "LocalExecutor"},
                           text=True, capture_output=True, timeout=30)
    assert local.returncode != 0 and "AIRFLOW_EXECUTOR=CeleryExecutor" in local.stderr, local
    assert "airflow celery worker" not in local.stdout
    for executor in ("CeleryExecutor", "airflow.providers.celery.executors.celery_executor.CeleryExecutor"):
        celery = subprocess.run(cmd, env={**env, "AIRFLOW__CORE__EXECUTOR": executor},
                                text=True, capture_output=True, timeout=30)
        assert celery.returncode == 0 and celery.stdout.strip() == "airflow celery worker", celery


def test_init_checks_the_executor_first_and_refuses_celery_without_a_broker(services):
    lines = command_lines(services["airflow-init"])
    script = interpolate(str(services["airflow-init"]["command"][2]))
    assert script.index(executor_check(services)) < script.index("airflow db migrate"), "check before migrating"
    assert lines  # parsed
    ok = run_executor_check(services, "LocalExecutor", closed_port_url())
    assert ok.returncode == 0, ok.stderr
    refused = run_executor_check(services, "CeleryExecutor", closed_port_url())
    assert refused.returncode == 1 and "--profile celery" in refused.stderr, refused.stderr


@pytest.fixture(scope="module")
def redis_server(tmp_path_factory):
    server = RedisServer(tmp_path_factory.mktemp("redis"))
    yield server
    server.stop()


def test_init_refuses_the_celery_profile_with_the_local_executor(services, redis_server):
    """With the profile on, Redis answers: LocalExecutor there would leave the workers idle."""
    refused = run_executor_check(services, "LocalExecutor", redis_server.url)
    assert refused.returncode == 1 and "AIRFLOW_EXECUTOR=CeleryExecutor" in refused.stderr, refused.stderr
    ok = run_executor_check(services, "CeleryExecutor", redis_server.url)
    assert ok.returncode == 0 and "CeleryExecutor" in ok.stdout, ok.stderr


def test_redis_is_pinned_healthchecked_and_not_published(services):
    svc = services["redis"]
    image, _, tag = str(svc["image"]).partition(":")
    assert image == "redis" and re.fullmatch(r"\d+\.\d+\.\d+(-[a-z0-9]+)?", tag), f"pin Redis to a release: {svc['image']}"
    assert svc["healthcheck"]["test"][-2:] == ["redis-cli", "ping"]
    assert not svc.get("ports"), "the broker takes unauthenticated commands: do not publish it on the host"
    assert svc.get("restart") in {"unless-stopped", "always"}


def test_flower_is_on_loopback_and_healthchecked(services):
    svc = services["airflow-flower"]
    assert find_sequence(command_lines(svc), ["airflow", "celery", "flower"]) is not None
    ports = [interpolate(str(p)) for p in svc.get("ports") or []]
    assert ports and all(p.startswith("127.0.0.1:") and p.endswith(":5555") for p in ports), (
        f"Flower has no login and can stop workers: publish it on 127.0.0.1 only, not {ports}")
    assert "5555" in " ".join(map(str, svc["healthcheck"]["test"]))
    assert dependencies(svc)["redis"]["condition"] == "service_healthy"


def test_the_image_installs_the_celery_provider_and_broker_client(pyproject):
    pins = {}
    for line in (REPO / "constraints.txt").read_text().splitlines():
        m = re.match(r"([A-Za-z0-9_.\-]+)(?:\[[^\]]*\])?==(\S+)", line.strip())
        if m:
            pins[canonicalize_name(m.group(1))] = m.group(2)
    declared = {canonicalize_name(Requirement(d).name): Requirement(d) for d in pyproject["project"]["dependencies"]}
    # The Dockerfile installs `.` with -c constraints.txt (test above): pyproject's dependencies.
    for dist in ("apache-airflow-providers-celery", "redis"):
        assert dist in declared, f"pyproject.toml does not depend on {dist}: the image would lack it"
        assert declared[dist].specifier.contains(pins[dist]), f"{dist}: pyproject {declared[dist].specifier} vs constraints {pins[dist]}"
    for dist in ("celery", "kombu", "flower"):  # the provider's own dependencies, pinned
        assert dist in pins, f"constraints.txt does not pin {dist}"
        assert importlib.metadata.version(dist) == pins[dist], f"{dist} installed differs from constraints.txt"


def test_the_pinned_packages_load_the_celery_executor(tmp_path):
    """The scheduler and the workers load the executor as Airflow does; a Celery release that
    dropped what the provider imports (celery 5.7 removed celery.backends.database.retry) stops
    every Airflow service in celery mode before it starts."""
    code = ("from airflow.executors.executor_loader import ExecutorLoader\n"
            "cls, _ = ExecutorLoader.import_executor_cls(ExecutorLoader.get_default_executor_name())\n"
            "print(cls.__module__, cls.__name__)\n"
            "import airflow.providers.celery.executors.celery_executor_utils\n")
    env = {**os.environ, "AIRFLOW_HOME": str(tmp_path), "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor",
           "AIRFLOW__CELERY__BROKER_URL": closed_port_url(), "AIRFLOW__CORE__LOAD_EXAMPLES": "False"}
    proc = subprocess.run([sys.executable, "-c", code], env=env, text=True, capture_output=True, timeout=300)
    assert proc.returncode == 0, f"the CeleryExecutor does not load with the pinned packages:\n{proc.stderr[-3000:]}"
    assert f"{CELERY_APP} CeleryExecutor" in proc.stdout


def readme_text() -> str:
    return README.read_text(encoding="utf-8")


def test_readme_documents_the_celery_profile(services):
    text = readme_text()
    blocks = re.findall(r"^```[^\n]*\n(.*?)^```", text, flags=re.S | re.M)
    commands = [line.strip() for block in blocks for line in block.splitlines()
                if "docker compose" in line and "--profile celery" in line]
    assert commands, "README.md shows no `docker compose --profile celery up` in a code block"
    for line in commands:
        tokens = shlex.split(line.removeprefix("$ "), comments=True)
        shell = dict(t.split("=", 1) for t in tokens[: tokens.index("docker")] if "=" in t)
        executor = env_of(services["airflow-scheduler"], shell)["AIRFLOW__CORE__EXECUTOR"]
        assert executor == "CeleryExecutor", f"README: `{line}` starts the workers with the scheduler on {executor}"
    for needed in ("AIRFLOW_EXECUTOR", "AIRFLOW_WORKER_CONCURRENCY", "AIRFLOW__CELERY__WORKER_CONCURRENCY",
                   "VNGOV_HOME", "vngov_warehouse", "KubernetesExecutor", "shared filesystem"):
        assert needed in text, f"README.md does not mention {needed} (the celery profile's paragraph)"
