"""Downloader middlewares for what production sites do to a crawler (registered in settings.py).

- SSRFGuardMiddleware: never fetch an internal address, not even as a redirect hop.
- CookieChallengeMiddleware: pass quochoi.vn's "set a cookie and reload" script page.
- DataLossRetryMiddleware: retry a response cut short, then let the spider reject what is left.

failure_reason() turns a download failure into the one-line reason raw.rejects keeps;
gone_for_good() says whether fetching it again tomorrow could help.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from http import HTTPStatus
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.exceptions import (CannotResolveHostError, DownloadConnectionRefusedError,
                               DownloadTimeoutError, IgnoreRequest, ResponseDataLossError)
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.error import DNSLookupError, TimeoutError as TxTimeoutError
from twisted.internet.threads import deferToThread

from vngov.pages import challenge_cookie


class Refused(IgnoreRequest):
    """A request we decline on purpose; str() is the reject reason, response (if any) its bytes."""

    def __init__(self, reason: str, response=None):
        super().__init__(reason)
        self.reason = reason
        self.response = response

    def __str__(self) -> str:
        return self.reason


# --- SSRF guard ---------------------------------------------------------------------------------------

_LOCAL_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback")


def address_problem(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why a crawler must not connect to ip ("private address", ...), or None if it is public."""
    mapped = getattr(ip, "ipv4_mapped", None)
    if mapped is not None:  # ::ffff:10.0.0.7 is 10.0.0.7
        ip = mapped
    # Most specific first: 240.0.0.0/4 also counts as "private" in Python's tables.
    checks = (("is_loopback", "loopback address"), ("is_link_local", "link-local address"),
              ("is_multicast", "multicast address"), ("is_unspecified", "unspecified address"),
              ("is_reserved", "reserved address"), ("is_private", "private address"))
    for attr, problem in checks:
        if getattr(ip, attr):
            return problem
    if not ip.is_global:  # shared (100.64/10), documentation ranges and the like
        return "non-public address"
    return None


