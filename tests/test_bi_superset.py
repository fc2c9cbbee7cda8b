"""`make bi` for real: Superset from .venv-bi, on 127.0.0.1, showing the dashboard of
bi/superset/dashboard/ from the SQL mirror (`vngov serve`), looked at in headless Chromium.

The data: the replay crawl (articles of 2023-2025) plus three deadlines written for this test
that fall due within 30 days of today, so that every chart has rows. The test runs the same
bi/superset/bi.py that `make bi` runs, building .venv-bi first when it is missing (from PyPI,
the one step here that uses the network, like `make install`). Superset runs under the offline
guard with a HOME of its own that must stay empty; the page's own requests must all go to
127.0.0.1 (anything else must have been blocked by the page's CSP). The screenshot is kept
under the test's VNGOV_HOME and its path printed.
"""

from __future__ import annotations

import base64
import contextlib
import importlib.util
import io
import itertools
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml

from conftest import REPO, free_port, run_vngov
from vngov import offline

BI = REPO / "bi" / "superset" / "bi.py"
BUNDLE = REPO / "bi" / "superset" / "dashboard"
CHARTS = ("Directives by addressee agency", "Meetings per month", "Deadlines due in the next 30 days")


def load_module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---- the files, without Superset -----------------------------------------------------------------

def bundle() -> dict[str, dict]:
    return {p.relative_to(BUNDLE).as_posix(): yaml.safe_load(p.read_text(encoding="utf-8"))
            for p in sorted(BUNDLE.rglob("*.yaml"))}


def test_the_dashboard_files_hang_together_and_read_marts_tables():
    files = bundle()
    assert files["metadata.yaml"]["type"] == "Dashboard"
    [database] = [v for k, v in files.items() if k.startswith("databases/")]
    datasets = {v["uuid"]: v for k, v in files.items() if k.startswith("datasets/")}
    charts = {v["uuid"]: v for k, v in files.items() if k.startswith("charts/")}
    [dashboard] = [v for k, v in files.items() if k.startswith("dashboards/")]
    models = {p.stem for p in (REPO / "dbt_project" / "models" / "marts").glob("*.sql")}
    for ds in datasets.values():
        assert ds["database_uuid"] == database["uuid"]
        assert ds["schema"] == "marts" and ds["sql"] is None, f"{ds['table_name']}: a physical marts table"
        assert ds["table_name"] in models, f"{ds['table_name']} is no dbt model of marts"
    assert sorted(c["slice_name"] for c in charts.values()) == sorted(CHARTS)
    for chart in charts.values():
        ds = datasets[chart["dataset_uuid"]]
        names = {c["column_name"] for c in ds["columns"]} | {m["metric_name"] for m in ds["metrics"]}
        p = chart["params"]
        used = set(p.get("metrics") or []) | set(p.get("all_columns") or []) | {p.get("x_axis")} - {None}
        used |= {f["subject"] for f in p.get("adhoc_filters") or [] if f["expressionType"] == "SIMPLE"}
        assert used <= names, f"{chart['slice_name']}: not in dataset {ds['table_name']}: {used - names}"
    placed = {v["meta"]["uuid"] for v in dashboard["position"].values()
              if isinstance(v, dict) and v.get("type") == "CHART"}
    assert placed == set(charts), "the dashboard places exactly the three charts"
    deadlines = next(c for c in charts.values() if c["slice_name"].startswith("Deadlines"))
    assert any("CURRENT_DATE + 30" in f.get("sqlExpression", "") for f in deadlines["params"]["adhoc_filters"])


def test_the_bundle_is_zipped_with_the_mirror_uri(tmp_path):
    bi = load_module(BI, "vngov_bi_superset")
    uri = "postgresql://vngov_reader:p%40ss'\"w0rd@127.0.0.1:5433/vngov"
    with zipfile.ZipFile(io.BytesIO(bi.bundle_zip(uri))) as zf:
        names = zf.namelist()
        assert all(n.startswith("vngov_dashboard/") for n in names)  # Superset strips one root folder
        assert len(names) == len(list(BUNDLE.rglob("*.yaml")))
        [db] = [n for n in names if "/databases/" in n]
        assert yaml.safe_load(zf.read(db))["sqlalchemy_uri"] == uri
    assert bi.URI_PLACEHOLDER in (BUNDLE / "databases" / "vngov_mirror.yaml").read_text()


