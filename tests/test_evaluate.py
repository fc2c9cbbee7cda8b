"""`vngov eval`: the matching and scoring rules on hand-made predictions, the labelled sets'
integrity, and (slow) the pipeline mode on the seeds."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pytest

from vngov.evaluate import (
    Score, chair_key, check_merges, evaluate, evidence_match, format_errors, format_table,
    match_deadlines, match_directives, match_meetings, norm_evidence, predict_in_process,
    read_gold, score,
)

GOLD_DIR = Path(__file__).parent / "gold"
DEV, SEEDS = GOLD_DIR / "dev.jsonl", GOLD_DIR / "seeds.jsonl"
# every labelled set here, plus any named in VNGOV_GOLD (a held-out set kept elsewhere)
GOLD_FILES = sorted(GOLD_DIR.glob("*.jsonl")) + [
    Path(p) for p in os.environ.get("VNGOV_GOLD", "").split(os.pathsep) if p]


def counts(match) -> tuple[int, int, int]:
    return len(match.tp), len(match.fp), len(match.fn)


# ----------------------------------------------------------------------------- keys

def test_chair_key_strips_accents_case_and_spaces():
    assert chair_key("Tô Lâm") == "to lam"
    assert chair_key("  PHẠM   Minh\tChính ") == "pham minh chinh"
    assert chair_key("Đỗ Minh Tuấn") == chair_key("do minh tuan")
    assert chair_key(None) == chair_key("") == ""
    assert chair_key("Trần Hồng Hà") != chair_key("Trần Hồng Minh")


def test_norm_evidence():
    assert norm_evidence("  Thủ tướng  YÊU CẦU\nBộ Tài chính ...;  ") == "thủ tướng yêu cầu bộ tài chính"
    decomposed = "Thu\u0309 tươ\u0301ng"          # NFD input
    assert norm_evidence(decomposed) == "thủ tướng"
    assert norm_evidence('các cấp "phải bám sát".') == 'các cấp "phải bám sát'
    assert norm_evidence(None) == ""


# ----------------------------------------------------------------------------- meetings

def meeting(day, chair=None, pod=None, kind="cuộc họp", **extra):
    return {"meeting_date": day, "chair_name": chair, "part_of_day": pod, "meeting_kind": kind, **extra}


def test_meetings_perfect():
    gold = [meeting("2025-03-04", "Tô Lâm"), meeting("2025-04-01", "Tô Lâm")]
    pred = [meeting("2025-04-01", "TÔ LÂM"), meeting("2025-03-04", "To Lam")]
    assert counts(match_meetings(pred, gold)) == (2, 0, 0)


def test_meetings_missing_and_extra():
    gold = [meeting("2025-03-04", "Tô Lâm"), meeting("2025-04-01", "Tô Lâm")]
    pred = [meeting("2025-03-04", "Tô Lâm"), meeting("2025-03-05", "Tô Lâm")]
    m = match_meetings(pred, gold)
    assert counts(m) == (1, 1, 1)
    assert m.fn[0]["meeting_date"] == "2025-04-01" and m.fp[0]["meeting_date"] == "2025-03-05"


def test_meeting_wrong_chair_is_a_miss_and_a_false_positive():
    m = match_meetings([meeting("2025-03-04", "Phạm Minh Chính")], [meeting("2025-03-04", "Tô Lâm")])
    assert counts(m) == (0, 1, 1)
    # a prediction without a chair does not match a gold meeting that has one
    assert counts(match_meetings([meeting("2025-03-04")], [meeting("2025-03-04", "Tô Lâm")])) == (0, 1, 1)


def test_gold_meeting_without_chair_matches_any_chair_of_that_date():
    gold = [meeting("2025-01-13")]
    assert counts(match_meetings([meeting("2025-01-13", "Lê Quang Trung")], gold)) == (1, 0, 0)
    assert counts(match_meetings([meeting("2025-01-13")], gold)) == (1, 0, 0)
    assert counts(match_meetings([meeting("2025-01-14")], gold)) == (0, 1, 1)


def test_named_gold_chairs_are_matched_before_chairless_ones():
    # the chairless gold must not take the only prediction that names the gold chair
    gold = [meeting("2025-01-13"), meeting("2025-01-13", "Tô Lâm")]
    pred = [meeting("2025-01-13", "Tô Lâm"), meeting("2025-01-13", "Ai Đó")]
    assert counts(match_meetings(pred, gold)) == (2, 0, 0)


def test_meetings_are_matched_one_to_one():
    gold = [meeting("2025-05-15", "Trần Thanh Mẫn", "morning"), meeting("2025-05-15", "Trần Thanh Mẫn", "afternoon")]
    assert counts(match_meetings([meeting("2025-05-15", "Trần Thanh Mẫn")], gold)) == (1, 0, 1)
    pred = [meeting("2025-05-15", "Trần Thanh Mẫn")] * 3
    assert counts(match_meetings(pred, gold[:1])) == (1, 2, 0)


def test_same_day_meetings_pair_by_part_of_day():
    gold = [meeting("2025-02-12", "Phạm Minh Chính", "morning", id="am"),
            meeting("2025-02-12", "Phạm Minh Chính", "afternoon", id="pm")]
    pred = [meeting("2025-02-12", "Phạm Minh Chính", "afternoon", id="p-pm"),
            meeting("2025-02-12", "Phạm Minh Chính", "morning", id="p-am")]
    pairs = {g["id"]: p["id"] for g, p in match_meetings(pred, gold).tp}
    assert pairs == {"am": "p-am", "pm": "p-pm"}


# ----------------------------------------------------------------------------- directives

def directive(evidence):
    return {"evidence_text": evidence}


EV1 = "Tổng Bí thư đề nghị Chính phủ tiếp thu ý kiến của các Ủy viên Bộ Chính trị, Ban Bí thư để hoàn thiện báo cáo."
EV2 = "Văn phòng Trung ương Đảng được giao tiếp thu các ý kiến tại cuộc họp."
EV3 = "Sở Tài nguyên và Môi trường cần phải khẩn trương hoàn thiện lấy số liệu đo đạc đất đai."


def test_directives_perfect_modulo_case_spaces_and_final_punctuation():
    pred = [directive(EV2.upper().rstrip(".")), directive("  " + EV1.replace(" ", "  ") + " ")]
    assert counts(match_directives(pred, [directive(EV1), directive(EV2)])) == (2, 0, 0)


def test_directives_missing_and_extra():
    m = match_directives([directive(EV1), directive(EV3)], [directive(EV1), directive(EV2)])
    assert counts(m) == (1, 1, 1)
    assert m.fn[0]["evidence_text"] == EV2 and m.fp[0]["evidence_text"] == EV3


def test_directive_evidence_containment_matches_both_ways():
    clause = "chủ trì phối hợp với Bộ Công an triển khai phong trào phổ cập tri thức về chuyển đổi số"
    sentence = "Tổng Bí thư đề nghị Ban Tuyên giáo tổ chức tuyên truyền; " + clause + "."
    assert evidence_match(clause, sentence) and evidence_match(sentence, clause)
    assert counts(match_directives([directive(sentence)], [directive(clause)])) == (1, 0, 0)
    assert counts(match_directives([directive(clause)], [directive(sentence)])) == (1, 0, 0)


def test_directive_evidence_jaccard_threshold():
    gold = "Bộ Tài chính chủ trì, phối hợp với các cơ quan hoàn thiện dự thảo Nghị quyết, trình Chính phủ trước ngày 15/11/2025"
    # one word changed (19 of 20 tokens shared): Jaccard ~0.9, no containment -> match
    near = gold.replace("hoàn thiện", "xây dựng hoàn thiện").replace("Chính phủ", "Chính  phủ ngay")
    assert gold.lower() not in near.lower()
    assert evidence_match(near, gold)
    # about half the words shared (Jaccard ~0.53): another directive of the same ministry
    mid = "Bộ Tài chính chủ trì, phối hợp với các cơ quan xây dựng dự án Luật, báo cáo Thủ tướng trước ngày 15/11/2025"
    assert not evidence_match(mid, gold)
    # almost nothing shared -> no match
    far = "Bộ Tài chính báo cáo Thủ tướng tình hình giải ngân vốn đầu tư công hằng tháng"
    assert not evidence_match(far, gold)
    assert counts(match_directives([directive(far)], [directive(gold)])) == (0, 1, 1)


def test_directive_printed_twice_counts_once():
    pred = [directive(EV3), directive(EV3)]
    assert counts(match_directives(pred, [directive(EV3)])) == (1, 1, 0)


def test_directive_matching_prefers_the_closest_pair():
    # a long prediction contains both gold clauses; the exact clause prediction must win its gold
    a = "hoàn thành 3.000 km đường cao tốc trong năm 2025"
    b = "khởi công Dự án đường sắt Lào Cai - Hà Nội - Hải Phòng trong tháng 12/2025"
    whole = f"Thủ tướng yêu cầu: {a}; {b}."
    m = match_directives([directive(whole), directive(a)], [directive(a), directive(b)])
    assert counts(m) == (2, 0, 0)
    assert {(g["evidence_text"], p["evidence_text"]) for g, p in m.tp} == {(a, a), (b, whole)}


# ----------------------------------------------------------------------------- deadlines

def deadline(due, expression=""):
    return {"due_date": due, "expression": expression}


def test_deadlines_are_a_multiset_of_due_dates():
    gold = [deadline("2025-02-28"), deadline("2025-02-28"), deadline("2025-03-31")]
    assert counts(match_deadlines([deadline("2025-02-28"), deadline("2025-03-31"), deadline("2025-02-28")], gold)) == (3, 0, 0)
    assert counts(match_deadlines([deadline("2025-02-28")], gold)) == (1, 0, 2)
    m = match_deadlines([deadline("2025-02-28")] * 3 + [deadline("2025-12-31")], gold)
    assert counts(m) == (2, 2, 1)
    assert sorted(x["due_date"] for x in m.fp) == ["2025-02-28", "2025-12-31"]


# ----------------------------------------------------------------------------- scores

def test_score_precision_recall_f1():
    s = Score(tp=6, fp=2, fn=4)
    assert (s.precision, s.recall) == (0.75, 0.6)
    assert s.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert Score().f1 == 1.0            # nothing to find, nothing found
    assert Score(fp=1).f1 == 0.0


def test_score_per_article_and_unknown_urls_ignored():
    gold = {"u1": {"meetings": [meeting("2025-01-01", "A")], "directives": [directive(EV1)],
                   "deadlines": [deadline("2025-03-31")]},
            "u2": {"meetings": [], "directives": [directive(EV2)], "deadlines": []}}
    predicted = {
        # the right facts under the wrong article do not count
        "u1": {"meetings": [meeting("2025-01-01", "A")], "directives": [directive(EV2)],
               "deadlines": [deadline("2025-03-31"), deadline("2025-12-31")]},
        "u9": {"meetings": [meeting("2025-01-01", "A")], "directives": [directive(EV1)], "deadlines": []},
    }
    ev = score(gold, predicted)
    assert [(s.tp, s.fp, s.fn) for s in ev.scores.values()] == [(1, 0, 0), (0, 1, 2), (1, 1, 0)]
    assert ev.missing == ["u2"]
    assert set(ev.errors) == {"u1", "u2"} and set(ev.errors["u1"]) == {"directives", "deadlines"}
    table = format_table(ev, "t")
    assert table.splitlines()[1].split() == ["fact", "precision", "recall", "F1", "tp", "fp", "fn"]
    assert "directives      0.000   0.000  0.000     0     1     2" in table
    errors = format_errors(ev)
    assert "FN directive" in errors and "FP deadline  2025-12-31" in errors


def test_merge_check_counts_pairs_of_events():
    def found(url, event, day, meeting_id):
        return (url, {"event_id": event, "meeting_date": day}, {"meeting_id": meeting_id})

    check = check_merges([found("a", "A", "2025-11-04", 1), found("b", "A", "2025-11-04", 1),
                          found("c", "B", "2025-11-04", 1),       # wrongly merged with A
                          found("d", "C", "2025-11-05", 7), found("e", "C", "2025-11-05", 8)])
    assert (check.same, check.merged) == (2, 1)          # a-b merged, d-e split
    assert (check.different, check.apart) == (2, 0)      # a-c and b-c share a row
    assert check.checked
    assert not check_merges([("a", {"event_id": "A", "meeting_date": "x"}, {})]).checked


# ----------------------------------------------------------------------------- the labelled sets

@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_files_are_import_lines_with_verbatim_evidence(path):
    lines, gold = read_gold(path)
    assert len(lines) == len(gold)
    for obj in lines:
        assert obj["url"].startswith("https://")
        assert datetime.fromisoformat(obj["published_at"]).utcoffset() is not None
        assert obj["text"].strip() and obj["source"]
        published = datetime.fromisoformat(obj["published_at"]).date()
        facts = obj["gold"]
        for m in facts["meetings"]:
            assert date.fromisoformat(m["meeting_date"]) <= published
            assert m["part_of_day"] in (None, "morning", "noon", "afternoon", "evening")
        evidences = [d["evidence_text"] for d in facts["directives"]]
        assert len(set(evidences)) == len(evidences)
        for ev in evidences:
            assert ev in obj["text"], ev
        for dl in facts["deadlines"]:
            date.fromisoformat(dl["due_date"])
            assert dl["evidence_text"] in evidences
            assert dl["expression"] in dl["evidence_text"]


def test_dev_set_size_and_coverage():
    lines, gold = read_gold(DEV)
    assert len(lines) >= 30
    assert sum(not g["meetings"] for g in gold.values()) >= 3          # articles with no meeting
    events = [m["event_id"] for g in gold.values() for m in g["meetings"] if m.get("event_id")]
    assert sum(events.count(e) >= 2 for e in set(events)) >= 2         # same meeting, two sites
    for forms in ("quý I/2025", "quý 4", "hạ tuần", "thượng tuần", "trung tuần", "6 tháng đầu năm",
                  "từ nay đến cuối năm", "chậm nhất ngày", "Hôm qua", "thứ Năm (7/11)",
                  "03 tháng 7 năm 2025", "giai đoạn 2026-2030", "có hiệu lực từ ngày"):
        assert any(forms in obj["text"] for obj in lines), forms


def test_in_process_mode_runs_on_the_seeds():
    lines, gold = read_gold(SEEDS)
    predicted = predict_in_process(lines)
    assert set(predicted) == set(gold)
    ev = score(gold, predicted)
    assert ev.scores["meetings"].tp >= 1


@pytest.mark.slow
def test_pipeline_mode_on_the_seeds(tmp_path):
    """import -> load -> build in child processes, scored from published.duckdb.

    The thresholds are what the pipeline reached when this test was written (rounded down);
    raise them when extraction gets better.
    """
    ev = evaluate(SEEDS, home=tmp_path / "home", log=lambda msg: None)
    assert not ev.missing
    f1 = {k: s.f1 for k, s in ev.scores.items()}
    assert f1["meetings"] >= 1.0, format_table(ev)
    assert f1["directives"] >= 1.0, format_table(ev)
    assert f1["deadlines"] >= 1.0, format_table(ev)
    assert (tmp_path / "home" / "published.duckdb").exists()
    # the same table as in-process mode
    inproc = evaluate(SEEDS, in_process=True, log=lambda msg: None)
    assert format_table(ev).splitlines()[0] == format_table(inproc).splitlines()[0]
