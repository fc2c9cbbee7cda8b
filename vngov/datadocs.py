"""Data Docs that are safe (issue 9 item 7), work offline and say what a failure means
(issue 10 item 5). `install()` patches GX's rendering for all three; call it before GX builds
Data Docs (vngov.validate does). It is checked against the GX version it was written for.

Escaping. GX 1.24.1 renders Data Docs with Jinja templates named *.j2, while its Jinja
environment turns autoescaping on only for *.html and *.xml, so nothing a template prints is
escaped. GX escapes string parameters of string templates
(DefaultJinjaView._escape_template_param_value) and that's all. A value from the data still
reaches the page raw through:
  - render_content_block: a plain value in a table cell, header or list (the sampled unexpected
    values, the counts table, the observed value), a list item, a dict that isn't a content
    block (a row of a multi-column expectation);
  - string-template params that are not str (lists, dicts), which string.Template str()s itself;
  - two <code> string templates whose *template* is free text: the exception traceback and the
    unexpected-index query (Expectation._diagnostic_unexpected_statement/table_renderer);
  - a graph spec printed into a <script> as a Python dict (expect_column_kl_divergence_...).
Those three view methods are wrapped so that every such value is escaped where it enters the
HTML. Markup that GX's own templates produced is passed through as-is.

Offline. GX's templates load jQuery, Bootstrap, bootstrap-table, Vega and the rest from public
CDNs, and its logo from a web server: offline the tables stay empty. The same files, at the
versions the templates name, are npm packages that `make install` puts in
vendor/datadocs/node_modules (`npm ci` of the committed package.json and package-lock.json;
VNGOV_DATADOCS_ASSETS names another such folder). When GX writes the site's static files, the
copies go to <site>/static/vendor/<package>@<version>/..., each checked against the version and
(where GX's template gives one) the integrity hash GX expects; each page GX writes has its
references rewritten to relative paths (pages written before this, once). A missing or
different file stops the build with a message that says what to install, and a page that would
still load anything over the network is refused, so no page is written that cannot render
offline. The site folder is self-contained: it can be zipped and opened anywhere.

Verdicts. GX calls a validation failed when any expectation failed. vngov's expectations carry
meta.severity: a failed "warning" is reported and publishes all the same, so a suite whose only
failures are warnings is shown as "Passed with warnings" on its page and on the index (what
`vngov summary` reports as a passed validation with warnings); one with a critical failure is
still "Failed" (saying so when its failing rows were quarantined and the rest published).
"""

from __future__ import annotations

import functools
import hashlib
import html
import inspect
import json
import mimetypes
import os
import posixpath
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

GX_VERSION = "1.24.1"  # the version whose view code was read; see tests/test_datadocs_escaping.py

# The signature of DefaultJinjaView.render_content_block that the wrapper below mirrors.
_BLOCK_PARAMS = ["self", "jinja_context", "content_block", "index", "content_block_id",
                 "render_to_markdown"]


class _Html(str):
    """Text that is already HTML (rendered by a GX template, or escaped here): not escaped again.
    A plain str subclass, so its repr (GX prints table data into a <script> as a Python list)
    is an ordinary string literal."""


def _escape(value) -> _Html:
    return _Html(html.escape(str(value)))


def _script_json(value) -> str:
    """`value` as JSON that is safe inside <script>: `<`, `>` and `&` only occur in JSON strings,
    where \\u003c and the like are the same characters to the JavaScript parser."""
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def install() -> None:
    """Patch GX's Data Docs rendering (once; later calls only check the assets again). Raises if
    GX is not the version read, or if the local copies of the site's scripts and styles are not
    installed (MissingAssets)."""
    _install_escaping()
    assets()  # before anything is validated: a build must not end with pages that cannot render
    _install_offline()
    _install_verdicts()


