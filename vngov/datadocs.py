"""Data Docs show data values escaped (issue 9 item 7).

GX 1.24.1 renders Data Docs with Jinja templates named *.j2, while its Jinja environment turns
autoescaping on only for *.html and *.xml, so nothing a template prints is escaped. GX escapes
string parameters of string templates (DefaultJinjaView._escape_template_param_value) and that's all.
A value from the data still reaches the page raw through:
  - render_content_block: a plain value in a table cell, header or list (the sampled unexpected
    values, the counts table, the observed value), a list item, a dict that isn't a content
    block (a row of a multi-column expectation);
  - string-template params that are not str (lists, dicts), which string.Template str()s itself;
  - two <code> string templates whose *template* is free text: the exception traceback and the
    unexpected-index query (Expectation._diagnostic_unexpected_statement/table_renderer);
  - a graph spec printed into a <script> as a Python dict (expect_column_kl_divergence_...).
`install()` wraps those three view methods so that every such value is escaped where it enters
the HTML. Markup that GX's own templates produced is passed through as-is. Call it before GX
builds Data Docs. It is checked against the GX version it was written for.
"""

from __future__ import annotations

import html
import inspect
import json

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
    """Patch GX's HTML view once (later calls do nothing). Raises if GX is not the version read."""
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
