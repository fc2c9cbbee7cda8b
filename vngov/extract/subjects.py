"""Agent subjects: the words before "cần / phải / được giao" when they name who must act.

"Sở Tài nguyên và Môi trường cần ...", "Các địa phương phải ...", "Các cấp ủy, chính quyền cần ...",
"Cục Trồng trọt được giao ...", "Bộ Tư pháp, Bộ Tài chính và các cơ quan liên quan phải ..." have an
agent subject; "Việc tính giá bồi thường phải ...", "Kỳ thi phải được tổ chức ...", "Người dân phải
chịu ...", "Chúng ta phải ..." do not. A subject is a list of units joined by "," / "và" / "cùng":

  * an agency of the gazetteer ("Sở Tài chính", "UBND tỉnh Thanh Hóa");
  * an agency named by its kind and a capitalised name ("Cục Trồng trọt", "Tập đoàn Dầu khí Việt
    Nam", "Hạt Kiểm lâm huyện"): reported as written;
  * an office-holder by title ("Chủ tịch UBND các xã");
  * a group of them: "các" / "mọi" / "tất cả các" / "toàn bộ" + a word for bodies, levels or the
    people who run them ("các địa phương", "các bộ, ngành", "các chủ đầu tư", "các đại biểu HĐND
    tỉnh"), or one of a few words that name a level of government on their own ("chính quyền cơ
    sở", "Thành phố", "Ngành y tế"). Groups name no agency: they add no addressee.
"""

from __future__ import annotations

from typing import NamedTuple

from vngov.extract import gazetteer, lexicon
from vngov.extract.normalize import SPAM_MARK, squash_spaces

