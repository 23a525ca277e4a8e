"""Run the map in this process or on a local pool of worker processes.

The pool is ``multiprocessing.Pool`` started with ``spawn``: each worker is a fresh
interpreter and a direct child of the build (not of a fork server, which would outlive
it while its workers run), loads spaCy once (the pool's initializer) and then takes
batches of articles. At most ``IN_FLIGHT_PER_WORKER``
batches per worker are queued at a time, so a folder of thousands of articles streams
through the workers instead of being pickled into them all at once.

Process hygiene: a worker dies with the build. On Linux the kernel sends it SIGKILL when
its parent goes (``prctl(PR_SET_PDEATHSIG)``), elsewhere a watchdog thread notices the
parent is gone; either way a ``kill -9`` of the build leaves no worker behind. Workers
ignore SIGINT: Ctrl-C reaches the whole process group, and only the build answers it
(terminating the pool), so there is one line on the console, not a traceback per worker.

A spawned worker does not re-import the build's ``__main__`` (which ``spawn`` does to find
functions defined there; the workers need none): a user's script that calls ``build()``
without an ``if __name__ == "__main__":`` guard would otherwise start a build in every
worker, which then waits for the output folder's lock before it serves the pool.
"""

from __future__ import annotations

import contextlib
import importlib
import multiprocessing
import multiprocessing.pool
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from types import ModuleType

from briefing.forked import die_with_parent
from briefing.mapping.work import (
    ArticleResult,
    Extra,
    MapSettings,
    analyse_articles,
    analyse_for_transfer,
    warm_scoring,
    warm_up,
)
from briefing.model import Document

# Batches queued per worker: enough that a worker never waits for the next batch, few
# enough that only a handful of articles are in flight (benchmarks/scale.py).
IN_FLIGHT_PER_WORKER = 3
WATCHDOG_SECONDS = 1.0  # how often a worker without PR_SET_PDEATHSIG checks its parent

Batch = tuple[list[int], list[Document]]


def run_in_process(
    batches: Iterable[Batch], settings: MapSettings
) -> Iterator[tuple[list[int], list[ArticleResult]]]:
    """The map without workers: each batch in turn, in this process."""
    for indices, documents in batches:
        yield indices, analyse_articles(documents, settings)


class Workers:
    """``count`` worker processes started before the build knows its articles (a first
    build of a large folder, ``standby.workers_ahead``): their start-up and spaCy's load
    overlap the build's reading of the sources, and ``run_pool`` takes them once the
    articles are known. ``start`` spawns them (once); ``close`` stops them if no map took
    them. Their threads must not be running when the build forks (a fork copies no
    thread): the build starts them once ingest has forked (``ingest``'s ``started``) and
    closes them before any fork of the map's other routes."""

    def __init__(self, count: int, settings: MapSettings, imports: Sequence[str] = ()) -> None:
        """``imports``: modules each worker imports as it starts (those of the ``extra``
        the map will hand its tasks: its first task then waits for none)."""
        self.count = count
        self._settings = settings
        self._imports = tuple(imports)
        self._pool: multiprocessing.pool.Pool | None = None
        self._done = False

    def start(self) -> None:
        if self._pool is None and not self._done:
            self._pool = _new_pool(self.count, self._settings, self._imports)

    def take(self) -> multiprocessing.pool.Pool | None:
        """The running pool, handed over once (None if never started or closed)."""
        pool, self._pool, self._done = self._pool, None, True
        return pool

    def close(self) -> None:
        pool = self.take()
        if pool is not None:
            pool.terminate()

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def run_pool(
    batches: Iterable[Batch],
    settings: MapSettings,
    workers: int,
    extra: Extra | None = None,
    started: Workers | None = None,
) -> Iterator[tuple[list[int], list[ArticleResult]]]:
    """The map on ``workers`` local processes (those of ``started`` when it runs as many);
    results come back in batch order, each with ``extra`` of its article (``work.Extra``)
    when given."""
    pool = None
    if started is not None and started.count == workers:
        pool = started.take()
    elif started is not None:  # more than the batches need: no worker without a batch
        started.close()
    if pool is None:
        pool = _new_pool(workers, settings)
    pending: deque[tuple[list[int], multiprocessing.pool.AsyncResult]] = deque()
    source = iter(batches)
    try:
        for indices, documents in source:
            job = pool.apply_async(analyse_for_transfer, (documents, settings, extra))
            pending.append((indices, job))
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                done, result = pending.popleft()
                yield done, result.get()
        while pending:
            done, result = pending.popleft()
            yield done, result.get()
    finally:
        # Also once every result is in: the idle workers are killed, not asked to leave.
        # ``close`` and ``join`` waited for each worker's interpreter to tear down spaCy's
        # ~300 MB of objects, about 1 s of a first build's wall time (benchmarks/scale.py's
        # folder) with the build's reduce not begun.
        pool.terminate()  # on an error, Ctrl-C or an abandoned generator too


def _new_pool(
    workers: int, settings: MapSettings, imports: tuple[str, ...] = ()
) -> multiprocessing.pool.Pool:
    context = multiprocessing.get_context("spawn")
    with _sigint_ignored(), _main_unshared():  # inherited through exec: no Ctrl-C in a worker
        return context.Pool(
            workers, initializer=_init_worker, initargs=(settings, os.getpid(), imports)
        )


@contextlib.contextmanager
def _sigint_ignored() -> Iterator[None]:
    """Ignore SIGINT while workers start: a new worker imports for seconds before its
    initializer runs, and a Ctrl-C then would print its traceback."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@contextlib.contextmanager
def _main_unshared() -> Iterator[None]:
    """Start workers that do not import this process's ``__main__``: ``spawn`` prepares a
    child from ``sys.modules["__main__"]`` (its file or module name), so an empty stand-in
    while the pool starts its processes gives them nothing to re-run."""
    main = sys.modules.get("__main__")
    sys.modules["__main__"] = ModuleType("__main__")
    try:
        yield
    finally:
        if main is not None:
            sys.modules["__main__"] = main
        else:  # an embedding interpreter without one: leave none, as found
            sys.modules.pop("__main__", None)


def _init_worker(settings: MapSettings, build: int, imports: tuple[str, ...] = ()) -> None:
    """Tie the worker's life to the build's, leave Ctrl-C to the build, load spaCy and
    import the summarizer and ``imports`` (``Workers``), before any task."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if not die_with_parent():
        threading.Thread(target=_watch_parent, args=(build,), daemon=True).start()
    if os.getppid() != build:
        os._exit(1)  # the build died before the kernel was asked to tell us
    warm_up(settings)
    warm_scoring(settings)
    for name in imports:
        importlib.import_module(name)


def _watch_parent(parent: int) -> None:
    """Without PR_SET_PDEATHSIG: exit once the parent is gone (the worker is re-parented)."""
    while True:
        time.sleep(WATCHDOG_SECONDS)
        if os.getppid() != parent:
            os._exit(1)
