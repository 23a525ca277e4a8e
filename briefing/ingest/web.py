"""Web sources: read a fetched URL as an article page or as a feed.

A page goes through trafilatura (``readers.html_document``). An RSS/Atom feed
(recognised by content type or by its first bytes, parsed by feedparser) yields one
Document per entry: the entries' links are fetched (at once, ``fetch.fetch_all``) and
read as pages; when that fails the entry's own summary is used, and when there is none
the entry is skipped. Fetching itself, with its limits, is ``briefing.ingest.fetch``.
"""

from __future__ import annotations

import re
import time
from collections import Counter

from briefing.ingest import clutter, limits
from briefing.ingest.fetch import USER_AGENT, Fetched, FetchError, fetch, fetch_all
from briefing.ingest.readers import SkipSource, _FallbackHTML, build_document, html_document
from briefing.ingest.text import normalise_space, parse_date
from briefing.model import Document, Skipped

# Entries read per feed, the first ones (feeds list the newest first; news feeds carry
# tens): a 15 MB feed of 100,000 entries, under max_source_mb, made 100,000 articles.
# Set by reasoning (benchmarks/scale.py's 875 articles peak at about 1 GB); not tuned.
MAX_FEED_ENTRIES = 500
# A feed is cut after its MAX_FEED_ENTRIES-th entry before feedparser sees it: feedparser
# takes ~35 us an element whatever is done with it after (20,000 entries, 3.3 MB: 7.9 CPU s,
# cut at 500: 0.5 s; 100,000 entries took about 25 s). Then what is left may hold at most
# MAX_FEED_TAGS tags ("<"): 1,000,000 nested elements in a 7 MB feed took 33 CPU s, and a
# feed of 500 full-text entries in HTML has tens of thousands. Set by reasoning; not tuned.
MAX_FEED_TAGS = 200_000
# Each entry's page has the limits of any page (max_source_mb, fetch_timeout, HTML_SECONDS),
# but MAX_FEED_ENTRIES of them add up; three caps hold one feed's entries together, and the
# entries past one are skipped, with a warning (set by reasoning, not tuned):
# - bytes of the entry pages: 500 entries linking to 20 MB pages used the build's whole
#   download budget (max_download_mb, 200 MB), held in memory until the brief is built, and
#   left nothing for the sources after the feed. A news page is 30-100 KB (the largest dev
#   page 34 KB): 500 of 100 KB are 50 MB. The first pages in the feed's order that fit are
#   kept, whichever server answers first (``limits.Share``).
MAX_FEED_BYTES = 50 * 2**20
# - wall seconds to fetch them (8 at a time, each up to fetch_timeout, 20 s): 500 silent
#   servers take 1,250 s, so one feed spent the build's whole fetch budget (300 s); half of
#   it leaves the other half to the other sources when there is one feed (two feeds may
#   still spend it all: the build's fetch_budget stays the bound on the sum).
FEED_FETCH_SECONDS = 150.0
# - CPU seconds to read them (pages and summaries, checked between entries; one page stops
#   at HTML_SECONDS): 500 pages each just under HTML_SECONDS take 2,500 CPU s, while a news
#   page takes about 0.05 s (HTML_SECONDS's measurements), 500 of them about 25 s.
FEED_SECONDS = 60.0
# An entry's content (HTML) is parsed up to this many times max_source_chars, its text then
# cleaned up to readers.CLEANED_PER_KEPT_CHAR times it: a 15 MB entry was parsed whole
# (2 of its 22.7 CPU s; feedparser's own 2.7 s on the feed stay, bound by max_source_mb).
# Markup besides the text: the saved dev pages of D0601A and D0617H hold 1.2-1.3
# characters of HTML per character of text read; 4 leaves room for heavier markup. Set by
# reasoning, not tuned.
CONTENT_PER_KEPT_CHAR = 4
# The first bytes ``is_feed`` looks at for a feed's root element (after any blank space).
FEED_HEAD_BYTES = 1000
_ENTRY_END = re.compile(rb"</(?:[\w.-]+:)?(?:item|entry)\s*>", re.IGNORECASE)

__all__ = ["USER_AGENT", "FetchError", "Fetched", "fetch", "is_feed", "read_feed", "read_url"]


def is_feed(data: bytes, content_type: str = "") -> bool:
    """RSS/Atom by content type, or by the root element when the type is generic."""
    ctype = content_type.lower()
    if "rss" in ctype or "atom" in ctype:
        return True
    if "html" in ctype:
        return False
    head = data[:FEED_HEAD_BYTES].lstrip().lower()
    return bool(re.search(rb"<(?:rss|feed|rdf:rdf)\b", head))


def read_url(location: str, data: bytes) -> list[Document | Skipped]:
    """An article page already fetched from ``location``."""
    return [html_document(location, data, "url")]


