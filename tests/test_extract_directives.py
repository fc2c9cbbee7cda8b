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
    d, group = directives(text)  # "Cần đẩy mạnh tuyên truyền" has no subject: no directive
    assert (d["issuer_name"], d["issuer_title"], d["verb"]) == ("Nguyễn Doãn Anh", "Bí thư Tỉnh ủy", "cần")
    assert d["addressees"] == ["Sở Tài chính"]
    assert d["action_text"] == "rà soát nguồn vốn đầu tư công"
    # a group of agencies is an agent subject too; it names no agency
    assert (group["issuer_name"], group["addressees"], group["action_text"]) == ("Nguyễn Doãn Anh", [], "chủ động vào cuộc")


def test_can_without_a_speaker_is_not_a_directive():
    assert directives("Sở Tài chính cần rà soát nguồn vốn đầu tư công.") == []
    assert directives("Tổng Bí thư nêu rõ cần thống nhất nhận thức và hành động.") == []


def test_same_directive_printed_twice_is_one_row():
    sentence = "Thủ tướng Phạm Minh Chính yêu cầu Bộ Công Thương bảo đảm cung ứng điện."
    assert len(directives(f"{sentence}\n\nẢnh: VGP.\n\n{sentence}")) == 1


def test_nouns_and_subjectless_modals_are_not_directives():
    text = (
        "Đây là yêu cầu rất gay gắt. Theo đề nghị của Bộ Tài chính, Chính phủ ban hành nghị định. "
        "Theo Tổng Bí thư, để lãnh đạo, chỉ đạo và tổ chức thực hiện thành công nghị quyết, cần quyết tâm cao."
    )
    assert directives(text) == []


def test_modal_inside_a_quotation_attributed_to_the_speaker():
    # a quoted instruction to an agency is the speaker's directive (gold rule 3); the "yêu cầu"
    # inside the quotation has "tôi" as its subject and names no issuer
    text = '"Bộ Công an phải vào cuộc ngay, tôi yêu cầu các đồng chí làm rõ" - Thủ tướng Phạm Minh Chính nói.'
    [d] = directives(text)
    assert (d["issuer_name"], d["verb"], d["addressees"]) == ("Phạm Minh Chính", "phải", ["Bộ Công an"])
    assert d["evidence_text"] == text


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


# ----------------------------------------------------------------------------- agent subjects of cần / phải

PUB_2024 = datetime(2024, 10, 16, 18, 0, tzinfo=ICT)


def evidence(found: list[dict]) -> list[str]:
    return [d["evidence_text"] for d in found]


def test_groups_of_bodies_are_agent_subjects():
    text = ("Chiều 15/10, Phó Thủ tướng Trần Lưu Quang chủ trì cuộc họp về phòng chống dịch tả lợn châu Phi. "
            "Các địa phương phải khoanh vùng ổ dịch trong vòng 24 giờ. Các bộ, ngành cần phối hợp chặt chẽ. "
            "Các cấp ủy, chính quyền cơ sở phải vào cuộc quyết liệt. Chính quyền cấp xã cần kiểm soát vận chuyển. "
            "Tỉnh Đồng Tháp cần hoàn thành tiêm phòng trước ngày 30/11.")
    found = directives(text, PUB_2024)
    assert len(found) == 5
    assert {d["issuer_name"] for d in found} == {"Trần Lưu Quang"}  # the chair of the meeting gives them
    assert all(d["addressees"] == [] for d in found)  # generic groups name no agency
    assert found[-1]["deadlines"][0]["due_date"] == "2024-11-30"


def test_agencies_named_by_kind_are_agent_subjects():
    text = ("Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Lê Minh Hoan yêu cầu các tỉnh báo cáo thiệt hại. "
            "Cục Thú y phải cử cán bộ hỗ trợ các địa phương. Tổng công ty Lương thực miền Nam cần bảo đảm nguồn gạo. "
            "EVN cần khôi phục lưới điện. Hạt Kiểm lâm huyện Krông Bông phải tăng cường tuần tra.")
    found = directives(text, PUB_2024)
    assert [d["addressees"] for d in found[1:]] == [
        ["Cục Thú y"], ["Tổng công ty Lương thực miền Nam"], ["Tập đoàn Điện lực Việt Nam"],
        ["Hạt Kiểm lâm huyện Krông Bông"]]
    assert {d["issuer_name"] for d in found} == {"Lê Minh Hoan"}


