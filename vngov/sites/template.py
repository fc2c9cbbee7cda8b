"""A version of a site's article page as data, and the one reader for it.

A Template says where the title, lead, body, date, author and tags sit and what noise sits
inside the body. A CMS module (vccorp.py, zce.py) subclasses it with the CMS's selectors as
defaults; a site module makes one Template per version of its page and lists their parsers
in PARSERS, newest first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .base import (
    ParsedArticle, ParseError, blocks, byline_name, drop, first, is_byline, meta_content,
    parse_html, publish_date, strip_lead_prefix, text_of, tidy, unique,
)


@dataclass(frozen=True)
class Template:
    """One version of a site's article page: where each part of the article is."""

    site: str
    version: int
    content: tuple[str, ...] = ()
    title: tuple[str, ...] = ("h1",)
    title_suffix: str = ""  # the site name some <title>/og:title carry, for the og:title fallback
    sapo: tuple[str, ...] = ()
    lead_prefix: re.Pattern | None = None  # a site mark the shared rule does not know ("TTO - ")
    dates: tuple[str, ...] = ()
    author: tuple[str, ...] = ()  # an author element; otherwise the body's last bold/right-aligned line
    noise: tuple[str, ...] = ("script", "style", "noscript", "img")  # the CMS's noise inside the body
    drop: tuple[str, ...] = ()  # site-specific noise inside the body
    category: tuple[str, ...] = ()
    tags: str = ""

    @property
    def name(self) -> str:
        return f"{self.site}/v{self.version}"


def article_parser(template: Template):
    """A parser function (html, url) -> ParsedArticle for one template version."""

    def parse(html: str | bytes, url: str) -> ParsedArticle:
        return read_article(template, html, url)

    parse.__name__ = parse.__qualname__ = f"{template.site}_v{template.version}"
    parse.template = template
    return parse


def read_article(t: Template, html: str | bytes, url: str) -> ParsedArticle:
    root = parse_html(html)
    content = first(root, t.content)
    if content is None:
        raise ParseError(f"{t.name}: no {t.content[0]} body")
    author = byline_name(text_of(first(root, t.author)).rstrip(" -–")) if t.author else ""
    drop(content, t.noise + t.drop + t.author)
    items = blocks(content)
    if items and is_byline(*items[-1]):  # the byline: the last short bold or right-aligned name
        author = author or byline_name(items[-1][1])
        items = items[:-1]
    body = unique([text for _, text in items])
    if not body:
        raise ParseError(f"{t.name}: body has no paragraphs")

    title = text_of(first(root, t.title))
    if not title:
        title = meta_content(root, "og:title")
        if t.title_suffix:
            title = title.removesuffix(t.title_suffix).strip()
    if not title:
        raise ParseError(f"{t.name}: no title")
    published = publish_date(root, t.dates, t.name)

    lead = strip_lead_prefix(text_of(first(root, t.sapo)))
    if t.lead_prefix is not None:
        lead = t.lead_prefix.sub("", lead, count=1)
    return ParsedArticle(
        title=title,
        published_at=published,
        body_paragraphs=body,
        parser=t.name,
        lead=lead or None,
        author=author or None,
        extra={
            "category": text_of(first(root, t.category)) or None,
            "tags": [tidy(a.text_content()) for a in root.cssselect(t.tags)] if t.tags else [],
        },
    )
