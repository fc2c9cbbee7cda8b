"""Referenced legal and policy documents: "Nghị quyết số 57-NQ/TW, ngày 22-12-2024 của Bộ Chính trị".

A document needs a number or code; "Quyết định của Bộ Chính trị" is skipped. Mentions of one
document within an article are merged ("Nghị quyết 57" + "Nghị quyết số 57-NQ/TW" -> one row,
keeping the full code and any issuer and date either mention gave).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vngov.extract.article import Article
from vngov.extract.dates import DateMention
from vngov.extract.normalize import SPAM_MARK

# Kinds that are cited by bare number ("Nghị quyết 57", "Đề án 06").
_NUMBERED_KINDS = [
    "Nghị quyết liên tịch", "Thông tư liên tịch", "Nghị quyết", "Quyết định", "Chỉ thị", "Kết luận",
    "Nghị định", "Thông tư", "Đề án", "Công điện", "Luật", "Pháp lệnh", "Lệnh",
]
# Kinds that are ordinary words too ("kế hoạch", "chương trình"): only with a full code ("15/KH-UBND").
_CODED_KINDS = ["Kế hoạch", "Chương trình", "Thông báo", "Công văn", "Quy định", "Hướng dẫn", "Quy chế"]
_KINDS = "|".join(sorted(_NUMBERED_KINDS + _CODED_KINDS, key=len, reverse=True))
# The number, then code segments that start with a digit or a capital: 57-NQ/TW, 06/QĐ-TTg, 193/2025/QH15.
_CODE = r"\d{1,5}(?:[/-](?:\d+|[A-ZĐ][A-Za-zĐđ0-9&]*))*"
_DOC_RE = re.compile(rf"(?P<kind>{_KINDS})\s+(?:số\s+)?(?P<code>{_CODE})(?![\w/-])")
_ISSUED_AFTER = re.compile(r"\s*,?\s*(?:ban hành\s+)?(?=ngày\b)", re.IGNORECASE)
_OF_ISSUER = re.compile(r"\s*,?\s*(?:của|do)\s+", re.IGNORECASE)
# "<issuer> (đã) (kịp thời) ban hành <document>"; spam once replaced "ban" here (seed 003).
_ISSUING_VERB = re.compile(
    rf"\s*(?:(?:đã|vừa|mới|kịp thời|chính thức)\s+)*(?:ban|{SPAM_MARK})\s+hành\s+$|\s*(?:(?:đã|vừa)\s+)*(?:thông qua|ký ban hành|ký)\s+$",
    re.IGNORECASE,
)
_ISSUING_LAST_WORDS = ("hành", "qua", "ký")
# Issuers implied by the code itself.
_CODE_ISSUERS = [
    (re.compile(r"/(?:NQ|NĐ|CT)-CP$"), "Chính phủ"),
    (re.compile(r"/(?:QĐ|CT|CĐ)-TTg$"), "Thủ tướng Chính phủ"),
    (re.compile(r"/QH\d+$"), "Quốc hội"),
    (re.compile(r"/NQ-UBTVQH\d*$"), "Ủy ban Thường vụ Quốc hội"),
]
_YEAR_LIKE = re.compile(r"^(?:19|20)\d\d$")


@dataclass
class Document:
    kind: str
    number: str
    issuer: str | None
    issued_date: str | None
    evidence_text: str
    span: tuple[int, int]

    @property
    def lead_number(self) -> str:
        return re.match(r"\d+", self.number).group()

    def to_dict(self) -> dict:
        return {"kind": self.kind, "number": self.number, "issuer": self.issuer,
                "issued_date": self.issued_date, "evidence_text": self.evidence_text}


def find_documents(article: Article) -> list[Document]:
    docs: list[Document] = []
    matches = _references(article)
    for sentence in article.sentences:
        for m in matches:
            if sentence.start <= m.start() < sentence.end:
                doc = _document(article, m, sentence)
                if doc:
                    _merge_into(docs, doc)
    return docs


def _references(article: Article) -> list[re.Match]:
    """Every "<Kind> (số) <number>" in the article (computed once, shared with meetings)."""
    if "documents" not in article.memo:
        text = article.masked
        article.memo["documents"] = [
            m for m in _DOC_RE.finditer(text) if not (m.start() and text[m.start() - 1].isalnum())
        ]
    return article.memo["documents"]


def issued_date_spans(article: Article) -> list[tuple[int, int]]:
    """Spans of dates that belong to a document reference (never a meeting date)."""
    spans = []
    for m in _references(article):
        issued = _date_after(article, m.end())
        if issued:
            spans.append(issued.span)
    return spans


def _document(article: Article, m: re.Match, sentence) -> Document | None:
    kind, code = m["kind"], m["code"]
    has_code = bool(re.search(r"[A-ZĐ]", code))
    if kind in _CODED_KINDS and not has_code:
        return None
    if not has_code and _YEAR_LIKE.match(code):  # "Kế hoạch 2025", "Luật 2024": a year, not a number
        return None
    issued = _date_after(article, m.end())
    tail = issued.span[1] if issued else m.end()
    issuer = _issuer_after(article, tail) or _issuer_before(article, m.start(), sentence.start)
    if not issued:
        issued = _sentence_date_for_issuing(article, m.start(), sentence.start)
    issuer = issuer or _issuer_from_code(code)
    return Document(
        kind=kind, number=code, issuer=issuer,
        issued_date=issued.start.isoformat() if issued else None,
        evidence_text=sentence.text(article.text), span=m.span(),
    )


def _date_after(article: Article, pos: int) -> DateMention | None:
    """"..., ngày 22-12-2024" right after the number."""
    gap = _ISSUED_AFTER.match(article.masked, pos)
    if not gap:
        return None
    if "day_dates_by_start" not in article.memo:  # one look-up per reference, not a scan of every date
        by_start: dict[int, DateMention] = {}
        for mention in article.dates:
            if mention.granularity == "day":
                by_start.setdefault(mention.span[0], mention)
        article.memo["day_dates_by_start"] = by_start
    return article.memo["day_dates_by_start"].get(gap.end())


def _issuer_after(article: Article, pos: int) -> str | None:
    """"... của Bộ Chính trị"."""
    gap = _OF_ISSUER.match(article.masked, pos)
    if not gap:
        return None
    match = _agency_at(article, gap.end())
    return match.name if match else None


def _issuer_before(article: Article, pos: int, floor: int) -> str | None:
    """"Quốc hội đã kịp thời ban hành Nghị quyết 193": the agency right before the verb."""
    verb = _issuing_verb(article, floor, pos)
    if not verb:
        return None
    for match in reversed(article.agencies):
        if match.end <= verb.start() and match.start >= floor:
            return match.name if not article.masked[match.end:verb.start()].strip() else None
    return None


def _sentence_date_for_issuing(article: Article, pos: int, floor: int) -> DateMention | None:
    """"Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết 57": the date opening the sentence."""
    if not _issuing_verb(article, floor, pos):
        return None
    for mention in article.dates:
        if floor <= mention.span[0] < floor + 3 and mention.granularity == "day" and not mention.relation:
            return mention
    return None


def _issuing_verb(article: Article, floor: int, pos: int) -> re.Match | None:
    """_ISSUING_VERB ending right before the reference at pos, or None."""
    # Every form ends in "hành", "qua" or "ký" and a space: the regex search over the sentence
    # (which tries every position) is run only then.
    before = article.masked[floor:pos]
    if not before[-1:].isspace() or not before.rstrip()[-4:].lower().endswith(_ISSUING_LAST_WORDS):
        return None
    verb = _ISSUING_VERB.search(article.masked, floor, pos)
    return verb if verb and verb.end() == pos else None


def _agency_at(article: Article, pos: int):
    i = article.token_index_at(pos)
    if i < len(article.tokens) and article.tokens[i].start == pos:
        return article.agency_at(i)
    return None


def _issuer_from_code(code: str) -> str | None:
    for pattern, issuer in _CODE_ISSUERS:
        if pattern.search(code):
            return issuer
    return None


def _merge_into(docs: list[Document], new: Document) -> None:
    """One row per document: same kind and number, codes compatible (one extends the other)."""
    for doc in docs:
        if doc.kind != new.kind or doc.lead_number != new.lead_number:
            continue
        long, short = sorted((doc.number, new.number), key=len, reverse=True)
        if not long.startswith(short):
            continue
        doc.number = long
        doc.issuer = doc.issuer or new.issuer
        doc.issued_date = doc.issued_date or new.issued_date
        return
    docs.append(new)
