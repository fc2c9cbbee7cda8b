"""Articles from `vngov import` (not the seeds) through load and build into the marts."""

from datetime import date

import pytest

from conftest import import_and_build, query

pytestmark = pytest.mark.slow

ARTICLES = [
    ("https://baomoi.example.vn/a1", "2025-01-05T09:00:00+07:00",
     "Sáng 4/1, Bộ Chính trị họp cho ý kiến về việc triển khai Nghị quyết số 57-NQ/TW ngày "
     "22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ."),
    ("https://baomoi.example.vn/a2", "2025-02-10T09:00:00+07:00",
     "Các địa phương đang khẩn trương thực hiện Nghị quyết 57 của Bộ Chính trị."),
    ("https://baomoi.example.vn/a3", "2025-03-02T09:00:00+07:00",
     "Chính phủ đã ban hành Nghị quyết số 57/NQ-CP về nhiệm vụ, giải pháp chủ yếu trong năm."),
    ("https://baomoi.example.vn/a4", "2025-03-20T09:00:00+07:00",
     "Nhiều ý kiến cho rằng Nghị quyết 57 đã tạo chuyển biến rõ rệt trong thời gian qua."),
]


def test_imported_articles_become_facts_and_documents_merge_only_when_unambiguous(tmp_path):
    db = import_and_build(tmp_path, ARTICLES, "baomoi")

    assert query(db, "select meeting_date, body from marts.fct_meetings") == [
        (date(2025, 1, 4), "Bộ Chính trị")]
    docs = {number: sorted(urls) for number, urls in
            query(db, "select number, source_urls from marts.dim_documents")}
    # "Nghị quyết 57 của Bộ Chính trị" is 57-NQ/TW (the other 57 is the Government's);
    # a bare "Nghị quyết 57" with no issuer could be either and stays apart.
    assert docs["57-NQ/TW"] == ["https://baomoi.example.vn/a1", "https://baomoi.example.vn/a2"]
    assert docs["57/NQ-CP"] == ["https://baomoi.example.vn/a3"]
    assert docs["57"] == ["https://baomoi.example.vn/a4"]


# Two sites report one Government meeting in their own words; a provincial item has a department
# addressed by name and a group.
WHO_AND_WHOM = [
    ("https://tin.example.vn/b1", "2025-06-20T09:00:00+07:00",
     "Chiều 19/6, Thủ tướng Phạm Minh Chính chủ trì cuộc họp Thường trực Chính phủ về tiến độ đường vành "
     "đai 4 vùng Thủ đô. Thường trực Chính phủ yêu cầu các bộ, ngành hoàn thành thủ tục đầu tư trong quý III. "
     "Thủ tướng yêu cầu Bộ Tài chính chỉ đạo Cục Thuế rà soát nghĩa vụ thuế của các nhà thầu trước ngày 30/7."),
    ("https://bao.example.vn/b2", "2025-06-20T11:00:00+07:00",
     "Chiều qua (19/6), tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính đã chủ trì cuộc họp Thường trực Chính phủ "
     "về đường vành đai 4. Thủ tướng yêu cầu Bộ Tài chính chỉ đạo Cục Thuế rà soát nghĩa vụ thuế của các nhà thầu "
     "trước ngày 30/7, không để thất thu."),
    ("https://tinh.example.vn/b3", "2025-06-21T09:00:00+07:00",
     "Sáng 20/6, Chủ tịch UBND tỉnh Ninh Bình Phạm Quang Ngọc chủ trì hội nghị về giải ngân vốn. Chủ tịch UBND tỉnh "
     "giao Cục Thuế và Sở Tài chính phối hợp thu hồi nợ đọng tiền sử dụng đất trong tháng 7."),
    ("https://tinh.example.vn/b4", "2025-06-22T09:00:00+07:00",
     "UBND thành phố Hải Phòng yêu cầu các sở, ngành và UBND các xã, phường khẩn trương kiểm tra hệ thống "
     "đê điều trước ngày 30/6."),
]


def test_issuers_addressees_groups_departments_and_one_directive_from_two_sites(tmp_path):
    db = import_and_build(tmp_path, WHO_AND_WHOM, "tin")

    issuers = dict(query(db, "select issuer_name, coalesce(issuer_person_id, issuer_agency_id) "
                             "from marts.fct_directives"))
    assert issuers["Phạm Minh Chính"] == "pham_minh_chinh"          # a seed person
    assert issuers["Thường trực Chính phủ"] == "ttcptt"              # a collective body
    assert issuers["Phạm Quang Ngọc"].startswith("p_")               # a person the articles name
    assert issuers["UBND thành phố Hải Phòng"] == "ubndtp"           # a local body and its place
    assert query(db, "select source from marts.dim_people where full_name = 'Phạm Quang Ngọc'") == [("observed",)]
    # positions over time as reported: the title the article gives him, with when it was seen
    [(titles,)] = query(db, "select titles_reported from marts.dim_people where full_name = 'Phạm Quang Ngọc'")
    assert [(t["title"], str(t["first_seen"])[:10]) for t in titles] == [("Chủ tịch UBND tỉnh", "2025-06-21")]
    assert query(db, "select chair_person_id from marts.fct_meetings where meeting_date = '2025-06-19'") == [
        ("pham_minh_chinh",)]

    groups = query(db, "select addressee, group_type from marts.bridge_directive_addressees where addressee_kind = 'group'")
    assert ("các bộ, ngành", "ministries") in groups
    assert {("các sở, ngành", "departments"), ("UBND các xã, phường", "localities")} <= set(groups)
    # a group is no agency, so it is not an agency row the gazetteer missed
    assert query(db, "select count(*) from marts.bridge_directive_addressees "
                     "where addressee_kind = 'agency' and addressee = 'các bộ, ngành'") == [(0,)]
    # a department with its parent: a question about the Ministry of Finance finds the Cục Thuế task
    tax = query(db, "select distinct b.parent_agency_id from marts.bridge_directive_addressees b "
                    "where b.agency_id = 'cucthue'")
    assert tax == [("btc",)]
    finance = query(db, "select count(distinct d.directive_id) from marts.fct_directives d "
                        "join marts.bridge_directive_addressees b using (directive_id) "
                        "where 'btc' in (b.agency_id, b.current_agency_id, b.parent_agency_id)")
    assert finance[0][0] >= 3
    assert query(db, "select count(distinct directive_id) from marts.bridge_directive_addressees "
                     "where list_contains(responsible_agency_ids, 'btc')") == finance

    # the same directive from two sites: one event with both source URLs, two reports
    events = query(db, "select source_urls, article_count from marts.fct_directive_events where article_count > 1")
    assert events == [(["https://bao.example.vn/b2", "https://tin.example.vn/b1"], 2)]
    assert query(db, "select count(*) from marts.fct_directives where len(source_urls) = 2") == [(2,)]
