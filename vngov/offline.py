"""No network unless crawling live: a guard that refuses any socket beyond loopback.

`install()` adds an audit hook (PEP 578) that raises NetworkBlocked when Python code connects or
sends to an address that is not loopback, or looks up a name other than localhost. It is off
unless asked for: the tests install it in the pytest process, and `child_env()` (VNGOV_OFFLINE=1
plus the sitecustomize in offline_site/ on PYTHONPATH) installs it at startup in every Python
child process, before any library loads: the `vngov` CLI, Scrapy, the dbt child, Airflow.

Each blocked attempt is also printed to stderr and appended to $VNGOV_OFFLINE_LOG, because a
library may catch the error and carry on (dbt's usage tracker swallows every error): the log is
what makes those fail a test. C code that opens its own sockets
(DuckDB's extension download) is out of an audit hook's reach; a write under $HOME is the tell.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import sys
from pathlib import Path

ENV = "VNGOV_OFFLINE"  # "1": install the guard at startup (offline_site/sitecustomize.py)
LOG_ENV = "VNGOV_OFFLINE_LOG"  # file each blocked attempt is appended to
SITE_DIR = Path(__file__).resolve().parent / "offline_site"

LOCAL_NAMES = frozenset({"localhost", "localhost.", "ip6-localhost", "ip6-loopback"})
# Audit events (docs.python.org/3/library/audit_events.html): the peer is args[1] for these...
_SEND_EVENTS = frozenset({"socket.connect", "socket.sendto", "socket.sendmsg"})
# ...and args[0] for the name lookups; the reverse ones look up even a numeric address.
_LOOKUP_EVENTS = frozenset({"socket.getaddrinfo", "socket.gethostbyname"})
_REVERSE_EVENTS = frozenset({"socket.gethostbyaddr", "socket.getnameinfo"})
_EVENTS = _SEND_EVENTS | _LOOKUP_EVENTS | _REVERSE_EVENTS

_installed = False


class NetworkBlocked(RuntimeError):
    """Not an OSError on purpose: code that treats OSError as "offline, carry on" must not
    quietly absorb a broken rule."""


def _ip(host):
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None


def is_local_host(host) -> bool:
    """True for what stays on this machine: loopback addresses, localhost, this machine's own
    name, and no host at all (getaddrinfo(None, port) is the wildcard for a server socket)."""
    if host is None or host in ("", b""):
        return True
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    host = host.strip("[]").split("%", 1)[0].lower()  # [::1] and fe80::1%eth0 forms
    if host in LOCAL_NAMES or host == _own_name():
        return True
    ip = _ip(host)
    mapped = getattr(ip, "ipv4_mapped", None)  # ::ffff:127.0.0.1
    return bool(ip and ip.is_loopback or mapped and mapped.is_loopback)


def _own_name() -> str:
    # Airflow asks socket.getfqdn() for it: answered from /etc/hosts, and whatever address it
    # gives is still checked at connect.
    return socket.gethostname().lower()


def problem(event: str, args: tuple) -> str | None:
    """Why this audit event breaks the rule, or None when it stays local."""
    if event in _SEND_EVENTS:
        address = args[1]
        # AF_UNIX paths (str/bytes) and AF_NETLINK (pid, groups) never leave the machine;
        # AF_INET/AF_INET6 addresses are (host, port, ...).
        if not isinstance(address, tuple) or not address or not isinstance(address[0], str):
            return None
        if is_local_host(address[0]):
            return None
        return f"{event} to {address[0]} port {address[1] if len(address) > 1 else '?'}"
    if event in _LOOKUP_EVENTS or event in _REVERSE_EVENTS:
        host = args[0]
        if isinstance(host, tuple):  # getnameinfo((host, port), flags)
            host = host[0] if host else None
        if isinstance(host, bytes):
            host = host.decode("ascii", "replace")
        if is_local_host(host):
            return None
        if event in _LOOKUP_EVENTS and isinstance(host, str) and _ip(host):
            return None  # a numeric address needs no lookup; the connect is checked
        return f"{event} of {host!r}"
    return None


def _hook(event: str, args: tuple) -> None:
    # Called for every audited operation in the process (each open, import, exec): stay cheap.
    if event not in _EVENTS:
        return
    why = problem(event, args)
    if why is None:
        return
    command = " ".join(getattr(sys, "argv", [])).replace("\n", " ")[:200]
    message = f"vngov offline guard: blocked {why} (pid {os.getpid()}: {command})"
    if sys.stderr is not None:
        print(message, file=sys.stderr, flush=True)
    log = os.environ.get(LOG_ENV)
    if log:
        with open(log, "a", encoding="utf-8") as f:
            f.write(message + "\n")
    raise NetworkBlocked(message)


def install() -> None:
    """Install the guard in this process (for good: audit hooks cannot be removed)."""
    global _installed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True


def install_if_requested() -> None:
    if os.environ.get(ENV) == "1":
        install()


def child_env(env: dict, log: Path | str | None = None) -> dict:
    """env with the guard switched on for every Python process started with it."""
    env = dict(env)
    env[ENV] = "1"
    paths = [str(SITE_DIR)] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep)
                               if p and p != str(SITE_DIR)]
    env["PYTHONPATH"] = os.pathsep.join(paths)
    if log is not None:
        env[LOG_ENV] = str(log)
    return env


def violations(log: Path | str | None = None) -> list[str]:
    """The blocked attempts recorded so far in log (default $VNGOV_OFFLINE_LOG)."""
    log = log or os.environ.get(LOG_ENV)
    if not log or not Path(log).exists():
        return []
    return Path(log).read_text(encoding="utf-8").splitlines()
