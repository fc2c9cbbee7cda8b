"""Text cleaning and quality flags for article bodies.

`clean_text` turns a body (as a site parser or an import gave it) into the text every extractor
and every `evidence_text` refers to. `quality_flags` / `spam_spans` find injected spam such as the
"hi88 com" that replaced words all through seed 003: a gambling brand that repeats, or one found
once whose shape says it was injected (a spaced domain, "w88 . vip"; a brand breaking a word or a
name, "Bộ Tài ok365 com chính"). `brand_spans` is every brand-shaped string, which extraction masks.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["clean_text", "quality_flags", "spam_spans", "find_spam", "brand_spans"]

# --------------------------------------------------------------------------- clean_text

# Spaces inside a line: ordinary, no-break, thin, ideographic ... (zero-width ones are deleted).
_UNUSUAL_SPACES = r"\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"  # a character class's content
_SPACE_CHARS = rf"[ {_UNUSUAL_SPACES}]"
# Runs of spaces (ordinary, no-break, thin, ideographic ...), except a lone " " (most of them:
# replacing it by itself costs a lot on long pages).
_SPACES_TO_FIX = re.compile(rf"[{_UNUSUAL_SPACES}]{_SPACE_CHARS}*| {_SPACE_CHARS}+")
_UNUSUAL_SPACE = re.compile(rf"[{_UNUSUAL_SPACES}]")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff]")
# A line that is nothing but image file names (portals print the attachment names).
_IMAGE_LINE = re.compile(r"^(?:\S+\.(?:jpe?g|png|gif|webp|bmp|tiff?|svg|heic)\s*)+$", re.IGNORECASE)
# Headings after which a page lists other stories.
_TEASER_HEADINGS = {
    "tin liên quan", "bài liên quan", "tin bài liên quan", "bài viết liên quan", "tin cùng chuyên mục",
    "tin khác", "các tin khác", "tin mới", "tin mới nhất", "có thể bạn quan tâm", "đọc thêm",
    "tin đọc nhiều", "đọc nhiều nhất", "tin nổi bật", "cùng chuyên mục",
}
_BYLINE_SEPARATORS = re.compile(r"\s*(?:-|–|—|/)\s*")
# A link to another story on a line of its own: "Xem thêm: ...", "Đọc thêm: ...", ">> ...".
_LINK_LINE = re.compile(r"(?:(?:Xem|Đọc)\s+(?:thêm|tiếp)|Tin liên quan|Bài liên quan)\s*:\s*\S|>>\s*\S", re.IGNORECASE)
# Before cutting the tail of a page we want some real article prose above the cut point:
# navigation menus at the top of a flattened page must not trigger it.
_MIN_PROSE_BEFORE_CUT = 2


def clean_text(body: str) -> str:
    """NFC, tidy whitespace, drop image-name lines, "Xem thêm: ..." link lines, repeated paragraphs
    and trailing teasers."""
    if not body:
        return ""
    # spaces fixed in one pass over the text, not one per line, and only when there is one to fix:
    # every run to fix holds two spaces in a row or an unusual one (much cheaper to look for)
    text = _ZERO_WIDTH.sub("", unicodedata.normalize("NFC", body))
    if "  " in text or _UNUSUAL_SPACE.search(text):
        text = _SPACES_TO_FIX.sub(" ", text)
    lines = (line.strip() for line in text.splitlines())
    paragraphs = [line for line in lines if line and not _IMAGE_LINE.match(line) and not _LINK_LINE.match(line)]
    paragraphs = _drop_repeats(paragraphs)
    paragraphs = _cut_trailing_teasers(paragraphs)
    return "\n\n".join(paragraphs)


def _drop_repeats(paragraphs: list[str]) -> list[str]:
    """Keep the first copy of every paragraph of two words or more.

    Pages that print the whole body twice (seed 004) repeat it paragraph by paragraph, so dropping
    every later copy of a paragraph removes the second block as well as single repeats. One-word
    lines (counters such as "0") are left alone: they are not content worth deduplicating.
    """
    seen: set[str] = set()
    kept = []
    for paragraph in paragraphs:
        if " " in paragraph:  # two words or more (words are separated by single spaces)
            if paragraph in seen:
                continue
            seen.add(paragraph)
        kept.append(paragraph)
    return kept


def _cut_trailing_teasers(paragraphs: list[str]) -> list[str]:
    """End the body at a byline ("Vũ Tuân - VnExpress", "Thanh Hà", "Ngọc Mai (TTXVN)") or a "Tin liên
    quan" heading.

    What follows either one is other stories; both only count after some article prose: two
    paragraphs of it, or one when nothing but headlines follows (a one-paragraph story).
    """
    prose = 0
    flags = [_is_prose(p) for p in paragraphs]
    prose_after = [False] * len(paragraphs)  # whether a prose paragraph comes after paragraph i
    for i in range(len(paragraphs) - 2, -1, -1):
        prose_after[i] = prose_after[i + 1] or flags[i + 1]
    for i, paragraph in enumerate(paragraphs):
        if prose >= _MIN_PROSE_BEFORE_CUT:
            if paragraph.lower().rstrip(" :") in _TEASER_HEADINGS:
                return paragraphs[:i]
            if _is_outlet_byline(paragraph) and i + 1 < len(paragraphs):
                return paragraphs[: i + 1]
        elif prose == 1 and i + 1 < len(paragraphs) and not prose_after[i]:
            # a one-paragraph story: a heading or its byline counts when only headlines follow
            if paragraph.lower().rstrip(" :") in _TEASER_HEADINGS:
                return paragraphs[:i]
            if i and flags[i - 1] and _is_outlet_byline(paragraph):
                return paragraphs[: i + 1]
        if flags[i]:
            prose += 1
    return paragraphs


def _is_prose(paragraph: str) -> bool:
    # paragraphs are stripped lines whose words are separated by single spaces (see clean_text)
    return paragraph[-1:] in '.!?…"”' and paragraph.count(" ") >= 11


def _is_outlet_byline(line: str) -> bool:
    """A byline: "Author Name - Outlet", "Author Name/Outlet", "Author Name (TTXVN/Vietnam+)",
    "Theo TTXVN", or the author's name alone ("Thanh Thủy", "DOÃN HÒA", "T.Hà")."""
    if len(line) > 60:
        return False
    m = _BYLINE_OUTLET_IN_BRACKETS.fullmatch(line)
    if m:
        return _is_author(m["author"].split())
    if _BYLINE_SOURCE.fullmatch(line) or line.upper() in _STAFF_BYLINES:
        return True
    m = _BYLINE_CREDIT.fullmatch(line)
    if m:
        return all(_is_author(author.split()) for author in _BYLINE_SEPARATORS.split(m["authors"]))
    parts = _BYLINE_SEPARATORS.split(line)
    if len(parts) == 1:
        return _is_bare_author(line)
    if len(parts) != 2:
        return False
    author, outlet = (part.split() for part in parts)
    if not 2 <= len(author) <= 4 or not 1 <= len(outlet) <= 2:
        return False
    return all(word[:1].isupper() and word.replace(".", "").isalpha() for word in author + outlet)