def _install_escaping() -> None:
    """Escape every data value in GX's HTML view. Raises if GX is not the version read."""
    import great_expectations
    from jinja2 import pass_context
    from great_expectations.render.components import RenderedComponentContent
    from great_expectations.render.renderer.content_block.exception_list_content_block import (
        ExceptionListContentBlockRenderer)
    from great_expectations.render.view.view import DefaultJinjaView

    if getattr(DefaultJinjaView, "_vngov_escaping", False):
        return
    original_block = DefaultJinjaView.render_content_block
    original_template = DefaultJinjaView.render_string_template
    original_param = DefaultJinjaView._escape_template_param_value
    if (great_expectations.__version__ != GX_VERSION
            or list(inspect.signature(original_block).parameters) != _BLOCK_PARAMS):
        raise RuntimeError(
            f"vngov.datadocs was written against great_expectations {GX_VERSION}, found "
            f"{great_expectations.__version__}: re-read GX's render/view/view.py and update it")

    # The one plain string GX itself passes as a content block with markup in it (a header).
    trusted = {ExceptionListContentBlockRenderer._default_header}

    def is_block(value) -> bool:
        return isinstance(value, RenderedComponentContent) or (
            isinstance(value, dict) and value.get("content_block_type") is not None)

    @pass_context  # as GX's own filter: Jinja passes the template context first
    def render_content_block(self, jinja_context, content_block, index=None,
                             content_block_id=None, render_to_markdown=False):
        def original(block):
            out = original_block(self, jinja_context, block, index=index,
                                 content_block_id=content_block_id,
                                 render_to_markdown=render_to_markdown)
            return _Html(out) if isinstance(out, str) else out

        if render_to_markdown:  # the Markdown view is not HTML; leave it alone
            return original_block(self, jinja_context, content_block, index=index,
                                  content_block_id=content_block_id, render_to_markdown=True)
        if isinstance(content_block, _Html):
            return content_block
        if is_block(content_block):
            if isinstance(content_block, dict) and content_block["content_block_type"] == "graph":
                content_block = {**content_block, "graph": _script_json(content_block.get("graph"))}
            return original(content_block)
        if isinstance(content_block, list):
            # GX wraps each plain item in <span> as it is
            return original([el if is_block(el) or isinstance(el, _Html) else _escape(el)
                             for el in content_block])
        if content_block is None:
            return ""
        if isinstance(content_block, str) and content_block in trusted:
            return content_block
        return _escape(content_block)  # a value: str, number, tuple, plain dict

    def render_string_template(self, template):
        if (isinstance(template, dict) and template.get("tag") == "code"
                and not template.get("params")):
            # free text (a traceback, a query) given as the template itself, not as a param
            template = {**template, "template": html.escape(template.get("template", ""))}
        return original_template(self, template)

    def escape_param(value):
        # GX escapes str params only; string.Template would print any other value str()-ed, raw
        return original_param(value if isinstance(value, str) else str(value))

    DefaultJinjaView.render_content_block = render_content_block
    DefaultJinjaView.render_string_template = render_string_template
    DefaultJinjaView._escape_template_param_value = staticmethod(escape_param)
    DefaultJinjaView._vngov_escaping = True


# --- Offline: the site's scripts, styles and images are local copies -------------------------

ASSETS_ENV = "VNGOV_DATADOCS_ASSETS"  # a node_modules folder; default vendor/datadocs/node_modules
VENDOR = "static/vendor"  # in the site: static/vendor/<package>@<version>/<file>


class MissingAssets(RuntimeError):
    """The local copies of the Data Docs' scripts and styles are missing or not the ones GX's
    templates name."""


@dataclass(frozen=True)
class Asset:
    url: str  # as GX 1.24.1's templates print it
    package: str  # the npm package with the file (vendor/datadocs/package.json pins it)
    version: str  # "5": any 5.x, as the URL asks (vega@5); "3.7.1": exactly that
    file: str  # the file in the package that the URL serves


