"""Meetings reported as held: a dated sentence where a meeting kind is the object of a held-verb.

"Sáng nay 15-10, Tổng Bí thư Tô Lâm chủ trì cuộc họp Thường trực Ban Chỉ đạo ..." is a meeting;
"Hội nghị Trung ương 13 vừa qua" (no date, no verb) and "kể từ phiên họp thứ nhất" are not.
A sentence needs (1) a day date on or before publication that is not a document's issue date,
and (2) one of: "<verb> <kind>" (chủ trì cuộc họp, tổ chức Hội nghị, dự hội nghị ...),
"<kind> ... diễn ra / được tổ chức / khai mạc", "<agency> họp", "làm việc với".
All sentences naming the same date are one meeting; later ones only fill missing fields.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from vngov.extract import gazetteer
from vngov.extract.article import Article
from vngov.extract.documents import issued_date_spans
from vngov.extract.normalize import SPAM_MARK, fold, squash_spaces
from vngov.extract.segment import Span

_I = re.IGNORECASE
# "họp báo" (press conference) and "họp mặt" (get-together) are not meetings that decide things.
_KIND = r"cuộc họp|phiên họp|kỳ họp|hội nghị|hội thảo|tọa đàm|toạ đàm|buổi làm việc|cuộc làm việc|họp(?!\s+(?:báo|mặt)\b)"
_KIND_NAMES = {"họp": "cuộc họp", "toạ đàm": "tọa đàm", "cuộc làm việc": "buổi làm việc"}
_VERB_KIND = re.compile(
    rf"\b(?P<verb>đồng chủ trì|chủ trì|chủ tọa|chủ toạ|tổ chức|tham dự|dự|khai mạc|bế mạc|triệu tập)"
    rf"\s+(?:(?:thành công|trọng thể|long trọng)\s+)?(?P<kind>{_KIND})\b", _I)
_KIND_VERB = re.compile(
    rf"\b(?P<kind>{_KIND})\b[^.;]{{0,150}}?\b(?P<verb>diễn ra|được tổ chức|khai mạc|bế mạc)\b", _I)
_AGENCY_MEETS = re.compile(r"\s+(?:đã\s+|vừa\s+)?(?P<verb>họp)\b(?!\s+(?:báo|mặt)\b)(?:\s+(?P<kind>phiên|kỳ))?", _I)
# "Bộ Chính trị tổ chức Hội nghị", "Quốc hội khai mạc Kỳ họp": the subject is the meeting body.
_SUBJECT_IS_BODY = {"tổ chức", "họp", "khai mạc", "bế mạc", "triệu tập"}
_WORKS_WITH = re.compile(r"\b(?P<verb>làm việc)\s+với\b", _I)
_NOT_HELD = re.compile(r"\b(?:sẽ|dự kiến|chuẩn bị|sắp|chưa|không)\s+(?:\w+\s+)?$", _I)
# Anywhere before the verb, these make the sentence an announcement, not a report.
_PLANNED = re.compile(r"\b(?:theo kế hoạch|dự kiến|sẽ)\b", _I)
# A meeting date written without its year must be recent: news reports meetings within days,
# and an old-looking date is more likely a future date read with the wrong year.
_MAX_DAYS_WITHOUT_YEAR = 45
_CHAIR_VERB = re.compile(r"\b(?:đồng\s+)?chủ\s+(?:trì|tọa|toạ)\b", _I)
_SESSION = re.compile(r"\s+(?:lần\s+)?thứ\s+(?P<n>\w+(?:\s+(?:mươi|mốt|một|hai|ba|tư|bốn|năm|lăm|sáu|bảy|tám|chín))*)", _I)
_BODY_STOP = re.compile(
    r"\s*\(|\s+(?:theo|để|nhằm|với|tại|nghe|cho ý kiến|bàn|thảo luận|đánh giá|sơ kết|tổng kết|triển khai|do)\b|[.;:]", _I)
_TOPIC_MARKER = re.compile(r"\b(?P<marker>để|nhằm|bàn về|về|nghe|cho ý kiến|thảo luận|sơ kết|tổng kết|đánh giá|triển khai)\b", _I)
_TOPIC_KEEPS_MARKER = {"nghe", "cho ý kiến", "thảo luận", "sơ kết", "tổng kết", "đánh giá", "triển khai"}
_TOPIC_WINDOW = 160
_LOCATION = re.compile(r"\btại\s+(?!(?:cuộc|phiên|kỳ|buổi|hội nghị|hội thảo|đây|đó)\b)", _I)
_PLACE_CONTINUES = re.compile(
    r",\s+(?=(?:tòa nhà|toà nhà|nhà quốc hội|trụ sở|số\s+\d|đường|phố|phường|quận|thành phố|TP|tỉnh|huyện|xã|Hà Nội"
    r"|hội trường|phòng|trung tâm hội nghị|nhà văn hóa|cung văn hóa)\b)", _I)
_BODY_LEAD = re.compile(r"\s+(?:của\s+)?(?P<standing>Thường trực\s+)?", _I)
_LOCATION_STOP = re.compile(r"[,.;:(]|\s+(?:với|để|nhằm|về)\b", _I)
_SUBJECT_GAP = re.compile(r"\s*(?:đã\s+|vừa\s+)?", _I)
_NUMBER_WORDS = {
    "nhất": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
    "mười": 10, "mốt": 1, "lăm": 5,
}
_MAX_BODY_WORDS = 25  # a longer capitalised phrase after the kind is not a body name


@dataclass
class Meeting:
    meeting_date: str
    part_of_day: str | None = None
    meeting_kind: str | None = None
    body: str | None = None
    chair_name: str | None = None
    chair_title: str | None = None
    session_number: int | None = None
    location: str | None = None
    format: str | None = None
    topic: str | None = None
    evidence_text: str = ""
    span: tuple[int, int] = field(default=(0, 0), repr=False)

    def to_dict(self) -> dict:
        data = asdict(self)
        del data["span"]
        return data

    def fill_from(self, other: "Meeting") -> None:
        for name, value in asdict(other).items():
            if name not in ("span", "evidence_text", "meeting_date") and getattr(self, name) is None:
                setattr(self, name, value)


def find_meetings(article: Article) -> list[Meeting]:
    doc_dates = set(issued_date_spans(article))
    meetings: dict[str, Meeting] = {}
    for sentence in article.sentences:
        meeting = _meeting_in(article, sentence, doc_dates)
        if not meeting:
            continue
        if meeting.meeting_date in meetings:
            meetings[meeting.meeting_date].fill_from(meeting)
        else:
            meetings[meeting.meeting_date] = meeting
    return sorted(meetings.values(), key=lambda m: m.span)


def _meeting_in(article: Article, sentence: Span, doc_dates: set) -> Meeting | None:
    date = _held_date(article, sentence, doc_dates)
    if not date:
        return None
    found = _kind_and_verb(article, sentence)
    if not found:
        return None
    kind, kind_span, verb, verb_span, subject = found
    text = article.unquoted
    meeting = Meeting(
        meeting_date=date.start.isoformat(), part_of_day=date.part_of_day,
        meeting_kind=_KIND_NAMES.get(kind.lower(), kind.lower()),
        evidence_text=sentence.text(article.text), span=(sentence.start, sentence.end),
    )
    after_kind = kind_span[1]
    session = _SESSION.match(text, after_kind, sentence.end)
    if session:
        meeting.session_number = _ordinal(session["n"])
        after_kind = session.end()
    meeting.body, body_end = _body(article, after_kind, sentence.end)
    if not meeting.body and subject and verb.lower() in _SUBJECT_IS_BODY:
        meeting.body = subject
    meeting.chair_name, meeting.chair_title = _chair(article, sentence, verb, verb_span)
    meeting.location = _location(article, sentence)
    meeting.format = _format(text[sentence.start:sentence.end])
    meeting.topic = _topic(article, max(body_end, after_kind), sentence.end)
    return meeting


def _held_date(article: Article, sentence: Span, doc_dates: set):
    """The first day date in the sentence, on or before publication, not a document's date."""
    for mention in article.in_range(article.dates, sentence.start, sentence.end):
        if (
            mention.granularity == "day" and mention.relation in (None, "at")
            and mention.start <= article.pub_date and mention.span not in doc_dates
            and not (mention.inferred_year and (article.pub_date - mention.start).days > _MAX_DAYS_WITHOUT_YEAR)
        ):
            return mention
    return None


