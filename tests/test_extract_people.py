"""People, places and agent subjects (vngov.extract.people, .lexicon, .subjects), on sentences
written for the tests."""

from __future__ import annotations

import pytest

from vngov.extract import gazetteer, lexicon
from vngov.extract.article import Article
from vngov.extract.normalize import tokenize
from vngov.extract.subjects import agent_subject

PUB = "2024-06-12T10:00:00+07:00"


def people(text: str) -> list[tuple]:
    return [(p.name, p.title) for p in Article(text, PUB).people]


# ----------------------------------------------------------------------------- titles, places and names

@pytest.mark.parametrize("text, name, title", [
    ("Chủ tịch UBND tỉnh Sóc Trăng Trần Văn Lâu phát biểu.", "Trần Văn Lâu", "Chủ tịch UBND tỉnh"),
    ("Chủ tịch UBND TP.HCM Nguyễn Văn Được phát biểu.", "Nguyễn Văn Được", "Chủ tịch UBND thành phố"),
    ("Phó chủ tịch UBND TP Hải Phòng Lê Khắc Nam phát biểu.", "Lê Khắc Nam", "Phó Chủ tịch UBND thành phố"),
    ("Bí thư Thành ủy Cần Thơ Đỗ Thanh Bình phát biểu.", "Đỗ Thanh Bình", "Bí thư Thành ủy"),
    ("Chủ tịch UBND huyện Tủa Chùa Lò Văn Tiến phát biểu.", "Lò Văn Tiến", "Chủ tịch UBND huyện"),
    ("Chủ tịch UBND tỉnh Nguyễn Văn Út phát biểu.", "Nguyễn Văn Út", "Chủ tịch UBND tỉnh"),  # no place at all
    ("Giám đốc Sở Xây dựng Hà Nội Võ Nguyên Phong phát biểu.", "Võ Nguyên Phong", "Giám đốc Sở Xây dựng"),
    ("Thống đốc NHNN Nguyễn Thị Hồng phát biểu.", "Nguyễn Thị Hồng", "Thống đốc Ngân hàng Nhà nước"),
    ("Tổng Giám đốc PVN Lê Ngọc Sơn phát biểu.", "Lê Ngọc Sơn", "Tổng Giám đốc Tập đoàn Dầu khí Việt Nam"),
    ("Tổng Giám đốc VNA Đặng Ngọc Hòa phát biểu.", "Đặng Ngọc Hòa", "Tổng Giám đốc"),  # initials only
    ("Ông Lê Anh Khoa, Giám đốc Sở Khoa học và Công nghệ phát biểu.", "Lê Anh Khoa",
     "Giám đốc Sở Khoa học và Công nghệ"),
    ("Bộ trưởng Bộ Xây dựng Nguyễn Thanh Nghị phát biểu.", "Nguyễn Thanh Nghị", "Bộ trưởng Bộ Xây dựng"),
])
def test_title_place_and_name(text, name, title):
    assert people(text)[0] == (name, title)


def test_more_titles_of_the_same_person_after_the_name():
    [person] = Article("Đại tướng Lương Tam Quang, Bộ trưởng Bộ Công an, Phó Trưởng Ban Chỉ đạo phát biểu.", PUB).people
    assert person.name == "Lương Tam Quang"
    assert person.titles == ("Đại tướng", "Bộ trưởng Bộ Công an", "Phó Trưởng Ban Chỉ đạo")


def test_a_second_person_after_a_comma_is_not_an_appositive():
    found = people("Phó Thủ tướng Lê Thành Long, Bộ trưởng Bộ Tư pháp Nguyễn Hải Ninh cùng dự.")
    assert found == [("Lê Thành Long", "Phó Thủ tướng"), ("Nguyễn Hải Ninh", "Bộ trưởng Bộ Tư pháp")]


@pytest.mark.parametrize("text, found", [
    # a place whose first word is a family name (Hà, Lâm, Cao) before the comma is no person
    ("Chiều 2/4, tại Hà Nội, Bộ trưởng Bộ Nội vụ Đỗ Thanh Bình dự họp.", [("Đỗ Thanh Bình", "Bộ trưởng Bộ Nội vụ")]),
    ("Tại Lâm Đồng, Phó Thủ tướng Mai Văn Chính phát biểu.", [("Mai Văn Chính", "Phó Thủ tướng")]),
    ("Ở Cao Bằng, Chủ tịch UBND tỉnh Lê Hải Hòa cho biết.", [("Lê Hải Hòa", "Chủ tịch UBND tỉnh")]),
    # a name before the comma whose title introduces the next person keeps no title
    ("Cùng dự có Trần Văn Sơn, Bộ trưởng Nguyễn Văn Thắng.", [("Nguyễn Văn Thắng", "Bộ trưởng")]),
    # the same shape with the title the person's own
    ("Ông Hà Sỹ Đồng, Phó Chủ tịch UBND tỉnh phát biểu.", [("Hà Sỹ Đồng", "Phó Chủ tịch UBND tỉnh")]),
    # "Đồng" is a given name; only "Đồng chí" after a name ends it
    ("Bộ trưởng Trần Văn Sơn Đồng chí cho biết.", [("Trần Văn Sơn", "Bộ trưởng")]),
])
def test_the_title_after_a_comma_belongs_to_whom(text, found):
    assert people(text) == found


