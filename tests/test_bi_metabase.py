"""bi/metabase/provision.py (docker compose's metabase-init) against a stand-in for Metabase's
REST API on 127.0.0.1. Metabase cannot run here (no container engine), so this server plays the
endpoints the script uses, with their documented shapes, keeps what is made, and refuses what a
Metabase would refuse (no session, a wrong setup token, a second setup); the tests check every
call and payload, and that a second run changes things in place instead of making them twice.
"""

from __future__ import annotations

import importlib.util
import io
import json
import re
import threading
from contextlib import redirect_stderr, redirect_stdout
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

from conftest import REPO

SCRIPT = REPO / "bi" / "metabase" / "provision.py"
SPEC = json.loads((REPO / "bi" / "metabase" / "dashboard.json").read_text(encoding="utf-8"))
SETUP_TOKEN = "6b3f0c7e-1d2a-4c5b-9e8f-0a1b2c3d4e5f"


def load_script():
    spec = importlib.util.spec_from_file_location("vngov_metabase_provision", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class FakeMetabase:
    """State and rules of the endpoints provision.py calls."""

    def __init__(self):
        self.calls: list[tuple[str, str, dict | None, dict]] = []  # method, path, body, query
        self.users: dict[str, str] = {}
        self.sessions: set[str] = set()
        self.databases: dict[int, dict] = {}
        self.cards: dict[int, dict] = {}
        self.dashboards: dict[int, dict] = {}
        self.healthy_after = 0  # answer 503 to this many health checks first
        self.next_id = 1

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id

    def handle(self, method: str, path: str, body, query: dict, session: str | None):
        self.calls.append((method, path, body, query))
        if (method, path) == ("GET", "/api/health"):
            if self.healthy_after > 0:
                self.healthy_after -= 1
                return 503, {"status": "initializing"}
            return 200, {"status": "ok"}
        if (method, path) == ("GET", "/api/session/properties"):
            if self.users:
                return 200, {"has-user-setup": True, "setup-token": None}
            return 200, {"has-user-setup": False, "setup-token": SETUP_TOKEN}
        if (method, path) == ("POST", "/api/setup"):
            if self.users or body.get("token") != SETUP_TOKEN:
                return 403, {"message": "Token does not match the setup token."}
            user = body["user"]
            self.users[user["email"]] = user["password"]
            return 200, {"id": self._session()}
        if (method, path) == ("POST", "/api/session"):
            if self.users.get(body.get("username")) != body.get("password"):
                return 401, {"errors": {"password": "did not match stored password"}}
            return 200, {"id": self._session()}
        if session not in self.sessions:
            return 401, "Unauthenticated"
        if (method, path) == ("GET", "/api/database"):
            return 200, {"data": list(self.databases.values()), "total": len(self.databases)}
        if (method, path) == ("POST", "/api/database"):
            db = {"id": self.new_id(), **body}
            self.databases[db["id"]] = db
            return 200, db
        if (method, path) == ("GET", "/api/card"):
            return 200, list(self.cards.values())
        if (method, path) == ("POST", "/api/card"):
            card = {"id": self.new_id(), "archived": False, **body}
            self.cards[card["id"]] = card
            return 200, card
        if (method, path) == ("GET", "/api/search"):
            hits = [{"model": "dashboard", "id": d["id"], "name": d["name"], "archived": False}
                    for d in self.dashboards.values()
                    if query.get("q", [""])[0].lower() in d["name"].lower()]
            return 200, {"data": hits, "total": len(hits)}
        if (method, path) == ("POST", "/api/dashboard"):
            dash = {"id": self.new_id(), "dashcards": [], **body}
            self.dashboards[dash["id"]] = dash
            return 200, dash
        if method == "PUT" and (m := re.fullmatch(r"/api/(database|card|dashboard)/(\d+)", path)):
            kind, ident = m.group(1), int(m.group(2))
            table = {"database": self.databases, "card": self.cards, "dashboard": self.dashboards}[kind]
            if ident not in table:
                return 404, "Not found."
            if kind == "dashboard" and "dashcards" in body:
                made = [{**dc, "id": self.new_id() if dc["id"] < 0 else dc["id"], "dashboard_id": ident}
                        for dc in body["dashcards"]]
                body = {**body, "dashcards": made}  # the list given replaces the dashboard's cards
            table[ident].update(body)
            return 200, table[ident]
        return 404, f"no such endpoint in this stand-in: {method} {path}"

    def _session(self) -> str:
        token = f"session-{len(self.sessions) + 1}"
        self.sessions.add(token)
        return token

    def of(self, method: str, path_pattern: str) -> list:
        return [c for c in self.calls if c[0] == method and re.fullmatch(path_pattern, c[1])]


@pytest.fixture
def metabase():
    state = FakeMetabase()

    class Handler(BaseHTTPRequestHandler):
        def _serve(self):
            url = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length)) if length else None
            status, answer = state.handle(self.command, url.path.rstrip("/") or "/", body,
                                          parse_qs(url.query), self.headers.get("X-Metabase-Session"))
            raw = json.dumps(answer).encode() if not isinstance(answer, str) else answer.encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json" if not isinstance(answer, str) else "text/plain")
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)

        do_GET = do_POST = do_PUT = _serve

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    yield state
    server.shutdown()
    server.server_close()


def env_for(metabase: FakeMetabase, **extra) -> dict:
    env = {"MB_URL": metabase.url, "MB_ADMIN_EMAIL": "admin@vngov.local",
           "MB_ADMIN_PASSWORD": "vngov-metabase-test-1", "MIRROR_HOST": "mirror", "MIRROR_PORT": "5432",
           "MIRROR_DB": "vngov", "MIRROR_USER": "vngov_reader", "VNGOV_READER_PASSWORD": "reader-secret",
           "MB_PUBLIC_URL": "http://localhost:3000", "MB_WAIT": "20"}
    env.update(extra)
    return env