_BT = "https://unpkg.com/bootstrap-table@"
_CDNJS = "https://cdnjs.cloudflare.com/ajax/libs/"
ASSETS = (
    Asset("https://cdn.jsdelivr.net/npm/vega@5", "vega", "5", "build/vega.min.js"),
    Asset("https://cdn.jsdelivr.net/npm/vega-lite@5", "vega-lite", "5", "build/vega-lite.min.js"),
    Asset("https://cdn.jsdelivr.net/npm/vega-embed@6", "vega-embed", "6",
          "build/vega-embed.min.js"),
    Asset(_CDNJS + "font-awesome/6.6.0/css/all.min.css", "@fortawesome/fontawesome-free", "6.6.0",
          "css/all.min.css"),
    Asset("https://code.jquery.com/jquery-3.7.1.min.js", "jquery", "3.7.1", "dist/jquery.min.js"),
    Asset(_CDNJS + "popper.js/1.12.9/umd/popper.min.js", "popper.js", "1.12.9",
          "dist/umd/popper.min.js"),
    Asset("https://stackpath.bootstrapcdn.com/bootstrap/4.3.1/js/bootstrap.min.js", "bootstrap",
          "4.3.1", "dist/js/bootstrap.min.js"),
    Asset("https://maxcdn.bootstrapcdn.com/bootstrap/4.3.1/css/bootstrap.min.css", "bootstrap",
          "4.3.1", "dist/css/bootstrap.min.css"),
    Asset(_BT + "1.19.1/dist/bootstrap-table.min.js", "bootstrap-table", "1.19.1",
          "dist/bootstrap-table.min.js"),
    Asset(_BT + "1.19.1/dist/bootstrap-table.min.css", "bootstrap-table", "1.19.1",
          "dist/bootstrap-table.min.css"),
    Asset(_BT + "1.19.1/dist/extensions/filter-control/bootstrap-table-filter-control.min.js",
          "bootstrap-table", "1.19.1",
          "dist/extensions/filter-control/bootstrap-table-filter-control.min.js"),
    # GX names 1.19.0 for the filter-control stylesheet only; the one bootstrap-table installed
    # is 1.19.1, whose filter-control script GX loads, and its stylesheet goes with that script.
    Asset(_BT + "1.19.0/dist/extensions/filter-control/bootstrap-table-filter-control.css",
          "bootstrap-table", "1.19.1",
          "dist/extensions/filter-control/bootstrap-table-filter-control.css"),
    Asset(_BT + "1.19.0/dist/extensions/filter-control/bootstrap-table-filter-control.min.css",
          "bootstrap-table", "1.19.1",
          "dist/extensions/filter-control/bootstrap-table-filter-control.min.css"),
    Asset(_CDNJS + "bootstrap-datepicker/1.9.0/js/bootstrap-datepicker.min.js",
          "bootstrap-datepicker", "1.9.0", "dist/js/bootstrap-datepicker.min.js"),
    Asset(_CDNJS + "bootstrap-datepicker/1.9.0/css/bootstrap-datepicker.min.css",
          "bootstrap-datepicker", "1.9.0", "dist/css/bootstrap-datepicker.min.css"),
    Asset("https://cdn.jsdelivr.net/npm/@forevolve/bootstrap-dark@1.1.0/dist/css/"
          "bootstrap-prefers-dark.css", "@forevolve/bootstrap-dark", "1.1.0",
          "dist/css/bootstrap-prefers-dark.css"),
)

# GX's logo comes from its web server: the navbar's (with a tracking query) and, in dark mode,
# a dark variant that GX does not ship. The site's own static/images has the logo.
_GX_IMAGES_HOST = "https://great-expectations-web-assets.s3.us-east-2.amazonaws.com/"
_GX_IMAGES = {"logo-long.png": "logo-long.png", "full_logo_dark.png": "logo-long.png"}


def assets_dir() -> Path:
    from vngov import config

    return config._env_path(ASSETS_ENV, config.REPO_ROOT / "vendor" / "datadocs" / "node_modules")


@dataclass(frozen=True)
class _Copy:
    source: Path  # the installed file
    site_path: str  # where it goes in the site (posix, from the site's root)
    digests: dict  # {"sha256"|"sha384"|"sha512": base64 digest} of the file


def _digests(data: bytes) -> dict:
    import base64

    return {name: base64.b64encode(hashlib.new(name, data).digest()).decode()
            for name in ("sha256", "sha384", "sha512")}


