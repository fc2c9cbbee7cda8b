"""The site-change alarm end to end: a crawl of a changed site exits non-zero and names the source
and the likely cause; what did land is still landed."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from conftest import REPO, run_vngov
from vngov.alarm import ALARM_EXIT
from vngov.replay import replay_path

pytestmark = pytest.mark.slow

REPLAY = REPO / "scrapers" / "replay" / "site"
MANIFEST = json.loads((REPLAY / "MANIFEST.json").read_text(encoding="utf-8"))


def _article_files(site, source):
    return [site / replay_path(e["url"]).lstrip("/") for e in MANIFEST if e["source"] == source]


def test_changed_templates_and_listings_raise_the_alarm(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(REPLAY, site)
    # tuoitre ships a new article template: none of its selectors match any more.
    pages = _article_files(site, "tuoitre")
    assert len(pages) >= 3
    for page in pages:
        html = page.read_text(encoding="utf-8")
        for old, new in (("detail-cmain", "article-main-2027"), ("detail-content", "article-body-2027"),
                         ("afcbc-body", "x2027"), ('data-role="content"', 'data-role="body"')):
            html = html.replace(old, new)
        page.write_text(html, encoding="utf-8")
    # thanhnien's listings and feed move to a new article URL scheme we do not know.
    articles = set(map(str, _article_files(site, "thanhnien")))
    for path in (site / "thanhnien.vn").rglob("*"):
        if path.is_file() and str(path) not in articles and path.name != "robots.txt":
            text = path.read_text(encoding="utf-8")
            path.write_text(re.sub(r"-185(\d+)\.htm", r"-p\1.html", text), encoding="utf-8")

    home = tmp_path / "home"
    proc = run_vngov(home, "crawl", "--replay", "--replay-dir", str(site),
                     "--sources", "tuoitre,thanhnien,baochinhphu", check=False)
    assert proc.returncode == ALARM_EXIT, proc.stderr[-3000:]
    alarms = [line for line in proc.stderr.splitlines() if "SITE-CHANGE ALARM" in line]
    assert len(alarms) == 2, alarms
    tuoitre = next(a for a in alarms if "tuoitre:" in a)
    assert "generic fallback read" in tuoitre and "add a parser version" in tuoitre
    thanhnien = next(a for a in alarms if "thanhnien:" in a)
    assert "no article links" in thanhnien
    # The fallback still read tuoitre's articles, and they landed; baochinhphu is unaffected.
    assert "tuoitre: " in proc.stdout and "by the fallback parser" in proc.stdout
    runs = {p.parent.parent.name: json.loads(p.read_text(encoding="utf-8"))
            for p in (home / "landing").glob("*/*/_run.json")}
    assert runs["tuoitre"]["fallback_parsed"] == len(pages) and runs["tuoitre"]["alarm"]
    assert runs["baochinhphu"]["alarm"] is None and runs["baochinhphu"]["new_articles"] >= 3

    # The load keeps the verdict next to the counts, and the summary shows it.
    run_vngov(home, "load")
    summary = run_vngov(home, "summary").stdout
    assert "SITE-CHANGE ALARM tuoitre:" in summary and "SITE-CHANGE ALARM thanhnien:" in summary
