"""People and agencies in the marts: dim_agencies, dim_people and bridge_directive_addressees,
from articles landed with `vngov import` and built with `vngov load` + `vngov build`."""

from datetime import date

import pytest

from conftest import import_and_build, query

pytestmark = pytest.mark.slow

KHCN = "Bộ Khoa học và Công nghệ"
A2024 = "https://baochinhphu.example.vn/tt-2024"
A2025 = "https://baochinhphu.example.vn/khcn-2025"
LOCAL = "https://baothanhhoa.example.vn/quy-hoach-2024"

ARTICLES = [
    (A2024, "2024-05-10T09:00:00+07:00",
     "Sáng 9/5, Thủ tướng Phạm Minh Chính chủ trì cuộc họp Chính phủ về chuyển đổi số quốc gia.\n\n"
     "Thủ tướng Phạm Minh Chính yêu cầu Bộ Thông tin và Truyền thông hoàn thiện dự thảo Luật Công "
     "nghiệp công nghệ số, trình Chính phủ trước ngày 30/6/2024."),
    (A2025, "2025-04-10T09:00:00+07:00",
     "Chiều 9/4, Thủ tướng Phạm Minh Chính chủ trì cuộc họp về phát triển khoa học, công nghệ.\n\n"
     "Thủ tướng giao Bộ Khoa học và Công nghệ chủ trì xây dựng Đề án phát triển hạ tầng số, hoàn "
     "thành trong quý III/2025."),
    (LOCAL, "2024-11-20T09:00:00+07:00",
     "Ngày 19/11, Phó Thủ tướng Trần Hồng Hà làm việc với tỉnh Thanh Hóa.\n\n"
     "Phó Thủ tướng đề nghị UBND tỉnh Thanh Hóa và Bộ KH&ĐT phối hợp hoàn thiện quy hoạch trong "
     "quý I/2025. Phó Thủ tướng yêu cầu UBND huyện Triệu Sơn đẩy nhanh giải phóng mặt bằng."),
]


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    return import_and_build(tmp_path_factory.mktemp("dims"), ARTICLES, "baochinhphu")


def test_directives_to_a_merged_ministry_are_found_under_its_successor(published):
    found = query(published, """
        select d.article_url, d.addressees, b.addressee, b.agency_id, b.agency_is_current
        from marts.bridge_directive_addressees b join marts.fct_directives d using (directive_id)
        where b.current_agency_name = ? order by d.article_url""", [KHCN])
    assert found == [
        (A2025, [KHCN], KHCN, "bkhcn", True),
        # 2024: written to Bộ Thông tin và Truyền thông, which merged into Bộ KH&CN on 1/3/2025
        (A2024, ["Bộ Thông tin và Truyền thông"], "Bộ Thông tin và Truyền thông", "btttt", False),
    ]


def test_bridge_keeps_places_and_abolished_agencies(published):
    rows = query(published, """
        select addressee, agency_id, place, current_agency_id, current_agency_name, agency_is_current
        from marts.bridge_directive_addressees where article_url = ? order by addressee""", [LOCAL])
    assert rows == [
        ("Bộ Kế hoạch và Đầu tư", "bkhdt", None, "btc", "Bộ Tài chính", False),
        # district government was abolished on 1/7/2025 with no single successor
        ("Ủy ban nhân dân huyện Triệu Sơn", "ubndh", "Triệu Sơn", "ubndh", "Ủy ban nhân dân huyện Triệu Sơn", False),
        ("Ủy ban nhân dân tỉnh Thanh Hóa", "ubndt", "Thanh Hóa", "ubndt", "Ủy ban nhân dân tỉnh Thanh Hóa", True),
    ]
    # one agency row per addressee of every directive (typed groups are rows of kind 'group')
    assert query(published, "select count(*) from marts.bridge_directive_addressees where addressee_kind = 'agency'") == \
        query(published, "select sum(len(addressees)) from marts.fct_directives")
    # a task of Bộ Kế hoạch và Đầu tư (merged 1/3/2025) is a task of Bộ Tài chính today
    assert query(published, """
        select responsible_agency_ids from marts.bridge_directive_addressees
        where article_url = ? and addressee = 'Bộ Kế hoạch và Đầu tư'""", [LOCAL]) == [(["bkhdt", "btc"],)]


def test_dim_agencies(published):
    rows = {r[0]: r[1:] for r in query(published, """
        select agency_id, canonical_name, aliases, is_current, ended_by, current_name, valid_from, valid_to,
               succession_steps
        from marts.dim_agencies""")}
    assert rows["btttt"] == ("Bộ Thông tin và Truyền thông", ["Bộ TT&TT", "Bộ TTTT"], False, "merged", KHCN,
                             None, date(2025, 2, 28), 1)
    assert rows["bkhcn"][2:5] == (True, None, KHCN)
    assert rows["bbcvt"][4] == KHCN and rows["bbcvt"][-1] == 2  # via Bộ Thông tin và Truyền thông
    assert rows["bnnmt"][5] == date(2025, 3, 1)
    assert rows["bnnptnt"][4] == rows["btnmt"][4] == "Bộ Nông nghiệp và Môi trường"
    assert rows["ubndh"][2:5] == (False, "abolished", "Ủy ban nhân dân huyện")
    assert rows["btgtw"][4] == "Ban Tuyên giáo và Dân vận Trung ương"


def test_dim_people(published):
    people = {r[0]: r[1:] for r in query(published, """
        select person_id, full_name, aliases, current_title, current_organisation from marts.dim_people""")}
    assert people["to_lam"] == ("Tô Lâm", ["To Lam"], "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng")
    assert people["pham_minh_chinh"][2] == "Thủ tướng Chính phủ"
    assert people["luong_cuong"][2] == "Chủ tịch nước"
    assert people["nguyen_manh_hung"][2] == "Bộ trưởng Bộ Khoa học và Công nghệ"
    [(positions,)] = query(published, "select positions from marts.dim_people where person_id = 'to_lam'")
    president = next(p for p in positions if p["title"] == "Chủ tịch nước")
    assert (president["valid_from"], president["valid_to"], president["is_current"]) == \
        (date(2024, 5, 22), date(2024, 10, 21), False)


def test_departments_have_their_parent_agency(published):
    rows = {r[0]: r[1:] for r in query(published, """
        select agency_id, parent_agency_id, parent_name, level, current_name from marts.dim_agencies""")}
    assert rows["cucthue"] == ("btc", "Bộ Tài chính", "department", "Cục Thuế")
    assert rows["stc"][:2] == ("ubndt", "Ủy ban nhân dân tỉnh")
    assert rows["vpubndt"][0] == rows["tttinh"][0] == "ubndt"
    assert rows["cuchhdtvn"][:2] == ("bxd", "Bộ Xây dựng")
    # the general departments became departments of Bộ Tài chính on 1/3/2025
    assert rows["tcthue"] == ("btc", "Bộ Tài chính", "central_agency", "Cục Thuế")
    assert rows["tctk"][0] == "bkhdt" and rows["tctk"][3] == "Cục Thống kê"
    assert rows["btc"][0] is None
