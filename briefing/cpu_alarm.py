"""A CPU-time limit on one call into pure-Python code (pypdf, trafilatura, a template), any thread.

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
``MAX_RINGS`` times, and only while the block's body runs: the frame that entered it is on
the stack and no limit's ``__enter__`` or ``__exit__`` runs above it. The limit is a class,
not a generator: its ``__exit__`` is the only code that disarms it, so a ring can never land
there (the body has ended; the block's result stands) and nothing is left to a generator's
``finally`` that a kept error would postpone. No ring follows into the thread's later work,
even in the function that entered the block, nor into a thread that reuses the ident once
this one has ended. (A watchdog decides under the GIL, from where the thread is paused, but
may lose the GIL before its ring is set; should that ring land in ``__exit__`` all the same,
its traceback says so and the watchdog rings no more.)
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
from contextlib import AbstractContextManager, contextmanager
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


def cpu_limit(seconds: float) -> AbstractContextManager[bool]:
    """Raise ``OutOfTime`` inside the block once it has used ``seconds`` of CPU time.
    Its ``with`` yields whether the limit is armed (see the module's docstring)."""
    return _Limit(seconds)


class _Limit:
    """``cpu_limit``'s block: arms a timer or a watchdog on entry, stops it on exit."""

    def __init__(self, seconds: float) -> None:
        self._seconds = seconds
        self._guard: _Timer | _Watchdog | None = None

    def __enter__(self) -> bool:
        if self._seconds <= 0:
            raise OutOfTime
        if can_arm():
            self._guard = _Timer(self._seconds, _entering_frame())
        elif can_watch():
            self._guard = _Watchdog(self._seconds, _entering_frame())
        else:
            return False
        self._guard.start()  # a ring while starting finds __enter__ running: it waits
        return True

    def __exit__(self, *exc_info: object) -> None:
        guard, self._guard = self._guard, None
        if guard is not None:
            # First, before any call: an attribute store is no point where a ring can land,
            # and a ring that lands in stop() below must find nothing left to ring again.
            guard.done = True
            guard.stop()


def _entering_frame() -> FrameType | None:
    """The frame whose ``with`` (or ``ExitStack``) entered the block: the first one outside
    contextlib above ``_Limit.__enter__``."""
    frame: FrameType | None = sys._getframe(2)  # _Limit.__enter__'s caller
    while frame is not None and frame.f_code.co_filename == _CONTEXTLIB:
        frame = frame.f_back
    return frame


_CONTEXTLIB = contextmanager.__code__.co_filename
# The limit's own edges: while one of them runs, the body has not begun or has ended.
_EDGES = frozenset({_Limit.__enter__.__code__, _Limit.__exit__.__code__})


def _in_body(entered: FrameType | None, top: FrameType | None) -> bool | None:
    """True when ``top`` runs the block's body (``entered`` is ``top`` or one of its callers,
    with no limit's ``__enter__`` or ``__exit__`` between them); None while such an edge
    runs; False once ``entered`` is off the stack."""
    edge = False
    while top is not None:
        if top is entered:
            return None if edge else True
        edge = edge or top.f_code in _EDGES
        top = top.f_back
    return False


class _Timer:
    """The main thread's limit: the process's profiling timer and its signal. The handler
    runs in this thread between two bytecodes, so where it lands is where it would raise."""

    def __init__(self, seconds: float, entered: FrameType | None) -> None:
        self._seconds = seconds
        self._entered = entered
        self._rings = 0
        self._previous: signal._HANDLER = None
        self.done = False  # set by the block's __exit__, first, before stop()

    def start(self) -> None:
        self._previous = signal.signal(signal.SIGPROF, self._ring)
        signal.setitimer(signal.ITIMER_PROF, self._seconds)

    def _ring(self, signum: int, frame: FrameType | None) -> None:
        if self.done or self._rings >= MAX_RINGS:
            return
        where = _in_body(self._entered, frame)
        if where is False:
            return  # the block's frame has gone: never ring again
        # Python code run by the collector (gc.callbacks, __del__) may be what the signal
        # interrupts, and an exception there is printed and lost; and at an edge the ring
        # waits for the body: ring again soon, while the block may still be running.
        signal.setitimer(signal.ITIMER_PROF, RING_AGAIN_SECONDS)
        if where:
            self._rings += 1
            raise OutOfTime

    def stop(self) -> None:
        self.done = True
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, self._previous)
        self._entered = None


class _Ring(OutOfTime):
    """A watchdog's ``OutOfTime``: the thread it lands in makes it, and it tells its
    watchdog (through its class, one per watchdog) where it went."""

    landed: list[BaseException]

    def __init__(self, *args: object) -> None:
        super().__init__(*args)
        type(self).landed.append(self)


def _left_by(ring: BaseException) -> bool:
    """True when ``ring`` passed through a limit's ``__exit__``: it left its block."""
    tb = ring.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code in _EDGES:
            return True
        tb = tb.tb_next
    return False


def _raise_in(thread: int, exc: type[BaseException]) -> None:
    """Raise ``exc`` in ``thread`` at its next bytecode (replacing one not yet raised)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread), ctypes.py_object(exc))


class _Forget(BaseException):
    """What this thread raises in itself, and catches, to forget a ring not yet raised."""


def _forget_pending() -> None:
    """Forget a ring not yet raised in this thread. ``PyThreadState_SetAsyncExc`` with no
    exception would clear it but leave the interpreter's pending-exception flag set (CPython
    3.11 clears the flag only when a thread raises one), after which any traced code
    (coverage, a debugger, ``sys.settrace``) hangs at its next call. So the ring is replaced
    by one this thread raises at its next call and catches here."""
    try:
        _raise_in(threading.get_ident(), _Forget)
        _forgotten()  # raised at the latest when this call returns
    except _Forget:
        pass


def _forgotten() -> None:
    """A call for ``_forget_pending``'s exception to land at."""


class _Watchdog:
    """Any thread's limit: a daemon thread that watches the caller's CPU clock."""

    def __init__(self, seconds: float, entered: FrameType | None) -> None:
        self._target = threading.get_ident()
        self._clock = time.pthread_getcpuclockid(self._target)
        self._deadline = time.clock_gettime(self._clock) + seconds
        self._entered = entered
        # Its own class, so that each ring tells this watchdog where it landed.
        self._ring = type("OutOfTime", (_Ring,), {"landed": [], "__module__": __name__})
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
                    if self.done or any(_left_by(ring) for ring in self._ring.landed):
                        return
                    where = _in_body(self._entered, sys._current_frames().get(self._target))
                    if where is False:
                        return
                    if where:  # else at an edge: look again soon
                        _raise_in(self._target, self._ring)
                deadline = time.clock_gettime(self._clock) + RING_AGAIN_SECONDS
        except OSError:  # the thread is gone: it left the block
            return
        finally:
            self._entered = None  # the frame and its locals are the caller's, not ours
            self._ring.landed.clear()

    def stop(self) -> None:
        """Leave the block: no ring after this returns, and none pending from before.
        A ring that lands while stopping is dropped (the call has ended)."""
        while True:
            try:
                with self._lock:
                    self.done = True
                self._left.set()
                _forget_pending()  # stop() runs in the watched thread: its __exit__
                return
            except OutOfTime:
                continue