def assets() -> dict[str, _Copy]:
    """{GX's URL: the local copy} for every asset, plus every file a stylesheet loads (fonts),
    keyed by its site path. Raises MissingAssets, saying what to install, if any file is
    missing or is not the version GX names."""
    root = assets_dir()
    stamp = []  # a reinstall (npm ci) is read afresh
    for package in sorted({a.package for a in ASSETS}):
        manifest = root / package / "package.json"
        stamp.append(manifest.stat().st_mtime_ns if manifest.is_file() else None)
    try:
        return _assets(root, tuple(stamp))
    except MissingAssets:
        raise
    except OSError as e:
        raise MissingAssets(_missing_text(root, [str(e)])) from None


def _missing_text(root: Path, problems: list[str]) -> str:
    return ("Data Docs need local copies of the scripts and styles their pages load (GX's "
            f"templates name them on CDNs), from the npm packages in {root}: "
            + "; ".join(problems) + ". Run `make install` (it runs `npm ci` in vendor/datadocs), "
            f"or set {ASSETS_ENV} to a node_modules folder with those packages.")


@functools.lru_cache(maxsize=4)
def _assets(root: Path, _stamp: tuple) -> dict[str, _Copy]:
    problems: list[str] = []
    versions: dict[str, str] = {}
    found: dict[str, _Copy] = {}
    if not root.is_dir():
        raise MissingAssets(_missing_text(root, ["the folder does not exist"]))
    for asset in ASSETS:
        if asset.package not in versions:
            manifest = root / asset.package / "package.json"
            if not manifest.is_file():
                problems.append(f"package {asset.package} is not installed")
                versions[asset.package] = ""
                continue
            version = json.loads(manifest.read_text(encoding="utf-8")).get("version", "")
            wanted = asset.version
            if not (version == wanted or (wanted.isdigit() and version.split(".")[0] == wanted)):
                problems.append(f"{asset.package} is {version}, GX's pages need {wanted}"
                                + (".x" if wanted.isdigit() else ""))
            versions[asset.package] = version
        version = versions[asset.package]
        if not version:
            continue
        source = root / asset.package / asset.file
        if not source.is_file():
            problems.append(f"{asset.package} {version} has no {asset.file}")
            continue
        base = f"{VENDOR}/{asset.package}@{version}"
        data = source.read_bytes()
        found[asset.url] = _Copy(source, f"{base}/{asset.file}", _digests(data))
        if source.suffix == ".css":  # what the stylesheet loads in turn (Font Awesome's fonts)
            for ref in _css_refs(data.decode("utf-8", "replace")):
                rel = posixpath.normpath(posixpath.join(posixpath.dirname(asset.file), ref))
                loaded = root / asset.package / rel
                if rel.startswith("../") or not loaded.is_file():
                    problems.append(f"{asset.package} {version} has no {rel}, which "
                                    f"{asset.file} loads")
                    continue
                found.setdefault(f"{base}/{rel}", _Copy(loaded, f"{base}/{rel}", {}))
    for package, version in versions.items():  # their licences travel with the copies
        for licence in sorted((root / package).glob("LICEN[CS]E*")) if version else ():
            path = f"{VENDOR}/{package}@{version}/{licence.name}"
            found.setdefault(path, _Copy(licence, path, {}))
    if problems:
        raise MissingAssets(_missing_text(root, problems))
    return found


def _css_refs(css: str) -> list[str]:
    """The relative files a stylesheet loads (url(...) that is neither data: nor absolute)."""
    refs = []
    for ref in re.findall(r"url\(\s*['\"]?([^'\")]+?)['\"]?\s*\)", css):
        ref = ref.split("?")[0].split("#")[0]
        if ref and not re.match(r"(data:|[a-z][a-z0-9+.-]*:|/)", ref, re.I):
            refs.append(ref)
    return sorted(set(refs))


class ExternalReference(RuntimeError):
    """A page would load something over the network that vngov has no local copy of."""


# What makes a browser fetch: these tags' src/href/data, and url(...) / @import in CSS.
_LOADING_TAG = re.compile(r"<(?:script|link|img|iframe|source|embed|object|video|audio|input)\b"
                          r"[^>]*>", re.I)
_LOADING_ATTR = re.compile(
    r"\s(?:src|href|data|srcset|poster)\s*=\s*[\"']?\s*((?:https?:)?//[^\"'\s>]*)", re.I)
_CSS_REMOTE = re.compile(r"(?:url\(\s*['\"]?|@import\s+['\"])\s*((?:https?:)?//[^'\")\s]*)", re.I)