def test_quoc_and_viet_inside_names_but_not_before_quoc_hoi():
    assert people("Ông Trần Quốc Vượng dự họp.")[0][0] == "Trần Quốc Vượng"
    assert people("Bà Lê Việt Hà dự họp.")[0][0] == "Lê Việt Hà"
    assert people("Đồng chí Nguyễn Văn Quốc Hội dự họp.")[0][0] != "Nguyễn Văn Quốc Hội"


def test_references_resolved_to_the_full_name():
    text = ("Phó Chủ tịch UBND tỉnh Bến Tre Nguyễn Minh Cảnh dự họp. Ông Cảnh đề nghị. Theo ông, cần làm ngay. "
            "Đồng chí nhấn mạnh. Người đứng đầu Chính phủ yêu cầu.")
    found = people(text + " Thủ tướng Phạm Minh Chính kết luận.")
    assert found[:4] == [("Nguyễn Minh Cảnh", "Phó Chủ tịch UBND tỉnh")] * 4
    assert found[4] == ("Phạm Minh Chính", "Thủ tướng")


def test_bare_title_stands_for_the_title_with_its_agency():
    found = people("Bộ trưởng Bộ Y tế Đào Hồng Lan chủ trì. Bộ trưởng nhấn mạnh.")
    assert found[1] == ("Đào Hồng Lan", "Bộ trưởng")


def test_words_that_look_like_honorifics_are_not_people():
    assert people("Bà con nhân dân vui mừng. Ông bà ta có câu. Các đồng chí lãnh đạo dự họp.") == []


# ----------------------------------------------------------------------------- lexicon

def test_provinces_and_place_ends():
    assert gazetteer.is_place("Thừa Thiên Huế") and gazetteer.is_place("TP HCM") and gazetteer.is_place("Bà Rịa - Vũng Tàu")
    assert not gazetteer.is_place("Nguyễn Văn An")
    tokens = tokenize("Cao Bằng Hoàng Văn Thạch")
    assert lexicon.place_end(tokens, 0) == 2  # a province that starts with a family name
    tokens = tokenize("Bảo Lâm Nông Văn Sơn")
    assert lexicon.place_end(tokens, 0) == 2  # an unknown district before a three-syllable name
    tokens = tokenize("Đinh Văn Hiếu")
    assert lexicon.place_end(tokens, 0) == 0  # a name and no place


def test_levels_of_authority():
    assert gazetteer.title_level("Thủ tướng") == 1
    assert gazetteer.title_level("Bộ trưởng Bộ Tài chính") == 2
    assert gazetteer.title_level("Chủ tịch UBND tỉnh") == 3
    assert gazetteer.title_level("Chủ tịch") is None
    assert gazetteer.agency_level("ministry") == 2 and gazetteer.agency_level("province") == 3


# ----------------------------------------------------------------------------- agent subjects

def subject(text: str):
    article = Article(text, PUB)
    return agent_subject(article, 0, len(text))


@pytest.mark.parametrize("text, names", [
    ("Sở Tài chính", ["Sở Tài chính"]),
    ("Bộ Tư pháp, Bộ Nội vụ và các cơ quan liên quan", ["Bộ Tư pháp", "Bộ Nội vụ"]),
    ("Các địa phương", []),
    ("các bộ, ngành, địa phương", []),
    ("Các cấp ủy, chính quyền, đoàn thể", []),
    ("Chính quyền cơ sở", []),
    ("Công an các tỉnh, thành phố", []),
    ("UBND các xã, phường", []),
    ("Cục Hàng không Việt Nam", ["Cục Hàng không Việt Nam"]),
    ("Tổng công ty Điện lực miền Bắc", ["Tổng công ty Điện lực miền Bắc"]),
    ("EVN", ["Tập đoàn Điện lực Việt Nam"]),
    ("TKV", ["Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam"]),
    ('"Các doanh nghiệp nhà nước', []),
    ("Tỉnh Lạng Sơn", []),
    ("Hải Phòng", []),
])
def test_agent_subjects(text, names):
    found = subject(text)
    assert found is not None and found.names == names


@pytest.mark.parametrize("text", [
    "Việc giải ngân", "Người dân", "Chúng ta", "Nhiều địa phương", "Những doanh nghiệp này", "Kỳ thi",
    "Các nhiệm vụ mà Ban Chỉ đạo đề ra", "Bộ Tài chính nhấn mạnh các địa phương", "Các dự án đã khởi công",
])
def test_not_agent_subjects(text):
    assert subject(text) is None
