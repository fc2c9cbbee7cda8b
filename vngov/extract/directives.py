"""Directives: who instructed whom to do what, and by when.

Three shapes are read (the labelling rules are tests/gold/README.md):
  * active:  "<issuer> yêu cầu / đề nghị / giao / chỉ đạo <addressees> <action>", where the issuer
             is a person ("Tổng Bí thư Tô Lâm", "Tổng Bí thư", "Ông Trung", "Đồng chí" resolved from
             the article) or an agency right before the verb; also a reporting verb followed by an
             imperative task ("chỉ rõ, khẩn trương ..."). Not: "giao" with nothing assigned ("kế
             hoạch Thủ tướng giao"), a relative clause, a request to a higher level ("UBND tỉnh đề
             nghị Bộ Tài chính ..."). Read from reported speech (quotations are blanked);
  * passive: "<agent> được (<person>) giao <action>" (addressees = the agencies of the subject);
  * modal:   "<agent> cần / phải <action>" (see subjects.py for what an agent subject is) in the
             directions someone gives: named in a lead-in ("Theo ông Trung, ...", "Thủ tướng nhấn
             mạnh ..."), the person a quotation is attributed to, or else the speaker of this or the
             paragraphs just before, or the chair of the meeting reported. Descriptions ("đã phải",
             "phải đối mặt"), conditions ("Nếu ...") and what a report says ("Theo báo cáo, ...") are
             not directives.
A list after the verb ("yêu cầu: a; b; c", "...; Ban Cán sự Đảng UBND tỉnh rà soát ...", or "yêu cầu:"
and one "- " line per task; "... hoàn thành trước ngày 30/9 ba nhiệm vụ: a; b", "Những việc phải xong
trong tháng 7 gồm: a; b") gives one directive per item, each with the lead-in's time limit; an item
that opens with its own agency or group is addressed to it. The issuer may be a collective body
("Thường trực Chính phủ", "Ban Chỉ đạo ..."); a passive's issuer is whoever gives the directions
there, or the one whose conclusions a notice relays. Imperative sentences and "<agency> chủ trì ..."
sentences right after someone's directives continue them; a lede that the body restates is read once.
Headlines and page chrome before the story are not read.
Deadlines are the date expressions inside an item that set a time limit (see `_deadlines`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from vngov.extract import gazetteer, lexicon
from vngov.extract.article import Article
from vngov.extract.dates import DateMention
from vngov.extract.normalize import SPAM_MARK, fold
from vngov.extract.segment import Span, split_top_level, top_level
from vngov.extract.subjects import Subject, agent_subject

_I = re.IGNORECASE
# _VERB, _POINTS_OUT and _MODAL run on Article.lower (lower-cased, no leading \b: see word_matches).
# "giao" and "chỉ đạo" are often nouns or parts of other words: "giao thông", "chỉ đạo của".
_VERB = re.compile(
    r"(?P<verb>yêu cầu|đề nghị|chỉ đạo|phân công|giao)\b(?!\s+của\b)")
# "giao thông", "giao ban", "giao dịch" ...: compounds, unless the next word is capitalised ("giao Ban
# Quản lý dự án ...": an addressee).
_GIAO_COMPOUND = re.compile(r"\s+(?:thông|dịch|lưu|ban(?!\s+(?:thường vụ|chỉ đạo|quản lý|cán sự|tổ chức|tuyên giáo"
                            r"|dân vận|kinh tế|nội chính|kiểm tra|chấp hành)\b)|tiếp|hữu|thương|nhận|hàng|đất|thoa|diện"
                            r"|kết|điểm)\b")
# A reporting verb is an instruction only when an imperative clause with no subject of its own
# follows: "chỉ rõ, khẩn trương ...", "nhấn mạnh phải sớm ban hành ...", not "nêu rõ phải thống
# nhất nhận thức" (a view, not a task) nor "nhấn mạnh thời gian còn lại không nhiều".
_URGENT = r"khẩn trương|tập trung|sớm|kiên quyết|quyết liệt|đẩy mạnh|tăng cường|hoàn thành|khẩn cấp|tuyệt đối"
_TASK = (r"hoàn thiện|rà soát|ban hành|xây dựng|triển khai|sắp xếp|xử lý|bố trí|chủ động|tiếp tục|thực hiện"
         r"|nghiên cứu|tổ chức|bảo đảm|đảm bảo|nâng cao|cải thiện|giải quyết|tháo gỡ|trình|báo cáo|đưa|chuyển hóa"
         r"|kiểm tra|thanh tra|công bố|lập|hoàn tất|phấn đấu|không để")
_POINTS_OUT = re.compile(
    rf"(?P<verb>chỉ rõ|nêu rõ|nhấn mạnh|lưu ý)(?=\s*[,:]?\s*(?:(?:{_URGENT})\b|(?:cần phải|cần|phải)\s+(?:{_URGENT}|{_TASK})\b)"
    rf"|\s*[,:]\s*(?:tiếp tục)\b)")
# On Article.lower_masked: "được (<person>) giao / yêu cầu ..." after a subject.
_PASSIVE = re.compile(r"được\s+(?:(?P<by>[^,.;\n]{1,60}?)\s+)??(?P<verb>giao|yêu cầu|đề nghị|chỉ đạo)\b")
# "phải đối mặt / hứng chịu / đóng cửa ...": "have to" in a description of hardship, not an instruction;
# "cần vốn / thêm / khoảng ...": a need, not a task.
_MODAL = re.compile(rf"(?P<verb>cần phải|cần|phải|có trách nhiệm)\b(?!\s+(?:thiết|chăng|không)\b)"
                    rf"(?!\s+được\b(?!\s+(?:{_URGENT})\b))(?!\s*\d)"
                    r"(?!\s+(?:đối mặt|gánh|hứng chịu|chịu cảnh|chịu thiệt|đóng cửa|tạm dừng|dừng|cắt giảm|vay|bỏ ra"
                    r"|mất|chờ|xếp hàng|nhờ|đi vòng|nhập khẩu|bán|thuê"
                    r"|vốn|tiền|kinh phí|nguồn|thêm|sự|những|khoảng|hơn|nhiều|một số|thời gian|tới|đến)\b)")
# A modal after these words describes what happens, or is denied: "buộc phải", "sẽ phải", "không cần".
_MODAL_NOT_AFTER = re.compile(r"(?:buộc|đã|sẽ|đành|bị|vẫn|lại|không|chưa|chẳng)\s+$")
# A subject that names tasks rather than who does them, obliged with an urgency word after the
# modal: "các nhiệm vụ của năm 2025 phải kiên quyết ...", "bộ tiêu chí đánh giá cần được khẩn trương ...".
_TASK_SUBJECT = re.compile(
    r"\s*(?:song song|đồng thời|vì vậy|do đó)?\s*,?\s*(?:các|những|toàn bộ|mọi)?\s*(?:nhiệm vụ|việc|công việc|dự án|công trình|đề án"
    r"|bộ tiêu chí|bộ quy chuẩn|quy chuẩn|tiêu chuẩn|chương trình|kế hoạch|giải pháp|chỉ tiêu)\b[^,;:.\"“”]{0,60}?\s*")
_URGENT_AFTER = re.compile(rf"\s+(?:được\s+)?(?:{_URGENT})\b")
# "Theo <X>, <subject> cần ...": X is the speaker when a person, or a document whose issuer speaks.
_THEO = re.compile(r"theo\s+(?P<x>[^,.;:]{1,60}?)\s*,\s*")
# "Theo văn bản, ...": the instruction letter the article reports, issued by the speaker before.
# Not "Theo kế hoạch / Kết luận số ...": what a plan or a document says is no one's directive.
_DOCUMENT_WORDS = re.compile(r"(?:văn bản|công điện|chỉ thị|thông báo|công văn)\b")
# "<person> nhấn mạnh <subject> phải ...": a reporting verb between the speaker and the subject.
_REPORTING = re.compile(
    r"\s*(?:,[^,;:.]{1,120},\s*)?(?:(?:cũng|đã|còn|tiếp tục)\s+)*(?:nhấn mạnh|lưu ý|nêu rõ|chỉ rõ|cho rằng|khẳng định"
    r"|nhắc nhở|phát biểu|kết luận|nói|đề nghị|yêu cầu|chỉ đạo|quán triệt|cho biết)(?:\s+(?:thêm|rằng|là))?\s*[,:]?\s*", _I)
# After a quotation: '"...", Thủ tướng nói.' / '"..." - Tổng Bí thư nhấn mạnh.'
_QUOTE_TAIL = re.compile(r"\s*[,.]?\s*(?:[-–—]\s*)?")
_QUOTE_SPEECH = re.compile(r"\s*(?:(?:cũng|đã)\s+)*(?:nói|nhấn mạnh|lưu ý|yêu cầu|chỉ đạo|khẳng định|nhắc nhở|phát biểu"
                           r"|đề nghị|kết luận|chỉ rõ|nêu rõ)\b", _I)
# A ";"-clause that opens like this reports or contrasts rather than adds a task.
_NOT_A_TASK = re.compile(
    r"\s*(?:tuy nhiên|nhưng|song|trong khi|hiện nay|hiện|đến nay|năm|theo|nếu|khi|do|vì|bởi|mặc dù|riêng|còn|đây"
    r"|đó|nhiều|một số|hầu hết|phần lớn|người|chúng ta|tôi)\b|\s*\S+(?:\s+\S+){0,3}\s+(?:đã|đang|sẽ|được|bị|là)\b")
_CONDITION = re.compile(r"[\"“]?\s*(?:nếu|khi|trường hợp|giả sử)\b")
# "kế hoạch Thủ tướng giao", "nhiệm vụ do Bộ trưởng yêu cầu": the verb of a relative clause.
_RELATIVE_BEFORE = re.compile(r"(?:\bdo|\bmà|kế hoạch|nhiệm vụ|chỉ tiêu|vốn|mục tiêu|việc|công việc|những gì)\s+$", _I)
_COUNTED_TASKS = r"\d[\d.,]*\s+(?:nhiệm vụ|đề án|chỉ tiêu|việc|văn bản|dự án)"  # "9.831 nhiệm vụ"
_ASSIGNED_COUNT = re.compile(rf"đã giao\b[^.;]{{0,60}}?{_COUNTED_TASKS}")
_CONNECTIVE = re.compile(r",\s*(?:vì vậy|vì thế|do đó|do vậy|cho nên|nên|từ đó|qua đó|đồng thời)\s*,?\s*")
_COUNT_AFTER = re.compile(rf"\s+(?:tổng cộng\s+|tổng số\s+)?{_COUNTED_TASKS}")
_PROPOSED = re.compile(r"\b(?:kiến nghị|đề xuất|xin|đề nghị|mong muốn|kiến nghị với)\s+$", _I)
_NO_OBJECT = re.compile(r"\s*(?:[,.;)]|$)")
# The marks that open the items of a list written as lines: "- ", "+ ", "• ", "1. ", "a) ", "(2) ",
# "Thứ hai, ", "Ba là, ".
_LIST_MARK = re.compile(
    r"(?:[-–—+•*]|\d{1,2}[.)]|[a-zđ]\)|\(\d{1,2}\))\s+"
    r"|(?:Thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là),\s*")
_SPEAKER_PARAGRAPHS = 3  # a speaker's directions run on over this many paragraphs at most
_ADVERBS = r"cũng|đã|vừa|thì|tiếp tục|đồng thời|còn|lại|đều|liên tục|kiên quyết|một lần nữa|đặc biệt"
# Between an issuer and the verb: an optional ", <appositive>," and adverbs.
# "Bộ Tài chính (vừa) có văn bản (số 123/BTC-NSNN) (gửi các địa phương) đề nghị ...": the letter is the
# issuer's words.
_LETTER = (r"(?:(?:vừa|đã)\s+)?(?:có|gửi|ban hành|ký)\s+(?:văn bản|công văn|công điện|thông báo|chỉ thị)"
           r"(?:\s+số\s+\S+)?(?:\s+gửi\s+[^,;:.]{1,80}?)?\s*,?\s+")
_ISSUER_GAP = re.compile(rf"\s*(?:,\s*(?P<appositive>[^,;:.]{{1,120}}),\s*)?(?:{_LETTER})?(?:(?:{_ADVERBS})\s+)*", _I)
_PASSIVE_BEFORE = re.compile(r"\bđược\s+$", _I)
_LEAD_IN = re.compile(
    r"[\s\"“-]*(?:(?:đồng thời|trong đó|ngoài ra|bên cạnh đó|theo đó|theo kết luận|theo thông báo|theo chỉ đạo|riêng|chính vì vậy|vì vậy|vì thế|do đó|do vậy"
    r"|mặt khác|trước mắt|thời gian tới|sắp tới|tới đây|cùng với đó|song song với đó)\s*,?\s*)?", _I)
_SPEECH_VERB = re.compile(
    r"\s*(?:,[^,;:.]{1,120},\s*)?(?:(?:cũng|đã)\s+)*(?:nêu rõ|nhấn mạnh|đề nghị|yêu cầu|chỉ đạo|lưu ý|phát biểu"
    r"|khẳng định|chỉ rõ|kết luận|nói|nhận định|cho rằng|nhắc nhở|quán triệt)\b", _I)
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
    r"|hoàn thiện|bố trí|giải ngân|xây dựng|phê duyệt|tổ chức|thành lập|khởi công|phân bổ|nộp|gửi|vận hành|thông xe"
    r"|chi trả|dứt điểm|bàn giao|công bố|quán triệt|hướng dẫn|kiện toàn|di dời|khắc phục|đưa|cấp phép|ký|chuyển giao"
    r"|hoàn chỉnh|tổng kết|sơ kết|nghiệm thu|khánh thành|đi vào|tham mưu|thẩm định|trả lời|giải quyết|phấn đấu"
    r"|rà soát|kiểm tra|xác định|lắp đặt|cấp)\b", _I)
# "đánh giá tình hình thu ngân sách trong quý I": the period is what is looked back on, not a limit.
_EVALUATES = re.compile(r"\b(?:đánh giá|nhìn lại|thống kê|tổng hợp tình hình|tình hình)\b", _I)
# A bare period (no "trong", "trước" ...) is a time limit only right after one of these: "hoàn thành quý 4".
_BARE_COMPLETION = re.compile(r"\b(?:hoàn thành|xong|hoàn tất|kết thúc)\s+$", _I)
_ITEM_END = re.compile(r"[\s.;,!…\"”)]*$")
_NOT_A_LIMIT_AFTER = re.compile(r"\s*(?:và|,)\s*(?:giai đoạn|những năm|các năm|tầm nhìn)", _I)
# A session or event just before the date: the date is when it sits, not a time limit.
_EVENT_BEFORE = re.compile(r"(?:kỳ họp|phiên họp|hội nghị|đại hội|lễ|sự kiện)\b[^,;.]{0,50}$")
_COMPLETION_WINDOW = 60  # characters before a "trong ..." expression where a completion verb counts
_BARE_PERIOD_WINDOW = 12  # ... and before a bare period ("hoàn thành quý 4")
_LEADING = re.compile(r"[\s:,]*(?:cho\s+)?", _I)
_COMMA_WORD = re.compile(r"\s*,\s*(?P<word>\w+)")
_COMMA_AFTER = re.compile(r"\s*,")
# A ";"-item that only states the time limit of the tasks before it.
_TIME_LIMIT_ITEM = re.compile(r"\s*(?:thời hạn|hạn chót|hạn cuối|thời gian hoàn thành)\b")
# A ";"-item that reports what happened rather than adds a task: "chiều qua, Ban Chỉ đạo đã họp".
_REPORTS = re.compile(r"\s(?:đã|đang|vừa|sẽ)\s")


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
    addressee_groups: list[dict] = field(default_factory=list)  # [{"text": "các bộ, ngành", "group": "ministries"}]

    def key(self) -> tuple:
        return (self.issuer_name, self.verb, tuple(self.addressees), fold(self.action_text))

    def to_dict(self) -> dict:
        return {
            "meeting_index": self.meeting_index, "issuer_name": self.issuer_name, "issuer_title": self.issuer_title,
            "verb": self.verb, "addressees": self.addressees, "action_text": self.action_text,
            "evidence_text": self.evidence_text, "deadlines": self.deadlines,
            "addressee_groups": self.addressee_groups,
        }


@dataclass(frozen=True)
class _Issuer:
    name: str | None
    title: str | None
    start: int = 0
    level: int | None = None  # of authority, 1 = central (see gazetteer.agency_level / title_level)


# ----------------------------------------------------------------------------- driver

def find_directives(article: Article) -> list[Directive]:
    found: list[Directive] = []
    covered: list[tuple[int, int]] = []
    previous = None  # the last active directive, for a continuation sentence
    sentences = [s for s in article.sentences if not article.in_headline(s.start)]
    for sentence in sentences:
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
    for sentence in sentences:
        _task_list(article, sentence, found, covered)
        _modal(article, sentence, found, covered)
    for sentence in sentences:
        _imperative(article, sentence, found, covered)
    for sentence in sentences:
        _limit_of_previous(article, sentence, found, covered)
    kept = _drop_restated_lede(article, _dedupe(sorted(found, key=lambda d: d.span)))
    for directive in kept:
        directive.addressee_groups = addressee_groups(directive)
    return kept


_GROUPS = [(group, re.compile(rf"(?<!\w)(?:{pattern})(?!\w)")) for group, pattern in lexicon.ADDRESSEE_GROUPS]
_GROUP_AT = re.compile("|".join(f"(?:{pattern})" for _, pattern in lexicon.ADDRESSEE_GROUPS))
_ANY_GROUP = re.compile(rf"(?<!\w)(?:{_GROUP_AT.pattern})(?!\w)")  # a match of any of _GROUPS


def addressee_groups(directive: Directive) -> list[dict]:
    """The generic groups instructed ("các bộ, ngành", "các địa phương"), typed: read from the part of
    the evidence before the action (the addressees after the verb, or a modal's subject)."""
    cut = directive.evidence_text.find(directive.action_text[:40]) if directive.action_text else -1
    head = directive.evidence_text[:cut] if cut > 0 else ""
    lowered = head.lower()
    if not _ANY_GROUP.search(lowered):  # most heads name no group: one search instead of one per group
        return []
    matches = sorted(((m.start(), -m.end(), group) for group, pattern in _GROUPS for m in pattern.finditer(lowered)))
    found, taken_to = [], -1
    for start, neg_end, group in matches:  # leftmost, then longest; no overlaps
        if start >= taken_to:
            found.append({"text": head[start:-neg_end], "group": group})
            taken_to = -neg_end
    return found


def _dedupe(directives: list[Directive]) -> list[Directive]:
    seen, kept = set(), []
    for directive in directives:
        if directive.key() not in seen:
            seen.add(directive.key())
            kept.append(directive)
    return kept


_LEDE_WORDS = 6  # words of a lede directive's task that its restatement in the body repeats


def _drop_restated_lede(article: Article, directives: list[Directive]) -> list[Directive]:
    """A news lede sums up a directive the body reports in full ("Thủ tướng yêu cầu kiểm điểm hằng
    tuần ..." and, later, "Thủ tướng yêu cầu kiểm điểm hằng tuần, xây dựng ..."): one directive,
    kept where the body states it."""
    story = [p for p in article.paragraphs if not article.in_headline(p.start)]
    if len(story) < 2:
        return directives
    lede = story[0]
    kept = []
    for d in directives:
        head = " ".join(_WORDS.findall(fold(d.action_text))[:_LEDE_WORDS])
        restated = lede.start <= d.span[0] < lede.end and len(head.split()) == _LEDE_WORDS and any(
            other.span[0] >= lede.end and head in " ".join(_WORDS.findall(fold(other.evidence_text)))
            and (not d.issuer_name or not other.issuer_name or d.issuer_name == other.issuer_name)
            for other in directives)
        if not restated:
            kept.append(d)
    return kept


_WORDS = re.compile(r"\w+")


def _is_covered(covered, pos: int) -> bool:
    return any(start <= pos < end for start, end in covered)


# ----------------------------------------------------------------------------- the three shapes

class _Found(list):
    """Matches in text order, with their start offsets (for bisect)."""

    def __init__(self, matches):
        super().__init__(matches)
        self.starts = [m.start() for m in self]


def _verbs(article: Article) -> _Found:
    if "directive_verbs" not in article.memo:
        found = [m for m in article.word_matches(_VERB) if not (
            m["verb"] == "giao" and (compound := _GIAO_COMPOUND.match(article.lower, m.end()))
            and article.unquoted[compound.end() - len(compound.group().lstrip())].islower())]
        found += article.word_matches(_POINTS_OUT)
        article.memo["directive_verbs"] = _Found(sorted(found, key=lambda m: m.start()))
    return article.memo["directive_verbs"]


def _matches_in(matches: _Found, start: int, end: int) -> list[re.Match]:
    starts = matches.starts
    i = bisect.bisect_left(starts, start)
    return matches[i:bisect.bisect_left(starts, end, i)]


def _active(article: Article, sentence: Span, found: list, covered: list) -> None:
    text = article.unquoted
    for m in _matches_in(_verbs(article), sentence.start, sentence.end):
        if _is_covered(covered, m.start()) or _PASSIVE_BEFORE.search(text, sentence.start, m.start()):
            continue
        issuer = _issuer_before(article, sentence.start, m.start())
        if not issuer or _PASSIVE_BEFORE.search(text, sentence.start, issuer.start):
            continue  # "X được <issuer> giao": the passive shape reads it
        if _RELATIVE_BEFORE.search(text, max(sentence.start, issuer.start - 20), issuer.start):
            continue  # "kế hoạch Thủ tướng giao": a relative clause, not an instruction
        if _PROPOSED.search(text, max(sentence.start, issuer.start - 20), issuer.start):
            continue  # "Sở Xây dựng kiến nghị UBND thành phố giao ...": a proposal from below
        verb = m["verb"].lower()
        if verb == "giao" and _ASSIGNED_COUNT.search(article.lower, max(sentence.start, m.start() - 4), min(sentence.end, m.end() + 80)):
            continue  # "... đã giao cho các bộ 9.831 nhiệm vụ": a count of tasks, not a task
        if verb == "giao" and _NO_OBJECT.match(text, m.end(), sentence.end):
            continue  # "... đạt 28% kế hoạch Thủ tướng giao, thấp hơn ...": nothing is assigned
        if _upward(article, issuer, m.end(), sentence.end):
            continue
        items = []
        if text[:sentence.end].rstrip().endswith(":"):  # "... yêu cầu (các sở):" and a list of lines
            names, _ = _addressees(article, m.end(), sentence.end)
            items = _list_items(article, sentence, issuer, verb, covered, names)
        if not items:
            items = _colon_items(article, sentence, issuer, verb, m.end())
        if not items:
            items = _items(article, sentence, issuer, verb, m.end(), inherited=[])
        found.extend(items)
        covered.append((m.start(), sentence.end))


def _list_items(article: Article, sentence: Span, issuer: _Issuer, verb: str, covered: list,
                inherited: list[str]) -> list[Directive]:
    """"... yêu cầu:" then one paragraph per task, each opened by "-", "+", "•", "1." or "a)";
    a time limit in the lead-in ("giao các đơn vị sau hoàn thành trước ngày 15/12:") binds every
    task that states none of its own."""
    paragraphs = article.paragraphs
    at = next((n for n, p in enumerate(paragraphs) if p.start <= sentence.start < p.end), None)
    if at is None or paragraphs[at].end != sentence.end:
        return []
    lead_limit = _limits_in(article, sentence.start, sentence.end)
    directives: list[Directive] = []
    for para in paragraphs[at + 1:]:
        mark = _LIST_MARK.match(article.text, para.start, para.end)
        if not mark:
            break
        for part in split_top_level(article.unquoted, mark.end(), para.end):
            end = part.end
            while end > part.start and article.text[end - 1] in ";.":
                end -= 1
            names, action_start = _addressees(article, part.start, end)
            action = article.clean_slice(action_start, end)
            if not action:
                continue
            addressees = names or _subject_names(article, part.start, end) or inherited
            directives.append(Directive(
                issuer.name, issuer.title, verb, addressees, action, article.text[part.start:end],
                _deadlines(article, action_start, end) or list(lead_limit), (part.start, end),
            ))
        covered.append((para.start, para.end))
    return directives


# "Báo cáo phải gửi trước ngày 14.9.", "Thời hạn hoàn thành trước ngày 30/6.": a sentence that only
# gives the time limit of the task before it.
_LIMIT_SENTENCE = re.compile(
    r"[\s\"“]*(?:(?:báo cáo|kết quả|văn bản|đề án|hồ sơ|dự thảo|phương án|kế hoạch)\s+(?:này\s+)?(?:phải|cần)"
    r"(?:\s+được)?\s+(?:gửi|trình|nộp|hoàn thành|xong|hoàn tất)|(?:thời hạn|hạn chót|hạn cuối)(?:\s+hoàn thành)?(?:\s+là)?)\b")


def _limit_of_previous(article: Article, sentence: Span, found: list, covered: list) -> None:
    if _is_covered(covered, sentence.start) or not _LIMIT_SENTENCE.match(article.lower, sentence.start, sentence.end):
        return
    limits = [_deadline_row(article, d) for d in article.in_range(article.dates, sentence.start, sentence.end)
              if d.relation in ("before", "within", "until") and not d.plan]
    para = article.paragraph_of(sentence.start)
    before = [d for d in found if para and para.start <= d.span[0] < sentence.start]
    if limits and before and not before[-1].deadlines:
        before[-1].deadlines = limits[:1]


# Task verbs that open an imperative sentence (no subject): "Hoàn thành các tiện ích trên VNeID; ...".
_IMPERATIVE = re.compile(
    r"[\s\"“-]*(?:(?:đồng thời|trước mắt|bên cạnh đó|ngoài ra|cùng với đó|song song)\s*,\s*)?"
    r"(?:hoàn thành|hoàn thiện|khẩn trương|tập trung|đẩy mạnh|đẩy nhanh|tăng cường|rà soát|điều chỉnh|bố trí"
    r"|nghiên cứu|tiếp tục|chủ động|quyết liệt|kiên quyết|sớm|bảo đảm|đảm bảo|nâng cao|xử lý|ban hành|sửa đổi"
    r"|giải quyết|tháo gỡ|phấn đấu|đôn đốc|khắc phục|huy động|ưu tiên|thúc đẩy|kiểm tra|chấn chỉnh)\s")
_AGENCY_TASK = re.compile(r"\s(?:chủ trì|xây dựng|hoàn thiện|hoàn thành|khẩn trương|rà soát|tập trung|triển khai"
                          r"|nghiên cứu|sớm|đẩy nhanh|bố trí)\b")
_IMPERATIVE_REACH = 1  # paragraphs after the directive whose imperative sentences continue it


def _imperative(article: Article, sentence: Span, found: list, covered: list) -> None:
    """"Tổng Bí thư yêu cầu ... . Điều chỉnh dự toán ngân sách để bố trí ít nhất 3% ...": a sentence
    that opens with a task verb and has no subject of its own, right after someone's directives
    (in the same paragraph or the next), continues them; one directive per ";" item."""
    if article.text[sentence.end - 1] not in ".!;" or _is_covered(covered, sentence.start):
        return
    before = [d for d in found if d.span[1] <= sentence.start and d.issuer_name]
    if not before:  # nothing said before that this sentence could continue
        return
    addressees = []
    opening = _IMPERATIVE.match(article.lower, sentence.start, sentence.end)
    if not opening or not article.unquoted[sentence.start:opening.end()].lstrip(' "“-')[:1].isupper():
        # "Chính phủ xây dựng và hoàn thiện hạ tầng số ...", "Bộ Xây dựng chủ trì cùng các địa phương ...":
        # an agency and a task verb, in the directions of someone who just spoke
        task = _AGENCY_TASK.search(article.lower, sentence.start, min(sentence.end, sentence.start + 120))
        subject = agent_subject(article, sentence.start, task.start()) if task else None
        if not subject or not subject.names or subject.has_person:
            return
        addressees = subject.names
    if _REPORTS.search(article.lower, sentence.start, sentence.end):
        return
    last = max(before, key=lambda d: d.span)
    paras = article.paragraphs
    at = next((n for n, p in enumerate(paras) if p.start <= sentence.start < p.end), None)
    was = next((n for n, p in enumerate(paras) if p.start <= last.span[0] < p.end), None)
    if at is None or was is None or not 0 <= at - was <= _IMPERATIVE_REACH:
        return
    if any(p.name and _SPEECH_VERB.match(article.unquoted, p.end, sentence.start)
           for p in article.in_range(article.people, last.span[1], sentence.start)):
        return  # someone else spoke in between
    for n, part in enumerate(split_top_level(article.unquoted, sentence.start, sentence.end)):
        action = article.clean_slice(part.start, part.end).lstrip(' "“-')
        if not action or (n and _NOT_A_TASK.match(article.lower, part.start, part.end)):
            continue
        end = sentence.end if part.end >= sentence.end - 1 else part.end
        found.append(Directive(last.issuer_name, last.issuer_title, last.verb, addressees, action,
                               article.text[part.start:end], _deadlines(article, part.start, part.end),
                               (part.start, end)))
    covered.append((sentence.start, sentence.end))


def _colon_items(article: Article, sentence: Span, issuer: _Issuer, verb: str, pos: int) -> list[Directive]:
    """"Tổng Bí thư yêu cầu các bộ hoàn thành trước ngày 30/9 ba nhiệm vụ: A; B; C": one directive
    per item after the colon, each with the addressees and the time limit of the lead-in."""
    colon = _top_level_colon(article.unquoted, pos, sentence.end)
    if colon is None or not _NAMES_TASKS.search(article.lower, pos, colon + 1):
        return []  # "... trọng tâm là bốn vấn đề: tỷ giá, giá vàng": topics, not tasks
    names, _ = _addressees(article, pos, colon)
    limit = _deadlines(article, pos, colon) or _limits_in(article, pos, colon)
    directives = []
    for part in split_top_level(article.unquoted, colon + 1, sentence.end):
        names_here, action_start = _addressees(article, part.start, part.end)
        action = article.clean_slice(action_start, part.end)
        if not action or action.startswith("(") or _REPORTS.search(article.lower, part.start, part.end):
            continue
        end = sentence.end if part.end >= sentence.end - 1 else part.end
        directives.append(Directive(
            issuer.name, issuer.title, verb, names_here or names, action, article.text[part.start:end],
            _deadlines(article, action_start, part.end) or list(limit), (part.start, end)))
    return directives


def _top_level_colon(text: str, start: int, end: int) -> int | None:
    """A ':' in text[start:end] outside brackets and quotes, with something after it."""
    return next((i for i in top_level(text, start, end, ":") if text[i + 1:end].strip(" .;")), None)


def _limits_in(article: Article, start: int, end: int) -> list[dict]:
    """Time limits stated in a list's lead-in ("... phải làm xong trong năm gồm:")."""
    return [_deadline_row(article, d) for d in article.in_range(article.dates, start, end)
            if d.relation in ("before", "within", "until") and not d.plan and not _ends_a_range(article, d)]


def _task_list(article: Article, sentence: Span, found: list, covered: list) -> None:
    """"Nhóm việc phải làm xong trong năm gồm: A; B; C." in someone's directions: a lead-in that
    obliges (a modal or a time limit) and names a list, then one task per item."""
    if not _colon_first(article.lower, sentence.start, sentence.end):
        return  # the lead-in runs up to the first ".", ";" or ":", and that must be its colon
    m = _TASK_LIST_LEAD.match(article.lower, sentence.start, sentence.end)
    if not m or _is_covered(covered, sentence.start):
        return
    colon = m.end() - 1
    lead_start, lead_end = sentence.start, colon
    limit = _limits_in(article, lead_start, lead_end)
    if not (limit and _MODAL.search(article.lower, lead_start, lead_end)):
        return  # both: a list of tasks that must be done by a time, not a list of results
    speaker = _speaker(article, found, sentence.start)
    if not speaker:
        return
    for part in split_top_level(article.unquoted, colon + 1, sentence.end):
        names, action_start = _addressees(article, part.start, part.end)
        action = article.clean_slice(action_start, part.end)
        if not action or _REPORTS.search(article.lower, part.start, part.end):
            continue
        end = sentence.end if part.end >= sentence.end - 1 else part.end
        found.append(Directive(speaker.name, speaker.title, "phải", names, action, article.text[part.start:end],
                               _deadlines(article, action_start, part.end) or list(limit), (part.start, end)))
    covered.append((sentence.start, sentence.end))


def _colon_first(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a ":" with no "." or ";" before it."""
    colon = text.find(":", start, end)
    return colon >= 0 and text.find(".", start, colon) < 0 and text.find(";", start, colon) < 0


# The end of a lead-in that announces tasks: "ba nhiệm vụ:", "những việc sau:", "như sau:".
_NAMES_TASKS = re.compile(r"(?:(?:nhiệm vụ|việc|giải pháp|yêu cầu|công việc|nội dung)\b[^:;.]{0,40}|như sau|sau đây|gồm|cụ thể là|cụ thể)\s*:$")
# "<lead-in> gồm: ..." / "... như sau:" / "... sau đây:": a lead-in naming a list of tasks.
_TASK_LIST_LEAD = re.compile(r"[^.;:]{3,160}?\b(?:gồm|bao gồm|như sau|sau đây|là)\s*:")


def _subject_names(article: Article, start: int, end: int) -> list[str] | None:
    """Agencies of an item that opens with its subject and a modal ("Các chủ đầu tư phải ...")."""
    m = next(iter(article.word_matches(_MODAL, start, end)), None)
    if not m:
        return None
    subject = agent_subject(article, start, m.start())
    return subject.names if subject else None


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
    """"Văn phòng Trung ương Đảng được giao tiếp thu ...", "Cục Trồng trọt được giao ..."."""
    if "passives" not in article.memo:
        article.memo["passives"] = _Found(m for m in _PASSIVE.finditer(article.lower_masked)
                                          if not article.quote_at(m.start()))
    for m in _matches_in(article.memo["passives"], sentence.start, sentence.end):
        if _is_covered(covered, m.start()) or _COUNT_AFTER.match(article.lower, m.end()):
            continue  # "... được giao 71 nhiệm vụ": a count of tasks, not a task
        start = _clause_start(article, sentence, m.start())
        lead = _LEAD_IN.match(article.unquoted, start, m.start())
        subject = agent_subject(article, lead.end() if lead else start, m.start())
        if subject is None:  # "Để chuẩn bị cho kỳ họp ..., Bộ Kế hoạch và Đầu tư được giao ...": after the adverbial
            comma = article.unquoted.rfind(", ", start, m.start())
            subject = agent_subject(article, comma + 2, m.start()) if comma >= 0 else None
        if subject is None:
            continue
        if m["by"]:
            by = [p for p in article.in_range(article.people, m.start("by"), m.end("by"))]
            if len(by) != 1:  # "được <something that is not a person> giao": not this shape
                continue
            issuer = _Issuer(by[0].name, by[0].title)
        else:  # who assigned it is the one giving directions here, if anyone ("Theo kết luận, ...")
            issuer = _speaker(article, found, start) or _Issuer(None, None)
        found.extend(_items(article, sentence, issuer, m["verb"], m.end(), inherited=subject.names,
                            start=start))
        covered.append((start, sentence.end))


def _clause_start(article: Article, sentence: Span, pos: int) -> int:
    """Start of the ";"-clause of the sentence that holds pos."""
    for part in split_top_level(article.unquoted, sentence.start, sentence.end):
        if part.start <= pos <= part.end:
            return part.start
    return sentence.start


def _modal(article: Article, sentence: Span, found: list, covered: list) -> None:
    """"<agent subject> cần / phải ..." in the directions someone is giving (see `_modal_reading`)."""
    if "modals" not in article.memo:
        lowered = article.lower_masked
        article.memo["modals"] = _Found([
            m for m in _MODAL.finditer(lowered)
            if not (m.start() and lowered[m.start() - 1].isalnum()) and article.masked[m.start()].islower()
            and not _MODAL_NOT_AFTER.search(lowered, max(0, m.start() - 12), m.start())])
    if not _matches_in(article.memo["modals"], sentence.start, sentence.end):
        return
    last = None  # the directive of the clause before, whose marker may govern the next one
    for clause in split_top_level(article.masked, sentence.start, sentence.end):
        evidence_end = sentence.end if clause.end >= sentence.end - 1 else clause.end
        in_clause = _matches_in(article.memo["modals"], clause.start, clause.end)
        m = in_clause[0] if in_clause else None
        if _is_covered(covered, m.start() if m else clause.start):
            last = None
            continue
        reading = _modal_reading(article, found, clause, m) if m else None
        if not reading:
            # "Các địa phương phải rà soát ...; hoàn thành trước ngày ...": one marker, several tasks
            if last and not m and not _NOT_A_TASK.match(article.lower_masked, clause.start, clause.end):
                names, action_start = _addressees(article, clause.start, clause.end)
                action = article.clean_slice(action_start, clause.end)
                if action:
                    last = Directive(last.issuer_name, last.issuer_title, last.verb, names or last.addressees,
                                     action, article.text[clause.start:evidence_end],
                                     _deadlines(article, action_start, clause.end), (clause.start, clause.end))
                    found.append(last)
                    covered.append((clause.start, clause.end))
                    continue
            last = None
            continue
        subject, speaker = reading
        verb = "cần" if m["verb"].startswith("cần") else "phải"  # "có trách nhiệm" obliges like "phải"
        action = article.clean_slice(m.end(), clause.end)
        deadlines = _opening_limit(article, clause.start, m.start()) + _deadlines(article, m.end(), clause.end)
        if not subject.names and not subject.has_person and not deadlines:
            deadlines = _year_of_tasks(article, clause.start, m.start())
        last = Directive(
            speaker.name, speaker.title, verb, subject.names, action, article.text[clause.start:evidence_end],
            deadlines, (clause.start, clause.end),
        )
        found.append(last)
        covered.append((clause.start, clause.end))


# "Thông báo ... truyền đạt kết luận của Thường trực Chính phủ", "văn bản truyền đạt ý kiến chỉ đạo
# của Phó Thủ tướng X": whose directions the notice reported in the article carries.
_RELAYS = re.compile(r"(?:truyền đạt|thông báo)\s+(?:ý kiến\s+)?(?:kết luận|chỉ đạo|ý kiến chỉ đạo)\s+của\s+")


def _relayed_issuer(article: Article) -> _Issuer | None:
    if "relayed_issuer" not in article.memo:
        found = None
        for m in _RELAYS.finditer(article.lower):
            person = article.people_at(m.end())
            if person and (person.name or person.title):
                found = _Issuer(person.name, person.title)
                break
            agency = next((a for a in article.in_range(article.agencies, m.end(), m.end() + 120)
                           if a.start == m.end()), None)
            if agency:
                found = _Issuer(agency.name, None)
                break
        article.memo["relayed_issuer"] = found
    return article.memo["relayed_issuer"]


def _year_of_tasks(article: Article, start: int, end: int) -> list[dict]:
    """"các nhiệm vụ của năm 2025 phải ...": the tasks of a year are due by its end."""
    return [_deadline_row(article, d) for d in article.in_range(article.dates, start, end)
            if d.granularity == "year" and d.relation is None and not d.plan and d.end >= article.pub_date][:1]


def _modal_reading(article: Article, found: list, clause: Span, m: re.Match):
    """(subject, speaker) when the modal at m has an agent subject and someone giving directions.

    The subject starts after a lead-in: "Theo <speaker>, ...", "<speaker> nhấn mạnh ...", "Vì vậy,
    ...", or a short adverbial phrase and a comma ("Trong năm 2025, ..."). The speaker is the one
    named there, or who a quotation is attributed to, or who was giving directions in this or the
    paragraphs just before. A conditional ("Nếu ...") and an unattributed quotation are not read."""
    lowered, pos = article.lower_masked, m.start()
    if _CONDITION.match(lowered, clause.start, pos):
        return None
    quote = article.quote_at(pos)
    speaker, starts = None, []
    theo = _THEO.match(lowered, clause.start, pos)
    if theo:
        people = [p for p in article.in_range(article.people, theo.start("x"), theo.end("x")) if p.name or p.title]
        if people:
            speaker = _Issuer(people[-1].name, people[-1].title)
        elif not _DOCUMENT_WORDS.match(lowered, theo.start("x")):
            return None  # "Theo báo cáo, ...": a report, not directions
        starts.append(theo.end())
    else:
        for person in reversed(article.in_range(article.people, clause.start, pos)):
            said = _REPORTING.match(article.masked, person.end, pos)
            if said and (person.name or person.title):
                speaker = _Issuer(person.name, person.title)
                starts.append(said.end())
                break
        lead = _LEAD_IN.match(article.masked, clause.start, pos)
        starts.append(lead.end() if lead else clause.start)
        comma = article.masked.find(",", clause.start, pos)
        if comma > 0 and not speaker:
            starts.append(comma + 1)
        # "..., vì vậy các sở, ngành cần ...": the subject after a connective
        connective = _CONNECTIVE.search(article.lower_masked, clause.start, pos)
        if connective:
            starts.append(connective.end())
    subject, subject_start = None, pos
    for start in starts:
        subject = agent_subject(article, start, pos)
        if subject:
            subject_start = start
            break
    if not subject and starts and _TASK_SUBJECT.fullmatch(article.lower_masked, starts[0], pos) and _URGENT_AFTER.match(
            article.lower_masked, m.end()):
        # "Tổng Bí thư nêu rõ các nhiệm vụ của năm 2025 phải kiên quyết thực hiện bằng được",
        # "bộ tiêu chí đánh giá cần được khẩn trương xây dựng": tasks obliged with urgency
        subject, subject_start = Subject([], False), starts[0]
    if not subject:
        return None
    if quote and quote.start < subject_start + 2 and not speaker:
        speaker = _quote_speaker(article, quote)  # the subject is quoted too: whose words are they?
        if not speaker:
            return None
    speaker = speaker or _speaker(article, found, clause.start)
    if not speaker or (subject.has_person and speaker.name in subject.people):
        return None
    return subject, speaker


def _last_report(article: Article, start: int, end: int) -> int | None:
    """Where the last sentence in text[start:end] that reports a source opens ("Theo báo cáo, ...",
    "Theo Tổng cục Thống kê, ..."): what follows is the report's content, not directions."""
    found = None
    for sentence in article.in_range(article.sentences, start, len(article.text)):
        if sentence.start >= end:
            break
        theo = _THEO.match(article.lower_masked, sentence.start, end)
        if theo and not _DOCUMENT_WORDS.match(article.lower_masked, theo.start("x")) and not any(
                p.name or p.title for p in article.in_range(article.people, theo.start("x"), theo.end("x"))):
            found = sentence.start
    return found


def _quote_speaker(article: Article, quote: Span) -> _Issuer | None:
    """'"...", Thủ tướng nói.' / '"..." - Tổng Bí thư nhấn mạnh.' / 'Thủ tướng nói: "..."'."""
    tail = _QUOTE_TAIL.match(article.masked, quote.end)
    person = article.people_at(tail.end()) if tail else None
    if person and _QUOTE_SPEECH.match(article.masked, person.end) and (person.name or person.title):
        return _Issuer(person.name, person.title)
    before = article.in_range(article.people, max(0, quote.start - 150), quote.start)
    if before:  # the last person named before the quotation, then a saying verb and ":"
        person = before[-1]
        said = _REPORTING.match(article.masked, person.end, quote.start)
        if said and said.end() == quote.start and (person.name or person.title):
            return _Issuer(person.name, person.title)
    return None


# ----------------------------------------------------------------------------- pieces

def _items(article: Article, sentence: Span, issuer: _Issuer, verb: str, pos: int, inherited: list[str],
           start: int | None = None) -> list[Directive]:
    """One directive per ";"-separated item after the verb (the first one from `start`, by default
    the start of the sentence)."""
    text = article.unquoted
    parts = split_top_level(text, pos, sentence.end)
    directives, shared_limit = [], []
    for n, part in enumerate(parts):
        names, action_start = _addressees(article, part.start, part.end)
        grouped = _GROUP_AT.match(article.lower, _skip_leading(text, part.start, part.end))
        if n == 0 and not names and not grouped:
            action_start = _skip_leading(text, part.start, part.end)
        # an item addressed to a group of its own ("...; UBND các tỉnh ... báo cáo ...") inherits no agency
        addressees = names or ([] if grouped else directives[-1].addressees if directives else inherited)
        action = article.clean_slice(action_start, part.end)
        if not action:
            continue
        if n and directives and _TIME_LIMIT_ITEM.match(article.lower, part.start, part.end):
            # "...; thời hạn chậm nhất là hết năm 2025": the limit of the tasks before it
            limit = _deadlines(article, part.start, part.end) or [
                _deadline_row(article, d) for d in article.in_range(article.dates, part.start, part.end)
                if not d.plan and d.relation != "from"]
            for directive in directives:
                directive.deadlines = directive.deadlines or list(limit)
            continue
        if n and (action.startswith("(") or _REPORTS.search(article.lower, part.start, part.end)):
            continue  # '"3 công khai" (mục tiêu - tiến độ - kết quả)': a label, not a task
        evidence_start = (sentence.start if start is None else start) if n == 0 else part.start
        evidence_end = sentence.end if n == len(parts) - 1 else part.end
        deadlines = _deadlines(article, action_start, part.end)
        if n == 0:
            deadlines = _opening_limit(article, evidence_start, pos) + deadlines
        if n and not deadlines and shared_limit:
            deadlines = list(shared_limit)
        if n == 0:
            shared_limit = _leading_limit(article, action_start, part.end)
        directives.append(Directive(
            issuer.name, issuer.title, verb, list(addressees), action,
            article.text[evidence_start:evidence_end], deadlines, (evidence_start, evidence_end),
        ))
    return directives


def _leading_limit(article: Article, start: int, end: int) -> list[dict]:
    """A time limit written before the first task of a list governs all of its tasks: "yêu cầu
    đến hết năm 2025 phải kết thúc A; kết thúc B", "phải làm xong trong năm gồm: A; B"."""
    for mention in article.in_range(article.dates, start, end):
        gap = article.unquoted[start:mention.expression_span[0]]
        if (len(gap.split()) <= 3 and _is_deadline(article, mention, start, end)
                and not _COMMA_AFTER.match(article.unquoted, mention.span[1], end)):
            return [_deadline_row(article, mention)]  # "Trong quý I, hoàn thành A; B": A's limit only
        break
    return []


def _issuer_before(article: Article, floor: int, pos: int) -> _Issuer | None:
    """The person or agency that ends right before the verb (adverbs and one appositive allowed)."""
    candidates = []
    for person in article.in_range(article.people, floor, pos):
        if _gap_ok(article, person.end, pos):
            candidates.append((person.end, 1, _Issuer(person.name, person.title, person.start, _person_level(person))))
    for agency in article.in_range(article.agencies, floor, pos):
        if _gap_ok(article, agency.end, pos):
            level = gazetteer.agency_level(agency.entry.kind)
            candidates.append((agency.end, 0, _Issuer(agency.name, None, agency.start, level)))
    if not any(rank == 1 for _, rank, _ in candidates):  # a collective body only when no person is the subject
        body = _body_before(article, floor, pos)
        if body:
            candidates.append(body)
    return max(candidates, key=lambda c: (c[0], c[1]))[2] if candidates else None


# A collective body the gazetteer may not hold, as the subject of an instruction verb: "Ban Chỉ đạo
# yêu cầu", "Thường trực Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, ... yêu cầu", "Tổ công
# tác số 2 đề nghị". It opens its clause (the sentence, or after ", " or a "(NLĐO) - " dateline).
_BODY = re.compile(
    r"(?:Thường trực|Ban Thường vụ|Thường vụ)?\s*(?:Ban Chỉ đạo|Ban Bí thư|Bộ Chính trị|Tổ công tác|Hội đồng|Ủy ban|Uỷ ban"
    r"|Ban Chấp hành|Đoàn công tác|Đoàn kiểm tra|Đoàn giám sát|Chính phủ|Quốc hội|Ban Thường vụ|Ban Cán sự|Đảng đoàn"
    r"|Ban Tổ chức|Hội đồng nhân dân|Ủy ban nhân dân|UBND|HĐND|Tỉnh ủy|Thành ủy|Huyện ủy|Đảng ủy)\b")
# Words that show a clause, not a name, lies between the body and the verb.
_NOT_IN_BODY = re.compile(r"\b(?:cho biết|cho rằng|cho ý kiến|đã|đang|sẽ|được|là|có|nói|nêu|khi|nếu|thì|để|bởi|vì|còn"
                          r"|xem xét|chủ trì|tổ chức|họp|làm việc|phát biểu|ghi nhận|đánh giá|thống nhất|tiếp nhận"
                          r"|chuyển|kiểm tra|tại|trong|với)\b")
_CLAUSE_OPENING = re.compile(r"(?:^|[,:]\s|\)\s*[-–—]\s|\n|[-–—]\s)$")
_MAX_BODY_WORDS = 40


def _body_before(article: Article, floor: int, pos: int):
    """(end, rank, _Issuer) for a collective body right before the verb at pos, or None."""
    text = article.unquoted
    for m in _BODY.finditer(text, max(floor, pos - 300), pos):
        start = m.start() + (len(m.group()) - len(m.group().lstrip()))
        if not _CLAUSE_OPENING.search(text, max(floor, start - 4), start) and start != floor:
            continue
        gap = _ISSUER_GAP.search(text, start, pos)
        end = pos
        while end > start and text[end - 1] == " ":
            end -= 1
        adverbs = re.search(rf"(?:\s+(?:{_ADVERBS}))+$", text[start:end])
        if adverbs:
            end = start + adverbs.start()
        name = text[start:end].strip(" ,")
        if (not name or len(name.split()) > _MAX_BODY_WORDS or _NOT_IN_BODY.search(name.lower())
                or re.search(r"[.;:!?\"“”()]", name) or SPAM_MARK in name):
            continue
        # a gazetteer agency opening the name gives its level, so a request upwards is still seen
        opening = next((a for a in article.in_range(article.agencies, start, end) if a.start == start), None)
        level = gazetteer.agency_level(opening.entry.kind) if opening else None
        return end, 0.5, _Issuer(article.full_agency_name(name), None, start, level)
    return None


def _person_level(person) -> int | None:
    levels = [level for level in map(gazetteer.title_level, person.titles or (person.title,)) if level]
    return min(levels) if levels else None


def _upward(article: Article, issuer: _Issuer, pos: int, end: int) -> bool:
    """"Bộ Kế hoạch và Đầu tư đề nghị Thủ tướng ...", "UBND tỉnh đề nghị Bộ Tài chính hỗ trợ ...": the
    party asked is above the one asking, so this is a request, not a directive."""
    if issuer.level is None:
        return False
    start = _skip_leading(article.unquoted, pos, end)
    person = article.people_at(start)
    if person:
        level = _person_level(person)
    else:
        i = article.token_index_at(start)
        match = article.agency_at(i) if i < len(article.tokens) else None
        level = gazetteer.agency_level(match.entry.kind) if match and match.start == start else None
    return level is not None and level < issuer.level


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
    tokens = article.tokens
    i = article.token_index_at(_skip_leading(article.unquoted, start, end))
    names, stop, grouped = [], None, False
    while i < len(tokens) and tokens[i].start < end:
        match = article.agency_at(i)
        if match:
            names.append(match.name)
            i = match.end_tok
            continue
        group = _GROUP_AT.match(article.lower, tokens[i].start, end)
        if group and (group.end() == end or not article.lower[group.end()].isalnum()):
            # "UBND các tỉnh, thành phố": a typed group; "(các cơ quan) theo chức năng, nhiệm vụ" goes with it
            i, grouped = _skip_generic(article, article.token_index_at(group.end()), end, article.lower), True
            continue
        joiner = (names or grouped) and tokens[i].key in (",", "va", "cung")
        if joiner and i + 1 < len(tokens) and _GROUP_AT.match(article.lower, tokens[i + 1].start, end):
            i += 1  # "Hội đồng Dân tộc, các Ủy ban của Quốc hội": the group after the joiner is read next
            continue
        if tokens[i].key == "cac" or joiner:
            i = _skip_generic(article, i + 1, end)
            continue
        stop = tokens[i].start
        break
    if stop is None:
        stop = end
    return list(dict.fromkeys(names)), stop


def _skip_generic(article: Article, i: int, end: int, lower: str = "") -> int:
    """Skip generic addressee words ("các cơ quan liên quan"), stopping at a named agency or at
    the start of a typed group ("..., các cơ quan của Chính phủ"), which is read on its own."""
    tokens, first = article.tokens, i
    while i < len(tokens) and tokens[i].start < end and tokens[i].key in _GENERIC_WORDS:
        if i + 1 < len(tokens) and (tokens[i].key, tokens[i + 1].key) in _ACTION_BIGRAMS:
            break
        if article.agency_at(i):
            break
        if lower and i > first and tokens[i].key == "cac" and _GROUP_AT.match(lower, tokens[i].start, end):
            break
        i += 1
    return i


def _speaker(article: Article, found: list[Directive], pos: int) -> _Issuer | None:
    """Who is giving directions at pos: the last issuer or speech-verb subject before it in this
    paragraph, else in the paragraphs just before (directions often run on over several)."""
    paragraphs = article.paragraphs
    at = next((n for n, p in enumerate(paragraphs) if p.start <= pos < p.end), None)
    if at is None:
        return None
    for para in reversed(paragraphs[max(0, at - _SPEAKER_PARAGRAPHS + 1):at + 1]):
        end = min(pos, para.end)
        best = None
        report = _last_report(article, para.start, end)
        for directive in found:  # a title alone ("Thủ tướng yêu cầu ...") is a speaker too
            if para.start <= directive.span[0] < end and (directive.issuer_name or directive.issuer_title):
                best = (directive.span[0], _Issuer(directive.issuer_name, directive.issuer_title))
        for person in article.in_range(article.people, para.start, end):
            if (person.name or person.title) and _SPEECH_VERB.match(article.unquoted, person.end, end):
                if not best or person.start > best[0]:
                    best = (person.start, _Issuer(person.name, person.title))
        if para is paragraphs[at] and report is not None and (best is None or best[0] < report):
            return None  # "Theo báo cáo, ... . <subject> phải ...": still the report speaking
        if best:
            return best[1]
        if para is paragraphs[at]:  # "<agency> phải ... . Ông X giao ...": the issuer named just after
            after = [d for d in found if pos < d.span[0] < para.end and d.issuer_name]
            if after:
                first = min(after, key=lambda d: d.span[0])
                return _Issuer(first.issuer_name, first.issuer_title)
    relayed = _relayed_issuer(article)  # a notice that relays someone's conclusions speaks for them
    if relayed:
        return relayed
    # at a meeting the article reports, the directions are its chair's
    chairs = [m for m in article.meetings if m.span[0] < pos and m.chair_name]
    if chairs:
        return _Issuer(chairs[-1].chair_name, chairs[-1].chair_title)
    return None


# ----------------------------------------------------------------------------- deadlines

def _deadlines(article: Article, start: int, end: int) -> list[dict]:
    """Time limits inside an item, normalised to the last day of the period.

    Counted: "trước ngày ...", "chậm nhất ...", "từ nay đến cuối năm"; "trong <period>" when it
    opens the item or follows a completion verb ("hoàn thành ... trong quý 4"). Never: plan periods
    ("giai đoạn 2026-2030"), start/effective dates ("có hiệu lực từ ngày ..."), plain dates.
    """
    deadlines = []
    for mention in article.in_range(article.dates, start, end):
        if _is_deadline(article, mention, start, end):
            deadline = _deadline_row(article, mention)
            if deadline not in deadlines:
                deadlines.append(deadline)
    return deadlines


def _is_deadline(article: Article, mention: DateMention, item_start: int, item_end: int) -> bool:
    if mention.plan or mention.relation == "from":
        return False
    if mention.relation == "before":  # trước / chậm nhất / hạn chót / đến cuối năm
        return True
    if mention.relation in ("within", "at", "until"):  # trong / vào / đến: only in a time-limit position
        if _NOT_A_LIMIT_AFTER.match(article.unquoted, mention.span[1]):  # "trong năm 2025 và giai đoạn tới"
            return False
        if mention.relation == "until" and _ends_a_range(article, mention):  # "từ tháng 4 đến tháng 8"
            return False
        if _EVENT_BEFORE.search(article.lower, max(item_start, mention.expression_span[0] - 60), mention.expression_span[0]):
            return False  # "trình Quốc hội tại kỳ họp bất thường vào tháng 1/2024": when a session sits
        opens_item = not article.unquoted[item_start:mention.expression_span[0]].strip(" ,:-–")
        if opens_item or _after_completion(article, mention, _COMPLETION_WINDOW):
            return True
        # "<task> ... trong quý IV/2025." / "..., tham mưu UBND thành phố trong tháng 6.": a period
        # that ends the item and lies ahead limits its task
        ends_item = _ITEM_END.match(article.unquoted, mention.span[1], item_end)
        start = mention.expression_span[0]
        return (bool(ends_item) and mention.end >= article.pub_date
                and bool(_COMPLETION.search(article.unquoted, item_start, start))
                and not _EVALUATES.search(article.unquoted, item_start, start))
    # a bare period right after a completion verb: "hoàn thành quý 4"
    start = mention.expression_span[0]
    return mention.granularity in ("quarter", "month") and bool(
        _BARE_COMPLETION.search(article.unquoted, max(0, start - _BARE_PERIOD_WINDOW), start))


def _opening_limit(article: Article, start: int, end: int) -> list[dict]:
    """A time limit that opens the sentence before its subject: "Trong quý I/2025, các địa phương
    phải ...", "Từ nay đến cuối năm, Thủ tướng yêu cầu ..."."""
    lead = _LEAD_IN.match(article.masked, start, end)
    first = lead.end() if lead else start
    for mention in article.in_range(article.dates, first, end):
        if mention.expression_span[0] == first and mention.relation in ("before", "within") and not mention.plan:
            if _COMMA_AFTER.match(article.unquoted, mention.span[1], end):
                return [_deadline_row(article, mention)]
        break
    return []


def _deadline_row(article: Article, mention: DateMention) -> dict:
    return {"due_date": mention.end.isoformat(), "period_start": mention.start.isoformat(),
            "granularity": mention.granularity, "expression": article.text[slice(*mention.expression_span)]}


def _ends_a_range(article: Article, mention: DateMention) -> bool:
    """"từ tháng 4 đến tháng 8", "từ ngày 1/7 đến ngày 15/7": a period of activity, not a limit."""
    start = mention.expression_span[0]
    for other in article.in_range(article.dates, max(0, start - 40), start):
        if other.relation == "from" and not article.unquoted[other.span[1]:start].strip(" ,"):
            return True
    return False


def _after_completion(article: Article, mention: DateMention, window: int) -> bool:
    start = mention.expression_span[0]
    return bool(_COMPLETION.search(article.unquoted, max(0, start - window), start))