# "Phương Hoa (TTXVN/Vietnam+)", "Minh Anh (TTXVN)": an outlet in brackets after the author.
_BYLINE_OUTLET_IN_BRACKETS = re.compile(
    r"(?P<author>[^()]{3,40}?)\s*\((?P<outlet>[^()\s]{2,25}(?:\s[^()\s]{1,12}){0,2})\)")
# "Bài và ảnh: Nguyễn Hương", "Tin, ảnh: Lê Hợi" (not "Ảnh: VGP", a photo caption inside the story).
_BYLINE_CREDIT = re.compile(
    r"(?:Bài(?:\s+và\s+ảnh|,\s*ảnh)?|Tin(?:\s+và\s+ảnh|,\s*ảnh)?|Nhóm phóng viên)\s*:\s*(?P<authors>.+)")
_STAFF_BYLINES = {"PV", "NHÓM PV", "BTV", "CTV", "PV (TỔNG HỢP)", "NHÓM PHÓNG VIÊN"}
# "Theo TTXVN", "Theo Chinhphu.vn", "Theo Báo Tin tức": a source line that ends the body.
_BYLINE_SOURCE = re.compile(r"(?:Theo|Nguồn:?)\s+(?:[A-ZĐ][\w.+/-]*)(?:\s+[A-ZĐ][\w.+/-]*){0,2}")
_MAX_SYLLABLE = 7  # the longest Vietnamese syllable ("nghiêng") has 7 letters


def _is_author(words: list[str]) -> bool:
    """2-4 capitalised syllables, initials allowed ("T.Hà", "N.Hương")."""
    if not 2 <= len(words) <= 4 and not (len(words) == 1 and "." in words[0]):
        return False
    for word in words:
        letters = word.replace(".", "")
        if not (letters.isalpha() and word[:1].isupper() and len(letters) <= 2 * _MAX_SYLLABLE):
            return False
        if "." not in word and len(word) > _MAX_SYLLABLE:
            return False
    return True


