"""The CPU-time limit that stops pypdf mid-page."""

from __future__ import annotations

import gc
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing.cpu_alarm import OutOfTime, can_arm, can_watch, cpu_limit

ROOT = Path(__file__).resolve().parents[1]


def busy(swallow: bool) -> int:
    """Pure-Python work that never ends on its own, like a parser on a hostile stream."""
    n = 0
    while True:
        try:
            n += sum(range(1000))
        except Exception:  # a library's broad handler must not swallow the alarm
            if not swallow:
                raise


@pytest.mark.skipif(not can_arm(), reason="no CPU-time alarm on this system")
@pytest.mark.parametrize("swallow", [False, True])
def test_a_call_that_runs_too_long_is_stopped(swallow: bool) -> None:
    with pytest.raises(OutOfTime), cpu_limit(0.2) as armed:
        assert armed
        busy(swallow)


@pytest.mark.skipif(not can_arm(), reason="no CPU-time alarm on this system")
def test_the_timer_and_handler_are_restored() -> None:
    before = signal.getsignal(signal.SIGPROF)
    with cpu_limit(5.0):
        sum(range(1000))
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGPROF) is before


def test_no_time_left_stops_before_the_call() -> None:
    with pytest.raises(OutOfTime), cpu_limit(0.0):
        pytest.fail("the block ran")


def in_thread(fn: Callable[[], object]) -> list[object]:
    """What ``fn`` returned or raised, run in a thread other than the main one."""
    seen: list[object] = []

    def run() -> None:
        try:
            seen.append(fn())
        except BaseException as exc:  # noqa: BLE001 - the test looks at what was raised
            seen.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return seen


@pytest.mark.skipif(not can_watch(), reason="no thread CPU clock on this system")
@pytest.mark.parametrize("swallow", [False, True])
def test_outside_the_main_thread_a_call_that_runs_too_long_is_stopped(swallow: bool) -> None:
    # Signals reach only the main thread: on a Dask worker's thread or in a thread pool the
    # call ran unlimited. The loop gives up on its own after 3 CPU s, so the old code fails.
    give_up = time.thread_time() + 3.0

    def run() -> bool:
        with cpu_limit(0.2) as armed:
            assert armed
            while time.thread_time() < give_up:
                try:
                    sum(range(1000))
                except Exception:
                    if not swallow:
                        raise
        return False

    (outcome,) = in_thread(run)
    assert isinstance(outcome, OutOfTime)


@pytest.mark.skipif(not can_watch(), reason="no thread CPU clock on this system")
def test_outside_the_main_thread_no_ring_lands_after_the_block() -> None:
    def run() -> int:
        stopped = 0
        for _ in range(20):  # leave the block about when it rings, many times
            try:
                with cpu_limit(0.01):
                    give_up = time.thread_time() + 0.01
                    while time.thread_time() < give_up:
                        pass
            except OutOfTime:
                stopped += 1
        time.sleep(0.2)  # a late ring would land in the work below
        give_up = time.thread_time() + 0.2
        while time.thread_time() < give_up:
            sum(range(1000))
        return stopped

    (outcome,) = in_thread(run)
    assert isinstance(outcome, int)


@pytest.mark.skipif(not can_arm(), reason="no CPU-time alarm on this system")
def test_an_alarm_lost_where_exceptions_are_swallowed_rings_again() -> None:
    # The signal may interrupt code whose exceptions Python prints and drops (a collector
    # callback): a full test run lost the alarm there and the page ran on unlimited.
    import time

    give_up = time.process_time() + 3.0

    def spin() -> None:
        # The whole loop runs inside the caller's try, so the alarm cannot land between
        # two iterations, outside the handler that swallows it.
        while time.process_time() < give_up:
            sum(range(1000))

    lost = 0

    def swallow_one() -> None:
        nonlocal lost
        try:
            spin()
        except OutOfTime:
            lost += 1

    with pytest.raises(OutOfTime), cpu_limit(0.1):
        swallow_one()
        spin()
    assert lost == 1


