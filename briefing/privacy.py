"""Whether only the build's own user can write the output folder's ``.briefing``, and
taking others' write permission away when the folder and everything in it are that user's.

``.briefing`` holds the history (``state.json``: the last edition's brief, which "What's
new" compares against, and the editions a build prunes) and three caches. A check of an
entry's content cannot tell a planted value that fits its source from the build's own,
so what another user could have written is not used: a cache folder they can write is no
cache (``private``), a history file is trusted only in a folder they cannot write and when
the file is the build user's own (``own_file``).

An earlier version made ``.briefing`` with the user's umask (0775 under a umask of 002), so
its caches went unused, with a warning, on every run until the user ran ``chmod``.
``make_private`` does it for them when nothing in the folder is another user's (a folder
a colleague's builds also use is left as it is), and says so once, or says why it cannot:
a file system that keeps no permissions (FAT, a Windows share: everything 0777).
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

# A state or cache folder as the build makes it: only its owner may add or replace entries.
FOLDER_MODE = 0o755
OTHERS_WRITE = stat.S_IWGRP | stat.S_IWOTH
# Entries named in a console line about files of other users (the rest are counted).
NAMED_ENTRIES = 1  # chosen by hand: one example is enough to find them; not benchmarked


def private(folder: Path) -> bool:
    """Whether no user but the one running the build can put an entry in ``folder``: it
    and the folder it is in (which could swap it for another), where they exist, are
    the build user's and writable by no group or other user. An entry's key hashes
    the source and public code, so whoever can write the folder can plant an entry under
    the right key, and its checked values would change the brief (a read entry's text is
    printed as the article's); a folder shared for writing costs time only."""
    uid = os.geteuid()
    for path in (folder, folder.parent):
        try:
            st = os.lstat(path)
        except FileNotFoundError:
            continue
        except OSError:
            return False
        # A sticky folder (/tmp) lets no one rename or remove what is not theirs in it.
        swappable = st.st_mode & OTHERS_WRITE and not (path != folder and st.st_mode & stat.S_ISVTX)
        if st.st_uid != uid or swappable:
            return False
    return True


def own_folder(folder: Path) -> bool:
    """Whether ``folder`` (a real folder, not a link) is the build user's and no group or
    other user can add, replace or rename a file in it. True when it does not exist."""
    try:
        st = os.lstat(folder)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return stat.S_ISDIR(st.st_mode) and st.st_uid == os.geteuid() and not st.st_mode & OTHERS_WRITE


def own_file(st: os.stat_result) -> bool:
    """Whether the file ``st`` describes is the build user's: another user's file in the
    build's folder was put there while they could write it, and is not the build's."""
    return st.st_uid == os.geteuid()


def make_private(meta: Path, caches: tuple[str, ...]) -> tuple[str, str] | None:
    """Take group and other write permission off ``meta`` and its ``caches`` folders when
    the build's user owns them and every file in them. Returns None when there was nothing
    to do, else a line for the console saying what was done or why it could not be, and
    what that line says the build does not use ("caches", "caches and history" or "").

    Left as they are: a folder that is not the user's, a link, and a folder holding
    another user's file (a colleague's builds may share it; its files are not read
    anyway, ``own_file``), which the line names with how to fix it.
    """
    folders = [meta, *(meta / name for name in caches)]
    shared: list[tuple[Path, os.stat_result]] = []
    for folder in folders:
        try:
            st = os.lstat(folder)
        except OSError:
            continue
        if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.geteuid():
            return None  # a link (refused elsewhere) or another user's folder: not ours to fix
        if st.st_mode & OTHERS_WRITE:
            shared.append((folder, st))
    if not shared:
        return None
    unused = "caches and history" if shared[0][0] == meta else "caches"
    foreign = _foreign_files(folders)
    if foreign:
        named = ", ".join(str(p) for p in foreign[:NAMED_ENTRIES])
        more = f" and {len(foreign) - NAMED_ENTRIES:,} more" if len(foreign) > NAMED_ENTRIES else ""
        where = ", ".join(str(f) for f, _ in shared)
        return (
            f"{unused} not used: other users can write {where} and wrote files in it "
            f"({named}{more}); remove those files and the build makes it writable by you only",
            unused,
        )
    for folder, st in shared:
        _chmod_dir(folder, stat.S_IMODE(st.st_mode) & ~OTHERS_WRITE)
    if not all(own_folder(folder) for folder, _ in shared):
        return (
            f"{unused} not used: the file system of {meta} keeps no permissions (as FAT or "
            "a Windows share: every user can write every file), so a planted entry could not "
            "be told from the build's own; keep the output folder on a file system with "
            "permissions to build faster",
            unused,
        )
    names = ", ".join(str(f) for f, _ in shared)
    return (
        f"made {names} writable by you only: other users could write it, so its {unused} "
        "went unused; every file in it was yours and is kept",
        "",
    )


def _foreign_files(folders: list[Path]) -> list[Path]:
    """The entries of ``folders`` (one level, links too) that another user owns."""
    uid = os.geteuid()
    found: list[Path] = []
    for folder in folders:
        with contextlib.suppress(OSError), os.scandir(folder) as entries:
            for entry in entries:
                with contextlib.suppress(OSError):
                    if entry.stat(follow_symlinks=False).st_uid != uid:
                        found.append(Path(entry.path))
    return sorted(found)


def _chmod_dir(folder: Path, mode: int) -> None:
    """``chmod`` the folder itself, never what a link swapped into its place points to."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(folder, flags)
    except OSError:
        return
    try:
        os.fchmod(fd, mode)
    except OSError:
        pass  # a file system that refuses it: the caller finds the folder still shared
    finally:
        os.close(fd)
