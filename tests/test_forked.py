"""A function run in a forked child: its value or its exception comes back; a child that
dies without a result costs a second run here, never the result; leaving early stops it."""

from __future__ import annotations

import os
import signal
import time

import pytest

from briefing import forked

pytestmark = pytest.mark.skipif(not forked.can_fork(), reason="no fork on this platform")


def where(x: int) -> tuple[int, int]:
    return os.getpid(), x * 2


def test_the_value_is_computed_in_another_process() -> None:
    with forked.start(where, 21) as job:
        pid, value = job.result()
    assert value == 42 and pid != os.getpid()


def test_inline_runs_here_when_asked() -> None:
    with forked.start(where, 21, inline=True) as job:
        assert job.result() == (os.getpid(), 42)


def fails(message: str) -> None:
    raise ValueError(message)


def test_an_exception_is_raised_again_in_the_caller() -> None:
    with forked.start(fails, "bad input") as job, pytest.raises(ValueError, match="bad input"):
        job.result()


def dies_unless_home(home: int) -> str:
    if os.getpid() != home:
        os.kill(os.getpid(), signal.SIGKILL)  # as the out-of-memory killer would
    return "computed"


def test_a_child_killed_without_a_result_is_computed_again_here() -> None:
    with forked.start(dies_unless_home, os.getpid()) as job:
        assert job.result() == "computed"


def unpicklable() -> object:
    return lambda: "made here"


def test_a_result_that_cannot_be_sent_is_computed_again_here() -> None:
    with forked.start(unpicklable) as job:
        assert job.result()() == "made here"


def test_leaving_the_block_early_stops_the_child() -> None:
    with forked.start(time.sleep, 60) as job:
        pid = job._pid
        assert pid
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # killed and reaped: no such child left
    assert job._read == -1


def test_a_big_result_arrives_whole() -> None:
    with forked.start(bytes, 5_000_000) as job:  # far more than a pipe's buffer
        assert job.result() == bytes(5_000_000)
