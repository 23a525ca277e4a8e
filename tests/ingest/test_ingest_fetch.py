"""Hostile servers and URLs, against servers on 127.0.0.1 that each test starts itself."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from briefing.ingest import Limits, ingest
from briefing.ingest import fetch as fetch_module
from briefing.ingest.fetch import FetchError
from briefing.ingest.limits import Share, in_slot, shared

PAGE = (
    b"<html><head><title>Ferry terminal approved</title></head><body><article>"
    b"<p>The harbour authority approved a new ferry terminal on Monday after a long public "
    b"consultation, its chair said.</p></article></body></html>"
)
SERVE_AT_MOST = 8.0  # seconds a trickling handler keeps going if the client never hangs up


def local(**kwargs: object) -> Limits:
    """Loopback is refused by default; these tests serve from it, so they allow it."""
    # 30 s, not 5: under a loaded machine (8 builds on 2 cores) six redirects took over 5 s;
    # tests of the timeout itself pass their own, smaller value.
    kwargs.setdefault("fetch_timeout", 30.0)
    return Limits(allow_private_addresses=True, **kwargs)  # type: ignore[arg-type]


@contextmanager
def serve(routes: dict[str, Callable[[BaseHTTPRequestHandler], None]]) -> Iterator[str]:
    """An HTTP server on 127.0.0.1; ``routes`` map a path to a handler body."""

    class Handler(BaseHTTPRequestHandler):
        seen: list[str] = []

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            Handler.seen.append(self.path)
            route = routes.get(self.path.split("?")[0])
            if route is None:
                self.send_error(404)
                return
            # OSError: the client hung up, which is what a cut-off looks like from here
            with contextlib.suppress(OSError):
                route(self)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
    serve.seen = Handler.seen  # type: ignore[attr-defined]


def page(h: BaseHTTPRequestHandler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", str(len(PAGE)))
    h.end_headers()
    h.wfile.write(PAGE)


def redirect(to: str) -> Callable[[BaseHTTPRequestHandler], None]:
    def handler(h: BaseHTTPRequestHandler) -> None:
        h.send_response(302)
        h.send_header("Location", to)
        h.send_header("Content-Length", "0")
        h.end_headers()

    return handler


def trickle(h: BaseHTTPRequestHandler) -> None:
    """Headers at once, then one byte every 0.2 s: every read succeeds, none times out."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.end_headers()
    started = time.monotonic()
    while time.monotonic() - started < SERVE_AT_MOST:
        h.wfile.write(b" ")
        h.wfile.flush()
        time.sleep(0.2)


def trickle_headers(h: BaseHTTPRequestHandler) -> None:
    """The status line and headers themselves, a byte at a time."""
    started = time.monotonic()
    h.wfile.write(b"HTTP/1.1 200 OK\r\n")
    while time.monotonic() - started < SERVE_AT_MOST:
        h.wfile.write(b"X")
        h.wfile.flush()
        time.sleep(0.2)


@contextmanager
def silent_servers(n: int) -> Iterator[list[str]]:
    """Servers that accept connections (the kernel's backlog) and never answer."""
    socks = []
    for _ in range(n):
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        s.listen(8)
        socks.append(s)
    try:
        yield [f"http://127.0.0.1:{s.getsockname()[1]}/story.html" for s in socks]
    finally:
        for s in socks:
            s.close()


def timed(locations: list[str], limits: Limits) -> tuple[float, list[str]]:
    started = time.monotonic()
    result = ingest(locations, limits=limits)
    return time.monotonic() - started, [s.reason for s in result.skipped]


# --------------------------------------------------------------------------- time


@pytest.mark.parametrize("handler", [trickle, trickle_headers])
def test_a_trickling_server_is_cut_off_at_the_total_deadline(handler) -> None:
    with serve({"/slow.html": handler}) as base:
        seconds, reasons = timed([f"{base}/slow.html"], local(fetch_timeout=1.0))
    assert reasons == ["timed out after 1 s"]
    assert seconds < 3.0


