"""clean_text, quality_flags and spam_spans (vngov.text)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from vngov.text import clean_text, find_spam, quality_flags, spam_spans

SEEDS = Path(__file__).parent / "fixtures" / "seeds"


def seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


# ----------------------------------------------------------------------------- clean_text

def test_nfc_and_whitespace_inside_lines():
    decomposed = unicodedata.normalize("NFD", "Tổng   Bí\tthư\u00a0Tô Lâm")
    assert clean_text(decomposed) == "Tổng Bí thư Tô Lâm"


def test_paragraphs_joined_by_blank_line_and_diacritics_kept():
    assert clean_text("  Đoạn một.  \n\n\n Đoạn hai ở đây.\nĐoạn ba.") == "Đoạn một.\n\nĐoạn hai ở đây.\n\nĐoạn ba."


def test_image_file_name_lines_dropped():
    body = "Sáng 13/1, hội nghị diễn ra.\nz6223776869284_4e4a29bc4a68ea10f95ebe60afb6879e.jpg\n IMG_001.PNG anh2.jpeg\nCác đại biểu dự hội nghị."
    assert clean_text(body) == "Sáng 13/1, hội nghị diễn ra.\n\nCác đại biểu dự hội nghị."


def test_single_repeated_paragraph_dropped():
    body = "Tổng Bí thư chủ trì cuộc họp.\nẢnh minh họa của báo.\nTổng Bí thư chủ trì cuộc họp.\nKết thúc."
    assert clean_text(body).split("\n\n") == ["Tổng Bí thư chủ trì cuộc họp.", "Ảnh minh họa của báo.", "Kết thúc."]


def test_empty_input():
    assert clean_text("") == ""
    assert clean_text("   \n  ") == ""


def test_seed_004_body_printed_twice_is_kept_once():
    raw = seed("004")
    cleaned = clean_text(raw)
    lede = "Sáng 13/1, tại phòng họp Diên Hồng, tòa nhà Quốc hội, Bộ Chính trị tổ chức Hội nghị toàn quốc"
    assert raw.count(lede) == 2
    assert cleaned.count(lede) == 1
    assert cleaned.count("Ban Cán sự Đảng UBND tỉnh rà soát lại") == 1
    assert "z6223776869284" not in cleaned
    # the first copy is the one kept: its dateline comes before the lede
    assert cleaned.index("Ngày 13/01/2025 14:39:32") < cleaned.index(lede)


def test_seed_001_teasers_after_byline_dropped():
    cleaned = clean_text(seed("001"))
    assert cleaned.endswith("Vũ Tuân - VnExpress")
    assert "Sáng 27/6, Quốc hội biểu quyết" not in cleaned  # a teaser of another story
    assert "Nghị quyết số 68" not in cleaned
    assert "Văn phòng Trung ương Đảng được giao tiếp thu" in cleaned


def test_seed_003_keeps_byline_and_whole_article():
    cleaned = clean_text(seed("003"))
    assert cleaned.endswith("Nguyễn Hoàng/Chinhphu")
    assert "Tổng Bí thư đề nghị Ban Tuyên giáo và Dân vận" in cleaned


def test_seed_000_related_stories_dropped_but_menus_do_not_cut_the_page():
    cleaned = clean_text(seed("000"))
    assert "Sáng nay 15-10, Tổng Bí thư Tô Lâm chủ trì cuộc họp" in cleaned
    assert "Tổng Bí thư đặt vấn đề." in cleaned
    assert "Tin liên quan" not in cleaned
    assert "Tổng Bí thư dự hội nghị chuyên đề Bình dân học vụ số" not in cleaned


def test_byline_at_the_top_does_not_cut_the_article():
    body = "Vũ Tuân - VnExpress\nNgày 1/4, Tổng Bí thư chủ trì họp Bộ Chính trị về chuyển đổi số quốc gia và nhiều vấn đề.\nĐoạn hai."
    assert clean_text(body).count("\n\n") == 2


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_clean_text_is_idempotent(prefix):
    once = clean_text(seed(prefix))
    assert clean_text(once) == once


# ----------------------------------------------------------------------------- spam

def test_seed_003_spam_injection_found():
    text = seed("003")
    assert quality_flags(text) == ["spam_injection"]
    assert spam_spans(text) == ["hi88 com"]
    assert len(find_spam(text)) >= 20


@pytest.mark.parametrize("prefix", ["000", "001", "002", "004"])
def test_clean_seeds_not_flagged(prefix):
    assert quality_flags(seed(prefix)) == []
    assert quality_flags(clean_text(seed(prefix))) == []
    assert spam_spans(seed(prefix)) == []


@pytest.mark.parametrize(
    "text, spans",
    [
        ("Ban Chỉ đạo fb88.com ương họp; các fb88.com ngành tham dự.", ["fb88.com"]),
        ("Tập 789bet xây dựng hạ tầng số, phát triển 789bet tâm dữ liệu.", ["789bet"]),
        ("Hội nghị new88 ương diễn ra, new88 Chỉ đạo đánh giá cao.", ["new88"]),
        ("Thủ tướng sv388 net yêu cầu, Bộ sv388 . net chủ trì.", ["sv388 net", "sv388 . net"]),
        ("Khu công nghệ 8xbet cao; đổi mới 8xbet tạo.", ["8xbet"]),
    ],
)
def test_other_gambling_brands_flagged(text, spans):
    assert quality_flags(text) == ["spam_injection"]
    assert spam_spans(text) == spans


@pytest.mark.parametrize(
    "text",
    [
        "Mọi thắc mắc liên hệ nld.com.vn hoặc Chinhphu.vn.",
        "Theo Chinhphu.vn, mạng 5G và 4G phủ sóng; hội nghị G20, G20 và A80 diễn ra lúc 14h30.",
        "Công an triệt phá đường dây cá độ qua trang fb88.com.",  # one mention is news, not injection
        "Chuỗi cầm đồ F88 mở thêm chi nhánh; F88 báo lãi.",
        "Tài khoản bạn đọc VIP, ứng dụng VNeID, Nghị quyết 57-NQ/TW, giá 5.000đ, hotline 0903.343.439.",
    ],
)
def test_ordinary_text_not_flagged(text):
    assert quality_flags(text) == []
    assert spam_spans(text) == []


# ----------------------------------------------------------------------------- bylines in other shapes

STORY = (
    "Sáng 12/9, Chủ tịch UBND tỉnh Gia Lai Trương Hải Long chủ trì cuộc họp về phòng chống thiên tai trên địa bàn.\n"
    "Ông Long yêu cầu các sở, ngành rà soát phương án sơ tán dân ở vùng có nguy cơ sạt lở đất cao.\n"
)
TEASERS = "Kon Tum: Khởi công đường nối cửa khẩu Bờ Y\nChiều 11/9, Phó Thủ tướng làm việc với tỉnh Đắk Nông"


@pytest.mark.parametrize("byline", [
    "Khánh Linh",                      # the author's name alone
    "HOÀNG SƠN",                       # the name in capitals
    "Minh Quân (TTXVN/Vietnam+)",      # the outlet in brackets
    "Ngọc Mai (Báo Tin tức)",
    "Bài và ảnh: Đức Thịnh",           # a credit line
    "Theo TTXVN",                      # a source line
    "PV",
])
def test_teasers_after_other_byline_shapes_dropped(byline):
    cleaned = clean_text(STORY + byline + "\n" + TEASERS)
    assert cleaned.endswith(byline)
    assert "Bờ Y" not in cleaned and "Đắk Nông" not in cleaned


def test_one_paragraph_story_with_byline_and_headlines_after_it():
    body = ("Chiều 2/4, Bộ trưởng Bộ Y tế chủ trì hội nghị trực tuyến về phòng chống dịch sốt xuất huyết với "
            "các tỉnh phía Nam.\nThu Trang\nCà Mau: Phun hóa chất diệt muỗi tại 20 xã\n"
            "Sáng 1/4, UBND tỉnh họp bàn kế hoạch tiêm chủng")
    assert clean_text(body).endswith("Thu Trang")


@pytest.mark.parametrize("line", ["Hà Nội", "Sở Tài chính", "Phó Thủ tướng", "Kết luận hội nghị"])
def test_places_agencies_titles_and_headings_are_not_bylines(line):
    body = STORY + line + "\nCác đại biểu thống nhất thông qua kế hoạch và giao Sở Tài chính bố trí kinh phí thực hiện.\n" + TEASERS
    assert "Bờ Y" in clean_text(body)


def test_photo_caption_is_not_a_byline():
    body = STORY + "Ảnh: Quang Vinh\nÔng Long đề nghị các huyện báo cáo kết quả trước ngày 20/9 để tổng hợp chung.\n" + TEASERS
    assert "trước ngày 20/9" in clean_text(body)


@pytest.mark.parametrize("heading", ["TIN LIÊN QUAN", "Đọc thêm", "Tin khác"])
def test_teaser_heading_after_a_one_paragraph_story(heading):
    body = ("Chiều 5/3, Chủ tịch UBND tỉnh Sơn La chủ trì cuộc họp về phòng cháy rừng và yêu cầu các huyện "
            "trực 24/24 giờ.\n" + heading + "\nSơn La: Cháy rừng ở huyện Mộc Châu\nSáng 4/3, Bộ Nông nghiệp họp "
            "về giá lúa")
    assert clean_text(body).endswith("trực 24/24 giờ.")


def test_a_related_box_inside_the_story_is_not_its_end():
    body = ("Chiều 5/3, Chủ tịch UBND tỉnh Sơn La chủ trì cuộc họp về phòng cháy rừng và yêu cầu các huyện "
            "trực 24/24 giờ.\nĐọc thêm\nSơn La: Cháy rừng ở huyện Mộc Châu\nÔng cũng giao Sở Nông nghiệp báo "
            "cáo kết quả kiểm tra các khu rừng trọng điểm trước ngày 10/3.")
    assert clean_text(body).endswith("trước ngày 10/3.")


def test_link_lines_dropped():
    body = ("Sáng 5/3, Bộ Y tế họp về dịch sởi.\nXem thêm: Hà Nội ghi nhận 20 ca sởi mới\n"
            ">> Thủ tướng chỉ đạo tiêm vắc xin sởi\nBộ trưởng yêu cầu các tỉnh tiêm bù.")
    assert clean_text(body).split("\n\n") == ["Sáng 5/3, Bộ Y tế họp về dịch sởi.", "Bộ trưởng yêu cầu các tỉnh tiêm bù."]
