"""Provision Metabase from bi/metabase/dashboard.json through its REST API (docker compose's
metabase-init; standard library only).

1. wait for GET /api/health
2. the first user: POST /api/setup with the setup token of GET /api/session/properties, or,
   when Metabase is set up already, log in (POST /api/session)
3. the SQL mirror as a database: engine postgres, the read-only role vngov_reader, schema marts
   (POST /api/database, or PUT /api/database/:id when one of that name exists)
4. the three questions, native SQL over the marts tables (POST /api/card, or PUT /api/card/:id)
5. the dashboard (POST /api/dashboard unless one of that name exists), its cards and text
   laid out in one PUT /api/dashboard/:id that replaces whatever cards it had

Running it again updates everything in place: nothing is made twice.

Settings (environment): MB_URL (http://metabase:3000), MB_PUBLIC_URL (what to print,
http://localhost:3000), MB_ADMIN_EMAIL (admin@vngov.local), MB_ADMIN_PASSWORD (required),
MIRROR_HOST (mirror), MIRROR_PORT (5432), MIRROR_DB (vngov), MIRROR_USER (vngov_reader),
VNGOV_READER_PASSWORD (required), MB_WAIT (seconds to wait for Metabase, 600).
"""

from __future__ import annotations

import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

SPEC = Path(__file__).resolve().parent / "dashboard.json"


class ProvisionError(RuntimeError):
    pass


class Metabase:
    def __init__(self, base: str):
        self.base = base.rstrip("/")
        self.session: str | None = None

    def request(self, method: str, path: str, body=None, query: dict | None = None):
        url = self.base + path + ("?" + urllib.parse.urlencode(query) if query else "")
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(url, data=data, method=method)
        req.add_header("Accept", "application/json")
        if data is not None:
            req.add_header("Content-Type", "application/json")
        if self.session:
            req.add_header("X-Metabase-Session", self.session)
        try:
            with urllib.request.urlopen(req, timeout=120) as resp:
                raw = resp.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace")[:2000]
            raise ProvisionError(f"{method} {path}: HTTP {exc.code}: {detail}") from None
        return json.loads(raw) if raw.strip() else None

    def get(self, path, **query):
        return self.request("GET", path, query=query or None)

    def post(self, path, body):
        return self.request("POST", path, body)

    def put(self, path, body):
        return self.request("PUT", path, body)


def _items(result) -> list:
    """List endpoints answer a list, or (newer versions, /api/search) {"data": [...]}."""
    if isinstance(result, dict):
        return result.get("data") or []
    return result or []


