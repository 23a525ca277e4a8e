"""A CPU-time limit on one call into a pure-Python library (pypdf), where the OS allows it.

pypdf has no time limit of its own, and a reader can only check the clock between the
calls it makes: one hostile PDF page (a stream of 100,000 tiny text operators, within
pypdf's own token cap) took 10 CPU s on its own. ``cpu_limit`` arms the process's profiling
timer (``ITIMER_PROF``, CPU time) for the call; when it rings, the signal handler raises
``OutOfTime`` in the main thread between two bytecodes of the library's code.

``OutOfTime`` is a ``BaseException``, so a library's own ``except Exception`` cannot
swallow it. Where no alarm can be armed (a thread other than the main one, a system
without ``setitimer``, or a profiler already using the timer), the call runs unlimited
and ``armed`` says so: the caller's own checks between calls are then the only bound.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# CPU seconds before the alarm rings again when its exception was swallowed (a full test
# run lost the first one inside hypothesis's collector callback). Set by hand, not tuned.
RING_AGAIN_SECONDS = 0.05


class OutOfTime(BaseException):  # noqa: N818 - a signal from the timer, like KeyboardInterrupt
    """The CPU time given to ``cpu_limit`` ran out."""


def can_arm() -> bool:
    """True when ``cpu_limit`` can stop a call here (main thread, timer free)."""
    if not hasattr(signal, "setitimer"):
        return False
    if threading.current_thread() is not threading.main_thread():
        return False
    return signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)


@contextmanager
def cpu_limit(seconds: float) -> Iterator[bool]:
    """Raise ``OutOfTime`` inside the block once it has used ``seconds`` of CPU time.
    Yields whether the limit is armed (see the module's docstring)."""
    if seconds <= 0:
        raise OutOfTime
    if not can_arm():
        yield False
        return
    ringing = True

    def ring(signum: int, frame: object) -> None:
        if ringing:
            # Python code run by the collector (gc.callbacks, __del__) may be what the
            # signal interrupts, and an exception there is printed and lost: ring again
            # soon, until the block is left.
            signal.setitimer(signal.ITIMER_PROF, RING_AGAIN_SECONDS)
            raise OutOfTime

    previous = signal.signal(signal.SIGPROF, ring)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield True
    finally:
        ringing = False
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
