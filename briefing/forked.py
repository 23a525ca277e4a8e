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

``start(fn, *args, after=job)``: once the child has worked out ``fn``'s result it runs ``job()``
too (work nobody waits for, such as writing a cache), while the caller goes on with the
result (a thread of the child sends it: a result bigger than the pipe's buffer does not
hold ``job`` up until the caller reads it); ``Forked.finish()`` waits for the child to
end and runs ``job()`` here when the child did not complete it (killed, failed, or no
fork). Leaving the ``with`` block without ``finish()`` stops the child, ``job`` or not.

Process hygiene, as for the map's workers: the child dies with the build (Linux
``PR_SET_PDEATHSIG``), ignores Ctrl-C (the build answers it and kills the child), never
runs the parent's exit handlers or flushes its buffers (``os._exit``).

``stream(fn, *args)``: ``fn`` is a generator function whose items the caller needs one
after the other (the first one early); the child sends each item as soon as it is made
(a thread of the child sends them, so it goes on while the caller is busy) and
``Stream.next()`` returns the next one. Inline (or no fork) the items are all made at the
first ``next()``, in ``fn``'s own order; a child that dies before an item has arrived
costs ``fn`` run again here, the items already taken skipped.

``Standby(init)`` forks a child before the work is known: it runs ``init()`` at once
(loads a model, while the caller imports and reads) and then waits for one job;
``standby.start(fn, *args)`` sends it ``fn`` and ``args`` (pickled, unlike ``start``) and
returns the same ``Forked`` handle. A job that cannot be pickled, or a standby child that
is gone, runs as ``start`` would run it; a standby never given a job is stopped
(``cancel``, or leaving its ``with`` block).
"""

from __future__ import annotations

import contextlib
import ctypes
import itertools
import os
import pickle
import queue
import signal
import sys
import threading
from collections.abc import Callable, Iterator
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

    def __init__(
        self,
        fn: Callable[..., R],
        args: tuple[Any, ...],
        inline: bool,
        adopt: tuple[int, int] | None = None,
        after: Callable[[], object] | None = None,
    ) -> None:
        """``adopt``: (pid, read end) of a child already computing ``fn(*args)``;
        ``after``: what the child runs once the result is sent (see ``finish``)."""
        self._fn, self._args = fn, args
        self._after = after
        self._value: Any = _UNSET
        self._pid, self._read = adopt or (0, -1)
        if adopt or inline or not can_fork():
            return
        self._pid, self._read = _fork_piped(
            lambda write, parent: _child(fn, args, write, parent, after)
        )

    def result(self) -> R:
        """``fn``'s value (waiting for the child), or its exception raised again."""
        if self._value is _UNSET:
            self._value = self._collect()
        ok, value = self._value
        if ok:
            return value  # type: ignore[no-any-return]
        raise value

    def finish(self) -> None:
        """Wait for the child to end, ``after`` done (see ``start``); run ``after`` here if
        the child did not complete it. An exception ``after`` raises here is raised."""
        after, self._after = self._after, None
        if after is None:
            return
        done = False
        if self._pid:
            with contextlib.suppress(Exception):
                self.result()  # read it first: a child blocked on a full pipe never ends
        if self._pid:  # still running (a child that sent nothing was reaped by ``result``)
            pid, self._pid = self._pid, 0
            try:
                _, status = os.waitpid(pid, 0)
                done = os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
            except ChildProcessError:
                pass
        if not done:
            after()

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
                if not done or self._after is None or not data:
                    self._reap()  # else it goes on with ``after``: ``finish`` waits for it
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


def _read_job(fd: int) -> bytes:
    """One length-prefixed message from ``fd`` (b"" if the pipe ends before it is whole)."""
    head = _read_exactly(fd, 8)
    return _read_exactly(fd, int.from_bytes(head, "big")) if len(head) == 8 else b""


def _read_exactly(fd: int, size: int) -> bytes:
    chunks, left = [], size
    while left and (chunk := os.read(fd, min(left, 1 << 20))):
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks) if not left else b""


