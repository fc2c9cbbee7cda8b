"""`vngov watch`: the deadline digest of the published directives.

For an as-of day (today in Hanoi unless given) it reads marts.directive_tracker from
published.duckdb and sorts the directives with a due date into three buckets:

- newly overdue: due before the as-of day, and not yet overdue at the previous digest (the
  latest digest for an earlier day). A directive first published after that digest with a date
  already past is newly overdue too: the watch learns of it now. So each one is reported once.
  The first digest ever lists those due in the FIRST_LOOKBACK_DAYS before the as-of day and only
  counts the older ones (a backlog of years would drown what is new).
- due within 7 days: the as-of day to 7 days after it;
- due within 30 days: 8 to 30 days after it.

Each bucket is grouped by addressee (the agency that carries the task today when the gazetteer
knows it, else the addressee as written; a directive to three addressees is listed under each).
The digest lands as $VNGOV_HOME/digests/<as-of>.json and .html, and the JSON is posted to a
webhook when one is set. digests/state.json keeps, per digest day, the directives it counted as
overdue: a digest made again for the same day compares with the same earlier one, so it says
the same (the watch DAG may run twice a day, on two publishes).
"""

from __future__ import annotations

import html
import json
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from vngov import config
from vngov.warehouse import open_waiting

TRACKER = "marts.directive_tracker"
WEBHOOK_ENV = "VNGOV_WEBHOOK_URL"
WEBHOOK_TIMEOUT = 10.0  # seconds per attempt
WEBHOOK_ATTEMPTS = 3
WEBHOOK_BACKOFF = 1.0  # seconds before the 2nd attempt, doubled before each next one
FIRST_LOOKBACK_DAYS = 7
STATE_DAYS_KEPT = 60  # digest days remembered in state.json
NO_ADDRESSEE = "(no addressee named)"

# (key in the JSON, words for people, first and last day after the as-of day; None = open)
BUCKETS = (
    ("newly_overdue", "newly overdue", None, -1),
    ("due_within_7_days", "due within 7 days", 0, 7),
    ("due_within_30_days", "due in 8-30 days", 8, 30),
)

# The tracker's columns the digest reads (by name, so columns added to the mart do not matter).
COLUMNS = ("directive_id", "addressee", "addressee_kind", "group_type", "agency_id",
           "agency_name", "current_agency_id", "current_agency_name", "issuer_name",
           "issuer_title", "issuer_agency_name", "verb", "action_text", "evidence_text",
           "meeting_id", "meeting_date", "meeting_body", "meeting_chair_name", "due_date",
           "deadline_expression", "deadline_granularity", "status", "first_reported_at",
           "article_url", "source_urls", "article_count")


class WatchError(RuntimeError):
    """The digest could not be made; the message says why."""


class WebhookFailed(RuntimeError):
    """The digest files were written, but the webhook did not take them."""


def digests_dir() -> Path:
    return config.home() / "digests"


def today() -> date:
    return datetime.now(config.VIETNAM_TZ).date()


@dataclass
class Digest:
    as_of: date
    previous: date | None  # the earlier digest newly overdue is measured against
    published: dict
    counts: dict[str, int]
    groups: list[dict]
    overdue_keys: list[str]  # every directive overdue at as_of (for the next digest)
    not_listed: int = 0  # first digest: overdue before the look-back window
    paths: list[Path] = field(default_factory=list)
    generated_at: str = field(
        default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))

    def to_json(self) -> dict:
        return {
            "as_of": self.as_of.isoformat(),
            "generated_at": self.generated_at,
            "previous_digest": self.previous.isoformat() if self.previous else None,
            "first_digest": self.previous is None,
            "overdue_not_listed": self.not_listed,
            "published": self.published,
            "buckets": {key: {"label": label, **_window(self.as_of, lo, hi, self.previous)}
                        for key, label, lo, hi in BUCKETS},
            "counts": self.counts,
            "groups": self.groups,
        }

    def lines(self) -> list[str]:
        out = []
        for key, label, _, _ in BUCKETS:
            n = self.counts[key]
            groups = sum(1 for g in self.groups if g[key])
            line = f"{label}: {n} directive{'s' if n != 1 else ''}"
            if n:
                line += f" for {groups} addressee{'s' if groups != 1 else ''}"
            if key == "newly_overdue":
                line += (f" (since the digest of {self.previous})" if self.previous else
                         f" (first digest: due since {self.as_of - timedelta(FIRST_LOOKBACK_DAYS)}"
                         f"; {self.not_listed} overdue before that not listed)")
            out.append(line)
        return out + [f"wrote {p}" for p in self.paths]


