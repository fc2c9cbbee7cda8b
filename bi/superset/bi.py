"""`make bi`: Apache Superset on 127.0.0.1 showing the vngov dashboard from the SQL mirror.

    python bi/superset/bi.py [venv|setup|run] [--port PORT]

  venv   make .venv-bi (its own virtualenv: Superset's pins clash with Airflow's) from
         bi/superset/constraints.txt, and `pip check` it; nothing is done when it is up to date
  setup  venv, then Superset's metadata DB (SQLite in $VNGOV_HOME/superset), the admin user,
         and the dashboard of bi/superset/dashboard/ imported, its database being the mirror as
         vngov_reader (`vngov serve --uri`, which starts the mirror if it is not running)
  run    setup, then Superset on 127.0.0.1:PORT until Ctrl-C; prints the dashboard URL and the
         login once it answers (default)

Run it with the project's Python (.venv): only the standard library is used here, `vngov` is
called as `python -m vngov`, and Superset's commands run from .venv-bi. Superset reads
bi/superset/superset_config.py and keeps everything in $VNGOV_HOME/superset, never under $HOME.

Settings: VNGOV_HOME (default ./data), VNGOV_BI_PORT (8088), VNGOV_BI_USER (admin),
VNGOV_BI_PASSWORD (default: made once, kept in $VNGOV_HOME/superset/admin.password),
VNGOV_BI_VENV (default <repo>/.venv-bi), VNGOV_BI_MIRROR_URI (default: `vngov serve --uri`).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import secrets
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
CONSTRAINTS = HERE / "constraints.txt"
CONFIG = HERE / "superset_config.py"
BUNDLE = HERE / "dashboard"
# What is installed; the versions come from constraints.txt (a `pip freeze` of one install).
# rich and cachetools: Superset imports them without declaring them.
REQUIREMENTS = ("apache-superset", "psycopg2-binary", "rich", "cachetools")
URI_PLACEHOLDER = '"@VNGOV_MIRROR_URI@"'
DASHBOARD_SLUG = "vngov"
DEFAULT_PORT = 8088


class BIError(RuntimeError):
    """A step failed; the message says which and why."""


def say(msg: str) -> None:
    print(f"bi: {msg}", flush=True)


def venv_dir() -> Path:
    return Path(os.environ.get("VNGOV_BI_VENV") or REPO / ".venv-bi")


def vngov_home() -> Path:
    return Path(os.environ.get("VNGOV_HOME") or REPO / "data").resolve()


def superset_home() -> Path:
    return vngov_home() / "superset"


def superset_env() -> dict:
    env = dict(os.environ)
    env.update({
        "SUPERSET_HOME": str(superset_home()),
        "SUPERSET_CONFIG_PATH": str(CONFIG),
        "FLASK_APP": "superset",
        "SUPERSET_LOAD_EXAMPLES": "no",
        "PYTHONUNBUFFERED": "1",
    })
    return env


def _run(cmd: list, what: str, env: dict | None = None, quiet: bool = True) -> str:
    proc = subprocess.run([str(c) for c in cmd], env=env, cwd=REPO, text=True,
                          stdout=subprocess.PIPE if quiet else None, stderr=subprocess.STDOUT)
    if proc.returncode != 0:
        tail = "\n".join((proc.stdout or "").splitlines()[-30:])
        raise BIError(f"{what} failed (exit {proc.returncode}): {' '.join(map(str, cmd))}\n{tail}")
    return proc.stdout or ""


# ---- the virtualenv ----------------------------------------------------------------------

def _stamp() -> str:
    digest = hashlib.sha256(CONSTRAINTS.read_bytes())
    digest.update(" ".join(REQUIREMENTS).encode())
    digest.update(sys.version.split()[0].encode())
    return digest.hexdigest()


def ensure_venv() -> Path:
    venv = venv_dir()
    stamp = venv / ".installed"
    if stamp.exists() and stamp.read_text().strip() == _stamp():
        return venv
    started = time.monotonic()
    say(f"installing Superset into {venv} (pinned in {CONSTRAINTS.relative_to(REPO)}) ...")
    if not (venv / "bin" / "python").exists():
        _run([sys.executable, "-m", "venv", venv], "creating the virtualenv")
    (venv / ".gitignore").write_text("*\n")  # as Python 3.13's venv does: git never sees it
    pip = [venv / "bin" / "python", "-m", "pip", "--disable-pip-version-check"]
    _run([*pip, "install", "--quiet", "-c", CONSTRAINTS, *REQUIREMENTS], "pip install")
    _run([*pip, "check"], "pip check")
    stamp.write_text(_stamp() + "\n")
    say(f"Superset installed in {time.monotonic() - started:.0f} s")
    return venv


# ---- Superset's metadata and the dashboard -------------------------------------------------

def mirror_uri() -> str:
    if os.environ.get("VNGOV_BI_MIRROR_URI"):
        return os.environ["VNGOV_BI_MIRROR_URI"]
    if not (vngov_home() / "published.duckdb").exists():
        raise BIError(f"nothing published in {vngov_home()}: run `make demo` (or `vngov build` "
                      "with VNGOV_HOME set) first")
    out = _run([sys.executable, "-m", "vngov", "serve", "--uri"], "vngov serve --uri")
    uris = [line.strip() for line in out.splitlines() if line.strip().startswith("postgresql://")]
    if not uris:
        raise BIError(f"`vngov serve --uri` printed no URI:\n{out}")
    return uris[-1]


def bundle_zip(uri: str) -> bytes:
    """bi/superset/dashboard/ as the ZIP of Superset's export format, with the mirror's URI."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(BUNDLE.rglob("*.yaml")):
            text = path.read_text(encoding="utf-8")
            if URI_PLACEHOLDER in text:
                text = text.replace(URI_PLACEHOLDER, json.dumps(uri))  # a YAML double-quoted string
            zf.writestr(f"vngov_dashboard/{path.relative_to(BUNDLE).as_posix()}", text)
    return buf.getvalue()


