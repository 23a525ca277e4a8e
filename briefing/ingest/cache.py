"""What ingest read from each file, cached across builds in ``OUTPUT/.briefing/read/``.

A cron run over a folder that only grows reads every file again, but cleaning a page
(clutter rules, language check, title) is most of ingest's time; an unchanged file's
documents come from here instead. The key hashes the file's bytes, its real path (the
same file named by a relative path on a hand run and by an absolute one under cron is one
entry, which names its documents after the location they are read by), the reader's
name, the limits a reader applies and the reader code (``code_version``: the modules the
readers import, and the parsing libraries' versions). A changed file, a new limit or an
edit to a reader is a new key.

Entries live in an ``EntryStore`` (atomic, bounded, links and pipes are misses) and are
hostile input: ``decode`` accepts an entry only if it names its own key and every field
has the expected type (an ISO date, a sha256 hex digest); anything else is read again.
A read that warned (a source cut at a limit) is not cached, so the warning is shown on
every build; nor is one that failed for another reason than the source itself, nor a
page skipped for the CPU time it took (``SkipForNow``: a load spike may be the cause), nor
a saved feed's whose entry pages were not all fetched (``limits.unsettled``: a server down
for a minute would have kept the entry out for as long as the feed file is unchanged).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

from briefing.cachestore import EntryStore, code_version, entry_key
from briefing.ingest import limits as limits_module
from briefing.ingest.limits import Limits
from briefing.ingest.readers import MAX_TITLE_CHARS, SkipForNow, SkipSource
from briefing.ingest.text import in_calendar
from briefing.model import PLACE_MAX_CHARS, Document, Skipped

READ_CACHE_DIR = "read"  # inside the output folder's state folder (.briefing)
FORMAT = 4  # bump when the entry layout below changes
# Bounds: 875 articles (benchmarks/scale.py) take about 5 MB; as for the article cache,
# room for many such folders' worth of edits.
MAX_ENTRIES = 20_000
MAX_BYTES = 256 * 2**20
# An entry holds at most a few sources cut at max_source_chars (a feed file holds many);
# anything bigger was not written by us.
MAX_ENTRY_BYTES = 64 * 2**20
# The readers' modules (registered by name, so imported by none of these: each is listed).
_CODE = (
    "briefing.ingest.readers",
    "briefing.ingest.pdf_reader",
    "briefing.ingest.docx_reader",
    "briefing.ingest.web",
    "briefing.ingest.cache",
)
_LIBRARIES = (
    "trafilatura",
    "pypdf",
    "python-docx",
    "markdown-it-py",
    "feedparser",
    "charset-normalizer",
    "py3langid",
)
_HEX = re.compile(r"[0-9a-f]{64}")

Reader = Callable[[str, bytes], list[Document | Skipped]]


class BadEntry(ValueError):
    """An entry that is not one we wrote for this key."""


class ReadCache:
    """The read cache of one output folder, for one set of ``Limits``."""

    def __init__(self, folder: str | Path, limits: Limits) -> None:
        self.store = EntryStore(folder)
        caps = [limits.max_source_mb, limits.max_source_chars, limits.max_pdf_pages]
        self.salt = json.dumps([code_version(_CODE, _LIBRARIES), caps, limits.max_unzipped_mb])
        self.max_chars = limits.max_source_chars
        self.hits = 0

    def key(self, reader: str, location: str, data: bytes) -> str:
        return entry_key(self.salt, reader, location, data)

    def read(
        self, name: str, reader: Reader, location: str, data: bytes, where: str = ""
    ) -> list[Document | Skipped]:
        """``reader(location, data)``, or what it gave for the same input before; ``where``:
        the file's real path, which keys the entry in place of ``location``."""
        key = self.key(name, where or location, data)
        raw = self.store.get(key, MAX_ENTRY_BYTES)
        if raw is not None:
            try:
                items = decode(raw, key, location, self.max_chars)
            except BadEntry:
                pass
            else:
                self.hits += 1
                return items
        limits = limits_module.current()
        warned, unsettled = len(limits.warnings), limits.unsettled
        try:
            items = reader(location, data)
        except SkipForNow as exc:  # out of CPU time: a busy machine's fault as much
            return [Skipped(location, str(exc))]
        except SkipSource as exc:  # the source's own fault: the same next time
            items = [Skipped(location, str(exc))]
        if len(limits.warnings) == warned and limits.unsettled == unsettled:
            self.store.put(key, encode(items, key, location))
        return items

    def prune(self, max_entries: int = MAX_ENTRIES, max_bytes: int = MAX_BYTES) -> int:
        """Delete the least recently used entries beyond the bounds; return how many went."""
        return self.store.prune(max_entries, max_bytes)


