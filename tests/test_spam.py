"""Injected spam found by its shape, even once, and never copied into a fact (issue 8, item 5).

The spam forms here are written for the tests: bench/corpus.py injects "hi88 com", "new88 com",
"fb88 net", "789bet" and "sv388 . net" (always "Trung ương" -> "<spam> ương" and "tâm" ->
"<spam>"); none of those is used below, and each text holds a single injection, which the old rule
(two hits or nothing) let through.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest

from vngov.extract import extract_article, gazetteer
from vngov.extract.normalize import tokenize
from vngov.text import brand_spans, clean_text, find_spam, quality_flags, spam_spans

ICT = timezone(timedelta(hours=7))
PUB = datetime(2025, 3, 4, 21, 0, tzinfo=ICT)
KHCN_BCĐ = "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"


def extract(text: str) -> dict:
    text = clean_text(text)
    found = extract_article(text, PUB)
    for item in found["meetings"] + found["directives"] + found["documents"]:
        assert item["evidence_text"] in text  # evidence stays verbatim, spam and all
    return found


def fields(found: dict) -> list[str]:
    """Every name and free-text field the marts publish."""
    values = []
    for m in found["meetings"]:
        values += [m["body"], m["chair_name"], m["chair_title"], m["location"], m["topic"]]
    for d in found["directives"]:
        values += [d["issuer_name"], d["issuer_title"], d["action_text"], *d["addressees"]]
    for doc in found["documents"]:
        values += [doc["issuer"]]
    return [v for v in values if v]


def assert_clean(found: dict, spam: str) -> None:
    core = re.split(r"[\s.]", spam)[0].lower()  # "w88" of "w88 . vip"
    dirty = [v for v in fields(found) if core in v.lower() or "§" in v]
    assert not dirty, dirty


# ----------------------------------------------------------------------------- found once, by shape

@pytest.mark.parametrize(
    "text, spam",
    [
        # a domain written with spaces: nobody writes a real address like that
        ("Đảng ủy Công an w88 . vip ương được giao ban hành kế hoạch.", "w88 . vip"),
        ("Các bộ, ngành tiếp tục được quan jun88 . org chỉ đạo.", "jun88 . org"),
        ("Ban Chỉ đạo 8xbet co ương họp phiên thứ ba.", "8xbet co"),
        ("Thủ tướng yêu cầu Bộ Tài ok365 com chính rà soát.", "ok365 com"),  # inserted mid-name
        ("Hội nghị 33win . com . vn ương lần thứ mười.", "33win . com . vn"),
        # a betting word with a number written apart
        ("Ủy ban kubet 77 nhân dân tỉnh Nghệ An họp.", "kubet 77"),
        # a brand breaking a Vietnamese word
        ("Công tác này tiếp tục được quan zbet365 chỉ đạo.", "zbet365"),
        ("Thủ tướng yêu cầu Bộ Tài zbet365 chính rà soát.", "zbet365"),
        ("Hội nghị Jun88 ương lần thứ mười bốn bàn về công tác nhân sự.", "Jun88"),
        # a brand cutting a person's name, or a name the gazetteer knows
        ("Phó Thủ tướng Trần W88 Hồng Hà chủ trì cuộc họp.", "W88"),
        ("Phó Thủ tướng Trần Hồng Zbet365 Hà chủ trì cuộc họp.", "Zbet365"),
        (f"Chiều 3/3, {KHCN_BCĐ.replace('Trung', 'FB88')} họp phiên thứ ba.", "FB88"),
        ("Phó Thủ B52CLUB tướng Trần Hồng Hà chủ trì cuộc họp.", "B52CLUB"),
    ],
)
def test_a_single_injection_is_found(text, spam):
    assert spam_spans(text) == [spam]
    assert quality_flags(text) == ["spam_injection"]


# ----------------------------------------------------------------------------- what is not spam

@pytest.mark.parametrize(
    "text",
    [
        "Theo Chinhphu.vn và nld.com.vn, Bộ Công an mở rộng ứng dụng VNeID trên mạng 5G.",
        "Số ca COVID-19 giảm; năm 2025 chi 365 tỷ đồng cho 88 dự án, tăng 7,79% so với 2024.",
        "Chuỗi cầm đồ F88 mở thêm 88 chi nhánh.",
        "Máy bay B777 hạ cánh an toàn; điện thoại OPPO A79 pro mới ra mắt.",  # codes, not brands
        # one mention of a site is news, not injection
        "Công an triệt phá đường dây cá độ qua trang fb88.com.",
        "Người chơi truy cập fb88 để đặt cược, nhà cái w88 bị xử phạt.",
        "Nhiều tài khoản ngân hàng được mở để chuyển tiền cho nhà cái Kubet.",
        "Khu tự trị Tibet 2024 và alphabet 12 chữ cái.",
    ],
)
def test_real_domains_acronyms_codes_numbers_and_news_are_not_spam(text):
    assert find_spam(text) == []
    assert quality_flags(text) == []


def test_acronyms_and_f88_stay_in_the_facts():
    [d] = extract("Thủ tướng Phạm Minh Chính yêu cầu Bộ Công an mở rộng ứng dụng VNeID trên mạng 5G, "
                  "xử lý nghiêm chuỗi cầm đồ F88 vi phạm.")["directives"]
    assert d["addressees"] == ["Bộ Công an"]
    assert "VNeID" in d["action_text"] and "5G" in d["action_text"] and "F88" in d["action_text"]


def test_a_brand_named_once_is_not_flagged_but_never_reaches_a_fact():
    text = "Thủ tướng Phạm Minh Chính yêu cầu Bộ Công an xử lý trang fb88.com, báo cáo trước ngày 30/3."
    assert find_spam(text) == [] and brand_spans(text) == [(text.index("fb88"), text.index(", báo"))]
    [d] = extract(text)["directives"]
    assert d["addressees"] == ["Bộ Công an"]
    assert_clean({"meetings": [], "directives": [d], "documents": []}, "fb88")


# ----------------------------------------------------------------------------- names repaired or dropped

def test_addressee_repaired_where_the_spam_replaced_a_word():
    found = extract("Phó Thủ tướng Trần Hồng Hà chỉ đạo Đảng ủy Công an w88 . vip ương ban hành kế hoạch "
                    "triển khai trước ngày 30/6.")
    [d] = found["directives"]
    assert d["addressees"] == ["Đảng ủy Công an Trung ương"]
    assert "w88 . vip" in d["evidence_text"]
    assert_clean(found, "w88 . vip")


def test_addressee_repaired_where_the_spam_was_put_inside_the_name():
    found = extract("Thủ tướng Phạm Minh Chính yêu cầu Bộ Tài ok365 com chính rà soát các khoản chi.")
    [d] = found["directives"]
    assert d["addressees"] == ["Bộ Tài chính"]
    assert_clean(found, "ok365 com")


def test_meeting_body_repaired():
    found = extract(f"Chiều 3/3, Tổng Bí thư Tô Lâm chủ trì phiên họp "
                    f"{KHCN_BCĐ.replace('Trung ương', 'jun88 . org ương')}.")
    [m] = found["meetings"]
    assert m["body"] == KHCN_BCĐ
    assert (m["chair_name"], m["chair_title"]) == ("Tô Lâm", "Tổng Bí thư")
    assert_clean(found, "jun88 . org")


def test_title_repaired_where_the_spam_was_put_inside_it():
    found = extract("Chiều 3/3, Phó Thủ kubet 77 tướng Trần Hồng Hà chủ trì cuộc họp về phòng chống thiên tai.")
    [m] = found["meetings"]
    assert (m["chair_name"], m["chair_title"]) == ("Trần Hồng Hà", "Phó Thủ tướng")
    assert_clean(found, "kubet 77")


@pytest.mark.parametrize("spam", ["zbet365", "8xbet co", "W88", "jun88 . org"])
def test_spam_inside_a_chairs_name_drops_the_name(spam):
    text = f"Chiều 3/3, Phó Thủ tướng Trần {spam} Hồng Hà chủ trì cuộc họp về phòng chống thiên tai."
    found = extract(text)
    [m] = found["meetings"]
    assert m["chair_name"] is None  # not "Trần", not "Hồng Hà", not the spam
    assert_clean(found, spam)


def test_a_name_the_gazetteer_does_not_know_is_dropped():
    found = extract("Chiều 3/3, tại trụ sở kubet 77 ương Đảng, Ban Quản lý khu w88 . vip kinh tế Nghi Sơn họp "
                    "phiên thứ hai. Thủ tướng Phạm Minh Chính yêu cầu Ban Quản lý khu w88 . vip kinh tế "
                    "Nghi Sơn hoàn thành trước ngày 30/6.")
    for m in found["meetings"]:
        assert m["location"] is None
    assert_clean(found, "kubet 77")
    assert_clean(found, "w88 . vip")


def test_a_brand_in_capitals_breaking_a_word_never_reaches_a_fact():
    # "W88" alone could be a code ("B777"), so the text is not flagged; it is still masked
    text = ("Chiều 3/3, tại Trụ sở W88 ương Đảng, Tổng Bí thư Tô Lâm chủ trì phiên họp Bộ Chính trị. "
            "Tổng Bí thư yêu cầu Bộ Tài chính tiếp tục W88 đạo quyết liệt việc giải ngân.")
    found = extract(text)
    [m] = found["meetings"]
    assert m["body"] == "Bộ Chính trị" and m["location"] is None
    assert_clean(found, "W88")


# ----------------------------------------------------------------------------- the gazetteer's wildcard

@pytest.mark.parametrize(
    "text, names",
    [
        ("Bộ Tài § chính rà soát", ["Bộ Tài chính"]),  # inserted between two words of the name
        ("Phó Thủ § tướng Trần Hồng Hà", []),  # (a title, not an agency)
        ("Bộ Tài chính § rà soát", ["Bộ Tài chính"]),  # the name does not swallow a spam after it
        ("§ Bộ Tài chính", ["Bộ Tài chính"]),  # ... nor one before it
        ("Ban Tổ chức § quyết định", []),  # the words after the spam must go on with the name
    ],
)
def test_spam_inserted_inside_an_agency_name(text, names):
    found = gazetteer.agencies().find_all(tokenize(text))
    assert [m.name for m in found] == names
    for m in found:
        assert text[m.start:m.end].endswith("chính") and text[m.start:m.end].startswith("Bộ")


def test_spam_inserted_inside_a_title():
    [match] = gazetteer.titles().find_all(tokenize("Phó Thủ § tướng Trần Hồng Hà"))
    assert match.name == "Phó Thủ tướng" and match.wildcards == 1


def test_spam_breaks_name():
    assert gazetteer.spam_breaks_name("Đảng ủy Công an ", " ương được giao")
    assert gazetteer.spam_breaks_name("yêu cầu Bộ Tài ", " chính rà soát")
    assert not gazetteer.spam_breaks_name("yêu cầu Bộ Tài chính ", " rà soát")
    assert not gazetteer.spam_breaks_name("tiếp tục được quan ", " chỉ đạo")
