"""Run a function in a forked child process while the caller goes on with other work.

The reduce of a large build (compose, rendering) ran in one process while the machine's
other cores idled. ``start(fn, *args)`` forks: the child inherits everything already in
memory (the corpus, the compose memos; nothing is pickled on the way in), runs
``fn(*args)`` and sends back only the pickled result through a pipe; ``Forked.result()``
waits for it. ``fn`` must be a pure function of its arguments and of what the process
held at the fork: what it changes in the child's memory is lost.

Where there is no ``fork`` (Windows, or ``inline=True``), ``fn`` runs in this process at
``result()``, so callers need no second code path. Use it as a context manager (``with
start(fn, x) as job: ... job.result()``): leaving the block early stops the child. If the
child dies without a result (killed, out of memory) ``fn`` is run again here: a lost child
costs time, never the build. An exception raised by ``fn`` is raised again by ``result()``.

Process hygiene, as for the map's workers: the child dies with the build (Linux
``PR_SET_PDEATHSIG``), ignores Ctrl-C (the build answers it and kills the child), never
runs the parent's exit handlers or flushes its buffers (``os._exit``).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import pickle
import signal
import sys
from collections.abc import Callable
from typing import Any, Generic, TypeVar

R = TypeVar("R")
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
_UNSET = object()


def can_fork() -> bool:
    return hasattr(os, "fork") and sys.platform != "win32"


def die_with_parent() -> bool:
    """Ask Linux to SIGKILL this process when its parent dies; False where unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


class Forked(Generic[R]):
    """``fn(*args)`` computed in a forked child (or here, see the module docstring)."""

    def __init__(self, fn: Callable[..., R], args: tuple[Any, ...], inline: bool) -> None:
        self._fn, self._args = fn, args
        self._value: Any = _UNSET
        self._pid = 0
        self._read = -1
        if inline or not can_fork():
            return
        read, write = os.pipe()
        parent = os.getpid()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            os.close(read)
            _child(fn, args, write, parent)
        os.close(write)
        self._pid, self._read = pid, read

    def result(self) -> R:
        """``fn``'s value (waiting for the child), or its exception raised again."""
        if self._value is _UNSET:
            self._value = self._collect()
        ok, value = self._value
        if ok:
            return value  # type: ignore[no-any-return]
        raise value

    def __enter__(self) -> Forked[R]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.cancel()

    def cancel(self) -> None:
        """Stop the child, if one runs (on an error or Ctrl-C in the caller)."""
        if self._pid:
            with contextlib.suppress(OSError):
                os.kill(self._pid, signal.SIGKILL)
            self._reap()

    def _collect(self) -> tuple[bool, Any]:
        if self._pid:
            data, done = b"", False
            try:
                data = _read_all(self._read)
                done = True
            finally:
                os.close(self._read)
                self._read = -1
                if not done:  # interrupted while waiting: the child must not outlive us
                    with contextlib.suppress(OSError):
                        os.kill(self._pid, signal.SIGKILL)
                self._reap()
            if data:
                try:
                    return pickle.loads(data)  # type: ignore[no-any-return]
                except Exception:  # a result that did not arrive whole: computed again
                    pass
        try:  # no child, or it died without a result: compute here
            return True, self._fn(*self._args)
        except Exception as exc:  # raised again by result()
            return False, exc

    def _reap(self) -> None:
        if self._read >= 0:
            os.close(self._read)
            self._read = -1
        if self._pid:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(self._pid, 0)
            self._pid = 0


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 1 << 20):
        chunks.append(chunk)
    return b"".join(chunks)


def start(fn: Callable[..., R], *args: Any, inline: bool = False) -> Forked[R]:
    """Begin ``fn(*args)`` in a forked child (in this process when ``inline`` or no fork)."""
    return Forked(fn, args, inline)


def _child(fn: Callable[..., Any], args: tuple[Any, ...], write: int, parent: int) -> None:
    """Compute, send the pickled (ok, value) and leave without running the parent's exit
    handlers. Any failure to send leaves an empty pipe: the parent computes it again."""
    status = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        die_with_parent()
        if os.getppid() == parent:  # else the build died before the kernel was asked
            try:
                payload: tuple[bool, Any] = (True, fn(*args))
            except Exception as exc:  # the parent raises it again
                payload = (False, exc)
            data = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write, "wb") as pipe:
                pipe.write(data)
            status = 0
    finally:
        os._exit(status)
