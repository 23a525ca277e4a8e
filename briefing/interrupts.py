"""Ctrl-C as an exception the command answers, leaving with the exit code it chose.

Python's own SIGINT handler raises ``KeyboardInterrupt``. CPython (3.8 to at least 3.12)
marks an interrupt "unhandled" whenever a ``KeyboardInterrupt`` leaves code it runs from a
string (``exec`` or ``eval`` of text: every dataclass and named tuple is made that way
while a module is imported), and a program run as ``python -m`` then ends by SIGINT at
exit, whatever it caught and returned: a Ctrl-C that landed while the build imported
compose printed "interrupted" and still ended by the signal (returncode -2, not 130). The
mark is set for the exact type only, so while ``sigint_raises_interrupted`` holds, Ctrl-C
raises ``Interrupted``, a subclass: every ``except KeyboardInterrupt`` still catches it.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType


class Interrupted(KeyboardInterrupt):
    """Ctrl-C (SIGINT), raised by ``sigint_raises_interrupted``'s handler."""


def _interrupted(signum: int, frame: FrameType | None) -> None:
    raise Interrupted


@contextlib.contextmanager
def sigint_raises_interrupted() -> Iterator[None]:
    """Within the block SIGINT raises ``Interrupted`` where Python's default handler would
    raise ``KeyboardInterrupt``. A SIGINT ignored (a job started in the background) stays
    ignored, another handler (an embedding program's) stays, and a thread other than the
    main one (which cannot set handlers) changes nothing."""
    main = threading.current_thread() is threading.main_thread()
    if not main or signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        yield
        return
    signal.signal(signal.SIGINT, _interrupted)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
