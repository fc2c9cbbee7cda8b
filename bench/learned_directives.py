"""Rules or a learned decision for directives? Both measured with the shared scorer (issue 8, item 3).

    python bench/learned_directives.py [--train SETS] [--eval SETS] [--threshold 0.5]

The learned variant keeps the rules' high-recall part and learns the decision:

- candidates: every clause (a sentence, or one ";" item of it) of the story text that holds an
  instruction marker (yêu cầu, đề nghị, giao, chỉ đạo, phân công, cần, phải, được giao, a reporting
  verb, or an imperative task verb opening it) — recall on the labelled sets is printed;
- label: 1 when a gold directive's key lies inside the clause (core or not), else 0;
- features: hashed folded unigrams and bigrams of the clause, of its first four words and of the
  words around its marker, the marker kind, and whether the rules read a directive there;
- model: L2-regularised logistic regression trained by gradient descent in NumPy (no new
  dependency; the weights of 2^16 hashed features would ship as a few hundred KB).

Predicted directives (clauses scored >= threshold) are written as marts and scored by score.py,
next to the rules' own figures on the same sets. Training uses the tune sets and dev.jsonl only;
nothing is fitted on the released or seed sets. The rules stay in the product unless the learned
decision wins on the released set: this script is the measurement, not a component.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import zlib
from datetime import datetime
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from vngov import config  # noqa: E402
from vngov.evaluate import predict_in_process, read_gold, run_scorer, set_name, write_predictions  # noqa: E402
from vngov.extract import extract_article  # noqa: E402
from vngov.extract.article import Article  # noqa: E402
from vngov.extract.normalize import fold  # noqa: E402
from vngov.extract.segment import split_top_level  # noqa: E402
from vngov.text import clean_text  # noqa: E402

_MARKER = re.compile(
    r"(?<!\w)(yêu cầu|đề nghị|chỉ đạo|phân công|giao|cần phải|cần|phải|có trách nhiệm|được giao|nhấn mạnh|lưu ý"
    r"|nêu rõ|chỉ rõ|hoàn thành|khẩn trương|tập trung|đẩy mạnh|rà soát|chủ trì)(?!\w)")
DIM = 1 << 16


def norm(text: str) -> str:
    return " ".join((text or "").lower().split())


def candidates(text: str, published: str, title: str | None):
    """(clause text, marker kind, rules-read flag) for each marked clause of the story."""
    article = Article(text, published, title)
    ruled = [d["evidence_text"] for d in extract_article(text, published, title)["directives"]]
    out = []
    for sentence in article.sentences:
        if article.in_headline(sentence.start):
            continue
        for part in split_top_level(article.text, sentence.start, sentence.end):
            clause = article.text[part.start:part.end]
            m = _MARKER.search(clause.lower())
            if not m:
                continue
            by_rules = any(norm(clause) in norm(r) or norm(r) in norm(clause) for r in ruled)
            out.append((clause, m.group(1), m.start(), by_rules))
    return out


def features(clause: str, marker: str, at: int, by_rules: bool) -> list[int]:
    words = fold(clause).split()
    around = fold(clause[max(0, at - 30):at + 40]).split()
    feats = [f"m:{marker}", f"rules:{by_rules}", f"len:{min(len(words) // 8, 6)}"]
    feats += [f"w:{w}" for w in words] + [f"b:{a}_{b}" for a, b in zip(words, words[1:])]
    feats += [f"h:{w}" for w in words[:4]] + [f"a:{w}" for w in around]
    return sorted({zlib.crc32(f.encode()) % DIM for f in feats})


def dataset(paths: list[Path]):
    rows = []
    for path in paths:
        for item in read_gold(path):
            text = clean_text(item["text"])
            keys = [norm(d["key"]) for d in item["gold"]["directives"]]
            for clause, marker, at, by_rules in candidates(text, item["published_at"], item.get("title")):
                label = any(k in norm(clause) for k in keys)
                rows.append((item["url"], clause, features(clause, marker, at, by_rules), label, by_rules))
    return rows


def matrix(rows) -> np.ndarray:
    x = np.zeros((len(rows), DIM), dtype=np.float32)
    for i, row in enumerate(rows):
        x[i, row[2]] = 1.0
    return x


def train(rows, epochs: int = 300, rate: float = 0.5, l2: float = 1e-4) -> np.ndarray:
    x, y = matrix(rows), np.array([r[3] for r in rows], dtype=np.float32)
    w = np.zeros(DIM, dtype=np.float32)
    bias = 0.0
    for _ in range(epochs):
        p = 1 / (1 + np.exp(-(x @ w + bias)))
        grad = x.T @ (p - y) / len(y) + l2 * w
        w -= rate * grad
        bias -= rate * float(np.mean(p - y))
    return np.append(w, bias)


def score_set(path: Path, weights: np.ndarray | None, threshold: float):
    items = read_gold(path)
    predicted = predict_in_process(items)
    if weights is not None:  # replace the rules' directives by the learned decision's
        rows = dataset([path])
        x = matrix(rows)
        p = 1 / (1 + np.exp(-(x @ weights[:-1] + weights[-1])))
        for item in items:
            predicted[item["url"]]["directives"] = [
                {"evidence_text": r[1], "action_text": r[1]} for r, pi in zip(rows, p)
                if r[0] == item["url"] and pi >= threshold]
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp) / "gold.jsonl"
        gold.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8")
        db = Path(tmp) / "p.duckdb"
        write_predictions(db, predicted)
        return run_scorer(db, gold, set_name(path), len(items))


def main() -> None:
    written = REPO / "tests" / "gold" / "written"
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--train", nargs="*", type=Path,
                    default=[REPO / "tests/gold/dev.jsonl", *sorted(written.glob("*.tune.gold.jsonl"))])
    ap.add_argument("--eval", nargs="*", type=Path,
                    default=[config.shared_eval_dir() / "heldout.gold.jsonl", config.shared_eval_dir() / "seeds.gold.jsonl"])
    ap.add_argument("--threshold", type=float, default=0.5)
    args = ap.parse_args()
    rows = dataset(args.train)
    positives = sum(r[3] for r in rows)
    print(f"training clauses: {len(rows)} ({positives} directives) from {', '.join(set_name(p) for p in args.train)}")
    weights = train(rows)
    for path in args.eval:
        eval_rows = dataset([path])
        gold_keys = sum(1 for it in read_gold(path) for d in it["gold"]["directives"] if d.get("core", True))
        found = len({(r[0], r[1]) for r in eval_rows if r[3]})
        rules, learned = score_set(path, None, args.threshold), score_set(path, weights, args.threshold)
        print(f"{set_name(path)}: candidate clauses {len(eval_rows)}, holding {found} labelled directives "
              f"(of {gold_keys} core)")
        for name, r in (("rules", rules), ("learned", learned)):
            print(f"  {name:<8} directives P={r.precision['directives']:.2f} R={r.recall['directives']:.2f} "
                  f"F1={r.f1['directives']:.2f}")


if __name__ == "__main__":
    main()
