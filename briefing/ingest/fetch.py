"""HTTP(S) GET for untrusted URLs: a total deadline, a size cap, checked redirects.

urllib's own ``urlopen`` times out per read only (a server that sends one byte every two
seconds was never cut off), follows redirects to any scheme and any address, and reads
whatever the server sends. Here each request:

* resolves the host once and refuses it when any address it resolves to is loopback,
  private, link-local (169.254.169.254, cloud metadata), multicast, reserved or
  unspecified, unless ``allow_private_addresses`` is set; it then connects to the address
  it checked, so the name cannot resolve differently between check and connection;
* follows at most ``max_redirects`` redirects, each hop checked the same way, and only to
  http or https;
* reads the body in chunks and stops past ``max_source_mb``, or once the build's requests
  together pass ``max_download_mb`` (all fetched pages are held at once): the budget goes
  to the first URLs in the order given, whichever server answers first (``limits.Share``);
* ends at ``fetch_timeout`` seconds (a watchdog shuts the socket down, whatever the
  server does) and never starts after the ingest's ``fetch_budget`` is used up.

``fetch_all`` fetches many URLs at once in a bounded thread pool.
"""

from __future__ import annotations

import contextlib
import contextvars
import http.client
import ipaddress
import socket
import ssl
import threading
import time
import urllib.parse
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from briefing import __version__
from briefing.ingest.limits import (
    FETCH_WORKERS,
    Limits,
    current,
    current_round,
    current_share,
    current_shares,
    current_slot,
    in_round,
    in_slot,
)

USER_AGENT = f"briefing/{__version__} (policy-brief builder; +https://pypi.org/project/briefing)"
_REDIRECTS = {301, 302, 303, 307, 308}
_CHUNK = 64 * 1024
_ALLOW_HINT = "set allow_private_addresses = true in briefing.toml to allow it"


class FetchError(Exception):
    """The URL could not be fetched; ``str(exc)`` is the reason shown to the user."""


@dataclass
class Fetched:
    url: str  # final URL after redirects
    data: bytes
    content_type: str


def fetch(url: str, limits: Limits | None = None) -> Fetched:
    """GET ``url``; raise ``FetchError`` with "HTTP 404", "timed out ...", "refused ..."."""
    limits = limits or current()
    share = current_share()
    now = time.monotonic()
    if now >= limits.deadline:
        raise FetchError(f"not fetched: the fetch budget of {limits.fetch_budget:g} s was used up")
    if share is not None and now >= share.deadline:
        raise FetchError(share.time_reason())
    for spent in current_shares():
        if spent.spent_before(current_slot()):  # no connection, no charge
            raise FetchError(spent.bytes_reason())
    deadline = min(now + limits.fetch_timeout, limits.deadline)
    if share is not None:
        deadline = min(deadline, share.deadline)
    for _ in range(limits.max_redirects + 1):
        fetched = _get(url, limits, deadline)
        if isinstance(fetched, Fetched):
            return fetched
        url = fetched  # a redirect: the next hop is checked like the first
    raise FetchError(f"more than {limits.max_redirects} redirects")


def fetch_all(urls: Sequence[str], limits: Limits | None = None) -> list[Fetched | FetchError]:
    """``fetch`` every URL, ``FETCH_WORKERS`` at a time; failures come back as exceptions."""
    limits = limits or current()

    def one(slot: int, url: str) -> Fetched | FetchError:
        try:
            with in_slot(slot):  # the URL's place in a share's order (limits.Share)
                fetched = fetch(url, limits)
        except FetchError as exc:
            return exc
        for share in current_shares():
            if not share.hold(slot, lambda: setattr(fetched, "data", b"")):
                return FetchError(share.bytes_reason())  # cut off as it ended
        return fetched

    budget = limits.round()
    with in_round(budget):
        if len(urls) <= 1:
            fetched = [one(n, u) for n, u in enumerate(urls)]
        else:
            context = contextvars.copy_context()
            with ThreadPoolExecutor(min(FETCH_WORKERS, len(urls))) as pool:
                fetched = list(pool.map(lambda nu: context.copy().run(one, *nu), enumerate(urls)))
    over = limits.end_round(budget)  # in the order given, whatever order downloads ended in
    if over is not None:
        fetched[over:] = [
            FetchError(budget.bytes_reason()) if isinstance(page, Fetched) else page
            for page in fetched[over:]
        ]
    return fetched


