"""URLs, feeds and link files against a local HTTP server on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from briefing.ingest import Limits, ingest
from briefing.ingest.web import USER_AGENT


# The test servers listen on loopback, which builds refuse unless the config allows it.
def local(timeout: float = 5) -> Limits:
    return Limits(fetch_timeout=timeout, allow_private_addresses=True)


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"

ARTICLE_B = """<html><head><title>Second story | Example</title></head><body><article>
<h1>Second story</h1>
<p>The regional airport will add four new routes this summer, its operator said on
Wednesday, after passenger numbers recovered faster than expected.</p>
<p>The new routes include two to southern Europe and one to North Africa.</p>
</article></body></html>"""

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<title>Example Wire</title><link>{base}/</link><description>News</description>
<item><title>Ferry terminal approved</title><link>{base}/page.html</link>
<pubDate>Sun, 14 Mar 2021 08:00:00 GMT</pubDate></item>
<item><title>Airport adds routes</title><link>{base}/b.html</link>
<pubDate>Tue, 16 Mar 2021 09:30:00 GMT</pubDate></item>
<item><title>Gone story</title><link>{base}/missing.html</link>
<description>&lt;p&gt;The summary of a story whose page has gone says that the bridge will
close for repairs for three weeks from next Monday.&lt;/p&gt;</description>
<pubDate>Wed, 17 Mar 2021 10:00:00 GMT</pubDate></item>
<item><title>Empty</title><link>{base}/missing2.html</link></item>
</channel></rss>"""


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes]] = {}
    agents: list[str] = []
    delays: dict[str, float] = {}  # path -> seconds before answering

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self.agents.append(self.headers.get("User-Agent", ""))
        time.sleep(self.delays.get(self.path, 0.0))
        status, ctype, body = self.routes.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass


@pytest.fixture()
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    _Handler.agents = []
    _Handler.delays = {}
    _Handler.routes = {
        "/page.html": (200, "text/html; charset=utf-8", (FIXTURES / "page.html").read_bytes()),
        "/b.html": (200, "text/html", ARTICLE_B.encode()),
        "/feed.xml": (200, "application/rss+xml", FEED.format(base=base).encode()),
        "/feed-generic": (200, "text/xml", FEED.format(base=base).encode()),
        "/empty.html": (200, "text/html", b"<html><body><nav>Menu</nav></body></html>"),
    }
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield base
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def test_url_page_read_with_trafilatura(server):
    result = ingest([f"{server}/page.html"], limits=local(5))
    assert result.skipped == []
    (doc,) = result.documents
    assert doc.kind == "url"
    assert doc.location == f"{server}/page.html"
    assert doc.title == "Harbour authority approves new ferry terminal"
    assert doc.date == dt.date(2021, 3, 14)
    assert "Share this article" not in doc.text
    assert _Handler.agents == [USER_AGENT]


def test_failing_urls_are_skipped_with_reason(server):
    result = ingest([f"{server}/nothing-here", f"{server}/empty.html"], limits=local(5))
    assert result.documents == []
    assert [s.reason for s in result.skipped] == ["HTTP 404", "no article text found"]


def test_unreachable_url_is_skipped():
    # port 9 on loopback: nothing listens, the connection is refused at once
    result = ingest(["http://127.0.0.1:9/x"], limits=local(2))
    assert result.skipped[0].reason.startswith("could not fetch")


@pytest.mark.parametrize("path", ["/feed.xml", "/feed-generic"])
def test_feed_one_document_per_entry(server, path):
    result = ingest([server + path], limits=local(5))
    docs = result.documents
    assert [d.title for d in docs] == [
        "Ferry terminal approved",
        "Airport adds routes",
        "Gone story",
    ]
    assert all(d.kind == "feed" and d.outlet == "Example Wire" for d in docs)
    assert [d.date for d in docs] == [
        dt.date(2021, 3, 14),
        dt.date(2021, 3, 16),
        dt.date(2021, 3, 17),
    ]
    assert docs[0].location == f"{server}/page.html"
    assert docs[1].text.startswith("The regional airport will add four new routes")
    # the page is gone, so the entry's summary stands in
    assert docs[2].text.startswith("The summary of a story whose page has gone")
    assert [(s.location, s.reason) for s in result.skipped] == [
        (f"{server}/missing2.html", "HTTP 404; no summary in feed")
    ]


