"""One event, many sites: meeting and story clustering (vngov.dedupe)."""

import json
import os
import subprocess
import sys
from datetime import date

import pandas as pd

from conftest import REPO, SEEDS
from vngov.dedupe import cluster_meetings, cluster_stories, fingerprint, jaccard
from vngov.sites import nld
from vngov.text import clean_text

COLUMNS = ["article_id", "url", "published_at", "meeting_index", "meeting_date", "part_of_day",
           "chair_name", "body", "session_number"]


def mention(article, date_, chair=None, body=None, part=None, session=None, index=0, published="2025-03-05"):
    return (article, f"https://x.vn/{article}", published, index, date_, part, chair, body, session)


def meetings_of(*rows) -> list[set]:
    out = cluster_meetings(pd.DataFrame(list(rows), columns=COLUMNS))
    groups = out.groupby("meeting_id")["article_id"].apply(set)
    return sorted(groups, key=lambda g: sorted(g))


D = date(2025, 3, 4)
BCD = "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"


def test_two_sites_reporting_one_meeting_in_different_words_are_one_meeting():
    assert meetings_of(
        mention("a", D, "Tô Lâm", BCD, "afternoon", 2),
        mention("b", D, "Tô Lâm", "Ban Chỉ đạo Trung ương về phát triển khoa học công nghệ"),
    ) == [{"a", "b"}]


def test_morning_and_afternoon_meetings_of_one_body_stay_two():
    assert meetings_of(
        mention("a", D, "Phạm Minh Chính", "Thường trực Chính phủ", "morning"),
        mention("b", D, "Phạm Minh Chính", "Thường trực Chính phủ", "afternoon"),
    ) == [{"a"}, {"b"}]


def test_a_report_that_fits_two_meetings_joins_neither():
    assert meetings_of(
        mention("a", D, "Phạm Minh Chính", "Thường trực Chính phủ", "morning"),
        mention("b", D, "Phạm Minh Chính", "Thường trực Chính phủ", "afternoon"),
        mention("c", D, "Phạm Minh Chính", "Thường trực Chính phủ", None, published="2025-03-06"),
    ) == [{"a"}, {"b"}, {"c"}]


def test_different_chairs_bodies_sessions_or_days_are_different_meetings():
    assert len(meetings_of(mention("a", D, "Tô Lâm", BCD), mention("b", D, "Lương Cường", BCD))) == 2
    assert len(meetings_of(mention("a", D, None, "Bộ Chính trị"),
                           mention("b", D, None, "Ủy ban Thường vụ Quốc hội"))) == 2
    assert len(meetings_of(mention("a", D, "Tô Lâm", BCD, session=2),
                           mention("b", D, "Tô Lâm", BCD, session=3))) == 2
    assert len(meetings_of(mention("a", D, "Tô Lâm", BCD),
                           mention("b", date(2025, 3, 5), "Tô Lâm", BCD))) == 2


def test_same_body_without_chair_is_one_meeting_but_nothing_in_common_is_not():
    assert meetings_of(mention("a", D, None, "Bộ Chính trị"),
                       mention("b", D, None, "Bộ Chính trị", "morning")) == [{"a", "b"}]
    assert len(meetings_of(mention("a", D, "Tô Lâm", None), mention("b", D, None, BCD))) == 2


def test_meeting_id_is_stable_when_later_reports_join():
    first = cluster_meetings(pd.DataFrame([mention("a", D, "Tô Lâm", BCD)], columns=COLUMNS))
    later = cluster_meetings(pd.DataFrame([mention("a", D, "Tô Lâm", BCD),
                                           mention("b", D, "Tô Lâm", BCD, published="2025-03-07")],
                                          columns=COLUMNS))
    assert set(later["meeting_id"]) == set(first["meeting_id"])


def test_empty_input_gives_typed_empty_output():
    out = cluster_meetings(pd.DataFrame([], columns=COLUMNS))
    assert list(out.columns) == ["article_id", "meeting_index", "meeting_id"] and out.empty


def _nld_body() -> str:
    page = next((REPO / "scrapers/replay/site/nld.com.vn").glob("*-196*.htm"))
    return clean_text(nld.parse_article(page.read_text("utf-8"), "https://nld.com.vn/x").body_text)


def _seed(prefix: str) -> str:
    return clean_text(next(SEEDS.glob(f"{prefix}_*.txt")).read_text("utf-8"))


def test_fingerprints_find_the_same_copy_under_other_chrome_and_nothing_else():
    crawled, clean_copy = fingerprint(_nld_body()), fingerprint(_seed("002"))
    assert jaccard(crawled, clean_copy) >= 0.9
    for other in ("001", "003", "004"):  # the same policy line, other stories
        assert jaccard(crawled, fingerprint(_seed(other))) < 0.05
    assert fingerprint("") == [] and fingerprint(None) == []


def test_a_fingerprint_is_the_same_in_every_process_and_sees_word_order():
    """Fingerprints are stored and compared across runs: no per-process hash seed may enter them.
    They hash words, not characters (case, diacritics and spacing aside), and word order counts."""
    text = _seed("002")
    here = fingerprint(text)
    code = ("import json, sys; from vngov.dedupe import fingerprint; "
            "print(json.dumps(fingerprint(sys.stdin.read())))")
    for seed in ("1", "2"):
        other = subprocess.run([sys.executable, "-c", code], input=text, capture_output=True, text=True,
                               check=True, cwd=REPO, env=dict(os.environ, PYTHONHASHSEED=seed))
        assert json.loads(other.stdout) == here
    assert here == sorted(set(here)) and 0 < len(here) <= 400
    words = text.split()
    assert fingerprint("  ".join(words).upper()) == here
    assert jaccard(fingerprint(" ".join(reversed(words))), here) < 0.05


