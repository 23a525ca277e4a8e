"""Items of one list shared out between a process and a forked copy of it, as they go.

Two processes that both have time left for the same per-item work (the build's own
process and the one ``forked.stream`` runs beside it) split it best when neither knows in
advance when the other gets to it: ``Shares(n)`` is a pair of counters in memory both
processes see after a fork; one takes the items from the front (``first``), the other
from the back (``last``), one at a time, until they meet. Each item is taken exactly
once, by whichever process reaches it first.

A process that dies after taking an item never does it: the caller works out every item
that no process returned (``Shares`` says who took what, not that it was done). One
killed while it held the counters' lock would hold it for ever: a process that cannot
take the lock within ``LOCK_SECONDS`` takes no more items (the caller's own pass does
the rest), so nobody waits for a dead process.
Without ``fork`` (or for a process that never forks) the counters are ordinary memory
(``shared=False``): the work is then done in one process anyway. Where they cannot be
shared (no POSIX semaphores), the front takes every item and the back none.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

# How long a process waits for the counters' lock before it takes no more items. Each
# holder keeps it for a few microseconds; a holder killed in between never gives it back.
LOCK_SECONDS = 1.0


class Shares:
    """The items ``0 .. n-1``, taken from the front or the back, each once."""

    def __init__(self, n: int, *, shared: bool = True) -> None:
        self._ends: Any = [0, n]  # the next item from the front, the one past the back
        self._lock: Any = threading.Lock()
        self._back = True  # whether ``last`` takes items
        if shared:
            try:
                import multiprocessing

                context = multiprocessing.get_context("fork")
                self._ends, self._lock = context.RawArray("q", [0, n]), context.Lock()
            except (ImportError, OSError, ValueError):  # no fork, no POSIX semaphores
                self._back = False

    def first(self) -> Iterator[int]:
        """The items not taken yet, from the front, each taken as it is reached."""
        while (i := self._take(front=True)) is not None:
            yield i

    def last(self) -> Iterator[int]:
        """The items not taken yet, from the back, each taken as it is reached (none when
        counters asked to be shared could not be: a forked process's copy then takes
        every item from the front, and this process would take them all again)."""
        while self._back and (i := self._take(front=False)) is not None:
            yield i

    def _take(self, *, front: bool) -> int | None:
        if not self._lock.acquire(timeout=LOCK_SECONDS):
            return None
        try:
            start, end = self._ends[0], self._ends[1]
            if start >= end:
                return None
            if front:
                self._ends[0] = start + 1
                return start
            self._ends[1] = end - 1
            return end - 1
        finally:
            self._lock.release()
