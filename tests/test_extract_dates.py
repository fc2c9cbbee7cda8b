"""Vietnamese date expressions resolved against the publish date (vngov.extract.dates)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pytest

from vngov.extract.dates import find_dates, parse_date

ICT = timezone(timedelta(hours=7))
PUB = datetime(2025, 3, 5, 8, 19, tzinfo=ICT)  # seed 003's publish time


def one(expression: str, published_at: datetime = PUB):
    found = find_dates(expression, published_at)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "expression, day, part_of_day",
    [
        ("Chiều 4/3, tại trụ sở", date(2025, 3, 4), "afternoon"),  # the day before publication
        ("Trưa 5/3", date(2025, 3, 5), "noon"),  # publication day: no step back
        ("Tối 6-3", date(2024, 3, 6), "evening"),  # would be after publication: previous year
        ("Sáng 7.11", date(2024, 11, 7), "morning"),  # "." separator
        ("Ngày 25/12, Bộ Chính trị", date(2024, 12, 25), None),
        ("ngày 25-10", date(2024, 10, 25), None),
        ("Ngày 13/01/2025", date(2025, 1, 13), None),
        ("ngày 22-12-2024", date(2024, 12, 22), None),
        ("ngày 1.3.2025", date(2025, 3, 1), None),
        ("ngày 03 tháng 7 năm 2025", date(2025, 7, 3), None),  # explicit year: kept even if later
        ("ngày 4 tháng 3", date(2025, 3, 4), None),
        ("sáng ngày 13/01/2025", date(2025, 1, 13), "morning"),
        ("Sáng nay (5/3)", date(2025, 3, 5), "morning"),
        ("Chiều nay, Thủ tướng", date(2025, 3, 5), "afternoon"),
        ("Tối qua", date(2025, 3, 4), "evening"),
        ("hôm nay", date(2025, 3, 5), None),
        ("Hôm qua (4-3), Thủ tướng", date(2025, 3, 4), None),
        ("ngày mai", date(2025, 3, 6), None),
        ("Sáng thứ Hai (3/3)", date(2025, 3, 3), "morning"),
        ("Thứ tư, 05/03/2025 - 08:19", date(2025, 3, 5), None),
    ],
)
def test_day_expressions(expression, day, part_of_day):
    mention = one(expression)
    assert (mention.start, mention.end, mention.granularity, mention.part_of_day) == (day, day, "day", part_of_day)


def test_sang_nay_with_date_uses_the_stated_day():
    mention = one("Sáng nay 15-10, Tổng Bí thư Tô Lâm chủ trì", datetime(2025, 10, 15, 11, 0, tzinfo=ICT))
    assert (mention.start, mention.part_of_day, mention.text) == (date(2025, 10, 15), "morning", "Sáng nay 15-10")


def test_year_step_back_across_new_year():
    mention = one("Ngày 30/12, Chính phủ họp", datetime(2025, 1, 2, 9, 0, tzinfo=ICT))
    assert mention.start == date(2024, 12, 30)


@pytest.mark.parametrize(
    "expression, start, end, granularity",
    [
        ("quý I/2025", date(2025, 1, 1), date(2025, 3, 31), "quarter"),
        ("quý II/2026", date(2026, 4, 1), date(2026, 6, 30), "quarter"),
        ("quý 4", date(2025, 10, 1), date(2025, 12, 31), "quarter"),  # no year: publish year
        ("quý 3 năm 2025", date(2025, 7, 1), date(2025, 9, 30), "quarter"),
        ("quý IV năm 2024", date(2024, 10, 1), date(2024, 12, 31), "quarter"),
        ("tháng 11/2025", date(2025, 11, 1), date(2025, 11, 30), "month"),
        ("tháng 2 năm 2024", date(2024, 2, 1), date(2024, 2, 29), "month"),
        ("năm 2025", date(2025, 1, 1), date(2025, 12, 31), "year"),
        ("năm nay", date(2025, 1, 1), date(2025, 12, 31), "year"),
        ("thượng tuần tháng 3", date(2025, 3, 1), date(2025, 3, 10), "day"),
        ("trung tuần tháng 4/2025", date(2025, 4, 11), date(2025, 4, 20), "day"),
        ("hạ tuần tháng 2", date(2025, 2, 21), date(2025, 2, 28), "day"),
        ("6 tháng đầu năm", date(2025, 1, 1), date(2025, 6, 30), "month"),
        ("4 tháng đầu năm 2025", date(2025, 1, 1), date(2025, 4, 30), "month"),
        ("6 tháng cuối năm 2024", date(2024, 7, 1), date(2024, 12, 31), "month"),
        ("11 tháng năm 2024", date(2024, 1, 1), date(2024, 11, 30), "month"),
        ("nửa đầu năm 2026", date(2026, 1, 1), date(2026, 6, 30), "month"),
    ],
)
def test_period_expressions(expression, start, end, granularity):
    mention = one(expression)
    assert (mention.start, mention.end, mention.granularity) == (start, end, granularity)
    assert mention.text == expression


def test_from_now_to_year_end():
    mention = one("từ nay đến cuối năm, các bộ phải hoàn thành")
    assert (mention.start, mention.end, mention.relation) == (date(2025, 3, 5), date(2025, 12, 31), "before")
    assert mention.expression == "từ nay đến cuối năm"


@pytest.mark.parametrize(
    "expression, relation, day",
    [
        ("xong trước ngày 25/1/2025", "before", date(2025, 1, 25)),
        ("chậm nhất ngày 30/6", "before", date(2025, 6, 30)),  # forward-looking: no step back
        ("chậm nhất là ngày 30-6-2025", "before", date(2025, 6, 30)),
        ("có hiệu lực từ ngày 1/10/2025", "from", date(2025, 10, 1)),
        ("kể từ ngày 1/7", "from", date(2024, 7, 1)),
    ],
)
def test_relations(expression, relation, day):
    mention = one(expression)
    assert (mention.relation, mention.start) == (relation, day)


def test_forward_day_in_december_rolls_into_next_year():
    mention = one("trước ngày 10/1", datetime(2025, 12, 20, tzinfo=ICT))
    assert mention.start == date(2026, 1, 10)


def test_expression_includes_the_relation_word():
    text = "Ban Cán sự Đảng UBND tỉnh xây dựng kế hoạch xong trước ngày 25/1/2025."
    mention = one(text)
    assert mention.text == "ngày 25/1/2025"
    assert mention.expression == "trước ngày 25/1/2025"
    assert text[slice(*mention.span)] == mention.text
    assert text[slice(*mention.expression_span)] == mention.expression


@pytest.mark.parametrize(
    "expression, start, end",
    [
        ("giai đoạn 2026-2030", date(2026, 1, 1), date(2030, 12, 31)),
        ("nhiệm kỳ 2021-2026", date(2021, 1, 1), date(2026, 12, 31)),
        ("tầm nhìn đến năm 2045", date(2045, 1, 1), date(2045, 12, 31)),
    ],
)
def test_plan_periods_are_marked(expression, start, end):
    mention = one(expression)
    assert mention.plan and (mention.start, mention.end) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "tăng 2.5% so với cùng kỳ",
        "5.000 người tham dự",
        "khoảng 1/3 dân số",
        "phục vụ 24/7",
        "sau 9 tháng thực hiện",
        "gấp 3-4 lần",
        "lúc 14:39:32",
        "Sáng tạo là động lực",
    ],
)
def test_not_dates(text):
    assert find_dates(text, PUB) == []


def test_several_dates_in_order_with_spans():
    text = "Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết 57; chiều 4/3, Ban Chỉ đạo họp; trong quý I/2025 hoàn thành."
    found = find_dates(text, PUB)
    assert [m.text for m in found] == ["Ngày 22/12/2024", "chiều 4/3", "quý I/2025"]
    assert all(text[slice(*m.span)] == m.text for m in found)


def test_publish_day_is_taken_on_the_vietnamese_calendar():
    # 06:00 on 5/3 in Hanoi is 23:00 on 4/3 in UTC: "Sáng 5/3" is still the publish day
    for published_at in (datetime(2025, 3, 4, 23, 0, tzinfo=timezone.utc), "2025-03-04T23:00:00Z"):
        assert one("Sáng 5/3", published_at).start == date(2025, 3, 5)
    assert one("Sáng 5/3", datetime(2025, 3, 5, 6, 0)).start == date(2025, 3, 5)  # naive = local


def test_parse_date_and_serialisation():
    mention = parse_date("quý I/2025", "2025-03-05T08:19:00+07:00")
    data = mention.to_dict()
    assert data["start"] == "2025-01-01" and data["end"] == "2025-03-31"
    json.dumps(data)
    assert parse_date("không có ngày nào", PUB) is None
