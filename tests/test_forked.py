"""A function run in a forked child: its value or its exception comes back; a child that
dies without a result costs a second run here, never the result; leaving early stops it."""

from __future__ import annotations

import functools
import os
import signal
import subprocess
import time
from collections.abc import Iterator
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


def test_a_standby_that_died_after_taking_the_job_costs_a_second_run_here() -> None:
    with forked.Standby(functools.partial(time.sleep, 60)) as standby:
        pid = standby._pid
        job = standby.start(where, 21)  # its reader thread takes the job while init sleeps
        os.kill(pid, signal.SIGKILL)
        with job:
            assert job.result() == (os.getpid(), 42)


def test_a_standby_dead_before_the_job_is_sent_leaves_it_to_a_new_child() -> None:
    """The job cannot be written to a standby already gone: it runs as ``start`` runs it
    (before, one test covered both orders and failed whenever the kill won the race)."""
    with forked.Standby(load) as standby:
        pid = standby._pid
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        with standby.start(where, 21) as job:
            child, value = job.result()
    assert value == 42
    assert child not in (pid, os.getpid())


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


# ``after``: work the child does once it has sent the result, which nobody waits for.
def note_pid(path: Path) -> None:
    path.write_text(str(os.getpid()))


def note_when(signal_file: Path, path: Path) -> None:
    """Note this process's pid once ``signal_file`` appears (or after 20 s)."""
    deadline = time.monotonic() + 20
    while not signal_file.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    note_pid(path)


def test_after_runs_in_the_child_once_the_result_is_sent(tmp_path: Path) -> None:
    """The result arrives while the child still works on ``after`` (it waits for a file
    this process writes only once it has the result); ``finish`` waits for it."""
    go, noted = tmp_path / "go", tmp_path / "pid"
    with forked.start(where, 21, after=functools.partial(note_when, go, noted)) as job:
        pid, value = job.result()
        assert value == 42 and not noted.exists()
        go.touch()
        job.finish()
        assert noted.read_text() == str(pid) != str(os.getpid())
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # finished and reaped


def test_finish_runs_after_here_when_the_child_died_before_it(tmp_path: Path) -> None:
    noted = tmp_path / "pid"
    with forked.start(
        dies_unless_home, os.getpid(), after=functools.partial(note_pid, noted)
    ) as job:
        assert job.result() == "computed"
        job.finish()
    assert noted.read_text() == str(os.getpid())


def test_finish_runs_after_here_when_the_child_is_killed_in_it(tmp_path: Path) -> None:
    go, noted = tmp_path / "go", tmp_path / "pid"
    with forked.start(where, 21, after=functools.partial(note_when, go, noted)) as job:
        pid, _ = job.result()
        os.kill(pid, signal.SIGKILL)  # while it waits in ``after``
        go.touch()
        job.finish()
    assert noted.read_text() == str(os.getpid())


def test_an_after_that_fails_in_the_child_is_run_again_here_and_raises() -> None:
    with forked.start(where, 21, after=functools.partial(fails, "disk full")) as job:
        assert job.result()[1] == 42
        with pytest.raises(ValueError, match="disk full"):
            job.finish()


def test_after_runs_here_at_finish_when_inline(tmp_path: Path) -> None:
    noted = tmp_path / "pid"
    with forked.start(where, 21, inline=True, after=functools.partial(note_pid, noted)) as job:
        assert not noted.exists()
        job.finish()
        assert noted.read_text() == str(os.getpid())
        noted.unlink()
        job.finish()  # once only
        assert not noted.exists()


def test_finish_never_waits_for_another_child_of_this_process(tmp_path: Path) -> None:
    """With no child of its own (inline), ``finish`` must not wait for whatever other
    child this process has (a resource tracker, a sleeping helper): it runs ``after``."""
    other = subprocess.Popen(["sleep", "30"])
    noted = tmp_path / "pid"
    try:
        started = time.monotonic()
        with forked.start(where, 21, inline=True, after=functools.partial(note_pid, noted)) as job:
            job.finish()
        assert time.monotonic() - started < 10 and noted.read_text() == str(os.getpid())
        assert other.poll() is None  # not reaped by us
    finally:
        other.kill()
        other.wait()