def start(
    fn: Callable[..., R],
    *args: Any,
    inline: bool = False,
    after: Callable[[], object] | None = None,
) -> Forked[R]:
    """Begin ``fn(*args)`` in a forked child (in this process when ``inline`` or no fork);
    the child runs ``after()`` once it has sent the result (see ``Forked.finish``)."""
    return Forked(fn, args, inline, after=after)


class Stream:
    """The items of ``fn(*args)``, made in a forked child (or here, see ``stream``)."""

    def __init__(self, fn: Callable[..., Iterator[Any]], args: tuple[Any, ...], inline: bool):
        self._fn, self._args = fn, args
        self._here: Iterator[Any] | None = None  # the items made here
        self._taken = 0
        self._pid, self._read = 0, -1
        if inline or not can_fork():
            return
        self._pid, self._read = _fork_piped(
            lambda write, parent: _stream_child(fn, args, write, parent)
        )

    def next(self) -> Any:
        """The next item (waiting for the child), or the exception ``fn`` raised before it;
        ``StopIteration`` when ``fn`` made no more."""
        if self._pid:
            try:
                data = _read_job(self._read)
            except BaseException:  # interrupted while waiting: the child must not outlive us
                self.cancel()
                raise
            try:
                message = pickle.loads(data) if data else _UNSET
            except Exception:  # an item that did not arrive whole
                message = _UNSET
            if message is None:  # the end: ``fn`` made no more
                self.cancel()
                self._here = iter(())
                raise StopIteration
            if message is not _UNSET:
                self._taken += 1
                ok, value = message
                if ok:
                    return value
                self.cancel()
                raise value
            self.cancel()  # the child died: whatever is left is made here
        if self._here is None:
            rest = itertools.islice(self._fn(*self._args), self._taken, None)
            self._here = iter(list(rest))
        self._taken += 1
        return next(self._here)

    def __enter__(self) -> Stream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.cancel()

    def cancel(self) -> None:
        """Stop the child, if one runs."""
        if self._read >= 0:
            os.close(self._read)
            self._read = -1
        if self._pid:
            pid, self._pid = self._pid, 0
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)


def stream(fn: Callable[..., Iterator[Any]], *args: Any, inline: bool = False) -> Stream:
    """Begin making the items of ``fn(*args)`` in a forked child (here when ``inline`` or
    no fork); ``Stream.next()`` takes them in order (see the module docstring)."""
    return Stream(fn, args, inline)


class Standby:
    """A child forked now that runs ``init()`` and then one job (see the module docstring)."""

    def __init__(self, init: Callable[[], object]) -> None:
        self._pid, self._jobs, self._results = 0, -1, -1
        if not can_fork():
            return
        jobs_read, jobs_write = os.pipe()
        results_read, results_write = os.pipe()
        parent = os.getpid()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            os.close(jobs_write)
            os.close(results_read)
            _standby(init, jobs_read, results_write, parent)
        os.close(jobs_read)
        os.close(results_write)
        self._pid, self._jobs, self._results = pid, jobs_write, results_read

    def start(self, fn: Callable[..., R], *args: Any) -> Forked[R]:
        """``fn(*args)`` in the standby child (or as ``start`` would run it); once only."""
        pid, jobs, results = self._pid, self._jobs, self._results
        self._pid, self._jobs, self._results = 0, -1, -1
        if not pid:
            return Forked(fn, args, inline=False)
        try:
            data = pickle.dumps((fn, args), protocol=pickle.HIGHEST_PROTOCOL)
            # Length first: a later fork of this process may hold a copy of the pipe's
            # end, so the child cannot wait for the end of the data.
            with os.fdopen(jobs, "wb") as pipe:
                jobs = -1
                pipe.write(len(data).to_bytes(8, "big") + data)
        except Exception:  # a job that cannot be sent: the child is no use
            _stop(pid, jobs, results)
            return Forked(fn, args, inline=False)
        except BaseException:  # Ctrl-C while sending
            _stop(pid, jobs, results)
            raise
        return Forked(fn, args, inline=False, adopt=(pid, results))

    def cancel(self) -> None:
        """Stop the child, if it still waits for a job."""
        pid, jobs, results = self._pid, self._jobs, self._results
        self._pid, self._jobs, self._results = 0, -1, -1
        if pid:
            _stop(pid, jobs, results)

    def __enter__(self) -> Standby:
        return self

    def __exit__(self, *exc: object) -> None:
        self.cancel()