def test_silent_servers_are_waited_for_at_the_same_time() -> None:
    with silent_servers(6) as urls:
        seconds, reasons = timed(urls, local(fetch_timeout=2.0))
    assert reasons == ["timed out after 2 s"] * 6
    # One after the other would take 12 s; at once 2 s, and 4 s on a machine at load 20
    # (2 cores), where a bound of 3 s with 1 s deadlines once failed.
    assert seconds < 8.0


def test_the_whole_ingest_has_a_fetch_budget() -> None:
    with silent_servers(12) as urls:
        seconds, reasons = timed(urls, local(fetch_timeout=30.0, fetch_budget=1.0))
    assert len(reasons) == 12
    assert all("timed out" in r or "fetch budget of 1 s was used up" in r for r in reasons)
    assert seconds < 4.0


def test_a_hung_name_lookup_ends_at_the_deadline(monkeypatch) -> None:
    """getaddrinfo has no timeout: the lookup runs in a daemon thread that is abandoned at the
    deadline (it ends when the resolver gives up; it never keeps the process alive)."""
    release = threading.Event()

    def hung(*args, **kwargs):
        release.wait(10)
        raise socket.gaierror("resolver gave up")

    monkeypatch.setattr(socket, "getaddrinfo", hung)
    before = set(threading.enumerate())
    try:
        seconds, reasons = timed(["http://slow-dns.example/story"], Limits(fetch_timeout=0.5))
        left = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    finally:
        release.set()
    assert reasons == ["timed out looking up the host name"]
    assert seconds < 2.0
    assert left and all(t.daemon for t in left)


# --------------------------------------------------------------------------- addresses


@pytest.mark.parametrize(
    "url",
    [
        "http://169.254.169.254/latest/meta-data/",  # cloud metadata (link-local)
        "http://10.1.2.3/",
        "http://192.168.0.1/admin",
        "http://172.16.0.1/",
        "http://100.64.0.1/",  # carrier-grade NAT
        "http://0.0.0.0/",
        "http://224.0.0.1/",  # multicast
        "http://240.0.0.1/",  # reserved
        "http://[::1]/",
        "http://[fe80::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://localhost/",
    ],
)
def test_private_addresses_are_refused_by_default(url: str) -> None:
    seconds, reasons = timed([url], Limits(fetch_timeout=2.0))
    assert len(reasons) == 1 and reasons[0].startswith("refused: ")
    assert "allow_private_addresses" in reasons[0]
    assert seconds < 1.0  # refused before any connection is tried


@pytest.mark.parametrize("url", ["http://10.1.2.3/", "http://[fe80::1]/", "http://[::1]:8080/"])
def test_an_address_needs_no_name_lookup(monkeypatch, url: str) -> None:
    """The resolver runs in a thread that a loaded machine (load 15 on 2 cores) did not
    run within 2 s, so "[fe80::1]" was once skipped as a lookup timeout, not refused."""

    def no_lookup(*args, **kwargs):
        raise AssertionError("an address was looked up")

    monkeypatch.setattr(socket, "getaddrinfo", no_lookup)
    _, reasons = timed([url], Limits(fetch_timeout=2.0))
    assert len(reasons) == 1 and reasons[0].startswith("refused: ")


def test_loopback_server_is_not_contacted_unless_allowed() -> None:
    with serve({"/page.html": page}) as base:
        refused = ingest([f"{base}/page.html"])
        allowed = ingest([f"{base}/page.html"], limits=local())
    assert [s.reason.split(" is ")[0] for s in refused.skipped] == ["refused: 127.0.0.1"]
    assert [d.title for d in allowed.documents] == ["Ferry terminal approved"]
    assert serve.seen == ["/page.html"]  # type: ignore[attr-defined]  # only the allowed one


def test_the_resolved_address_is_checked_not_the_name(monkeypatch) -> None:
    real = socket.getaddrinfo

    def fake(host, *args, **kwargs):  # a public-looking name that resolves to metadata
        if host == "news.example.com":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("169.254.169.254", 80))]
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", fake)
    _, reasons = timed(["http://news.example.com/story"], Limits(fetch_timeout=2.0))
    assert reasons == [
        "refused: news.example.com is a private address (169.254.169.254); "
        "set allow_private_addresses = true in briefing.toml to allow it"
    ]