@pytest.mark.skipif(not can_watch(), reason="no thread CPU clock on this system")
def test_ingest_on_a_dask_worker_thread_stops_a_page_that_runs_too_long(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A Dask worker runs its tasks in threads, where the signal alarm never rang: a page
    # that kept the reader busy was read to its end, however long that took. The stand-in
    # for a hostile page gives up on its own after 3 CPU s, so the old code fails.
    distributed = pytest.importorskip("distributed")
    import trafilatura

    from briefing.ingest import ingest, readers

    def busy(*args: object, **kwargs: object) -> None:
        give_up = time.thread_time() + 3.0
        while time.thread_time() < give_up:
            sum(range(1000))

    monkeypatch.setattr(trafilatura, "bare_extraction", busy)
    monkeypatch.setattr(readers, "HTML_SECONDS", 0.2)
    page = "<html><body><p>The council met on Monday to discuss the new port.</p></body></html>"
    (tmp_path / "slow.html").write_text(page, encoding="utf-8")
    with (
        distributed.LocalCluster(
            processes=False, n_workers=1, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        result = client.submit(ingest, [str(tmp_path)], pure=False).result()
    assert [s.reason for s in result.skipped] == ["page took over 0.2 CPU s to read (HTML_SECONDS)"]


def ends_in_one_long_c_step() -> None:
    """A block whose last step is one long C operation with no check point after it (a
    big-integer power, as a regex or lxml parse can be): the ring set during it lands at the
    first bytecode of contextlib's ``__exit__``, after the body, before the limit's finally."""
    with cpu_limit(0.05):
        _ = 7**1_000_000


def work_on() -> str:
    """Work after the block, outside any limit (a late ring lands here)."""
    give_up = time.thread_time() + 0.3
    while time.thread_time() < give_up:
        sum(range(1000))
    return "worked on"


def kept_error_then_work(
    kept: list[BaseException], leave: Callable[[], None] = ends_in_one_long_c_step
) -> str:
    """Leave the block by the exit window, keep the error (a log handler, a Dask task's
    result), wait in a slow handler, then work on outside any limit."""
    try:
        leave()
    except OutOfTime as exc:
        kept.append(exc)  # kept the old limit's generator, never resumed, alive
        time.sleep(0.3)  # a slow handler: a late ring lands when it returns
    return work_on()


@pytest.mark.skipif(not can_watch(), reason="no thread CPU clock on this system")
def test_outside_the_main_thread_no_ring_follows_one_that_lands_as_the_block_is_left() -> None:
    # The old watchdog kept ringing every 0.05 s until the limit's finally ran, which a ring
    # landing in contextlib's __exit__ skipped: OutOfTime escaped the handler.
    kept: list[BaseException] = []
    assert in_thread(lambda: kept_error_then_work(kept)) == ["worked on"]


@pytest.mark.skipif(not can_watch(), reason="no thread CPU clock on this system")
def test_the_watchdog_is_gone_once_its_thread_has_ended() -> None:
    # Kept errors keep the limit's generator alive: the old watchdog rang on for ever, and
    # into a later thread given the same ident.
    kept: list[BaseException] = []
    in_thread(lambda: kept_error_then_work(kept))
    give_up = time.monotonic() + 2.0
    while any(t.name == "cpu_limit" for t in threading.enumerate()):
        assert time.monotonic() < give_up, "the watchdog outlived its thread"
        time.sleep(0.05)


def main_thread_ends_in_one_long_c_step() -> None:
    """``ends_in_one_long_c_step`` for the main thread, where the ring is a signal: Python
    runs its handler at the first check point after the C step. A big-integer power checks
    for signals inside itself; a set intersection does not, so the ring lands in __exit__."""
    many = frozenset(range(1_000_000))  # about 0.05 CPU s to intersect, 0.15 GB
    also = frozenset(list(many))
    started = time.thread_time()
    with cpu_limit(0.01):
        _ = many & also
    # Past its limit, the ring set during the C step: else the test proves nothing.
    assert time.thread_time() - started > 0.01


@pytest.mark.skipif(not can_arm(), reason="no CPU-time alarm on this system")
def test_in_the_main_thread_a_ring_as_the_block_is_left_waits_for_its_exit() -> None:
    # The main thread's timer had no check of where its ring lands: a ring in contextlib's
    # __exit__ skipped the limit's finally, so the timer stayed armed and rang again every
    # RING_AGAIN_SECONDS of CPU time into the work after the block (OutOfTime escaped it).
    # Now a ring that finds the body ended (in the limit's __exit__) raises nothing: the
    # block's result stands, and the timer is stopped as the block is left.
    before = signal.getsignal(signal.SIGPROF)
    kept: list[BaseException] = []
    try:
        assert kept_error_then_work(kept, main_thread_ends_in_one_long_c_step) == "worked on"
        assert kept == []
        assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)
        assert signal.getsignal(signal.SIGPROF) is before
    finally:
        kept.clear()
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, before)


def same_frame_kept_error_then_work(kept: list[BaseException], big: int = 0) -> str:
    """``kept_error_then_work`` with the block in the same function as the work after it
    (the entering frame runs on): a ring that outlived the block found its frame running.
    ``big`` set: the block ends in a big-integer power (threads); else a set intersection."""
    many = frozenset(range(1_000_000)) if not big else frozenset()
    also = frozenset(list(many))
    try:
        with cpu_limit(0.01):
            _ = 7**big if big else many & also
    except OutOfTime as exc:
        kept.append(exc)
        time.sleep(0.3)
    return work_on()


@pytest.mark.skipif(not can_arm(), reason="no CPU-time alarm on this system")
def test_in_the_main_thread_no_ring_outlives_a_block_in_the_same_function() -> None:
    # The old timer checked only that the entering frame was still running: with the block
    # and the later work in one function, a ring that escaped contextlib's __exit__ left the
    # timer armed (the kept error kept the generator alive) and it rang on in the later work.
    before = signal.getsignal(signal.SIGPROF)
    kept: list[BaseException] = []
    try:
        assert same_frame_kept_error_then_work(kept) == "worked on"
        assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)
        assert signal.getsignal(signal.SIGPROF) is before
    finally:
        kept.clear()
        gc.collect()
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, before)


