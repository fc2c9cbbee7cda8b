"""`vngov load` against a broken landing zone and a full disk (issue 9, items 8 and 9)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import REPO, query, run_vngov

ARTICLE = {"url": "https://baochinhphu.vn/hop-chinh-phu-102250102.htm", "source": "baochinhphu",
           "published_at": "2025-01-02T08:00:00+07:00",
           "text": "Sáng 2/1, Thủ tướng Phạm Minh Chính chủ trì phiên họp Chính phủ thường kỳ."}


def _import(home, tmp_path, lines, name="in.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), "utf-8")
    run_vngov(home, "import", str(path))


@pytest.mark.parametrize("content", [b"{not json", b"", b"[1, 2]", b"\xff\xfe\x00",
                                     b'{"run_id": "x", "fetched": "many"}'],
                         ids=["truncated", "empty", "not-an-object", "not-utf8", "wrong-type"])
def test_an_unreadable_run_file_is_a_reject_naming_it_and_the_rest_loads(tmp_path, content):
    home = tmp_path / "home"
    _import(home, tmp_path, [ARTICLE])
    _import(home, tmp_path, [ARTICLE | {"url": ARTICLE["url"].replace("102", "103")}], "b.jsonl")
    run_file = sorted((home / "landing").glob("*/*/_run.json"))[0]
    run_file.write_bytes(content)
    proc = run_vngov(home, "load")  # exit 0: a bad file costs that file only
    assert "1 unreadable files recorded in raw.rejects" in proc.stdout
    wh = home / "warehouse.duckdb"
    assert query(wh, "select count(*) from raw.pages") == [(2,)]
    (stage, reason, body), = query(wh, "select stage, reason, body from raw.rejects")
    rel = str(run_file.relative_to(home / "landing"))
    assert stage == "load" and rel in reason and body == content
    assert query(wh, "select count(*) from raw.crawl_runs") == [(1,)]  # the good run's counts


def _mount_small_tmpfs(path, size: str) -> None:
    path.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs to fill ({proc.stderr.strip()}); needs root")


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux" or os.geteuid() != 0,
                    reason="filling a disk needs a small tmpfs mounted as root")
def test_a_full_disk_says_so_in_one_line_and_a_rerun_after_freeing_space_loses_nothing(tmp_path):
    small = tmp_path / "small"
    _mount_small_tmpfs(small, "3m")
    try:
        # The landing zone stays on the big disk; only the warehouse's disk fills up.
        (tmp_path / "landing").mkdir()
        (small / "landing").symlink_to(tmp_path / "landing")
        corpus = tmp_path / "corpus.jsonl"
        subprocess.run([sys.executable, "bench/corpus.py", "1500", str(corpus)], cwd=REPO,
                       check=True, capture_output=True)
        run_vngov(small, "import", str(corpus))
        proc = run_vngov(small, "load", check=False)
        assert proc.returncode != 0
        err = proc.stderr.strip()
        assert len(err.splitlines()) == 1 and "Traceback" not in err
        assert "no space left on device" in err and str(small / "warehouse.duckdb") in err
        assert "rollback" not in err

        subprocess.run(["mount", "-o", "remount,size=200m", str(small)], check=True)
        run_vngov(small, "load")
        assert query(small / "warehouse.duckdb", "select count(*) from raw.pages") == [(1500,)]
        assert query(small / "warehouse.duckdb", "select count(*) from raw.rejects") == [(0,)]
    finally:
        subprocess.run(["umount", "-l", str(small)], capture_output=True)
