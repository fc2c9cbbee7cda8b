"""People: "<title chain> <name>", "đồng chí <name>, <title chain>", and bare titles.

A bare title ("Tổng Bí thư đề nghị ...") is resolved to the name the article gave that title
elsewhere ("Tổng Bí thư Tô Lâm"), but only when the article gives that title to one person.
A name cut short by injected spam ("Lê Hoài hi88 com") is not trusted and not reported.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from vngov.extract import gazetteer
from vngov.extract.normalize import Token

# Common Vietnamese family names: a name must start with one (precision over recall).
SURNAMES = frozenset("""
nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý tô đào đinh lương trương
mai lâm thái hà tạ chu cao triệu vương đoàn lưu kiều quách tăng giang doãn âu khổng thạch la lò
tòng hầu nông lục đàm mạc phùng ninh thân từ khúc tôn viên bế hứa quản nghiêm đồng lại lạc trịnh
sùng giàng điểu vi văn châu thào ksor h'
""".split())
# Capitalised words that never continue a personal name.
_NOT_NAME = frozenset("""
ban bộ sở ủy uỷ tỉnh đảng nhà quốc hội phó chủ thủ tổng bí trưởng ảnh nghị quyết luật tại theo
ngày sáng chiều trưa tối khoa và cùng đồng thường ubnd hđnd mttq việt
""".split())
_HONORIFICS = {"đồng chí", "ông", "bà"}
_HONORIFIC_KEYS = {"dong", "ong", "ba"}  # first words of the honorifics, folded
_MAX_NAME_TOKENS = 4
_PLACE_TITLE_ENDINGS = ("tỉnh", "thành phố", "tp", "huyện")


@dataclass(frozen=True)
class PersonMention:
    start: int  # character span of the whole mention
    end: int
    name: str | None
    title: str | None  # the first title of the chain, with its agency ("Bộ trưởng Bộ Quốc phòng")
    titles: tuple[str, ...] = ()
    start_tok: int = 0
    end_tok: int = 0


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
            return f"{title} {agency.name}", agency.end_tok
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
    """After "Chủ tịch UBND tỉnh", skip the place name ("Thanh Hóa") that precedes the person."""
    if not titles or not titles[-1].lower().endswith(_PLACE_TITLE_ENDINGS):
        return j
    run = j
    while run < len(tokens) and _is_word(tokens[run]) and tokens[run].is_capitalized:
        run += 1
    for p in range(j + 1, run):
        if tokens[p].text.lower() in SURNAMES and 2 <= run - p <= _MAX_NAME_TOKENS:
            return p
    return run


def _honorific_at(tokens: list[Token], i: int) -> int:
    """Tokens taken by "đồng chí"/"ông"/"bà" at i (0 if none)."""
    if tokens[i].key not in _HONORIFIC_KEYS:
        return 0
    pair = " ".join(t.text.lower() for t in tokens[i:i + 2])
    if pair in _HONORIFICS:
        return 2
    return 1 if tokens[i].text.lower() in _HONORIFICS else 0


def find_people(tokens: list[Token]) -> list[PersonMention]:
    # Only capitalised words and honorifics can start a mention: try those alone.
    starts = [i for i, t in enumerate(tokens) if t.is_capitalized or t.key in _HONORIFIC_KEYS]
    mentions, next_free = [], 0
    for i in starts:
        if i < next_free:
            continue
        mention = _title_first(tokens, i) or _name_first(tokens, i)
        if mention:
            mentions.append(mention)
            next_free = mention.end_tok
    return mentions


def _title_first(tokens: list[Token], i: int) -> PersonMention | None:
    start = i + _honorific_at(tokens, i)
    titles, j = _parse_title_chain(tokens, start)
    if not titles:
        return None
    name, k = _parse_name(tokens, _skip_place(tokens, titles, j))
    end_tok = k if name else j
    return PersonMention(tokens[i].start, tokens[end_tok - 1].end, name, titles[0], tuple(titles), i, end_tok)


def _name_first(tokens: list[Token], i: int) -> PersonMention | None:
    """"(đồng chí) Phạm Minh Chính, Uỷ viên Bộ Chính trị, Thủ tướng Chính phủ"."""
    start = i + _honorific_at(tokens, i)
    name, j = _parse_name(tokens, start)
    if not name or j + 1 >= len(tokens) or tokens[j].text != ",":
        return None
    titles, k = _parse_title_chain(tokens, j + 1)
    if not titles:
        return None
    return PersonMention(tokens[i].start, tokens[k - 1].end, name, titles[-1], tuple(titles), i, k)


class TitleResolver:
    """Maps a title to the one person the article gives it to."""

    def __init__(self, mentions: list[PersonMention]):
        self._names: dict[str, Counter] = defaultdict(Counter)
        for mention in mentions:
            if mention.name:
                for title in mention.titles:
                    self._names[title][mention.name] += 1

    def name_for(self, title: str | None) -> str | None:
        counts = self._names.get(title or "")
        if not counts:
            return None
        (best, n), *rest = counts.most_common(2)
        return best if not rest or n >= 2 * rest[0][1] else None

    def resolve(self, mention: PersonMention) -> PersonMention:
        if mention.name or not mention.title:
            return mention
        name = self.name_for(mention.title)
        if not name:
            return mention
        return PersonMention(mention.start, mention.end, name, mention.title, mention.titles, mention.start_tok, mention.end_tok)
