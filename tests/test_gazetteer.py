"""Agency names, abbreviations and history (vngov.extract.gazetteer and its seeds)."""

from __future__ import annotations

import csv
import unicodedata
from collections import defaultdict
from datetime import date, datetime, timedelta

import pytest

from vngov import config
from vngov.extract import extract_article, gazetteer
from vngov.extract.normalize import fold_tokens, tokenize

KHCN = "Bộ Khoa học và Công nghệ"
BEFORE_MERGER = date(2024, 6, 1)
MERGER = date(2025, 3, 1)  # the 2025 restructuring of the Government apparatus took effect


def seed(name: str) -> list[dict]:
    with (config.seeds_dir() / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def agency_names() -> dict[str, str]:
    return {row["agency_id"]: row["canonical_name"] for row in seed("agencies.csv")}


# ----------------------------------------------------------------------------- current_agency

@pytest.mark.parametrize(
    "name, now",
    [
        ("Bộ Thông tin và Truyền thông", KHCN),
        ("Bộ TT&TT", KHCN),  # abbreviated form of the same ministry
        ("Bộ Kế hoạch và Đầu tư", "Bộ Tài chính"),
        ("Bộ KH&ĐT", "Bộ Tài chính"),
        ("Bộ Giao thông vận tải", "Bộ Xây dựng"),
        ("Bộ GTVT", "Bộ Xây dựng"),
        ("Bộ Tài nguyên và Môi trường", "Bộ Nông nghiệp và Môi trường"),
        ("Bộ TN&MT", "Bộ Nông nghiệp và Môi trường"),
        ("Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Nông nghiệp và Môi trường"),
        ("Bộ NN&PTNT", "Bộ Nông nghiệp và Môi trường"),
        ("Bộ Lao động - Thương binh và Xã hội", "Bộ Nội vụ"),  # main successor
        ("Bộ LĐ-TB&XH", "Bộ Nội vụ"),
        ("Ủy ban Dân tộc", "Bộ Dân tộc và Tôn giáo"),
        ("Ban Tuyên giáo Trung ương", "Ban Tuyên giáo và Dân vận Trung ương"),
        ("Ban Dân vận Trung ương", "Ban Tuyên giáo và Dân vận Trung ương"),
        ("Ban Kinh tế Trung ương", "Ban Chính sách, Chiến lược Trung ương"),
        ("Ban Kinh tế TƯ", "Ban Chính sách, Chiến lược Trung ương"),
        ("Ban cán sự đảng Chính phủ", "Đảng ủy Chính phủ"),
        ("Đảng đoàn Quốc hội", "Đảng ủy Quốc hội"),
        ("Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ"),
        # agencies that were not restructured, and names the gazetteer does not know
        (KHCN, KHCN),
        ("Bộ KH&CN", KHCN),
        ("Bộ Công an", "Bộ Công an"),
        ("Hội Nông dân xã Hoằng Đạt", "Hội Nông dân xã Hoằng Đạt"),
    ],
)
def test_current_agency_now(name, now):
    assert gazetteer.current_agency(name) == now


def test_the_ministries_merged_on_1_march_2025():
    name = "Bộ Thông tin và Truyền thông"
    assert gazetteer.current_agency(name, BEFORE_MERGER) == name
    assert gazetteer.current_agency(name, MERGER - timedelta(days=1)) == name
    assert gazetteer.current_agency(name, MERGER) == KHCN
    step = gazetteer.succession("btttt")
    assert (step.event, step.effective_date, step.predecessor_last_day) == ("merged", MERGER, date(2025, 2, 28))
    assert gazetteer.succession("Bộ TT&TT") == step


def test_two_step_chains():
    assert gazetteer.agency_chain("Bộ Bưu chính, Viễn thông") == [
        "Bộ Bưu chính, Viễn thông", "Bộ Thông tin và Truyền thông", KHCN]
    assert gazetteer.current_agency("Bộ Bưu chính, Viễn thông", date(2010, 1, 1)) == "Bộ Thông tin và Truyền thông"
    assert gazetteer.current_agency("Bộ Bưu chính, Viễn thông", date(2000, 1, 1)) == "Bộ Bưu chính, Viễn thông"
    assert gazetteer.current_agency("Bộ Thủy sản") == "Bộ Nông nghiệp và Môi trường"
    assert gazetteer.current_agency("Bộ Thuỷ sản", BEFORE_MERGER) == "Bộ Nông nghiệp và Phát triển nông thôn"


def test_undated_events_count_only_from_the_day_they_had_surely_happened_by():
    # The party bodies were restructured in early 2025; the exact day is not in the seed.
    step = gazetteer.succession("Ban Tuyên giáo Trung ương")
    assert step.effective_date is None and step.in_effect_by == MERGER
    assert gazetteer.current_agency("Ban Tuyên giáo Trung ương", date(2024, 12, 31)) == "Ban Tuyên giáo Trung ương"
    assert gazetteer.current_agency("Ban Tuyên giáo Trung ương", MERGER) == "Ban Tuyên giáo và Dân vận Trung ương"


def test_district_government_was_abolished_without_a_successor():
    for name in ["Ủy ban nhân dân huyện", "UBND huyện Triệu Sơn", "Hội đồng nhân dân huyện", "Huyện ủy"]:
        step = gazetteer.succession(name)
        assert (step.event, step.successor, step.effective_date) == ("abolished", None, date(2025, 7, 1)), name
    # abolished: the chain ends at the agency itself, with the place as written
    assert gazetteer.current_agency("UBND huyện Triệu Sơn") == "Ủy ban nhân dân huyện Triệu Sơn"


def test_a_place_after_a_local_agency_is_kept():
    assert gazetteer.current_agency("Ban Cán sự Đảng UBND tỉnh Thanh Hóa") == "Đảng ủy UBND tỉnh Thanh Hóa"
    assert gazetteer.current_agency("Sở TT&TT tỉnh Thanh Hóa") == "Sở Khoa học và Công nghệ tỉnh Thanh Hóa"
    assert gazetteer.current_agency("UBND tỉnh Thanh Hóa") == "Ủy ban nhân dân tỉnh Thanh Hóa"


def test_extraction_reports_addressees_as_written_not_as_today():
    text = "Thủ tướng Phạm Minh Chính yêu cầu Bộ TT&TT hoàn thiện dự thảo Luật trước ngày 30/6/2024."
    [directive] = extract_article(text, datetime.fromisoformat("2024-05-10T09:00:00+07:00"))["directives"]
    assert directive["addressees"] == ["Bộ Thông tin và Truyền thông"]


# ----------------------------------------------------------------------------- abbreviations

@pytest.mark.parametrize(
    "text, name",
    [
        ("UBND tỉnh", "Ủy ban nhân dân tỉnh"),
        ("UBND TP Hà Nội", "Ủy ban nhân dân thành phố Hà Nội"),
        ("UBND xã Hoằng Hóa", "Ủy ban nhân dân xã Hoằng Hóa"),
        ("HĐND tỉnh Thanh Hóa", "Hội đồng nhân dân tỉnh Thanh Hóa"),
        ("Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
        ("UBMTTQ tỉnh Thanh Hóa", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thanh Hóa"),
        ("MTTQ Việt Nam", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
        ("Bộ KH&CN", KHCN),
        ("Bộ KHCN", KHCN),
        ("Sở KH&CN", "Sở Khoa học và Công nghệ"),
        ("Ban Tổ chức TƯ", "Ban Tổ chức Trung ương"),
        ("Ban Tổ chức TW", "Ban Tổ chức Trung ương"),
        ("UBKT Trung ương", "Ủy ban Kiểm tra Trung ương"),
        ("Ban Chỉ đạo Trung ương về phát triển KHCN, ĐMST&CĐS",
         "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"),
        ("Tỉnh ủy Thanh Hóa", "Tỉnh ủy Thanh Hóa"),  # a place after a local agency, as written
        ("UBND tỉnh Bà Rịa - Vũng Tàu", "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"),
        ("VPCP", "Văn phòng Chính phủ"),  # an abbreviation only one agency uses
    ],
)
def test_abbreviated_names_resolve(text, name):
    resolved = gazetteer.resolve_agency(text)
    assert resolved is not None and resolved.name == name


@pytest.mark.parametrize(
    "text, expansion",
    [
        ("UBND", "Ủy ban nhân dân"),
        ("HĐND", "Hội đồng nhân dân"),
        ("MTTQ", "Mặt trận Tổ quốc"),
        ("KH&CN", "Khoa học và Công nghệ"),
        ("KHCN", "Khoa học và Công nghệ"),
        ("ĐMST", "đổi mới sáng tạo"),
        ("CĐS", "chuyển đổi số"),
        ("KHCN/ĐMST/CĐS", "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"),
        ("KHCN, ĐMST&CĐS", "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"),
        ("ĐMST, CĐS", "đổi mới sáng tạo và chuyển đổi số"),  # a list, piece by piece
        ("BCT", None),  # Bộ Chính trị or Bộ Công Thương
        ("XYZ", None),
    ],
)
def test_expand_abbreviation(text, expansion):
    assert gazetteer.expand_abbreviation(text) == expansion


@pytest.mark.parametrize(
    "text",
    ["UBND", "HĐND", "MTTQ", "KH&CN", "KHCN", "ĐMST", "CĐS", "KHCN/ĐMST/CĐS", "KHCN, ĐMST&CĐS", "BCT", "TW", ""],
)
def test_abbreviations_alone_and_topics_are_not_agencies(text):
    assert not gazetteer.is_agency(text)
    assert gazetteer.current_agency(text) == text


def test_topic_abbreviations_in_running_text_are_not_agencies():
    agencies = gazetteer.agencies()
    assert agencies.find_all(tokenize("Đột phá phát triển KHCN/ĐMST/CĐS và KHCN, ĐMST&CĐS trong lĩnh vực KH&CN")) == []
    names = [m.name for m in agencies.find_all(tokenize("Bộ KH&CN và UBND tỉnh Thanh Hóa, Ban Tổ chức TƯ"))]
    assert names == [KHCN, "Ủy ban nhân dân tỉnh Thanh Hóa", "Ban Tổ chức Trung ương"]
    assert gazetteer.abbreviation("KHCN/ĐMST/CĐS").kind == "topic"


def test_a_spam_word_is_no_wildcard_for_an_abbreviation():
    # "§" may stand for one word of a written-out name ("Trung"), never for a whole "TƯ"
    assert [m.name for m in gazetteer.agencies().find_all(tokenize("Ban Tổ chức § ương"))] == ["Ban Tổ chức Trung ương"]
    assert gazetteer.agencies().find_all(tokenize("Ban Tổ chức § quyết định")) == []
    assert gazetteer.titles().find_all(tokenize("Ban Bí thư § Đảng")) == []


def test_abbreviated_titles_resolve():
    [match] = gazetteer.titles().find_all(tokenize("Trưởng Ban Tổ chức TƯ"))
    assert match.name == "Trưởng Ban Tổ chức Trung ương"


# ----------------------------------------------------------------------------- the seeds

def test_every_history_name_is_an_agency():
    names = agency_names()
    canonical = set(names.values())
    rows = seed("agency_history.csv")
    assert rows and len({row["agency_id"] for row in rows}) == len(rows)
    for row in rows:
        assert names.get(row["agency_id"]) == row["predecessor_name"], row
        assert row["event"] in {"merged", "renamed", "split", "abolished"}, row
        assert (row["event"] == "abolished") == (not row["successor_name"]), row
        if row["successor_name"]:
            assert row["successor_name"] in canonical, row
        assert row["note"], row


def test_history_dates_are_consistent():
    valid_to = {row["agency_id"]: row["valid_to"] for row in seed("agencies.csv")}
    for row in seed("agency_history.csv"):
        # every event is dated, or has a day it had surely happened by
        assert row["effective_date"] or row["in_effect_by"], row
        if row["effective_date"]:
            assert not row["in_effect_by"], row
            assert date.fromisoformat(row["predecessor_last_day"]) == date.fromisoformat(row["effective_date"]) - timedelta(days=1), row
        assert valid_to[row["agency_id"]] == row["predecessor_last_day"], row  # agencies.csv agrees


def test_history_has_no_cycles_and_ends_at_a_current_agency():
    for step in gazetteer.history():
        chain = gazetteer.agency_chain(step.predecessor)
        assert len(chain) == len(set(chain)), chain
        if step.successor:
            assert gazetteer.succession(chain[-1]) is None, chain


def test_every_agency_named_in_the_history_of_2025_is_in_the_seed():
    names = set(agency_names().values())
    for name in ["Bộ Thông tin và Truyền thông", "Bộ Kế hoạch và Đầu tư", "Bộ Giao thông vận tải",
                 "Bộ Tài nguyên và Môi trường", "Bộ Nông nghiệp và Phát triển nông thôn",
                 "Bộ Lao động - Thương binh và Xã hội", "Ủy ban Dân tộc", "Bộ Nông nghiệp và Môi trường",
                 "Bộ Dân tộc và Tôn giáo", "Ban cán sự đảng Chính phủ", "Đảng đoàn Quốc hội",
                 "Ban Tuyên giáo và Dân vận Trung ương", "Ban Chính sách, Chiến lược Trung ương"]:
        assert name in names


def test_no_phrase_names_two_agencies_or_titles():
    """Folding drops tone marks, so "Quận ủy" would be "Quân ủy": no phrase, abbreviated or not,
    may belong to two entries."""
    seeds = config.seeds_dir()
    parts = gazetteer._name_parts(seeds)
    for file, key in [("agencies.csv", "agency_id"), ("person_titles.csv", "title")]:
        owners = defaultdict(set)
        for row in seed(file):
            for phrase in [row.get("canonical_name") or row["title"], *gazetteer._split_aliases(row["aliases"])]:
                folded = fold_tokens(phrase)
                for variant in {folded, *gazetteer._variants(folded, parts)}:
                    owners[variant].add(row[key])
        clashes = {" ".join(k): ids for k, ids in owners.items() if len(ids) > 1}
        assert clashes == {}, file


def test_abbreviation_seed():
    rows = seed("abbreviations.csv")
    assert {row["kind"] for row in rows} <= {"name_part", "topic", "ambiguous"}
    assert len({tuple(fold_tokens(row["abbreviation"])) for row in rows}) == len(rows)
    for row in rows:
        # alone, a short form is an agency only when its words are one ("MTTQVN": the Front)
        assert gazetteer.is_agency(row["abbreviation"]) == gazetteer.is_agency(row["expansion"]), row
        if row["kind"] != "name_part":
            assert not gazetteer.is_agency(row["abbreviation"]), row


def test_people_and_positions():
    people = {row["person_id"]: row for row in seed("people.csv")}
    titles = {row["title"] for row in seed("person_titles.csv")}
    agencies = agency_names()
    positions = seed("person_positions.csv")
    assert {"to_lam", "pham_minh_chinh", "tran_thanh_man", "luong_cuong", "nguyen_manh_hung"} <= set(people)
    offices = defaultdict(int)
    for row in positions:
        assert row["person_id"] in people, row
        assert row["title"] in titles, row
        assert row["kind"] in {"office", "membership"}, row
        assert row["as_of"], row
        dates = {k: date.fromisoformat(row[k]) for k in ("valid_from", "valid_to", "as_of") if row[k]}
        if "valid_from" in dates and "valid_to" in dates:
            assert dates["valid_from"] <= dates["valid_to"], row
        if row["agency_id"]:
            assert row["agency_id"] in agencies, row
            assert gazetteer.agency_id(row["organisation"]) == row["agency_id"], row
        offices[row["person_id"]] += row["kind"] == "office"
    assert all(offices[person] for person in people)


@pytest.mark.parametrize("name", ["agencies.csv", "agency_history.csv", "abbreviations.csv", "people.csv",
                                  "person_positions.csv", "person_titles.csv"])
def test_seed_csvs_are_nfc(name):
    text = (config.seeds_dir() / name).read_text(encoding="utf-8")
    assert text == unicodedata.normalize("NFC", text)


# ------------------------------------------------------------------------------- departments

def test_every_parent_is_an_agency_and_every_department_has_one():
    rows = {row["agency_id"]: row for row in seed("agencies.csv")}
    for row in rows.values():
        if row["parent_agency_id"]:
            assert row["parent_agency_id"] in rows and row["parent_agency_id"] != row["agency_id"], row
        if row["level"] == "department" or row["canonical_name"].startswith(("Sở ", "Cục ", "Tổng cục ", "Vụ ")):
            assert row["parent_agency_id"], row
    # a provincial department belongs to the provincial People's Committee
    for row in rows.values():
        if row["canonical_name"].startswith("Sở "):
            assert row["parent_agency_id"] == "ubndt", row
    assert rows["vpubndt"]["parent_agency_id"] == rows["tttinh"]["parent_agency_id"] == "ubndt"


@pytest.mark.parametrize("name, parent, valid_from", [
    ("Cục Thuế", "btc", "2025-03-01"),               # successor of Tổng cục Thuế
    ("Cục Hải quan", "btc", "2025-03-01"),           # successor of Tổng cục Hải quan
    ("Cục Thống kê", "btc", "2025-03-01"),           # successor of Tổng cục Thống kê (Bộ KH&ĐT)
    ("Cục Hàng hải và Đường thủy Việt Nam", "bxd", "2025-03-01"),
    ("Cục Thủy sản và Kiểm ngư", "bnnmt", "2025-03-01"),
    ("Cục Viễn thông", "bkhcn", ""),
    ("Cục Đường bộ Việt Nam", "bxd", ""),
    ("Cục Hàng không Việt Nam", "bxd", ""),
    ("Cục Quản lý đất đai", "bnnmt", ""),
    ("Cục Cảnh sát giao thông", "bca", ""),
    ("Tổng cục Quản lý thị trường", "bct_ct", ""),
    ("Kho bạc Nhà nước", "btc", ""),
    ("Cục Quản lý giá", "btc", ""),
    ("Tổng cục Thuế", "btc", ""),
])
def test_central_departments_and_their_ministries(name, parent, valid_from):
    [row] = [row for row in seed("agencies.csv") if row["canonical_name"] == name]
    assert (row["parent_agency_id"], row["valid_from"]) == (parent, valid_from)
    assert gazetteer.agency_id(name) == row["agency_id"]


def test_the_general_departments_became_departments_on_1_march_2025():
    for old, new in [("Tổng cục Thuế", "Cục Thuế"), ("Tổng cục Hải quan", "Cục Hải quan"),
                     ("Tổng cục Thống kê", "Cục Thống kê")]:
        assert gazetteer.current_agency(old, MERGER - timedelta(days=1)) == old
        assert gazetteer.current_agency(old, MERGER) == new
        assert gazetteer.succession(old).event == "renamed"
