"""`vngov eval`: one yardstick (the shared score.py) on every labelled set, the conversion of the
project's first gold format, the labelled files' integrity, and the accuracy targets of issue 8."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from vngov import config
from vngov.evaluate import (
    KEY_WORDS, TARGETS, Result, default_sets, evaluate, evidence_key, format_results, merge_meetings,
    read_gold, run_scorer, set_name, to_shared_format, write_predictions,
)

REPO = Path(__file__).resolve().parent.parent
GOLD_DIR = REPO / "tests" / "gold"
WRITTEN = GOLD_DIR / "written"
SHARED = config.shared_eval_dir()
ALL_SETS = default_sets()


def norm(text: str) -> str:
    return " ".join(text.lower().split())


# ----------------------------------------------------------------------------- gold formats

LEGACY = {
    "url": "https://example.vn/a", "published_at": "2025-03-05T08:00:00+07:00", "source": "x", "title": "t",
    "text": "Chiều 4/3, Thủ tướng Phạm Minh Chính chủ trì cuộc họp. Thủ tướng yêu cầu Bộ Tài chính khẩn trương "
            "hoàn thiện dự thảo nghị định về quản lý nợ công, trình Chính phủ trước ngày 20/3 và ban hành trong "
            "quý II/2025. Thủ tướng giao Bộ Xây dựng rà soát.",
    "gold": {"meetings": [{"meeting_date": "2025-03-04", "part_of_day": "afternoon", "meeting_kind": "cuộc họp",
                           "chair_name": "Phạm Minh Chính", "event_id": "A"}],
             "directives": [{"evidence_text": "Thủ tướng yêu cầu Bộ Tài chính khẩn trương hoàn thiện dự thảo nghị "
                                              "định về quản lý nợ công, trình Chính phủ trước ngày 20/3 và ban hành "
                                              "trong quý II/2025.", "issuer_name": "Phạm Minh Chính"},
                            {"evidence_text": "Thủ tướng giao Bộ Xây dựng rà soát.", "issuer_name": "Phạm Minh Chính"}],
             "deadlines": [{"due_date": "2025-03-20", "expression": "trước ngày 20/3",
                            "evidence_text": "Thủ tướng yêu cầu Bộ Tài chính khẩn trương hoàn thiện dự thảo nghị định "
                                             "về quản lý nợ công, trình Chính phủ trước ngày 20/3 và ban hành trong "
                                             "quý II/2025."},
                           {"due_date": "2025-06-30", "expression": "trong quý II/2025",
                            "evidence_text": "Thủ tướng yêu cầu Bộ Tài chính khẩn trương hoàn thiện dự thảo nghị định "
                                             "về quản lý nợ công, trình Chính phủ trước ngày 20/3 và ban hành trong "
                                             "quý II/2025."}]}}


def test_legacy_lines_become_shared_format():
    shared = to_shared_format(LEGACY)
    gold = shared["gold"]
    assert gold["meetings"] == [{"date": "2025-03-04", "chair_name": "Phạm Minh Chính", "chair_title": None,
                                 "body": None, "kind": "cuộc họp", "part_of_day": "chiều", "session_number": None,
                                 "location": None, "format": None, "event_id": "A", "core": True}]
    first, second_due, other = gold["directives"]
    assert first["due_date"] == "2025-03-20" and first["core"] is True
    # the shared format has one due date a directive: the second is optional, never a false positive
    assert second_due["due_date"] == "2025-06-30" and not second_due["core"] and not second_due["deadline_core"]
    assert other["due_date"] is None and other["key"] == "Thủ tướng giao Bộ Xây dựng rà soát."
    for d in gold["directives"]:
        assert norm(d["key"]) in norm(LEGACY["text"])
    assert to_shared_format(shared) is shared  # a shared-format line is left as it is


def test_evidence_key_is_a_short_verbatim_span_found_once():
    text = LEGACY["text"]
    evidence = LEGACY["gold"]["directives"][0]["evidence_text"]
    key = evidence_key(evidence, text)
    assert len(key.split()) == KEY_WORDS and key in evidence and norm(text).count(norm(key)) == 1
    # a window that also occurs elsewhere in the article is not chosen
    twice = text + " Khẩn trương hoàn thiện dự thảo nghị định về quản lý nợ công là việc cấp bách."
    key2 = evidence_key(evidence, twice)
    assert norm(twice).count(norm(key2)) == 1


def test_read_gold_rejects_malformed_lines(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"url": "u"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="needs 'url' and a 'gold'"):
        read_gold(bad)
    dup = tmp_path / "dup.jsonl"
    line = json.dumps(LEGACY, ensure_ascii=False)
    dup.write_text(line + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="appears twice"):
        read_gold(dup)


# ----------------------------------------------------------------------------- the scorer

def _score(tmp_path, predicted: dict, items: list[dict]) -> Result:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8")
    db = tmp_path / "p.duckdb"
    write_predictions(db, predicted)
    return run_scorer(db, gold, "t", len(items))


def test_scores_come_from_the_shared_scorer(tmp_path):
    item = to_shared_format(LEGACY)
    perfect = {LEGACY["url"]: {
        "meetings": [{"meeting_date": "2025-03-04", "chair_name": "Phạm Minh Chính", "part_of_day": "afternoon"}],
        "directives": [{"evidence_text": d["evidence_text"], "issuer_name": "Phạm Minh Chính"}
                       for d in LEGACY["gold"]["directives"]],
        "deadlines": [{"due_date": "2025-03-20"}, {"due_date": "2025-06-30"}]}}
    result = _score(tmp_path, perfect, [item])
    assert result.f1 == {"meetings": 1.0, "directives": 1.0, "deadlines": 1.0}
    assert (result.issuer_ok, result.issuer_n) == (2, 2)

    worse = {LEGACY["url"]: {
        "meetings": [{"meeting_date": "2025-03-04", "chair_name": "Tô Lâm"}],          # wrong chair
        "directives": [{"evidence_text": LEGACY["gold"]["directives"][1]["evidence_text"], "issuer_name": "X"}],
        "deadlines": [{"due_date": "2025-12-31"}]}}
    (tmp_path / "w").mkdir()
    result = _score(tmp_path / "w", worse, [item])
    assert result.f1["meetings"] == 0.0 and result.recall["directives"] == 0.5
    assert result.precision["deadlines"] == 0.0 and (result.issuer_ok, result.issuer_n) == (0, 1)
    assert any(line.startswith("FN meeting") for line in result.errors)


def test_one_meeting_reported_by_two_articles_is_one_row():
    def report(url, chair):
        return url, {"meetings": [{"meeting_date": "2025-11-04", "chair_name": chair, "body": "Chính phủ",
                                   "part_of_day": "afternoon"}], "directives": [], "deadlines": []}
    merged = merge_meetings(dict([report("a", "Phạm Minh Chính"), report("b", None)]))
    assert len(merged) == 1 and merged[0][1] == ["a", "b"] and merged[0][0]["chair_name"] == "Phạm Minh Chính"


def test_targets_and_their_verdicts():
    ok = Result("heldout", 20, f1={"meetings": 0.91, "directives": 0.86, "deadlines": 0.9},
                precision={k: 1.0 for k in ("meetings", "directives", "deadlines")},
                recall={k: 1.0 for k in ("meetings", "directives", "deadlines")}, issuer_ok=9, issuer_n=10)
    assert ok.missed() == []
    low = Result("seeds", 5, f1={"meetings": 1.0, "directives": 0.5, "deadlines": 1.0},
                 precision=ok.precision, recall=ok.recall, issuer_ok=1, issuer_n=2)
    assert low.missed() == ["directives 0.50 < 0.90", "issuer 0.50 < 0.90"]
    table = format_results([ok, low], "in-process")
    assert "met 0.90/0.85/0.90" in table and "MISSED: directives 0.50 < 0.90" in table
    assert set(TARGETS) == {"heldout", "seeds"}


# ----------------------------------------------------------------------------- the labelled sets

def test_every_set_is_found_and_named():
    names = [set_name(p) for p in ALL_SETS]
    assert names[:2] == ["seeds", "heldout"], "the shared sets come first (../shared/eval)"
    assert {"dev", "check"} <= set(names)
    tune = [n for n in names if n.endswith(".tune")]
    check = [n for n in names if n.endswith(".check")]
    assert len(tune) >= 4 and len(check) >= 4


def test_written_sets_hold_40_articles_of_the_registers_asked_for():
    files = sorted(WRITTEN.glob("*.gold.jsonl"))
    items = [it for f in files for it in read_gold(f)]
    assert len(items) >= 40
    assert len({it["url"] for it in items}) == len(items)
    short = [it for it in items if len(it["text"]) <= 1400]
    assert len(short) >= 8, "article openings as short as 1,200 characters"
    proc = subprocess.run([sys.executable, str(WRITTEN / "check_gold.py"), *map(str, files)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout


@pytest.mark.parametrize("path", ALL_SETS, ids=set_name)
def test_gold_files_are_import_lines_with_verbatim_keys(path):
    for item in read_gold(path):
        published = datetime.fromisoformat(item["published_at"])
        assert published.utcoffset() is not None and item["url"].startswith("https://")
        text = norm(item["text"])
        for m in item["gold"]["meetings"]:
            if m.get("date"):
                assert date.fromisoformat(m["date"]) <= published.date()
        for d in item["gold"]["directives"]:
            assert norm(d["key"]) in text, d["key"]
            if d.get("due_date"):
                date.fromisoformat(d["due_date"])


# ----------------------------------------------------------------------------- accuracy (issue 8)

@pytest.mark.parametrize("name", ["seeds", "heldout"])
def test_in_process_extraction_meets_the_targets_on_the_shared_sets(name):
    result = evaluate(SHARED / f"{name}.gold.jsonl", in_process=True, log=lambda msg: None)
    assert result.missed() == [], format_results([result], "in-process")


@pytest.mark.slow
def test_pipeline_mode_scores_the_warehouse_like_the_measuring_team(tmp_path):
    """import -> load -> build in child processes, then score.py on the warehouse it built."""
    result = evaluate(SHARED / "seeds.gold.jsonl", home=tmp_path, log=lambda msg: None)
    assert (tmp_path / "seeds" / "published.duckdb").exists()
    assert result.missed() == [], format_results([result], "pipeline")
    # the same command line the measuring team runs, on the same warehouse, gives the same figures
    proc = subprocess.run([sys.executable, str(SHARED / "score.py"), str(tmp_path / "seeds" / "warehouse.duckdb"),
                           str(SHARED / "seeds.gold.jsonl")], capture_output=True, text=True)
    for kind in ("meetings", "directives", "deadlines"):
        assert f"{kind}={result.f1[kind]:.2f}" in proc.stdout.splitlines()[-1]
