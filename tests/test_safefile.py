"""Reading a file anyone may have put in place: regular files only, bounded, never blocking."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing.safefile import FileTooLarge, open_log, read_file, read_whole


def test_a_large_limit_reads_a_small_file(tmp_path: Path) -> None:
    """read(limit) sets the limit aside first: max_source_mb = 100000 made every file a
    MemoryError."""
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 3_000_000)
    assert read_file(path, 10**12) == b"x" * 3_000_000
    assert read_file(path, 5) == b"xxxxx" and read_file(path) == path.read_bytes()


def test_read_whole_refuses_more_than_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_bytes(b"{}" * 2**20)
    assert read_whole(path, 2**21) == path.read_bytes()
    with pytest.raises(FileTooLarge, match="larger than 1 MB"):
        read_whole(path, 2**20)


def test_only_regular_files_are_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")  # would block on open() without O_NONBLOCK
    for path in (tmp_path / "pipe", tmp_path, Path("/dev/zero")):
        with pytest.raises(OSError):
            read_file(path, 10)


def test_no_follow_refuses_a_link_that_plain_reading_follows(tmp_path: Path) -> None:
    target = tmp_path / "target.txt"
    target.write_bytes(b"inside")
    (tmp_path / "link.txt").symlink_to(target)
    assert read_file(tmp_path / "link.txt") == b"inside"
    with pytest.raises(OSError):
        read_file(tmp_path / "link.txt", no_follow=True)
    with pytest.raises(OSError):
        read_whole(tmp_path / "link.txt", 100, no_follow=True)
    assert read_whole(target, 100, no_follow=True) == b"inside"


def test_the_log_is_appended_to_but_never_through_a_link_or_into_a_pipe(tmp_path: Path) -> None:
    # A shell's ">> briefing.log" followed a link planted in the output folder (to
    # ~/.bashrc) and blocked forever on a named pipe.
    log = tmp_path / "briefing.log"
    for line in (b"one\n", b"two\n"):
        fd = open_log(log)
        os.write(fd, line)
        os.close(fd)
    assert log.read_bytes() == b"one\ntwo\n"
    victim = tmp_path / "bashrc"
    victim.write_bytes(b"export A=1\n")
    (tmp_path / "link.log").symlink_to(victim)
    with pytest.raises(OSError, match="symbolic link"):
        open_log(tmp_path / "link.log")
    os.mkfifo(tmp_path / "pipe.log")
    for path in (tmp_path / "pipe.log", tmp_path):
        with pytest.raises(OSError):
            open_log(path)
    assert victim.read_bytes() == b"export A=1\n"