# "những" is left out: "những doanh nghiệp phải đóng cửa" describes, it does not instruct.
_QUANTIFIERS = (("tất", "cả", "các"), ("tất", "cả"), ("toàn", "bộ"), ("các",), ("mọi",), ("từng",), ("mỗi",))
# Plural heads after a quantifier ("các địa phương", "các bộ, ngành").
_GROUP_HEADS = {
    ("địa", "phương"), ("bộ",), ("ngành",), ("cấp",), ("cấp", "ủy"), ("cấp", "uỷ"), ("chính", "quyền"), ("sở",),
    ("ban",), ("đơn", "vị"), ("cơ", "quan"), ("tỉnh",), ("thành", "phố"), ("huyện",), ("quận",), ("thị", "xã"),
    ("xã",), ("phường",), ("đảng", "ủy"), ("đảng", "uỷ"), ("đảng", "bộ"), ("chi", "bộ"), ("tổ", "chức"),
    ("chủ", "đầu", "tư"), ("doanh", "nghiệp"), ("tập", "đoàn"), ("tổng", "công", "ty"), ("công", "ty"),
    ("ngân", "hàng"), ("đại", "biểu"), ("thành", "viên"), ("trường",), ("bệnh", "viện"), ("lực", "lượng"),
    ("nhà", "thầu"), ("đoàn", "thể"), ("hợp", "tác", "xã"), ("cục",), ("vụ",), ("viện",), ("ủy", "ban"),
    ("uỷ", "ban"), ("hội", "đồng"), ("tổ", "công", "tác"), ("người", "đứng", "đầu"), ("thủ", "trưởng"),
    ("lãnh", "đạo"), ("chủ", "tịch"), ("bí", "thư"), ("giám", "đốc"), ("ban", "quản", "lý"), ("hội",),
    ("trung", "tâm"), ("ubnd",), ("hđnd",), ("cá", "nhân"), ("liên", "đoàn"), ("hiệp", "hội"), ("cơ", "sở"),
    ("khu", "du", "lịch"), ("nhà", "máy"), ("chủ", "tàu"), ("chủ", "rừng"), ("thuê", "bao"), ("nhà", "mạng"),
}
# Heads that name a level of government or a body type on their own, without a quantifier.
_SINGULAR_HEADS = {
    ("chính", "quyền"), ("thành", "phố"), ("tỉnh",), ("ngành",), ("lực", "lượng"), ("cơ", "quan"), ("ubnd",),
    ("hđnd",), ("ủy", "ban", "nhân", "dân"), ("uỷ", "ban", "nhân", "dân"), ("người", "đứng", "đầu"),
    ("thủ", "trưởng"), ("cấp", "ủy"), ("cấp", "uỷ"), ("bộ",), ("bộ", "này"), ("sở",), ("sở", "này"),
    ("cơ", "quan", "này"), ("đơn", "vị", "này"),
}
# Kinds of bodies that start a proper name ("Cục Trồng trọt", "Tổng cục Thuế"): capitalised first word.
_AGENCY_HEADS = {
    ("cục",), ("tổng", "cục"), ("vụ",), ("viện",), ("sở",), ("ban",), ("ủy", "ban"), ("uỷ", "ban"), ("tập", "đoàn"),
    ("tổng", "công", "ty"), ("công", "ty"), ("ngân", "hàng"), ("kho", "bạc"), ("bảo", "hiểm", "xã", "hội"),
    ("trung", "tâm"), ("hạt",), ("chi", "cục"), ("văn", "phòng"), ("thanh", "tra"), ("công", "an"),
    ("bộ", "chỉ", "huy"), ("bộ", "tư", "lệnh"), ("học", "viện"), ("đài",), ("thông", "tấn", "xã"), ("hội", "đồng"),
    ("đảng", "ủy"), ("đảng", "uỷ"), ("đảng", "đoàn"), ("ban", "cán", "sự"), ("cảng", "vụ"), ("quỹ",), ("tòa", "án"),
    ("toà", "án"), ("viện", "kiểm", "sát"), ("liên", "đoàn"), ("tổng", "liên", "đoàn"), ("trường",),
    ("bệnh", "viện"), ("bộ",), ("tỉnh", "ủy"), ("thành", "ủy"), ("huyện", "ủy"), ("tổ", "công", "tác"),
    ("ban", "chỉ", "đạo"), ("ban", "quản", "lý"),
}
# Words that cannot be inside a subject: they start a predicate or a subordinate clause.
_NOT_IN_SUBJECT = {"được", "đã", "sẽ", "đang", "là", "bị", "không", "chưa", "nếu", "khi", "vì", "để", "nhưng",
                   "mà", "thì", "cần", "phải", "rằng", "đây", "này", "đó", "chỉ"}
# Words of _NOT_IN_SUBJECT inside a compound noun: "Cục Hàng không", "Quỹ Phát triển đất".
_COMPOUNDS = {("hàng", "không"), ("máy", "bay")}
# Adverbs between the subject and the modal ("Các địa phương cũng cần ...").
_TRAILING_ADVERBS = {"cũng", "đều", "vẫn", "luôn", "càng", "nhất", "thiết", "tiếp", "tục", "ngay", "trước", "hết"}
# Saying verbs end a subject: "<X> nhấn mạnh các địa phương phải ..." has X as the speaker.
_SAYING = {("nhấn", "mạnh"), ("lưu", "ý"), ("nêu", "rõ"), ("yêu", "cầu"), ("đề", "nghị"), ("chỉ", "đạo"),
           ("cho", "biết"), ("cho", "rằng"), ("khẳng", "định"), ("phát", "biểu"), ("kết", "luận"), ("chỉ", "rõ"),
           ("nhắc", "nhở"), ("nói",)}
# After an office-holder or a gazetteer agency only words of place and level may follow
# ("Chủ tịch UBND các xã", "Sở Xây dựng TP", "Bộ Y tế và các cơ quan liên quan"), capitalised or these.
_PLACE_WORDS = {"các", "tỉnh", "thành", "phố", "huyện", "quận", "xã", "phường", "thị", "trấn", "bộ", "ngành", "cơ",
                "quan", "ngang", "trực", "thuộc", "trung", "ương", "địa", "phương", "đơn", "vị", "sở", "liên",
                "có", "chức", "năng", "theo", "nhiệm", "vụ", "cấp", "tp", "nhà", "nước", "ban", "của"}
