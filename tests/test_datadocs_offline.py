"""Data Docs work offline and say what a failure means (issue 10 item 5; vngov.datadocs).

GX's templates load their scripts and styles from CDNs; the site vngov builds has local copies
(npm packages installed by `make install`) and relative references only, so it renders from a
folder with no network. A suite whose only failures are warnings is "Passed with warnings", as
`vngov summary` reports it; a critical failure is still "Failed". The end-to-end test opens the
pages in headless Chromium with the network cut off and checks that the tables were rendered
by their scripts.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import duckdb
import great_expectations
import pytest

from conftest import expectations_with, run_vngov, unmeetable
from vngov import datadocs

GX_TEMPLATES = Path(great_expectations.__file__).parent / "render" / "view" / "templates"


class _Page(HTMLParser):
    """Tags (with attributes), text, and the rows a script rendered (<tr data-index=...>)."""

    def __init__(self, text: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        # {"table": its classes, "text": [...], "icons": [(classes, title)], "links": [href]}
        self.rows: list[dict] = []
        self._row: dict | None = None
        self._tables: list[str] = []
        self._in_script = 0
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "script":
            self._in_script += 1
        if tag == "table":
            self._tables.append(attrs.get("class") or "")
        if tag == "tr" and "data-index" in attrs:
            self._row = {"table": self._tables[-1] if self._tables else "", "text": [],
                         "icons": [], "links": []}
            self.rows.append(self._row)
        elif self._row is not None and tag == "i":
            self._row["icons"].append((attrs.get("class") or "", attrs.get("title")))
        elif self._row is not None and tag == "a":
            self._row["links"].append(attrs.get("href"))

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script -= 1
        if tag == "tr":
            self._row = None
        if tag == "table" and self._tables:
            self._tables.pop()

    def handle_data(self, data):
        if self._in_script:
            return
        self.text.append(data)
        if self._row is not None:
            self._row["text"].append(data)

    def words(self) -> str:
        return " ".join(" ".join(self.text).split())


def _local_refs(site: Path) -> list[tuple[Path, str, Path]]:
    """(file, reference, target) of every relative reference a page or stylesheet of the site
    loads or links to."""
    refs = []
    for path in sorted(site.rglob("*")):
        if path.suffix == ".html":
            text = path.read_text(encoding="utf-8")
            found = [v for _, attrs in _Page(text).tags for k, v in attrs.items()
                     if k in ("src", "href") and v]
        elif path.suffix == ".css":
            found = datadocs._css_refs(path.read_text(encoding="utf-8", errors="replace"))
        else:
            continue
        for ref in found:
            parts = urlsplit(ref)
            if parts.scheme or ref.startswith(("#", "//")) or not parts.path:
                continue
            refs.append((path, ref, (path.parent / unquote(parts.path)).resolve()))
    return refs


def _assert_self_contained(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert pages
    for path in pages + sorted(site.rglob("*.css")):
        text = path.read_text(encoding="utf-8", errors="replace")
        assert not datadocs.remote_loads(text), path
        # belt and braces, in the page's own terms: no script, stylesheet, image from http(s)
        for tag, attrs in (_Page(text).tags if path.suffix == ".html" else []):
            if tag in ("script", "link", "img"):
                for key in ("src", "href"):
                    assert not re.match(r"(https?:)?//", attrs.get(key) or ""), (path, tag, attrs)
        assert "integrity=" not in text, path  # checked when copied; file:// pages can't
    refs = _local_refs(site)
    assert any("static/vendor/" in ref for _, ref, _ in refs)
    missing = [(str(p.relative_to(site)), ref) for p, ref, target in refs if not target.is_file()]
    assert not missing
    outside = [ref for _, ref, target in refs if not target.is_relative_to(site.resolve())]
    assert not outside


# --- Fast: the assets, the rewriting, the verdicts ----------------------------------------------


def test_every_cdn_reference_in_gx_templates_has_a_local_copy():
    urls = set()
    for template in GX_TEMPLATES.glob("*.j2"):
        for tag in re.findall(r"<(?:script|link|img)\b[^>]*>", template.read_text("utf-8")):
            urls.update(re.findall(r'(?:src|href)="(https?://[^"{]+)"', tag))
    assert urls, "GX's templates were not read"
    assert urls == {a.url for a in datadocs.ASSETS}
    copies = datadocs.assets()
    for url in urls:
        assert copies[url].source.is_file()
        assert copies[url].site_path.startswith("static/vendor/")


def test_the_copies_are_the_files_gx_pins_by_hash():
    text = (GX_TEMPLATES / "js_script_imports.j2").read_text("utf-8")
    pinned = re.findall(r'<script src="([^"]+)" integrity="([^"]+)"[^>]*></script>', text)
    assert len(pinned) == 2  # popper.js and bootstrap.min.js
    for url, integrity in pinned:
        algorithm, digest = integrity.split("-", 1)
        assert datadocs.assets()[url].digests[algorithm] == digest, url
    # localize() checks the same, and drops the attributes a file:// page cannot satisfy
    assert "integrity" not in datadocs.localize(text, 0, "js_script_imports.j2")
    forged = text.replace(pinned[0][1], "sha384-" + "A" * 64)
    with pytest.raises(datadocs.ExternalReference, match="integrity hash"):
        datadocs.localize(forged, 0, "forged")


def test_localize_points_at_the_copies_from_any_depth():
    page = ('<link rel="stylesheet" href="https://maxcdn.bootstrapcdn.com/bootstrap/4.3.1/css/'
            'bootstrap.min.css"/><script src="https://code.jquery.com/jquery-3.7.1.min.js">'
            '</script><img src="https://great-expectations-web-assets.s3.us-east-2.amazonaws.com/'
            'logo-long.png?d=20250101T000000Z&dataContextId=abc"/>'
            '<link rel="shortcut icon" href="../../../../static/images/favicon.ico"/>'
            '<a href="https://greatexpectations.io">a link, not a load</a>')
    out = datadocs.localize(page, 5)
    assert 'href="../../../../../static/vendor/bootstrap@4.3.1/dist/css/bootstrap.min.css"' in out
    assert 'src="../../../../../static/vendor/jquery@3.7.1/dist/jquery.min.js"' in out
    assert 'src="../../../../../static/images/logo-long.png"' in out  # no tracking query
    assert 'href="../../../../../static/images/favicon.ico"' in out  # GX's depth is one short
    assert 'href="https://greatexpectations.io"' in out
    assert 'src="static/vendor/jquery@3.7.1/' in datadocs.localize(page, 0)


@pytest.mark.parametrize("page", [
    '<script src="https://example.org/x.js"></script>',
    "<link rel='stylesheet' href='//example.org/x.css'>",
    '<img alt="" src="https://great-expectations-web-assets.s3.us-east-2.amazonaws.com/other.png">',
    "<style>a { background: url('https://example.org/x.png') }</style>",
    '<style>@import "https://example.org/x.css";</style>',
])
def test_a_page_that_would_still_load_from_the_network_is_refused(page):
    with pytest.raises(datadocs.ExternalReference, match="over the network"):
        datadocs.localize(page, 0, "page")


def test_missing_assets_are_a_clear_error(tmp_path, monkeypatch):
    installed = datadocs.assets_dir()
    monkeypatch.setenv(datadocs.ASSETS_ENV, str(tmp_path / "nowhere"))
    with pytest.raises(datadocs.MissingAssets, match=r"does not exist.*make install"):
        datadocs.assets()
    modules = tmp_path / "node_modules"
    for package in {a.package for a in datadocs.ASSETS}:  # every package, as installed ...
        (modules / package).parent.mkdir(parents=True, exist_ok=True)
        if package in ("jquery", "bootstrap-table"):  # (the two changed below are copies)
            shutil.copytree(installed / package, modules / package)
        else:
            (modules / package).symlink_to(installed / package)
    monkeypatch.setenv(datadocs.ASSETS_ENV, str(modules))
    assert set(datadocs.assets()) >= {a.url for a in datadocs.ASSETS}
    # ... then one file gone, one package another version, one not there at all
    (modules / "bootstrap-table" / "dist" / "bootstrap-table.min.js").unlink()
    manifest = modules / "jquery" / "package.json"
    manifest.write_text(json.dumps(json.loads(manifest.read_text()) | {"version": "3.6.0"}))
    (modules / "vega-embed").unlink()
    with pytest.raises(datadocs.MissingAssets) as raised:
        datadocs.assets()
    message = str(raised.value)
    assert "bootstrap-table 1.19.1 has no dist/bootstrap-table.min.js" in message
    assert "jquery is 3.6.0, GX's pages need 3.7.1" in message
    assert "package vega-embed is not installed" in message
    assert "make install" in message and datadocs.ASSETS_ENV in message


def test_validation_stops_before_it_starts_without_the_assets(home, tmp_path, monkeypatch):
    from vngov.validate import validate

    monkeypatch.setenv(datadocs.ASSETS_ENV, str(tmp_path / "nowhere"))
    with pytest.raises(datadocs.MissingAssets):
        validate(duckdb.connect(), layers=("raw",))
    assert not (home / "gx").exists()  # nothing half-built


def test_a_page_gx_would_skip_still_fails_the_build(home, tmp_path, monkeypatch):
    # GX logs an error in a section page and goes on without it; vngov raises it once the
    # pages are written. Here: a GX asset vngov "forgot" to copy.
    from vngov.validate import validate

    suites = tmp_path / "expectations"
    (suites / "raw").mkdir(parents=True)
    monkeypatch.setenv("VNGOV_EXPECTATIONS_DIR", str(suites))
    (suites / "raw" / "numbers.json").write_text(json.dumps(_suite("raw.numbers", [
        {"type": "expect_table_row_count_to_be_between", "kwargs": {"min_value": 1}}])))
    monkeypatch.setattr(datadocs, "ASSETS", tuple(a for a in datadocs.ASSETS
                                                  if a.package != "vega-embed"))
    con = duckdb.connect()
    con.execute("create table numbers as select range as n from range(5)")
    with pytest.raises(datadocs.ExternalReference, match="cdn.jsdelivr.net/npm/vega-embed@6"):
        validate(con, layers=("raw",))


def _suite(name: str, expectations: list[dict]) -> dict:
    return {"name": name, "meta": {"query": "select n from numbers"}, "expectations": expectations}


def test_in_process_docs_are_local_and_give_honest_verdicts(home, tmp_path, monkeypatch):
    from vngov.validate import validate

    suites = tmp_path / "expectations"
    (suites / "raw").mkdir(parents=True)
    monkeypatch.setenv("VNGOV_EXPECTATIONS_DIR", str(suites))
    within = {"type": "expect_column_values_to_be_between", "kwargs": {"column": "n",
                                                                      "min_value": 0}}
    too_many = {"type": "expect_table_row_count_to_be_between", "kwargs": {"max_value": 2}}
    for name, expectations in {
        "clean": [within],
        "warned": [within, {**too_many, "meta": {"severity": "warning"}}],
        "failed": [within, {**too_many, "meta": {"severity": "warning"}},
                   {**too_many, "meta": {"severity": "critical"}}],
    }.items():
        (suites / "raw" / f"{name}.json").write_text(
            json.dumps(_suite(f"raw.{name}", expectations)))
    # a page an older vngov wrote (GX rebuilds only the new validation's pages): made local too
    older = home / "gx" / "uncommitted" / "data_docs" / "local_site" / "older" / "page.html"
    older.parent.mkdir(parents=True)
    older.write_text('<script src="https://code.jquery.com/jquery-3.7.1.min.js"></script>')
    con = duckdb.connect()
    con.execute("create table numbers as select range as n from range(5)")

    report = validate(con, layers=("raw",))

    assert {(f.suite, f.severity) for f in report.failures} == {
        ("raw.warned", "warning"), ("raw.failed", "warning"), ("raw.failed", "critical")}
    site = Path(report.data_docs.removeprefix("file://")).parent
    _assert_self_contained(site)
    assert older.read_text() == '<script src="../static/vendor/jquery@3.7.1/dist/jquery.min.js">' \
        '</script>'
    status = {}
    for page in (site / "validations").rglob("*.html"):
        words = _Page(page.read_text("utf-8")).words()
        status[page.parts[len(site.parts) + 2]] = re.search(r"Status: (.+?) Statistics", words)[1]
    assert status == {"clean": "Succeeded", "warned": "Passed with warnings", "failed": "Failed"}
    index = (site / "index.html").read_text("utf-8")
    # the rows' data, as GX prints it into the script (a Python repr)
    texts = dict(re.findall(r"'_expectation_suite_name_sort': 'raw\.(\w+)'.*?"
                            r"'_validation_success_text': '([^']+)'", index))
    assert texts == {"clean": "Success", "warned": "Passed with warnings", "failed": "Failed"}
    assert index.count("ge-warning-icon") == 1 and index.count("ge-failed-icon") == 1


def test_the_docs_keep_the_last_validations_of_each_suite(home, tmp_path, monkeypatch):
    # The site's index lists every result kept: a bounded number, so a build's docs cost the
    # same after a year of daily builds. What goes, goes from GX's store and from the site.
    from vngov import validate as validation

    suites = tmp_path / "expectations"
    (suites / "raw").mkdir(parents=True)
    monkeypatch.setenv("VNGOV_EXPECTATIONS_DIR", str(suites))
    monkeypatch.setattr(validation, "DOCS_RUNS_KEPT", 2)
    for name in ("one", "two"):
        (suites / "raw" / f"{name}.json").write_text(json.dumps(_suite(f"raw.{name}", [
            {"type": "expect_table_row_count_to_be_between", "kwargs": {"min_value": 1}}])))
    con = duckdb.connect()
    con.execute("create table numbers as select range as n from range(5)")
    runs = []
    for _ in range(4):
        report = validation.validate(con, layers=("raw",))
        runs.append({p.name for p in (home / "gx" / "uncommitted" / "validations").glob("raw/one/*/*")})
    assert [len(r) for r in runs] == [1, 2, 2, 2]
    assert runs[3] == set(sorted(set().union(*runs))[-2:])  # the newest kept, the oldest gone
    site = Path(report.data_docs.removeprefix("file://")).parent
    for suite in ("one", "two"):
        stored = {p.name for p in (home / "gx" / "uncommitted" / "validations").glob(f"raw/{suite}/*/*")}
        pages = {p.name for p in (site / "validations").glob(f"raw/{suite}/*/*")}
        assert len(stored) == 2 and pages == stored, suite
    index = (site / "index.html").read_text("utf-8")
    linked = set(re.findall(r"validations/raw/one/[^/]+/(\d{8}T\d{6}\.\d+Z)/", index))
    assert linked == runs[3]
    _assert_self_contained(site)


# --- End to end: a real build, opened in a browser with no network ------------------------------


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.fail("chromium is not installed: `apt-get install -y chromium` (`make install` "
                    "does it when run as root)")
    return found


def _browse(page: Path, workdir: Path) -> tuple[_Page, str]:
    """The page's DOM after its scripts ran, and the browser's log, with the network cut off:
    every host name resolves to nothing and any request would go to a proxy on a closed
    loopback port. HOME and the profile are folders of the test."""
    workdir.mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["HOME"] = str(workdir / "home")
    proc = subprocess.run(
        [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={workdir / 'profile'}",
         "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9",
         "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000", "--dump-dom",
         page.as_uri()],
        capture_output=True, text=True, timeout=180, env=env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return _Page(proc.stdout), proc.stderr


def _console_errors(log: str) -> list[str]:
    return [line for line in log.splitlines()
            if ":CONSOLE" in line and re.search(r"Uncaught|Error|Failed to load", line)]


EXPECTED = {  # suite -> the verdict its pages must show, given what it fails in the run below
    "marts.dim_documents": ("Passed with warnings", "Passed with warnings", "ge-warning-icon"),
    "marts.fct_deadlines": ("Failed", "Failed", "ge-failed-icon"),
    "marts.fct_directives": ("Failed: the failing rows are quarantined, the rest is published",
                             "Failed (rows quarantined)", "ge-failed-icon"),
}


@pytest.fixture(scope="module")
def offline_site(replay_chain, tmp_path_factory) -> tuple[Path, dict]:
    """The Data Docs of a real validation of the replay warehouse, with one suite failing only a
    warning, one failing a critical whole-table check and one failing a critical row check (its
    rows quarantined), and one suite as it is; moved to another folder, as a zip would be.
    Returns the site and {suite: what vngov reported it failed}."""
    work = tmp_path_factory.mktemp("datadocs")
    home = work / "home"
    shutil.copytree(replay_chain, home)
    shutil.rmtree(home / "gx" / "uncommitted")  # only this run's results on the index
    suites = expectations_with(work / "expectations", "dim_documents", unmeetable("warning"))
    for suite, extra in {"fct_deadlines": unmeetable("critical"), "fct_directives": {
            "type": "expect_column_values_to_not_match_regex",
            "kwargs": {"column": "evidence_text", "regex": "Bộ"},
            "meta": {"severity": "critical"}}}.items():
        path = suites / "marts" / f"{suite}.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        data["expectations"].append(extra)
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    kept = {"dim_documents", "fct_deadlines", "fct_directives", "dim_agencies"}
    for path in list(suites.rglob("*.json")):
        if path.parent.name != "marts" or path.stem not in kept:
            path.unlink()
    proc = run_vngov(home, "build", "--only", "validate", check=False,
                     VNGOV_EXPECTATIONS_DIR=str(suites))
    assert proc.returncode != 0 and "1 critical failures" in proc.stderr, proc.stderr[-2000:]
    report = json.loads((home / "validation.json").read_text(encoding="utf-8"))
    failed: dict[str, set] = {f"marts.{s}": set() for s in kept}
    for f in report["failures"]:
        failed[f["suite"]].add("quarantined" if f["quarantined"] else f["severity"])
    site = work / "moved" / "local_site"
    shutil.copytree(Path(report["data_docs"].removeprefix("file://")).parent, site)
    shutil.rmtree(home / "gx" / "uncommitted" / "data_docs")  # nothing to fall back on
    return site, failed


@pytest.mark.slow
def test_real_site_has_no_network_reference_and_every_local_one_resolves(offline_site):
    site, _ = offline_site
    _assert_self_contained(site)
    vendor = site / "static" / "vendor"
    assert {p.name.split("@")[0] for p in vendor.iterdir() if not p.name.startswith("@")} >= {
        "jquery", "bootstrap", "bootstrap-table", "popper.js", "vega", "vega-lite", "vega-embed"}


@pytest.mark.slow
def test_real_verdicts_match_what_vngov_reported(offline_site):
    _, failed = offline_site
    assert failed["marts.dim_documents"] == {"warning"}
    assert "critical" in failed["marts.fct_deadlines"]
    assert "quarantined" in failed["marts.fct_directives"]
    assert "critical" not in failed["marts.fct_directives"]


@pytest.mark.slow
def test_index_renders_its_table_offline_with_each_verdict(offline_site, tmp_path):
    site, failed = offline_site
    dom, log = _browse(site / "index.html", tmp_path / "index")
    assert not _console_errors(log)
    rows = [r for r in dom.rows if "ge-index-page-validation-results-table" in r["table"]]
    assert len(rows) == len(failed) == 4  # the rows the script rendered, one per suite
    suites = [r for r in dom.rows if "ge-index-page-expectation_suites-table" in r["table"]]
    assert len(suites) == 4, {r["table"] for r in dom.rows}
    for row in rows:
        [suite] = [s for s in failed if any(h and h.endswith(f"{s.split('.')[1]}.html")
                                            for h in row["links"])]
        [(classes, title)] = row["icons"]
        if failed[suite]:
            _, short, icon = EXPECTED[suite]
            assert icon in classes.split() and title == short, (suite, classes, title)
        else:
            assert "ge-success-icon" in classes.split(), (suite, classes)
    # the status filter's choices are made by the scripts from every row
    options = [attrs for tag, attrs in dom.tags if tag == "option"]
    assert {a.get("value") for a in options} >= {"Success", "Passed with warnings", "Failed",
                                                   "Failed (rows quarantined)"}


@pytest.mark.slow
def test_validation_pages_render_offline_and_say_passed_with_warnings_or_failed(offline_site,
                                                                              tmp_path):
    site, failed = offline_site
    pages = {f"marts.{p.parts[len(site.parts) + 2]}": p
             for p in (site / "validations").rglob("*.html")}
    assert set(pages) == set(failed)
    for suite, page in pages.items():
        dom, log = _browse(page, tmp_path / suite)
        assert not _console_errors(log), (suite, _console_errors(log))
        # bootstrap-table re-rendered the expectation tables: its wrapper and its row indexes
        assert any(tag == "div" and "bootstrap-table" in (a.get("class") or "").split()
                   for tag, a in dom.tags), suite
        assert len(dom.rows) >= 2, suite
        label = EXPECTED[suite][0] if failed[suite] else "Succeeded"
        assert f"Status: {label} Statistics" in dom.words(), (suite, dom.words()[:600])
