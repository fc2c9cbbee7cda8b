"""The replay site: a local HTTP server that stands in for the live sites.

`<root>/<host>/<path>` is served at `http://127.0.0.1:<port>/<host>/<path>`; spiders keep asking for
`https://<host>/<path>` and a Scrapy download handler (scrapers/vngov_scrapers/replay.py) sends the
request here instead, so every URL a spider sees, records and follows is the real one.

Query strings: `https://quochoi.vn/tintuc/Pages/x.aspx?ItemID=5` is served from
`<root>/quochoi.vn/tintuc/Pages/x.aspx__ItemID=5` when that file exists, else from `.../x.aspx`
(replay_file() is the one place that rule lives; fixture builders call replay_relpath()).

Quirks: `<root>/QUIRKS.json` maps real URLs (host + path + query) to what a production crawler
meets on the way, so each failure can be replayed offline (the scheme is not part of the match:
the server never sees it, so two quirk URLs must differ in host, path or query):

    status            [500, 200]: the 1st request gets 500, later ones the next code; the last
                      code repeats (200 = serve the file). Counted per server instance.
    stall_seconds     answer only after N s (released at once when the server stops)
    redirect          {"to": url, "status": 302}: answer with Location: url (a real URL)
    cookie_challenge  {"name": "D1N", "value": hex}: without that cookie, a tiny page whose script
                      sets it and reloads (quochoi.vn's anti-bot page, sites.md §6); with it, the
                      file. Optional "script_value": the script sets this instead, so it never passes.
    headers           {"Content-Type": "text/html; charset=windows-1258"}: added / overridden
    gzip              true: the body is sent gzip-compressed with Content-Encoding: gzip
    pad_to_bytes      N: the page is inflated at serve time to N bytes by an inline base64 image
                      written at `<!--replay:pad-->` (or before </body>), so no huge file is stored
    truncate          N: Content-Length promises the whole body, the connection closes after N bytes
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import mimetypes
import socket
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from vngov import config

QUIRKS_FILE = "QUIRKS.json"
PAD_MARKER = b"<!--replay:pad-->"

_TYPES = {
    ".htm": "text/html; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".aspx": "text/html; charset=utf-8",
    ".vnp": "text/html; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".pdf": "application/pdf",
}


def replay_path(url: str) -> str:
    """https://nld.com.vn/a/b.htm?x=1 -> /nld.com.vn/a/b.htm?x=1 (the path on the replay server)."""
    parts = urlsplit(url)
    path = f"/{parts.hostname}{parts.path or '/'}"
    return f"{path}?{parts.query}" if parts.query else path


def replay_relpath(url: str) -> str:
    """The file a fixture builder writes for url, relative to the replay root.

    https://quochoi.vn/tintuc/Pages/x.aspx?ItemID=5 -> quochoi.vn/tintuc/Pages/x.aspx__ItemID=5;
    the query is kept as sent, with "/" written %2F so it stays one file name.
    https://a.gov.vn/ -> a.gov.vn/index.html.
    """
    parts = urlsplit(url)
    rel = f"{(parts.hostname or '').lower()}{unquote(parts.path) or '/'}".lstrip("/")
    if rel.endswith("/"):
        rel += "index.html"
    if parts.query:
        rel += "__" + parts.query.replace("/", "%2F")
    return rel


def replay_file(root: Path, url: str) -> Path | None:
    """The file that serves url (a real URL): `<host>/<path>__<query>` when it exists, else
    `<host>/<path>` (a folder: its index.html). None when nothing fits or url would leave root."""
    root = Path(root).resolve()
    parts = urlsplit(url)
    candidates = [replay_relpath(url)] if parts.query else []
    candidates.append(replay_relpath(parts._replace(query="").geturl()))
    for rel in candidates:
        target = (root / rel).resolve()
        if root not in target.parents:  # never serve outside the replay root ("/../secret")
            continue
        if target.is_dir():
            target = target / "index.html"
        if target.is_file():
            return target
    return None


def quirk_key(url: str) -> tuple[str, str, str]:
    """What a quirk is matched on: host, path (percent-decoded) and query (as sent)."""
    parts = urlsplit(url)
    return (parts.hostname or "").lower(), unquote(parts.path) or "/", parts.query


def load_quirks(root: Path) -> dict[tuple[str, str, str], dict]:
    path = Path(root) / QUIRKS_FILE
    if not path.is_file():
        return {}
    return {quirk_key(url): quirk for url, quirk in json.loads(path.read_text("utf-8")).items()}


def challenge_page(name: str, value: str) -> bytes:
    """quochoi.vn's anti-bot answer (sites.md §6): set a cookie, reload; no content."""
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        "<title></title></head><body><script>"
        f'document.cookie="{name}={value}; path=/";'
        "window.location.reload(true);</script></body></html>"
    ).encode("ascii")


