"""Directives: who instructed whom to do what, and by when.

Three shapes are read, always from reported speech (quotations are blanked first):
  * active:  "<issuer> yêu cầu / đề nghị / giao / chỉ đạo <addressees> <action>", where the issuer
             is a person ("Tổng Bí thư Tô Lâm", or "Tổng Bí thư" resolved from the article) or an
             agency right before the verb;
  * passive: "<agency> được (<person>) giao <action>" (addressee = the agency);
  * modal:   "<agency> cần / phải <action>" in a paragraph where a named speaker is giving
             directions (issuer = that speaker). "cần"/"phải" without a named subject is no directive.
A list after the verb ("yêu cầu: a; b; c", or "...; Ban Cán sự Đảng UBND tỉnh rà soát ...") gives one
directive per item; an item that opens with its own agency is addressed to it.
Deadlines are the date expressions inside an item that set a time limit (see `_deadlines`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from vngov.extract import gazetteer
from vngov.extract.article import Article
from vngov.extract.dates import DateMention
from vngov.extract.normalize import fold
from vngov.extract.segment import Span, split_top_level

_I = re.IGNORECASE
# _VERB, _POINTS_OUT and _MODAL run on Article.lower (lower-cased, no leading \b: see word_matches).
# "giao" and "chỉ đạo" are often nouns or parts of other words: "giao thông", "chỉ đạo của".
_VERB = re.compile(
    r"(?P<verb>yêu cầu|đề nghị|chỉ đạo|giao(?!\s+(?:thông|dịch|lưu|ban|tiếp|hữu|thương|nhận|hàng|đất|thoa|diện|kết|điểm)\b))\b"
    r"(?!\s+của\b)")
# "chỉ rõ" (pointed out) is an instruction only when an imperative follows: "chỉ rõ, khẩn trương ...".
_POINTS_OUT = re.compile(
    r"(?P<verb>chỉ rõ)(?=\s*[,:]\s*(?:khẩn trương|phải|cần|tập trung|sớm|kiên quyết|tiếp tục|đẩy mạnh|tăng cường|quyết liệt)\b)")
_PASSIVE = re.compile(r"\s+được\s+(?:(?P<by>[^,.;]{1,60}?)\s+)?(?P<verb>giao|yêu cầu|đề nghị|chỉ đạo)\b", _I)
_MODAL = re.compile(r"(?P<verb>cần phải|cần|phải)\b")
_ADVERBS = r"cũng|đã|vừa|thì|tiếp tục|đồng thời|còn|lại|đều|liên tục|kiên quyết|một lần nữa|đặc biệt"
# Between an issuer and the verb: an optional ", <appositive>," and adverbs.
_ISSUER_GAP = re.compile(rf"\s*(?:,\s*(?P<appositive>[^,;:.]{{1,120}}),\s*)?(?:(?:{_ADVERBS})\s+)*", _I)
_PASSIVE_BEFORE = re.compile(r"\bđược\s+$", _I)
_LEAD_IN = re.compile(r"\s*(?:(?:đồng thời|trong đó|ngoài ra|bên cạnh đó|theo đó|riêng)\s*,?\s*)?", _I)
_SUBJECT_JOINERS = {",", "và", "cùng", "cũng", "đều"}
_SPEECH_VERB = re.compile(
    r"\s*(?:,[^,;:.]{1,120},\s*)?(?:(?:cũng|đã)\s+)*(?:nêu rõ|nhấn mạnh|đề nghị|yêu cầu|chỉ đạo|lưu ý|phát biểu|khẳng định|chỉ rõ|kết luận|nói)\b", _I)
# Words of generic addressee phrases ("các cơ quan theo chức năng, nhiệm vụ", "các bộ, ngành liên quan").
# Folded keys, so "cơ"/"có" are both "co".
_GENERIC_WORDS = {
    "cac", "co", "quan", "bo", "nganh", "dia", "phuong", "cap", "don", "vi", "so", "ban", "tinh", "thanh", "pho",
    "vien", "doan", "the", "uy", "lien", "theo", "chuc", "nang", "nhiem", "vu", "trung", "uong",
    "giup", "viec", "huyen", "xa", ",", "va", "chinh", "quyen",
}
# A generic word followed by this one starts the action instead ("ban hành", "thành lập", "có ý kiến").
_ACTION_BIGRAMS = {("ban", "hanh"), ("thanh", "lap"), ("co", "ke"), ("co", "y"), ("theo", "doi"), ("co", "giai")}
_COMPLETION = re.compile(
    r"\b(?:hoàn thành|xong|hoàn tất|kết thúc|trình|ban hành|báo cáo|đưa vào|sắp xếp|sửa đổi|thực hiện|triển khai"
    r"|hoàn thiện|bố trí|giải ngân|xây dựng|phê duyệt|tổ chức|thành lập|khởi công|phân bổ|nộp|gửi)\b", _I)
_NOT_A_LIMIT_AFTER = re.compile(r"\s*(?:và|,)\s*(?:giai đoạn|những năm|các năm|tầm nhìn)", _I)
_COMPLETION_WINDOW = 60  # characters before a "trong ..." expression where a completion verb counts
_BARE_PERIOD_WINDOW = 12  # ... and before a bare period ("hoàn thành quý 4")
_LEADING = re.compile(r"[\s:,]*(?:cho\s+)?", _I)
_COMMA_WORD = re.compile(r"\s*,\s*(?P<word>\w+)")


@dataclass
class Directive:
    issuer_name: str | None
    issuer_title: str | None
    verb: str
    addressees: list[str]
    action_text: str
    evidence_text: str
    deadlines: list[dict] = field(default_factory=list)
    span: tuple[int, int] = (0, 0)
    meeting_index: int | None = None

    def key(self) -> tuple:
        return (self.issuer_name, self.verb, tuple(self.addressees), fold(self.action_text))

    def to_dict(self) -> dict:
        return {
            "meeting_index": self.meeting_index, "issuer_name": self.issuer_name, "issuer_title": self.issuer_title,
            "verb": self.verb, "addressees": self.addressees, "action_text": self.action_text,
            "evidence_text": self.evidence_text, "deadlines": self.deadlines,
        }


@dataclass(frozen=True)
class _Issuer:
    name: str | None
    title: str | None
    start: int = 0


# ----------------------------------------------------------------------------- driver

def find_directives(article: Article) -> list[Directive]:
    found: list[Directive] = []
    covered: list[tuple[int, int]] = []
    previous = None  # the last active directive, for a continuation sentence
    for sentence in article.sentences:
        if previous and _continues(article, previous, sentence):
            found.extend(_items(article, sentence, _Issuer(previous.issuer_name, previous.issuer_title),
                                previous.verb, sentence.start, inherited=previous.addressees))
            covered.append((sentence.start, sentence.end))
            previous = None
            continue
        count = len(found)
        _active(article, sentence, found, covered)
        previous = found[-1] if len(found) > count else None
        _passive(article, sentence, found, covered)
    for sentence in article.sentences:
        _modal(article, sentence, found, covered)
    return _dedupe(sorted(found, key=lambda d: d.span))


def _dedupe(directives: list[Directive]) -> list[Directive]:
    seen, kept = set(), []
    for directive in directives:
        if directive.key() not in seen:
            seen.add(directive.key())
            kept.append(directive)
    return kept


def _is_covered(covered, pos: int) -> bool:
    return any(start <= pos < end for start, end in covered)


# ----------------------------------------------------------------------------- the three shapes

def _verbs(article: Article) -> list[re.Match]:
    if "directive_verbs" not in article.memo:
        found = article.word_matches(_VERB) + article.word_matches(_POINTS_OUT)
        article.memo["directive_verbs"] = sorted(found, key=lambda m: m.start())
    return article.memo["directive_verbs"]


def _matches_in(matches: list[re.Match], start: int, end: int) -> list[re.Match]:
    i = bisect.bisect_left(matches, start, key=lambda m: m.start())
    found = []
    while i < len(matches) and matches[i].start() < end:
        found.append(matches[i])
        i += 1
    return found


def _active(article: Article, sentence: Span, found: list, covered: list) -> None:
    text = article.unquoted
    for m in _matches_in(_verbs(article), sentence.start, sentence.end):
        if _is_covered(covered, m.start()) or _PASSIVE_BEFORE.search(text, sentence.start, m.start()):
            continue
        issuer = _issuer_before(article, sentence.start, m.start())
        if not issuer or _PASSIVE_BEFORE.search(text, sentence.start, issuer.start):
            continue  # "X được <issuer> giao": the passive shape reads it
        found.extend(_items(article, sentence, issuer, m["verb"].lower(), m.end(), inherited=[]))
        covered.append((m.start(), sentence.end))


def _continues(article: Article, previous: Directive, sentence: Span) -> bool:
    """The next sentence of the same paragraph opens with a time limit and an imperative verb:
    "Tổng Bí thư chỉ rõ, khẩn trương sắp xếp lại bộ máy. Trong quý I/2025, hoàn thành việc ..."."""
    para = article.paragraph_of(previous.span[0])
    if not para or not (para.start <= sentence.start < para.end):
        return False
    opening = next((d for d in article.dates if d.expression_span[0] == sentence.start), None)
    if not opening or opening.relation not in ("within", "before") or opening.plan:
        return False
    after = _COMMA_WORD.match(article.unquoted, opening.span[1], sentence.end)
    return bool(after) and after["word"].islower()


def _passive(article: Article, sentence: Span, found: list, covered: list) -> None:
    """"Văn phòng Trung ương Đảng được giao tiếp thu ..."."""
    for agency in article.in_range(article.agencies, sentence.start, sentence.end):
        m = _PASSIVE.match(article.unquoted, agency.end, sentence.end)
        if not m or _is_covered(covered, agency.start):
            continue
        issuer = _Issuer(None, None)
        if m["by"]:
            by = [p for p in article.in_range(article.people, m.start("by"), m.end("by"))]
            if len(by) != 1:  # "được <something that is not a person> giao": not this shape
                continue
            issuer = _Issuer(by[0].name, by[0].title)
        found.extend(_items(article, sentence, issuer, m["verb"].lower(), m.end(), inherited=[agency.name]))
        covered.append((agency.start, sentence.end))


def _modal(article: Article, sentence: Span, found: list, covered: list) -> None:
    """"Sở Tài nguyên và Môi trường cần phải khẩn trương ..." said by the paragraph's speaker."""
    text = article.unquoted
    if "modals" not in article.memo:
        article.memo["modals"] = article.word_matches(_MODAL)
    if not _matches_in(article.memo["modals"], sentence.start, sentence.end):
        return
    for clause in split_top_level(text, sentence.start, sentence.end):
        in_clause = _matches_in(article.memo["modals"], clause.start, clause.end)
        m = in_clause[0] if in_clause else None
        if not m or _is_covered(covered, m.start()):
            continue
        subject = _subject_agencies(article, clause.start, m.start())
        if not subject:
            continue
        speaker = _speaker(article, found, clause.start)
        if not speaker:
            continue
        verb = "cần" if m["verb"].lower().startswith("cần") else "phải"
        action = article.clean_slice(m.end(), clause.end)
        evidence_end = sentence.end if clause.end >= sentence.end - 1 else clause.end
        found.append(Directive(
            speaker.name, speaker.title, verb, subject, action, article.text[clause.start:evidence_end],
            _deadlines(article, m.end(), clause.end), (clause.start, clause.end),
        ))
        covered.append((clause.start, clause.end))


