"""The shortcuts taken for speed give the answers of the straightforward code they replace.

Each test puts a shortcut (a cache, a cheap test before a regex, a scan of fewer characters)
next to the plain computation, on sentences written for it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import asdict
from datetime import date

import pytest

from vngov import text as text_module
from vngov.extract import dates, directives, documents, gazetteer, segment
from vngov.extract.article import Article
from vngov.extract.meetings import Meeting
from vngov.extract.normalize import fold_text, tokenize

PUB = date(2025, 3, 5)

SENTENCES = [
    "Thủ tướng yêu cầu Bộ Tài chính, Bộ Kế hoạch và Đầu tư và UBND tỉnh Thanh Hóa hoàn thành trước ngày 30/6.",
    "Ban Tuyên giáo và Dân vận hi88 com ương, Bộ Tài ok365 com chính và các cơ quan liên quan phải rà soát.",
    "Quốc hội đã kịp thời ban hành Nghị quyết 193/2025/QH15; Chính phủ đã thông qua Nghị định 10/2025/NĐ-CP.",
    'Bộ trưởng nói: "Sở Y tế (Hà Nội) cần làm ngay; không chậm trễ"; các địa phương, các bộ, ngành triển khai.',
    "Chiều 4/3, Ban Chỉ đạo họp. Từ nay đến cuối năm 2025, chậm nhất là 17h ngày 19/8, trong quý I/2025.",
    "Văn phòng Chính phủ được giao chủ trì, phối hợp với Bộ Nội vụ; thời hạn trước 15-10, kế hoạch 2026-2030.",
]


def test_agency_at_is_match_at_of_every_token():
    for sentence in SENTENCES:
        article = Article(sentence, PUB)
        for i in reversed(range(len(article.tokens))):  # also tokens find_all never tried
            assert article.agency_at(i) == gazetteer.agencies().match_at(article.tokens, i), (sentence, i)


def test_find_all_reports_what_it_tried():
    tokens = tokenize(SENTENCES[0] + " " + SENTENCES[1])
    tried: dict = {}
    found = gazetteer.agencies().find_all(tokens, tried=tried)
    assert found == gazetteer.agencies().find_all(tokens)
    assert tried and all(match == gazetteer.agencies().match_at(tokens, i) for i, match in tried.items())


@pytest.mark.parametrize("phrase", SENTENCES + ["Uỷ ban Nhân dân TP. Hồ Chí Minh", "ĐẢNG ỦY", "A\u0301 ﬁ Ǆ ẞ x\u20dd"])
def test_fold_text_drops_every_combining_mark(phrase):
    decomposed = unicodedata.normalize("NFD", phrase.lower().replace("đ", "d"))
    assert fold_text(phrase) == "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _mask_by_characters(text, spans, fill=" "):
    chars = list(text)
    for span in spans:
        start, end = (span.start, span.end) if isinstance(span, segment.Span) else span
        chars[start:end] = fill * (end - start)
    return "".join(chars)


@pytest.mark.parametrize("spans", [[], [(0, 3)], [(5, 9), (2, 6)], [(10, 12), (0, 1), (11, 20)],
                                   [segment.Span(4, 8), (30, 34)], [(7, 7), (40, 47)]])
def test_mask_overwrites_the_spans(spans):
    text = SENTENCES[1]
    assert segment.mask(text, spans) == _mask_by_characters(text, spans)
    assert segment.mask(text, spans, "§") == _mask_by_characters(text, spans, "§")


def _top_level_by_characters(text, start, end, separator):
    found, depth, in_quote = [], 0, False
    for i in range(start, end):
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch in '"“”':
            in_quote = not in_quote if ch == '"' else ch == "“"
        elif ch == separator and depth == 0 and not in_quote:
            found.append(i)
    return found


@pytest.mark.parametrize("separator", [";", ":", ",", "("])
def test_top_level_separators(separator):
    text = SENTENCES[3] + ' (a; b: [c; d]) “e; f” "g; h"; i: j'
    for start, end in [(0, len(text)), (5, len(text) - 3), (20, 60)]:
        expected = _top_level_by_characters(text, start, end, separator) if text.find(separator, start, end) >= 0 else []
        assert segment.top_level(text, start, end, separator) == expected


@pytest.mark.parametrize("text", SENTENCES)
def test_relation_words_are_read_as_by_the_patterns(text):
    def by_patterns(start):
        window_start = max(0, start - 40)
        window = text[window_start:start]
        for name, pattern in dates._RELATION_BEFORE:
            found = pattern.search(window)
            if found:
                return name, window_start + found.start()
        return None, start

    for start in range(len(text) + 1):
        assert dates._relation_of(text, start) == by_patterns(start), text[:start]


def test_dates_with_long_numbers():
    text = "Năm 2025 có 12345 hồ sơ, 06 tháng đầu năm, 123 tháng, 22-12-2024 và 1234-12-2024, 7 tháng năm nay."
    found = [(d.text, d.start, d.end) for d in dates.find_dates(text, PUB)]
    assert ("06 tháng đầu năm", date(2025, 1, 1), date(2025, 6, 30)) in found
    assert ("22-12-2024", date(2024, 12, 22), date(2024, 12, 22)) in found
    assert not any("123" in t for t, _, _ in found)


@pytest.mark.parametrize("text", SENTENCES)
def test_issuing_verb_is_the_plain_search(text):
    article = Article(text, PUB)
    for pos in range(len(text) + 1):
        verb = documents._ISSUING_VERB.search(article.masked, 0, pos)
        expected = verb if verb and verb.end() == pos else None
        found = documents._issuing_verb(article, 0, pos)
        assert (found and found.span()) == (expected and expected.span()), text[:pos]


@pytest.mark.parametrize("head", ["", "Thủ tướng yêu cầu Bộ Tài chính ", "Thủ tướng đề nghị các bộ, ngành và các địa phương ",
                                  "UBND các tỉnh, thành phố, các doanh nghiệp ", "xcác bộ và các cơ quan của Quốc hội "])
def test_any_group_finds_every_group(head):
    lowered = head.lower()
    any_group = any(pattern.search(lowered) for _, pattern in directives._GROUPS)
    assert bool(directives._ANY_GROUP.search(lowered)) == any_group


@pytest.mark.parametrize("text", SENTENCES)
def test_task_list_lead_only_after_a_first_colon(text):
    lowered = text.lower() + " Những việc phải xong trong năm gồm: a; b."
    for start in range(len(lowered)):
        if directives._TASK_LIST_LEAD.match(lowered, start, len(lowered)):
            assert directives._colon_first(lowered, start, len(lowered))


@pytest.mark.parametrize("body", ["a  b", "a\tb", "a\u00a0 b", "a \u3000b", "a b\n\nc  d", "a b", "plain text."])
def test_spaces_fixed_only_where_needed(body):
    expected = "\n\n".join(line.strip() for line in text_module._SPACES_TO_FIX.sub(" ", body).splitlines() if line.strip())
    assert text_module.clean_text(body) == expected


def test_quote_spans_without_quotes():
    assert segment.quote_spans("không có trích dẫn") == []
    text = 'ông nói "làm ngay" và “khẩn trương”'
    assert segment.quote_spans(text) == [segment.Span(m.start(), m.end()) for m in segment._QUOTES.finditer(text)]
    assert len(segment.quote_spans(text)) == 2


def test_meeting_values_are_asdict():
    meeting = Meeting("2025-03-04", "afternoon", "phiên họp", "Chính phủ", "Phạm Minh Chính", "Thủ tướng", 3,
                      "Hà Nội", None, "tổng kết", "Chiều 4/3, ...", (3, 40), True, False)
    assert meeting._values() == asdict(meeting)
    assert list(meeting.to_dict()) == [k for k in asdict(meeting) if k not in ("span", "closing", "another")]