def test_superset_config_keeps_to_its_home_and_the_page_to_its_own_host(tmp_path, monkeypatch):
    monkeypatch.setenv("SUPERSET_HOME", str(tmp_path / "superset"))
    monkeypatch.delenv("SUPERSET_SECRET_KEY", raising=False)
    cfg = load_module(REPO / "bi" / "superset" / "superset_config.py", "vngov_superset_config")
    assert cfg.SQLALCHEMY_DATABASE_URI.startswith(f"sqlite:///{tmp_path / 'superset' / 'superset.db'}")
    key = tmp_path / "superset" / "secret_key"
    assert key.stat().st_mode & 0o777 == 0o600 and cfg.SECRET_KEY == key.read_text().strip()
    assert load_module(REPO / "bi" / "superset" / "superset_config.py", "again").SECRET_KEY == cfg.SECRET_KEY
    assert cfg.MAPBOX_API_KEY == "" and cfg.THEME_FONT_URL_ALLOWED_DOMAINS == [] and cfg.ENABLE_CORS is False
    csp = cfg.TALISMAN_CONFIG["content_security_policy"]
    sources = {s for v in csp.values() for s in ([v] if isinstance(v, str) else v)}
    assert sources <= {"'self'", "'none'", "'unsafe-inline'", "'strict-dynamic'", "data:", "blob:"}, sources
    assert cfg.TALISMAN_ENABLED and not cfg.FEATURE_FLAGS.get("THUMBNAILS")


def test_constraints_pin_every_package_of_the_bi_venv():
    bi = load_module(BI, "vngov_bi_superset")
    pins = {}
    for line in bi.CONSTRAINTS.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, sep, version = line.partition("==")
            assert sep and version, f"not pinned: {line!r}"
            pins[name.lower().replace("_", "-")] = version
    assert set(bi.REQUIREMENTS) <= set(pins), set(bi.REQUIREMENTS) - set(pins)
    assert pins["apache-superset"] == "6.1.0" and pins["psycopg2-binary"]


# ---- Superset itself ------------------------------------------------------------------------------

def near_deadline_articles(today: date) -> list[dict]:
    """Two reports of meetings held two days ago whose directives fall due 9, 14 and 20 days on."""
    held, published = today - timedelta(days=2), today - timedelta(days=1)

    def due(days: int) -> str:
        d = today + timedelta(days=days)
        return f"{d.day}/{d.month}/{d.year}"

    return [
        {"url": "https://tin.example.vn/giai-ngan-von-dau-tu-cong", "source": "tin",
         "published_at": f"{published.isoformat()}T18:00:00+07:00",
         "text": f"Chiều {held.day}/{held.month}, Phó Thủ tướng Hồ Đức Phớc chủ trì cuộc họp về tình hình "
                 f"giải ngân vốn đầu tư công năm {held.year}. Phó Thủ tướng giao Bộ Tài chính chủ trì, phối hợp "
                 f"với các bộ, ngành tổng hợp kết quả giải ngân, báo cáo Thủ tướng Chính phủ trước ngày "
                 f"{due(9)}. Phó Thủ tướng yêu cầu Bộ Xây dựng hoàn thành rà soát tiến độ các dự án giao "
                 f"thông trọng điểm trước ngày {due(20)}."},
        {"url": "https://tinh.example.vn/cai-cach-hanh-chinh", "source": "tin",
         "published_at": f"{published.isoformat()}T16:00:00+07:00",
         "text": f"Sáng {held.day}/{held.month}, Chủ tịch UBND tỉnh Đỗ Minh Tuấn chủ trì hội nghị về cải cách "
                 f"hành chính. Chủ tịch UBND tỉnh giao Sở Nội vụ hoàn thành việc rà soát thủ tục hành chính, "
                 f"báo cáo UBND tỉnh trước ngày {due(14)}."},
    ]


def wait_for(what: str, check, timeout: float, proc: subprocess.Popen | None = None, log: Path | None = None):
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        tail = log.read_text(errors="replace")[-3000:] if log and log.exists() else ""
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"{what}: the process exited ({proc.returncode}) first\n{tail}")
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not within {timeout:.0f} s\n{tail}")
        time.sleep(0.5)


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as resp:
            return resp.status == 200
    except OSError:
        return False