def remote_loads(text: str) -> list[str]:
    """Every URL off this machine that an HTML page (or a stylesheet) makes the browser load.
    Plain links (<a href>) are not loads."""
    found = [m.group(1) for tag in _LOADING_TAG.findall(text) for m in _LOADING_ATTR.finditer(tag)]
    return found + _CSS_REMOTE.findall(text)


def localize(text: str, depth: int, name: str = "page") -> str:
    """`text` (a page, or a stylesheet of the site) as written `depth` folders below the site's
    root, with every asset GX loads from the network pointed at the site's local copy.
    Raises ExternalReference for anything left that a browser would fetch from the network."""
    up = "../" * depth
    copies = assets()
    for url, copy in ((a.url, copies[a.url]) for a in ASSETS if a.url in text):
        quoted = re.compile(r"([\"'])" + re.escape(url) + r"\1")
        for match in quoted.finditer(text):  # the hash GX pins the file with is checked here
            tag_end = text.find(">", match.end())
            pinned = re.search(r'\sintegrity="(sha256|sha384|sha512)-([^"]+)"',
                               text[match.end():tag_end])
            if pinned and copy.digests[pinned.group(1)] != pinned.group(2):
                raise ExternalReference(
                    f"{copy.source} is not the file GX's {name} loads from {url} (its "
                    f"{pinned.group(1)} differs from the integrity hash GX gives)")
        text = quoted.sub(lambda m: f"{m.group(1)}{up}{copy.site_path}{m.group(1)}", text)
    # The hash was checked above; a page opened from a file (file://) can't check it itself: the
    # browser refuses the script (no CORS outside http), so the attributes go.
    text = re.sub(r'(<(?:script|link)\b[^>]*?)\s+integrity="[^"]*"(?:\s+crossorigin="[^"]*")?',
                  r"\1", text)

    def image(match):
        local = _GX_IMAGES.get(match.group(1))
        return f"{up}static/images/{local}" if local else match.group(0)

    text = re.sub(re.escape(_GX_IMAGES_HOST) + r"([\w.-]+)(?:\?[^\"')\s]*)?", image, text)
    # GX's own static files, at the page's depth: on a validation page GX puts the favicon one
    # folder short (the page is four folders plus one per dot of the suite name deep; it counts
    # three plus the dots).
    text = re.sub(r"((?:src|href)=[\"'])(?:\./|(?:\.\./)+)?static/", rf"\g<1>{up}static/", text)
    left = remote_loads(text)
    if left:
        raise ExternalReference(
            f"Data Docs {name} would load {', '.join(sorted(set(left)))} over the network, and "
            "vngov.datadocs has no local copy of it: add it to ASSETS (and to "
            "vendor/datadocs/package.json)")
    return text


def _depth(site_path: str) -> int:
    return len(Path(site_path.replace(os.sep, "/")).parts) - 1


def keep_recent(gx_root: Path, keep: int) -> None:
    """Delete all but the newest `keep` validation results of each suite, from GX's store of
    results (uncommitted/validations/<layer>/<suite>/<run name>/<run time>/) and their pages in
    the local site (the same path under uncommitted/data_docs/local_site/validations/), so the
    site's index, rebuilt after every validation, lists a bounded number."""
    store = gx_root / "uncommitted" / "validations"
    site = gx_root / "uncommitted" / "data_docs" / "local_site" / "validations"
    for run_name in sorted(store.glob("*/*/*")) if store.exists() else []:
        runs = sorted(p for p in run_name.iterdir() if p.is_dir())  # run times sort as they ran
        for old in runs[:-keep] if keep > 0 else runs:
            for tree in (old, site / old.relative_to(store)):
                shutil.rmtree(tree, ignore_errors=True)


_LOCALIZED = ("static", "vendor", "pages-localized.txt")  # marks a site whose pages all are


