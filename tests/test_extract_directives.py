"""Directives and their deadlines (vngov.extract), on sentences written for the tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from vngov.extract import extract_article

ICT = timezone(timedelta(hours=7))
PUB = datetime(2025, 3, 4, 21, 0, tzinfo=ICT)


def directives(text: str, published_at: datetime = PUB) -> list[dict]:
    found = extract_article(text, published_at)["directives"]
    for d in found:  # evidence is always verbatim from the input
        assert d["evidence_text"] in text
    return found


def due(directive: dict) -> list[tuple]:
    return [(d["due_date"], d["period_start"], d["granularity"]) for d in directive["deadlines"]]


# ----------------------------------------------------------------------------- shapes

def test_active_directive_with_addressee():
    [d] = directives("Thủ tướng Phạm Minh Chính yêu cầu Bộ Y tế khẩn trương trình Chính phủ đề án phòng dịch.")
    assert (d["issuer_name"], d["issuer_title"], d["verb"]) == ("Phạm Minh Chính", "Thủ tướng", "yêu cầu")
    assert d["addressees"] == ["Bộ Y tế"]
    assert d["action_text"] == "khẩn trương trình Chính phủ đề án phòng dịch"


def test_several_addressees_and_generic_ones_skipped():
    [d] = directives(
        "Tổng Bí thư Tô Lâm đề nghị Bộ Khoa học và Công nghệ, Bộ Giáo dục và Đào tạo và các cơ quan liên quan "
        "tập trung xây dựng chương trình đào tạo nhân lực."
    )
    assert d["addressees"] == ["Bộ Khoa học và Công nghệ", "Bộ Giáo dục và Đào tạo"]
    assert d["action_text"].startswith("tập trung xây dựng")


def test_abbreviated_agency_resolved_to_canonical_name():
    [d] = directives("Thủ tướng Phạm Minh Chính giao Bộ KH&CN chủ trì xây dựng Luật Chuyển đổi số.")
    assert (d["verb"], d["addressees"]) == ("giao", ["Bộ Khoa học và Công nghệ"])


def test_bare_title_resolved_to_the_named_person():
    text = "Tổng Bí thư Tô Lâm dự hội nghị. Tổng Bí thư đề nghị Chính phủ tiếp thu ý kiến các đại biểu."
    [d] = directives(text)
    assert (d["issuer_name"], d["issuer_title"], d["addressees"]) == ("Tô Lâm", "Tổng Bí thư", ["Chính phủ"])


def test_agency_as_issuer():
    [d] = directives("Chính phủ yêu cầu các bộ, ngành rà soát thủ tục hành chính.")
    assert (d["issuer_name"], d["issuer_title"], d["addressees"]) == ("Chính phủ", None, [])


def test_colon_list_is_several_directives():
    found = directives(
        "Thủ tướng Phạm Minh Chính yêu cầu Bộ Tài chính: rà soát các khoản chi thường xuyên; "
        "báo cáo Chính phủ trước ngày 15/3/2025; phối hợp với Bộ Công an xử lý vướng mắc."
    )
    assert [d["action_text"] for d in found] == [
        "rà soát các khoản chi thường xuyên",
        "báo cáo Chính phủ trước ngày 15/3/2025",
        "phối hợp với Bộ Công an xử lý vướng mắc",
    ]
    assert all(d["addressees"] == ["Bộ Tài chính"] for d in found)
    assert [due(d) for d in found] == [[], [("2025-03-15", "2025-03-15", "day")], []]


def test_list_item_with_its_own_addressee():
    found = directives(
        "Thủ tướng Phạm Minh Chính yêu cầu Bộ Y tế chủ trì xây dựng đề án; "
        "Bộ Tài chính bố trí kinh phí trong quý II/2025."
    )
    assert [d["addressees"] for d in found] == [["Bộ Y tế"], ["Bộ Tài chính"]]
    assert due(found[1]) == [("2025-06-30", "2025-04-01", "quarter")]


def test_passive_duoc_giao():
    [d] = directives("Văn phòng Trung ương Đảng được giao tiếp thu các ý kiến tại cuộc họp.")
    assert (d["issuer_name"], d["verb"], d["addressees"]) == (None, "giao", ["Văn phòng Trung ương Đảng"])
    assert d["action_text"] == "tiếp thu các ý kiến tại cuộc họp"
    [d] = directives("Bộ KH&CN được Thủ tướng Phạm Minh Chính giao chủ trì xây dựng đề án.")
    assert (d["issuer_name"], d["addressees"]) == ("Phạm Minh Chính", ["Bộ Khoa học và Công nghệ"])


def test_can_phai_with_a_named_subject_and_a_speaker():
    text = (
        "Phát biểu kết luận, Bí thư Tỉnh ủy Nguyễn Doãn Anh nhấn mạnh vai trò của chuyển đổi số. "
        "Sở Tài chính cần rà soát nguồn vốn đầu tư công. Các sở, ngành cần chủ động vào cuộc. Cần đẩy mạnh tuyên truyền."
    )
    [d] = directives(text)
    assert (d["issuer_name"], d["issuer_title"], d["verb"]) == ("Nguyễn Doãn Anh", "Bí thư Tỉnh ủy", "cần")
    assert d["addressees"] == ["Sở Tài chính"]
    assert d["action_text"] == "rà soát nguồn vốn đầu tư công"


def test_can_without_a_speaker_is_not_a_directive():
    assert directives("Sở Tài chính cần rà soát nguồn vốn đầu tư công.") == []
    assert directives("Tổng Bí thư nêu rõ cần thống nhất nhận thức và hành động.") == []


def test_same_directive_printed_twice_is_one_row():
    sentence = "Thủ tướng Phạm Minh Chính yêu cầu Bộ Công Thương bảo đảm cung ứng điện."
    assert len(directives(f"{sentence}\n\nẢnh: VGP.\n\n{sentence}")) == 1


def test_nouns_and_quotes_are_not_directives():
    text = (
        "Đây là yêu cầu rất gay gắt. Theo đề nghị của Bộ Tài chính, Chính phủ ban hành nghị định. "
        "Theo Tổng Bí thư, để lãnh đạo, chỉ đạo và tổ chức thực hiện thành công nghị quyết, cần quyết tâm cao. "
        '"Bộ Công an phải vào cuộc ngay, tôi yêu cầu các đồng chí làm rõ" - Thủ tướng Phạm Minh Chính nói.'
    )
    assert directives(text) == []


def test_chi_ro_with_imperative_and_a_deadline_led_continuation():
    text = (
        "Tổng Bí thư Tô Lâm chỉ rõ, khẩn trương sắp xếp lại bộ máy về khoa học công nghệ. "
        "Trong quý I/2025, hoàn thành việc sắp xếp lại các tổ chức khoa học công nghệ."
    )
    found = directives(text, datetime(2025, 1, 13, tzinfo=ICT))
    assert [d["verb"] for d in found] == ["chỉ rõ", "chỉ rõ"]
    assert due(found[1]) == [("2025-03-31", "2025-01-01", "quarter")]
    assert directives("Tổng Bí thư Tô Lâm chỉ rõ những hạn chế trong thời gian qua.") == []


def test_spam_cut_out_of_addressees_and_action():
    text = (
        "Tổng Bí thư Tô Lâm đề nghị Ban Tuyên giáo và Dân vận hi88 com ương tổ chức tuyên truyền "
        "về hi88 com tâm dữ liệu quốc gia."
    )
    [d] = directives(text)
    assert d["addressees"] == ["Ban Tuyên giáo và Dân vận Trung ương"]
    assert "hi88" not in d["action_text"] and "hi88" in d["evidence_text"]


# ----------------------------------------------------------------------------- deadlines

def test_deadline_forms_normalised_to_the_end_of_the_period():
    cases = {
        "Thủ tướng Phạm Minh Chính yêu cầu Bộ Xây dựng hoàn thành đề án trong quý I/2025.": ("2025-03-31", "2025-01-01", "quarter"),
        "Thủ tướng Phạm Minh Chính yêu cầu Bộ Công Thương hoàn thành dự án trong quý 4.": ("2025-12-31", "2025-10-01", "quarter"),
        "Thủ tướng Phạm Minh Chính yêu cầu Bộ Tư pháp trình dự án luật trong năm 2025.": ("2025-12-31", "2025-01-01", "year"),
        "Thủ tướng Phạm Minh Chính yêu cầu Bộ Nội vụ ban hành hướng dẫn trong tháng 5/2025.": ("2025-05-31", "2025-05-01", "month"),
        "Thủ tướng Phạm Minh Chính yêu cầu Bộ Y tế báo cáo chậm nhất ngày 30/6.": ("2025-06-30", "2025-06-30", "day"),
        "Thủ tướng Phạm Minh Chính yêu cầu Bộ Tài chính từ nay đến cuối năm phải giải ngân hết vốn.": ("2025-12-31", "2025-03-04", "year"),
    }
    for text, expected in cases.items():
        [d] = directives(text)
        assert due(d) == [expected], text


def test_deadline_expression_is_verbatim():
    [d] = directives("Bí thư Tỉnh ủy Nguyễn Doãn Anh đề nghị Sở Y tế xây dựng kế hoạch xong trước ngày 25/1/2025.")
    assert d["deadlines"] == [
        {"due_date": "2025-01-25", "period_start": "2025-01-25", "granularity": "day", "expression": "trước ngày 25/1/2025"}
    ]


def test_plan_periods_and_effective_dates_are_not_deadlines():
    [d] = directives(
        "Thủ tướng Phạm Minh Chính yêu cầu Bộ Xây dựng hoàn thành đề án trong quý I/2025, "
        "tạo nền tảng cho giai đoạn 2026-2030."
    )
    assert due(d) == [("2025-03-31", "2025-01-01", "quarter")]
    [d] = directives("Thủ tướng Phạm Minh Chính yêu cầu Bộ Tư pháp hướng dẫn thi hành luật có hiệu lực từ ngày 1/10/2025.")
    assert d["deadlines"] == []
    [d] = directives("Thủ tướng Phạm Minh Chính yêu cầu Bộ Công an thực hiện tầm nhìn đến năm 2045 về an ninh mạng.")
    assert d["deadlines"] == []
    [d] = directives(
        "Tổng Bí thư Tô Lâm đề nghị các cơ quan phát huy trách nhiệm, đóng góp cho sự phát triển của đất nước "
        "trong năm 2025 và giai đoạn tới."
    )
    assert d["deadlines"] == []


def test_a_period_that_is_not_a_time_limit():
    [d] = directives("Thủ tướng Phạm Minh Chính yêu cầu Bộ Tài chính đánh giá tình hình thu ngân sách trong quý I/2025.")
    assert d["deadlines"] == []


def test_directives_link_to_the_meeting_reported_before_them():
    text = (
        "Chiều 3/3, Thủ tướng Phạm Minh Chính chủ trì hội nghị với các bộ. "
        "Thủ tướng yêu cầu Bộ Y tế khẩn trương hoàn thiện đề án."
    )
    result = extract_article(text, PUB)
    assert len(result["meetings"]) == 1
    [d] = result["directives"]
    assert d["meeting_index"] == 0 and d["issuer_name"] == "Phạm Minh Chính"
    assert extract_article("Thủ tướng Phạm Minh Chính yêu cầu Bộ Y tế hoàn thiện đề án.", PUB)["directives"][0]["meeting_index"] is None