def run(env) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = load_script().main(env)
    return code, out.getvalue(), err.getvalue()


def test_first_run_sets_up_metabase_with_the_mirror_three_questions_and_the_dashboard(metabase):
    metabase.healthy_after = 2  # Metabase still starting when metabase-init begins
    code, out, err = run(env_for(metabase))
    assert code == 0, err

    assert len(metabase.of("GET", "/api/health")) == 3
    [(_, _, setup, _)] = metabase.of("POST", "/api/setup")
    assert setup["token"] == SETUP_TOKEN
    assert setup["user"]["email"] == "admin@vngov.local" and setup["user"]["password"] == "vngov-metabase-test-1"
    assert setup["prefs"]["allow_tracking"] is False and setup["prefs"]["site_name"]
    assert not metabase.of("POST", "/api/session")

    [(_, _, db, _)] = metabase.of("POST", "/api/database")
    assert db["engine"] == "postgres" and db["name"] == SPEC["database"]["name"]
    details = db["details"]
    assert (details["host"], details["port"], details["dbname"]) == ("mirror", 5432, "vngov")
    assert details["user"] == "vngov_reader" and details["password"] == "reader-secret"
    assert details["schema-filters-type"] == "inclusion" and details["schema-filters-patterns"] == "marts"

    posted = [body for _, _, body, _ in metabase.of("POST", "/api/card")]
    assert [c["name"] for c in posted] == [c["name"] for c in SPEC["cards"]] == [
        "Directives by addressee agency", "Meetings per month", "Deadlines due in the next 30 days"]
    database_id = next(iter(metabase.databases))
    tables = {"Directives by addressee agency": "marts.directive_tracker",
              "Meetings per month": "marts.fct_meetings",
              "Deadlines due in the next 30 days": "marts.upcoming_deadlines"}
    displays = {"Directives by addressee agency": "row", "Meetings per month": "bar",
                "Deadlines due in the next 30 days": "table"}
    for card in posted:
        query = card["dataset_query"]
        assert query["type"] == "native" and query["database"] == database_id
        assert f"from {tables[card['name']]}" in query["native"]["query"], card["name"]
        assert card["display"] == displays[card["name"]]
    deadline_sql = next(c for c in posted if c["name"].startswith("Deadlines"))["dataset_query"]["native"]["query"]
    assert "between current_date and current_date + 30" in deadline_sql

    [(_, _, dash, _)] = metabase.of("POST", "/api/dashboard")
    assert dash["name"] == SPEC["dashboard"]["name"]
    [(_, path, layout, _)] = metabase.of("PUT", r"/api/dashboard/\d+")
    dashcards = layout["dashcards"]
    with_cards = [dc for dc in dashcards if dc["card_id"] is not None]
    assert sorted(dc["card_id"] for dc in with_cards) == sorted(metabase.cards)
    assert len(with_cards) == 3 and all(dc["id"] < 0 for dc in dashcards), "new dashcards carry negative ids"
    assert len({dc["id"] for dc in dashcards}) == len(dashcards)
    texts = [dc for dc in dashcards if dc["card_id"] is None]
    assert texts and all(dc["visualization_settings"]["virtual_card"]["display"] == "text" for dc in texts)
    assert any("empty table is an answer" in dc["visualization_settings"]["text"] for dc in texts)
    for dc in dashcards:
        assert dc["col"] + dc["size_x"] <= 24 and dc["size_y"] > 0
    dashboard_id = int(path.rsplit("/", 1)[1])
    assert f"http://localhost:3000/dashboard/{dashboard_id}" in out and "vngov_reader" in out
    # (every call after sign-in carried the session: the stand-in answers 401 to one without)


def test_a_second_run_logs_in_and_updates_in_place(metabase):
    assert run(env_for(metabase))[0] == 0
    made = (set(metabase.databases), set(metabase.cards), set(metabase.dashboards))
    metabase.calls.clear()

    code, out, err = run(env_for(metabase, VNGOV_READER_PASSWORD="rotated-secret"))
    assert code == 0, err
    assert not metabase.of("POST", "/api/setup")
    [(_, _, login, _)] = metabase.of("POST", "/api/session")
    assert login == {"username": "admin@vngov.local", "password": "vngov-metabase-test-1"}
    assert not metabase.of("POST", "/api/(database|card|dashboard)"), "nothing is made twice"
    assert (set(metabase.databases), set(metabase.cards), set(metabase.dashboards)) == made
    [(_, _, db, _)] = metabase.of("PUT", r"/api/database/\d+")
    assert db["details"]["password"] == "rotated-secret" and db["details"]["user"] == "vngov_reader"
    assert len(metabase.of("PUT", r"/api/card/\d+")) == 3
    [dashboard] = metabase.dashboards.values()
    assert len([dc for dc in dashboard["dashcards"] if dc["card_id"]]) == 3, "the cards are replaced, not added"


def test_failures_say_what_failed(metabase):
    metabase.healthy_after = 10**6
    code, _, err = run(env_for(metabase, MB_WAIT="1"))
    assert code == 1 and "not healthy" in err

    metabase.healthy_after = 0
    metabase.users["admin@vngov.local"] = "someone-else-set-it"  # set up by hand, another password
    code, _, err = run(env_for(metabase))
    assert code == 1 and "POST /api/session: HTTP 401" in err

    code, _, err = run({k: v for k, v in env_for(metabase).items() if k != "VNGOV_READER_PASSWORD"})
    assert code == 1 and "VNGOV_READER_PASSWORD is not set" in err