def test_subjects_that_do_not_act_are_not_agents():
    text = ("Chiều 15/10, Bộ trưởng Bộ Y tế Đào Hồng Lan chủ trì hội nghị về thiếu thuốc. "
            "Việc đấu thầu phải tuân thủ quy định. Người bệnh phải tự mua thuốc bên ngoài. "
            "Chúng ta phải nhìn thẳng vào sự thật. Những bệnh viện này phải đóng cửa khoa dược. "
            "Nhiều địa phương phải xin thêm vốn. Tỉnh Cà Mau cần 2.000 tỷ đồng. "
            "Các doanh nghiệp dược đã phải tạm dừng sản xuất. Các bệnh viện phải đối mặt với tình trạng thiếu thuốc. "
            "Nếu các địa phương không chủ động, người dân sẽ phải chịu thiệt.")
    assert directives(text, PUB_2024) == []


def test_a_place_name_in_capitals_is_not_a_modal():
    text = "Sáng 15/10, HĐND TP Cần Thơ khai mạc kỳ họp thứ 19. Chủ tịch HĐND thành phố Phạm Văn Hiểu chủ trì."
    assert directives(text, PUB_2024) == []


def test_speaker_from_a_lead_in():
    text = ("Sáng 15/10, Chủ tịch UBND tỉnh Phú Yên Tạ Anh Tuấn làm việc với Sở Xây dựng. "
            "Theo ông Tuấn, các chủ đầu tư phải cam kết tiến độ từng dự án. "
            "Theo báo cáo, các nhà thầu phải nhập vật liệu từ tỉnh khác. "
            "Theo kế hoạch, các dự án phải hoàn thành trước ngày 31/12.")
    [d] = directives(text, PUB_2024)
    assert d["evidence_text"].startswith("Theo ông Tuấn, các chủ đầu tư phải")
    assert d["issuer_name"] == "Tạ Anh Tuấn"


def test_speaker_named_before_the_subject():
    text = ("Bộ trưởng Bộ Giao thông vận tải Nguyễn Văn Thắng lưu ý các ban quản lý dự án phải giám sát chặt "
            "chất lượng công trình. Đồng chí Bí thư Tỉnh ủy Bạc Liêu Lữ Văn Hùng nhấn mạnh, các cấp ủy phải "
            "gương mẫu thực hiện. Bộ trưởng nhấn mạnh kỳ thi phải được tổ chức an toàn.")
    found = directives(text, PUB_2024)
    assert [d["issuer_name"] for d in found] == ["Nguyễn Văn Thắng", "Lữ Văn Hùng"]


def test_a_quotation_attributed_to_the_speaker():
    text = ('"Các đơn vị phải trực ban 24/24 giờ, không được lơ là", Bộ trưởng Bộ Quốc phòng Phan Văn Giang '
            'nhấn mạnh. "Chúng ta phải làm tốt hơn nữa", ông nói. "Các sở phải báo cáo hằng tuần".')
    found = directives(text, PUB_2024)
    assert evidence(found) == [
        '"Các đơn vị phải trực ban 24/24 giờ, không được lơ là", Bộ trưởng Bộ Quốc phòng Phan Văn Giang nhấn mạnh.']
    assert found[0]["issuer_name"] == "Phan Văn Giang"


def test_subject_before_a_quoted_instruction():
    text = ('Thủ tướng Phạm Minh Chính yêu cầu Bộ Tài chính báo cáo. Vì vậy, các bộ "phải hành động quyết liệt hơn".')
    found = directives(text, PUB_2024)
    assert evidence(found)[1] == 'Vì vậy, các bộ "phải hành động quyết liệt hơn".'


def test_speaker_from_an_earlier_paragraph_and_a_later_issuer():
    text = ("Phó Thủ tướng Hồ Đức Phớc yêu cầu Ngân hàng Nhà nước điều hành tỷ giá linh hoạt.\n\n"
            "Các ngân hàng thương mại phải tiết giảm chi phí để hạ lãi suất cho vay.\n\n"
            "Các tổ chức tín dụng cần báo cáo kết quả trước ngày 15/11. Phó Thủ tướng giao Bộ Tài chính theo dõi.")
    found = directives(text, PUB_2024)
    assert [d["issuer_name"] for d in found] == ["Hồ Đức Phớc"] * 4


