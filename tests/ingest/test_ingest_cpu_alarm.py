"""The CPU-time limit that stops pypdf mid-page."""

from __future__ import annotations

import signal
import threading

import pytest

from briefing.ingest.cpu_alarm import OutOfTime, can_arm, cpu_limit


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


def test_outside_the_main_thread_the_call_runs_unlimited() -> None:
    seen: list[bool] = []

    def run() -> None:
        with cpu_limit(0.01) as armed:
            seen.append(armed)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert seen == [False]


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
