"""People: "<title chain> <name>", "đồng chí <name>, <title chain>", and bare titles.

A bare title ("Tổng Bí thư đề nghị ...") is resolved to the name the article gave that title
elsewhere ("Tổng Bí thư Tô Lâm"), but only when the article gives that title to one person.
A name cut short by injected spam ("Lê Hoài hi88 com") is not trusted and not reported.

References without a title are resolved too: "Ông Nguyễn Văn A" (the titles the article gives
that name), "Ông An" (the one full name ending in that given name), a sentence-opening "Đồng chí
yêu cầu ..." or "Theo ông, ..." (the person named last before it), "người đứng đầu Chính phủ"
(the Prime Minister, then by title).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from vngov.extract import gazetteer, lexicon
from vngov.extract.lexicon import SURNAMES
from vngov.extract.normalize import SPAM_MARK, Token, fold_tokens

# Capitalised words that never continue a personal name.
_NOT_NAME = frozenset("""
ban bộ sở ủy uỷ tỉnh đảng nhà hội phó chủ thủ tổng bí trưởng ảnh quyết luật tại theo
ngày sáng chiều trưa tối và cùng thường ubnd hđnd mttq
""".split())
# Words that are common in names but start a proper noun when this word follows: "Quốc hội",
# "Việt Nam", "Nghị quyết", "Khoa học", "Đồng chí" end a name ("Nguyễn Quốc Chung", "Lê Việt Hà",
# "Nguyễn Thanh Nghị", "Lê Anh Khoa", "Hà Sỹ Đồng" are names).
_NOT_NAME_PAIRS = {("quoc", "hoi"), ("viet", "nam"), ("quoc", "gia"), ("quoc", "te"), ("nghi", "quyet"),
                   ("nghi", "dinh"), ("khoa", "hoc"), ("dong", "chi")}
_NOT_NAME_FIRSTS = {first for first, _ in _NOT_NAME_PAIRS}
_HONORIFICS = {"đồng chí", "ông", "bà"}
_HONORIFIC_KEYS = {"dong", "ong", "ba"}  # first words of the honorifics, folded
_START_KEYS = _HONORIFIC_KEYS | {"nguoi"}
_MAX_NAME_TOKENS = 4
_PLACE_TITLE_ENDINGS = ("tỉnh", "thành phố", "tp", "huyện", "tỉnh ủy", "tỉnh uỷ", "thành ủy", "thành uỷ", "huyện ủy",
                        "huyện uỷ")


@dataclass(frozen=True)
class PersonMention:
    start: int  # character span of the whole mention
    end: int
    name: str | None
    title: str | None  # the first title of the chain, with its agency ("Bộ trưởng Bộ Quốc phòng")
    titles: tuple[str, ...] = ()
    start_tok: int = 0
    end_tok: int = 0
    # how a mention without title or full name refers: "given:An" (Ông An), "pronoun" (Đồng chí ...)
    ref: str | None = None


def _is_word(token: Token) -> bool:
    return token.text.isalpha()


def _parse_name(tokens: list[Token], j: int) -> tuple[str | None, int]:
    """A personal name starting at token j: a family name plus 1-3 capitalised words."""
    if j >= len(tokens) or not (_is_word(tokens[j]) and tokens[j].is_capitalized):
        return None, j
    if tokens[j].text.lower() not in SURNAMES:
        return None, j
    k = j + 1
    while (
        k < len(tokens) and k - j < _MAX_NAME_TOKENS and _is_word(tokens[k])
        and tokens[k].is_capitalized and tokens[k].text.lower() not in _NOT_NAME
        and not (tokens[k].key in _NOT_NAME_FIRSTS and k + 1 < len(tokens)
                 and (tokens[k].key, tokens[k + 1].key) in _NOT_NAME_PAIRS)
    ):
        k += 1
    if k - j < 2:
        return None, j
    if k < len(tokens) and tokens[k].is_spam:  # "Lê Hoài hi88 com": the name may be cut
        return None, j
    return " ".join(t.text for t in tokens[j:k]), k


def _parse_title(tokens: list[Token], i: int) -> tuple[str | None, int]:
    """One title at token i, with the agency that may follow it ("Bộ trưởng Bộ Công an")."""
    if not tokens[i].is_capitalized:
        return None, i
    match = gazetteer.titles().match_at(tokens, i)
    if not match:
        return None, i
    title, j = match.entry.canonical, match.end_tok
    if match.wildcards == 0 and j < len(tokens):
        agency = gazetteer.agencies().match_at(tokens, j)
        if agency and agency.wildcards == 0:
            if " ".join(fold_tokens(agency.entry.canonical)[:2]) in " ".join(fold_tokens(title)):
                return title, agency.end_tok  # "Thống đốc NHNN": the title names its agency already
            return f"{title} {agency.name}", agency.end_tok
        # "Giám đốc Sở Y tế": the title "Giám đốc Sở" ends where the agency "Sở Y tế" starts
        if j - 1 > i:
            agency = gazetteer.agencies().match_at(tokens, j - 1)
            shorter = gazetteer.titles().match_at(tokens[:j - 1], i) if agency and agency.end_tok > j else None
            if shorter and agency.wildcards == 0 and shorter.end_tok == j - 1:
                return f"{shorter.entry.canonical} {agency.name}", agency.end_tok
    return title, j


def _parse_title_chain(tokens: list[Token], i: int) -> tuple[list[str], int]:
    """Titles separated by commas: "Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương"."""
    titles, j = [], i
    while True:
        title, k = _parse_title(tokens, j)
        if not title:
            break
        titles.append(title)
        j = k
        if j + 1 < len(tokens) and tokens[j].text == ",":
            nxt, _ = _parse_title(tokens, j + 1)
            if nxt:
                j += 1
                continue
        break
    return titles, j


def _skip_place(tokens: list[Token], titles: list[str], j: int) -> int:
    """After "Chủ tịch UBND tỉnh", skip the place name ("Thanh Hóa") that precedes the person
    (the title gazetteer has usually taken it already: then the name starts at j)."""
    if not titles or not titles[-1].lower().endswith(_PLACE_TITLE_ENDINGS) or lexicon.starts_name(tokens, j):
        return j
    return lexicon.place_end(tokens, j)


def _honorific_at(tokens: list[Token], i: int) -> int:
    """Tokens taken by "đồng chí"/"ông"/"bà" at i (0 if none)."""
    if tokens[i].key not in _HONORIFIC_KEYS:
        return 0
    pair = " ".join(t.text.lower() for t in tokens[i:i + 2])
    if pair in _HONORIFICS:
        return 2
    return 1 if tokens[i].text.lower() in _HONORIFICS else 0


def find_people(tokens: list[Token]) -> list[PersonMention]:
    # Only capitalised words, honorifics and "người" (đứng đầu) can start a mention: try those alone,
    # and each shape only where its first word can stand (a title's, a family name, an honorific).
    starts = [i for i, t in enumerate(tokens) if t[4] or t[3] in _START_KEYS]
    title_starts = gazetteer.titles().start_keys
    mentions, next_free = [], 0
    for i in starts:
        if i < next_free:
            continue
        token = tokens[i]
        key = token.key
        honorific = key in _HONORIFIC_KEYS
        if key == "nguoi":
            mention = _head_of(tokens, i)
        else:
            mention = None
            if honorific or key in title_starts or token.text == SPAM_MARK:
                mention = _title_first(tokens, i)
            if not mention and (honorific or token.text.lower() in SURNAMES):
                mention = _name_first(tokens, i)
            if not mention and honorific:
                mention = _honorific_reference(tokens, i)
        if mention:
            mentions.append(mention)
            next_free = mention.end_tok
    return mentions


def _title_first(tokens: list[Token], i: int) -> PersonMention | None:
    start = i + _honorific_at(tokens, i)
    titles, j = _parse_title_chain(tokens, start)
    if not titles:
        return None
    province = lexicon.province_end(tokens, j)
    if province and lexicon.starts_name(tokens, province):
        j = province  # "Giám đốc Sở Y tế Hà Nội Trần Thị A": the agency's province, then the name
    elif j < len(tokens) and _is_acronym(tokens[j]) and lexicon.starts_name(tokens, j + 1):
        j += 1  # "Tổng Giám đốc PVN Lê Mạnh A": the organisation's initials, then the name
    name, k = _parse_name(tokens, _skip_place(tokens, titles, j))
    end_tok = k if name else j
    if name:  # "Đại tướng Tô Lâm, Bộ trưởng Bộ Công an, Phó Trưởng Ban Chỉ đạo": more titles of the same person
        more, end_tok = _appositive_titles(tokens, end_tok)
        titles += more
    return PersonMention(tokens[i].start, tokens[end_tok - 1].end, name, titles[0], tuple(titles), i, end_tok)


def _is_acronym(token: Token) -> bool:
    return 2 <= len(token.text) <= 6 and token.text.isalpha() and token.text.isupper()


def _appositive_titles(tokens: list[Token], k: int) -> tuple[list[str], int]:
    """", <title chain>" after a name, unless the chain introduces another person (", Bộ trưởng Bộ Y
    tế Đào Hồng Lan") or is cut by spam."""
    if k + 1 >= len(tokens) or tokens[k].text != ",":
        return [], k
    titles, j = _parse_title_chain(tokens, k + 1)
    if not titles:
        return [], k
    if j < len(tokens) and (tokens[j].is_spam or _parse_name(tokens, _skip_place(tokens, titles, j))[0]):
        return [], k
    return titles, j


def _name_first(tokens: list[Token], i: int) -> PersonMention | None:
    """"(đồng chí) Phạm Minh Chính, Uỷ viên Bộ Chính trị, Thủ tướng Chính phủ"."""
    start = i + _honorific_at(tokens, i)
    name, j = _parse_name(tokens, start)
    if not name or j + 1 >= len(tokens) or tokens[j].text != ",":
        return None
    if lexicon.province_end(tokens, start) == j:
        return None  # "tại Hà Nội, ...": a place whose first word is also a family name
    titles, k = _parse_title_chain(tokens, j + 1)
    if not titles:
        return None
    if k < len(tokens) and _parse_name(tokens, _skip_place(tokens, titles, k))[0]:
        return None  # "..., Thủ tướng Phạm Minh Chính": the title is the next person's
    return PersonMention(tokens[i].start, tokens[k - 1].end, name, titles[-1], tuple(titles), i, k)


def _honorific_reference(tokens: list[Token], i: int) -> PersonMention | None:
    """"Ông Nguyễn Văn A", "Ông An", a sentence-opening "Đồng chí yêu cầu ...", "Theo ông, ..."."""
    n = _honorific_at(tokens, i)
    if not n:
        return None
    j = i + n
    name, k = _parse_name(tokens, j)
    if name:
        return PersonMention(tokens[i].start, tokens[k - 1].end, name, None, (), i, k)
    if j >= len(tokens):
        return None
    after = tokens[j]
    if (after.is_capitalized and after.text.isalpha()
            and (j + 1 >= len(tokens) or not tokens[j + 1].is_capitalized)
            and after.text.lower() not in _NOT_NAME):
        return PersonMention(tokens[i].start, after.end, None, None, (), i, j + 1, f"given:{after.text}")
    before = tokens[i - 1].key if i else ""
    opens = not i or before in _CLAUSE_OPENERS
    # "..., đồng chí giao ...": after a comma the pronoun is written in lower case too
    if opens and (tokens[i].is_capitalized or before in ("theo", ",")) and (after.text == "," or after.text.islower()):
        if before == "cac" or (n == 1 and after.key in _NOT_PRONOUN_AFTER):
            return None
        return PersonMention(tokens[i].start, tokens[j - 1].end, None, None, (), i, j, "pronoun")
    return None


# Where a pronoun may open a clause: sentence start, after a comma, "Theo ông, ...".
_CLAUSE_OPENERS = {".", ",", ";", ":", "theo", "\"", "“", "(", "-"}
# "Ông bà", "bà con", "Bà Rịa": not a person.
_NOT_PRONOUN_AFTER = {"ba", "con", "cha", "ong", "chau", "noi", "ngoai"}
# "người đứng đầu Chính phủ" -> the title of the head of that body.
_HEADS = {("chinh", "phu"): "Thủ tướng", ("dang",): "Tổng Bí thư", ("quoc", "hoi"): "Chủ tịch Quốc hội",
          ("nha", "nuoc"): "Chủ tịch nước"}


def _head_of(tokens: list[Token], i: int) -> PersonMention | None:
    keys = tuple(t.key for t in tokens[i:i + 5])
    if keys[:3] != ("nguoi", "dung", "dau"):
        return None
    for body, title in _HEADS.items():
        if keys[3:3 + len(body)] == body and tokens[i + 3].is_capitalized:
            end_tok = i + 3 + len(body)
            return PersonMention(tokens[i].start, tokens[end_tok - 1].end, None, title, (title,), i, end_tok)
    return None


class TitleResolver:
    """Maps a title to the one person the article gives it to."""

    def __init__(self, mentions: list[PersonMention]):
        self._names: dict[str, Counter] = defaultdict(Counter)
        titles: dict[str, Counter] = defaultdict(Counter)
        self._titles_seen: set[str] = set()
        for mention in mentions:
            if mention.name:
                self._titles_seen.add(mention.name)
                for title in mention.titles:
                    self._names[title][mention.name] += 1
                if mention.title:
                    titles[mention.name][mention.title] += 1
        self._titles = {name: counts.most_common(1)[0][0] for name, counts in titles.items()}

    def name_for(self, title: str | None) -> str | None:
        """The person given this title; a bare title ("Bộ trưởng") also stands for the same title
        with its agency ("Bộ trưởng Bộ Y tế") when the article gives that to one person only."""
        counts = self._names.get(title or "")
        if not counts and title:
            longer = [c for t, c in self._names.items() if t.startswith(title + " ")]
            names = {name for c in longer for name in c}
            return names.pop() if len(names) == 1 else None
        if not counts:
            return None
        (best, n), *rest = counts.most_common(2)
        return best if not rest or n >= 2 * rest[0][1] else None

    def title_for(self, name: str) -> str | None:
        """The title the article gives this person most often (the first of a tie)."""
        return self._titles.get(name)

    def name_for_given(self, given: str) -> str | None:
        """"An" -> the one full name in the article ending in that given name."""
        found = {name for name in self._titles_seen if name.rsplit(None, 1)[-1] == given}
        return found.pop() if len(found) == 1 else None

    def resolve(self, mention: PersonMention) -> PersonMention:
        if mention.ref and mention.ref.startswith("given:"):
            name = self.name_for_given(mention.ref[6:])
            if not name:
                return mention
            return _renamed(mention, name, self.title_for(name))
        if mention.name and not mention.title:
            title = self.title_for(mention.name)
            return _renamed(mention, mention.name, title) if title else mention
        if mention.name or not mention.title:
            return mention
        name = self.name_for(mention.title)
        if not name:
            return mention
        return PersonMention(mention.start, mention.end, name, mention.title, mention.titles, mention.start_tok, mention.end_tok)


def _renamed(mention: PersonMention, name: str, title: str | None) -> PersonMention:
    return PersonMention(mention.start, mention.end, name, title, (title,) if title else (), mention.start_tok,
                         mention.end_tok, mention.ref)


def name_office_holders(mentions: list[PersonMention], day: date | None) -> list[PersonMention]:
    """A bare unique office the article never names ("Thủ tướng chủ trì ...") is the person who held
    it on the publish day (gazetteer.office_holder). Done after pronouns are resolved, so "Đồng chí"
    still refers to the person the article named."""
    return [_renamed(m, holder, m.title) if not m.name and m.title and (holder := gazetteer.office_holder(m.title, day))
            else m for m in mentions]


def resolve_pronouns(mentions: list[PersonMention]) -> list[PersonMention]:
    """A pronoun mention ("Đồng chí", "ông") takes the person named last before it."""
    resolved, last = [], None
    for mention in mentions:
        if mention.ref == "pronoun" and not mention.name:
            if last:
                mention = _renamed(mention, last.name, last.title)
        elif mention.name:
            last = mention
        resolved.append(mention)
    return resolved
