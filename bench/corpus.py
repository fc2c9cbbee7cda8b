"""Synthetic Vietnamese government-news articles for the benchmarks, as `vngov import` JSONL.

    python bench/corpus.py N OUT.jsonl [--seed S] [--start I] [--profile default|realistic|daily]

Each article is composed from templates in the register of tests/fixtures/seeds/: a dated lead
sentence reporting a meeting (part of day, chair and title, convened body, session, format,
location, topic), attendance, 3-8 directive sentences (yêu cầu / đề nghị / giao / chỉ đạo, the
passive "được giao", "cần" under a named speaker, colon lists of tasks) addressed to agencies from
dbt_project/seeds/agencies.csv with deadlines in varied forms (quý, tháng, trước / chậm nhất ngày,
tuần, 6 tháng đầu năm, từ nay đến cuối năm), document citations, filler prose, and sometimes the
noise the seeds show: page chrome, image file names, a byline followed by teasers of other stories,
a body printed twice, injected gambling spam. Texts are 3-8 KB of UTF-8, publish times are spread
over 2023-2025 in +07:00.

Deterministic: article i of seed S is generated from `random.Random(f"{S}:{i}")` alone, so it does
not depend on N, and `--start K` continues a corpus with new articles (new URLs) after the first K.
The people are invented (real family names, random given names); the agencies and titles are the
project's gazetteers. Nothing here is labelled data: the benchmarks only need realistic load.

`profile="realistic"` (`--profile realistic`, used by bench/scale.py) changes the mix, not the
register: publish years 2015-2026 weighted by archive volume, sources weighted by their output
(REALISTIC_SOURCES), lengths 1-30 KB with most 3-8 KB, and about 7% of the articles the same story
re-published by another outlet a few minutes to a day and a half after one of the 300 articles
before it (same body, other chrome, lead tag, URL, publish minute, often another title), as wire
copy is. `profile="daily"` is the same mix all published on one day, 2026-12-01, the day after
the realistic corpus ends: a day's crawl, the increment of bench/scale.py. Still deterministic
per (seed, index), from streams of its own: the default profile's articles are exactly what they
were.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import unicodedata
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
AGENCIES_CSV = REPO / "dbt_project" / "seeds" / "agencies.csv"
VN = timezone(timedelta(hours=7))
FIRST_DAY, LAST_DAY = date(2023, 1, 1), date(2025, 12, 31)
MIN_BYTES, MAX_BYTES = 3000, 8000
# 2025-03-01: the merged ministries replace the former ones (agencies.csv level ministry_former).
MERGER = date(2025, 3, 1)


# --------------------------------------------------------------------------- gazetteer

def _agencies() -> dict[str, list[str]]:
    by_level: dict[str, list[str]] = {}
    with open(AGENCIES_CSV, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            by_level.setdefault(row["level"], []).append(row["canonical_name"])
    return by_level


AGENCIES = _agencies()
_BROAD = {"Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương Đảng", "Quốc hội", "Chính phủ",
          "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"}
# Agencies that receive instructions at each level (the broad bodies give them, rarely receive).
CENTRAL_ADDRESSEES = [a for a in AGENCIES["party_central"] + AGENCIES["state_central"] if a not in _BROAD]
PROVINCE_ADDRESSEES = [a for a in AGENCIES["province"] if a not in ("Tỉnh ủy", "Thành ủy")]
DEPARTMENTS = [a for a in AGENCIES["province"] if a.startswith("Sở ")]
DISTRICT = AGENCIES["district"]

PROVINCES = ["Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Ninh", "Bắc Ninh", "Lào Cai", "Đắk Lắk", "Gia Lai",
             "Khánh Hòa", "An Giang", "Cà Mau", "Tây Ninh", "Lâm Đồng", "Quảng Trị", "Tuyên Quang", "Phú Thọ",
             "Ninh Bình", "Hưng Yên", "Đồng Tháp", "Vĩnh Long", "Lạng Sơn", "Sơn La", "Điện Biên", "Cao Bằng"]
DISTRICTS = ["Triệu Sơn", "Thọ Xuân", "Nông Cống", "Quảng Xương", "Hoằng Hóa", "Hậu Lộc", "Nga Sơn",
             "Yên Định", "Vĩnh Lộc", "Thạch Thành", "Cẩm Thủy", "Ngọc Lặc", "Như Thanh", "Đông Sơn"]

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
            "Ngô", "Dương", "Lý", "Đào", "Đinh", "Lương", "Trương", "Mai", "Lâm", "Cao", "Đoàn", "Lưu"]
MIDDLE = ["Văn", "Thị", "Minh", "Quang", "Đức", "Thanh", "Hoàng", "Ngọc", "Xuân", "Hữu", "Công", "Thành",
          "Mạnh", "Tuấn", "Hồng", "Kim", "Bá", "Trọng", "Duy", "Anh"]
GIVEN = ["Hùng", "Dũng", "Hải", "Sơn", "Trung", "Long", "Phương", "Lan", "Tuấn", "Bình", "Cường", "Quý",
         "Hưng", "Thắng", "Khánh", "Hòa", "Tâm", "Lợi", "Tú", "Ngân", "Huy", "Phúc", "Lộc", "Thịnh", "Vinh",
         "Hiếu", "Hạnh", "Nhân", "Quyết", "Toàn"]
ORDINALS = ["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"]
ROMAN = ["I", "II", "III", "IV"]


def person(rng: random.Random) -> str:
    middle = rng.sample(MIDDLE, 2 if rng.random() < 0.3 else 1)
    return " ".join([rng.choice(SURNAMES), *middle, rng.choice(GIVEN)])


def ministries(day: date) -> list[str]:
    """The ministries of the day: before the 2025 merger the former ones exist as well."""
    return AGENCIES["ministry"] + (AGENCIES["ministry_former"] if day < MERGER else [])


# --------------------------------------------------------------------------- dates

def dmy(rng: random.Random, d: date, year: bool = True, long_ok: bool = True) -> str:
    """A day date as Vietnamese papers write it (to follow the word "ngày" when long_ok)."""
    sep = rng.choice("/////-.") if not year else rng.choice("///-")
    day, month = (f"{d.day:02d}", f"{d.month:02d}") if rng.random() < 0.25 else (str(d.day), str(d.month))
    if year and long_ok and rng.random() < 0.12 and sep == "/":
        return f"{day} tháng {d.month} năm {d.year}"
    return f"{day}{sep}{month}{sep}{d.year}" if year else f"{day}{sep}{month}"


def meeting_date_phrase(rng: random.Random, held: date, published: date, part: str) -> str:
    """The opening of the lead: "Sáng nay 15-10", "Chiều 4/3", "Hôm qua (27-9)", "Ngày 13/01/2025"."""
    lag = (published - held).days
    short = dmy(rng, held, year=False)
    if lag == 0 and rng.random() < 0.4:
        return rng.choice([f"{part} nay {short}", f"{part} nay ({short})"])
    if lag == 1 and rng.random() < 0.2:
        return rng.choice([f"Hôm qua ({short})", f"{part} qua ({short})"])
    roll = rng.random()
    if roll < 0.65:
        return f"{part} {short}"
    if roll < 0.85:
        return f"Ngày {short}"
    if roll < 0.95:
        return f"{part} ngày {dmy(rng, held)}" if rng.random() < 0.5 else f"Ngày {dmy(rng, held)}"
    return f"{part} {short}"


def deadline_phrase(rng: random.Random, published: date) -> str:
    """A time limit after publication, in one of the forms of shared/sites.md."""
    y = published.year
    quarter = (published.month - 1) // 3 + 1
    roll = rng.random()
    if roll < 0.16:
        q = rng.randint(quarter, 4)
        return f"trong quý {ROMAN[q - 1]}/{y}" if rng.random() < 0.7 else f"trong quý {q}"
    if roll < 0.22:
        return f"trong quý {ROMAN[rng.randint(0, 3)]} năm {y + 1}"
    if roll < 0.36:
        m = rng.randint(published.month, 12)
        return f"trong tháng {m}/{y}" if rng.random() < 0.7 else f"trong tháng {m} năm {y}"
    if roll < 0.62:
        due = published + timedelta(days=rng.randint(5, 200))
        word = rng.choice(["trước ngày", "trước ngày", "chậm nhất ngày", "xong trước ngày", "trước"])
        written = dmy(rng, due, year=rng.random() < 0.8 or due.year != y, long_ok=word.endswith("ngày"))
        return f"{word} {written}"
    if roll < 0.72:
        return f"trong năm {y}" if published.month < 11 else f"trong năm {y + 1}"
    if roll < 0.80:
        m = rng.randint(min(published.month + 1, 12), 12)
        return f"trước {rng.choice(['thượng', 'trung', 'hạ'])} tuần tháng {m}/{y}"
    if roll < 0.88:
        half = "6 tháng đầu năm" if rng.random() < 0.5 else "6 tháng cuối năm"
        return f"trong {half} {y + (1 if published.month > 6 else 0)}"
    if roll < 0.94:
        return "từ nay đến cuối năm" if rng.random() < 0.5 else f"từ nay đến cuối năm {y}"
    return f"trước ngày {dmy(rng, published + timedelta(days=rng.randint(10, 90)), year=False)}"


# --------------------------------------------------------------------------- topics

TOPICS = [
    ("phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", "chuyển đổi số"),
    ("giải ngân vốn đầu tư công", "giải ngân vốn đầu tư công"),
    ("sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị", "sắp xếp tổ chức bộ máy"),
    ("cải cách thủ tục hành chính và cải thiện môi trường kinh doanh", "cải cách thủ tục hành chính"),
    ("phòng, chống thiên tai và khắc phục hậu quả mưa lũ", "phòng, chống thiên tai"),
    ("phát triển nhà ở xã hội", "phát triển nhà ở xã hội"),
    ("thu ngân sách nhà nước và thực hành tiết kiệm, chống lãng phí", "thu ngân sách"),
    ("xây dựng cơ sở dữ liệu quốc gia về dân cư và Đề án 06", "triển khai Đề án 06"),
    ("phát triển kết cấu hạ tầng giao thông và các dự án trọng điểm", "các dự án trọng điểm"),
    ("xóa nhà tạm, nhà dột nát cho hộ nghèo", "xóa nhà tạm, nhà dột nát"),
    ("phòng, chống tham nhũng, lãng phí, tiêu cực", "phòng, chống tham nhũng"),
    ("phát triển kinh tế tư nhân", "phát triển kinh tế tư nhân"),
    ("bảo đảm an sinh xã hội và chăm lo đời sống nhân dân dịp Tết", "bảo đảm an sinh xã hội"),
    ("chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2025-2030", "chuẩn bị đại hội"),
    ("phát triển nông nghiệp và xây dựng nông thôn mới", "xây dựng nông thôn mới"),
    ("đẩy mạnh xuất khẩu và mở rộng thị trường", "đẩy mạnh xuất khẩu"),
]

ACTIONS = [
    "hoàn thiện dự thảo Nghị định hướng dẫn thi hành Luật {law}, trình Chính phủ",
    "rà soát, sửa đổi các quy định còn chồng chéo, vướng mắc liên quan đến {short}",
    "xây dựng kế hoạch cụ thể, phân công rõ người, rõ việc, rõ trách nhiệm để triển khai {short}",
    "báo cáo kết quả thực hiện {short} với Thủ tướng Chính phủ",
    "tổng hợp khó khăn, vướng mắc của các địa phương và đề xuất giải pháp tháo gỡ",
    "giải ngân 100% kế hoạch vốn được giao, không để tồn đọng, kéo dài",
    "ban hành kế hoạch triển khai {doc} và tổ chức quán triệt đến cơ sở",
    "hoàn thành việc sắp xếp các đơn vị sự nghiệp công lập trực thuộc",
    "hoàn thành xây dựng cơ sở dữ liệu chuyên ngành, bảo đảm kết nối, chia sẻ với cơ sở dữ liệu quốc gia",
    "chủ động phối hợp với các địa phương kiểm tra, đôn đốc tiến độ các dự án",
    "nghiên cứu, đề xuất cơ chế, chính sách đặc thù về {short}",
    "trình Ủy ban Thường vụ Quốc hội xem xét, cho ý kiến về dự án Luật {law}",
    "bố trí đủ nguồn lực cho {short}, bảo đảm công khai, minh bạch",
    "tổ chức sơ kết, đánh giá kết quả thực hiện {doc}",
    "triển khai đồng bộ các giải pháp về {short}, kiên quyết xử lý các trường hợp chậm trễ",
    "hoàn thành việc cắt giảm ít nhất 30% thủ tục hành chính và chi phí tuân thủ",
    "xây dựng bộ chỉ số đánh giá mức độ hoàn thành nhiệm vụ của từng cơ quan, đơn vị",
    "hướng dẫn các địa phương thực hiện thống nhất, không để ách tắc, gián đoạn",
    "phê duyệt danh mục nhiệm vụ khoa học và công nghệ cấp quốc gia năm {year}",
    "khởi công các công trình, dự án đã đủ điều kiện",
]
LAWS = ["Khoa học, công nghệ và đổi mới sáng tạo", "Đất đai", "Đầu tư công", "Ngân sách nhà nước",
        "Quy hoạch", "Chuyển đổi số", "Dữ liệu", "Thủ đô", "Nhà ở", "Tổ chức chính quyền địa phương"]

OPENERS = ["Theo báo cáo", "Trong thời gian qua", "Thời gian tới", "Bên cạnh những kết quả đạt được",
           "Tuy nhiên", "Cùng với đó", "Nhìn chung", "Đáng chú ý", "Theo số liệu tổng hợp",
           "Từ đầu năm đến nay", "Qua theo dõi", "Theo đánh giá của các đại biểu", "Mặt khác",
           "Trên cơ sở đó", "Trước yêu cầu mới"]
SUBJECTS = ["công tác {short}", "việc triển khai {short}", "các bộ, ngành và địa phương", "nhiều địa phương",
            "tỷ lệ giải ngân vốn đầu tư công", "hệ thống cơ sở dữ liệu", "năng lực quản trị của bộ máy",
            "tình hình kinh tế - xã hội", "việc thực hiện các nhiệm vụ được giao", "đội ngũ cán bộ, công chức",
            "nguồn lực cho {short}", "hạ tầng số", "người dân và doanh nghiệp", "thu ngân sách nhà nước"]
PREDICATES = ["đã có chuyển biến tích cực", "còn nhiều khó khăn, vướng mắc", "đạt {pct}% kế hoạch năm",
              "tăng {pct}% so với cùng kỳ năm {prev}", "chưa đáp ứng được yêu cầu đặt ra",
              "được triển khai đồng bộ, quyết liệt", "vẫn còn tình trạng trên nóng dưới lạnh",
              "có nhiều điểm sáng", "tiếp tục được quan tâm chỉ đạo", "đạt khoảng {big} nghìn tỷ đồng",
              "chưa thực sự quyết liệt, còn tâm lý sợ sai, sợ trách nhiệm",
              "được người dân, doanh nghiệp đánh giá cao", "còn {n} nhiệm vụ chậm tiến độ",
              "ngày càng được hoàn thiện", "đã giảm {pct}% thời gian xử lý hồ sơ"]
TAILS = ["", "", ", góp phần ổn định kinh tế vĩ mô", ", tạo nền tảng cho giai đoạn {y1}-{y5}",
         " trong bối cảnh tình hình thế giới còn nhiều biến động", ", nhất là ở cấp cơ sở",
         ", song vẫn còn khoảng cách so với mục tiêu đề ra", " so với yêu cầu phát triển nhanh và bền vững",
         ", trong đó có {n} địa phương đạt trên {pct}%", ", tạo niềm tin cho người dân và doanh nghiệp"]
QUOTES = ["Phải nói đi đôi với làm, không để tình trạng hô hào chung chung",
          "Chúng ta không có nhiều thời gian, phải làm ngay, làm quyết liệt",
          "Việc gì đã rõ, đã chín thì phải làm ngay, không chờ đợi",
          "Đây là nhiệm vụ chính trị hết sức quan trọng, không được chậm trễ",
          "Người đứng đầu phải chịu trách nhiệm nếu để chậm tiến độ",
          "Không để người dân, doanh nghiệp phải chờ đợi, đi lại nhiều lần",
          "Phải lấy kết quả cụ thể làm thước đo, không chạy theo thành tích",
          "Cần đổi mới tư duy, cách làm, tháo gỡ ngay các điểm nghẽn"]
SPEECH_VERBS = ["nhấn mạnh", "yêu cầu", "lưu ý", "khẳng định", "nêu rõ"]
CAPTIONS = ["Quang cảnh {kind}. Ảnh: TTXVN", "{chair} phát biểu chỉ đạo tại {kind}. Ảnh: VGP",
            "Các đại biểu dự {kind}. Ảnh: {photographer}", "{chair} chủ trì {kind} - Ảnh: {photographer}"]
TEASERS = [
    "Quốc hội biểu quyết thông qua Luật {law} với {pct} điều, có hiệu lực từ ngày 1/{m}/{y1}.",
    "Thủ tướng yêu cầu các địa phương hoàn thành xóa nhà tạm, nhà dột nát trước ngày 31/10.",
    "Nhiều tỉnh, thành phố đã hoàn thành sắp xếp đơn vị hành chính cấp xã và vận hành chính quyền hai cấp.",
    "Kim ngạch xuất khẩu {n} tháng ước đạt {big} tỷ USD, tăng {pct}% so với cùng kỳ.",
    "Hội nghị Trung ương lần thứ {ord} khóa XIII bàn về công tác chuẩn bị nhân sự Đại hội XIV.",
    "Chính phủ ban hành Nghị quyết về nhiệm vụ, giải pháp chủ yếu thúc đẩy tăng trưởng kinh tế.",
    "Bộ Tài chính đề xuất giảm thuế giá trị gia tăng đến hết năm {y1}.",
    "Các nhiệm vụ của Nghị quyết {doc_n} được chia thành {n} nhóm, với {pct} sáng kiến đột phá.",
]
OUTLETS = [  # source, host, lead tag, byline outlet
    ("nld", "nld.com.vn", "(NLĐO) - ", "Người Lao Động"),
    ("vnexpress", "vnexpress.net", "", "VnExpress"),
    ("baochinhphu", "baochinhphu.vn", "(Chinhphu.vn) - ", "Chinhphu.vn"),
    ("thanhhoa_portal", "trieuson.thanhhoa.gov.vn", "", "Cổng TTĐT"),
    ("dangcongsan", "dangcongsan.org.vn", "(ĐCSVN) - ", "ĐCSVN"),
    ("vietnamplus", "www.vietnamplus.vn", "(Vietnam+) - ", "TTXVN"),
    ("quochoi", "quochoi.vn", "", "Quốc hội"),
    ("baothanhhoa", "baothanhhoa.vn", "(Baothanhhoa.vn) - ", "Báo Thanh Hóa"),
]
NAV_LINES = ["Thời sự Chính trị Xã hội Đô thị", "Trang chủ > Thời sự > Chính trị", "Đăng nhập", "Tìm kiếm",
             "Kinh tế Sức khỏe Giáo dục Pháp luật Văn hóa Giải trí Thể thao", "xem thêm",
             "Facebook Youtube Zalo Rss", "Video Photo Longform Infographic", "Chỉ đạo - Điều hành"]
PORTAL_WIDGETS = ["Ý kiến thăm dò", "Bạn quan tâm đến chuyên mục nào trên trang?", "Truy cập", "Hôm nay:",
                  "{n4}", "Hôm qua:", "{n4}", "Tuần này:", "{n5}", "Tất cả:", "{n7}"]
SPAM = ["hi88 com", "new88 com", "fb88 net", "789bet", "sv388 . net"]


class Fill(dict):
    """str.format_map helper: fills {pct}, {big} ... with fresh random numbers."""

    def __init__(self, rng: random.Random, **fixed):
        super().__init__(**fixed)
        self.rng = rng

    def __missing__(self, key):
        r = self.rng
        return {"pct": r.randint(3, 98), "big": r.randint(12, 950), "n": r.randint(2, 40),
                "n4": r.randint(1000, 9999), "n5": r.randint(10000, 99999), "n7": r.randint(1000000, 9999999),
                "ord": r.choice(ORDINALS[9:] + ["mười một", "mười hai", "mười ba", "mười bốn"]),
                "m": r.randint(1, 12), "law": r.choice(LAWS), "photographer": person(r)}[key]


# --------------------------------------------------------------------------- one article

class _Article:
    max_bytes = MAX_BYTES

    def __init__(self, seed: int, index: int):
        self.rng = rng = random.Random(self._rng_key(seed, index))
        self.index, self.seed = index, seed
        self.published_day = self._publish_day(rng)
        lag = rng.choices([0, 1, 2, 3], weights=[4, 4, 1, 1])[0]
        self.held = self.published_day - timedelta(days=lag)
        self.part = rng.choices(["Sáng", "Chiều", "Tối", "Trưa"], weights=[10, 8, 1, 1])[0]
        earliest = {"Sáng": 11, "Trưa": 14, "Chiều": 17, "Tối": 21}[self.part] if lag == 0 else 6
        hour = rng.randint(earliest, 23)
        self.published = datetime.combine(self.published_day, datetime.min.time(), VN).replace(
            hour=hour, minute=rng.randint(0, 59), second=rng.randint(0, 59))
        self.outlet = self._pick_outlet(rng)
        self.topic, self.short = rng.choice(TOPICS)
        self.year = self.published_day.year
        self.fill = Fill(rng, short=self.short, year=self.year, prev=self.year - 1,
                         y1=self.year + 1, y5=self.year + 5)
        self.docs = [self._document() for _ in range(rng.randint(1, 3))]
        self._scope()

    # The draws a profile may change (the default profile's are the original ones, in order).
    @staticmethod
    def _rng_key(seed: int, index: int) -> str:
        return f"{seed}:{index}"

    def _publish_day(self, rng: random.Random) -> date:
        return FIRST_DAY + timedelta(days=rng.randint(3, (LAST_DAY - FIRST_DAY).days))

    def _pick_outlet(self, rng: random.Random) -> tuple[str, str, str, str]:
        return rng.choice(OUTLETS)

    def _target_bytes(self, rng: random.Random) -> int:
        return rng.randint(MIN_BYTES, MAX_BYTES - 600)

    # ------------------------------------------------------------- who meets, who is instructed
    def _scope(self) -> None:
        rng = self.rng
        self.scope = rng.choices(["central", "province", "district"], weights=[5, 4, 1])[0]
        self.chair_name = person(rng)
        if self.scope == "central":
            self.place = None
            choice = rng.choice([
                ("Thủ tướng", "Thủ tướng Chính phủ", "phiên họp", "Chính phủ", "tại trụ sở Chính phủ"),
                ("Thủ tướng", "Thủ tướng Chính phủ", "cuộc họp", "Thường trực Chính phủ", "tại trụ sở Chính phủ"),
                ("Phó Thủ tướng", "Phó Thủ tướng Chính phủ", "cuộc họp", "Ban Chỉ đạo Nhà nước các dự án trọng điểm", "tại trụ sở Chính phủ"),
                ("Tổng Bí thư", "Tổng Bí thư", "cuộc họp", "Bộ Chính trị", "tại Trụ sở Trung ương Đảng"),
                ("Tổng Bí thư", "Tổng Bí thư", "phiên họp", "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", "tại Trụ sở Trung ương Đảng"),
                ("Chủ tịch Quốc hội", "Chủ tịch Quốc hội", "phiên họp", "Ủy ban Thường vụ Quốc hội", "tại Nhà Quốc hội"),
                ("Thường trực Ban Bí thư", "Thường trực Ban Bí thư", "hội nghị", "Ban Bí thư", "tại Trụ sở Trung ương Đảng"),
            ])
            self.addressee_pool = ministries(self.published_day) + CENTRAL_ADDRESSEES
        elif self.scope == "province":
            self.place = rng.choice(PROVINCES)
            choice = rng.choice([
                ("Chủ tịch UBND tỉnh", "Chủ tịch UBND tỉnh", "cuộc họp", "Ủy ban nhân dân tỉnh", f"tại trụ sở UBND tỉnh {self.place}"),
                ("Bí thư Tỉnh ủy", "Bí thư Tỉnh ủy", "hội nghị", "Ban Thường vụ Tỉnh ủy", f"tại Hội trường Tỉnh ủy {self.place}"),
                ("Chủ tịch UBND tỉnh", "Chủ tịch UBND tỉnh", "phiên họp", "Ủy ban nhân dân tỉnh", f"tại trụ sở UBND tỉnh {self.place}"),
                ("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh", "buổi làm việc", "Sở Xây dựng", f"tại tỉnh {self.place}"),
                ("Chủ tịch HĐND tỉnh", "Chủ tịch HĐND tỉnh", "kỳ họp", "Hội đồng nhân dân tỉnh", f"tại Hội trường {self.place}"),
            ])
            self.addressee_pool = PROVINCE_ADDRESSEES + DISTRICT
        else:
            self.place = rng.choice(DISTRICTS)
            choice = rng.choice([
                ("Bí thư Huyện ủy", "Bí thư Huyện ủy", "hội nghị", "Huyện ủy", f"tại Hội trường huyện {self.place}"),
                ("Chủ tịch UBND huyện", "Chủ tịch UBND huyện", "cuộc họp", "Ủy ban nhân dân huyện", f"tại trụ sở UBND huyện {self.place}"),
            ])
            self.addressee_pool = DISTRICT + DEPARTMENTS
        self.title, self.full_title, self.kind, self.body, self.location = choice
        if self.scope == "province" and rng.random() < 0.5:
            self.full_title = f"{self.title} {self.place}"

    def _document(self) -> tuple[str, str, str]:
        """(citation with issuer and date, short citation, bare number)."""
        rng = self.rng
        issued = self.published_day - timedelta(days=rng.randint(20, 900))
        n = rng.randint(1, 420)
        kind, code, issuer = rng.choice([
            ("Nghị quyết", f"{n}-NQ/TW", "Bộ Chính trị"), ("Nghị quyết", f"{n}/NQ-CP", "Chính phủ"),
            ("Quyết định", f"{n}/QĐ-TTg", "Thủ tướng Chính phủ"), ("Chỉ thị", f"{n}/CT-TTg", "Thủ tướng Chính phủ"),
            ("Kết luận", f"{n}-KL/TW", "Bộ Chính trị"), ("Công điện", f"{n}/CĐ-TTg", "Thủ tướng Chính phủ"),
            ("Nghị định", f"{n}/{issued.year}/NĐ-CP", "Chính phủ"), ("Chỉ thị", f"{n}-CT/TW", "Ban Bí thư"),
            ("Kế hoạch", f"{n}/KH-UBND", "Ủy ban nhân dân tỉnh"),
        ])
        sep = rng.choice([", ngày ", " ngày "])
        full = f"{kind} số {code}{sep}{dmy(rng, issued)} của {issuer} về {self.topic}"
        return full, f"{kind} {code}", f"{kind} {n}"

    # ------------------------------------------------------------- sentences and paragraphs
    def f(self, template: str) -> str:
        return template.format_map(self.fill)

    def chair(self, named: bool | None = None) -> str:
        if named is None:
            named = self.rng.random() < 0.3
        return f"{self.full_title} {self.chair_name}" if named else self.title

    def lead(self) -> str:
        rng = self.rng
        when = meeting_date_phrase(rng, self.held, self.published_day, self.part)
        session = ""
        if self.kind in ("phiên họp", "kỳ họp") and rng.random() < 0.6:
            session = f" {'lần ' if rng.random() < 0.3 else ''}thứ {rng.choice(ORDINALS[:8])}"
        fmt = rng.choice(["", "", " theo hình thức trực tiếp kết hợp trực tuyến với các địa phương",
                          " theo hình thức trực tuyến", " theo hình thức trực tiếp và trực tuyến với các tỉnh thành"])
        topic = rng.choice([f" để đánh giá kết quả {rng.randint(3, 11)} tháng thực hiện {self.docs[0][1]}",
                            f" về {self.topic}", f" nghe báo cáo tình hình {self.short}",
                            f" cho ý kiến về {self.topic}", f" bàn giải pháp thúc đẩy {self.short}"])
        chair = f"{self.full_title} {self.chair_name}"
        shape = rng.random()
        if self.kind == "buổi làm việc":
            return f"{when}, {chair} có buổi làm việc với {self.body}{topic}."
        if shape < 0.45:
            return f"{when}, {chair} chủ trì {self.kind} {self.body}{session}{fmt}{topic}."
        if shape < 0.65:
            return f"{when}, {self.location}, {chair} đã chủ trì {self.kind}{session} của {self.body}{topic}."
        if shape < 0.82:
            return (f"{when}, {self.location}, {self.body} tổ chức {self.kind}{session}{topic}. "
                    f"{chair} chủ trì {self.kind}.")
        if shape < 0.92:
            return f"{when}, {self.body} họp{' phiên' if self.kind == 'phiên họp' else ''} thường kỳ tháng {self.held.month}{fmt}{topic}, dưới sự chủ trì của {chair}."
        return f"{when}, {self.kind.capitalize()} {self.body}{session} đã diễn ra {self.location}{fmt}, do {chair} chủ trì."

    def attendance(self) -> str:
        rng = self.rng
        others = []
        titles = (["Phó Thủ tướng", "Bộ trưởng Bộ Tài chính", "Bộ trưởng Bộ Công an", "Chánh Văn phòng Trung ương Đảng",
                   "Chủ nhiệm Văn phòng Chính phủ", "Thống đốc Ngân hàng Nhà nước", "Ủy viên Trung ương Đảng"]
                  if self.scope == "central" else
                  ["Phó Chủ tịch UBND tỉnh", "Giám đốc Sở", "Phó Bí thư Tỉnh ủy", "Phó Chủ tịch HĐND tỉnh",
                   "Phó Bí thư Huyện ủy", "Thứ trưởng"])
        titles = [t for t in titles if t != self.title]
        for _ in range(rng.randint(1, 4)):
            title = rng.choice(titles)
            others.append(f"{title} {person(rng)}")
        lead = rng.choice(["Tham dự có các đồng chí", "Cùng dự có", "Dự cuộc họp có", "Tham dự phiên họp có các đồng chí"])
        extra = rng.choice(["", "; lãnh đạo các bộ, ngành, cơ quan liên quan", "; đại diện lãnh đạo các sở, ban, ngành và địa phương"])
        return f"{lead}: {'; '.join(others)}{extra}."

    def prose_sentence(self) -> str:
        rng = self.rng
        s = f"{rng.choice(OPENERS)}, {self.f(rng.choice(SUBJECTS))} {self.f(rng.choice(PREDICATES))}{self.f(rng.choice(TAILS))}."
        if rng.random() < 0.12:
            s = s[:-1] + f", theo tinh thần {rng.choice(self.docs)[rng.choice([0, 1, 2])]}."
        return s

    def filler(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.15:
            quote = " ".join(rng.sample(QUOTES, rng.randint(1, 3)))
            return f"\u201c{quote}\u201d - {self.title} {rng.choice(SPEECH_VERBS)}."
        if roll < 0.25:
            return (f"Tại {self.kind}, các đại biểu đã tập trung thảo luận, đánh giá kết quả {self.short}, "
                    f"chỉ ra những tồn tại, hạn chế và đề xuất nhiều giải pháp. " + self.prose_sentence())
        return " ".join(self.prose_sentence() for _ in range(rng.randint(2, 5)))

    def addressees(self, k: int = 1) -> list[str]:
        names = self.rng.sample(self.addressee_pool, k)
        if self.scope == "province" and self.rng.random() < 0.2:
            names = [n + f" {self.place}" if n.endswith("tỉnh") else n for n in names]
        return names

    def action(self) -> str:
        template = self.rng.choice(ACTIONS).replace("{doc}", self.rng.choice(self.docs)[1])
        return self.f(template)

    def directive(self) -> tuple[str, int]:
        """One directive paragraph piece and how many directives it states."""
        rng = self.rng
        dl = lambda: deadline_phrase(rng, self.published_day)  # noqa: E731
        verb = rng.choice(["yêu cầu", "đề nghị", "giao", "chỉ đạo"])
        roll = rng.random()
        if roll < 0.30:
            a = self.addressees()[0]
            return f"{self.chair()} {verb} {a} {self.action()}, hoàn thành {dl()}.", 1
        if roll < 0.45:
            a, b = self.addressees(2)
            return (f"{self.chair()} giao {a} chủ trì, phối hợp với {b} {self.action()}, "
                    f"báo cáo {self.title} {dl()}."), 1
        if roll < 0.57:
            a = self.addressees()[0]
            return f"{a} được giao {self.action()} {dl()}.", 1
        if roll < 0.70:
            items = self.addressees(rng.randint(2, 4))
            parts = [f"{a} {self.action()}{' ' + dl() if rng.random() < 0.6 else ''}" for a in items]
            return f"{self.chair()} {verb}: {'; '.join(parts)}.", len(items)
        if roll < 0.80:
            a = self.addressees()[0]
            return f"Theo {self.title}, {a} cần {self.action()} {dl()}.", 1
        if roll < 0.90:
            a, b = self.addressees(2)
            return (f"Về {self.short}, {self.chair()} đề nghị {a} khẩn trương {self.action()}, xong {dl()}; "
                    f"đồng thời giao {b} {self.action()}."), 2
        a, b = self.addressees(2)
        return f"{self.chair()} chỉ đạo {a} và {b} {self.action()} {dl()}.", 1

    def teasers(self) -> list[str]:
        rng = self.rng
        fill = Fill(rng, y1=self.year, doc_n=rng.randint(10, 99))
        return [t.format_map(fill) for t in rng.sample(TEASERS, rng.randint(2, 4))]

    def title_line(self) -> str:
        rng = self.rng
        return rng.choice([
            f"{self.title} {self.chair_name} chủ trì {self.kind} {self.body}",
            f"{self.title}: {rng.choice(QUOTES)}",
            f"{self.title} yêu cầu đẩy nhanh {self.short}",
            f"{self.body} {'họp' if self.kind != 'buổi làm việc' else 'làm việc'} về {self.short}",
            f"Hoàn thành {self.short} {deadline_phrase(rng, self.published_day)}",
        ])

    # ------------------------------------------------------------- the whole page
    def build(self) -> dict:
        rng = self.rng
        source, host, tag, outlet = self.outlet
        title = self.title_line()
        target = self._target_bytes(rng)
        twice = source == "thanhhoa_portal" and rng.random() < 0.3

        core = [self.lead(), self.attendance()]
        if rng.random() < 0.5:
            core.insert(0, f"{tag}{self.title} {rng.choice(SPEECH_VERBS)} {self.short} "
                           f"phải được triển khai quyết liệt, thực chất và hiệu quả.")
        directive_count, directive_paras = 0, []
        want = rng.randint(3, 8)
        while directive_count < want:
            sentences, n = [], 0
            for _ in range(rng.randint(1, 3)):
                if directive_count + n >= want:
                    break
                sentence, k = self.directive()
                sentences.append(sentence)
                n += k
            if rng.random() < 0.4:
                sentences.insert(0, self.prose_sentence())
            directive_paras.append(" ".join(sentences))
            directive_count += n
        docs_para = (f"Theo {self.docs[0][0]}, {self.f(rng.choice(SUBJECTS))} {self.f(rng.choice(PREDICATES))}."
                     if rng.random() < 0.8 else self.prose_sentence())
        body = core + [docs_para]
        # filler before, between and after the directives, up to the target size
        tail = list(directive_paras)
        size = lambda parts: sum(len(p.encode()) + 2 for p in parts)  # noqa: E731
        budget = target // (2 if twice else 1)
        middle: list[str] = []
        while size(body + middle + tail) < budget:
            middle.append(self.filler())
            if rng.random() < 0.15:
                middle.append(self.f(rng.choice(CAPTIONS).replace("{kind}", self.kind).replace(
                    "{chair}", f"{self.title} {self.chair_name}")))
            if rng.random() < 0.1:
                middle.append(rng.choice(["Tiếp tục tháo gỡ điểm nghẽn", "Không để chậm tiến độ",
                                          "Xây dựng nền tảng số, hạ tầng số", "Quyết liệt hành động"]))
        # interleave: directives spread among the filler
        for para in tail:
            middle.insert(rng.randint(len(middle) // 3, len(middle)), para)
        paragraphs = body + middle
        if twice:
            paragraphs = paragraphs + paragraphs

        head, trailer = self.chrome(source, title, outlet)
        text = "\n\n".join(p for p in head + paragraphs + trailer if p)
        while len(text.encode()) > self.max_bytes and len(middle) > 1:  # drop filler to stay in range
            middle.pop(rng.randrange(len(middle)))
            paragraphs = body + middle + (body + middle if twice else [])
            text = "\n\n".join(p for p in head + paragraphs + trailer if p)
        self.title_text, self.paragraphs = title, paragraphs  # what a republication copies
        if rng.random() < 0.02:  # injected spam, as in seed 003
            brand = rng.choice(SPAM)
            text = text.replace("Trung ương", f"{brand} ương").replace("tâm", f"{brand}")
        return {
            "url": self.url(host, title),
            "published_at": self.published.isoformat(),
            "source": source,
            "title": title,
            "text": text,
        }

    def chrome(self, source: str, title: str, outlet: str) -> tuple[list[str], list[str]]:
        """Page chrome around the body: navigation, widgets, title and time stamp, image names
        (head); byline and teasers, related links (trailer)."""
        rng = self.rng
        head: list[str] = []
        if rng.random() < 0.15:
            head += rng.sample(NAV_LINES, rng.randint(3, len(NAV_LINES)))
        if source == "thanhhoa_portal" and rng.random() < 0.6:
            head += [self.f(line) for line in PORTAL_WIDGETS]
        if rng.random() < 0.5:
            head.append(title)
            stamp = rng.choice([f"{self.published:%d/%m/%Y %H:%M:%S}", f"Ngày {self.published:%d/%m/%Y %H:%M:%S}",
                                f"Thứ {rng.choice(['hai', 'ba', 'tư', 'năm', 'sáu'])}, {self.published:%d/%m/%Y - %H:%M}"])
            head.append(stamp)
        if source == "thanhhoa_portal" and rng.random() < 0.5:
            head += [f"z{rng.randint(10**12, 10**13 - 1)}_{rng.getrandbits(128):032x}.jpg" for _ in range(rng.randint(1, 4))]

        trailer: list[str] = []
        roll = rng.random()
        if roll < 0.3:
            trailer = [f"{person(rng)} - {outlet}"] + self.teasers()
        elif roll < 0.4:
            trailer = ["Tin liên quan"] + self.teasers()
        elif roll < 0.5:
            trailer = ["Liên kết trang", "0", str(rng.randint(0, 9)), "0"]
        return head, trailer

    def url(self, host: str, title: str) -> str:
        slug = _slug(title)[:90].rstrip("-")
        uid = f"{self.seed % 1000:03d}{self.index:09d}"
        if host.endswith("thanhhoa.gov.vn"):
            return f"https://{host}/portal/Pages/{self.published:%Y-%-m-%-d}/{slug}-{uid}.aspx"
        if host == "vnexpress.net":
            return f"https://{host}/{slug}-{uid}.html"
        return f"https://{host}/{slug}-{uid}.htm"


# --------------------------------------------------------------------------- the realistic profile

# Archive volume by publish year (sites keep fewer old pages online; volume grows each year) and
# by source (the wire and the big national papers publish most), for `profile="realistic"`.
REALISTIC_FIRST_DAY, REALISTIC_LAST_DAY = date(2015, 1, 1), date(2026, 11, 30)
REALISTIC_YEARS = {2015: 3, 2016: 3, 2017: 4, 2018: 4, 2019: 5, 2020: 6, 2021: 7, 2022: 8, 2023: 9,
                   2024: 10, 2025: 12, 2026: 11}
REALISTIC_SOURCES = {"vietnamplus": 20, "vnexpress": 18, "baochinhphu": 16, "nld": 12, "baothanhhoa": 11,
                     "dangcongsan": 10, "thanhhoa_portal": 8, "quochoi": 5}
REALISTIC_MIN_BYTES, REALISTIC_MAX_BYTES = 1000, 30000
REPUBLISHED_SHARE = 0.07  # the same story re-published by another outlet (wire copy)
REPUBLISH_WINDOW = 300  # ... of one of the previous 300 articles (a recent one)
_OUTLET_BY_SOURCE = {o[0]: o for o in OUTLETS}
_SOURCE_NAMES = list(REALISTIC_SOURCES)
_SOURCE_WEIGHTS = list(REALISTIC_SOURCES.values())
_YEARS = list(REALISTIC_YEARS)
_YEAR_WEIGHTS = list(REALISTIC_YEARS.values())


class _RealisticArticle(_Article):
    """An article of the realistic profile: publish years 2015-2026 weighted by archive volume,
    sources weighted by their output, lengths 1-30 KB with most of them 3-8 KB (a log-normal
    body and a long tail). Its own random stream, so the default profile is untouched."""

    max_bytes = REALISTIC_MAX_BYTES

    @staticmethod
    def _rng_key(seed: int, index: int) -> str:
        return f"{seed}:{index}:realistic"

    def _publish_day(self, rng: random.Random) -> date:
        year = rng.choices(_YEARS, weights=_YEAR_WEIGHTS)[0]
        first = max(date(year, 1, 4), REALISTIC_FIRST_DAY)
        last = min(date(year, 12, 31), REALISTIC_LAST_DAY)
        return first + timedelta(days=rng.randint(0, (last - first).days))

    def _pick_outlet(self, rng: random.Random) -> tuple[str, str, str, str]:
        return _OUTLET_BY_SOURCE[rng.choices(_SOURCE_NAMES, weights=_SOURCE_WEIGHTS)[0]]

    def _target_bytes(self, rng: random.Random) -> int:
        if rng.random() < 0.88:  # the bulk: median about 5 KB, two thirds within 3-8 KB
            size = rng.lognormvariate(8.55, 0.3)
        else:  # the tail: speeches, full reports, short notices
            size = rng.lognormvariate(9.2, 0.75)
        target = int(min(max(size, REALISTIC_MIN_BYTES), REALISTIC_MAX_BYTES - 1500))
        # a little slack over the target; the filler loop stops at the first paragraph past it
        self.max_bytes = min(REALISTIC_MAX_BYTES, int(target * 1.2) + 800)
        return target

    def republish(self, index: int) -> dict:
        """This article's story as another outlet prints it as article `index`: the same body
        paragraphs under that outlet's chrome, lead tag, URL and a later publish minute, often
        under a new title."""
        rng = self.rng = random.Random(f"{self.seed}:{index}:republish")
        original_source, _, original_tag, _ = self.outlet
        others = [s for s in _SOURCE_NAMES if s != original_source]
        weights = [REALISTIC_SOURCES[s] for s in others]
        source, host, tag, outlet = self.outlet = _OUTLET_BY_SOURCE[rng.choices(others, weights=weights)[0]]
        self.index = index
        self.published = self.published + timedelta(minutes=rng.randint(3, 36 * 60))
        title = self.title_text if rng.random() < 0.5 else self.title_line()
        paragraphs = list(self.paragraphs)
        for k, para in enumerate(paragraphs):
            if original_tag and para.startswith(original_tag):
                paragraphs[k] = tag + para[len(original_tag):]
        head, trailer = self.chrome(source, title, outlet)
        return {
            "url": self.url(host, title),
            "published_at": self.published.isoformat(),
            "source": source,
            "title": title,
            "text": "\n\n".join(p for p in head + paragraphs + trailer if p),
        }


class _DailyArticle(_RealisticArticle):
    """An article of the profile "daily": the realistic mix, published on DAILY_DAY (the day after
    the realistic corpus ends), as a day's crawl brings it; its copies are of that day's stories."""

    def _publish_day(self, rng: random.Random) -> date:
        return DAILY_DAY


DAILY_DAY = REALISTIC_LAST_DAY + timedelta(days=1)


def republished_from(index: int, seed: int = 0) -> int | None:
    """In the realistic profile, the index of the article whose story article `index` re-publishes
    (an original, never itself a copy), or None when `index` is an original story."""
    found = None
    while index > 0:
        rng = random.Random(f"{seed}:{index}:copy")
        if rng.random() >= REPUBLISHED_SHARE:
            break
        index = found = index - rng.randint(1, min(REPUBLISH_WINDOW, index))
    return found


def _slug(text: str) -> str:
    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return "-".join("".join(c if c.isalnum() else " " for c in ascii_text).split())


# --------------------------------------------------------------------------- API and CLI

PROFILES = ("default", "realistic", "daily")


def make_article(index: int, seed: int = 0, profile: str = "default") -> dict:
    """Article `index` of the corpus of `seed`, as one `vngov import` JSON object."""
    if profile == "default":
        return _Article(seed, index).build()
    if profile not in PROFILES:
        raise ValueError(f"unknown corpus profile {profile!r} (one of {', '.join(PROFILES)})")
    kind = _DailyArticle if profile == "daily" else _RealisticArticle
    original = republished_from(index, seed)
    if original is None:
        return kind(seed, index).build()
    article = kind(seed, original)
    article.build()
    return article.republish(index)


def generate(n: int, seed: int = 0, start: int = 0, profile: str = "default"):
    """Articles start .. start+n-1 of the corpus of `seed`."""
    for i in range(start, start + n):
        yield make_article(i, seed, profile)


def write_jsonl(path: Path | str, n: int, seed: int = 0, start: int = 0, profile: str = "default") -> int:
    """Write n articles as JSONL; returns the bytes written."""
    written = 0
    with open(path, "w", encoding="utf-8") as fh:
        for article in generate(n, seed, start, profile):
            line = json.dumps(article, ensure_ascii=False) + "\n"
            fh.write(line)
            written += len(line.encode())
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="how many articles")
    parser.add_argument("out", type=Path, help="output JSONL file")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--start", type=int, default=0, help="index of the first article (to extend a corpus)")
    parser.add_argument("--profile", choices=PROFILES, default="default",
                        help="realistic: years 2015-2026, weighted sources, 1-30 KB, ~7%% wire copies")
    args = parser.parse_args(argv)
    size = write_jsonl(args.out, args.n, args.seed, args.start, args.profile)
    print(f"wrote {args.n} articles ({size / 1e6:.1f} MB) to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