def _window(as_of: date, lo: int | None, hi: int, previous: date | None) -> dict:
    if lo is None:  # newly overdue: since the previous digest, or the first look-back
        start = previous or as_of - timedelta(FIRST_LOOKBACK_DAYS)
        return {"due_from": start.isoformat(), "due_to": (as_of + timedelta(hi)).isoformat()}
    return {"due_from": (as_of + timedelta(lo)).isoformat(),
            "due_to": (as_of + timedelta(hi)).isoformat()}


# --- reading -----------------------------------------------------------------------------------

def read_tracker(until: date) -> list[dict]:
    """The tracker rows with a due date up to `until`. The file is open only while reading: a
    reader never blocks publish (it writes a new file and renames it), but keep it short."""
    path = config.published_path()
    if not path.exists():
        raise WatchError(f"nothing published yet at {path}: run `vngov build` first")
    con = open_waiting(str(path), read_only=True)
    try:
        schema, table = TRACKER.split(".")
        found = con.execute("select count(*) from duckdb_tables() where schema_name = ? "
                            "and table_name = ?", [schema, table]).fetchone()[0]
        if not found:
            raise WatchError(f"{path} has no {TRACKER} (published by an older vngov): "
                             "run `vngov build` again")
        # a timestamp as epoch seconds: tz-aware values from DuckDB need pytz
        cols = ", ".join(f"epoch({c}) as {c}" if c == "first_reported_at" else c
                         for c in COLUMNS)
        rows = con.execute(f"select {cols} from {TRACKER} where due_date is not null "
                           "and due_date <= ? order by due_date, directive_id, addressee",
                           [until]).fetchall()
    finally:
        con.close()
    out = [dict(zip(COLUMNS, row)) for row in rows]
    for row in out:
        if row["first_reported_at"] is not None:
            row["first_reported_at"] = datetime.fromtimestamp(
                row["first_reported_at"], config.VIETNAM_TZ).isoformat()
    return out


def published_info() -> dict:
    """What the digest was made from: the published file and the build its manifest names."""
    path = config.published_path()
    info = {"path": str(path)}
    if path.exists():
        info["modified_at"] = datetime.fromtimestamp(path.stat().st_mtime, timezone.utc) \
            .isoformat(timespec="seconds")
    manifest = config.parquet_dir() / "current" / "manifest.json"
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
        info.update({k: data.get(k) for k in ("build", "dbt_invocation", "published_at")})
    except (OSError, ValueError, AttributeError):  # no Parquet copy yet, or unreadable
        pass
    return info


# --- state: what each digest day counted as overdue --------------------------------------------

def _state_path() -> Path:
    return digests_dir() / "state.json"


def load_state() -> dict[str, list[str]]:
    path = _state_path()
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {str(day): list(keys) for day, keys in data["overdue"].items()}
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise WatchError(f"unreadable digest state {path} ({exc}); move it away to start the "
                         "watch afresh (the next digest is then a first one)") from None


def previous_day(state: dict[str, list[str]], as_of: date) -> date | None:
    earlier = [day for day in state if day < as_of.isoformat()]
    return date.fromisoformat(max(earlier)) if earlier else None


def _key(directive: dict) -> str:
    # with the due date: a directive whose deadline moves can fall due (and be reported) again
    return f"{directive['directive_id']}@{directive['due_date']}"


# --- the digest --------------------------------------------------------------------------------

def _group_of(row: dict) -> tuple[str, str, str | None]:
    """(key, label, agency id) of the addressee the row is listed under."""
    name = row["current_agency_name"] or row["addressee"]
    if not name:
        return "", NO_ADDRESSEE, None
    name = " ".join(name.split())
    # typed groups come as written, "Các địa phương" and "các địa phương": one group
    agency_id = row["current_agency_id"] or row["agency_id"]
    return name.casefold(), name[:1].upper() + name[1:], agency_id