_JOINERS = {",", "và", "cùng", "với"}
_OPENING_MARKS = {'"', "“", "‘", "'", "-", "–", "—", "+", "•", "*", "(", ":"}
_MAX_TOKENS = 16
_MAX_UNIT_TOKENS = 10


class Subject(NamedTuple):
    names: list[str]  # agencies named (canonical, or as written for pattern agencies)
    has_person: bool  # an office-holder is among the units
    people: tuple[str, ...] = ()  # their names, when given


def agent_subject(article, start: int, end: int) -> Subject | None:
    """The agent subject written in text[start:end] (up to the modal), or None."""
    tokens = article.tokens
    i, j = article.token_range(start, end)
    while i < j and tokens[i].text in _OPENING_MARKS:
        i += 1
    while j > i and (tokens[j - 1].text.lower() in _TRAILING_ADVERBS or tokens[j - 1].text in _OPENING_MARKS):
        j -= 1
    if i >= j or j - i > _MAX_TOKENS:
        return None
    names, people, has_person = [], [], False
    k, first = i, True
    while k < j:
        unit = _unit(article, k, j, first)
        if unit is None:
            return None
        kind, end_tok, name = unit
        if kind == "person":
            has_person = True
            if name:
                people.append(name)
        elif name:
            names.append(name)
        k, first = _after_joiner(article, end_tok, j)
        if k is None:
            return None
    return Subject(list(dict.fromkeys(names)), has_person, tuple(people))


def _words(tokens, k: int, n: int) -> tuple[str, ...]:
    return tuple(t.text.lower() for t in tokens[k:k + n])


def _lengths(heads: set) -> dict[str, tuple[int, ...]]:
    """First word -> the lengths of the heads starting with it, longest first."""
    table: dict[str, set] = {}
    for head in heads:
        table.setdefault(head[0], set()).add(len(head))
    return {word: tuple(sorted(lengths, reverse=True)) for word, lengths in table.items()}


_HEAD_LENGTHS = {id(heads): _lengths(heads) for heads in (_GROUP_HEADS, _SINGULAR_HEADS, _AGENCY_HEADS)}


def _head(tokens, k: int, heads: set) -> int:
    """Length of the longest head phrase of `heads` at token k (0 if none)."""
    if k >= len(tokens):
        return 0
    for n in _HEAD_LENGTHS[id(heads)].get(tokens[k].text.lower(), ()):
        if _words(tokens, k, n) in heads:
            return n
    return 0


_QUANTIFIER_FIRSTS = {q[0] for q in _QUANTIFIERS}


def _quantifier(tokens, k: int) -> int:
    if k >= len(tokens) or tokens[k].text.lower() not in _QUANTIFIER_FIRSTS:
        return 0
    for q in _QUANTIFIERS:
        if _words(tokens, k, len(q)) == q:
            return len(q)
    return 0


def _starts_unit(article, k: int, j: int, after_joiner: bool) -> bool:
    tokens = article.tokens
    if k >= j:
        return False
    if _quantifier(tokens, k) or article.agency_at(k):
        return True
    if tokens[k].is_capitalized and (_head(tokens, k, _AGENCY_HEADS) or gazetteer.titles().match_at(tokens, k)):
        return True
    return after_joiner and bool(_head(tokens, k, _GROUP_HEADS))


def _after_joiner(article, k: int, j: int) -> tuple[int | None, bool]:
    """Past the joiner after a unit: (next unit start, False), (j, False) at the end, None if no unit follows."""
    tokens = article.tokens
    if k >= j:
        return j, False
    n = 2 if _words(tokens, k, 2) == ("cùng", "với") else 1
    if tokens[k].text.lower() in _JOINERS and _starts_unit(article, k + n, j, True):
        return k + n, False
    return None, False


