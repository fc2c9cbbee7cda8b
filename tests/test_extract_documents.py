"""Referenced documents (vngov.extract, documents part) and the gazetteer seeds they rely on."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta, timezone

import pytest

from vngov import config
from vngov.extract import extract_article, gazetteer
from vngov.extract.normalize import tokenize

PUB = datetime(2025, 3, 5, 8, 19, tzinfo=timezone(timedelta(hours=7)))


def documents(text: str) -> list[dict]:
    found = extract_article(text, PUB)["documents"]
    for doc in found:
        assert doc["evidence_text"] in text
    return found


def rows(found: list[dict]) -> list[tuple]:
    return [(d["kind"], d["number"], d["issuer"], d["issued_date"]) for d in found]


def test_full_reference_with_date_and_issuer():
    text = "Hội nghị đánh giá 9 tháng thực hiện Nghị quyết số 57-NQ/TW, ngày 22-12-2024 của Bộ Chính trị về khoa học."
    assert rows(documents(text)) == [("Nghị quyết", "57-NQ/TW", "Bộ Chính trị", "2024-12-22")]


def test_short_and_full_mentions_are_one_document_with_the_full_code():
    text = "Nghị quyết 57 đã đi vào cuộc sống. Việc thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị được đẩy mạnh."
    assert rows(documents(text)) == [("Nghị quyết", "57-NQ/TW", "Bộ Chính trị", None)]


def test_different_codes_with_the_same_number_stay_apart():
    text = "Nghị quyết 57-NQ/TW của Bộ Chính trị và Nghị quyết 57/NQ-CP của Chính phủ."
    assert rows(documents(text)) == [
        ("Nghị quyết", "57-NQ/TW", "Bộ Chính trị", None),
        ("Nghị quyết", "57/NQ-CP", "Chính phủ", None),
    ]


def test_issuer_as_subject_of_ban_hanh_and_date_opening_the_sentence():
    assert rows(documents("Quốc hội đã kịp thời ban hành Nghị quyết 193 với nhiều cơ chế đặc thù.")) == [
        ("Nghị quyết", "193", "Quốc hội", None)
    ]
    assert rows(documents("Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết 57, khẳng định vai trò đột phá.")) == [
        ("Nghị quyết", "57", "Bộ Chính trị", "2024-12-22")
    ]


def test_issuer_implied_by_the_code():
    text = "Thủ tướng ký Quyết định số 1131/QĐ-TTg; Chính phủ ban hành Nghị định 13/2023/NĐ-CP và Luật số 93/2025/QH15."
    assert rows(documents(text)) == [
        ("Quyết định", "1131/QĐ-TTg", "Thủ tướng Chính phủ", None),
        ("Nghị định", "13/2023/NĐ-CP", "Chính phủ", None),
        ("Luật", "93/2025/QH15", "Quốc hội", None),
    ]


def test_kinds_and_numbers():
    text = "Các tiện ích của Đề án 06 mang lại hiệu quả; Chỉ thị 05-CT/TW, Kết luận 123-KL/TW và Công điện 45/CĐ-TTg."
    assert [(d["kind"], d["number"]) for d in documents(text)] == [
        ("Đề án", "06"), ("Chỉ thị", "05-CT/TW"), ("Kết luận", "123-KL/TW"), ("Công điện", "45/CĐ-TTg"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Tại hội nghị đã công bố Quyết định của Bộ Chính trị về thành lập Ban Chỉ đạo.",
        "Kế hoạch 2025 được triển khai; Luật Khoa học, công nghệ và đổi mới sáng tạo có 73 điều.",
        "Các cấp cần cụ thể hóa nghị quyết 57 bằng kế hoạch 15 nhiệm vụ.",
        "Hội nghị Trung ương 13 vừa qua; Nghị quyết khoán 10.",
    ],
)
def test_unnumbered_or_generic_mentions_skipped(text):
    assert documents(text) == []


def test_coded_plan_is_a_document():
    assert rows(documents("UBND tỉnh ban hành Kế hoạch số 15/KH-UBND ngày 20/1/2025.")) == [
        ("Kế hoạch", "15/KH-UBND", "Ủy ban nhân dân tỉnh", "2025-01-20")
    ]


def test_spam_in_the_issuer_drops_the_issuer():
    text = "Nghị quyết 18 của hi88 com ương và Nghị quyết 57 của hi88 com ương."
    assert [(d["number"], d["issuer"]) for d in documents(text)] == [("18", None), ("57", None)]


# ----------------------------------------------------------------------------- gazetteer seeds

def test_agency_seed_columns_and_required_bodies():
    with (config.seeds_dir() / "agencies.csv").open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames[:4] == ["agency_id", "canonical_name", "abbreviation", "aliases"]
        table = list(reader)
    names = {row["canonical_name"] for row in table}
    for required in [
        "Bộ Chính trị", "Ban Bí thư", "Chính phủ", "Quốc hội", "Văn phòng Trung ương Đảng", "Đảng ủy Quốc hội",
        "Đảng ủy Chính phủ", "Ban Tuyên giáo và Dân vận Trung ương", "Bộ Khoa học và Công nghệ", "Bộ Công an",
        "Ủy ban nhân dân tỉnh", "Hội đồng nhân dân tỉnh", "Ban Cán sự Đảng UBND tỉnh", "Sở Tài nguyên và Môi trường",
    ]:
        assert required in names
    assert len({row["agency_id"] for row in table}) == len(table)


def test_title_seed_columns():
    with (config.seeds_dir() / "person_titles.csv").open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames[:3] == ["title", "kind", "rank"]
        titles = {row["title"] for row in reader}
    assert {"Tổng Bí thư", "Thủ tướng", "Chủ tịch Quốc hội", "Bí thư Tỉnh ủy", "Bộ trưởng"} <= titles


@pytest.mark.parametrize(
    "text, name",
    [
        ("Bộ KH&CN", "Bộ Khoa học và Công nghệ"),
        ("Sở tài nguyên và Môi trường", "Sở Tài nguyên và Môi trường"),  # case and tone-mark variants
        ("Uỷ ban nhân dân tỉnh Thanh Hóa", "Ủy ban nhân dân tỉnh Thanh Hóa"),
        ("UBND tỉnh", "Ủy ban nhân dân tỉnh"),
        ("Ban Cán sự Đảng UBND tỉnh", "Ban Cán sự Đảng UBND tỉnh"),
        ("Đảng ủy Quốc hội", "Đảng ủy Quốc hội"),
    ],
)
def test_agency_lookup(text, name):
    [match] = gazetteer.agencies().find_all(tokenize(text))
    assert match.name == name


def test_spam_word_inside_a_name_is_a_wildcard_but_needs_real_words():
    [match] = gazetteer.agencies().find_all(tokenize("Ban Tuyên giáo và Dân vận § ương"))
    assert match.name == "Ban Tuyên giáo và Dân vận Trung ương"
    assert gazetteer.agencies().find_all(tokenize("§ ương")) == []


def test_lower_case_words_are_not_agencies():
    assert gazetteer.agencies().find_all(tokenize("xây dựng chính phủ số và quốc hội số")) == []