# ----------------------------------------------------------------------------- pieces

def _items(article: Article, sentence: Span, issuer: _Issuer, verb: str, pos: int, inherited: list[str]) -> list[Directive]:
    """One directive per ";"-separated item after the verb."""
    text = article.unquoted
    parts = split_top_level(text, pos, sentence.end)
    directives = []
    for n, part in enumerate(parts):
        names, action_start = _addressees(article, part.start, part.end)
        if n == 0 and not names:
            action_start = _skip_leading(text, part.start, part.end)
        addressees = names or (directives[-1].addressees if directives else inherited)
        action = article.clean_slice(action_start, part.end)
        if not action:
            continue
        evidence_start = sentence.start if n == 0 else part.start
        evidence_end = sentence.end if n == len(parts) - 1 else part.end
        directives.append(Directive(
            issuer.name, issuer.title, verb, list(addressees), action,
            article.text[evidence_start:evidence_end], _deadlines(article, action_start, part.end),
            (evidence_start, evidence_end),
        ))
    return directives


def _issuer_before(article: Article, floor: int, pos: int) -> _Issuer | None:
    """The person or agency that ends right before the verb (adverbs and one appositive allowed)."""
    candidates = []
    for person in article.in_range(article.people, floor, pos):
        if _gap_ok(article, person.end, pos):
            candidates.append((person.end, 1, _Issuer(person.name, person.title, person.start)))
    for agency in article.in_range(article.agencies, floor, pos):
        if _gap_ok(article, agency.end, pos):
            candidates.append((agency.end, 0, _Issuer(agency.name, None, agency.start)))
    return max(candidates, key=lambda c: (c[0], c[1]))[2] if candidates else None