def test_every_redirect_hop_is_checked(monkeypatch) -> None:
    # 127.0.0.1 stands in for a public server here; the hop to 127.0.0.2 must still be refused.
    monkeypatch.setattr(fetch_module, "_public", lambda address: address == "127.0.0.1")
    with serve({"/r": redirect("http://127.0.0.2:9/internal")}) as base:
        _, reasons = timed([f"{base}/r"], Limits(fetch_timeout=2.0))
    assert reasons[0].startswith("refused: 127.0.0.2 is a private address")


@pytest.mark.parametrize("target", ["ftp://127.0.0.1/file.txt", "file:///etc/passwd"])
def test_redirects_to_other_schemes_are_refused(target: str) -> None:
    with serve({"/r": redirect(target)}) as base:
        _, reasons = timed([f"{base}/r"], local())
    assert reasons == [f"refused: {target.split(':')[0]} URL {target} (only http and https)"]


def test_redirects_are_limited() -> None:
    with serve(
        {"/loop": redirect("/loop"), "/ok": redirect("/page.html"), "/page.html": page}
    ) as base:
        result = ingest([f"{base}/loop", f"{base}/ok"], limits=local())
    assert [s.reason for s in result.skipped] == ["more than 5 redirects"]
    assert [d.location for d in result.documents] == [f"{base}/ok"]


@pytest.mark.parametrize("variable", ["http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"])
def test_proxy_variables_are_ignored(monkeypatch, variable: str) -> None:
    """README Limits: a proxy would resolve names itself, past the private-address check, so
    every URL is fetched directly, whatever the environment says."""
    with serve({}) as proxy, serve({"/page.html": page}) as base:
        monkeypatch.setenv(variable, proxy)
        monkeypatch.setenv(variable.replace("http", "https").replace("all", "https"), proxy)
        result = ingest([f"{base}/page.html"], limits=local())
    assert [d.title for d in result.documents] == ["Ferry terminal approved"]
    assert serve.seen == []  # type: ignore[attr-defined]  # the proxy (exited last) saw nothing


# --------------------------------------------------------------------------- size


