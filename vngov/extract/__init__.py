"""Extraction of meetings, directives, deadlines and documents from one article.

`extract_article(text, published_at, title=None)` is what dbt calls (as a DuckDB Python UDF) once
per article, on `clean_text` output. It returns plain JSON-serialisable data:

    {"meetings":   [{"meeting_date", "part_of_day", "meeting_kind", "body", "chair_name",
                     "chair_title", "session_number", "location", "format", "topic", "evidence_text"}],
     "directives": [{"meeting_index", "issuer_name", "issuer_title", "verb", "addressees",
                     "addressee_groups": [{"text", "group"}], "action_text", "evidence_text",
                     "deadlines": [{"due_date", "period_start", "granularity", "expression"}]}],
     "documents":  [{"kind", "number", "issuer", "issued_date", "evidence_text"}]}

Every extractor is a function of the article alone (what one needs of another, such as the
meetings whose chair speaks, is a property of `Article` computed on first use). Precision over
recall: every rule prefers dropping a row to guessing. Gazetteers (dbt seeds) are
read once per process; regexes are compiled at import.
"""

from __future__ import annotations

from datetime import date, datetime

from vngov.extract.article import Article
from vngov.extract.dates import DateMention, find_dates, parse_date
from vngov.extract.directives import find_directives
from vngov.extract.documents import find_documents

__all__ = ["extract_article", "find_dates", "parse_date", "DateMention"]


def extract_article(text: str, published_at: datetime | date | str, title: str | None = None) -> dict:
    article = Article(text or "", published_at, title)
    meetings = article.meetings
    directives = find_directives(article)
    for directive in directives:
        directive.meeting_index = _meeting_before(meetings, directive.span[0])
    return {
        "meetings": [m.to_dict() for m in meetings],
        "directives": [d.to_dict() for d in directives],
        "documents": [d.to_dict() for d in find_documents(article)],
    }


def _meeting_before(meetings, pos: int) -> int | None:
    """A directive belongs to the latest meeting reported before it in the article."""
    index = None
    for i, meeting in enumerate(meetings):
        if meeting.span[0] <= pos:
            index = i
    return index
