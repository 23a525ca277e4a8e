"""One failing section never fails a build: each section composer runs under a guard.

The ground rule is that one bad source never fails a run. A source is checked at ingest,
but a bug of compose that only one article's sentences set off (an ``IndexError`` in the
tense of one span of one article) raised through ``compose_brief`` and failed the whole
build. So each section of the brief (executive summary, background, key actors, open
questions, where sources differ, timeline, what's new, the title) and each source's digest
is worked out by ``run``: an unexpected exception (any ``Exception`` but ``MemoryError``;
``KeyboardInterrupt`` and ``SystemExit`` are no ``Exception``) leaves that section empty,
the title plain or that source's digest plain, and adds a ``ComposeError`` naming the
section (or the source), the error's type and message, and the line it was raised at (the
innermost one that is no library's: "briefing/compose/long_ago.py:57, in tense"). The
brief carries them (its JSON's ``compose_errors``; the documents say the section could not
be worked out instead of claiming nothing stands out), and the build prints them as
warnings. They are plain data, so those made in the forked process come back with its
sections.
"""

from __future__ import annotations

import os
import sysconfig
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from briefing.model import SECTIONS, SHOWN_EMPTY, ComposeError

T = TypeVar("T")

# What a reader gets instead of a section or a digest whose code failed (``ComposeError.shown``).
EMPTY = SHOWN_EMPTY
PLAIN_DIGEST = "its digest is the summarizer's own picks, in article order"
PLAIN_TITLE = "a plain title instead"
# The longest exception message kept (its first line): enough for "list index out of
# range" or a missing key; a message quoting a whole sentence says nothing more. Not tuned.
MESSAGE_CHARS = 120
_PACKAGE = Path(__file__).resolve().parents[1]  # briefing/
_LIBRARY_DIRS = frozenset({"site-packages", "dist-packages"})
_STDLIB = Path(sysconfig.get_paths()["stdlib"])
_FROZEN = "<frozen "  # the file name of a frozen module's code (os, posixpath, codecs …)


def run(
    errors: list[ComposeError],
    section: str,
    fallback: Callable[[], T],
    fn: Callable[..., T],
    *args: object,
    source: int | None = None,
    shown: str = EMPTY,
) -> T:
    """``fn(*args)``; if it raises an unexpected exception, ``fallback()`` instead, and
    the failure is added to ``errors`` (``source``: the source id of a digest)."""
    try:
        return fn(*args)
    except MemoryError:
        raise
    except Exception as exc:
        errors.append(ComposeError(section, described(exc), source, shown))
        return fallback()


def attempt(fn: Callable[[], T]) -> T | None:
    """``fn()`` worked out ahead for the sections that read it, or None if it raises: the
    sections that need it raise again under their own guard (``run``)."""
    try:
        return fn()
    except MemoryError:
        raise
    except Exception:
        return None


def described(exc: BaseException) -> str:
    """The error's type, message (first line, clipped) and where it was raised: the
    innermost line of its traceback that is no library's (an error raised inside scipy is
    placed at the line of ours that called it), "IndexError: list index out of range
    (briefing/compose/long_ago.py:57, in tense)"."""
    lines = _message(exc).strip().splitlines()  # every line break: \r, \u2028 too
    message = lines[0] if lines else ""
    if len(message) > MESSAGE_CHARS:
        message = message[: MESSAGE_CHARS - 1] + "…"
    text = type(exc).__name__ + (f": {message}" if message else "")
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename != __file__]
    frame = next((f for f in reversed(frames) if not _library(f.filename)), None)
    if frame is None:
        return text
    where = _inside(frame.filename) or Path(frame.filename).name
    return f"{text} ({where}:{frame.lineno}, in {frame.name})"


def _message(exc: BaseException) -> str:
    """``str(exc)``, a file named by its name only (an ``OSError``'s "[Errno 2] No such
    file or directory: '/home/…/x'" told where it is on the building machine) and this
    checkout's files by their path inside it."""
    if isinstance(exc, OSError) and exc.strerror and exc.filename is not None:
        names = [n for n in (exc.filename, exc.filename2) if n is not None]
        return f"{exc.strerror}: " + " -> ".join(repr(_name(n)) for n in names)
    return str(exc).replace(f"{_PACKAGE.parent}{os.sep}", "")


def _name(filename: object) -> str:
    """The last part of a file name (a ``str``, ``bytes`` or path-like)."""
    try:
        return Path(os.fsdecode(filename)).name  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return "?"


def _library(filename: str) -> bool:
    """Whether ``filename`` is installed code other than this package's: the standard
    library's or a dependency's (a frozen module of the standard library names no file:
    "<frozen posixpath>")."""
    if _inside(filename):
        return False
    if filename.startswith(_FROZEN):
        return True
    path = Path(filename)
    return bool(_LIBRARY_DIRS & set(path.parts)) or path.is_relative_to(_STDLIB)


def _inside(filename: str) -> str:
    """``filename`` as "briefing/…/x.py" when it is a file of this package, else ""."""
    try:
        inner = Path(filename).resolve().relative_to(_PACKAGE)
    except (ValueError, OSError):  # another package's file, or none ("<string>")
        return ""
    return f"{_PACKAGE.name}/{inner.as_posix()}"


# How the console names a section (the rest by their key, "key actors").
_SECTION_NAMES = {"whats_new": "what's new", "divergences": "where sources differ"}


def warning(error: ComposeError, location: str = "") -> str:
    """The console's line for ``error``; ``location``: the source's, for a digest."""
    what = (
        f"the digest of source {error.source} ({location})"
        if error.source is not None
        else _SECTION_NAMES.get(error.section, error.section.replace("_", " "))
    )
    return f"{what} could not be worked out: {error.error}; {error.shown}"


def in_order(errors: list[ComposeError]) -> list[ComposeError]:
    """``errors`` in the order of the brief's sections, a digest's by its source: the same
    brief whichever process worked out which section."""
    return sorted(errors, key=lambda e: (SECTIONS.index(e.section), e.source or 0))
