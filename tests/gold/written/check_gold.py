"""Check a gold file in the shared format (../shared/eval/LABELLING.md) before it is used.

usage: python tests/gold/written/check_gold.py FILE.gold.jsonl [...]

Checks, per line: the fields exist; published_at is ISO 8601 with +07:00; every directive key
occurs verbatim in the text (case- and space-insensitive, as score.py matches it) and at most twice (lede and body),
and has 4-10 words; a deadline_expression occurs in the text; meeting dates and due dates are
ISO dates; no meeting is dated after publication; urls are unique. Exits 1 on any problem.
"""
import json
import re
import sys
import unicodedata
from datetime import date, datetime


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s or "").lower()).strip()


def check(path):
    problems, urls = [], set()
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"{where}: not JSON ({e})")
            continue
        for k in ("url", "source", "published_at", "title", "text", "gold"):
            if k not in o:
                problems.append(f"{where}: missing {k}")
        if o.get("url") in urls:
            problems.append(f"{where}: url twice")
        urls.add(o.get("url"))
        text = o.get("text") or ""
        if unicodedata.normalize("NFC", text) != text:
            problems.append(f"{where}: text is not NFC")
        try:
            pub = datetime.fromisoformat(o["published_at"])
            if pub.utcoffset() is None or pub.utcoffset().total_seconds() != 7 * 3600:
                problems.append(f"{where}: published_at needs +07:00")
        except Exception:
            problems.append(f"{where}: bad published_at")
            continue
        t = norm(text)
        g = o.get("gold") or {}
        for m in g.get("meetings", []):
            if m.get("date"):
                d = date.fromisoformat(m["date"])
                if d > pub.date():
                    problems.append(f"{where}: meeting {d} after publication")
            if m.get("chair_name") and norm(m["chair_name"]) not in t and norm(m["chair_name"]) not in norm(o.get("title")):
                problems.append(f"{where}: chair {m['chair_name']} not in text")
        for d in g.get("directives", []):
            key = norm(d.get("key"))
            words = len(key.split())
            if not key or t.count(key) == 0:
                problems.append(f"{where}: key not in text: {d.get('key')!r}")
            elif t.count(key) > 2:  # twice is allowed: a directive printed in the lede and the body
                problems.append(f"{where}: key occurs {t.count(key)} times: {d.get('key')!r}")
            if not 4 <= words <= 12:
                problems.append(f"{where}: key has {words} words: {d.get('key')!r}")
            if d.get("due_date"):
                date.fromisoformat(d["due_date"])
                if not d.get("deadline_expression") or norm(d["deadline_expression"]) not in t:
                    problems.append(f"{where}: deadline_expression not in text: {d.get('deadline_expression')!r}")
    return problems


if __name__ == "__main__":
    found = [p for f in sys.argv[1:] for p in check(f)]
    print("\n".join(found) or "ok")
    sys.exit(1 if found else 0)
