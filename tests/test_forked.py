"""A function run in a forked child: its value or its exception comes back; a child that
dies without a result costs a second run here, never the result; leaving early stops it."""

from __future__ import annotations

import functools
import os
import signal
import time
from pathlib import Path

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


# A standby child: forked before the job is known, it runs its init at once.
LOADED: list[str] = []


def load() -> None:
    LOADED.append("model")  # only in the standby child's memory


def loaded_where(x: int) -> tuple[int, list[str], int]:
    return os.getpid(), list(LOADED), x * 2


def test_a_standby_child_runs_its_init_then_the_job_sent_to_it() -> None:
    with forked.Standby(load) as standby:
        pid = standby._pid
        with standby.start(loaded_where, 21) as job:
            where, loaded, value = job.result()
    assert (where, loaded, value) == (pid, ["model"], 42)
    assert pid != os.getpid() and LOADED == []


def test_a_job_that_cannot_be_sent_runs_as_start_would() -> None:
    with forked.Standby(load) as standby:
        pid = standby._pid
        with standby.start(lambda: os.getpid()) as job:  # a lambda cannot be pickled
            assert job.result() not in (pid, os.getpid())  # a child forked for it
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # the standby is stopped and reaped


def test_a_standby_that_died_costs_a_second_run_here() -> None:
    with forked.Standby(load) as standby:
        os.kill(standby._pid, signal.SIGKILL)
        with standby.start(where, 21) as job:
            assert job.result() == (os.getpid(), 42)


def test_an_unused_standby_is_stopped_when_the_block_ends() -> None:
    with forked.Standby(functools.partial(time.sleep, 60)) as standby:
        pid = standby._pid
        assert pid
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def wait_for(path: Path) -> None:
    """An init that ends when ``path`` appears (or after 20 s, noting that it did not)."""
    deadline = time.monotonic() + 20
    while not path.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    LOADED.append("saw it" if path.exists() else "timed out")


def size_and_init(data: bytes) -> tuple[int, list[str]]:
    return len(data), list(LOADED)


def test_a_big_job_is_sent_while_the_init_still_runs(tmp_path: Path) -> None:
    """A job far bigger than a pipe's buffer reaches the child while its init is busy (a
    thread of the child reads it): the init here waits for a file this process writes only
    once the job is sent."""
    signal_file = tmp_path / "sent"
    with forked.Standby(functools.partial(wait_for, signal_file)) as standby:
        job = standby.start(size_and_init, bytes(5_000_000))
        signal_file.touch()
        with job:
            assert job.result() == (5_000_000, ["saw it"])


def test_an_init_that_fails_leaves_the_job_to_report() -> None:
    standby = forked.Standby(functools.partial(fails, "no model"))
    with standby, standby.start(where, 21) as job:
        pid, value = job.result()
    assert value == 42 and pid != os.getpid()
