"""Fallback for pages no site parser reads: trafilatura's main-text extraction, no network."""

from __future__ import annotations

import trafilatura

from .base import (
    ParsedArticle, ParseError, tidy, meta_content, meta_published, parse_html,
    parse_iso_datetime, text_of, unique,
)


def parse_article(html: str, url: str) -> ParsedArticle:
    root = parse_html(html)  # raises ParseError on an empty page; comments are stripped here
    title = meta_content(root, "og:title") or text_of(next(iter(root.cssselect("h1")), None))
    published = meta_published(root)
    doc = trafilatura.bare_extraction(
        root,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None or not tidy(doc.text):
        raise ParseError("trafilatura: no main text")
    title = title or tidy(doc.title) or text_of(next(iter(root.cssselect("title")), None))
    paragraphs = [tidy(line) for line in doc.text.split("\n")]
    paragraphs = unique([p for p in paragraphs if p])
    if paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    if not paragraphs:
        raise ParseError("trafilatura: no main text")
    if published is None:
        published = parse_iso_datetime(doc.date)  # trafilatura/htmldate's own find: a date, midnight +07:00
    if published is None:
        raise ParseError("trafilatura: no publish date")
    if not title:
        raise ParseError("trafilatura: no title")
    return ParsedArticle(
        title=title,
        published_at=published,
        body_paragraphs=paragraphs,
        parser="trafilatura",
        author=tidy(doc.author) or None,
        extra={"description": tidy(doc.description) or None, "sitename": tidy(doc.sitename) or None},
    )
