"""Closed word lists that are general knowledge, not gazetteer data: family names and provinces.

The province list tells a place from a person where a title is followed by both, with no comma:
"Chủ tịch UBND tỉnh Nghệ An Nguyễn Văn A", "Chủ tịch UBND TP HCM Lê Văn B". For places outside it
(districts, communes) the split is guessed from the family name that starts the person's name.
"""

from __future__ import annotations

from vngov.extract.normalize import Token, fold_tokens

# Common Vietnamese family names: a name must start with one (precision over recall).
SURNAMES = frozenset("""
nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý tô đào đinh lương trương
mai lâm thái hà tạ chu cao triệu vương đoàn lưu kiều quách tăng giang doãn âu khổng thạch la lò
tòng hầu nông lục đàm mạc phùng ninh thân từ khúc tôn viên bế hứa quản nghiêm đồng lại lạc trịnh
sùng giàng điểu vi văn châu thào ksor h' lữ lã mã kha khương liêu mẫn nhữ phí sầm tiêu trình uông vy cù
cấn diệp lường quan thiều bạch
""".split())

# The 63 provinces and centrally-run cities before the 2025 merger (the 34 after it are among
# them), with the short forms newspapers use.
PROVINCES = (
    "An Giang|Bà Rịa - Vũng Tàu|Bà Rịa Vũng Tàu|Bắc Giang|Bắc Kạn|Bạc Liêu|Bắc Ninh|Bến Tre|Bình Định"
    "|Bình Dương|Bình Phước|Bình Thuận|Cà Mau|Cần Thơ|Cao Bằng|Đà Nẵng|Đắk Lắk|Đắk Nông|Điện Biên"
    "|Đồng Nai|Đồng Tháp|Gia Lai|Hà Giang|Hà Nam|Hà Nội|Hà Tĩnh|Hải Dương|Hải Phòng|Hậu Giang|Hòa Bình"
    "|Hưng Yên|Khánh Hòa|Kiên Giang|Kon Tum|Lai Châu|Lâm Đồng|Lạng Sơn|Lào Cai|Long An|Nam Định|Nghệ An"
    "|Ninh Bình|Ninh Thuận|Phú Thọ|Phú Yên|Quảng Bình|Quảng Nam|Quảng Ngãi|Quảng Ninh|Quảng Trị"
    "|Sóc Trăng|Sơn La|Tây Ninh|Thái Bình|Thái Nguyên|Thanh Hóa|Thừa Thiên Huế|Thừa Thiên - Huế|Huế"
    "|Tiền Giang|Hồ Chí Minh|HCM|TP.HCM|TPHCM|TP HCM|TP. HCM|TP. Hồ Chí Minh|TP Hồ Chí Minh|Sài Gòn"
    "|Trà Vinh|Tuyên Quang|Vĩnh Long|Vĩnh Phúc|Yên Bái"
).split("|")

_MAX_PLACE_TOKENS = 3  # a place we cannot look up is taken to be at most this long
_NAME_LENGTHS = (3, 4, 2)  # most Vietnamese names have three syllables, then four, then two


def _trie(phrases: list[str]) -> dict:
    root: dict = {}
    for phrase in phrases:
        node = root
        for key in fold_tokens(phrase):
            node = node.setdefault(key, {})
        node[""] = True
    return root


_PROVINCE_TRIE = _trie(PROVINCES)


def province_end(tokens: list[Token], j: int) -> int | None:
    """End (exclusive) of the longest province name starting at token j, or None."""
    node, best, i = _PROVINCE_TRIE, None, j
    while i < len(tokens):
        node = node.get(tokens[i].key)
        if node is None:
            break
        i += 1
        if "" in node:
            best = i
    return best


def is_place(text: str) -> bool:
    """Whether the whole string is a province name ("Hà Nội", "TP HCM")."""
    keys = fold_tokens(text.strip())
    node = _PROVINCE_TRIE
    for key in keys:
        node = node.get(key)
        if node is None:
            return False
    return bool(keys) and "" in node


def _is_word(token: Token) -> bool:
    return token.is_capitalized and token.text.isalpha()