def _filler(n: int) -> bytes:
    """n bytes of base64 that look like image data (deterministic, cheap to make at 30 MB)."""
    block = b"".join(hashlib.sha256(b"replay-pad-%d" % i).digest() for i in range(96))
    line = base64.b64encode(block)  # 4096 characters, repeated
    return (line * (n // len(line) + 1))[:n]


def pad_page(body: bytes, size: int) -> bytes:
    """body with an inline base64 JPEG inserted so that it is `size` bytes long."""
    head, tail = b'<img alt="" src="data:image/jpeg;base64,', b'">'
    at = body.find(PAD_MARKER)
    if at >= 0:
        before, after = body[:at], body[at + len(PAD_MARKER):]
    else:
        at = body.lower().rfind(b"</body>")
        before, after = (body[:at], body[at:]) if at >= 0 else (body, b"")
    room = size - len(before) - len(after) - len(head) - len(tail)
    if room <= 0:
        return body
    return before + head + _filler(room) + tail + after


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address, root: Path):
        self.root = root
        self.quirks = load_quirks(root)
        self.stopping = threading.Event()
        self._hits: dict[tuple, int] = {}
        self._lock = threading.Lock()
        super().__init__(address, _Handler)

    def hit(self, key) -> int:
        """How many earlier requests this URL had (state for `status` sequences)."""
        with self._lock:
            n = self._hits.get(key, 0)
            self._hits[key] = n + 1
            return n


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def do_HEAD(self):
        self._serve(head=True)

    def do_GET(self):
        self._serve(head=False)

    def _serve(self, head: bool) -> None:
        url = "http://" + self.path.lstrip("/")  # the real URL back: /<host>/<path>?<query>
        key = quirk_key(url)
        quirk = self.server.quirks.get(key, {})
        n = self.server.hit(key)

        if quirk.get("stall_seconds"):
            if self.server.stopping.wait(float(quirk["stall_seconds"])):
                self.close_connection = True  # the server is stopping: drop the request
                return
        statuses = quirk.get("status") or [200]
        status = int(statuses[min(n, len(statuses) - 1)])
        if status != 200:
            return self._error(status, head)
        if "redirect" in quirk:
            target = quirk["redirect"]
            return self._send(int(target.get("status", 302)), b"", "text/html; charset=utf-8",
                              {"Location": target["to"]}, head)
        challenge = quirk.get("cookie_challenge")
        if challenge and not self._has_cookie(challenge["name"], challenge["value"]):
            page = challenge_page(challenge["name"], challenge.get("script_value", challenge["value"]))
            return self._send(200, page, "text/html; charset=utf-8", {"Cache-Control": "no-cache"}, head)

        path = replay_file(self.server.root, url)
        if path is None:
            return self._error(404, head)
        body = path.read_bytes()
        if quirk.get("pad_to_bytes"):
            body = pad_page(body, int(quirk["pad_to_bytes"]))
        headers = dict(quirk.get("headers") or {})
        content_type = headers.pop("Content-Type", None) or _type_of(path)
        if quirk.get("gzip"):
            body = gzip.compress(body, mtime=0)
            headers["Content-Encoding"] = "gzip"
        self._send(200, body, content_type, headers, head, cut_at=quirk.get("truncate"))

    def _has_cookie(self, name: str, value: str) -> bool:
        for header in self.headers.get_all("Cookie") or []:
            for pair in header.split(";"):
                k, _, v = pair.strip().partition("=")
                if k == name and v == value:
                    return True
        return False

    def _error(self, status: int, head: bool) -> None:
        phrase = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Error"
        page = (f"<!DOCTYPE html><html><head><title>{status} {phrase}</title></head>"
                f"<body><h1>{status} {phrase}</h1></body></html>").encode("ascii")
        self._send(status, page, "text/html; charset=utf-8", {}, head)

    def _send(self, status: int, body: bytes, content_type: str, headers: dict, head: bool,
              cut_at: int | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        if cut_at is not None:
            self.send_header("Connection", "close")
        self.end_headers()
        if head:
            return
        if cut_at is None:
            self.wfile.write(body)
            return
        # A network-level cut: part of the body, then the connection goes away.
        self.wfile.write(body[: int(cut_at)])
        self.wfile.flush()
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def log_message(self, format, *args):  # keep crawl output readable
        pass


def _type_of(path: Path) -> str:
    """The Content-Type the live site would send: by the URL's suffix (before any `__<query>`);
    extensionless paths (vnexpress.net/thoi-su) are pages."""
    name = path.name.split("__", 1)[0]
    suffix = Path(name).suffix.lower()
    if not suffix:
        return "text/html; charset=utf-8"
    return _TYPES.get(suffix) or mimetypes.guess_type(name)[0] or "application/octet-stream"


class ReplayServer:
    """`with ReplayServer() as url:` serves the replay root on an ephemeral loopback port."""

    def __init__(self, root: Path | None = None, host: str = "127.0.0.1", port: int = 0):
        self.root = Path(root or config.replay_dir())
        if not self.root.is_dir():
            raise FileNotFoundError(f"replay root {self.root} is not a directory")
        self.httpd = _Server((host, port), self.root.resolve())
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> str:
        self.thread.start()
        return self.url

    def stop(self) -> None:
        self.httpd.stopping.set()  # stalled requests return now instead of after their stall
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> str:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
