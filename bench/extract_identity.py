"""Byte-identity check of the extract stage: one md5 over everything it computes for fixed inputs.

    python bench/extract_identity.py [--articles 3000] [--seed 0] [--realistic 500] [--dump OUT.jsonl]

For each input, what `vngov.extraction.extract_page` keeps of a page (clean text, quality flags,
fingerprint, facts JSON, extraction error: clean_text + quality_flags + dedupe.fingerprint +
extract_article, exactly as the stage runs them). Inputs: the generated corpus (bench/corpus.py,
default profile, seed 0), some articles of its "realistic" profile (1-30 KB, 2015-2026), the seed
texts of tests/fixtures/seeds/, and the labelled eval texts (VNGOV_EVAL_DIR, when present).
Prints the md5 of the canonical JSON dump (one line per page, in input order) and the page count.
The figure must not move when the extraction code is only made faster (issue 11 item 4): run it
before and after, and --dump both to see which page changed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import machine  # noqa: E402  (also puts the repository on sys.path)
from corpus import generate  # noqa: E402

from extraction import SEED_PUBLISHED  # noqa: E402

from vngov import config  # noqa: E402
from vngov.extraction import extract_page  # noqa: E402

SEEDS = machine.REPO / "tests" / "fixtures" / "seeds"


def inputs(articles: int, seed: int, realistic: int):
    """(label, lead, body_text, published, title) for every page checked."""
    for i, a in enumerate(generate(articles, seed)):
        yield f"corpus:{seed}:{i}", None, a["text"], datetime.fromisoformat(a["published_at"]), a.get("title")
    for i, a in enumerate(generate(realistic, seed, profile="realistic")):
        yield f"realistic:{seed}:{i}", None, a["text"], datetime.fromisoformat(a["published_at"]), a.get("title")
    for path in sorted(SEEDS.glob("[0-9][0-9][0-9]_*.txt")):
        yield f"seed:{path.name}", None, path.read_text(encoding="utf-8"), \
            datetime.fromisoformat(SEED_PUBLISHED[path.name[:3]]), None
    for name in ("seeds.jsonl", "heldout.jsonl"):
        path = config.shared_eval_dir() / name
        if not path.exists():
            print(f"note: {path} missing, left out", file=sys.stderr)
            continue
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                a = json.loads(line)
                published = datetime.fromisoformat(a["published_at"])
                yield f"eval:{name}:{i}", a.get("lead"), a.get("text"), published, a.get("title")
                # the same text without its title (the headline changes person resolution)
                yield f"eval:{name}:{i}:notitle", a.get("lead"), a.get("text"), published, None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--realistic", type=int, default=500)
    parser.add_argument("--dump", type=Path, help="also write the canonical lines to this file")
    args = parser.parse_args(argv)
    digest, n, errors = hashlib.md5(), 0, 0
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    for label, lead, body, published, title in inputs(args.articles, args.seed, args.realistic):
        clean, flags, fp, facts, error = extract_page(lead, body, published, title)
        errors += error is not None
        line = json.dumps([label, clean, flags, fp, facts, error], ensure_ascii=False) + "\n"
        digest.update(line.encode("utf-8"))
        if dump:
            dump.write(line)
        n += 1
    if dump:
        dump.close()
    print(f"{digest.hexdigest()}  {n} pages, {errors} extraction errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