def _kind_and_verb(article: Article, sentence: Span):
    """(kind, kind_span, verb, verb_span, subject agency or None) of the first held-meeting phrase."""
    text, start, end = article.unquoted, sentence.start, sentence.end
    candidates = []
    for pattern in (_VERB_KIND, _KIND_VERB, _WORKS_WITH):
        for m in pattern.finditer(text, start, end):
            if not _NOT_HELD.search(text, max(start, m.start("verb") - 25), m.start("verb")):
                kind = m.group("kind") if "kind" in m.groupdict() else "buổi làm việc"
                kind_span = m.span("kind") if "kind" in m.groupdict() else m.span("verb")
                candidates.append((m.start(), kind, kind_span, m["verb"], m.span("verb")))
                break
    for agency in article.in_range(article.agencies, start, end):
        m = _AGENCY_MEETS.match(text, agency.end, end)
        if m:
            kind = "phiên họp" if m["kind"] else "họp"
            candidates.append((m.start(), kind, m.span(), "họp", m.span("verb")))
    if not candidates:
        return None
    _, kind, kind_span, verb, verb_span = min(candidates, key=lambda c: c[0])
    if _PLANNED.search(text, start, verb_span[0]) or _NOT_HELD.search(text, max(start, verb_span[0] - 25), verb_span[0]):
        return None
    return kind, kind_span, verb, verb_span, _subject_agency(article, start, verb_span[0])


def _subject_agency(article: Article, floor: int, verb_start: int) -> str | None:
    """"Bộ Chính trị tổ chức ...": the agency ending right before the verb."""
    for agency in reversed(article.in_range(article.agencies, floor, verb_start)):
        gap = article.unquoted[agency.end:verb_start]
        return agency.name if _SUBJECT_GAP.fullmatch(gap) else None
    return None


