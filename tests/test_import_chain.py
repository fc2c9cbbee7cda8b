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