def test_link_files(server, tmp_path):
    (tmp_path / "a.url").write_text(f"[InternetShortcut]\nURL={server}/b.html\n")
    (tmp_path / "b.urls").write_text(
        f"# reading list\n{server}/page.html\n\nnot a link, ignored\n{server}/gone\n"
    )
    (tmp_path / "links.txt").write_text(f"{server}/b.html\n")  # same page again
    result = ingest([str(tmp_path)], limits=local(5))
    assert [d.location for d in result.documents] == [f"{server}/b.html", f"{server}/page.html"]
    assert [(s.location, s.reason) for s in result.skipped] == [
        (f"{server}/gone", "HTTP 404"),
        (f"{server}/b.html", f"duplicate of {server}/b.html"),
    ]


def test_a_feed_is_read_up_to_its_entry_cap(tmp_path, monkeypatch):
    """A feed of 100,000 entries made 100,000 articles (15 MB, under the size cap): only
    the first MAX_FEED_ENTRIES are read, with a warning."""
    from briefing.ingest import web

    monkeypatch.setattr(web, "MAX_FEED_ENTRIES", 3)
    items = "".join(
        f"<item><title>Story {n}</title><description>The council met on day {n} to vote "
        f"on the new harbour toll for lorries.</description></item>"
        for n in range(10)
    )
    (tmp_path / "wire.rss").write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}'
        "</channel></rss>"
    )
    result = ingest([str(tmp_path)], limits=local(5))
    assert [d.title for d in result.documents] == ["Story 0", "Story 1", "Story 2"]
    assert result.warnings == [
        "wire.rss: only the first 3 of 10 entries were read (MAX_FEED_ENTRIES)"
    ]


def _feed(items: str) -> bytes:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        f"{items}</channel></rss>"
    ).encode()


def test_a_long_feed_is_cut_after_its_entry_cap_before_parsing(monkeypatch):
    """feedparser takes ~35 us an element: 20,000 entries (3.3 MB) took 7.9 CPU s and
    100,000 about 25 s, though only MAX_FEED_ENTRIES are read; it now sees only those."""
    import feedparser

    from briefing.ingest import web

    monkeypatch.setattr(web, "MAX_FEED_ENTRIES", 2)
    seen: list[bytes] = []
    parse = feedparser.parse
    monkeypatch.setattr(feedparser, "parse", lambda data: seen.append(data) or parse(data))
    items = "".join(
        f"<item><title>Story {n}</title><description>The council met on day {n} to vote "
        f"on the new harbour toll for lorries.</description></ITEM >"
        for n in range(5)
    )
    docs = web.read_feed("wire.rss", _feed(items))
    assert [d.title for d in docs] == ["Story 0", "Story 1"]
    assert b"Story 2" not in seen[0]


def test_a_feed_of_too_many_xml_tags_is_skipped_before_parsing(monkeypatch):
    """1,000,000 nested elements (a 7 MB feed) took feedparser 33 CPU s."""
    from briefing.ingest import web
    from briefing.ingest.readers import SkipSource

    monkeypatch.setattr(web, "MAX_FEED_TAGS", 1_000)
    item = "<item><title>Bridge</title><description>The council met.</description></item>"
    with pytest.raises(SkipSource, match=r"feed holds 1,01\d XML tags, over 1,000 \(MAX_FEED"):
        web.read_feed("deep.rss", _feed(item + "<a>" * 500 + "</a>" * 500))


def _linked_feed(server: str, pages: int) -> str:
    """A feed of ``pages`` entries, each linking to its own article page on ``server``."""
    for n in range(pages):
        _Handler.routes[f"/p{n}.html"] = (
            200,
            "text/html",
            ARTICLE_B.replace("four new routes", f"{n + 4} new routes").encode(),
        )
    items = "".join(
        f"<item><title>Story {n}</title><link>{server}/p{n}.html</link></item>"
        for n in range(pages)
    )
    _Handler.routes["/long.xml"] = (200, "application/rss+xml", _feed(items))
    return f"{server}/long.xml"


