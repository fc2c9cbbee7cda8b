"""dbt-duckdb plugin: the extraction code as SQL functions, so dbt models stay declarative.

    vngov_clean_text(body)                       -> VARCHAR    article body without noise
    vngov_quality_flags(text)                    -> VARCHAR[]  e.g. ['spam_injection']
    vngov_extract(text, published_at, title)     -> JSON       meetings, directives, documents
    vngov_fingerprint(text)                      -> BIGINT[]   for near-duplicate stories

An article that makes extraction fail gets {"error": "..."} instead of facts: one bad article
must not stop the build, and the error stays visible in int_article_facts.extraction_error.
"""

from __future__ import annotations

import json
import traceback
from datetime import datetime

from dbt.adapters.duckdb.plugins import BasePlugin
from duckdb import DuckDBPyConnection
from duckdb.sqltypes import VARCHAR

from vngov.config import VIETNAM_TZ
from vngov.dedupe import fingerprint
from vngov.extract import extract_article
from vngov.text import clean_text, quality_flags

def facts_json(text: str, published_at: str, title: str | None) -> str:
    try:
        published = datetime.fromisoformat(published_at).astimezone(VIETNAM_TZ)
        facts = extract_article(text, published, title)
    except Exception as exc:  # recorded per article, see module docstring
        last = traceback.extract_tb(exc.__traceback__)[-1]
        return json.dumps({"error": f"{type(exc).__name__}: {exc} "
                                    f"({last.filename.rsplit('/', 1)[-1]}:{last.lineno})"})
    # Positions let SQL link a directive to its meeting within the article.
    for i, meeting in enumerate(facts.get("meetings", [])):
        meeting["meeting_index"] = i
    for i, directive in enumerate(facts.get("directives", [])):
        directive["directive_index"] = i
    return json.dumps(facts, ensure_ascii=False, default=str)


def register_functions(conn: DuckDBPyConnection) -> None:
    conn.create_function("vngov_clean_text", clean_text, [VARCHAR], VARCHAR)
    conn.create_function("vngov_quality_flags", quality_flags, [VARCHAR], "VARCHAR[]")
    conn.create_function("vngov_extract", facts_json, [VARCHAR, VARCHAR, VARCHAR], VARCHAR,
                         null_handling="special")
    conn.create_function("vngov_fingerprint", fingerprint, [VARCHAR], "BIGINT[]")


class Plugin(BasePlugin):
    def configure_connection(self, conn: DuckDBPyConnection) -> None:
        register_functions(conn)