def _is_bare_author(line: str) -> bool:
    """The author's name on a line of its own: capitalised (or upper-case) syllables and nothing
    else. Agency, title and place names look the same, so those are not taken for one."""
    words = line.split()
    if not _is_author(words) or line.lower() in _TEASER_HEADINGS:
        return False
    rests = [word[1:].replace(".", "") for word in words]
    if not (line.isupper() or all(not rest or rest.islower() for rest in rests)):
        return False
    from vngov.extract import gazetteer  # imported late: the gazetteer reads the dbt seeds
    from vngov.extract.normalize import tokenize
    tokens = tokenize(line.title() if line.isupper() else line)
    return not (gazetteer.agencies().match_at(tokens, 0) or gazetteer.titles().match_at(tokens, 0)
                or gazetteer.is_place(line))


# --------------------------------------------------------------------------- spam

# Brand-like tokens of gambling sites. Each alternative needs a digit or a betting morpheme, so
# ordinary words, acronyms (VIP, VNeID) and real domains (nld.com.vn, Chinhphu.vn) do not match.
_BRAND = r"""(?:
      [a-z]{1,8}(?:888|388|88|68|86|99|79|789|365|777)   # hi88, fb88, new88, sv388, ok365, zbet365
    | \d{1,4}[a-z]{0,3}(?:bet|win|vip|club)              # 789bet, 8xbet, 33win, 188bet
    | [a-z]{1,6}\d{1,3}(?:bet|win|vip|club)              # f8bet, v9bet, b52club
    | [a-z]{1,6}(?:bet|casino)[ ]?\d{1,4}                # kubet 77, kubet77, xbet 24
)"""
# "hi88 com", "fb88.com", "new88 . net", "8xbet co": the top-level domain written after the brand
# (on the same line), and maybe a ".vn" after it.
_TLD = r"(?:com|net|org|vip|club|bet|win|io|cc|co|tv|me|info|top|xyz|live|online|site|fun|pro|app|link)"
_DOT = r"(?:[ \t]*\.[ \t]*|[ \t]+)"
_SPAM_RE = re.compile(
    rf"(?<![\w.@/-])(?P<brand>{_BRAND})(?:(?P<sep>{_DOT}){_TLD}(?:{_DOT}vn)?(?!\w|\.\w))?(?!\w|[.@/-]\w)",
    re.IGNORECASE | re.VERBOSE,
)
# Real businesses and words that look like brands (F88 is a pawn-shop chain).
_NOT_SPAM = {"f88", "tibet", "alphabet"}
# A brand that repeats is injected ("hi88" in "hi88 com ương" ... "hi88 . com"); one written once
# is injected only when its shape says so (see _injected): otherwise it may be news about a
# gambling site, or a code that looks like a brand ("B777", "A79").
_MIN_SPAM_HITS = 2
# Words after which a single brand is the name of a site, not a broken word ("trang fb88",
# "nhà cái w88", "ứng dụng kubet", "truy cập", "tên miền", "cá độ", "đánh bạc" ...).
_MENTION_CUES = frozenset("""
trang web website app link cái dụng miền cập hiệu sàn game cổng tảng bạc cược độ tên gọi là như
vào khoản kênh fanpage nhóm group
""".split())
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)(?![\w.@/-]\w)")
# Characters of the line on each side looked at for a name the spam breaks ("Ban Chỉ đạo Trung
# ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số" is 90).
_CONTEXT = 160
_WORD_CONTEXT = 40  # ... and for the word right before it


_DIGITS = re.compile(r"\d+")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def find_spam(text: str) -> list[tuple[int, int]]:
    """Character spans of injected spam strings, or [] when the text does not look injected."""
    return list(_spam(text)[1])


