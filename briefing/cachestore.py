"""A folder of cache entries in the output folder's state, and the code version they depend on.

Two caches live in ``OUTPUT/.briefing/``: what ingest read from each unchanged file
(``briefing.ingest.cache``) and each article's analysis (``briefing.mapping.cache``). Both
store one file per key in an ``EntryStore``; what an entry holds and how it is checked
is theirs.

Safe to share and to crash in: an entry is written to a temporary file and renamed into
place, so readers see a whole entry or none. An entry is hostile input: a link, a
pipe, a folder or an oversized file in an entry's place is a miss, never followed,
waited on or read whole; the caller checks the content. Checks cannot tell a planted
value that fits its source from ours (the key hashes the source and public code), so a
folder another user can write is no cache at all (``private``). Bounded: ``prune``
deletes the least recently used entries (a hit refreshes an entry's modification time,
to the hour) beyond a count and a size.

``code_version`` hashes the source of the modules a cached result comes from, found by
following their ``import`` statements within the package, so an edit to a module the
cached stage never imports (a compose rule, a renderer) keeps every entry.
"""

from __future__ import annotations

import contextlib
import hashlib
import heapq
import importlib.metadata
import os
import re
import stat
import tempfile
import time
from functools import cache
from pathlib import Path

from briefing import __version__
from briefing.privacy import FOLDER_MODE, private
from briefing.safefile import read_whole

SUFFIX = ".json"
# Chosen by hand in fa10687; not benchmarked.
STALE_TEMP_SECONDS = 3600  # a temporary file this old was left by a killed run
# A hit refreshes an entry's modification time (the LRU order) only when it is older than
# this: recency to the hour is enough to evict, and a run that finds nothing changed then
# leaves the output folder exactly as it was.
# Chosen by hand in 8e75d0b; not benchmarked.
REFRESH_SECONDS = 3600


def entry_key(salt: str, *parts: str | bytes) -> str:
    """The sha256 key of an entry: ``salt`` (what the entry depends on besides its input)
    and the input's ``parts``, each framed by its length so no two inputs run together."""
    h = hashlib.sha256(salt.encode("utf-8"))
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()


class EntryStore:
    """One cache folder: entries ``<key>.json`` written whole or not at all."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        # Ours is a plain folder; a link could send entries anywhere: then no cache at all.
        # Nor one that another user can fill (``private``).
        self.usable = not self.folder.is_symlink() and private(self.folder)

    def path(self, key: str) -> Path:
        return self.folder / f"{key}{SUFFIX}"

    def has(self, key: str) -> bool:
        """Whether an entry that ``get`` would try to read is there (a plain file, no link)."""
        try:
            return self.usable and stat.S_ISREG(os.lstat(self.path(key)).st_mode)
        except OSError:
            return False

    def size(self, key: str) -> int:
        """The bytes of the entry ``get`` would try to read under ``key`` (0: none there)."""
        try:
            st = os.lstat(self.path(key))
        except OSError:
            return 0
        return st.st_size if self.usable and stat.S_ISREG(st.st_mode) else 0

    def any_entry(self) -> bool:
        """Whether the folder holds an entry ``has`` would see (a plain ``<key>.json``
        file); a temporary file left by a killed run, a link or a folder is none."""
        if not self.usable:
            return False
        try:
            with os.scandir(self.folder) as entries:
                return any(
                    e.name.endswith(SUFFIX) and e.is_file(follow_symlinks=False) for e in entries
                )
        except OSError:
            return False

    def get(self, key: str, limit: int) -> bytes | None:
        """The entry's bytes (at most ``limit``), or None: missing, not a plain file, too big."""
        path = self.path(key)
        if not self.usable:
            return None
        try:
            if path.is_symlink():
                return None  # ours are plain files; a link could point anywhere
            # A pipe put in its place would block; a link put there after the check
            # above is refused by the open itself (O_NOFOLLOW), and so is the touch.
            # Another user's file is none of ours, even in a folder now private: it was
            # put there while they could write the folder (``privacy``).
            raw = read_whole(path, limit, no_follow=True, owner=os.geteuid())
            if path.lstat().st_mtime < time.time() - REFRESH_SECONDS:
                os.utime(path, follow_symlinks=False)  # recently used: evicted last
        except OSError:
            return None
        return raw

    def put(self, key: str, data: bytes) -> None:
        """Store ``data`` under ``key`` (whole or not at all); an unwritable cache is skipped."""
        path = self.path(key)
        if not self.usable:
            return
        try:
            self.folder.mkdir(FOLDER_MODE, parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=self.folder)
        except OSError:
            return
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            # No fsync: an entry lost or torn by a power cut is only computed again.
            os.replace(tmp, path)
        except OSError:
            Path(tmp).unlink(missing_ok=True)

    def prune(self, max_entries: int, max_bytes: int) -> int:
        """Delete the least recently used entries beyond the bounds; return how many went.

        Memory stays bounded by ``max_entries`` however many files the folder holds: the
        scan keeps the newest ``max_entries`` in a heap and deletes what falls out of it."""
        if not self.usable:
            return 0
        newest: list[tuple[float, int, str]] = []  # a min-heap: the oldest kept entry on top
        stale = time.time() - STALE_TEMP_SECONDS
        removed = 0
        try:
            with os.scandir(self.folder) as it:
                for entry in it:
                    with contextlib.suppress(OSError):
                        st = entry.stat(follow_symlinks=False)
                        if not entry.is_file(follow_symlinks=False):
                            continue
                        if entry.name.endswith(SUFFIX):
                            item = (st.st_mtime, st.st_size, entry.path)
                            if len(newest) < max_entries:
                                heapq.heappush(newest, item)
                                continue
                            if newest and item > newest[0]:
                                item = heapq.heapreplace(newest, item)
                            removed += _unlink(item[2])
                        elif entry.name.endswith(".tmp") and st.st_mtime < stale:
                            os.unlink(entry.path)
        except OSError:
            return removed
        kept_bytes = 0
        for _, size, path in sorted(newest, reverse=True):  # newest first
            kept_bytes += size
            if kept_bytes > max_bytes:
                removed += _unlink(path)
        return removed