def _stop(pid: int, *fds: int) -> None:
    """Kill and reap child ``pid`` and close its pipe ends ``fds`` (-1: already closed)."""
    with contextlib.suppress(OSError):
        os.kill(pid, signal.SIGKILL)
    for fd in fds:
        if fd >= 0:
            os.close(fd)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)


def _standby(init: Callable[[], object], jobs: int, write: int, parent: int) -> None:
    """Run ``init()`` while a thread reads the job (a big job must not block its sender
    while ``init`` runs), then compute the job as ``_child`` does. Without a whole job
    (the parent closed the pipe unused, or died) leave at once."""
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(_read_job(jobs)), daemon=True)
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        die_with_parent()
        reader.start()
        with contextlib.suppress(Exception):  # the job meets the same failure and reports it
            init()
        reader.join()
        fn, args = pickle.loads(received[0])
    except BaseException:
        os._exit(1)
    _child(fn, args, write, parent)


def _fork_piped(run: Callable[[int, int], None]) -> tuple[int, int]:
    """Fork a child that calls ``run(write end, parent pid)`` and never returns; here, the
    child's pid and the pipe's read end."""
    read, write = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # the child: ``run`` leaves by os._exit
        os.close(read)
        run(write, parent)
    os.close(write)
    return pid, read


def _send(write: int, data: bytes) -> None:
    """Write ``data`` to the pipe ``write`` and close it; a parent gone or unable to read
    finds the pipe short (and computes the result itself)."""
    with contextlib.suppress(OSError), os.fdopen(write, "wb") as pipe:
        pipe.write(data)


def _child(
    fn: Callable[..., Any],
    args: tuple[Any, ...],
    write: int,
    parent: int,
    after: Callable[[], object] | None = None,
) -> None:
    """Compute, send the pickled (ok, value), run ``after`` and leave without running the
    parent's exit handlers. Any failure to send leaves an empty pipe: the parent computes
    it again; exit status 0 tells that ``after`` was done."""
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
            if after is None:
                _send(write, data)
            else:  # the parent may read a result bigger than the pipe only later
                sender = threading.Thread(target=_send, args=(write, data))
                sender.start()
                after()  # a failure leaves status 1: the parent runs it again (``finish``)
                sender.join()
            status = 0
    finally:
        os._exit(status)


def _stream_child(
    fn: Callable[..., Iterator[Any]], args: tuple[Any, ...], write: int, parent: int
) -> None:
    """Make the items, each pickled (ok, item) as it comes, sent length first by a thread,
    then None (the end); an exception of ``fn`` is sent as (False, exception) instead of
    the rest. An item that cannot be pickled leaves the stream short: the parent makes the
    rest itself."""
    status = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        die_with_parent()
        if os.getppid() == parent:  # else the build died before the kernel was asked
            outbox: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
            sender = threading.Thread(target=_send_each, args=(write, outbox))
            sender.start()
            try:
                for item in fn(*args):
                    outbox.put(pickle.dumps((True, item), protocol=pickle.HIGHEST_PROTOCOL))
                outbox.put(pickle.dumps(None))  # the end
            except Exception as exc:  # the parent raises it again
                with contextlib.suppress(Exception):
                    outbox.put(pickle.dumps((False, exc), protocol=pickle.HIGHEST_PROTOCOL))
            outbox.put(None)
            sender.join()
            status = 0
    finally:
        os._exit(status)


def _send_each(write: int, outbox: queue.SimpleQueue[bytes | None]) -> None:
    """Write each message of ``outbox``, its length first, to the pipe ``write`` until
    None; a parent gone leaves the rest unsent."""
    with contextlib.suppress(OSError), os.fdopen(write, "wb") as pipe:
        while (data := outbox.get()) is not None:
            pipe.write(len(data).to_bytes(8, "big") + data)
            pipe.flush()
