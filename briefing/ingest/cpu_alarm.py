"""A CPU-time limit on one call into a pure-Python library (pypdf, trafilatura), in any thread.

pypdf has no time limit of its own, and a reader can only check the clock between the
calls it makes: one hostile PDF page (a stream of 100,000 tiny text operators, within
pypdf's own token cap) took 10 CPU s on its own. ``cpu_limit`` raises ``OutOfTime`` in
the thread that runs the call, between two bytecodes of the library's code, once the call
has used its CPU time (waiting for a core does not count). Two ways, the same stop:

* in the main thread, the process's profiling timer (``ITIMER_PROF``) rings and its
  signal handler raises;
* in any other thread (a Dask worker's task, a thread pool: signals reach only the main
  thread), or in the main thread when a profiler holds the timer, a watchdog thread reads
  the caller's own CPU clock (``pthread_getcpuclockid``) and raises ``OutOfTime`` in it
  with ``PyThreadState_SetAsyncExc``, as Ctrl-C would be raised. It sleeps for the CPU
  time left (a thread's CPU time never runs ahead of the wall clock), so it wakes a few
  times a call at most.

``OutOfTime`` is a ``BaseException``, so a library's own ``except Exception`` cannot
swallow it; when it is lost all the same (code the collector runs prints and drops
exceptions), it is raised again after ``RING_AGAIN_SECONDS`` more CPU time, at most
``MAX_RINGS`` times, and only while the frame that entered the block is still running: a ring
that lands as the block is being left (in contextlib's ``__exit__``, before the limit's own
``finally``) escapes the block like any other, and no ring follows it into the thread's later
work, nor into a thread that reuses the ident once this one has ended.
Where neither way exists (no ``setitimer`` and no thread CPU clocks, or not CPython) the
call runs unlimited and ``armed`` says so: the caller's own checks between calls are then
the only bound.
"""

from __future__ import annotations

import ctypes
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

# CPU seconds before the alarm rings again when its exception was swallowed (a full test
# run lost the first one inside hypothesis's collector callback). Set by hand, not tuned.
RING_AGAIN_SECONDS = 0.05
# Rings before the alarm gives up on a block whose code swallows every one (one was lost in
# the run above; twenty is a second of CPU time at RING_AGAIN_SECONDS). Set by hand, not tuned.
MAX_RINGS = 20


class OutOfTime(BaseException):  # noqa: N818 - a signal from the timer, like KeyboardInterrupt
    """The CPU time given to ``cpu_limit`` ran out."""


def can_arm() -> bool:
    """True when the signal timer can stop a call here (main thread, timer free)."""
    if not hasattr(signal, "setitimer"):
        return False
    if threading.current_thread() is not threading.main_thread():
        return False
    return signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)


def can_watch() -> bool:
    """True when a watchdog thread can stop a call in this thread (see the docstring)."""
    if sys.implementation.name != "cpython" or not hasattr(time, "pthread_getcpuclockid"):
        return False
    try:
        time.clock_gettime(time.pthread_getcpuclockid(threading.get_ident()))
    except (OSError, OverflowError):
        return False
    return True


@contextmanager
def cpu_limit(seconds: float) -> Iterator[bool]:
    """Raise ``OutOfTime`` inside the block once it has used ``seconds`` of CPU time.
    Yields whether the limit is armed (see the module's docstring)."""
    if seconds <= 0:
        raise OutOfTime
    if can_arm():
        with _timer(seconds, _entering_frame()):
            yield True
    elif can_watch():
        watchdog = _Watchdog(seconds, _entering_frame())
        try:
            watchdog.start()
            yield True
        finally:
            # First, before any call: an attribute store is no point where a ring can land,
            # and a ring that lands in stop() below must find no watchdog left to ring again.
            watchdog.done = True
            watchdog.stop()
    else:
        yield False


def _entering_frame() -> FrameType | None:
    """The frame whose ``with`` (or ``ExitStack``) entered the block: the first one outside
    contextlib above ``cpu_limit``'s own."""
    frame = sys._getframe(1)  # cpu_limit's generator
    while frame.f_back is not None:
        frame = frame.f_back
        if frame.f_code.co_filename != _CONTEXTLIB:
            return frame
    return None


_CONTEXTLIB = contextmanager.__code__.co_filename


def _on_stack(entered: FrameType | None, top: FrameType | None) -> bool:
    """True when ``entered`` is ``top`` or one of its callers: the block may still be running."""
    while top is not None:
        if top is entered:
            return True
        top = top.f_back
    return False


@contextmanager
def _timer(seconds: float, entered: FrameType | None) -> Iterator[None]:
    """The main thread's limit: the process's profiling timer and its signal."""
    ringing = True
    rings = 0

    def ring(signum: int, frame: FrameType | None) -> None:
        nonlocal ringing, rings
        rings += 1
        if ringing and rings <= MAX_RINGS and _on_stack(entered, frame):
            # Python code run by the collector (gc.callbacks, __del__) may be what the
            # signal interrupts, and an exception there is printed and lost: ring again
            # soon, while the block may still be running.
            signal.setitimer(signal.ITIMER_PROF, RING_AGAIN_SECONDS)
            raise OutOfTime
        ringing = False  # left (a ring escaped contextlib's __exit__) or past MAX_RINGS

    previous = signal.signal(signal.SIGPROF, ring)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        ringing = False
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def _raise_in(thread: int, exc: type[BaseException] | None) -> None:
    """Raise ``exc`` in ``thread`` at its next bytecode (``None``: forget one not yet raised)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread), ctypes.py_object(exc) if exc is not None else None
    )


class _Watchdog:
    """Any thread's limit: a daemon thread that watches the caller's CPU clock."""

    def __init__(self, seconds: float, entered: FrameType | None) -> None:
        self._target = threading.get_ident()
        self._clock = time.pthread_getcpuclockid(self._target)
        self._deadline = time.clock_gettime(self._clock) + seconds
        self._entered = entered
        self._lock = threading.Lock()
        self.done = False  # set by the block's finally, first, before stop()
        self._left = threading.Event()

    def start(self) -> None:
        threading.Thread(target=self._watch, name="cpu_limit", daemon=True).start()

    def _watch(self) -> None:
        try:
            deadline = self._deadline
            for _ in range(MAX_RINGS):
                # The target's clock is read on every pass: OSError when the thread is gone.
                while (wait := deadline - time.clock_gettime(self._clock)) > 0:
                    if self._left.wait(wait):  # CPU time never outruns the wall clock
                        return
                with self._lock:
                    if self.done or not self._inside():
                        return
                    _raise_in(self._target, OutOfTime)
                deadline = time.clock_gettime(self._clock) + RING_AGAIN_SECONDS
        except OSError:  # the thread is gone: it left the block
            return
        finally:
            self._entered = None  # the frame and its locals are the caller's, not ours

    def _inside(self) -> bool:
        """True while the frame that entered the block runs on the target thread: not after
        the block's frame returned, nor in another thread that was given the same ident."""
        return _on_stack(self._entered, sys._current_frames().get(self._target))

    def stop(self) -> None:
        """Leave the block: no ring after this returns, and none pending from before.
        A ring that lands while stopping is dropped (the call has ended)."""
        while True:
            try:
                with self._lock:
                    self.done = True
                self._left.set()
                _raise_in(self._target, None)
                return
            except OutOfTime:
                continue