def _unlink(path: str) -> int:
    """Delete one entry; 1 if it went, 0 if another run removed it first."""
    try:
        os.unlink(path)
    except OSError:
        return 0
    return 1


# ``import briefing.x``, ``from briefing.x import a, b`` and ``from . import a`` forms, at any
# indentation (lazy imports inside functions count too).
_IMPORT = re.compile(
    r"^[ \t]*(?:from[ \t]+(?P<src>\.+[\w.]*|briefing[\w.]*)[ \t]+import[ \t]+"
    r"(?P<names>\([^)]*\)|[^\n#]+)|import[ \t]+(?P<mod>briefing[\w.]*))",
    re.M,
)
# An ``if TYPE_CHECKING:`` block (indented lines after it): imports for type hints only.
_TYPES_ONLY = re.compile(r"^([ \t]*)if TYPE_CHECKING:[^\n]*\n(?:(?:\1[ \t]+[^\n]*)?\n)*", re.M)
_ROOT = Path(__file__).resolve().parent


def _module_file(module: str) -> Path | None:
    """The source file of ``briefing.a.b`` (a module or a package's ``__init__``), if any."""
    base = _ROOT.joinpath(*module.split(".")[1:])
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _imports(module: str, file: Path) -> set[str]:
    """The package's modules ``file`` imports (and their parent packages, which run first)."""
    try:
        source = file.read_text(encoding="utf-8")
    except OSError:
        return set()
    package = module if file.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for m in _IMPORT.finditer(_TYPES_ONLY.sub("", source)):
        if m["mod"]:
            found.add(m["mod"])
            continue
        src = m["src"]
        if src.startswith("."):
            dots = len(src) - len(src.lstrip("."))
            base = package.rsplit(".", dots - 1)[0] if dots > 1 else package
            src = f"{base}.{src[dots:]}".rstrip(".")
        found.add(src)
        # ``from pkg import module, name``: each name may be a module (kept if it has a file).
        found.update(f"{src}.{name}" for name in re.findall(r"\w+", m["names"]))
    modules: set[str] = set()
    for name in found:
        parts = name.split(".")
        modules.update(".".join(parts[:n]) for n in range(1, len(parts) + 1))
    return modules


def closure(roots: tuple[str, ...]) -> dict[str, Path]:
    """The package modules ``roots`` import, transitively (themselves included): their files."""
    seen: dict[str, Path] = {}
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen or not name.startswith("briefing"):
            continue
        file = _module_file(name)
        if file is not None:
            seen[name] = file
            todo.extend(_imports(name, file) - seen.keys())
    return seen


@cache
def code_version(roots: tuple[str, ...], libraries: tuple[str, ...] = ()) -> str:
    """A hash of the briefing version, the source of ``roots`` and every package module they
    import (transitively), and the installed versions of ``libraries``."""
    modules = closure(roots)
    h = hashlib.sha256(__version__.encode("utf-8"))
    for name in sorted(modules):
        h.update(name.encode("utf-8") + b"\0")
        with contextlib.suppress(OSError):
            h.update(hashlib.sha256(modules[name].read_bytes()).digest())
    for lib in libraries:
        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            h.update(f"{lib}=={importlib.metadata.version(lib)}".encode())
    return h.hexdigest()
