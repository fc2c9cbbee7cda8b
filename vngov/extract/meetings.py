"""Meetings reported as held: a dated sentence where a meeting kind is the object of a held-verb.

"Sáng nay 15-10, Tổng Bí thư Tô Lâm chủ trì cuộc họp Thường trực Ban Chỉ đạo ..." is a meeting;
"Hội nghị Trung ương 13 vừa qua" (no date, no verb) and "kể từ phiên họp thứ nhất" are not.
A sentence needs (1) a day date on or before publication that is not a document's issue date, or
"Sáng / Chiều cùng ngày", "Ngay sau đó" (the day of the meeting before), and (2) one of: "<verb>
<kind>" (chủ trì cuộc họp, tổ chức Hội nghị, dự hội nghị, tiến hành phiên họp ...), "<kind> ...
diễn ra / được tổ chức / khai mạc", "<agency> họp" (also a capitalised body outside the
gazetteer), "làm việc với".
Sentences naming the same date are one meeting, later ones only filling missing fields, unless
they give another part of the day or introduce another meeting of the day ("Chiều cùng ngày, ...").
The chair is the person before "chủ trì" / "chủ tọa" (or after "dưới sự chủ trì của", "Chủ trì
hội nghị có"), else the leader who holds a working session, else the one named as chairing it in
one of the next sentences of the paragraph ("... tổ chức hội nghị. Bộ trưởng X chủ trì hội nghị.")
— never who attends and gives directions, nor the chair of a bridge point of an online conference.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import date
from typing import NamedTuple

from vngov.extract.article import Article
from vngov.extract.dates import PART_OF_DAY
from vngov.extract.documents import issued_date_spans
from vngov.extract.normalize import SPAM_MARK, squash_spaces
from vngov.extract.segment import Span

_I = re.IGNORECASE
# "họp báo" (press conference) and "họp mặt" (get-together) are not meetings that decide things.
_KIND = r"cuộc họp|phiên họp|kỳ họp|hội nghị|hội thảo|tọa đàm|toạ đàm|buổi làm việc|cuộc làm việc|họp(?!\s+(?:báo|mặt)\b)"
_KIND_NAMES = {"họp": "cuộc họp", "toạ đàm": "tọa đàm", "cuộc làm việc": "buổi làm việc"}
_VERB_KIND = re.compile(
    rf"\b(?P<verb>đồng chủ trì|chủ trì|chủ tọa|chủ toạ|điều hành|kết luận|tổ chức|tham dự|dự|khai mạc|bế mạc|triệu tập|tiến hành"
    rf"|tiếp tục)"
    rf"\s+(?:(?:thành công|trọng thể|long trọng)\s+)?(?P<kind>{_KIND})\b", _I)
_KIND_VERB = re.compile(
    rf"\b(?P<kind>{_KIND})\b[^.;]{{0,150}}?\b(?P<verb>diễn ra|được tổ chức|khai mạc|bế mạc)\b", _I)
# "tại cuộc họp về ..., do Thủ tướng X chủ trì ngày 30/8": the chair after the kind.
_KIND_CHAIRED_BY = re.compile(
    rf"\b(?P<kind>{_KIND})\b[^.;]{{0,200}}?\bdo\s+[^.;]{{1,120}}?\s(?P<verb>chủ trì|chủ tọa|chủ toạ)\b", _I)
_BODY_MEETS = re.compile(
    r"(?P<before>\w+)\s+(?:đã\s+|vừa\s+)?(?P<verb>họp)\b(?!\s+(?:báo|mặt)\b)(?:\s+(?P<kind>phiên|kỳ))?", _I)
# Words before "họp" that make it a noun ("cuộc họp", "phòng họp") or not a report ("sẽ họp").
_NOT_A_MEETER = {"cuộc", "phiên", "kỳ", "buổi", "phòng", "hội", "sẽ", "khi", "để", "trước", "sau", "không", "chưa",
                 "sắp", "kiến", "lịch", "giờ", "đi", "tới", "đến", "cho", "trong", "các", "những"}
_AGENCY_MEETS = re.compile(r"\s+(?:đã\s+|vừa\s+)?(?P<verb>họp)\b(?!\s+(?:báo|mặt)\b)(?:\s+(?P<kind>phiên|kỳ))?", _I)
# "Bộ Chính trị tổ chức Hội nghị", "Quốc hội khai mạc Kỳ họp": the subject is the meeting body.
_SUBJECT_IS_BODY = {"tổ chức", "họp", "khai mạc", "bế mạc", "triệu tập"}
_WORKS_WITH = re.compile(r"\b(?P<verb>làm việc)\s+với\b", _I)
_NOT_HELD = re.compile(r"\b(?:sẽ|dự kiến|chuẩn bị|sắp|chưa|không)\s+(?:\w+\s+)?$", _I)
# Anywhere before the verb, these make the sentence an announcement, not a report.
_PLANNED = re.compile(r"\b(?:theo kế hoạch|dự kiến|sẽ)\b", _I)
# A meeting date written without its year must be recent: news reports meetings within days,
# and an old-looking date is more likely a future date read with the wrong year.
_MAX_DAYS_WITHOUT_YEAR = 120
_CHAIR_VERB = re.compile(r"\b(?:đồng\s+)?chủ\s+(?:trì|tọa|toạ)\b", _I)
# "... chủ trì hội nghị." / "... chủ trì." : the chair of the meeting, not "chủ trì, phối hợp ...".
_CHAIR_ENDS = re.compile(rf"\s*(?:[.!…]|$|(?:{_KIND}|phiên)\b)", _I)  # "chủ trì phiên bế mạc"
_BRIDGE_POINT = re.compile(r"điểm cầu")
# "dưới sự chủ trì của Thủ tướng ...": the chair named after the noun.
_CHAIR_NOUN = re.compile(r"\bsự\s+$", _I)
_CHAIRED_BY = re.compile(r"\s+của\s+", _I)
# "Chủ trì hội nghị có / là (đồng chí) ...": after the verb, the kind, then the person.
_CHAIR_THEN_NAME = re.compile(rf"(?:\s+(?:{_KIND})\b)?\s*(?:có|là)?\s*(?:[,:]\s*)?", _I)
_CHAIR_LOOKAHEAD = 3
# Who holds the meeting when no one is said to chair it: the leader who works with, meets as,
# concludes or runs it ("Thủ tướng ... kết luận phiên họp", "điều hành phiên họp").
_HOLDER_VERBS = {"làm việc", "họp", "kết luận", "điều hành"}
# "Kết luận phiên họp, Thủ tướng ...", "Phát biểu kết luận hội nghị, đồng chí ...": the one who
# concludes a meeting chairs it.
_CONCLUDES_WITHIN = 30
_CONCLUDES = re.compile(rf"(?:\([^)]{{1,30}}\)\s*[-–—]\s*)?(?:phát biểu\s+)?(?:kết luận|bế mạc)\s+(?P<kind>{_KIND})\b[^,.;:]{{0,80}}?,\s*", _I)  # sentences after the meeting sentence where its chair may be named
# "Chiều cùng ngày", "Cùng ngày": near the start of a sentence, the day of the meeting before.
_SAME_DAY = re.compile(r"(?:(?P<pod>sáng|trưa|chiều|tối)\s+)?cùng ngày\b|ngay sau (?:đó|cuộc họp|hội nghị|phiên họp)\b")
_SAME_DAY_WINDOW = 40
_CLOSING_VERBS = {"bế mạc"}
_NOT_FILLED = {"span", "evidence_text", "meeting_date", "closing", "another"}  # kept from the first mention
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
_CHAIR_GAP = re.compile(r"\s*,?\s*(?:đã\s+|vừa\s+|cũng\s+)?(?:(?:tham\s+)?dự\s+và\s+)?", _I)  # "dự và chủ trì"
_APPOSITIVE_GAP = re.compile(r"\s*,?\s*(?P<app>[A-ZĐÀ-Ỹ][^,.;:]{0,60}?)\s*,?\s*(?:(?:đã|vừa|cũng)\s+)?"
                             r"(?:(?:tham\s+)?dự\s+và\s+)?")
_MAX_APPOSITIVE_WORDS = 9


def _chair_gap(gap: str) -> bool:
    """Between a person and "chủ trì": nothing, adverbs, or the rest of an appositive the person
    mention did not take in ("Nguyễn Văn Tùng, Trưởng Ban[ Chỉ huy,] chủ trì", "…, Chủ tịch UBND
    tỉnh[, Trưởng đoàn Đại biểu Quốc hội tỉnh] chủ trì")."""
    if _CHAIR_GAP.fullmatch(gap):
        return True
    m = _APPOSITIVE_GAP.fullmatch(gap)
    return bool(m) and len(m["app"].split()) <= _MAX_APPOSITIVE_WORDS


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
    closing: bool = field(default=False, repr=False)  # "bế mạc": reports the end of a meeting
    another: bool = field(default=False, repr=False)  # dated by "cùng ngày": not the meeting before

    def _values(self) -> dict:
        # every field holds a str, number, bool, None or tuple: dataclasses.asdict's deep copy
        # (several times slower) would give the same values
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def to_dict(self) -> dict:
        data = self._values()
        del data["span"], data["closing"], data["another"]
        return data

    def fill_from(self, other: "Meeting") -> None:
        for name, value in other._values().items():
            if name not in _NOT_FILLED and getattr(self, name) is None:
                setattr(self, name, value)


def find_meetings(article: Article) -> list[Meeting]:
    doc_dates = set(issued_date_spans(article))
    meetings: list[Meeting] = []
    sentences = article.sentences
    for n, sentence in enumerate(sentences):
        meeting = _meeting_in(article, sentence, doc_dates, meetings[-1] if meetings else None)
        if not meeting:
            continue
        if not meeting.chair_name:
            groups = _parallel_sessions(article, sentences, n, meeting)
            if groups:  # "hai tổ công tác ... đồng thời làm việc ...": one meeting per group
                meetings.extend(groups)
                continue
            meeting.chair_name, meeting.chair_title = _chair_after(article, sentences, n)
        same_day = [m for m in meetings if m.meeting_date == meeting.meeting_date]
        other = _same_event(same_day, meeting)
        if other:
            other.fill_from(meeting)
        else:
            meetings.append(meeting)
    meetings.sort(key=lambda m: m.span)
    meetings = _without_background_dates(article, meetings)
    _chairs_who_conclude(article, meetings)
    return meetings


# "Kỳ họp khai mạc ngày 23/10", "Hội nghị này diễn ra ...": the bare kind, then what happened to it.
_ANAPHORIC_KIND = re.compile(
    rf"\s*(?:{_KIND})\s+(?:này\s+|lần này\s+)?(?:đã\s+)?(?:khai mạc|bế mạc|diễn ra|kéo dài|bắt đầu|kết thúc"
    rf"|được tổ chức|được khai mạc)\b", _I)


def _without_background_dates(article: Article, meetings: list[Meeting]) -> list[Meeting]:
    """"Kỳ họp khai mạc ngày 23/10 ..." after the report of its closing: a sentence that opens with
    the bare kind word (no number, body or chair) speaks of the meeting already reported, on another
    of its days; it is not another meeting."""
    kept: list[Meeting] = []
    for m in meetings:
        opens_with_kind = _ANAPHORIC_KIND.match(article.unquoted, m.span[0], m.span[1])
        same_kind_before = any(k.meeting_kind == m.meeting_kind and k.meeting_date != m.meeting_date for k in kept)
        if opens_with_kind and same_kind_before and not (m.body or m.session_number or m.chair_name):
            continue
        kept.append(m)
    return kept


def _same_event(same_day: list[Meeting], meeting: Meeting) -> Meeting | None:
    """The meeting of that day this sentence reports again, or None for another meeting.

    Two meetings on one day are told apart by the part of the day ("Sáng 12/2 ... Chiều cùng
    ngày ..."), unless the later sentence only closes or continues the first one."""
    if not same_day or meeting.another:
        return None
    for other in same_day:
        if meeting.part_of_day is None or other.part_of_day in (None, meeting.part_of_day):
            return other
    if meeting.meeting_kind in {m.meeting_kind for m in same_day} and meeting.closing:
        return same_day[0]
    return None


def _meeting_in(article: Article, sentence: Span, doc_dates: set, previous: "Meeting | None") -> Meeting | None:
    date = _held_date(article, sentence, doc_dates) or _same_day(article, sentence, previous)
    if not date:
        return None
    found = _kind_and_verb(article, sentence) or _kind_chaired_next(article, sentence)
    if not found:
        return None
    kind, kind_span, verb, verb_span, subject = found
    text = article.unquoted
    meeting = Meeting(
        meeting_date=date.start.isoformat(), part_of_day=date.part_of_day,
        meeting_kind=_KIND_NAMES.get(kind.lower(), kind.lower()),
        evidence_text=sentence.text(article.text), span=(sentence.start, sentence.end),
    )
    meeting.closing = verb.lower() in _CLOSING_VERBS
    meeting.another = getattr(date, "another", False)
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


class _SameDay(NamedTuple):
    start: date
    part_of_day: str | None
    another: bool = True  # "Cùng ngày, ..." introduces another meeting of that day


def _same_day(article: Article, sentence: Span, previous: "Meeting | None") -> _SameDay | None:
    """"Chiều cùng ngày, ..." / "Cùng ngày, ...": the day of the meeting reported just before."""
    if previous is None:
        return None
    window_end = min(sentence.end, sentence.start + _SAME_DAY_WINDOW)
    lowered = article.lower
    if all(lowered.find(cue, sentence.start, window_end) < 0 for cue in ("cùng ngày", "ngay sau")):
        return None
    m = _SAME_DAY.search(article.lower, sentence.start, min(sentence.end, sentence.start + _SAME_DAY_WINDOW))
    if not m:
        return None
    return _SameDay(date.fromisoformat(previous.meeting_date), PART_OF_DAY.get(m["pod"] or ""))


def _chair_after(article: Article, sentences: list[Span], n: int) -> tuple[str | None, str | None]:
    """"<Body> tổ chức Hội nghị ... . <Title> <Name> chủ trì hội nghị.": the chair named in one of
    the next sentences of the paragraph or of the paragraph after, in a sentence of its own that
    is about this meeting (no date of its own, not the chair of a bridge point of an online
    conference)."""
    para = article.paragraph_of(sentences[n].start)
    if para is None:
        return None, None
    next_para = next((p for p in article.paragraphs if p.start >= para.end), None)
    limit = next_para.end if next_para else para.end
    text = article.unquoted
    for sentence in sentences[n + 1:n + 1 + _CHAIR_LOOKAHEAD]:
        if sentence.start >= limit:
            break
        m = _CHAIR_VERB.search(text, sentence.start, sentence.end)
        if (not m or not _CHAIR_ENDS.match(text, m.end(), sentence.end)
                or _BRIDGE_POINT.search(article.lower, sentence.start, sentence.end)):
            continue
        if any(d.granularity == "day" for d in article.in_range(article.dates, sentence.start, sentence.end)):
            break
        named_after = _chair_named_after(article, m, sentence)
        if named_after:
            return named_after
        person = _subject_person(article, sentence.start, m.start())
        if person:
            return person.name, person.title
    return None, None


# ", Ủy viên Bộ Chính trị, ", " - Phó Bí thư Tỉnh ủy, ", ", Quyền ": between a named person and the titles after.
_APPOSITIVES = re.compile(r"\s*[,–-]\s*(?:[A-ZĐÀ-Ỹ](?:[^,.;:]|\.(?=\S)){0,80},\s*)*(?:(?:Quyền|Nguyên|Tân)\s+)?")  # "UVT.Ư Đảng"


def _subject_person(article: Article, floor: int, verb_start: int):
    """The named person who is the subject of the verb at verb_start: the mention right before it,
    or, when that is a bare title closing a row of appositives ("Đại tướng Lương Tam Quang, Ủy viên
    Bộ Chính trị, ..., Bộ trưởng Bộ Công an chủ trì"), the named person who opens the row."""
    people = article.in_range(article.people, floor, verb_start)
    if not people or not _chair_gap(article.unquoted[people[-1].end:verb_start]):
        return None
    i = len(people) - 1
    while not people[i].name and i > 0 and _APPOSITIVES.fullmatch(article.unquoted, people[i - 1].end, people[i].start):
        i -= 1
    # "Các đồng chí: A, Bí thư Tỉnh ủy; B, ...; C, Chủ tịch UBND tỉnh chủ trì": co-chairs, the first named
    listed = _CO_CHAIRS.search(article.unquoted, floor, people[i].start)
    if listed:
        first = next((p for p in people if p.start >= listed.end() and p.name), None)
        if first and article.unquoted.count(";", listed.end(), people[i].start) >= 1:
            return first
    return people[i] if people[i].name else None


_CO_CHAIRS = re.compile(r"(?:[Cc]ác đồng chí|[Đđ]ồng chí)\s*:\s*")


# "Tổ công tác số 2 do Thủ tướng X chủ trì làm việc với ...": a group's session, chaired.
_GROUP_SESSION = re.compile(r"\bdo\s+(?P<who>[^.;]{3,160}?)\s+(?:chủ trì|chủ tọa|chủ toạ|làm trưởng đoàn)\b"
                            r"(?=[^.;]{0,40}?\b(?:làm việc|họp)\b)", _I)
# The dated sentence speaks of several groups: "hai tổ công tác", "các đoàn công tác", "ba đoàn kiểm tra".
_SEVERAL_GROUPS = re.compile(r"\b(?:hai|ba|bốn|năm|các|\d)\s+(?:tổ công tác|đoàn công tác|đoàn kiểm tra|đoàn giám sát|tiểu ban)\b", _I)


def _parallel_sessions(article: Article, sentences: list[Span], n: int, meeting: Meeting) -> list[Meeting]:
    """Several groups meeting on one day, each chaired by its own leader, reported one sentence a
    group after the dated sentence: one meeting per group, dated by that sentence."""
    if not _SEVERAL_GROUPS.search(article.unquoted, sentences[n].start, sentences[n].end):
        return []
    found = []
    for sentence in sentences[n + 1:n + 1 + _CHAIR_LOOKAHEAD + 1]:
        if any(d.granularity == "day" for d in article.in_range(article.dates, sentence.start, sentence.end)):
            break
        m = _GROUP_SESSION.search(article.unquoted, sentence.start, sentence.end)
        person = next((p for p in article.in_range(article.people, m.start("who"), m.end("who")) if p.name), None) if m else None
        if person:
            found.append(Meeting(
                meeting_date=meeting.meeting_date, part_of_day=meeting.part_of_day, meeting_kind="buổi làm việc",
                body=article.clean_slice(sentence.start, m.start()) or None, chair_name=person.name,
                chair_title=person.title, location=meeting.location, evidence_text=sentence.text(article.text),
                span=(sentence.start, sentence.end), another=True))
    return found if len(found) >= 2 else []


def _chairs_who_conclude(article: Article, meetings: list[Meeting]) -> None:
    """A meeting with no chair named gets the person who concludes it ("Kết luận phiên họp, Thủ
    tướng yêu cầu ..."), when that sentence follows it and no other meeting of its kind lies between."""
    if not any(m.chair_name is None for m in meetings):
        return
    for sentence in article.sentences:
        # at the opening of the sentence, after a dateline or a date ("Ngày 23/2, phát biểu bế mạc ...")
        m = _CONCLUDES.search(article.unquoted, sentence.start, sentence.end)
        if m and m.start() - sentence.start > _CONCLUDES_WITHIN:
            m = None
        person = article.people_at(m.end()) if m else None
        if not person or not person.name:
            continue
        kind = _KIND_NAMES.get(m["kind"].lower(), m["kind"].lower())
        before = [x for x in meetings if x.span[0] <= sentence.start and x.meeting_kind == kind]
        if before and before[-1].chair_name is None:
            before[-1].chair_name, before[-1].chair_title = person.name, person.title


def _kind_and_verb(article: Article, sentence: Span):
    """(kind, kind_span, verb, verb_span, subject agency or None) of the first held-meeting phrase."""
    text, start, end = article.unquoted, sentence.start, sentence.end
    candidates = []
    for pattern in (_VERB_KIND, _KIND_VERB, _KIND_CHAIRED_BY, _WORKS_WITH):
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
        named = _named_body_meets(text, start, end)
        if named:
            candidates.append(named)
    if not candidates:
        return None
    _, kind, kind_span, verb, verb_span = min(candidates, key=lambda c: c[0])
    if _PLANNED.search(text, start, verb_span[0]) or _NOT_HELD.search(text, max(start, verb_span[0] - 25), verb_span[0]):
        return None
    return kind, kind_span, verb, verb_span, _subject_agency(article, start, verb_span[0])


# "Chiều 29/5, UBND tỉnh tiếp tục thảo luận các nội dung ... . Đồng chí X chủ trì hội nghị.": a dated
# sentence of deliberation whose meeting kind is named only by the chair sentence after it.
_DELIBERATES = re.compile(r"\b(?:thảo luận|cho ý kiến|xem xét|nghe báo cáo|bàn về|bàn giải pháp)\b", _I)
_CHAIRS_KIND = re.compile(rf"\b(?:chủ trì|chủ tọa|chủ toạ)\s+(?P<kind>{_KIND})\b", _I)


def _kind_chaired_next(article: Article, sentence: Span):
    if not _DELIBERATES.search(article.unquoted, sentence.start, sentence.end):
        return None
    para = article.paragraph_of(sentence.start)
    following = article.in_range(article.sentences, sentence.end, para.end)[:2] if para else []
    for nxt in following:
        if any(d.granularity == "day" for d in article.in_range(article.dates, nxt.start, nxt.end)):
            return None
        m = _CHAIRS_KIND.search(article.unquoted, nxt.start, nxt.end)
        if m:
            # the verb is "chủ trì" in the next sentence: the chair is read from there (_chair_after)
            return m["kind"], m.span("kind"), "tổ chức", (sentence.start, sentence.start), None
    return None


def _named_body_meets(text: str, start: int, end: int):
    """"Chiều 14/1, Ban Chỉ đạo Trung ương về phòng, chống tham nhũng họp phiên thứ ba": a body that
    is not in the gazetteer, as the subject of "họp": a capitalised head noun (Ban, Ủy ban, Tổ ...)
    opening the clause before "họp", whose name may hold commas ("phòng, chống")."""
    for m in _BODY_MEETS.finditer(text, start, end):
        capitalised_name = m["before"][0].isupper() and m.start() > start  # "Hải Phòng họp", not "phòng họp"
        if m["before"].lower() in _NOT_A_MEETER and not capitalised_name:
            continue
        window = max(start, m.start() - _BODY_WINDOW)
        heads = [h for h in _BODY_HEAD.finditer(text, window, m.start("verb"))
                 if h.start() == start or text[h.start() - 2:h.start()] in (", ", ": ", "- ") or text[h.start() - 1] in "\n("]
        for head in heads:
            subject = text[head.start():m.start("verb")].strip()
            words = subject.split()
            if len(words) <= _MAX_SUBJECT_WORDS and SPAM_MARK not in subject and not re.search(r"[.;:!?]", subject):
                kind = "phiên họp" if m["kind"] else "họp"
                return m.start("verb"), kind, m.span("verb"), "họp", m.span("verb")
    return None


# Head nouns of collective bodies, capitalised: "Ban Chỉ đạo ...", "Tổ công tác ...", "Hội đồng ...".
_BODY_HEAD = re.compile(r"(?:Thường trực|Thường vụ|Ban|Ủy ban|Uỷ ban|Tổ|Hội đồng|Đảng ủy|Đảng uỷ|Đoàn|Bộ|Tỉnh ủy|Thành ủy"
                        r"|Huyện ủy|Chính phủ|Quốc hội|UBND|HĐND|Văn phòng|Cục|Sở)\b")
_BODY_WINDOW = 300
_MAX_SUBJECT_WORDS = 40  # syllables: "Ban Chỉ đạo thực hiện sắp xếp, tổ chức lại ... 2 cấp" has 29


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
    return prefix + article.full_agency_name(phrase), phrase_end


def _agency_list(article: Article, pos: int, end: int) -> tuple[list[str], int]:
    """Agencies from `pos` joined by "," or "và": ["Bộ Chính trị", "Ban Bí thư"]."""
    names, i = [], article.token_index_at(pos)
    tokens, last_end = article.tokens, pos
    while i < len(tokens) and tokens[i].start < end:
        match = article.agency_at(i)
        if not match:
            break
        names.append(match.name)
        last_end, i = match.end, match.end_tok
        if i + 1 < len(tokens) and tokens[i].text in (",", "và") and article.agency_at(i + 1):
            i += 1
            continue
        break
    return names, last_end


def _chair(article: Article, sentence: Span, verb: str, verb_span: tuple[int, int]) -> tuple[str | None, str | None]:
    """The named person right before "chủ trì" (or before "làm việc", "họp"), or right after
    "dưới sự chủ trì của"."""
    chair_at = _CHAIR_VERB.search(article.unquoted, sentence.start, sentence.end)
    if chair_at:
        named_after = _chair_named_after(article, chair_at, sentence)
        if named_after:
            return named_after
        of = _CHAIRED_BY.match(article.unquoted, chair_at.end(), sentence.end)
        person = article.people_at(of.end()) if of else None
        if of and _CHAIR_NOUN.search(article.unquoted, max(sentence.start, chair_at.start() - 6), chair_at.start()):
            return (person.name, person.title) if person and person.name else (None, None)
    anchor = chair_at.start() if chair_at else (verb_span[0] if verb.lower() in _HOLDER_VERBS else None)
    if anchor is None:
        return None, None
    before = [p for p in article.in_range(article.people, sentence.start, anchor) if p.name]
    if not before:
        return None, None
    person = before[-1]
    listed = _CO_CHAIRS.search(article.unquoted, sentence.start, person.start)
    if listed and article.unquoted.count(";", listed.end(), person.start):
        person = next(p for p in before if p.start >= listed.end())  # "các đồng chí: A, ...; B, ... làm việc với"
    if not chair_at and verb.lower() == "họp" and not _SUBJECT_GAP.fullmatch(article.unquoted, person.end, anchor):
        return None, None  # "Bộ trưởng X cho biết ...; chiều qua, Ban Chỉ đạo đã họp": X is not its chair
    return person.name, person.title


def _chair_named_after(article: Article, chair_at: re.Match, sentence: Span) -> tuple[str, str | None] | None:
    """"Chủ trì hội nghị có đồng chí Võ Văn A, Chủ tịch UBND tỉnh" (the verb opens the clause)."""
    if article.unquoted[sentence.start:chair_at.start()].strip(" ,:-–"):
        before = article.unquoted[max(sentence.start, chair_at.start() - 3):chair_at.start()]
        if not before.rstrip().endswith(","):
            return None
    m = _CHAIR_THEN_NAME.match(article.unquoted, chair_at.end(), sentence.end)
    person = article.people_at(m.end()) if m else None
    return (person.name, person.title) if person and person.name else None


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
