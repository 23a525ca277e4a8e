"""Web sources: fetch a URL with urllib, read it as an article page or as a feed.

A page goes through trafilatura (``readers.html_document``). An RSS/Atom feed
(recognised by content type or by its first bytes, parsed by feedparser) yields one
Document per entry: the entry's link is fetched and read as a page; when that fails
the entry's own summary is used, and when there is none the entry is skipped.
"""

from __future__ import annotations

import re
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass

from briefing import __version__
from briefing.ingest import clutter
from briefing.ingest.readers import SkipSource, _FallbackHTML, build_document, html_document
from briefing.ingest.text import normalise_space, parse_date
from briefing.model import Document, Skipped

USER_AGENT = f"briefing/{__version__} (policy-brief builder; +https://pypi.org/project/briefing)"
MAX_BYTES = 20 * 1024 * 1024  # a news page or feed is far smaller; stop runaway downloads


@dataclass
class Fetched:
    url: str  # final URL after redirects
    data: bytes
    content_type: str


def fetch(url: str, timeout: float) -> Fetched:
    """GET ``url``; raise ``SkipSource`` with "HTTP 404", "timed out", ... on failure."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            data = response.read(MAX_BYTES)
            return Fetched(response.geturl(), data, response.headers.get("Content-Type", ""))
    except urllib.error.HTTPError as exc:
        raise SkipSource(f"HTTP {exc.code}") from None
    except TimeoutError:
        raise SkipSource(f"timed out after {timeout:g} s") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError | socket.timeout):
            raise SkipSource(f"timed out after {timeout:g} s") from None
        raise SkipSource(f"could not fetch ({reason})") from None
    except (OSError, ValueError) as exc:
        raise SkipSource(f"could not fetch ({exc})") from None


def is_feed(data: bytes, content_type: str = "") -> bool:
    """RSS/Atom by content type, or by the root element when the type is generic."""
    ctype = content_type.lower()
    if "rss" in ctype or "atom" in ctype:
        return True
    if "html" in ctype:
        return False
    head = data[:1000].lstrip().lower()
    return bool(re.search(rb"<(?:rss|feed|rdf:rdf)\b", head))


def read_url(location: str, data: bytes) -> list[Document | Skipped]:
    """An article page already fetched from ``location``."""
    return [html_document(location, data, "url")]


def read_feed(location: str, data: bytes, fetch_timeout: float = 20.0) -> list[Document | Skipped]:
    """An RSS/Atom feed: one Document per entry (the linked page, else the summary)."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        raise SkipSource("feed has no entries" if parsed.get("version") else "not a feed")
    outlet = normalise_space(parsed.feed.get("title", "")) or None
    out: list[Document | Skipped] = []
    for n, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link") or ""
        where = link or f"{location}#entry-{n}"
        meta = clutter.Meta(
            title=normalise_space(entry.get("title", "")),
            author=entry.get("author") or None,
            outlet=outlet,
            date=parse_date(entry.get("published_parsed") or entry.get("updated_parsed")),
        )
        reason = "entry has no link"
        if link.startswith(("http://", "https://")):
            try:
                page = fetch(link, fetch_timeout)
                out.append(html_document(link, page.data, "feed", meta))
                continue
            except SkipSource as exc:
                reason = str(exc)
        summary = _entry_summary(entry)
        if not summary:
            out.append(Skipped(where, f"{reason}; no summary in feed"))
            continue
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


def _entry_summary(entry: dict) -> str:
    for content in entry.get("content") or []:
        if content.get("value"):
            return str(content["value"])
    return str(entry.get("summary") or "")
