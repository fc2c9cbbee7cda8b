"""`vngov docs`: the dbt documentation site (every model and column with its description, the
lineage graph, the tests), generated from the warehouse and served on 127.0.0.1.

dbt writes the site to $VNGOV_HOME/dbt/docs, not to the build's target folder: `docs generate`
writes its own manifest.json, and validation reads the build's to follow relationships.
The site works offline: index.html carries its scripts and styles inline, and its one remote
reference, dbt's usage tracker (a script from cloudfront.net), loads only when the manifest says
tracking is on, which run_dbt turns off (DBT_SEND_ANONYMOUS_USAGE_STATS=False).
"""

from __future__ import annotations

import functools
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from vngov import config
from vngov.build import run_dbt


def docs_dir() -> Path:
    return config.home() / "dbt" / "docs"


def generate() -> Path:
    """Run `dbt docs generate` (a writer, like every dbt run: run_dbt holds the lock) and return
    the folder holding index.html, manifest.json, catalog.json and static_index.html (the same
    page with both inlined, to open as a file)."""
    if not config.warehouse_path().exists():
        raise FileNotFoundError(f"no warehouse yet at {config.warehouse_path()}: "
                                "run `vngov build` first")
    target = docs_dir()
    run_dbt("docs generate", "--static", target_path=target)
    return target


def server(root: Path, port: int) -> ThreadingHTTPServer:
    """An HTTP server for the files under root, on 127.0.0.1 only (port 0: any free port)."""
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(root))
    return ThreadingHTTPServer(("127.0.0.1", port), handler)


def main(args) -> None:
    root = generate()
    print(f"dbt docs written to {root} (static_index.html opens without a server)", flush=True)
    if args.no_serve:
        return
    httpd = server(root, args.port)
    print(f"serving the dbt docs at http://127.0.0.1:{httpd.server_address[1]}/ (Ctrl-C stops)",
          flush=True)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()
