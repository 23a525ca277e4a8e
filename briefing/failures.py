"""How an unexpected exception is told in one line: its type, message and the line of
this package it was raised at ("IndexError: list index out of range
(briefing/compose/long_ago.py:57, in tense)").

A bug that only one article's text sets off must not fail a build: compose leaves a
section empty (``briefing.compose.guarded``) and the map skips the article
(``briefing.mapping.work``), each saying so with this line, so the error stays visible in
the log, with where to look, though the build goes on.
"""

from __future__ import annotations

import os
import sysconfig
import traceback
from pathlib import Path

# The longest exception message kept (its first line): enough for "list index out of
# range" or a missing key; a message quoting a whole sentence says nothing more. Not tuned.
MESSAGE_CHARS = 120
_PACKAGE = Path(__file__).resolve().parent  # briefing/
_LIBRARY_DIRS = frozenset({"site-packages", "dist-packages"})
_STDLIB = Path(sysconfig.get_paths()["stdlib"])
_FROZEN = "<frozen "  # the file name of a frozen module's code (os, posixpath, codecs …)


def described(exc: BaseException, guard: str = "") -> str:
    """The error's type, message (first line, clipped) and where it was raised: the
    innermost line of its traceback that is no library's (an error raised inside scipy is
    placed at the line of ours that called it), "IndexError: list index out of range
    (briefing/compose/long_ago.py:57, in tense)". ``guard``: the file of the code that
    caught it, whose own lines are never the place."""
    lines = _message(exc).strip().splitlines()  # every line break: \r, \u2028 too
    message = lines[0] if lines else ""
    if len(message) > MESSAGE_CHARS:
        message = message[: MESSAGE_CHARS - 1] + "…"
    text = type(exc).__name__ + (f": {message}" if message else "")
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename != guard]
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
