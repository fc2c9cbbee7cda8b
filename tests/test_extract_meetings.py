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
