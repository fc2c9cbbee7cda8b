"""No network unless crawling live: replay crawls, load, build and the tests stay on loopback and
write nothing under $HOME. The guard (vngov/offline.py) is on for the whole suite (conftest.py)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, run_vngov
from vngov import offline

BLOCKED = "10.255.255.1"  # a private address nothing answers: the guard refuses it before connect


@pytest.fixture
def own_log(tmp_path, monkeypatch):
    """Blocked attempts of this test go to their own log, not the session's (which fails tests)."""
    log = tmp_path / "blocked.log"
    monkeypatch.setenv(offline.LOG_ENV, str(log))
    return log


# --- the guard ------------------------------------------------------------------------------------


def test_the_guard_blocks_a_connect_beyond_loopback(own_log):
    with pytest.raises(offline.NetworkBlocked, match=f"socket.connect to {BLOCKED} port 9"):
        socket.create_connection((BLOCKED, 9), timeout=1)
    assert len(offline.violations(own_log)) == 1  # recorded even if a library had caught it


def test_the_guard_blocks_looking_up_a_name(own_log):
    with pytest.raises(offline.NetworkBlocked, match="getaddrinfo of 'publicsuffix.org'"):
        socket.getaddrinfo("publicsuffix.org", 443)
    assert socket.getaddrinfo("localhost", 443)  # answered from /etc/hosts


@pytest.mark.parametrize("family,host", [(socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1")])
def test_loopback_stays_open(family, host):
    if family == socket.AF_INET6 and not socket.has_ipv6:
        pytest.skip("no IPv6")
    with socket.socket(family) as server:
        try:
            server.bind((host, 0))
        except OSError:
            pytest.skip(f"cannot bind {host}")
        server.listen(1)
        with socket.create_connection(server.getsockname()[:2], timeout=2):
            pass


@pytest.mark.parametrize("event,args,blocked", [
    ("socket.connect", (None, ("10.255.255.1", 80)), True),
    ("socket.connect", (None, ("2001:4860:4860::8888", 53, 0, 0)), True),
    ("socket.connect", (None, ("::ffff:10.0.0.7", 80, 0, 0)), True),
    ("socket.connect", (None, ("example.com", 80)), True),  # connect resolves names itself
    ("socket.sendto", (None, ("8.8.8.8", 53)), True),
    ("socket.getaddrinfo", ("vnexpress.net", 443, 0, 0, 0), True),
    ("socket.gethostbyname", ("pypi.org",), True),
    ("socket.gethostbyaddr", ("8.8.8.8",), True),  # a reverse lookup asks DNS even for a number
    ("socket.connect", (None, ("127.0.0.1", 8080)), False),
    ("socket.connect", (None, ("127.3.4.5", 8080)), False),
    ("socket.connect", (None, ("::1", 8080, 0, 0)), False),
    ("socket.connect", (None, ("::ffff:127.0.0.1", 8080, 0, 0)), False),
    ("socket.connect", (None, ("localhost", 8080)), False),
    ("socket.connect", (None, "/var/run/nscd/socket"), False),  # AF_UNIX
    ("socket.connect", (None, (0, 0)), False),  # AF_NETLINK
    ("socket.getaddrinfo", ("127.0.0.1", 80, 0, 0, 0), False),
    ("socket.getaddrinfo", ("10.255.255.1", 80, 0, 0, 0), False),  # numeric: no lookup
    ("socket.getaddrinfo", (None, 80, 0, 0, 0), False),
    ("socket.gethostbyaddr", ("127.0.0.1",), False),
    ("open", ("/etc/hosts", "r", 0), False),
])
def test_what_the_guard_blocks(event, args, blocked):
    assert (offline.problem(event, args) is not None) == blocked


def test_every_child_process_is_guarded(own_log):
    """Any Python the tests start, not only `vngov` (the dbt child is `python -c ...`)."""
    code = f"import socket; socket.create_connection(({BLOCKED!r}, 9), timeout=1)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0 and "NetworkBlocked" in proc.stderr, proc.stderr
    assert len(offline.violations(own_log)) == 1


def test_without_the_switch_nothing_is_guarded():
    """A live crawl (no VNGOV_OFFLINE) runs with no guard, even with the site dir on the path."""
    env = {k: v for k, v in os.environ.items() if k != offline.ENV}
    code = ("import sys; sys.path.insert(0, 'scrapers'); import vngov.cli, vngov.crawl, "
            "vngov_scrapers.settings; from vngov import offline; print(offline._installed)")
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=120)
    assert proc.stdout.strip() == "False", proc.stderr


# --- what used to reach out -----------------------------------------------------------------------


def _scrapy_settings():
    if str(REPO / "scrapers") not in sys.path:
        sys.path.insert(0, str(REPO / "scrapers"))
    from vngov_scrapers import settings

    return settings


def test_scrapy_cookies_use_the_bundled_public_suffix_list():
    """Scrapy's CookiesMiddleware asks tldextract, which downloaded the list on first use and
    cached it under ~/.cache. Now: the snapshot shipped with tldextract, no cache."""
    _scrapy_settings()
    from scrapy.downloadermiddlewares import cookies

    assert cookies._split_domain.suffix_list_urls == ()
    assert not cookies._split_domain._cache.enabled
    # Under the guard: a download would be blocked and raise here.
    assert cookies._is_public_domain("gov.vn") and not cookies._is_public_domain("chinhphu.vn")
    assert cookies._is_public_domain("blogspot.com")  # private domains still count, as before


def test_scrapy_remote_control_is_off():
    """Scrapy 2.19 serves code execution on loopback per crawler and writes its token under
    ~/.local/state/scrapy; the crawler needs neither."""
    assert _scrapy_settings().REMOTE_CONTROL_ENABLED is False


@pytest.mark.slow
def test_replay_run_stays_on_loopback_and_out_of_home(tmp_path):
    """`vngov run --replay` (crawl, load, dbt, GX, summary) under the guard, with HOME and the XDG
    directories in an empty tmp dir: nothing blocked, nothing written there. The HOME check also
    catches what the guard cannot see, such as DuckDB installing an extension from its C code."""
    user_home = tmp_path / "user"
    user_home.mkdir()
    log = tmp_path / "blocked.log"
    xdg = {f"XDG_{d}_HOME": str(user_home / f".{d.lower()}") for d in ("CACHE", "CONFIG", "DATA",
                                                                         "STATE")}
    run_vngov(tmp_path / "vngov", "run", "--replay", HOME=str(user_home),
              **{offline.LOG_ENV: str(log)}, **xdg)
    assert (tmp_path / "vngov" / "published.duckdb").exists()
    assert offline.violations(log) == []
    assert sorted(p.relative_to(user_home).as_posix() for p in user_home.rglob("*")) == []


def test_duckdb_never_downloads_an_extension(home):
    """DuckDB fetches a missing extension from the network on first use, in C++ code the audit
    hook cannot see: every connection vngov opens turns that off."""
    from vngov.warehouse import connect

    with connect() as con:
        assert con.execute("select current_setting('autoinstall_known_extensions')"
                           ).fetchone() == (False,)
    profile = (Path(__file__).resolve().parent.parent / "dbt_project/profiles.yml").read_text()
    assert "autoinstall_known_extensions: false" in profile