# ----------------------------------------------------------------------------- issuers without a title

def test_issuer_written_as_honorific_and_name():
    text = ("Sáng 15/10, Chủ tịch UBND tỉnh Tây Ninh Nguyễn Thanh Ngọc chủ trì cuộc họp về giải ngân. "
            "Ông Ngọc yêu cầu Sở Tài chính điều chuyển vốn. Ông Nguyễn Thanh Ngọc giao Sở Xây dựng kiểm tra tiến độ. "
            "Đồng chí đề nghị các huyện báo cáo hằng tuần. Theo ông, các chủ đầu tư phải chịu trách nhiệm.")
    found = directives(text, PUB_2024)
    assert [(d["issuer_name"], d["issuer_title"]) for d in found] == [("Nguyễn Thanh Ngọc", "Chủ tịch UBND tỉnh")] * 4


def test_given_name_shared_by_two_people_is_not_resolved():
    text = ("Bộ trưởng Bộ Y tế Nguyễn Văn Hùng và Thứ trưởng Lê Đức Hùng dự hội nghị. "
            "Ông Hùng đề nghị các bệnh viện bảo đảm thuốc.")
    [d] = directives(text, PUB_2024)
    assert d["issuer_name"] is None


def test_head_of_the_government():
    text = ("Thủ tướng Phạm Minh Chính chủ trì hội nghị. Người đứng đầu Chính phủ yêu cầu các bộ cắt giảm "
            "thủ tục hành chính.")
    [d] = directives(text, PUB_2024)
    assert (d["issuer_name"], d["issuer_title"]) == ("Phạm Minh Chính", "Thủ tướng")


# ----------------------------------------------------------------------------- lists, passives, traps

def test_dash_list_after_the_verb():
    text = ("Kết luận hội nghị, Phó Chủ tịch UBND tỉnh Hoàng Văn Nghiệm yêu cầu:\n"
            "- Sở Công Thương theo dõi sát diễn biến thị trường xăng dầu;\n"
            "- Các huyện hoàn thành rà soát cửa hàng bán lẻ trước ngày 30/10;\n"
            "- Công an tỉnh xử lý nghiêm hành vi đầu cơ.\n"
            "Hội nghị kết thúc lúc 17 giờ.")
    found = directives(text, PUB_2024)
    assert evidence(found) == [
        "Sở Công Thương theo dõi sát diễn biến thị trường xăng dầu",
        "Các huyện hoàn thành rà soát cửa hàng bán lẻ trước ngày 30/10",
        "Công an tỉnh xử lý nghiêm hành vi đầu cơ",
    ]
    assert {d["issuer_name"] for d in found} == {"Hoàng Văn Nghiệm"}
    assert found[0]["addressees"] == ["Sở Công Thương"]
    assert found[1]["deadlines"][0]["due_date"] == "2024-10-30"


def test_passive_with_a_subject_outside_the_gazetteer():
    text = ("Cục Hàng hải Việt Nam được giao rà soát quy hoạch cảng biển. Tập đoàn Xăng dầu Việt Nam được giao "
            "bảo đảm nguồn cung trong tháng 11. Nhiệm vụ được giao phải hoàn thành đúng hạn. "
            "Giải ngân đạt 60% kế hoạch vốn được giao.")
    found = directives(text, PUB_2024)
    assert [d["addressees"] for d in found] == [["Cục Hàng hải Việt Nam"], ["Tập đoàn Xăng dầu Việt Nam"]]
    assert (found[0]["issuer_name"], found[0]["verb"]) == (None, "giao")


def test_giao_without_an_object_is_not_a_directive():
    text = ("Theo Bộ Tài chính, 9 tháng năm 2024, cả nước giải ngân được 47% kế hoạch Thủ tướng giao, thấp hơn "
            "cùng kỳ. Nhiệm vụ do Bộ trưởng yêu cầu đã hoàn thành.")
    assert directives(text, PUB_2024) == []