def read_feed(location: str, data: bytes) -> list[Document | Skipped]:
    """An RSS/Atom feed: one Document per entry (the linked page, else the summary)."""
    import feedparser

    data, total = _first_entries(data)
    tags = data.count(b"<")
    if tags > MAX_FEED_TAGS:
        raise SkipSource(f"feed holds {tags:,} XML tags, over {MAX_FEED_TAGS:,} (MAX_FEED_TAGS)")
    parsed = feedparser.parse(data)
    if not parsed.entries:
        raise SkipSource("feed has no entries" if parsed.get("version") else "not a feed")
    entries = parsed.entries[:MAX_FEED_ENTRIES]
    if max(total, len(parsed.entries)) > MAX_FEED_ENTRIES:
        limits.warn(
            location,
            f"only the first {MAX_FEED_ENTRIES:,} of {max(total, len(parsed.entries)):,} "
            "entries were read (MAX_FEED_ENTRIES)",
        )
    outlet = normalise_space(parsed.feed.get("title", "")) or None
    links = [entry.get("link") or "" for entry in entries]
    web = list(dict.fromkeys(link for link in links if link.startswith(("http://", "https://"))))
    share = limits.Share(MAX_FEED_BYTES, FEED_FETCH_SECONDS, "MAX_FEED_BYTES", "FEED_FETCH_SECONDS")
    with limits.shared(share):
        fetched = fetch_all(web)
    over = share.first_over()  # in feed order, whatever order the downloads ended in
    if over is not None:
        fetched[over:] = [
            FetchError(share.bytes_reason()) if isinstance(page, Fetched) else page
            for page in fetched[over:]
        ]
    pages = dict(zip(web, fetched, strict=True))
    failed = [str(page) for page in fetched if isinstance(page, FetchError)]
    if failed:
        limits.unsettled()  # a server down for a minute: read the feed again next time
        limits.warn(location, _not_fetched(failed))
    out: list[Document | Skipped] = []
    started = time.thread_time()
    for n, (entry, link) in enumerate(zip(entries, links, strict=True), start=1):
        where = link or f"{location}#entry-{n}"
        if time.thread_time() - started > FEED_SECONDS:
            why = f"took over {FEED_SECONDS:g} CPU s (FEED_SECONDS)"
            limits.warn(location, f"only the first {n - 1:,} entries were read: they {why}")
            late = f"not read: the feed's entries {why}"
            out.append(Skipped(where, late))
            continue
        meta = clutter.Meta(
            title=normalise_space(entry.get("title", "")),
            author=entry.get("author") or None,
            outlet=outlet,
            date=parse_date(entry.get("published_parsed") or entry.get("updated_parsed")),
        )
        reason = "entry has no link"
        if link in pages:
            try:
                page = pages[link]
                if isinstance(page, FetchError):
                    raise SkipSource(str(page))
                out.append(html_document(link, page.data, "feed", meta))
                continue
            except SkipSource as exc:
                reason = str(exc)
        summary = _entry_summary(entry)
        if not summary:
            out.append(Skipped(where, f"{reason}; no summary in feed"))
            continue
        summary = _within_reach(where, summary)
        parser = _FallbackHTML()
        parser.feed(f"<p>{summary}</p>" if "<p" not in summary else summary)
        parser.close()
        try:
            out.append(
                build_document(where, "feed", summary.encode("utf-8"), parser.paragraphs, meta)
            )
        except SkipSource as exc:
            out.append(Skipped(where, str(exc)))
    return out


def _within_reach(where: str, summary: str) -> str:
    """An entry's content (HTML) up to ``CONTENT_PER_KEPT_CHAR`` times ``max_source_chars``,
    cut before a tag, else inside a paragraph (with a warning when it is cut)."""
    cap = limits.current().max_source_chars
    reach = CONTENT_PER_KEPT_CHAR * cap
    if len(summary) <= reach:
        return summary
    limits.warn(where, f"only the first {cap:,} characters were read (max_source_chars)")
    cut = summary.rfind("<", 0, reach)
    # an end tag closes what the cut left open (the reader keeps a paragraph at its end)
    return summary[: cut if cut > reach // 2 else reach] + "</p>"


def _not_fetched(reasons: list[str]) -> str:
    """The feed's one warning about its entry pages not fetched, by reason, most first: the
    build's download budget and a server's errors were said nowhere (the entries' summaries
    stood in for the pages silently), only the feed's own caps were."""
    counts = Counter(reason.removeprefix("not fetched: ") for reason in reasons)
    told = [why if len(counts) == 1 else f"{n:,} {why}" for why, n in counts.most_common(3)]
    if len(counts) > 3:
        told.append(f"{sum(n for _, n in counts.most_common()[3:]):,} for other reasons")
    return f"{len(reasons):,} entry page(s) were not fetched: {'; '.join(told)}"


def _first_entries(data: bytes) -> tuple[bytes, int]:
    """``data`` cut after the end tag of its ``MAX_FEED_ENTRIES``-th entry (feedparser reads
    the entries before the cut; the document is left unclosed), and its entry end tags."""
    cut, total = len(data), 0
    for total, m in enumerate(_ENTRY_END.finditer(data), start=1):
        if total == MAX_FEED_ENTRIES:
            cut = m.end()
    return data[:cut], total


def _entry_summary(entry: dict) -> str:
    for content in entry.get("content") or []:
        if content.get("value"):
            return str(content["value"])
    return str(entry.get("summary") or "")
