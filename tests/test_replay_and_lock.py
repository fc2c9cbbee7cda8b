"""The replay server and the one-writer lock."""

import threading
import urllib.error
import urllib.request

import pytest

from vngov.replay import ReplayServer, replay_path
from vngov.warehouse import WarehouseBusy, writer_lock


def test_replay_path_keeps_host_path_and_query():
    assert replay_path("https://nld.com.vn/thoi-su.htm") == "/nld.com.vn/thoi-su.htm"
    assert replay_path("https://a.gov.vn/p?ItemID=5") == "/a.gov.vn/p?ItemID=5"
    assert replay_path("https://a.gov.vn") == "/a.gov.vn/"


def test_replay_server_serves_files_by_host_and_refuses_escapes(tmp_path):
    (tmp_path / "site" / "a.gov.vn" / "tin").mkdir(parents=True)
    (tmp_path / "site" / "a.gov.vn" / "tin" / "bai.aspx").write_text("<h1>Xin chào</h1>", "utf-8")
    (tmp_path / "secret.txt").write_text("no")
    with ReplayServer(tmp_path / "site") as base:
        assert base.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(base + "/a.gov.vn/tin/bai.aspx") as r:
            assert r.headers["Content-Type"] == "text/html; charset=utf-8"
            assert r.read().decode() == "<h1>Xin chào</h1>"
        for path in ("/a.gov.vn/missing.htm", "/../secret.txt", "/a.gov.vn/"):
            with pytest.raises(urllib.error.HTTPError) as err:
                urllib.request.urlopen(base + path)
            assert err.value.code == 404


def test_a_second_writer_waits_then_fails_with_a_clear_reason(home):
    held, release = threading.Event(), threading.Event()

    def first_writer():
        with writer_lock():
            held.set()
            release.wait(5)

    t = threading.Thread(target=first_writer)
    t.start()
    held.wait(5)
    try:
        with pytest.raises(WarehouseBusy, match="another vngov step is writing"):
            with writer_lock(timeout=1):
                pass
    finally:
        release.set()
        t.join()
    with writer_lock(timeout=1):  # free again once the first writer is done
        pass