@pytest.mark.skipif(not can_watch(), reason="no thread CPU clock on this system")
def test_outside_the_main_thread_no_ring_outlives_a_block_in_the_same_function() -> None:
    # The watchdog rang at the first bytecode of contextlib's __exit__ (after a long C step),
    # the error escaped the block and, the entering frame still running, it rang again in
    # the work after it.
    kept: list[BaseException] = []
    assert in_thread(lambda: same_frame_kept_error_then_work(kept, 1_000_000)) == ["worked on"]


# A thread's limit ends, then this thread traces a call (as coverage or a debugger does).
TRACED_AFTER_A_THREADS_LIMIT = """\
import sys, threading
from briefing.cpu_alarm import cpu_limit

def counted():
    return sum(range(10))

def limited():
    with cpu_limit(30):
        counted()

worker = threading.Thread(target=limited)
worker.start()
worker.join()
sys.settrace(lambda frame, event, arg: None)
counted()
sys.settrace(None)
print("traced")
"""


@pytest.mark.skipif(not can_watch(), reason="no thread CPU clocks on this system")
def test_traced_code_runs_after_a_threads_limit_has_ended(tmp_path: Path) -> None:
    # Forgetting a ring with PyThreadState_SetAsyncExc(thread, NULL) left CPython 3.11's
    # pending flag set, and the traced call above then never returned (the test timed out).
    script = tmp_path / "traced.py"
    script.write_text(TRACED_AFTER_A_THREADS_LIMIT)
    done = subprocess.run(
        [sys.executable, str(script)],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "traced"