def big(declared: bool, word: bytes = b"word ") -> Callable[[BaseHTTPRequestHandler], None]:
    def handler(h: BaseHTTPRequestHandler) -> None:
        body = b"<p>" + word * (3_000_000 // len(word)) + b"</p>"  # 3 MB
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        if declared:
            h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    return handler


@pytest.mark.parametrize("declared", [True, False])
def test_responses_over_the_size_cap_are_skipped(declared: bool) -> None:
    with serve({"/big.html": big(declared)}) as base:
        _, reasons = timed([f"{base}/big.html"], local(max_source_mb=1))
    assert reasons == ["larger than 1 MB (max_source_mb)"]


def test_all_requests_of_a_build_share_a_download_budget() -> None:
    """Every fetched page is held until the brief is built: a feed of 1,000 entries linking
    to 20 MB pages would hold 20 GB. Four 3 MB pages against a 7 MB budget: two fit."""
    routes = {f"/big{n}.html": big(True) for n in range(4)}
    with serve(routes) as base:
        urls = [f"{base}/big{n}.html" for n in range(4)]
        result = ingest(urls, limits=local(max_download_mb=7))
    spent = "not fetched: the download budget of 7 MB was used up (max_download_mb)"
    reasons = [s.reason for s in result.skipped]
    assert reasons.count(spent) >= 2  # 12 MB asked for, at most 7 MB read
    assert len(result.documents) + len(reasons) == 4


def test_a_spent_feed_share_refuses_before_connecting() -> None:
    """Once a feed's MAX_FEED_BYTES are spent, each of its remaining entries still connected
    and read a 64 KB chunk, charged to the build's download budget before the share refused."""
    asked: list[str] = []

    def entry(h: BaseHTTPRequestHandler) -> None:
        asked.append(h.path)
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.end_headers()
        h.wfile.write(b"<p>The council met on Monday.</p>" * 100)

    limits = local()
    share = Share(1000, 60.0, "MAX_FEED_BYTES", "FEED_FETCH_SECONDS")
    with serve({"/entry.html": entry}) as base, shared(share):
        assert share.download(0, 1000)  # the pages before this one used the share up
        with pytest.raises(FetchError) as refused, in_slot(1):
            fetch_module.fetch(f"{base}/entry.html", limits)
    assert str(refused.value) == share.bytes_reason()
    assert asked == []
    assert limits.downloaded == 0


def slow_page(h: BaseHTTPRequestHandler) -> None:
    time.sleep(0.5)  # the first entry's server answers last
    page(h)


def test_a_slow_first_entry_never_makes_a_feed_hold_more_than_its_share() -> None:
    """Each page was checked against the bytes of the pages before it *so far*: with the
    first server slow, the second and third pages (0 bytes before them) were kept whole, and
    when the first arrived the feed held three pages against a share of two and a half
    (up to about twice the share). The later page, refused in the end anyway, is let go."""
    routes = {"/p0.html": slow_page} | {f"/p{n}.html": page for n in range(1, 5)}
    share = Share(int(2.5 * len(PAGE)), 60.0, "MAX_FEED_BYTES", "FEED_FETCH_SECONDS")
    with serve(routes) as base, shared(share):
        fetched = fetch_module.fetch_all([f"{base}/p{n}.html" for n in range(5)], local())
    held = [len(page.data) for page in fetched if isinstance(page, fetch_module.Fetched)]
    assert sum(held) <= share.max_bytes
    assert held[:2] == [len(PAGE), len(PAGE)]  # the first two, in the feed's order
    assert share.first_over() == 2


def slow(handler: Callable[[BaseHTTPRequestHandler], None]) -> Callable[..., None]:
    def answer_late(h: BaseHTTPRequestHandler) -> None:
        time.sleep(0.5)
        handler(h)

    return answer_late


@pytest.mark.parametrize("late", [(), (0, 1)])
def test_the_download_budget_goes_to_the_first_sources_whatever_order_they_arrive_in(
    late: tuple[int, ...],
) -> None:
    """The build's max_download_mb went to whichever pages arrived first: with the first
    two servers slow, the third and fourth pages took the budget and the first two were
    refused. Four 3 MB pages against 7 MB: the first two in the order given are kept."""
    routes = {f"/big{n}.html": slow(big(True)) if n in late else big(True) for n in range(4)}
    with serve(routes) as base:
        urls = [f"{base}/big{n}.html" for n in range(4)]
        result = ingest(urls, limits=local(max_download_mb=7))
    spent = "not fetched: the download budget of 7 MB was used up (max_download_mb)"
    refused = [s.location.rpartition("/")[2] for s in result.skipped if s.reason == spent]
    assert refused == ["big2.html", "big3.html"]


def test_feeds_read_in_both_halves_of_a_forked_read_share_one_download_budget(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large folder is read half in a forked process, which had its own copy of the
    download budget: saved feeds in both halves each fetched up to max_download_mb (twice
    the budget held, and not the entries one process keeps). Two feeds of two 3 MB pages
    against 7 MB: the first feed's pages are kept, the second's refused, either way."""
    import briefing.ingest as ingest_module

    monkeypatch.setattr(ingest_module, "FORK_MIN_FILES", 2)
    with serve({f"/big{n}.html": big(True, f"word{n} ".encode()) for n in range(4)}) as base:
        for name, pages in (("a.rss", (0, 1)), ("z.rss", (2, 3))):
            items = "".join(
                f"<item><title>Story {n}</title><link>{base}/big{n}.html</link></item>"
                for n in pages
            )
            (tmp_path / name).write_text(
                f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
                f"{items}</channel></rss>",
                encoding="utf-8",
            )
        for n in range(4):  # files between them, so that the halves split the feeds
            (tmp_path / f"m{n}.txt").write_text(f"Note {n}.", encoding="utf-8")
        runs = [
            ingest([str(tmp_path)], limits=local(max_download_mb=7), processes=processes)
            for processes in (1, 2)
        ]
    alone, forked = ([s.reason for s in run.skipped if "big" in s.location] for run in runs)
    assert forked == alone
    assert sum("download budget of 7 MB" in reason for reason in alone) == 2