def literal_ip(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address a host name *is* without any DNS: 10.0.0.7, ::1, and the legacy IPv4 forms a
    resolver also accepts (2130706433, 0x7f.1, 127.1)."""
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if re.fullmatch(r"[0-9a-fA-FxX.]+", host) and re.search(r"\d", host):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def url_problem(url: str) -> str | None:
    """Why url must not be fetched, judged from the URL alone (no DNS), or None."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return f"{parts.scheme or 'no'} scheme"
    host = (parts.hostname or "").rstrip(".").lower()
    if not host:
        return "no host"
    if host in _LOCAL_NAMES or host.endswith(".localhost"):
        return "localhost"
    ip = literal_ip(host)
    return address_problem(ip) if ip is not None else None


def _refusal(request: Request, problem: str) -> Refused:
    hop = "redirect to " if request.meta.get("redirect_urls") else ""
    return Refused(f"refused: {hop}{request.url} ({problem}; SSRF guard)")


class SSRFGuardMiddleware:
    """Refuse requests (every redirect hop comes through here too) to internal addresses.

    Literal addresses and localhost are refused from the URL alone. On the live sites a host
    name is also resolved (in a thread, not blocking the reactor) and refused when any address
    it has is not public. Replay mode skips the lookup: the real host names do not resolve
    offline, and the download handler pins them to the replay server anyway. (The connection
    resolves again, so DNS rebinding between the check and the connect is not covered.)
    """

    def __init__(self, crawler):
        self.check_dns = not crawler.settings.get("VNGOV_REPLAY_URL")
        self._resolved: dict[str, str | None] = {}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_request(self, request: Request):
        problem = url_problem(request.url)
        if problem:
            raise _refusal(request, problem)
        if self.check_dns:
            host = urlsplit(request.url).hostname.rstrip(".").lower()
            if literal_ip(host) is None:
                if host not in self._resolved:
                    self._resolved[host] = await maybe_deferred_to_future(
                        deferToThread(_resolved_problem, host))
                if self._resolved[host]:
                    raise _refusal(request, self._resolved[host])
        return None


def _resolved_problem(host: str) -> str | None:
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except OSError:
        return None  # does not resolve: the download fails with its own DNS error
    for *_, sockaddr in infos:
        ip = ipaddress.ip_address(sockaddr[0].split("%", 1)[0])
        problem = address_problem(ip)
        if problem:
            return f"{host} resolves to {ip}, a {problem}"
    return None


# --- quochoi.vn cookie challenge ----------------------------------------------------------------------


class CookieChallengeMiddleware:
    """Set the cookie a challenge page asks for and fetch the page again (at most MAX_TRIES
    times); a page still challenged after that is refused as "cookie challenge not passed".
    vngov.pages.challenge_cookie() recognises the page (a reparse of the archive uses it too)."""

    MAX_TRIES = 2

    def process_response(self, request: Request, response):
        found = challenge_cookie(response.body)
        if found is None:
            return response
        tries = request.meta.get("challenge_tries", 0)
        name, value = found
        if tries >= self.MAX_TRIES:
            raise Refused(f"cookie challenge not passed: still served the {name} script page "
                          f"after setting the cookie {tries} times", response=response)
        # cookies= goes through CookiesMiddleware, so later requests to the host send it too.
        return request.replace(cookies={**_as_dict(request.cookies), name: value}, dont_filter=True,
                               meta={**request.meta, "challenge_tries": tries + 1})


def _as_dict(cookies) -> dict:
    if isinstance(cookies, dict):
        return dict(cookies)
    return {c["name"]: c["value"] for c in cookies or [] if "name" in c}


# --- cut responses ------------------------------------------------------------------------------------


class DataLossRetryMiddleware:
    """DOWNLOAD_FAIL_ON_DATALOSS is off, so a response whose connection closed early arrives
    flagged "dataloss" with the bytes that did come. Retry it like a network error; when the
    retries are spent, pass it on: the spider rejects it as truncated HTML, keeping the bytes."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_response(self, request: Request, response):
        if "dataloss" not in response.flags:
            return response
        retry = get_retry_request(request, spider=self.crawler.spider,
                                  reason="connection closed before the whole body arrived")
        return retry or response


# --- reasons ------------------------------------------------------------------------------------------


def failure_reason(exc: BaseException, request: Request, replay_base: str | None = None) -> str:
    """A readable one-line reason for a failed download (what raw.rejects.reason says)."""
    attempts = request.meta.get("retry_times", 0) + 1
    tried = f" ({attempts} attempts)" if attempts > 1 else ""
    if isinstance(exc, HttpError):
        status = exc.response.status
        phrase = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else ""
        return f"HTTP {status} {phrase}".rstrip() + tried
    if isinstance(exc, Refused):
        return exc.reason
    if isinstance(exc, IgnoreRequest):
        message = str(exc)
        if message == "Forbidden by robots.txt":
            parts = urlsplit(request.url)
            return f"refused: disallowed by {parts.scheme}://{parts.netloc}/robots.txt"
        return f"refused: {message}" if message else "refused"
    if isinstance(exc, (DownloadTimeoutError, TxTimeoutError)):
        timeout = request.meta.get("download_timeout")
        within = f" within {timeout:g} s" if isinstance(timeout, (int, float)) else ""
        return f"timed out: no response{within} (download timeout){tried}"
    if isinstance(exc, ResponseDataLossError):
        return f"connection closed before the whole response arrived (data loss){tried}"
    if isinstance(exc, (CannotResolveHostError, DNSLookupError)):
        return f"DNS lookup failed for {urlsplit(request.url).hostname}{tried}"
    if isinstance(exc, DownloadConnectionRefusedError):
        return f"connection refused by {urlsplit(request.url).netloc}{tried}"
    message = " ".join(str(exc).split()) or repr(exc)
    if replay_base:  # the replay server's address says nothing about the real page
        message = message.replace(replay_base.rstrip("/") + "/", "https://")
    return f"{type(exc).__name__}: {message}{tried}"


# Statuses that say the page is not there and will not be: a later run need not ask again.
GONE_STATUSES = {400, 404, 410, 451}


def gone_for_good(exc: BaseException) -> bool:
    """True for failures a later run would meet again (a 404, robots.txt, a refused redirect);
    False for those worth retrying (timeouts, 5xx, 403/429 blocking, cut connections, a cookie
    challenge not passed)."""
    if isinstance(exc, HttpError):
        return exc.response.status in GONE_STATUSES
    if isinstance(exc, Refused):
        return exc.reason.startswith("refused:")  # the SSRF guard; not a challenge not passed
    return isinstance(exc, IgnoreRequest)  # robots.txt