def _body(article: Article, pos: int, end: int) -> tuple[str | None, int]:
    """The body meeting: "của Ban Chỉ đạo", "Thường trực Ban Chỉ đạo ...", "Bộ Chính trị, Ban Bí thư"."""
    text = article.unquoted
    m = _BODY_LEAD.match(text, pos, end)
    if not m:
        return None, pos
    start = m.end()
    names, body_end = _agency_list(article, start, end)
    prefix = "Thường trực " if m["standing"] else ""
    if names:
        return prefix + ", ".join(names), body_end
    phrase_end = _BODY_STOP.search(text, start, end)
    phrase_end = phrase_end.start() if phrase_end else end
    phrase = text[start:phrase_end].strip()
    if not phrase or not phrase[0].isupper() or SPAM_MARK in phrase or len(phrase.split()) > _MAX_BODY_WORDS:
        return None, pos
    return prefix + _resolve_short_name(article, phrase), phrase_end


def _agency_list(article: Article, pos: int, end: int) -> tuple[list[str], int]:
    """Agencies from `pos` joined by "," or "và": ["Bộ Chính trị", "Ban Bí thư"]."""
    names, i = [], article.token_index_at(pos)
    tokens, last_end = article.tokens, pos
    while i < len(tokens) and tokens[i].start < end:
        match = gazetteer.agencies().match_at(tokens, i)
        if not match:
            break
        names.append(match.name)
        last_end, i = match.end, match.end_tok
        if i + 1 < len(tokens) and tokens[i].text in (",", "và") and gazetteer.agencies().match_at(tokens, i + 1):
            i += 1
            continue
        break
    return names, last_end


def _resolve_short_name(article: Article, phrase: str) -> str:
    """"Ban Chỉ đạo" -> the one agency the article names in full that starts with those words."""
    key = fold(phrase)
    full = {a.name for a in article.agencies if fold(a.name).startswith(key + " ")}
    return full.pop() if len(full) == 1 else phrase


def _chair(article: Article, sentence: Span, verb: str, verb_span: tuple[int, int]) -> tuple[str | None, str | None]:
    """The named person right before "chủ trì" (or before "làm việc", "họp")."""
    chair_at = _CHAIR_VERB.search(article.unquoted, sentence.start, sentence.end)
    anchor = chair_at.start() if chair_at else (verb_span[0] if verb.lower() in ("làm việc", "họp") else None)
    if anchor is None:
        return None, None
    before = [p for p in article.in_range(article.people, sentence.start, anchor) if p.name]
    if not before:
        return None, None
    person = before[-1]
    return person.name, person.title


def _location(article: Article, sentence: Span) -> str | None:
    text = article.unquoted
    m = _LOCATION.search(text, sentence.start, sentence.end)
    if not m:
        return None
    start = end = m.end()
    while True:
        stop = _LOCATION_STOP.search(text, end, sentence.end)
        end = stop.start() if stop else sentence.end
        more = _PLACE_CONTINUES.match(text, end, sentence.end)
        if not more:
            break
        end = more.end()
    location = squash_spaces(text[start:end])
    if not location or article.has_spam(start, end) or len(location.split()) > 15:
        return None
    return location


def _format(sentence_text: str) -> str | None:
    lowered = sentence_text.lower()
    online, in_person = "trực tuyến" in lowered, "trực tiếp" in lowered
    if online and in_person:
        return "trực tiếp kết hợp trực tuyến"
    if online:
        return "trực tuyến"
    if in_person and "hình thức trực tiếp" in lowered:
        return "trực tiếp"
    return None


def _topic(article: Article, pos: int, end: int) -> str | None:
    m = _TOPIC_MARKER.search(article.unquoted, pos, min(end, pos + _TOPIC_WINDOW))
    if not m:
        return None
    start = m.start() if m["marker"].lower() in _TOPIC_KEEPS_MARKER else m.end()
    topic = article.clean_slice(start, end)
    return topic or None


def _ordinal(word: str) -> int | None:
    """"hai" -> 2, "13" -> 13, "mười hai" -> 12, "hai mươi mốt" -> 21, "XV" -> 15."""
    word = word.strip().lower()
    if word.isdigit():
        return int(word)
    roman = _roman(word)
    if roman:
        return roman
    parts = word.split()
    if not parts or not all(p in _NUMBER_WORDS or p == "mươi" for p in parts):
        return None
    if "mươi" in parts:
        tens = _NUMBER_WORDS[parts[0]]
        units = _NUMBER_WORDS.get(parts[-1], 0) if parts[-1] != "mươi" else 0
        return tens * 10 + units
    values = [_NUMBER_WORDS[p] for p in parts]
    return values[0] + sum(values[1:]) if values[0] == 10 else values[0]


def _roman(word: str) -> int | None:
    values = {"i": 1, "v": 5, "x": 10, "l": 50}
    if not word or any(ch not in values for ch in word):
        return None
    total = 0
    for ch, nxt in zip(word, word[1:] + " "):
        total += -values[ch] if nxt in values and values[nxt] > values[ch] else values[ch]
    return total