def encode(items: list[Document | Skipped], key: str, location: str = "") -> bytes:
    """The entry of ``items`` read from ``location``: their locations are kept relative to
    it ("" for its own, "#entry-3" for a saved feed's entry without a link), so that a read
    of the same file by another name names them after that name."""
    rows: list[list[Any]] = []
    for item in items:
        where = _relative(item.location, location)
        if isinstance(item, Skipped):
            rows.append(["skip", where, item.reason])
        else:
            date = item.date.isoformat() if item.date else None
            filed = item.filed.isoformat() if item.filed else None
            rows.append(
                ["doc", where, item.text, item.title, item.outlet, item.author, date]
                + [item.kind, item.content_hash, filed, item.place]
            )
    data = {"format": FORMAT, "key": key, "items": rows}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def decode(
    raw: bytes, key: str, location: str = "", max_chars: int | None = None
) -> list[Document | Skipped]:
    """The items stored in ``raw`` under ``key``, read from ``location``; ``BadEntry`` if
    anything is off, or a text is longer than a read keeps (``max_chars``, the limits'
    ``max_source_chars``: the map's time grows with it) or a title than a reader makes."""
    try:
        data = orjson.loads(raw)
        _check(isinstance(data, dict) and data.get("format") == FORMAT, "format")
        _check(data.get("key") == key, "key")  # an entry copied under another name
        rows = data["items"]
        _check(isinstance(rows, list) and len(rows) > 0, "items")
        items = [_item(row, max_chars) for row in rows]
    except (KeyError, TypeError, ValueError, RecursionError) as exc:
        raise BadEntry(str(exc)) from exc
    for item in items:
        if not item.location or item.location.startswith("#"):
            item.location = location + item.location
    return items


def _relative(where: str, location: str) -> str:
    """``where``, an item's location, relative to ``location``, the file it was read from."""
    if location and (where == location or where.startswith(f"{location}#")):
        return where[len(location) :]
    return where


def _item(row: Any, max_chars: int | None = None) -> Document | Skipped:
    _check(isinstance(row, list) and len(row) > 0, "item")
    if row[0] == "skip":
        _check(len(row) == 3 and all(isinstance(x, str) for x in row[1:]), "skipped")
        return Skipped(row[1], row[2])
    _check(row[0] == "doc" and len(row) == 11, "document")
    _, location, text, title, outlet, author, date, kind, content_hash, filed, place = row
    _check(all(isinstance(x, str) for x in (location, text, title, kind)), "strings")
    metadata = (outlet, author, date, filed, place)
    _check(all(x is None or isinstance(x, str) for x in metadata), "metadata")
    _check(place is None or len(place) <= PLACE_MAX_CHARS, "place")
    _check(isinstance(content_hash, str) and _HEX.fullmatch(content_hash) is not None, "hash")
    _check(bool(text.strip()), "text")
    _check(max_chars is None or len(text) <= max_chars, "text length")
    _check(len(title) <= MAX_TITLE_CHARS + 1, "title length")  # and its "…"
    day = dt.date.fromisoformat(date) if date is not None else None
    sent = dt.date.fromisoformat(filed) if filed is not None else None
    _check(in_calendar(day) and in_calendar(sent), "date")  # compose's dates end there
    return Document(
        location=location,
        text=text,
        title=title,
        outlet=outlet,
        author=author,
        date=day,
        filed=sent,
        place=place,
        kind=kind,
        content_hash=content_hash,
    )


def _check(ok: bool, what: str) -> None:
    if not ok:
        raise BadEntry(what)
