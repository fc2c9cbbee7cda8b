"""`vngov import FILE`: land articles from a JSONL or WARC file, as a crawl would.

JSONL: one object a line with `url`, `published_at` (ISO 8601 with offset), optional `source`
and `title`, and `html` or `text`. A line that is not valid is landed as a reject with its reason
and its bytes; the other lines go on.
WARC: every HTML response record is parsed with its site's parser (generic fallback).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from vngov.landing import LandingWriter, new_run_id, page_record, reject_record
from vngov.sites import generic, site_for_url
from vngov.sites.base import ParseError, nfc


@dataclass
class ImportReport:
    articles: int = 0
    rejects: int = 0
    run_id: str = ""

    def line(self) -> str:
        return f"imported {self.articles} articles, {self.rejects} rejected (run {self.run_id})"


def parse_html_article(html: str, url: str):
    site = site_for_url(url)
    if site is not None:
        try:
            return site.parse_article(html, url)
        except ParseError:
            pass
    return generic.parse_article(html, url)


def _article_from_json(obj: dict) -> tuple[dict, str]:
    """Validate one JSONL object; return (article record, html). Raises ValueError."""
    if not isinstance(obj, dict):
        raise ValueError("line is not a JSON object")
    url = obj.get("url")
    if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https"):
        raise ValueError("missing or invalid 'url'")
    try:
        published_at = datetime.fromisoformat(str(obj.get("published_at")))
    except ValueError:
        raise ValueError("missing or invalid 'published_at' (ISO 8601 with offset)") from None
    if published_at.tzinfo is None:
        raise ValueError("'published_at' has no UTC offset")
    html, text = obj.get("html"), obj.get("text")
    if html:
        parsed = parse_html_article(html, url)
        body, parser = parsed.body_text, parsed.parser
        title = obj.get("title") or parsed.title
        lead, author = parsed.lead, parsed.author
    elif text:
        body, parser, title, lead, author = nfc(text), "import:text", obj.get("title"), None, None
    else:
        raise ValueError("neither 'html' nor 'text' given")
    if not body.strip():
        raise ValueError("the article has no text")
    article = {"title": nfc(title) if title else None, "lead": lead, "author": author,
               "body_text": body, "published_at": published_at.isoformat(), "parser": parser}
    return article, html or ""


def import_file(path: Path) -> ImportReport:
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path} does not exist")
    run_id = new_run_id()
    report = ImportReport(run_id=run_id)
    writers: dict[str, LandingWriter] = {}

    def writer(source: str) -> LandingWriter:
        if source not in writers:
            writers[source] = LandingWriter(source, run_id)
        return writers[source]

    records = (_warc_records if _is_warc(path) else _jsonl_records)(path, run_id)
    try:
        for source, record in records:
            writer(source).write(record)
            if record["kind"] == "page":
                report.articles += 1
            else:
                report.rejects += 1
    finally:
        for w in writers.values():
            w.close({"fetched": report.articles + report.rejects, "parsed": report.articles,
                     "rejected": report.rejects, "finish_reason": "import"})
    return report


def _default_source(url: str) -> str:
    return (urlsplit(url).hostname or "import").removeprefix("www.")


def _jsonl_records(path: Path, run_id: str):
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            raw = raw.rstrip(b"\r\n")
            if not raw.strip():
                continue
            obj = None
            try:
                obj = json.loads(raw.decode("utf-8"))
                article, html = _article_from_json(obj)
            except (ValueError, ParseError) as exc:
                url = obj.get("url") if isinstance(obj, dict) else None
                yield "import", reject_record(
                    url=str(url or f"{path.name}:{lineno}"), source="import", run_id=run_id,
                    stage="import", reason=f"line {lineno}: {exc}", body=raw)
                continue
            source = obj.get("source") or _default_source(obj["url"])
            yield source, page_record(url=obj["url"], source=source, run_id=run_id, status=200,
                                      headers={}, html=html, page_type="article",
                                      article=article)


def _is_warc(path: Path) -> bool:
    with open(path, "rb") as fh:
        head = fh.read(4)
    return head.startswith(b"WARC") or head[:2] == b"\x1f\x8b" and ".warc" in path.name


def _warc_records(path: Path, run_id: str):
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as fh:
        for rec in ArchiveIterator(fh):
            if rec.rec_type != "response":
                continue
            url = rec.rec_headers.get_header("WARC-Target-URI")
            body = rec.content_stream().read()
            source = _default_source(url)
            status = int(rec.http_headers.get_statuscode()) if rec.http_headers else 200
            headers = dict(rec.http_headers.headers) if rec.http_headers else {}
            try:
                html = body.decode("utf-8")
                parsed = parse_html_article(html, url)
            except (UnicodeDecodeError, ParseError) as exc:
                yield source, reject_record(url=url, source=source, run_id=run_id, stage="import",
                                            reason=f"WARC record: {exc}", body=body,
                                            status=status)
                continue
            yield source, page_record(url=url, source=source, run_id=run_id, status=status,
                                      headers=headers, html=html, page_type="article",
                                      article=parsed.to_record())