def _password_file() -> Path:
    return superset_home() / "admin.password"


def login() -> tuple[str, str]:
    user = os.environ.get("VNGOV_BI_USER") or "admin"
    if os.environ.get("VNGOV_BI_PASSWORD"):
        return user, os.environ["VNGOV_BI_PASSWORD"]
    path = _password_file()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_urlsafe(12) + "\n")
    return user, path.read_text().strip()


def superset_version(venv: Path) -> str:
    return _run([venv / "bin" / "python", "-c",
                 "import importlib.metadata as m; print(m.version('apache-superset'))"],
                "reading Superset's version").strip()


def setup(venv: Path) -> None:
    uri = mirror_uri()
    home = superset_home()
    home.mkdir(parents=True, exist_ok=True)
    env = superset_env()
    superset = venv / "bin" / "superset"

    # Schema migration and roles: on a new metadata DB, and after Superset changes version.
    done = home / ".initialised"
    version = superset_version(venv)
    if not done.exists() or done.read_text().strip() != version:
        say(f"metadata DB {home / 'superset.db'} (Superset {version}) ...")
        _run([superset, "db", "upgrade"], "superset db upgrade", env)
        _run([superset, "init"], "superset init", env)
        done.write_text(version + "\n")

    user, password = login()
    users = home / ".admin"
    wanted = hashlib.sha256(f"{user}\0{password}".encode()).hexdigest()
    if not users.exists() or users.read_text().strip() != wanted:
        out = _run([superset, "fab", "create-admin", "--username", user, "--firstname", "vngov",
                    "--lastname", "admin", "--email", f"{user}@localhost", "--password", password],
                   "superset fab create-admin", env)
        if "already exists" in out:
            _run([superset, "fab", "reset-password", "--username", user, "--password", password],
                 "superset fab reset-password", env)
        users.write_text(wanted + "\n")

    # Imported every time (overwrite): the mirror's URI and the files in the repo may change.
    bundle = home / "vngov_dashboard.zip"
    fd = os.open(bundle, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # it holds the password
    with os.fdopen(fd, "wb") as fh:
        fh.write(bundle_zip(uri))
    _run([superset, "import-dashboards", "--path", bundle, "--username", user],
         "superset import-dashboards", env)
    say(f"dashboard imported from {BUNDLE.relative_to(REPO)}/ (database: the mirror as "
        f"{uri.split('://', 1)[1].split(':', 1)[0]})")


# ---- serving -------------------------------------------------------------------------------

def healthy(base: str) -> bool:
    try:
        with urllib.request.urlopen(f"{base}/health", timeout=2) as resp:
            return resp.status == 200
    except (urllib.error.URLError, OSError):
        return False


def serve(venv: Path, port: int) -> int:
    base = f"http://127.0.0.1:{port}"
    if healthy(base):
        raise BIError(f"something already answers on {base}: stop it or pick another port "
                      "(VNGOV_BI_PORT / make bi BI_PORT=...)")
    home = superset_home()
    cmd = [venv / "bin" / "gunicorn", "--bind", f"127.0.0.1:{port}", "--workers", "1",
           "--threads", "8", "--timeout", "120", "--no-control-socket",
           "--access-logfile", home / "access.log", "--error-logfile", home / "gunicorn.log",
           "superset.app:create_app()"]
    proc = subprocess.Popen([str(c) for c in cmd], env=superset_env(), cwd=home)

    def stop(signum, frame):  # Ctrl-C or a kill: take Superset down with us
        proc.terminate()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    deadline = time.monotonic() + 180
    while not healthy(base):
        if proc.poll() is not None:
            raise BIError(f"Superset exited ({proc.returncode}) before answering; see {home / 'gunicorn.log'}")
        if time.monotonic() > deadline:
            proc.terminate()
            raise BIError(f"Superset did not answer on {base} in 180 s; see {home / 'gunicorn.log'}")
        time.sleep(0.5)
    user, password = login()
    where = "VNGOV_BI_PASSWORD" if os.environ.get("VNGOV_BI_PASSWORD") else _password_file()
    say(f"Superset is up: {base}/superset/dashboard/{DASHBOARD_SLUG}/")
    say(f"  login: {user} / {password}  (password from {where})")
    say(f"  logs: {home}/gunicorn.log; Ctrl-C stops Superset (the mirror keeps running: "
        "`vngov serve --stop`)")
    return proc.wait()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="bi.py", description=__doc__.split("\n\n")[0])
    p.add_argument("step", nargs="?", default="run", choices=["venv", "setup", "run"])
    p.add_argument("--port", type=int, default=int(os.environ.get("VNGOV_BI_PORT") or DEFAULT_PORT))
    args = p.parse_args(argv)
    try:
        venv = ensure_venv()
        if args.step == "venv":
            return 0
        setup(venv)
        if args.step == "setup":
            return 0
        return serve(venv, args.port)
    except BIError as exc:
        print(f"bi: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