def _gap_ok(article: Article, start: int, end: int) -> bool:
    """Only adverbs, or a capitalised appositive (", Trưởng Ban Chỉ đạo,"), between issuer and verb."""
    gap = _ISSUER_GAP.fullmatch(article.unquoted, start, end)
    return bool(gap) and (not gap["appositive"] or gap["appositive"][:1].isupper())


def _skip_leading(text: str, start: int, end: int) -> int:
    """Past the ":" / "," / "cho" between a verb and what it governs."""
    m = _LEADING.match(text, start, end)
    return m.end() if m else start


def _addressees(article: Article, start: int, end: int) -> tuple[list[str], int]:
    """Gazetteer agencies at the start of an item, with generic "các cơ quan ..." around them.

    Returns the canonical names and where the action starts (the first word that is neither).
    """
    tokens, agencies = article.tokens, gazetteer.agencies()
    i = article.token_index_at(_skip_leading(article.unquoted, start, end))
    names, stop = [], None
    while i < len(tokens) and tokens[i].start < end:
        match = agencies.match_at(tokens, i)
        if match:
            names.append(match.name)
            i = match.end_tok
            continue
        if tokens[i].key == "cac" or (names and tokens[i].key in (",", "va", "cung")):
            i = _skip_generic(tokens, i + 1, end, agencies)
            continue
        stop = tokens[i].start
        break
    if stop is None:
        stop = end
    return list(dict.fromkeys(names)), stop


