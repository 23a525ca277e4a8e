"""Reading a file that anyone may have put in place: a regular file only, never blocking,
never more than asked for.

A sources folder, and the output folder's ``.briefing`` state, are anyone's to fill. A
named pipe where a file was expected blocks ``open`` and ``read`` forever (a FIFO named
``state.json`` hung every later run while it held the folder's lock), a device never
ends, and a file may be far larger than the program can hold. ``read_file`` opens
without blocking, refuses anything but a regular file and reads at most ``limit`` bytes.
``open_log`` opens a file to append to the same way, never through a symbolic link.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

_CHUNK = 1 << 20  # bytes read at a time when a limit is given


class FileTooLarge(OSError):
    """The file holds more than the caller's limit."""


class NotOwned(OSError):
    """The file is not the user's the caller expected (another user put it there)."""


def read_file(
    path: str | Path, limit: int = -1, *, no_follow: bool = False, owner: int | None = None
) -> bytes:
    """The bytes of a regular file (at most ``limit`` of them). A named pipe or device put
    in a file's place raises ``OSError`` instead of blocking the run forever on ``open``.
    ``no_follow``: a symbolic link as the file raises ``OSError`` too, decided by the open
    itself, so a link swapped in after a caller's check is not followed either.
    ``owner``: a file of another user raises ``NotOwned``, decided on the file opened."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    if no_follow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        if owner is not None and st.st_uid != owner:
            raise NotOwned(errno.EACCES, f"owned by user {st.st_uid}, not by {owner}")
        if limit < 0:
            return fh.read()
        # In pieces: read(limit) sets aside ``limit`` bytes before reading any, so a large
        # limit (max_source_mb = 100000) failed every small file with MemoryError.
        chunks: list[bytes] = []
        while limit > 0 and (chunk := fh.read(min(limit, _CHUNK))):
            chunks.append(chunk)
            limit -= len(chunk)
        return b"".join(chunks)


def read_whole(
    path: str | Path, limit: int, *, no_follow: bool = False, owner: int | None = None
) -> bytes:
    """The whole regular file, or ``FileTooLarge`` when it holds more than ``limit`` bytes."""
    data = read_file(path, limit + 1, no_follow=no_follow, owner=owner)
    if len(data) > limit:
        raise FileTooLarge(errno.EFBIG, f"larger than {limit // 2**20} MB")
    return data


def open_log(path: str | Path) -> int:
    """A descriptor appending to the regular file ``path`` (created 0644 if missing).

    The cron job's log sits in the output folder, which others may fill: a shell's
    ``>> briefing.log`` followed a link planted there (to ``~/.bashrc``, with a source
    named ``$(…).txt`` logged into it) and blocked forever on a named pipe. Opened here
    without following a link and without blocking, anything but a regular file raises
    ``OSError``.
    """
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_NOFOLLOW", 0), 0o644)
    except OSError as exc:  # ELOOP: a link; ENXIO: a pipe no one reads
        if exc.errno == errno.ELOOP:
            raise OSError(exc.errno, "a symbolic link (not followed)") from None
        if exc.errno == errno.ENXIO:
            raise OSError(exc.errno, "not a regular file") from None
        raise
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(errno.EINVAL, "not a regular file")
    return fd