def test_a_feeds_entry_pages_together_stop_at_its_byte_cap(server, monkeypatch):
    """Each entry page was held to max_source_mb, but 500 of them added up to the build's
    whole download budget: the feed's pages together stop at MAX_FEED_BYTES."""
    from briefing.ingest import web

    monkeypatch.setattr(web, "MAX_FEED_BYTES", int(2.5 * len(ARTICLE_B)))
    feed = _linked_feed(server, 5)
    result = ingest([feed], limits=local(5))
    refused = [s for s in result.skipped if "(MAX_FEED_BYTES); no summary in feed" in s.reason]
    assert len(result.documents) <= 2 and len(refused) >= 3
    assert len(result.documents) + len(refused) == 5
    assert all(s.reason.startswith("not fetched: the feed's pages passed") for s in refused)
    (warning,) = result.warnings
    assert warning.startswith(f"{feed}: {len(refused)} entry page(s) were not fetched")


@pytest.mark.parametrize("slow", [[], ["/p0.html", "/p1.html"]])
def test_a_feeds_byte_cap_keeps_its_first_pages_whatever_order_they_arrive_in(
    server, monkeypatch, slow
):
    """The pages that arrived first took the feed's bytes: with its first two servers slow,
    the third to fifth entries were read and the first two refused. The first entries in
    the feed's order that fit are kept, whichever server answers first."""
    from briefing.ingest import web

    monkeypatch.setattr(web, "MAX_FEED_BYTES", int(2.5 * len(ARTICLE_B)))
    feed = _linked_feed(server, 5)
    _Handler.delays = dict.fromkeys(slow, 0.5)
    result = ingest([feed], limits=local(5))
    assert [d.title for d in result.documents] == ["Story 0", "Story 1"]
    refused = "not fetched: the feed's pages passed"
    assert [s.location.rpartition("/")[2] for s in result.skipped] == [
        "p2.html",
        "p3.html",
        "p4.html",
    ]
    assert all(s.reason.startswith(refused) for s in result.skipped)


def test_a_feeds_entry_pages_together_stop_at_its_fetch_time(server, monkeypatch):
    from briefing.ingest import web

    monkeypatch.setattr(web, "FEED_FETCH_SECONDS", 0.0)
    feed = _linked_feed(server, 3)
    result = ingest([feed], limits=local(5))
    reason = "not fetched: the feed's 0 s for its pages were used up (FEED_FETCH_SECONDS)"
    assert result.documents == []
    assert [s.reason for s in result.skipped] == [f"{reason}; no summary in feed"] * 3
    assert result.warnings == [
        f"{feed}: 3 entry page(s) were not fetched: the feed's 0 s for its pages were used "
        "up (FEED_FETCH_SECONDS)"
    ]


def test_a_feeds_entries_together_stop_at_their_cpu_time(tmp_path, monkeypatch):
    """Each entry page stops at HTML_SECONDS, but 500 entries just under it took 2,500
    CPU s: the entries after FEED_SECONDS are skipped, with a warning."""
    import time

    from briefing.ingest import web

    build = web.build_document

    def slow(*args: object, **kwargs: object) -> object:
        give_up = time.thread_time() + 0.06
        while time.thread_time() < give_up:
            pass
        return build(*args, **kwargs)

    monkeypatch.setattr(web, "build_document", slow)
    monkeypatch.setattr(web, "FEED_SECONDS", 0.1)
    items = "".join(
        f"<item><title>Story {n}</title><description>The council met on day {n} to vote "
        f"on the new harbour toll for lorries.</description></item>"
        for n in range(6)
    )
    path = tmp_path / "wire.rss"
    path.write_bytes(_feed(items))
    result = ingest([str(path)])
    assert [d.title for d in result.documents] == ["Story 0", "Story 1"]
    late = "not read: the feed's entries took over 0.1 CPU s (FEED_SECONDS)"
    assert [s.reason for s in result.skipped] == [late] * 4
    assert result.warnings == [
        f"{path.name}: only the first 2 entries were read: they took over 0.1 CPU s (FEED_SECONDS)"
    ]


