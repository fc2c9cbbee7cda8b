"""Data Docs show hostile text from the data escaped (issue 9 item 7; vngov.datadocs)."""

from __future__ import annotations

import html
import json

import duckdb
import great_expectations
import pytest

from conftest import ParsedPage
from vngov import datadocs

HOSTILE = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '"><b>x</b>']
RAW = ["<script>alert", "<img src=x", "<b>x</b>"]


@pytest.fixture
def escaping():
    # production calls this from vngov.validate; here the test applies it itself
    datadocs.install()


def test_pinned_gx_version():
    # datadocs.py patches GX's view code as read in this version: on an upgrade, re-read it
    assert great_expectations.__version__ == datadocs.GX_VERSION


def test_install_refuses_another_gx(monkeypatch):
    from great_expectations.render.view.view import DefaultJinjaView

    monkeypatch.setattr(DefaultJinjaView, "_vngov_escaping", False, raising=False)
    monkeypatch.setattr(great_expectations, "__version__", "1.25.0")
    with pytest.raises(RuntimeError, match="re-read GX"):
        datadocs.install()


def test_validation_data_docs_escape_unexpected_and_observed_values(escaping, home, tmp_path,
                                                                     monkeypatch):
    from vngov.validate import validate

    suites = tmp_path / "expectations"
    (suites / "raw").mkdir(parents=True)
    monkeypatch.setenv("VNGOV_EXPECTATIONS_DIR", str(suites))
    (suites / "raw" / "articles.json").write_text(json.dumps({
        "name": "raw.articles",
        "meta": {"query": "select text from articles"},
        # warnings: reported only, so validate() does nothing else with the failing rows
        "expectations": [{**e, "meta": {"severity": "warning"}} for e in [
            # the sampled unexpected values
            {"type": "expect_column_values_to_not_match_regex",
             "kwargs": {"column": "text", "regex": "<"}},
            {"type": "expect_column_value_lengths_to_be_between",
             "kwargs": {"column": "text", "max_value": 5}},
            # an observed value made of data: the most common value
            {"type": "expect_column_most_common_value_to_be_in_set",
             "kwargs": {"column": "text", "value_set": ["ok"]}},
        ]]}), encoding="utf-8")
    con = duckdb.connect()
    con.execute("create table articles (text varchar)")
    con.executemany("insert into articles values (?)", [[v] for v in HOSTILE + [HOSTILE[0], "ok"]])

    report = validate(con, layers=("raw",))

    assert {f.expectation for f in report.failures} == {
        "expect_column_values_to_not_match_regex", "expect_column_value_lengths_to_be_between",
        "expect_column_most_common_value_to_be_in_set"}
    pages = {p: p.read_text(encoding="utf-8") for p in (home / "gx").rglob("*.html")}
    [result_page] = [p for p in pages if "validations" in p.parts]
    for path, text in pages.items():
        for raw in RAW:
            assert raw not in text, f"{raw!r} raw in {path}"
        page = ParsedPage(text)
        assert not [t for t, attrs in page.tags if t == "b" or "onerror" in attrs], path
    # the samples are still there for the data engineer: escaped in the HTML, intact as text
    shown = "".join(ParsedPage(pages[result_page]).text)
    for value in HOSTILE:
        assert html.escape(value) in pages[result_page]
        assert value in shown


# Each place GX 1.24.1 prints a value into the page, rendered on its own.
X = "<script>alert(1)</script>"
BLOCKS = {
    "table cell": {"content_block_type": "table", "header_row": ["v"], "table": [[X]]},
    "row that is a dict": {"content_block_type": "table", "table": [[{"A": X, "B": 1}]]},
    "list item": {"content_block_type": "table", "table": [[[X, 1]]]},
    "bullet": {"content_block_type": "bullet_list", "bullet_list": [X]},
    "paragraph": {"content_block_type": "text", "text": [X]},
    "value list": {"content_block_type": "value_list", "value_list": [X]},
    "header": {"content_block_type": "header", "header": X},
    "non-str param": {"content_block_type": "string_template",
                      "string_template": {"template": "observed $v", "params": {"v": [X]}}},
    "traceback": {"content_block_type": "string_template",
                  "string_template": {"template": f"Traceback\nValueError: {X}", "tag": "code"}},
}


@pytest.mark.parametrize("name", BLOCKS)
def test_view_escapes(escaping, name):
    from great_expectations.render.view import DefaultJinjaComponentView

    out = DefaultJinjaComponentView().render({"content_block": BLOCKS[name]})
    assert "<script>alert" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out


def test_graph_spec_cannot_close_its_script(escaping):
    from great_expectations.render.view import DefaultJinjaComponentView

    spec = {"data": {"values": [{"values": "</script><script>alert(1)//"}]}, "mark": "bar"}
    out = DefaultJinjaComponentView().render({"content_block": {"content_block_type": "graph",
                                                                "graph": spec}})
    assert out.count("</script>") == 1  # only the template's own
    vl_spec = out.split("vlSpec = ", 1)[1].split(";\n", 1)[0]
    assert json.loads(vl_spec) == spec


def test_gx_markup_still_renders(escaping):
    from great_expectations.render.renderer.content_block.exception_list_content_block import (
        ExceptionListContentBlockRenderer)
    from great_expectations.render.view import DefaultJinjaComponentView

    out = DefaultJinjaComponentView().render({"content_block": {
        "content_block_type": "bullet_list", "bullet_list": [],
        "header": ExceptionListContentBlockRenderer._default_header}})
    assert '<span class="mr-3 triangle"></span>' in out