def stop_group(proc: subprocess.Popen | None) -> None:
    """Stop a process started here in a session of its own, and what it started."""
    if proc is None or proc.poll() is not None:
        return
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(10)


# ---- a small Chrome DevTools Protocol client ---------------------------------------------------

class Chromium:
    """Debian's chromium, headless, driven over its DevTools websocket on 127.0.0.1."""

    def __init__(self, workdir: Path):
        from websockets.sync.client import connect

        exe = shutil.which("chromium") or shutil.which("chromium-browser")
        assert exe, "chromium not found: install Debian's (apt-get install -y chromium); this test drives it headless"
        self.profile = workdir / "profile"
        self.profile.mkdir(parents=True)
        home = workdir / "home"  # chromium keeps crash-report settings and a dconf cache under HOME
        home.mkdir()
        args = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                f"--user-data-dir={self.profile}", "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0", "--window-size=1600,1800",
                # a second lock: no name but the loopback resolves, whatever the page asks for
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1", "about:blank"]
        env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
        env["HOME"] = str(home)
        self.log = workdir / "chromium.log"
        self.proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=self.log.open("w"),
                                     start_new_session=True)
        port_file = self.profile / "DevToolsActivePort"
        wait_for("chromium's DevTools port", lambda: port_file.exists() and port_file.read_text().strip(),
                 30, self.proc, self.log)
        port = int(port_file.read_text().split()[0])
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as resp:
            page = next(t for t in json.load(resp) if t["type"] == "page")
        self._stack = contextlib.ExitStack()
        self.ws = self._stack.enter_context(connect(page["webSocketDebuggerUrl"], max_size=None,
                                                    open_timeout=10))
        self.ids = itertools.count(1)
        self.events: list[dict] = []

    def call(self, method: str, **params):
        msg_id = next(self.ids)
        self.ws.send(json.dumps({"id": msg_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv(timeout=60))
            if msg.get("id") == msg_id:
                assert "error" not in msg, f"{method}: {msg['error']}"
                return msg.get("result", {})
            self.events.append(msg)

    def js(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        assert "exceptionDetails" not in result, f"{expression[:80]}: {result['exceptionDetails']}"
        return result["result"].get("value")

    def drain(self) -> None:
        """Collect the events sent since the last call."""
        self.call("Runtime.evaluate", expression="1")

    def of(self, method: str) -> list[dict]:
        return [e["params"] for e in self.events if e.get("method") == method]

    def goto(self, url: str) -> None:
        self.call("Page.navigate", url=url)

    def type_into(self, selector: str, text: str) -> None:
        """Type text into an input, replacing what it held (as a user selecting it all would)."""
        self.js(f"(e => {{ e.focus(); e.select(); }})(document.querySelector({json.dumps(selector)}))")
        self.call("Input.insertText", text=text)

    def close(self) -> None:
        try:
            self._stack.close()
        finally:
            stop_group(self.proc)


# What each chart of the dashboard shows, read from the page once nothing is loading any more.
READ_CHARTS = """(() => {
  const holders = [...document.querySelectorAll('.dashboard-component-chart-holder')]
    .filter(h => h.querySelector('[data-test="chart-container"], [data-test="slice-container"]'));
  return holders.map(h => {
    const id = [...h.classList].find(c => c.startsWith('dashboard-chart-id-'));
    return {
      id: id ? Number(id.slice('dashboard-chart-id-'.length)) : null,
      title: (h.querySelector('[data-test="editable-title"]') || h.querySelector('[data-test="slice-header"]') || {}).innerText || '',
      loading: !!h.querySelector('.loading, [aria-label="Loading"], [data-test="loading-indicator"]'),
      canvases: h.querySelectorAll('canvas').length,
      rows: h.querySelectorAll('table tbody tr').length,
      text: h.innerText,
      errors: h.querySelectorAll('[role="alert"], .ant-alert-error, [data-test="error-message"]').length,
    };
  });
})()"""


@pytest.mark.slow
def test_superset_dashboard_renders_rows_in_every_chart(tmp_path, capsys):
    chromium_missing = not (shutil.which("chromium") or shutil.which("chromium-browser"))
    assert not chromium_missing, "chromium not found: install Debian's (apt-get install -y chromium)"

    # ---- data: the replay crawl plus deadlines due within 30 days, published and mirrored
    home = tmp_path / "home"
    today = date.today()
    articles = tmp_path / "near_deadlines.jsonl"
    articles.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in near_deadline_articles(today)), "utf-8")
    run_vngov(home, "crawl", "--replay")
    assert "imported 2 articles, 0 rejected" in run_vngov(home, "import", str(articles)).stdout
    run_vngov(home, "load")
    run_vngov(home, "build")

    superset_home = tmp_path / "superset-home"  # Superset's HOME: must stay empty
    superset_home.mkdir()
    pg_port, bi_port = free_port(), free_port()
    base = f"http://127.0.0.1:{bi_port}"
    superset = browser = None
    try:
        run_vngov(home, "serve", "--port", str(pg_port))
        reader_uri = run_vngov(home, "serve", "--uri").stdout.strip()
        assert reader_uri.startswith("postgresql://vngov_reader:") and f"@127.0.0.1:{pg_port}/vngov" in reader_uri

        # ---- .venv-bi, as `make bi` makes it (pip from PyPI: outside the offline guard's reach,
        # since .venv-bi's Python cannot import vngov), timed when it has to be built
        pip_home = tmp_path / "pip-home"
        pip_home.mkdir()
        env = dict(os.environ, VNGOV_HOME=str(home), HOME=str(pip_home))
        started = time.monotonic()
        venv = subprocess.run([sys.executable, str(BI), "venv"], cwd=REPO, env=env, text=True,
                              capture_output=True, timeout=1800)
        assert venv.returncode == 0, f"could not make .venv-bi:\n{venv.stdout[-3000:]}\n{venv.stderr[-3000:]}"
        if "installing Superset" in venv.stdout:
            with capsys.disabled():
                print(f"\n.venv-bi built in {time.monotonic() - started:.0f} s")

        # ---- Superset, under the offline guard too: a folder holding only the vngov package goes
        # on its PYTHONPATH, so the guard's sitecustomize finds vngov.offline in .venv-bi's Python
        shim = tmp_path / "guard-path"
        shim.mkdir()
        (shim / "vngov").symlink_to(REPO / "vngov", target_is_directory=True)
        env = offline.child_env(os.environ)
        env["PYTHONPATH"] = os.pathsep.join([str(offline.SITE_DIR), str(shim), *[
            p for p in env["PYTHONPATH"].split(os.pathsep) if p and p != str(offline.SITE_DIR)]])
        env.update(VNGOV_HOME=str(home), HOME=str(superset_home), VNGOV_BI_PASSWORD="bi-test-password")
        log = tmp_path / "bi.log"
        started = time.monotonic()
        superset = subprocess.Popen([sys.executable, str(BI), "run", "--port", str(bi_port)], cwd=REPO,
                                    env=env, stdout=log.open("w"), stderr=subprocess.STDOUT,
                                    start_new_session=True)
        wait_for("Superset's health endpoint", lambda: answers(f"{base}/health"), 600, superset, log)
        wait_for("bi.py's 'Superset is up' line", lambda: "Superset is up" in log.read_text(), 30, superset, log)
        printed = log.read_text()
        assert f"{base}/superset/dashboard/vngov/" in printed and "login: admin / bi-test-password" in printed
        with capsys.disabled():
            print(f"Superset set up and answering in {time.monotonic() - started:.0f} s")

        # ---- the dashboard in headless Chromium, logged in through the login form
        browser = Chromium(tmp_path / "chromium")
        browser.call("Page.enable")
        browser.call("Network.enable")
        browser.call("Emulation.setDeviceMetricsOverride", width=1600, height=1400, deviceScaleFactor=1,
                     mobile=False)
        browser.goto(f"{base}/login/")
        wait_for("the login form", lambda: browser.js("!!document.querySelector('[data-test=login-button]')"), 60)
        signed_in_at = [0.0]

        def signed_in():
            """Off the login page yet? If the form still shows 30 s after the last try, sign in again:
            on a loaded machine the first click can land before the page's script handles it."""
            if "/login" not in (browser.js("location.pathname") or "/login"):
                return True
            if time.monotonic() - signed_in_at[0] > 30 and browser.js(
                    "!!document.querySelector('[data-test=login-button]')"):
                browser.type_into("[data-test=username-input]", "admin")
                browser.type_into("[data-test=password-input]", "bi-test-password")
                browser.js("document.querySelector('[data-test=login-button]').click()")
                signed_in_at[0] = time.monotonic()
            return False

        try:
            wait_for("the login", signed_in, 180, superset, log)
        except AssertionError as e:
            page = browser.js("document.body ? document.body.innerText.slice(0, 800) : ''")
            raise AssertionError(f"{e}\nthe page shows:\n{page}") from None
        browser.goto(f"{base}/superset/dashboard/vngov/")

        def rendered():
            charts = browser.js(READ_CHARTS) or []
            done = len(charts) == len(CHARTS) and all(
                not c["loading"] and (c["canvases"] or c["rows"] or "No results" in c["text"] or c["errors"])
                for c in charts)
            return charts if done else None

        charts = wait_for("the three charts to render", rendered, 120)
        time.sleep(1.5)  # let ECharts finish its entry animation before the picture
        shot = home / "bi" / "superset-dashboard.png"
        shot.parent.mkdir(parents=True, exist_ok=True)
        # the viewport holds the whole dashboard (capturing beyond it makes the grid lay out anew)
        png = browser.call("Page.captureScreenshot", format="png")
        shot.write_bytes(base64.b64decode(png["data"]))
        with capsys.disabled():
            print(f"dashboard screenshot: {shot}")
        assert rendered(), "the charts were not drawn any more when the screenshot was taken"
        browser.drain()

        # ---- what the page shows: each chart drawn, none empty or failed
        by_title = {c["title"].strip(): c for c in charts}
        assert sorted(by_title) == sorted(CHARTS), f"charts on the page: {sorted(by_title)}"
        for title, chart in by_title.items():
            assert not chart["errors"], f"{title}: shows an error: {chart['text'][:500]}"
            assert "No results" not in chart["text"], f"{title}: shows 'No results'"
        for title in CHARTS[:2]:
            assert by_title[title]["canvases"], f"{title}: no chart drawn (no canvas)"
        table = by_title["Deadlines due in the next 30 days"]
        assert table["rows"] == 3, f"deadline table rows: {table['rows']}\n{table['text'][:1000]}"
        for text in ("Bộ Tài chính", "Bộ Xây dựng", "Sở Nội vụ", (today + timedelta(days=9)).isoformat()):
            assert text in table["text"], f"{text!r} not in the deadline table:\n{table['text'][:1000]}"

        # ---- what the page was sent: every chart's query came back from the mirror with rows
        requests = {r["requestId"]: r["request"] for r in browser.of("Network.requestWillBeSent")}
        statuses = {r["requestId"]: r["response"]["status"] for r in browser.of("Network.responseReceived")}
        rows_by_chart = {}
        for request_id, req in requests.items():
            url = urllib.parse.urlsplit(req["url"])
            if url.path.rstrip("/") != "/api/v1/chart/data":
                continue
            form = json.loads(urllib.parse.parse_qs(url.query)["form_data"][0])
            assert statuses.get(request_id) == 200, f"chart data for {form}: HTTP {statuses.get(request_id)}"
            body = browser.call("Network.getResponseBody", requestId=request_id)
            payload = json.loads(base64.b64decode(body["body"]) if body.get("base64Encoded") else body["body"])
            rows_by_chart[form["slice_id"]] = sum(r.get("rowcount", len(r.get("data") or [])) for r in payload["result"])
        ids = {c["title"].strip(): c["id"] for c in charts}
        for title in CHARTS:
            assert rows_by_chart.get(ids[title], 0) > 0, f"{title}: the browser got no rows ({rows_by_chart})"
        assert rows_by_chart[ids["Deadlines due in the next 30 days"]] == 3

        # ---- nothing left the machine: the page's requests went to 127.0.0.1, or were refused by its CSP
        blocked = {f["requestId"]: f.get("blockedReason") for f in browser.of("Network.loadingFailed")}
        outside = {req["url"][:100]: blocked.get(rid) for rid, req in requests.items()
                   if urllib.parse.urlsplit(req["url"]).scheme in ("http", "https", "ws", "wss")
                   and urllib.parse.urlsplit(req["url"]).hostname != "127.0.0.1"}
        assert all(reason == "csp" for reason in outside.values()), f"requests beyond 127.0.0.1: {outside}"
        assert not list(superset_home.rglob("*")), f"Superset wrote under HOME: {list(superset_home.rglob('*'))}"
        assert (home / "superset" / "superset.db").exists()
    finally:
        if browser is not None:
            browser.close()
        stop_group(superset)
        run_vngov(home, "serve", "--stop", check=False)