def _localize_older_pages(backend) -> None:
    """Pages written before vngov made them local (GX rebuilds only the new validation's pages)
    are rewritten in place once, so the whole folder works offline. A page that cannot be
    made local is left as it was: old history must not stop today's build."""
    root = getattr(backend, "full_base_directory", None)
    if not root or backend.has_key(_LOCALIZED):
        return
    for page in sorted(Path(root).rglob("*.html")):
        site_path = page.relative_to(root).as_posix()
        text = page.read_text(encoding="utf-8")
        try:
            local = localize(text, _depth(site_path), site_path)
        except ExternalReference:
            continue
        if local != text:
            page.write_text(local, encoding="utf-8")
    backend.set(_LOCALIZED, "Every page of this site loads its scripts and styles from static/ "
                "(vngov.datadocs).\n", content_type="text/plain")


def _install_offline() -> None:
    from great_expectations.data_context.store.html_site_store import HtmlSiteStore

    if getattr(HtmlSiteStore, "_vngov_offline", False):
        return
    original_set = HtmlSiteStore.set
    original_index = HtmlSiteStore.write_index_page
    original_copy = HtmlSiteStore.copy_static_assets
    gx_static = Path(inspect.getfile(HtmlSiteStore)).parents[2] / "render" / "view" / "static"

    def refused(self) -> list:
        return self.__dict__.setdefault("_vngov_refused", [])

    def set_(self, key, serialized_value):
        if isinstance(serialized_value, str):
            backend = self.store_backends[type(key.resource_identifier)]
            path = backend._convert_key_to_filepath(key.resource_identifier.to_tuple())
            try:
                serialized_value = localize(serialized_value, _depth(path), path)
            except (ExternalReference, MissingAssets) as e:
                # GX logs a section page's error and goes on: raised again once the pages are
                # written (copy_static_assets, below), so the build fails
                refused(self).append(e)
                raise
        return original_set(self, key, serialized_value)

    def write_index_page(self, page):
        return original_index(self, localize(page, 0, "index.html") if isinstance(page, str)
                              else page)

    def copy_static_assets(self, static_assets_source_dir=None):
        out = original_copy(self, static_assets_source_dir)
        if static_assets_source_dir is not None:  # GX's own recursion into its static folder
            return out
        if refused(self):
            errors, self._vngov_refused = refused(self), []
            raise errors[0]
        backend = self.store_backends["static_assets"]
        for copy in assets().values():
            content_type, encoding = mimetypes.guess_type(copy.source.name, strict=False)
            try:
                data = copy.source.read_bytes()
            except OSError as e:
                raise MissingAssets(_missing_text(assets_dir(), [str(e)])) from None
            backend.set(tuple(copy.site_path.split("/")), data,
                        content_type=content_type or "application/octet-stream",
                        content_encoding=encoding)
        for css in sorted((gx_static / "styles").glob("*.css")):  # as GX copied them, but its
            # logo (in dark mode) from the site's images
            site_path = f"static/styles/{css.name}"
            text = css.read_text(encoding="utf-8")
            local = localize(text, _depth(site_path), site_path)
            if local != text:
                backend.set(("static", "styles", css.name), local, content_type="text/css")
        _localize_older_pages(backend)
        return out

    HtmlSiteStore.set = set_
    HtmlSiteStore.write_index_page = write_index_page
    HtmlSiteStore.copy_static_assets = copy_static_assets
    HtmlSiteStore._vngov_offline = True


# --- Verdicts: a suite whose only failures are warnings passed, with warnings ----------------

ON_FAILURE = "vngov_on_failure"  # expectation meta set by vngov.validate: what a failure does
REPORT, QUARANTINE, STOP = "report", "quarantine", "stop"


@dataclass(frozen=True)
class Verdict:
    """A validation as vngov reads it. False (as GX's validation_success) unless all passed."""

    status: str  # "passed", "warnings", "quarantined", "failed"

    def __bool__(self) -> bool:
        return self.status == "passed"

    @property
    def label(self) -> str:  # the validation page's "Status:"
        return {"passed": "Succeeded", "warnings": "Passed with warnings",
                "quarantined": "Failed: the failing rows are quarantined, the rest is published",
                "failed": "Failed"}[self.status]

    @property
    def short(self) -> str:  # the index page's status filter
        return {"passed": "Success", "warnings": "Passed with warnings",
                "quarantined": "Failed (rows quarantined)", "failed": "Failed"}[self.status]

    @property
    def icon_classes(self) -> list[str]:  # GX's icons, and a warning triangle for warnings
        return {"passed": ["fas", "fa-check-circle", "text-success", "ge-success-icon"],
                "warnings": ["fas", "fa-exclamation-triangle", "text-warning", "ge-warning-icon"],
                }.get(self.status, ["fas", "fa-times", "text-danger", "ge-failed-icon"])