def test_requests_upwards_are_not_directives():
    text = ("UBND tỉnh Lai Châu đề nghị Bộ Giao thông vận tải sớm đầu tư tuyến cao tốc. "
            "Bộ Tài chính đề nghị Thủ tướng xem xét bổ sung vốn. "
            "Chủ tịch UBND tỉnh Lai Châu Lê Văn Lương đề nghị Chính phủ hỗ trợ kinh phí. "
            "Bộ Tài chính đề nghị UBND tỉnh Lai Châu hoàn thiện hồ sơ trước ngày 20/10.")
    assert evidence(directives(text, PUB_2024)) == [
        "Bộ Tài chính đề nghị UBND tỉnh Lai Châu hoàn thiện hồ sơ trước ngày 20/10."]


def test_reporting_verb_with_an_imperative_task():
    text = ("Thủ tướng Phạm Minh Chính nhấn mạnh phải sớm ban hành nghị định hướng dẫn. "
            "Thủ tướng nêu rõ cần thống nhất nhận thức trong toàn hệ thống. "
            "Thủ tướng nhấn mạnh thời gian còn lại của năm không nhiều.")
    assert evidence(directives(text, PUB_2024)) == ["Thủ tướng Phạm Minh Chính nhấn mạnh phải sớm ban hành nghị định hướng dẫn."]


def test_headline_and_page_chrome_are_not_read():
    text = ("Trang chủ\nThời sự\nThủ tướng yêu cầu các bộ cắt giảm 30% thủ tục hành chính\n"
            "Chiều 15/10, Thủ tướng Phạm Minh Chính chủ trì phiên họp về cải cách thủ tục hành chính.\n"
            "Thủ tướng yêu cầu Văn phòng Chính phủ tổng hợp kết quả trước ngày 30/10.")
    found = extract_article(text, PUB_2024)["directives"]
    assert evidence(found) == ["Thủ tướng yêu cầu Văn phòng Chính phủ tổng hợp kết quả trước ngày 30/10."]


# ----------------------------------------------------------------------------- deadlines

def test_a_year_that_qualifies_a_noun_is_not_a_deadline():
    [d] = directives("Bộ trưởng Nguyễn Văn Thắng giao Vụ Ngân sách báo cáo kết quả thu ngân sách năm 2024 trước ngày 15/1.",
                     datetime(2024, 12, 20, 9, 0, tzinfo=ICT))
    assert [x["due_date"] for x in d["deadlines"]] == ["2025-01-15"]
    [d] = directives("Thủ tướng Phạm Minh Chính yêu cầu Bộ Xây dựng hoàn thành quý 4 các thủ tục đầu tư.", PUB_2024)
    assert [x["due_date"] for x in d["deadlines"]] == ["2024-12-31"]


def test_period_that_ends_the_task_far_from_its_verb():
    [d] = directives("Thủ tướng Phạm Minh Chính yêu cầu Bộ Lao động - Thương binh và Xã hội chi trả đầy đủ trợ cấp "
                     "cho các gia đình chính sách ở vùng bị ảnh hưởng bởi bão lũ trong trung tuần tháng 11.", PUB_2024)
    assert [x["due_date"] for x in d["deadlines"]] == ["2024-11-20"]
    # an activity verb with a period is how long it lasts, not by when
    [d] = directives("Thủ tướng Phạm Minh Chính yêu cầu Bộ Công an tăng cường tuần tra kiểm soát trên các tuyến "
                     "quốc lộ trọng điểm trong tháng 12.", PUB_2024)
    assert d["deadlines"] == []


def test_limit_words_and_times_of_day():
    pub = datetime(2024, 10, 1, 9, 0, tzinfo=ICT)
    cases = {
        "chậm nhất trong tháng 11": "2024-11-30",
        "trước 17h ngày 10/10": "2024-10-10",
        "chậm nhất 10 giờ 30 ngày 12/10": "2024-10-12",
        "trước 25-10": "2024-10-25",
        "từ nay đến hết năm": "2024-12-31",
        "trong tháng 12-2024": "2024-12-31",
    }
    for expression, day in cases.items():
        [d] = directives(f"Thủ tướng Phạm Minh Chính yêu cầu Bộ Nội vụ hoàn thành báo cáo {expression}.", pub)
        assert [x["due_date"] for x in d["deadlines"]] == [day], expression