def _skip_generic(tokens, i: int, end: int, agencies) -> int:
    """Skip generic addressee words ("các cơ quan liên quan"), stopping at a named agency."""
    while i < len(tokens) and tokens[i].start < end and tokens[i].key in _GENERIC_WORDS:
        if i + 1 < len(tokens) and (tokens[i].key, tokens[i + 1].key) in _ACTION_BIGRAMS:
            break
        if agencies.match_at(tokens, i):
            break
        i += 1
    return i


def _subject_agencies(article: Article, start: int, verb_start: int) -> list[str]:
    """The clause subject when it is nothing but agencies: "Sở Tài nguyên và Môi trường"."""
    lead = _LEAD_IN.match(article.unquoted, start, verb_start)
    i, j = article.token_range(lead.end() if lead else start, verb_start)
    tokens, names = article.tokens, []
    while i < j:
        match = gazetteer.agencies().match_at(tokens, i)
        if match and match.end_tok <= j:
            names.append(match.name)
            i = match.end_tok
        elif tokens[i].text.lower() in _SUBJECT_JOINERS and names:
            i += 1
        else:
            return []
    return names


def _speaker(article: Article, found: list[Directive], pos: int) -> _Issuer | None:
    """Who is giving directions in this paragraph: the last issuer or speech-verb subject before pos."""
    para = article.paragraph_of(pos)
    if not para:
        return None
    best = None
    for directive in found:
        if para.start <= directive.span[0] < pos and directive.issuer_name:
            best = (directive.span[0], _Issuer(directive.issuer_name, directive.issuer_title))
    for person in article.in_range(article.people, para.start, pos):
        if person.name and _SPEECH_VERB.match(article.unquoted, person.end, pos):
            if not best or person.start > best[0]:
                best = (person.start, _Issuer(person.name, person.title))
    return best[1] if best else None


# ----------------------------------------------------------------------------- deadlines

def _deadlines(article: Article, start: int, end: int) -> list[dict]:
    """Time limits inside an item, normalised to the last day of the period.

    Counted: "trước ngày ...", "chậm nhất ...", "từ nay đến cuối năm"; "trong <period>" when it
    opens the item or follows a completion verb ("hoàn thành ... trong quý 4"). Never: plan periods
    ("giai đoạn 2026-2030"), start/effective dates ("có hiệu lực từ ngày ..."), plain dates.
    """
    deadlines = []
    for mention in article.in_range(article.dates, start, end):
        if _is_deadline(article, mention, start):
            deadline = {
                "due_date": mention.end.isoformat(), "period_start": mention.start.isoformat(),
                "granularity": mention.granularity, "expression": article.text[slice(*mention.expression_span)],
            }
            if deadline not in deadlines:
                deadlines.append(deadline)
    return deadlines


def _is_deadline(article: Article, mention: DateMention, item_start: int) -> bool:
    if mention.plan or mention.relation == "from":
        return False
    if mention.relation == "before":  # trước / chậm nhất / hạn chót / đến cuối năm
        return True
    if mention.relation in ("within", "at", "until"):  # trong / vào / đến: only in a time-limit position
        if _NOT_A_LIMIT_AFTER.match(article.unquoted, mention.span[1]):  # "trong năm 2025 và giai đoạn tới"
            return False
        opens_item = not article.unquoted[item_start:mention.expression_span[0]].strip(" ,:-–")
        return opens_item or _after_completion(article, mention, _COMPLETION_WINDOW)
    # a bare period right after a completion verb: "hoàn thành quý 4"
    return mention.granularity != "day" and _after_completion(article, mention, _BARE_PERIOD_WINDOW)


def _after_completion(article: Article, mention: DateMention, window: int) -> bool:
    start = mention.expression_span[0]
    return bool(_COMPLETION.search(article.unquoted, max(0, start - window), start))