def brand_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of every brand-shaped string ("hi88 com", "W88", "kubet 77"), injected or
    not (F88 and the like excepted): a superset of find_spam. Extraction masks all of them, so
    no fact field ever carries a gambling brand, even one named once in a news story."""
    return list(_spam(text)[0])


def _spam(text: str) -> tuple[tuple, tuple]:
    # quality_flags and extract_article look at the same text one after the other
    if text is _last_spam[0] or text == _last_spam[0]:
        return _last_spam[1]
    hits = _brand_runs(text)
    injected = []
    if hits:
        counts: dict[str, int] = {}
        for m in hits:
            counts[m["brand"].lower()] = counts.get(m["brand"].lower(), 0) + 1
        injected = [m.span() for m in hits
                    if counts[m["brand"].lower()] >= _MIN_SPAM_HITS or _injected(text, m)]
    found = (tuple(m.span() for m in hits), tuple(injected))
    _last_spam[:] = [text, found]
    return found


_last_spam: list = [None, ((), ())]


def _brand_runs(text: str) -> list[re.Match]:
    """Every brand-shaped run ("hi88 com", "sv388 . net", "kubet 77"), left to right."""
    hits, searched_to = [], 0
    # Every brand shape holds a digit: try the full pattern only where a word with digits
    # starts (scanning all of a 10 KB text with it costs ten times more).
    for digits in _DIGITS.finditer(text):
        start = digits.start()
        if start < searched_to:
            continue
        while start > 0 and digits.start() - start < 8 and text[start - 1] in _ASCII_LETTERS:
            start -= 1
        m = _SPAM_RE.match(text, start)
        if m is None and start == digits.start() and start > 1 and text[start - 1] == " " \
                and text[start - 2] in _ASCII_LETTERS:
            start -= 1  # "kubet 77": the number written apart from the betting word
            while start > 0 and digits.start() - start < 12 and text[start - 1] in _ASCII_LETTERS:
                start -= 1
            m = _SPAM_RE.match(text, start)
        if m and re.split(r"[\s.]", m.group().lower())[0] not in _NOT_SPAM:
            hits.append(m)
            searched_to = m.end()
    return hits


def _injected(text: str, m: re.Match) -> bool:
    """Whether a brand-shaped run found once was injected into the text, judged by its shape:

    * a domain written with spaces ("hi88 com", "w88 . vip", "8xbet co"): nobody writes a site's
      address like that (a spaced domain after an upper-case code, "OPPO A79 pro", is not one);
    * it breaks a Vietnamese word: a brand not written in capitals (those may be model codes,
      "máy bay B777") with a word right before and after it and no punctuation between ("được
      quan 789bet chỉ đạo", "Bộ Tài zbet365 chính", "Hội nghị Jun88 ương"), unless the word before
      it introduces a site ("trang fb88", "nhà cái w88 ...", "truy cập fb88");
    * it cuts a person's name ("Trần W88 Hồng Hà") or breaks a name the gazetteer knows ("Ban
      Chỉ đạo FB88 ương ...", "Phó Thủ W88 tướng").
    """
    brand, sep = m["brand"], m["sep"]
    if sep is not None and sep != "." and ("." in sep or not brand.isupper()):
        return True
    start, end = m.span()
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[max(line_start, start - _CONTEXT):start]
    after = text[end:min(line_end, end + _CONTEXT)]
    word_before, word_after = _WORD_BEFORE.search(before[-_WORD_CONTEXT:]), _WORD_AFTER.match(after)
    if word_before and word_after:
        if not brand.isupper() and word_before[1].lower() not in _MENTION_CUES:
            return True
        if word_after[1][0].isupper() and _ends_in_person_name(before):
            return True
    from vngov.extract import gazetteer  # imported late: the gazetteer reads the dbt seeds
    return gazetteer.spam_breaks_name(before, after)


_NAME_BEFORE = re.compile(r"((?:[^\W\d_]+[ \t]+){1,3})$")


def _ends_in_person_name(before: str) -> bool:
    """Whether `before` ends in the first 1-3 capitalised words of a person's name ("Trần",
    "Trần Hồng"): a brand there cuts the name in two."""
    from vngov.extract.lexicon import SURNAMES  # imported late: vngov.extract imports this module
    m = _NAME_BEFORE.search(before)
    if not m:
        return False
    words = m[1].split()
    for k in range(len(words)):
        tail = words[k:]
        if tail[0].lower() in SURNAMES and all(w[0].isupper() and w[1:] == w[1:].lower() for w in tail):
            return True
    return False


def spam_spans(text: str) -> list[str]:
    """The distinct spam strings found (e.g. ["hi88 com"]), in order of first appearance."""
    found: dict[str, None] = {}
    for start, end in find_spam(text):
        found.setdefault(text[start:end], None)
    return list(found)


def quality_flags(text: str) -> list[str]:
    flags = []
    if find_spam(text):
        flags.append("spam_injection")
    return flags