def _item(d: dict, as_of: date, written: list[str]) -> dict:
    issuer = " ".join(p for p in (d["issuer_title"], d["issuer_name"]) if p) \
        or d["issuer_agency_name"]
    meeting = None
    if d["meeting_id"]:
        meeting = {"id": d["meeting_id"], "date": _iso(d["meeting_date"]),
                   "body": d["meeting_body"], "chair": d["meeting_chair_name"]}
    return {
        "directive_id": d["directive_id"],
        "due_date": d["due_date"].isoformat(),
        "days": (d["due_date"] - as_of).days,  # negative: days overdue
        "deadline": d["deadline_expression"],
        "granularity": d["deadline_granularity"],
        "verb": d["verb"],
        "action": d["action_text"],
        "evidence": d["evidence_text"],
        "issuer": issuer or None,
        "addressees_as_written": written,
        "meeting": meeting,
        "status": d["status"],
        "first_reported_at": d["first_reported_at"],
        "article_url": d["article_url"],
        "source_urls": list(d["source_urls"] or []),
        "article_count": d["article_count"],
    }


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def make_digest(rows: list[dict], as_of: date, state: dict[str, list[str]],
                published: dict | None = None) -> Digest:
    directives: dict[str, dict] = {}  # directive_id -> its first row (the directive's fields)
    for row in rows:
        directives.setdefault(row["directive_id"], row)
    previous = previous_day(state, as_of)
    overdue = {_key(d) for d in directives.values() if d["due_date"] < as_of}
    if previous:
        seen = set(state[previous.isoformat()])
        newly = overdue - seen
        not_listed = 0
    else:
        start = as_of - timedelta(FIRST_LOOKBACK_DAYS)
        newly = {_key(d) for d in directives.values() if start <= d["due_date"] < as_of}
        not_listed = len(overdue) - len(newly)

    def bucket(d: dict) -> str | None:
        days = (d["due_date"] - as_of).days
        if days < 0:
            return "newly_overdue" if _key(d) in newly else None
        return next(key for key, _, lo, hi in BUCKETS if lo is not None and lo <= days <= hi)

    groups: dict[str, dict] = {}
    listed: dict[tuple[str, str], dict] = {}  # (group, directive) -> item: once per group
    for row in rows:
        d = directives[row["directive_id"]]
        key = bucket(d)
        if key is None:
            continue
        gkey, label, agency_id = _group_of(row)
        group = groups.setdefault(gkey, {"addressee": label, "agency_id": agency_id,
                                         **{k: [] for k, _, _, _ in BUCKETS}})
        item = listed.get((gkey, d["directive_id"]))
        if item is None:
            item = listed[(gkey, d["directive_id"])] = _item(d, as_of, [])
            group[key].append(item)
        if row["addressee"] and row["addressee"] not in item["addressees_as_written"]:
            item["addressees_as_written"].append(row["addressee"])
    counts = {key: len({i["directive_id"] for g in groups.values() for i in g[key]})
              for key, _, _, _ in BUCKETS}
    return Digest(as_of=as_of, previous=previous, published=published or {}, counts=counts,
                  groups=[groups[k] for k in sorted(groups, key=lambda k: (k == "", k))],
                  overdue_keys=sorted(overdue),
                  not_listed=not_listed)


# --- writing -----------------------------------------------------------------------------------

def _write_atomic(path: Path, text: str) -> None:
    """Readers (and a webhook retry) see the old file or the new one, never half of one."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_digest(digest: Digest, state: dict[str, list[str]]) -> bytes:
    """Write <as-of>.json and .html, then record the day in the state. Returns the JSON."""
    folder = digests_dir()
    folder.mkdir(parents=True, exist_ok=True)
    body = json.dumps(digest.to_json(), ensure_ascii=False, indent=1)
    day = digest.as_of.isoformat()
    digest.paths = [folder / f"{day}.json", folder / f"{day}.html"]
    _write_atomic(digest.paths[0], body + "\n")
    _write_atomic(digest.paths[1], render_html(digest))
    state = dict(state, **{day: digest.overdue_keys})
    kept = dict(sorted(state.items())[-STATE_DAYS_KEPT:])
    _write_atomic(_state_path(), json.dumps({"overdue": kept}, indent=0) + "\n")
    return body.encode("utf-8")


_CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:70em;padding:0 1em;color:#222}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ccc}
h3{font-size:1em;margin:1em 0 .3em}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ddd;padding:.3em .5em;vertical-align:top;text-align:left}
th{background:#f4f4f4}.newly_overdue h3{color:#b00020}.due_within_7_days h3{color:#a05a00}
.meta,.small{color:#666;font-size:.9em}
"""