def test_periods_of_activity_and_bare_until_are_not_deadlines():
    pub = datetime(2024, 3, 1, 9, 0, tzinfo=ICT)
    [d] = directives("Chủ tịch UBND tỉnh Lào Cai yêu cầu Sở Nông nghiệp tổ chức trực phòng cháy rừng từ tháng 3 "
                     "đến tháng 5.", pub)
    assert d["deadlines"] == []
    [d] = directives("Chủ tịch UBND tỉnh Lào Cai yêu cầu các xã duy trì lực lượng tuần tra đến hết năm 2024.", pub)
    assert d["deadlines"] == []


def test_time_limit_opening_the_sentence():
    text = ("Thủ tướng Phạm Minh Chính chủ trì hội nghị. Trong quý I/2025, các địa phương phải hoàn thành sắp xếp "
            "đơn vị hành chính. Từ nay đến cuối năm, Thủ tướng yêu cầu các bộ tập trung giải ngân.")
    found = directives(text, datetime(2024, 12, 5, 9, 0, tzinfo=ICT))
    assert [[x["due_date"] for x in d["deadlines"]] for d in found] == [["2025-03-31"], ["2024-12-31"]]


def test_list_items_opened_by_ordinal_words():
    text = ("Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn yêu cầu các sở giáo dục và đào tạo:\n"
            "Thứ nhất, rà soát đội ngũ giáo viên trước ngày 15/11.\n"
            "Thứ hai, bảo đảm an toàn trường học trong mùa mưa bão.\n"
            "Năm học này có hơn 23 triệu học sinh.")
    found = directives(text, PUB_2024)
    assert evidence(found) == ["rà soát đội ngũ giáo viên trước ngày 15/11", "bảo đảm an toàn trường học trong mùa mưa bão"]
    assert found[0]["deadlines"][0]["due_date"] == "2024-11-15"


def test_what_follows_a_report_in_its_paragraph_is_the_report_speaking():
    text = ("Sáng 15/10, Phó Thủ tướng Trần Hồng Hà chủ trì cuộc họp về điện gió ngoài khơi.\n\n"
            "Theo Bộ Công Thương, các nhà đầu tư phải chờ quy hoạch biển được phê duyệt. Các dự án phải "
            "đánh giá tác động môi trường trước khi khảo sát.\n\n"
            "Các bộ, ngành cần sớm hoàn thiện khung pháp lý về điện gió ngoài khơi.")
    assert evidence(directives(text, PUB_2024)) == [
        "Các bộ, ngành cần sớm hoàn thiện khung pháp lý về điện gió ngoài khơi."]


def test_a_document_lead_in_speaks_for_its_issuer():
    text = ("Bộ Tài chính có văn bản đề nghị UBND các tỉnh báo cáo tình hình thu ngân sách. Theo văn bản, "
            "các địa phương cần hoàn thành quyết toán chậm nhất ngày 30/11.")
    found = directives(text, PUB_2024)
    assert [d["issuer_name"] for d in found] == ["Bộ Tài chính", "Bộ Tài chính"]
    assert found[1]["deadlines"][0]["due_date"] == "2024-11-30"


def test_one_modal_governs_the_tasks_of_its_semicolon_list():
    text = ("Sáng 15/10, Thủ tướng Phạm Minh Chính chủ trì cuộc họp về phòng chống dịch. Các địa phương phải rà soát ổ dịch; "
            "tổ chức tiêm phòng bao vây; hoàn thành báo cáo trước ngày 30/10; tuy nhiên nhiều nơi còn thiếu vắc xin.")
    found = directives(text, PUB_2024)
    assert evidence(found) == ["Các địa phương phải rà soát ổ dịch", "tổ chức tiêm phòng bao vây",
                               "hoàn thành báo cáo trước ngày 30/10"]
    assert {d["issuer_name"] for d in found} == {"Phạm Minh Chính"}
    assert found[2]["deadlines"][0]["due_date"] == "2024-10-30"


def test_a_need_is_not_a_task():
    text = ("Sáng 15/10, Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng chủ trì hội nghị về tín dụng. Các doanh nghiệp "
            "cần vốn để mở rộng sản xuất. Các địa phương cần thêm thời gian để giải ngân. Các tỉnh miền núi cần "
            "khoảng 3.000 tỷ đồng. Các ngân hàng cần có giải pháp giảm lãi suất.")
    assert evidence(directives(text, PUB_2024)) == ["Các ngân hàng cần có giải pháp giảm lãi suất."]