def _get(url: str, limits: Limits, deadline: float) -> Fetched | str:
    """One request: the response, or the URL a redirect points to."""
    parts = urllib.parse.urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in {"http", "https"}:
        raise FetchError(f"refused: {scheme or 'relative'} URL {url} (only http and https)")
    try:
        host, port = parts.hostname, parts.port or (443 if scheme == "https" else 80)
    except ValueError:
        raise FetchError("could not fetch (bad port in URL)") from None
    if not host:
        raise FetchError("could not fetch (no host in URL)")
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        raise FetchError("could not fetch (bad host name)") from None
    addresses = _resolve(host, port, deadline)
    if not limits.allow_private_addresses:
        for address in addresses:
            if not _public(address):
                raise FetchError(f"refused: {host} is a private address ({address}); {_ALLOW_HINT}")
    conn = _Connection(scheme, host, port, addresses, deadline)
    watchdog = threading.Timer(max(0.0, deadline - time.monotonic()), conn.expire)
    watchdog.daemon = True
    watchdog.start()
    try:
        path = urllib.parse.quote(parts.path or "/", safe="/%;:@&=+$,!~*'()")
        path += (
            f"?{urllib.parse.quote(parts.query, safe='/%;:@&=+$,!~*()?')}" if parts.query else ""
        )
        conn.request("GET", path, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
        response = conn.getresponse()
        if response.status in _REDIRECTS:
            location = response.getheader("Location")
            if not location:
                raise FetchError(f"HTTP {response.status} without a Location")
            return urllib.parse.urljoin(url, location.strip())
        if response.status >= 300:
            raise FetchError(f"HTTP {response.status}")
        data = _read_body(response, conn, limits)
        return Fetched(url, data, response.getheader("Content-Type", "") or "")
    except FetchError:
        raise
    except (OSError, http.client.HTTPException, ValueError) as exc:
        if conn.expired or isinstance(exc, TimeoutError):
            share = current_share()
            if share is not None and time.monotonic() >= share.deadline:
                raise FetchError(share.time_reason()) from None
            raise FetchError(f"timed out after {limits.fetch_timeout:g} s") from None
        raise FetchError(f"could not fetch ({exc or type(exc).__name__})") from None
    finally:
        watchdog.cancel()
        conn.close()


def _read_body(response: http.client.HTTPResponse, conn: _Connection, limits: Limits) -> bytes:
    cap = limits.max_source_bytes
    declared = response.getheader("Content-Length", "")
    if declared.isdigit() and int(declared) > cap:
        raise FetchError(f"larger than {limits.max_source_mb:g} MB (max_source_mb)")
    chunks: list[bytes] = []
    shares = current_shares()  # they may let go of the chunks read so far (limits.Share)
    for share in shares:
        if not share.hold(current_slot(), chunks.clear):
            raise FetchError(share.bytes_reason())
    budgeted = current_round() is not None  # else the budget is counted as bytes arrive
    size = 0
    while True:
        conn.tick()
        chunk = response.read1(_CHUNK)
        if conn.expired:
            raise TimeoutError
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > cap:
            raise FetchError(f"larger than {limits.max_source_mb:g} MB (max_source_mb)")
        for share in shares:
            if not share.download(current_slot(), len(chunk)):
                raise FetchError(share.bytes_reason())
        if not limits.download(len(chunk)) and not budgeted:
            raise FetchError(
                f"not fetched: the download budget of {limits.max_download_mb:g} MB was used "
                "up (max_download_mb)"
            )
        chunks.append(chunk)


def _resolve(host: str, port: int, deadline: float) -> list[str]:
    """The addresses of ``host``; the lookup may not outlast the deadline."""
    try:  # an address is its own answer: no resolver thread to wait for on a busy machine
        ipaddress.ip_address(host.split("%", 1)[0])
        return [host]
    except ValueError:
        pass
    found: list[object] = []

    def lookup() -> None:
        try:
            found.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except (OSError, UnicodeError) as exc:
            found.append(exc)

    thread = threading.Thread(target=lookup, daemon=True)  # getaddrinfo has no timeout
    thread.start()
    thread.join(max(0.0, deadline - time.monotonic()))
    if not found:
        raise FetchError("timed out looking up the host name")
    result = found[0]
    if isinstance(result, Exception):
        raise FetchError(f"could not fetch ({result})")
    addresses = list(dict.fromkeys(str(info[4][0]) for info in result))  # type: ignore[attr-defined]
    if not addresses:
        raise FetchError("could not fetch (host has no address)")
    return addresses


def _public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


class _Connection(http.client.HTTPSConnection):
    """Connects to the checked addresses (not a fresh lookup), TLS verified for ``host``."""

    def __init__(
        self, scheme: str, host: str, port: int, addresses: list[str], deadline: float
    ) -> None:
        super().__init__(host, port, timeout=max(0.01, deadline - time.monotonic()))
        self._tls = scheme == "https"
        self._addresses = addresses
        self._deadline = deadline
        self._raw: socket.socket | None = None
        self.expired = False

    def connect(self) -> None:
        error: OSError | None = None
        for address in self._addresses:
            try:
                self._raw = socket.create_connection((address, self.port), self._remaining())
                break
            except OSError as exc:
                error = exc
        if self._raw is None:
            raise error or OSError("no address to connect to")
        self.sock = self._raw
        if self.expired:  # the watchdog fired while connecting
            raise TimeoutError
        if self._tls:
            context = ssl.create_default_context()
            self.sock = self._raw = context.wrap_socket(self._raw, server_hostname=self.host)

    def tick(self) -> None:
        """Before each read: never wait past the deadline for the next bytes."""
        if self._raw is not None:
            self._raw.settimeout(self._remaining())

    def expire(self) -> None:
        """The deadline passed: unblock whatever read or handshake is in progress."""
        self.expired = True
        if self._raw is not None:
            # the plain socket's shutdown, also under TLS: the reader sees end of file
            with contextlib.suppress(OSError):
                socket.socket.shutdown(self._raw, socket.SHUT_RDWR)

    def _remaining(self) -> float:
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError
        return remaining