def _e(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _link(url) -> str:
    # only http(s) becomes a link: a javascript: URL stays inert text however it is escaped
    if isinstance(url, str) and urllib.parse.urlsplit(url).scheme in ("http", "https"):
        return f'<a href="{_e(url)}">{_e(url)}</a>'
    return _e(url)


def render_html(digest: Digest) -> str:
    """One self-contained page (inline style, no scripts, nothing fetched); every text from the
    news is escaped."""
    data = digest.to_json()
    pub = data["published"]
    out = ["<!DOCTYPE html>", '<html lang="vi"><head><meta charset="utf-8">',
           f"<title>vngov deadline watch {_e(data['as_of'])}</title>",
           f"<style>{_CSS}</style></head><body>",
           f"<h1>Deadline watch — as of {_e(data['as_of'])}</h1>",
           f'<p class="meta">Published build {_e(pub.get("build") or "unknown")}'
           f' ({_e(pub.get("published_at") or pub.get("modified_at") or "")}); '
           + (f"newly overdue since the digest of {_e(data['previous_digest'])}."
              if data["previous_digest"] else
              f"first digest: newly overdue means due since "
              f"{_e(data['buckets']['newly_overdue']['due_from'])}; "
              f"{digest.not_listed} directives overdue before that are not listed.")
           + "</p>", "<ul>"]
    for key, label, _, _ in BUCKETS:
        window = data["buckets"][key]
        out.append(f"<li>{_e(label)}: <strong>{digest.counts[key]}</strong> "
                   f'<span class="small">(due {_e(window["due_from"])} to '
                   f'{_e(window["due_to"])})</span></li>')
    out.append("</ul>")
    if not digest.groups:
        out.append("<p>Nothing falls due in these windows.</p>")
    for group in digest.groups:
        out.append(f"<h2>{_e(group['addressee'])}</h2>")
        for key, label, _, _ in BUCKETS:
            if not group[key]:
                continue
            out.append(f'<section class="{key}"><h3>{_e(label)}</h3><table>'
                       "<tr><th>due</th><th>task</th><th>deadline as written</th>"
                       "<th>instructed by</th><th>source</th></tr>")
            for item in group[key]:
                days = item["days"]
                when = (f"{-days} days overdue" if days < 0 else
                        "today" if days == 0 else f"in {days} days")
                meeting = item["meeting"]
                at = (f'<div class="small">at {_e(meeting["body"] or meeting["chair"] or "")} '
                      f'{_e(meeting["date"])}</div>' if meeting else "")
                written = ", ".join(item["addressees_as_written"])
                to = (f'<div class="small">to: {_e(written)}</div>'
                      if written and written != group["addressee"] else "")
                out.append(
                    f"<tr><td>{_e(item['due_date'])}<div class=\"small\">{_e(when)}</div></td>"
                    f"<td>{_e(item['action'])}{to}</td>"
                    f"<td>{_e(item['deadline'])}</td>"
                    f"<td>{_e(item['issuer'] or '—')} <span class=\"small\">({_e(item['verb'])})"
                    f"</span>{at}</td>"
                    f"<td>{_link(item['article_url'])}"
                    + (f'<div class="small">{item["article_count"]} reports</div>'
                       if (item["article_count"] or 0) > 1 else "") + "</td></tr>")
            out.append("</table></section>")
    out.append(f'<p class="small">Made by vngov watch at {_e(data["generated_at"])} from '
               f"{_e(pub.get('path'))}.</p></body></html>")
    return "\n".join(out) + "\n"


# --- the webhook -------------------------------------------------------------------------------

def check_webhook_url(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {_redact(url)!r}")
    return url


def _redact(url: str) -> str:
    """Scheme, host and port only: a webhook's path often holds its secret token."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if not parts.scheme or not host:
        return url[:40] + ("…" if len(url) > 40 else "")
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}" + ("/…" if parts.path.strip("/") else "")


def post_webhook(url: str, body: bytes, attempts: int = WEBHOOK_ATTEMPTS,
                 timeout: float = WEBHOOK_TIMEOUT, backoff: float = WEBHOOK_BACKOFF) -> int:
    """POST the digest JSON; retry a connection failure, a timeout, a 429 or a 5xx answer.
    Returns the HTTP status; raises WebhookFailed after the last attempt or on another 4xx."""
    request = urllib.request.Request(url, data=body, method="POST", headers={
        "Content-Type": "application/json; charset=utf-8", "User-Agent": "vngov-watch"})
    why = ""
    for attempt in range(1, attempts + 1):
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.status
        except urllib.error.HTTPError as exc:
            why = f"HTTP {exc.code} {exc.reason}"
            if exc.code < 500 and exc.code != 429:  # the receiver refuses it: no point retrying
                raise WebhookFailed(f"webhook {_redact(url)} refused the digest: {why}") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            why = str(getattr(reason, "strerror", None) or reason)
        if attempt < attempts:
            time.sleep(backoff * 2 ** (attempt - 1))
    raise WebhookFailed(f"webhook {_redact(url)} failed after {attempts} attempts: {why}")


def watch(as_of: date | None = None, webhook: str | None = None) -> Digest:
    """Make, write and (with a webhook) post the digest for as_of (default today in Hanoi).
    The files are written before the post, so a failed post leaves them in place."""
    as_of = as_of or today()
    rows = read_tracker(until=as_of + timedelta(BUCKETS[-1][3]))
    state = load_state()
    digest = make_digest(rows, as_of, state, published_info())
    body = write_digest(digest, state)
    for line in digest.lines():
        print(line, flush=True)
    if webhook:
        status = post_webhook(webhook, body)
        print(f"posted to {_redact(webhook)} (HTTP {status})")
    return digest


def cmd(args) -> None:
    """`vngov watch [--as-of DAY] [--webhook URL]`."""
    url = args.webhook or os.environ.get(WEBHOOK_ENV) or None
    if url and not args.webhook:
        try:
            check_webhook_url(url)
        except ValueError as exc:
            raise WatchError(f"{WEBHOOK_ENV}: {exc}") from None
    watch(date.fromisoformat(args.as_of) if args.as_of else None, url)
