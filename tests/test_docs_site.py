"""`vngov docs`: dbt's docs site, generated from a built warehouse and served on 127.0.0.1."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import threading
import urllib.request

import pytest

from conftest import REPO, vngov_env
from vngov import docs_site

# no proxy from the environment: the fetch must go to 127.0.0.1 itself
_open = urllib.request.build_opener(urllib.request.ProxyHandler({})).open


def _get(url: str) -> bytes:
    with _open(url, timeout=30) as response:
        assert response.status == 200
        return response.read()


def test_the_server_serves_a_folder_on_loopback_only(tmp_path):
    (tmp_path / "index.html").write_text("<html>docs</html>", encoding="utf-8")
    httpd = docs_site.server(tmp_path, 0)
    host, port = httpd.server_address
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        assert host == "127.0.0.1"
        assert _get(f"http://127.0.0.1:{port}/index.html") == b"<html>docs</html>"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_docs_without_a_warehouse_says_so(home):
    with pytest.raises(FileNotFoundError, match="no warehouse yet"):
        docs_site.generate()


@pytest.mark.slow
def test_vngov_docs_builds_and_serves_the_site(replay_chain, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(replay_chain, home)
    build_manifest = (home / "dbt/target/manifest.json").read_bytes()
    proc = subprocess.Popen([sys.executable, "-m", "vngov", "docs", "--port", "0"], cwd=REPO,
                            env=vngov_env(home), stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    try:
        url, seen = None, []
        for line in proc.stdout:  # dbt's output goes through, then the two lines of vngov docs
            seen.append(line)
            found = re.search(r"serving the dbt docs at (http://127\.0\.0\.1:\d+/)", line)
            if found:
                url = found.group(1)
                break
        assert url, "".join(seen[-30:])
        page = _get(url).decode("utf-8")
        manifest = json.loads(_get(url + "manifest.json"))
        catalog = json.loads(_get(url + "catalog.json"))
    finally:
        proc.terminate()
        proc.wait(timeout=30)

    assert "<title>dbt Docs</title>" in page
    # offline: no script or style is fetched from elsewhere; the one remote script (dbt's usage
    # tracker on cloudfront.net) is added only when the manifest turns tracking on
    assert not re.search(r"<(script|link)[^>]+(src|href)=[\"']?(https?:)?//", page)
    assert manifest["metadata"]["send_anonymous_usage_stats"] is False

    for model in ("directive_tracker", "upcoming_deadlines", "bridge_meeting_articles",
                  "bridge_document_articles", "bridge_document_meetings"):
        assert f"model.vngov.{model}" in manifest["nodes"]
        assert f"model.vngov.{model}" in catalog["nodes"]
    status = manifest["nodes"]["model.vngov.directive_tracker"]["columns"]["status"]["description"]
    assert "'overdue' (due_date < status_as_of)" in status
    # the catalog reads the warehouse, whose columns carry the descriptions as comments
    column = catalog["nodes"]["model.vngov.fct_meetings"]["columns"]["chair_person_id"]
    assert column["comment"].startswith("The chair as a person of dim_people")
    # the build's own target (validation reads its manifest) is left alone
    assert (home / "dbt/target/manifest.json").read_bytes() == build_manifest
    assert (home / "dbt/docs/static_index.html").exists()