def test_entry_pages_not_fetched_are_said_whatever_the_reason(server):
    """An entry page that failed (HTTP 404) gave way to the entry's summary in silence: only
    the feed's own caps were warned of. One warning for the feed, by reason."""
    feed = f"{server}/feed.xml"
    result = ingest([feed], limits=local(5))
    assert any("whose page has gone" in d.text for d in result.documents)  # the summary
    assert result.warnings == [f"{feed}: 2 entry page(s) were not fetched: HTTP 404"]


def test_entry_pages_past_the_download_budget_are_said(server):
    """With max_download_mb spent by the feed's first pages, the later entries became their
    summaries (or were skipped) and the console said nothing of the budget."""
    feed = _linked_feed(server, 6)
    budget = 2.5 * len(ARTICLE_B) / 2**20  # the feed itself and about two pages
    limits = Limits(fetch_timeout=5, allow_private_addresses=True, max_download_mb=budget)
    result = ingest([feed], limits=limits)
    refused = [s for s in result.skipped if "(max_download_mb)" in s.reason]
    assert refused and len(result.documents) + len(refused) == 6
    (warning,) = result.warnings
    assert warning == (
        f"{feed}: {len(refused)} entry page(s) were not fetched: the download budget of "
        f"{budget:g} MB was used up (max_download_mb)"
    )


def test_a_saved_feeds_entries_are_named_after_the_file_as_other_sources_are(tmp_path):
    # An entry with no link was shown by the feed's full path ("/home/.../wire.rss#entry-2"),
    # every other source by its name in the folder.
    items = (
        "<item><title>Toll</title><description>The council met on Monday to vote on the new "
        "harbour toll for lorries.</description></item>"
        "<item><title>Short</title><description>Toll.</description></item>"
    )
    (tmp_path / "wire.rss").write_bytes(_feed(items))
    (tmp_path / "empty.txt").write_text("Toll.")
    result = ingest([str(tmp_path)], limits=local(5))
    assert [d.location for d in result.documents] == ["wire.rss#entry-1"]
    assert [(s.location, s.reason) for s in result.skipped] == [
        ("empty.txt", "no article text found"),
        ("wire.rss#entry-2", "no article text found"),
    ]


def test_a_huge_entry_is_read_only_as_far_as_its_text_may_be_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One entry of 15 MB of paragraphs was parsed and cleaned whole (22.7 CPU s) to keep its
    # first max_source_chars characters; and the user was told only of that last cut.
    from briefing.ingest import clutter, readers, web

    cleaned: list[int] = []
    clean = clutter.clean
    monkeypatch.setattr(clutter, "clean", lambda p, meta: cleaned.append(len(p)) or clean(p, meta))
    fed: list[int] = []
    parser = readers._FallbackHTML
    monkeypatch.setattr(web, "_FallbackHTML", lambda: _Measured(parser(), fed))
    paras = "".join(
        f"&lt;p&gt;The council met on day {n} to vote on harbour toll {n * 7} for "
        "lorries.&lt;/p&gt;"
        for n in range(3_000)
    )  # ~290,000 characters, 3,000 paragraphs of ~70
    path = tmp_path / "wire.rss"
    path.write_bytes(_feed(f"<item><title>Toll</title><description>{paras}</description></item>"))
    result = ingest([str(path)], limits=Limits(max_source_chars=4_000))
    (doc,) = result.documents
    assert 3_000 < len(doc.text) <= 4_000 and doc.text.endswith("lorries.")
    assert cleaned and cleaned[0] <= 2 * 4_000 // 60  # CLEANED_PER_KEPT_CHAR, not 3,000
    assert fed and max(fed) <= 4 * 4_000  # CONTENT_PER_KEPT_CHAR
    assert result.warnings == [
        "wire.rss#entry-1: only the first 4,000 characters were read (max_source_chars)"
    ]


class _Measured:
    """An HTML parser that notes how many characters it is fed."""

    def __init__(self, parser: object, fed: list[int]) -> None:
        self.parser, self.fed = parser, fed

    def feed(self, data: str) -> None:
        self.fed.append(len(data))
        self.parser.feed(data)  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> object:
        return getattr(self.parser, name)