def on_failure(meta: dict | None) -> str:
    """What a failure of an expectation with this meta does (vngov.validate decides it; a result
    stored before it said so is read by severity alone)."""
    meta = meta or {}
    return meta.get(ON_FAILURE) or (STOP if meta.get("severity", "critical") == "critical"
                                    else REPORT)


def verdict(validation_result) -> Verdict:
    """The verdict on one suite's GX validation result, by the severities of what failed: as
    vngov.validate reports it (and `vngov summary` with it), a warning never fails a suite."""
    failed = {on_failure(r.expectation_config.meta if r.expectation_config else None)
              for r in validation_result.results if not r.success}
    if validation_result.success and not failed:
        return Verdict("passed")
    if STOP in failed or not failed:  # (not failed: GX failed it for no expectation's reason)
        return Verdict("failed")
    return Verdict("quarantined" if QUARANTINE in failed else "warnings")


def _install_verdicts() -> None:
    from great_expectations.core.expectation_validation_result import (
        ExpectationSuiteValidationResult)
    from great_expectations.render.renderer.page_renderer import ValidationResultsPageRenderer
    from great_expectations.render.renderer.site_builder import DefaultSiteIndexBuilder
    from great_expectations.render.renderer.site_index_page_renderer import SiteIndexPageRenderer

    if getattr(ValidationResultsPageRenderer, "_vngov_verdicts", False):
        return
    header = ValidationResultsPageRenderer._render_validation_header.__func__
    add_validations = DefaultSiteIndexBuilder._add_validations_to_index_links
    success_cell = SiteIndexPageRenderer._render_validation_success_cell.__func__
    links_table = SiteIndexPageRenderer._generate_validation_results_link_table.__func__

    def validation_header(cls, validation_results):
        block = header(cls, validation_results)
        found = verdict(validation_results)
        if not found and found.status != "failed":
            params = block.subheader.string_template["params"]
            params["success"] = found.label
            params["html_success_icon"] = (f'<i class="{" ".join(found.icon_classes)}" '
                                           'aria-hidden="true"></i>')
        return block

    def add_validations_to_index_links(self, index_links_dict, keys):
        add_validations(self, index_links_dict, keys)
        for link in index_links_dict.get("validations_links", []):
            if link.get("validation_success") is False:  # only these are read again
                result = self.data_context.get_validation_result(
                    batch_identifier=link["batch_identifier"],
                    expectation_suite_name=link["expectation_suite_name"], run_id=link["run_id"],
                    validation_results_store_name=self.source_stores.get("validations"))
                if isinstance(result, ExpectationSuiteValidationResult):
                    link["validation_success"] = verdict(result)

    def render_validation_success_cell(cls, validation_success):
        cell = success_cell(cls, validation_success)
        if isinstance(validation_success, Verdict):
            styling = cell.string_template["styling"]["params"]["validation_success"]
            styling["classes"] = validation_success.icon_classes
            styling["attributes"] = {"title": validation_success.short}
        return cell

    def generate_validation_results_link_table(cls, index_links_dict):
        table = links_table(cls, index_links_dict)
        links = index_links_dict.get("validations_links", [])
        assert len(links) == len(table.table_data)  # one row per link, in order
        for row, link in zip(table.table_data, links):
            if isinstance(link.get("validation_success"), Verdict):
                row["_validation_success_text"] = link["validation_success"].short
        return table

    ValidationResultsPageRenderer._render_validation_header = classmethod(validation_header)
    DefaultSiteIndexBuilder._add_validations_to_index_links = add_validations_to_index_links
    SiteIndexPageRenderer._render_validation_success_cell = classmethod(
        render_validation_success_cell)
    SiteIndexPageRenderer._generate_validation_results_link_table = classmethod(
        generate_validation_results_link_table)
    ValidationResultsPageRenderer._vngov_verdicts = True