def test_stories_join_on_shared_meetings_and_near_duplicate_text():
    articles = pd.DataFrame({
        "article_id": ["a", "b", "c", "d"],
        "published_at": ["2025-10-15", "2025-10-16", "2025-03-05", "2025-01-13"],
        "fingerprint": [fingerprint(_nld_body()), fingerprint(_seed("002")),
                        fingerprint(_seed("003")), fingerprint(_seed("004"))]})
    meetings = pd.DataFrame({"article_id": ["c", "d"], "meeting_id": ["m1", "m1"]})
    stories = dict(zip(*cluster_stories(articles, meetings).to_dict("list").values()))
    assert stories == {"a": "a", "b": "a", "c": "c", "d": "c"}
    alone = cluster_stories(articles, meetings.iloc[0:0])
    assert alone.set_index("article_id")["story_id"].to_dict() == {"a": "a", "b": "a", "c": "c", "d": "d"}



def test_near_duplicates_far_apart_in_time_are_different_stories():
    text = fingerprint(_seed("002"))
    articles = pd.DataFrame({"article_id": ["a", "b", "c"], "fingerprint": [text, text, text],
                             "published_at": ["2025-10-15", "2025-10-17", "2025-12-01"]})
    stories = cluster_stories(articles, pd.DataFrame(columns=["article_id", "meeting_id"]))
    assert stories.set_index("article_id")["story_id"].to_dict() == {"a": "a", "b": "a", "c": "c"}


# ------------------------------------------------------------------------------------ directives

from vngov.dedupe import cluster_directives  # noqa: E402

DIRECTIVE_COLUMNS = ["directive_id", "article_id", "published_at", "meeting_id", "issuer_name", "action_text"]


def directive_events(*rows) -> list[set]:
    out = cluster_directives(pd.DataFrame(list(rows), columns=DIRECTIVE_COLUMNS))
    return sorted(out.groupby("directive_event_id")["directive_id"].apply(set), key=lambda g: sorted(g))


def test_two_sites_reporting_one_directive_in_other_words_are_one():
    assert directive_events(
        ("d1", "a", "2025-06-19 20:00", "m1", "Phạm Minh Chính",
         "khẩn trương hoàn thành giải phóng mặt bằng đường vành đai 4 vùng Thủ đô trong tháng 9"),
        ("d2", "b", "2025-06-20 07:00", "m1", "Phạm Minh Chính",
         "khẩn trương hoàn thành giải phóng mặt bằng dự án đường vành đai 4 vùng Thủ đô trong tháng 9 năm nay"),
    ) == [{"d1", "d2"}]


def test_two_directives_of_one_meeting_stay_two_and_one_article_never_merges_itself():
    assert directive_events(
        ("d1", "a", "2025-06-19", "m1", "Phạm Minh Chính", "khẩn trương giải phóng mặt bằng đường vành đai 4"),
        ("d2", "b", "2025-06-19", "m1", "Phạm Minh Chính", "rà soát thủ tục cấp phép mỏ vật liệu xây dựng cho cao tốc"),
        ("d3", "a", "2025-06-19", "m1", "Phạm Minh Chính", "khẩn trương giải phóng mặt bằng đường vành đai 4"),
    ) == [{"d1"}, {"d2"}, {"d3"}]


def test_the_same_task_from_other_issuers_or_far_apart_is_another_directive():
    task = "kiểm tra toàn bộ hệ thống đê điều trước mùa mưa bão"
    assert directive_events(
        ("d1", "a", "2025-06-01", None, "Trần Hồng Hà", task),
        ("d2", "b", "2025-06-02", None, "Mai Văn Chính", task),     # another issuer
        ("d3", "c", "2025-06-20", None, "Trần Hồng Hà", task),      # weeks later: asked again
    ) == [{"d1"}, {"d2"}, {"d3"}]
    # an unnamed issuer joins the one report it fits; fitting two, it joins neither
    assert directive_events(("d1", "a", "2025-06-01", None, "Trần Hồng Hà", task),
                            ("d4", "d", "2025-06-02", None, None, task)) == [{"d1", "d4"}]
    assert len(directive_events(("d1", "a", "2025-06-01", None, "Trần Hồng Hà", task),
                                ("d2", "b", "2025-06-02", None, "Mai Văn Chính", task),
                                ("d4", "d", "2025-06-02", None, None, task))) == 3


def test_reports_of_one_meeting_weeks_apart_are_one_directive():
    task = "hoàn thành giải phóng mặt bằng dự án cao tốc Bắc - Nam trong quý II"
    # Between them, many reports sharing common words: the later report still finds its
    # meeting's directive (not through the words of the recent window).
    filler = [(f"f{i}", f"fa{i}", f"2025-06-{1 + i % 28:02d}", None, "Trần Hồng Hà",
               f"hoàn thành nhiệm vụ số {i} trong quý II") for i in range(2000)]
    events = directive_events(("d1", "a", "2025-05-01", "m1", "Phạm Minh Chính", task), *filler,
                              ("d2", "b", "2025-06-28", "m1", "Phạm Minh Chính", task))
    assert {"d1", "d2"} in events
