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

from collections.abc import Callable
from typing import TypeVar

from briefing.failures import described
from briefing.model import SECTIONS, SHOWN_EMPTY, ComposeError

T = TypeVar("T")

# What a reader gets instead of a section or a digest whose code failed (``ComposeError.shown``).
EMPTY = SHOWN_EMPTY
PLAIN_DIGEST = "its digest is the summarizer's own picks, in article order"
PLAIN_TITLE = "a plain title instead"


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
        errors.append(ComposeError(section, described(exc, __file__), source, shown))
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
