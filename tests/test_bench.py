"""bench/: the corpus generator is deterministic and writes valid `vngov import` lines; the
benchmarks run and print their figures. No assertion on speed anywhere."""

from __future__ import annotations

import collections
import csv
import importlib.util
import json
import re
import subprocess
import sys
from datetime import date, datetime, timedelta

import pytest

from conftest import REPO

BENCH = REPO / "bench"


def _load_corpus():
    spec = importlib.util.spec_from_file_location("bench_corpus", BENCH / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


corpus = _load_corpus()


def run_bench(script: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(BENCH / script), *args], cwd=REPO, text=True,
                          capture_output=True, timeout=600)


# ----------------------------------------------------------------------------- the generator

def test_generator_is_deterministic_for_a_seed():
    first = list(corpus.generate(20, seed=7))
    assert first == list(corpus.generate(20, seed=7))
    # article i does not depend on how many are generated, and --start continues the corpus
    assert list(corpus.generate(5, seed=7)) == first[:5]
    assert list(corpus.generate(5, seed=7, start=10)) == first[10:15]
    other = list(corpus.generate(20, seed=8))
    assert [a["text"] for a in other] != [a["text"] for a in first]


def test_generated_lines_are_valid_import_lines(tmp_path):
    path = tmp_path / "corpus.jsonl"
    corpus.write_jsonl(path, 60, seed=3)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 60
    for line in lines:
        article = json.loads(line)
        assert set(article) == {"url", "published_at", "source", "title", "text"}
        assert re.match(r"https://[a-z0-9.-]+\.[a-z]{2,}/\S+$", article["url"])
        published = datetime.fromisoformat(article["published_at"])
        assert published.utcoffset() == timedelta(hours=7)
        assert date(2023, 1, 1) <= published.date() <= date(2025, 12, 31)
        assert corpus.MIN_BYTES <= len(article["text"].encode()) <= corpus.MAX_BYTES
        assert article["title"] and article["source"]


def test_vngov_import_accepts_every_generated_line(tmp_path, home):
    from vngov.importer import import_file

    path = tmp_path / "corpus.jsonl"
    corpus.write_jsonl(path, 30, seed=4)
    report = import_file(path)
    assert (report.articles, report.rejects) == (30, 0)


def test_generated_content_is_varied():
    articles = list(corpus.generate(200, seed=0))
    texts = [a["text"] for a in articles]
    assert len(set(texts)) == 200
    assert len({a["url"] for a in articles}) == 200
    assert len({a["title"] for a in articles}) > 150
    assert len({a["source"] for a in articles}) >= 5
    assert {datetime.fromisoformat(a["published_at"]).year for a in articles} == {2023, 2024, 2025}
    joined = "\n".join(texts)
    for verb in ("yêu cầu", "đề nghị", " giao ", "chỉ đạo", "được giao"):
        assert verb in joined, verb
    for part in ("Sáng", "Chiều"):
        assert re.search(rf"{part} (?:nay )?\(?\d{{1,2}}[/.-]\d{{1,2}}", joined), part
    deadline_forms = [r"trong quý [IV]+/\d{4}", r"trong quý \d\b", r"trong tháng \d{1,2}/\d{4}",
                      r"trước ngày \d{1,2}[/-]\d{1,2}", r"chậm nhất ngày", r"(?:thượng|trung|hạ) tuần tháng",
                      r"6 tháng (?:đầu|cuối) năm", r"từ nay đến cuối năm", r"trong năm \d{4}"]
    for form in deadline_forms:
        assert re.search(form, joined), form
    for kind in ("cuộc họp", "phiên họp", "hội nghị"):
        assert kind in joined
    assert re.search(r"\d+-NQ/TW", joined) and re.search(r"\d+/QĐ-TTg", joined)
    with open(REPO / "dbt_project" / "seeds" / "agencies.csv", encoding="utf-8") as fh:
        agencies = [row["canonical_name"] for row in csv.DictReader(fh)]
    assert sum(name in joined for name in agencies) >= 40
    # lengths like the seeds', and some of their noise
    sizes = sorted(len(t.encode()) for t in texts)
    assert sizes[0] >= 3000 and sizes[-1] <= 8000 and sizes[100] - sizes[10] > 1000
    paragraphs = collections.Counter(p for t in texts for p in t.split("\n\n"))
    assert "Tin liên quan" in paragraphs
    assert any(re.fullmatch(r"[\w ]+ - [\w. ]+", p) and len(p) < 60 for p in paragraphs)  # a byline


def test_generated_articles_give_facts():
    from vngov.extract import extract_article
    from vngov.text import clean_text

    counts = collections.Counter()
    for article in corpus.generate(20, seed=0):
        facts = extract_article(clean_text(article["text"]), datetime.fromisoformat(article["published_at"]),
                                article["title"])
        counts.update({key: len(value) for key, value in facts.items()})
    assert counts["meetings"] >= 15 and counts["directives"] >= 40 and counts["documents"] >= 10


# ----------------------------------------------------------------------------- the benchmarks

def test_extraction_benchmark_prints_its_figures(tmp_path):
    proc = run_bench("extraction.py", "--articles", "50", "--json", str(tmp_path / "e.json"))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    for label in ("machine:", "corpus: 50 synthetic articles", "synthetic corpus: 50 articles", "seed texts",
                  "articles/s CPU", "articles/s wall", "MB/s CPU", "facts per article",
                  "tracemalloc peak of the extraction loop", "ru_maxrss", "target: >= 200 articles/s"):
        assert label in out, label
    figures = json.loads((tmp_path / "e.json").read_text())
    assert figures["synthetic"]["articles"] == figures["seeds"]["articles"] == 50
    assert figures["synthetic"]["counts"]["errors"] == 0


@pytest.mark.slow
def test_incremental_benchmark_prints_both_times(tmp_path):
    proc = run_bench("incremental.py", "--articles", "40", "--json", str(tmp_path / "i.json"))
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    out = proc.stdout
    for label in ("corpus: 40 articles", "full refresh:", "incremental (+1 articles", "ratio incremental / full refresh",
                  "per node", "int_article_facts", "incremental", "data tests (sum)"):
        assert label in out, label
    figures = json.loads((tmp_path / "i.json").read_text())
    assert figures["full_refresh"]["rows"]["intermediate.int_article_facts"] == 40
    assert figures["incremental"]["rows"]["intermediate.int_article_facts"] == 41