def test_leaving_the_block_without_finish_stops_the_child_in_after(tmp_path: Path) -> None:
    go, noted = tmp_path / "go", tmp_path / "pid"
    with forked.start(where, 21, after=functools.partial(note_when, go, noted)) as job:
        pid, _ = job.result()
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # killed and reaped
    go.touch()
    time.sleep(0.2)
    assert not noted.exists()


def big(size: int) -> bytes:
    return bytes(size)


def test_after_does_not_wait_for_the_caller_to_read_a_big_result(tmp_path: Path) -> None:
    """A result far bigger than the pipe's buffer is sent while ``after`` runs: the caller
    may read it only once its own work is done (the build renders the PDF meanwhile)."""
    noted = tmp_path / "pid"
    with forked.start(big, 5_000_000, after=functools.partial(note_pid, noted)) as job:
        deadline = time.monotonic() + 20
        while not noted.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert noted.exists()  # done before anyone read the result
        assert job.result() == bytes(5_000_000)
        job.finish()


# A stream: a generator's items, made in a forked child and taken one by one.
def counted(n: int) -> Iterator[tuple[int, int]]:
    for i in range(n):
        yield os.getpid(), i


def test_a_streams_items_come_in_order_from_another_process() -> None:
    with forked.stream(counted, 3) as items:
        got = [items.next() for _ in range(3)]
        with pytest.raises(StopIteration):
            items.next()
    assert [i for _, i in got] == [0, 1, 2]
    assert {pid for pid, _ in got} != {os.getpid()}


def test_an_inline_stream_makes_its_items_here() -> None:
    with forked.stream(counted, 2, inline=True) as items:
        assert [items.next(), items.next()] == [(os.getpid(), 0), (os.getpid(), 1)]
        with pytest.raises(StopIteration):
            items.next()


def first_then_waits(home: int, flag: str) -> Iterator[str]:
    yield "first"
    if os.getpid() != home:
        Path(flag).write_text("sent", encoding="utf-8")
        time.sleep(60)  # the caller takes the first item while this one still works
    yield "second"


def test_a_streams_first_item_arrives_while_the_child_still_works(tmp_path: Path) -> None:
    flag = tmp_path / "flag"
    started = time.perf_counter()
    with forked.stream(first_then_waits, os.getpid(), str(flag)) as items:
        assert items.next() == "first"
        assert time.perf_counter() - started < 30
        while not flag.exists() and time.perf_counter() - started < 30:
            time.sleep(0.01)  # the child goes on after sending it
        assert flag.exists()


def dies_after_first(home: int) -> Iterator[str]:
    yield "first"
    if os.getpid() != home:
        os.kill(os.getpid(), signal.SIGKILL)
    yield "second"


def test_a_stream_whose_child_dies_is_finished_here() -> None:
    with forked.stream(dies_after_first, os.getpid()) as items:
        assert items.next() == "first"
        assert items.next() == "second"
        with pytest.raises(StopIteration):
            items.next()


def fails_second(message: str) -> Iterator[str]:
    yield "first"
    raise ValueError(message)


def test_a_streams_exception_is_raised_again_in_the_caller() -> None:
    with forked.stream(fails_second, "bad input") as items:
        assert items.next() == "first"
        with pytest.raises(ValueError, match="bad input"):
            items.next()


def big_items() -> Iterator[bytes]:
    yield bytes(3_000_000)
    yield bytes(4_000_000)


def test_big_items_arrive_whole() -> None:
    with forked.stream(big_items) as items:
        assert items.next() == bytes(3_000_000)
        assert items.next() == bytes(4_000_000)
