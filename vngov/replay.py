"""The replay site: a local HTTP server that stands in for the live sites.

`<root>/<host>/<path>` is served at `http://127.0.0.1:<port>/<host>/<path>`; spiders keep asking for
`https://<host>/<path>` and a Scrapy download handler (scrapers/vngov_scrapers/replay.py) sends the
request here instead, so every URL a spider sees, records and follows is the real one.
"""

from __future__ import annotations

import mimetypes
import threading
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from vngov import config

_TYPES = {
    ".htm": "text/html; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".aspx": "text/html; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}


def replay_path(url: str) -> str:
    """https://nld.com.vn/a/b.htm?x=1 -> /nld.com.vn/a/b.htm?x=1 (the path on the replay server)."""
    parts = urlsplit(url)
    path = f"/{parts.hostname}{parts.path or '/'}"
    return f"{path}?{parts.query}" if parts.query else path


class _Handler(SimpleHTTPRequestHandler):
    def translate_path(self, path: str) -> str:
        # Only the path counts (query strings are not part of the replayed file layout).
        rel = unquote(urlsplit(path).path).lstrip("/")
        target = (Path(self.directory) / rel).resolve()
        root = Path(self.directory).resolve()
        if root not in target.parents and target != root:
            return str(root / "__outside__")  # never serve outside the replay root
        if target.is_dir():
            target = target / "index.html"
        return str(target)

    def guess_type(self, path) -> str:
        return _TYPES.get(Path(str(path)).suffix.lower()) or mimetypes.guess_type(str(path))[0] \
            or "application/octet-stream"

    def list_directory(self, path):
        self.send_error(HTTPStatus.NOT_FOUND, "No such page")
        return None

    def log_message(self, format, *args):  # keep crawl output readable
        pass


class ReplayServer:
    """`with ReplayServer() as url:` serves the replay root on an ephemeral loopback port."""

    def __init__(self, root: Path | None = None, host: str = "127.0.0.1", port: int = 0):
        self.root = Path(root or config.replay_dir())
        if not self.root.is_dir():
            raise FileNotFoundError(f"replay root {self.root} is not a directory")
        handler = partial(_Handler, directory=str(self.root))
        self.httpd = ThreadingHTTPServer((host, port), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> str:
        self.thread.start()
        return self.url

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> str:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
