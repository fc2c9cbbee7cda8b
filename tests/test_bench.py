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
import unicodedata
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
                  "tracemalloc peak of the extraction loop", "ru_maxrss", "target: >= 500 articles/s"):
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


# ----------------------------------------------------------------------------- bench/crawl.py

def _load_bench_crawl():
    spec = importlib.util.spec_from_file_location("bench_crawl", BENCH / "crawl.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bench_crawl = _load_bench_crawl()


def test_token_overlap_scores():
    text = "Tổng Bí thư Tô Lâm chủ trì cuộc họp. Tổng Bí thư nêu rõ: phải hành động!"
    assert bench_crawl.overlap_scores(text, text)["f1"] == 1.0
    assert bench_crawl.overlap_scores(text, "")["f1"] == 0.0
    assert bench_crawl.overlap_scores("", text)["f1"] == 0.0
    # a multiset: the repeated word counts twice on the extracted side, once in the gold
    half = bench_crawl.overlap_scores("họp họp Bộ", "họp Bộ")
    assert (half["precision"], half["recall"]) == (2 / 3, 1.0)
    # punctuation and spacing do not count, case does, NFD input is read as NFC
    assert bench_crawl.overlap_scores("57-NQ/TW, ngày 22-12-2024", "57 NQ TW ngày 22 12 2024")["f1"] == 1.0
    assert bench_crawl.overlap_scores("Ban", "ban")["f1"] == 0.0
    assert bench_crawl.overlap_scores(unicodedata.normalize("NFD", text), text)["f1"] == 1.0


def test_boilerplate_rows_score_seed_000_against_seed_002():
    from vngov.sites import nld

    rows = bench_crawl.boilerplate_rows()
    seed = rows[0]
    assert seed["label"].startswith("seed 000") and seed["parser"].startswith("nld/")
    gold = bench_crawl.seed_gold_text()
    assert not gold.lstrip().startswith("date ") and gold.startswith("Sáng nay 15-10")
    # the figure is the overlap of the nld parser's body text with the gold, nothing else
    entry = next(e for e in bench_crawl.load_manifest(bench_crawl.REPLAY) if e.get("seed") == bench_crawl.SEED_PAGE)
    html = bench_crawl.replay_file(bench_crawl.REPLAY, entry["url"]).read_text(encoding="utf-8")
    article = nld.parse_article(html, entry["url"])
    ours = bench_crawl.body_only(article.body_text, entry["title"], article.lead)
    assert seed["vngov"] == bench_crawl.overlap_scores(ours, gold)
    assert seed["vngov"]["gold_tokens"] == len(bench_crawl.tokens(gold)) > 500
    for row in rows:
        if "skipped" in row:
            continue
        for key in ("vngov", "trafilatura", "trafilatura_unfiltered"):
            assert 0.0 <= row[key]["precision"] <= 1.0 and 0.0 <= row[key]["recall"] <= 1.0
            assert 0.0 <= row[key]["f1"] <= 1.0
    assert 0.0 <= bench_crawl.mean_f1(rows, "vngov") <= 1.0


def test_body_only_drops_title_and_lead_lines():
    text = "Tiêu đề bài\n(NLĐO) - Đoạn mở đầu.\nThân bài một.\nThân bài hai."
    assert bench_crawl.body_only(text, "Tiêu đề bài", "Đoạn mở đầu.") == "Thân bài một.\nThân bài hai."
    assert bench_crawl.body_only(text, None, None) == text


def test_date_rows_cover_every_dated_manifest_entry():
    manifest = bench_crawl.load_manifest(bench_crawl.REPLAY)
    result = bench_crawl.date_rows_from_files()
    dated = [e["url"] for e in manifest if e.get("published_at")]
    assert sorted([r["url"] for r in result["rows"]] + [s["url"] for s in result["skipped"]]) == sorted(dated)
    seed_url = next(e["url"] for e in manifest if e.get("seed") == bench_crawl.SEED_PAGE)
    assert seed_url in {r["url"] for r in result["rows"]}
    for row in result["rows"]:
        assert isinstance(row["vngov_ok"], bool) and isinstance(row["trafilatura_ok"], bool)
        assert datetime.fromisoformat(row["expected"]).tzinfo is not None
        assert row["vngov"] is None or datetime.fromisoformat(row["vngov"]).tzinfo is not None
        assert row["trafilatura"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["trafilatura"])
    summary = bench_crawl.date_summary(result)
    assert summary["count"] == len(result["rows"]) and 0.0 <= summary["vngov_accuracy"] <= 1.0


def test_synthetic_replay_site_links_every_article(tmp_path):
    from vngov.sites import site_for_url

    built = bench_crawl.build_synthetic_site(tmp_path, 10)
    assert len(built["articles"]) == len(set(built["articles"])) == 10
    assert {"nld", "vnexpress", "baochinhphu", "thanhhoa_portal"} <= set(built["per_site"]), built["left_out"]
    for url in built["articles"]:
        site = site_for_url(url)
        assert site is not None and site.is_article_url(url)
        assert bench_crawl.replay_file(tmp_path, url) is not None
    linked = set()
    for entry in built["entry_pages"]:
        site = site_for_url(entry)
        linked |= bench_crawl.link_urls(site, bench_crawl.replay_file(tmp_path, entry).read_bytes(), entry)
    assert linked == set(built["articles"])


def test_scrapy_bench_log_is_parsed():
    log = ("2026-01-01 10:00:01 [scrapy.extensions.logstats] INFO: Crawled 0 pages (at 0 pages/min), scraped 0 items\n"
           "2026-01-01 10:00:02 [scrapy.extensions.logstats] INFO: Crawled 120 pages (at 7200 pages/min), scraped 0 items\n"
           "2026-01-01 10:00:03 [scrapy.extensions.logstats] INFO: Crawled 200 pages (at 4800 pages/min), scraped 0 items\n"
           "{'elapsed_time_seconds': 2.5,\n 'scheduler/enqueued': 4000,\n")
    parsed = bench_crawl.parse_scrapy_bench(log)
    assert (parsed["pages"], parsed["seconds"], parsed["pages_per_s"]) == (200, 2.5, 80.0)
    assert parsed["interval_pages_per_s"] == [80.0, 120.0] and parsed["enqueued"] == 4000


@pytest.mark.slow
def test_crawl_benchmark_crawls_every_synthetic_page(tmp_path):
    proc = run_bench("crawl.py", "--articles", "12", "--scrapy-bench-seconds", "2", "--json", str(tmp_path / "c.json"))
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    out = proc.stdout
    for label in ("machine:", "(a) boilerplate removal", "seed 000", "target: seed 000", "F1 >= 0.97 and >= trafilatura",
                  "(b) publish dates", "from the replay files", "from a replay crawl's landing output",
                  "(c) crawl throughput", "pages/s", "peak RSS", "scrapy bench", "upper bound"):
        assert label in out, label
    figures = json.loads((tmp_path / "c.json").read_text())
    t = figures["throughput"]
    assert t["articles"] == 12 and t["missing_articles"] == 0
    assert t["landed"] == t["expected_pages"] and t["rejects"] == {}
    assert t["pages_per_s"] > 0 and t["maxrss_mb"] > 0
    assert figures["dates_crawl"]["count"] + figures["dates_crawl"]["skipped"] == figures["dates_files"]["count"] \
        + figures["dates_files"]["skipped"]
    assert figures["scrapy_bench"]["pages"] > 0


# ----------------------------------------------------------------------------- realistic corpus, bench/scale.py

def test_realistic_profile_is_deterministic_and_leaves_the_default_alone():
    default = list(corpus.generate(5, seed=2))
    realistic = list(corpus.generate(400, seed=2, profile="realistic"))
    assert list(corpus.generate(5, seed=2)) == default == list(corpus.generate(5, seed=2, profile="default"))
    assert [a["text"] for a in realistic[:5]] != [a["text"] for a in default]
    assert list(corpus.generate(20, seed=2, start=100, profile="realistic")) == realistic[100:120]
    assert len({a["url"] for a in realistic}) == 400
    years = {datetime.fromisoformat(a["published_at"]).year for a in realistic}
    assert min(years) <= 2016 and max(years) == 2026
    sizes = sorted(len(a["text"].encode()) for a in realistic)
    assert sizes[-1] > 12000 and sizes[0] < 3000 and sizes[-1] <= 30000
    assert sum(3000 <= s <= 8000 for s in sizes) > 0.6 * len(sizes)
    copies = [i for i in range(400) if corpus.republished_from(i, 2) is not None]
    assert 0.03 * 400 <= len(copies) <= 0.12 * 400
    for i in copies[:5]:
        j = corpus.republished_from(i, 2)
        assert i - corpus.REPUBLISH_WINDOW <= j < i and corpus.republished_from(j, 2) is None
        copy, original = realistic[i], realistic[j]
        assert copy["source"] != original["source"] and copy["url"] != original["url"]
        assert copy["published_at"] > original["published_at"]
        # the body is the original's: its longest paragraph appears in the copy
        assert max(original["text"].split("\n\n"), key=len) in copy["text"]


def test_daily_profile_is_one_day_of_the_realistic_mix():
    day = list(corpus.generate(200, seed=2, start=5000, profile="daily"))
    assert list(corpus.generate(20, seed=2, start=5100, profile="daily")) == day[100:120]
    published = [datetime.fromisoformat(a["published_at"]) for a in day]
    originals = [a for i, a in enumerate(day) if corpus.republished_from(5000 + i, 2) is None]
    assert {datetime.fromisoformat(a["published_at"]).date() for a in originals} == {corpus.DAILY_DAY}
    assert all(corpus.DAILY_DAY <= p.date() <= corpus.DAILY_DAY + timedelta(days=2) for p in published)
    assert len({a["source"] for a in day}) >= 6 and len({a["url"] for a in day}) == 200


@pytest.mark.slow
def test_scale_benchmark_times_every_stage_and_the_increment_reaches_the_published_copy(tmp_path):
    out = tmp_path / "s.json"
    proc = run_bench("scale.py", "--sizes", "300", "--increment", "50", "--json", str(out))
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-3000:]
    for label in ("machine:", "full build wall", "+50 wall", "CPU", "peak MB", "disk MB", "mirrorDB",
                  "target >= 500 articles/s per core", "+50 dbt: models", "validation read (rows read"):
        assert label in proc.stdout, label
    figures = json.loads(out.read_text())
    (r,) = figures["results"]
    assert r["error"] is None and r["size"] == 300 and r["increment"] == 50
    for phase in ("full", "incr"):
        for stage in ("import", "load", "extract", "dbt", "validate", "publish"):
            s = r[phase]["stages"][stage]
            assert s["wall_s"] > 0 and s["cpu_s"] > 0 and s["maxrss_mb"] > 0, (phase, stage)
        disk = r[phase]["disk_mb"]
        for key in ("landing", "warehouse", "published", "parquet", "mirror_db", "mirror_cluster"):
            assert disk[key] and disk[key] > 0, (phase, key)
    full, incr = r["full"]["rows"], r["incr"]["rows"]
    # every URL of the increment is new: all of it reaches the published copy and the mirror;
    # the re-published stories share a story_id with their originals
    assert (full["dim_articles"], incr["dim_articles"]) == (300, 350)
    assert incr["mirror_dim_articles"] == 350
    assert full["stories"] < 300 and full["stories"] < incr["stories"] < 350
    # where the time went: every dbt node timed; the increment validates the new articles (and
    # the originals whose story they joined), not the whole history
    went = r["incr"]["where_time_went"]
    assert "error" not in went and any(uid.startswith("model.vngov.dim_articles") for uid in went["dbt_nodes"])
    articles = went["validated"]["marts.dim_articles"]
    assert articles["rows"] == 350 and 50 <= articles["read"] < 350, articles
    assert r["full"]["where_time_went"]["validated"]["marts.dim_articles"] == {"read": 300, "rows": 300}