def wait_healthy(mb: Metabase, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    last = ""
    while time.monotonic() < deadline:
        try:
            if (mb.get("/api/health") or {}).get("status") == "ok":
                return
        except (ProvisionError, OSError, ValueError) as exc:
            last = str(exc)
        time.sleep(1)
    raise ProvisionError(f"Metabase at {mb.base} not healthy within {seconds:.0f} s {last}")


def sign_in(mb: Metabase, email: str, password: str, site_name: str) -> str:
    props = mb.get("/api/session/properties") or {}
    token = props.get("setup-token")
    if token and not props.get("has-user-setup"):
        answer = mb.post("/api/setup", {
            "token": token,
            "user": {"first_name": "vngov", "last_name": "admin", "email": email,
                     "password": password, "site_name": site_name},
            "prefs": {"site_name": site_name, "site_locale": "en", "allow_tracking": False},
        })
        how = "set up (first user created)"
    else:
        answer = mb.post("/api/session", {"username": email, "password": password})
        how = "logged in"
    mb.session = answer["id"]
    return how


def mirror_details(env) -> dict:
    return {
        "host": env.get("MIRROR_HOST", "mirror"),
        "port": int(env.get("MIRROR_PORT", "5432")),
        "dbname": env.get("MIRROR_DB", "vngov"),
        "user": env.get("MIRROR_USER", "vngov_reader"),
        "password": env["VNGOV_READER_PASSWORD"],
        "ssl": False,
        "schema-filters-type": "inclusion",
        "schema-filters-patterns": "marts",
    }


def ensure_database(mb: Metabase, spec: dict, details: dict) -> int:
    body = {"name": spec["name"], "engine": spec["engine"], "details": details,
            "is_full_sync": True, "auto_run_queries": True}
    for db in _items(mb.get("/api/database")):
        if db.get("name") == spec["name"]:
            mb.put(f"/api/database/{db['id']}", body)
            return db["id"]
    return mb.post("/api/database", body)["id"]


def ensure_cards(mb: Metabase, cards: list[dict], database_id: int) -> dict[str, int]:
    existing = {c.get("name"): c["id"] for c in _items(mb.get("/api/card", f="all"))
                if not c.get("archived")}
    ids = {}
    for card in cards:
        body = {
            "name": card["name"],
            "description": card.get("description"),
            "display": card["display"],
            "visualization_settings": card.get("visualization_settings", {}),
            "dataset_query": {"type": "native", "database": database_id,
                              "native": {"query": card["sql"], "template-tags": {}}},
            "collection_id": None,
        }
        if card["name"] in existing:
            mb.put(f"/api/card/{existing[card['name']]}", body)
            ids[card["key"]] = existing[card["name"]]
        else:
            ids[card["key"]] = mb.post("/api/card", body)["id"]
    return ids


def ensure_dashboard(mb: Metabase, spec: dict, cards: list[dict], texts: list[dict],
                     card_ids: dict[str, int]) -> int:
    found = [d for d in _items(mb.get("/api/search", q=spec["name"], models="dashboard"))
             if d.get("model", "dashboard") == "dashboard" and d.get("name") == spec["name"]
             and not d.get("archived")]
    if found:
        dashboard_id = found[0]["id"]
    else:
        dashboard_id = mb.post("/api/dashboard", {"name": spec["name"],
                                                  "description": spec.get("description")})["id"]
    dashcards = []
    for n, card in enumerate(cards, start=1):  # negative ids: new cards, made by this PUT
        dashcards.append({"id": -n, "card_id": card_ids[card["key"]], **card["layout"],
                          "parameter_mappings": [], "visualization_settings": {}, "series": []})
    for n, text in enumerate(texts, start=len(cards) + 1):
        dashcards.append({"id": -n, "card_id": None, **text["layout"], "parameter_mappings": [],
                          "series": [], "visualization_settings": {
                              "virtual_card": {"name": None, "display": "text",
                                               "visualization_settings": {}, "dataset_query": {},
                                               "archived": False},
                              "text": text["text"]}})
    mb.put(f"/api/dashboard/{dashboard_id}", {"description": spec.get("description"),
                                              "dashcards": dashcards})
    return dashboard_id


def main(env=os.environ) -> int:
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    mb = Metabase(env.get("MB_URL", "http://metabase:3000"))
    try:
        for name in ("MB_ADMIN_PASSWORD", "VNGOV_READER_PASSWORD"):
            if not env.get(name):
                raise ProvisionError(f"{name} is not set")
        wait_healthy(mb, float(env.get("MB_WAIT", "600")))
        email = env.get("MB_ADMIN_EMAIL", "admin@vngov.local")
        how = sign_in(mb, email, env["MB_ADMIN_PASSWORD"], "vngov")
        database_id = ensure_database(mb, spec["database"], mirror_details(env))
        card_ids = ensure_cards(mb, spec["cards"], database_id)
        dashboard_id = ensure_dashboard(mb, spec["dashboard"], spec["cards"], spec.get("texts", []),
                                        card_ids)
    except ProvisionError as exc:
        print(f"metabase-init: {exc}", file=sys.stderr)
        return 1
    public = env.get("MB_PUBLIC_URL", "http://localhost:3000").rstrip("/")
    print(f"metabase-init: {how}; database {database_id} ({spec['database']['name']}, as "
          f"{mirror_details(env)['user']}), cards {sorted(card_ids.values())}, dashboard "
          f"{public}/dashboard/{dashboard_id} (login {email})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