def starts_name(tokens: list[Token], j: int) -> bool:
    """A family name followed by one to three capitalised words, then no more."""
    if j >= len(tokens) or not _is_word(tokens[j]) or tokens[j].text.lower() not in SURNAMES:
        return False
    k = j + 1
    while k < len(tokens) and _is_word(tokens[k]):
        k += 1
    return 2 <= k - j <= 4


def place_end(tokens: list[Token], j: int, max_tokens: int = _MAX_PLACE_TOKENS) -> int:
    """Where the capitalised place written at token j ends (j when there is none).

    A known province ends where its name does. Otherwise the place is the run of capitalised words,
    except that a person's name written right after it ("huyện Hoằng Hóa Lê Văn A") is left out:
    the split is put before the family name that leaves a name of 3, else 4, else 2 syllables.
    Three or four capitalised words starting with a family name are a name, not a place."""
    if j + 1 < len(tokens) and j and tokens[j].text == "." and tokens[j - 1].key == "tp":
        j += 1  # "TP.HCM", "TP. Hồ Chí Minh": the abbreviation's dot
    known = province_end(tokens, j)
    if known:
        return known
    run = j
    while run < len(tokens) and run - j < max_tokens + 4 and _is_word(tokens[run]):
        run += 1
    if run == j or (tokens[j].text.lower() in SURNAMES and 3 <= run - j <= 4):
        return j  # nothing, or a name of three or four syllables and no place
    splits = [p for p in range(j + 1, run) if tokens[p].text.lower() in SURNAMES and 2 <= run - p <= 4]
    for length in _NAME_LENGTHS:
        for p in splits:
            if run - p == length and p - j <= max_tokens:
                return p
    return min(run, j + max_tokens)


# Generic addressee groups, as they are written after an instruction verb or before a modal, and
# the type each names. They are no agency (no id), but an analyst asks for them: "what was asked
# of the ministries", "of the localities". Longest phrases first; matched on lower-cased text.
ADDRESSEE_GROUPS = (
    ("ministries", r"(?:tất cả )?các bộ, cơ quan ngang bộ, cơ quan thuộc chính phủ|(?:tất cả )?các bộ,? ngành trung ương"
                   r"|(?:tất cả )?các bộ,? ngành|các cơ quan của chính phủ"
                   r"|các bộ, cơ quan|các bộ|cơ quan ngang bộ|cơ quan thuộc chính phủ|các cơ quan trung ương"),
    ("localities", r"(?:ủy ban nhân dân|ubnd|chủ tịch ubnd|chủ tịch ủy ban nhân dân) các (?:tỉnh, thành phố|tỉnh|thành phố|huyện|xã, phường|xã)"
                   r"|các tỉnh, thành phố(?: trực thuộc trung ương)?"
                   r"|các địa phương|địa phương|các tỉnh|các thành phố|các huyện|các xã, phường|các xã|các phường"),
    ("assembly_bodies", r"(?:tất cả )?các cơ quan của quốc hội|các ủy ban của quốc hội"
                        r"|các đoàn đại biểu quốc hội|các vị đại biểu quốc hội"),
    ("party_committees", r"(?:ban thường vụ|thường trực) các (?:tỉnh ủy|thành ủy|huyện ủy)(?:, (?:tỉnh ủy|thành ủy|huyện ủy))?"
                         r"|các tỉnh ủy, thành ủy|các cấp ủy(?:, tổ chức đảng)?|các cấp uỷ|cấp ủy các cấp|các tổ chức đảng|các đảng bộ|các chi bộ"),
    ("all_levels", r"các cấp, các ngành|các cấp, ngành|các cấp chính quyền|chính quyền các cấp|các cấp|các ngành"),
    ("departments", r"các sở, ban, ngành|các sở, ngành|các sở|các đơn vị thuộc bộ|các cục, vụ|các đơn vị trực thuộc"),
    ("agencies_concerned", r"các cơ quan, đơn vị liên quan|các cơ quan liên quan|các đơn vị liên quan|các cơ quan chức năng"
                           r"|các cơ quan, đơn vị|các cơ quan|các đơn vị"),
    ("enterprises", r"các doanh nghiệp|doanh nghiệp nhà nước|các tập đoàn, tổng công ty|các tập đoàn|các chủ đầu tư"),
    ("mass_organisations", r"mặt trận tổ quốc và các đoàn thể|các đoàn thể|các tổ chức chính trị - xã hội"),
)
