"""Ctrl-C as an exception the command answers, leaving with the exit code it chose.

Python's own SIGINT handler raises ``KeyboardInterrupt``. CPython (3.8 to at least 3.12)
marks an interrupt "unhandled" whenever a ``KeyboardInterrupt`` leaves code it runs from a
string (``exec`` or ``eval`` of text: every dataclass and named tuple is made that way
while a module is imported), and a program run as ``python -m`` then ends by SIGINT at
exit, whatever it caught and returned: a Ctrl-C that landed while the build imported
compose printed "interrupted" and still ended by the signal (returncode -2, not 130). The
mark is set for the exact type only, so while ``sigint_raises_interrupted`` holds, Ctrl-C
raises ``Interrupted``, a subclass: every ``except KeyboardInterrupt`` still catches it.

Python also drops an exception raised where it cannot be propagated (a weakref callback,
such as the module locks' while a module is imported, or a ``__del__``): it prints
"Exception ignored" and goes on, so a Ctrl-C landing there was lost and the build published
its edition and left with 0. The handler therefore also notes the signal:
``raise_if_interrupted`` raises it again at a checkpoint (the build calls it before it
publishes), and the block raises it on leaving if nothing did before.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType


class Interrupted(KeyboardInterrupt):
    """Ctrl-C (SIGINT), raised by ``sigint_raises_interrupted``'s handler."""


class _Caught:
    """Whether a Ctrl-C came since the block began (the exception may have been dropped)."""

    seen = False


def _interrupted(signum: int, frame: FrameType | None) -> None:
    _Caught.seen = True
    raise Interrupted


def raise_if_interrupted() -> None:
    """Raise ``Interrupted`` if a Ctrl-C came within the block and its exception was
    dropped where Python cannot raise it (see the module's docstring)."""
    if _Caught.seen:
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
    _Caught.seen = False
    signal.signal(signal.SIGINT, _interrupted)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
        dropped, _Caught.seen = _Caught.seen, False  # a later block starts afresh
    if dropped:  # one dropped where Python ignores exceptions is answered now
        raise Interrupted