def _modifiers(article, k: int, j: int, strict: bool = False) -> int:
    """Past the words that qualify a unit ("các xã có rừng", "Sở Xây dựng TP"), up to a joiner that
    starts another unit, the end, or a word that cannot be in a subject (then: -1). `strict`: only
    capitalised words and words of place and level."""
    tokens = article.tokens
    start = k
    while k < j:
        word = tokens[k].text.lower()
        if word in _JOINERS:
            n = 2 if _words(tokens, k, 2) == ("cùng", "với") else 1
            if _starts_unit(article, k + n, j, True):
                return k
        if word in _NOT_IN_SUBJECT and not (k > start and (tokens[k - 1].text.lower(), word) in _COMPOUNDS):
            return -1
        if _words(tokens, k, 2) in _SAYING or _words(tokens, k, 1) in _SAYING:
            return -1
        if strict and not (tokens[k].is_capitalized or word in _PLACE_WORDS or word in _JOINERS
                           or tokens[k].text == SPAM_MARK):
            return -1
        if k - start >= _MAX_UNIT_TOKENS:
            return -1
        k += 1
    return k


def _is_acronym(token) -> bool:
    """An all-capitals word of 2-6 letters that is not an abbreviation of a name part (UBND, HĐND)."""
    text = token.text
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper() and gazetteer.abbreviation(text) is None


def first_is_title(article, k: int) -> bool:
    return bool(gazetteer.titles().match_at(article.tokens, k))


def _unit(article, k: int, j: int, first: bool):
    """(kind, end token, name or None) of the unit at token k, or None."""
    tokens = article.tokens
    match = article.agency_at(k)
    if match and match.end_tok <= j:
        end = _modifiers(article, match.end_tok, j, strict=True)
        return None if end < 0 else ("agency", end, match.name)
    n = _head(tokens, k, _AGENCY_HEADS) if tokens[k].is_capitalized else 0
    if n and k + n < j and tokens[k + n].text.lower() == "các":  # "Công an các tỉnh", "Sở Y tế các địa phương"
        end = _modifiers(article, k + n, j)
        return None if end < 0 else ("group", end, None)
    if _is_acronym(tokens[k]) and not first_is_title(article, k):  # "EVN", "PVN": agencies by their initials
        end = _modifiers(article, k + 1, j, strict=True)
        return None if end < 0 else ("agency", end, tokens[k].text)
    if n and k + n < j and (tokens[k + n].is_capitalized or tokens[k + n].text == SPAM_MARK):
        end = _modifiers(article, k + n, j)
        if end < 0:
            return None
        span = article.text[tokens[k].start:tokens[end - 1].end]
        clean = SPAM_MARK not in article.masked[tokens[k].start:tokens[end - 1].end]
        return "agency", end, squash_spaces(span) if clean else None
    if tokens[k].is_capitalized:
        title = gazetteer.titles().match_at(tokens, k)
        if title and title.end_tok <= j:
            name_at = article.people_at(tokens[k].start)
            end = _modifiers(article, max(title.end_tok, name_at.end_tok if name_at else 0), j, strict=True)
            return None if end < 0 else ("person", end, name_at.name if name_at else None)
    province = lexicon.province_end(tokens, k)
    if province and province <= j:  # "Đà Nẵng cần ...": a province stands for its government
        end = _modifiers(article, province, j, strict=True)
        return None if end < 0 else ("group", end, None)
    q = _quantifier(tokens, k)
    n = _head(tokens, k + q, _GROUP_HEADS) if q else (_head(tokens, k, _GROUP_HEADS) if not first else 0)
    if q and not n and k + q < j and tokens[k + q].is_capitalized and _head(tokens, k + q, _AGENCY_HEADS):
        n = _head(tokens, k + q, _AGENCY_HEADS)  # "các Cục, Vụ", "các Ban quản lý dự án"
    if not n:
        n = _head(tokens, k, _SINGULAR_HEADS)
        q = 0
    if n:
        end = _modifiers(article, k + q + n, j)
        return None if end < 0 else ("group", end, None)
    return None
