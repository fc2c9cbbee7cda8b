"""Meetings reported as held (vngov.extract, meetings part), on sentences written for the tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from vngov.extract import extract_article

ICT = timezone(timedelta(hours=7))
PUB = datetime(2025, 3, 4, 21, 0, tzinfo=ICT)


def meetings(text: str, published_at: datetime = PUB) -> list[dict]:
    return extract_article(text, published_at)["meetings"]


def test_held_meeting_with_chair_body_format():
    [m] = meetings(
        "Chiều 3/3, Thủ tướng Phạm Minh Chính chủ trì phiên họp Chính phủ thường kỳ tháng 2 "
        "theo hình thức trực tuyến với các địa phương."
    )
    assert m["meeting_date"] == "2025-03-03" and m["part_of_day"] == "afternoon"
    assert m["meeting_kind"] == "phiên họp"
    assert (m["chair_name"], m["chair_title"]) == ("Phạm Minh Chính", "Thủ tướng")
    assert m["body"] == "Chính phủ"
    assert m["format"] == "trực tuyến"


def test_format_in_person_combined_with_online():
    [m] = meetings("Sáng 4/3, Bộ Chính trị tổ chức hội nghị theo hình thức trực tiếp kết hợp trực tuyến.")
    assert m["format"] == "trực tiếp kết hợp trực tuyến"
    [m] = meetings("Sáng 4/3, Bộ Chính trị tổ chức hội nghị theo hình thức trực tiếp.")
    assert m["format"] == "trực tiếp"


def test_organiser_is_the_body_and_location_spans_commas():
    [m] = meetings("Sáng 4/3, tại Hội trường Diên Hồng, Nhà Quốc hội, Bộ Chính trị tổ chức Hội nghị toàn quốc về chuyển đổi số.")
    assert m["body"] == "Bộ Chính trị"
    assert m["chair_name"] is None
    assert m["location"] == "Hội trường Diên Hồng, Nhà Quốc hội"
    assert m["topic"] == "chuyển đổi số"
    assert m["meeting_kind"] == "hội nghị"


def test_session_numbers():
    [m] = meetings("Chiều 3/3, Tổng Bí thư Tô Lâm chủ trì phiên họp thứ hai của Ban Chỉ đạo.")
    assert m["session_number"] == 2 and m["body"] == "Ban Chỉ đạo"
    [m] = meetings("Sáng 3/3, Quốc hội khai mạc Kỳ họp thứ 9 tại Nhà Quốc hội.")
    assert (m["session_number"], m["meeting_kind"], m["body"], m["location"]) == (9, "kỳ họp", "Quốc hội", "Nhà Quốc hội")
    [m] = meetings("Sáng 3/3, Ban Chấp hành Trung ương Đảng khai mạc Hội nghị lần thứ mười hai.")
    assert m["session_number"] == 12


def test_meetings_mentioned_in_passing_are_not_meetings():
    text = (
        "Tổng Bí thư cho biết Hội nghị Trung ương 13 vừa qua đã xác lập mô hình phát triển. "
        "Kể từ phiên họp thứ nhất của Ban Chỉ đạo đến nay, nhiều việc đã được triển khai. "
        "Các đại biểu dự hội nghị tại điểm cầu huyện Triệu Sơn."
    )
    assert meetings(text) == []


def test_future_or_planned_meetings_are_not_held():
    assert meetings("Ngày mai (5/3), Thủ tướng sẽ chủ trì hội nghị với các tỉnh.") == []
    assert meetings("Sáng 4/3, Bộ Kế hoạch và Đầu tư dự kiến tổ chức hội nghị xúc tiến đầu tư.") == []


def test_announcements_and_press_conferences_are_not_meetings():
    pub = datetime(2025, 6, 10, 9, 0, tzinfo=ICT)
    assert meetings("Theo kế hoạch, ngày 15/6 Quốc hội sẽ họp phiên bế mạc.", pub) == []
    assert meetings("Hội nghị diễn ra ngày 20/6 tại Hà Nội.", pub) == []  # not 20/6/2024: too old to be news
    assert meetings("Chiều 9/6, UBND tỉnh Nghệ An tổ chức họp báo thông tin về kỳ thi.", pub) == []
    [m] = meetings("Sáng 9/6, Chính phủ họp phiên thường kỳ tháng 5.", pub)
    assert (m["meeting_date"], m["meeting_kind"], m["body"]) == ("2025-06-09", "phiên họp", "Chính phủ")


def test_publish_time_as_iso_string_or_naive_datetime():
    text = "Chiều 3/3, Thủ tướng Phạm Minh Chính chủ trì hội nghị với doanh nghiệp."
    for published_at in ("2025-03-04T21:00:00+07:00", datetime(2025, 3, 4, 21, 0)):
        [m] = meetings(text, published_at)
        assert m["meeting_date"] == "2025-03-03"


def test_headline_names_the_person_the_body_calls_by_title():
    result = extract_article(
        "Sáng 4/3, Thủ tướng chủ trì hội nghị với các bộ. Thủ tướng yêu cầu Bộ Y tế hoàn thiện đề án.",
        PUB, title="Thủ tướng Phạm Minh Chính chủ trì hội nghị với các bộ",
    )
    assert result["meetings"][0]["chair_name"] == "Phạm Minh Chính"
    assert result["directives"][0]["issuer_name"] == "Phạm Minh Chính"


def test_document_date_is_not_a_meeting_date():
    text = "Hội nghị quán triệt Nghị quyết số 57-NQ/TW, ngày 22-12-2024 của Bộ Chính trị được tổ chức trực tuyến."
    assert meetings(text) == []


def test_one_row_per_meeting_however_often_mentioned():
    text = (
        "Sáng 3/3, Tổng Bí thư Tô Lâm chủ trì cuộc họp Bộ Chính trị.\n\n"
        "Cuộc họp sáng 3/3 diễn ra theo hình thức trực tiếp kết hợp trực tuyến.\n\n"
        "Sáng 3/3, Tổng Bí thư Tô Lâm chủ trì cuộc họp Bộ Chính trị."
    )
    [m] = meetings(text)
    assert (m["meeting_date"], m["chair_name"], m["body"]) == ("2025-03-03", "Tô Lâm", "Bộ Chính trị")
    assert m["format"] == "trực tiếp kết hợp trực tuyến"  # filled in from the second mention


def test_two_meetings_on_two_days():
    text = "Sáng 3/3, Bộ Chính trị họp về nhân sự. Chiều 4/3, Thủ tướng Phạm Minh Chính chủ trì hội nghị với doanh nghiệp."
    found = meetings(text)
    assert [(m["meeting_date"], m["meeting_kind"]) for m in found] == [("2025-03-03", "cuộc họp"), ("2025-03-04", "hội nghị")]
    assert found[0]["body"] == "Bộ Chính trị"


def test_working_session():
    [m] = meetings("Chiều 4/3, Phó Thủ tướng Trần Hồng Hà làm việc với UBND tỉnh Quảng Ninh về quy hoạch.")
    assert m["meeting_kind"] == "buổi làm việc"
    assert (m["chair_name"], m["chair_title"]) == ("Trần Hồng Hà", "Phó Thủ tướng")


def test_bare_title_resolved_from_an_earlier_mention():
    text = "Tổng Bí thư Tô Lâm có bài viết mới. Sáng 4/3, Tổng Bí thư chủ trì cuộc họp Thường trực Ban Bí thư."
    [m] = meetings(text)
    assert (m["chair_name"], m["chair_title"]) == ("Tô Lâm", "Tổng Bí thư")
    assert m["body"] == "Thường trực Ban Bí thư"


def test_quoted_speech_is_not_a_meeting_report():
    assert meetings('"Sáng 3/3, chúng tôi đã tổ chức hội nghị với doanh nghiệp" - ông nói.') == []


def test_spam_never_in_body_chair_or_location():
    text = (
        "Chiều 4/3, tại trụ sở hi88 com ương Đảng, Tổng Bí thư Tô Lâm chủ trì phiên họp "
        "của Ban Chỉ đạo hi88 com ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số."
    )
    [m] = meetings(text)
    assert m["chair_name"] == "Tô Lâm"
    assert m["location"] is None
    assert m["body"] == "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"
    assert not any("hi88" in (value or "") for value in (m["body"], m["chair_name"], m["location"], m["topic"]))


# ----------------------------------------------------------------------------- chairs written in other ways

PUB_2024 = datetime(2024, 9, 26, 18, 0, tzinfo=ICT)


def chair(text: str, published_at: datetime = PUB_2024) -> tuple:
    found = meetings(text, published_at)
    assert len(found) == 1, found
    return found[0]["meeting_date"], found[0]["chair_name"]


def test_chair_after_a_title_with_its_place():
    assert chair("Sáng 25/9, Chủ tịch UBND tỉnh Cà Mau Huỳnh Quốc Việt chủ trì cuộc họp về sạt lở bờ biển.") == (
        "2024-09-25", "Huỳnh Quốc Việt")
    assert chair("Chiều 25-9, Chủ tịch UBND TP Cần Thơ Trần Việt Trường chủ trì hội nghị về chuyển đổi số.")[1] == \
        "Trần Việt Trường"
    assert chair("Sáng nay 26-9, Chủ tịch UBND TP.HCM Phan Văn Mãi chủ trì cuộc họp về chống ngập.")[1] == "Phan Văn Mãi"
    assert chair("Ngày 25/9, Bí thư Tỉnh ủy Kon Tum Dương Văn Trang chủ trì hội nghị Ban Thường vụ.")[1] == \
        "Dương Văn Trang"
    # a district that is not in any list: the family name tells where the person starts
    assert chair("Sáng 24/9, Chủ tịch UBND huyện Mường Lát Hà Văn Thọ chủ trì cuộc họp về phòng chống lũ.")[1] == \
        "Hà Văn Thọ"
    assert chair("Sáng 24/9, Giám đốc Sở Y tế Hà Nội Trần Thị Nhị Hà chủ trì cuộc họp về phòng chống dịch.")[1] == \
        "Trần Thị Nhị Hà"


def test_chair_named_in_a_following_sentence():
    text = ("Sáng 24/9, Bộ Công Thương tổ chức hội nghị sơ kết công tác xuất khẩu 9 tháng. "
            "Thứ trưởng Bộ Công Thương Phan Thị Thắng chủ trì hội nghị.")
    assert chair(text) == ("2024-09-24", "Phan Thị Thắng")
    text = ("Sáng 24/9, HĐND tỉnh Kiên Giang khai mạc kỳ họp thứ 20. Đồng chí Mai Văn Huỳnh, Phó Bí thư "
            "Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì kỳ họp.")
    assert chair(text) == ("2024-09-24", "Mai Văn Huỳnh")
    text = ("Ngày 24/9, UBND tỉnh Hậu Giang tổ chức hội nghị về giải ngân vốn đầu tư công. "
            "Chủ trì hội nghị có đồng chí Trương Cảnh Tuyên, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.")
    assert chair(text)[1] == "Trương Cảnh Tuyên"


def test_who_attends_or_chairs_a_bridge_point_is_not_the_chair():
    text = ("Sáng 24/9, Chính phủ tổ chức hội nghị trực tuyến về phát triển nhà ở xã hội. Tổng Bí thư Tô Lâm "
            "dự và phát biểu chỉ đạo. Tại điểm cầu tỉnh Bình Phước, đồng chí Trần Tuệ Hiền, Chủ tịch UBND tỉnh chủ trì.")
    assert chair(text) == ("2024-09-24", None)


def test_chair_after_the_verb():
    text = ("Tối 25/9, Ủy ban Quốc gia về chuyển đổi số họp phiên thứ 7 dưới sự chủ trì của Thủ tướng "
            "Phạm Minh Chính, Chủ tịch Ủy ban.")
    assert chair(text) == ("2024-09-25", "Phạm Minh Chính")
    assert chair("Chiều 25/9, chủ trì hội nghị, Phó Thủ tướng Lê Thành Long yêu cầu các bộ rà soát thủ tục.")[1] == \
        "Lê Thành Long"


def test_a_body_outside_the_gazetteer_meets():
    [m] = meetings("Chiều 25/9, Ban Chỉ đạo tổng kết Nghị quyết 18 họp phiên thứ hai.", PUB_2024)
    assert (m["meeting_date"], m["meeting_kind"]) == ("2024-09-25", "phiên họp")


def test_names_with_quoc_and_viet_in_the_middle():
    text = "Sáng 25/9, Phó Thủ tướng Lê Văn Thành và đồng chí Trần Quốc Vượng, Ủy viên Bộ Chính trị chủ trì hội nghị."
    assert chair(text)[1] == "Trần Quốc Vượng"


# ----------------------------------------------------------------------------- a second meeting of the day

def test_same_day_meetings_told_apart_by_part_of_day():
    text = ("Sáng 18/3, Phó Thủ tướng Trần Lưu Quang chủ trì cuộc họp về dự án cao tốc Bắc - Nam. "
            "Chiều cùng ngày, Phó Thủ tướng chủ trì cuộc làm việc với lãnh đạo tỉnh Khánh Hòa.")
    found = meetings(text, datetime(2024, 3, 18, 20, 0, tzinfo=ICT))
    assert [(m["meeting_date"], m["part_of_day"], m["meeting_kind"], m["chair_name"]) for m in found] == [
        ("2024-03-18", "morning", "cuộc họp", "Trần Lưu Quang"),
        ("2024-03-18", "afternoon", "buổi làm việc", "Trần Lưu Quang"),
    ]


def test_same_day_without_a_part_of_day_and_right_after():
    text = ("Chiều 7/5, Thường trực Chính phủ họp với các bộ về tháo gỡ vướng mắc cho dự án điện. "
            "Ngay sau đó, Thủ tướng Phạm Minh Chính làm việc với lãnh đạo Tập đoàn Điện lực Việt Nam.")
    found = meetings(text, datetime(2024, 5, 8, 7, 0, tzinfo=ICT))
    assert [(m["meeting_date"], m["meeting_kind"]) for m in found] == [("2024-05-07", "cuộc họp"),
                                                                      ("2024-05-07", "buổi làm việc")]


def test_planned_same_day_meeting_is_not_held():
    text = ("Sáng 18/3, Phó Thủ tướng Trần Lưu Quang chủ trì cuộc họp về dự án cao tốc Bắc - Nam. "
            "Theo chương trình, chiều cùng ngày, Phó Thủ tướng sẽ làm việc với tỉnh Khánh Hòa.")
    assert len(meetings(text, datetime(2024, 3, 18, 12, 0, tzinfo=ICT))) == 1


def test_closing_of_a_meeting_the_same_day_is_the_same_meeting():
    text = ("Sáng 9/12, HĐND tỉnh Trà Vinh khai mạc kỳ họp thứ 18. "
            "Chiều 9/12, kỳ họp bế mạc sau khi thông qua 25 nghị quyết.")
    assert len(meetings(text, datetime(2024, 12, 9, 20, 0, tzinfo=ICT))) == 1
