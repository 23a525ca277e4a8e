"""The editions an output folder holds, read from its files, for pruning when its history
is not trusted.

A build prunes old editions by the list its state keeps; a state another user could have
written is not used (``history``), so that a forged list cannot prune a real edition. But
a scheduled build whose ``.briefing`` stays shared (a colleague's files in it) would then
add an edition every run and prune none: the folder grew without bound. ``stale_files``
keeps ``retention`` editions anyway, by what the build can see for itself: the files of
the output folder named as its editions are (``<basename>-<date>[-N].<ext>``) that are the
build user's own regular files. Nothing the state or journal says is read, another user's
file (planted, or a colleague's edition) is neither deleted nor counted, and the edition
just written is always kept.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable
from pathlib import Path

from briefing.privacy import own_file

# An edition's file name, as ``publish.OutputFolder.edition_name`` makes it, but for its
# extension (one of the output formats').
_EDITION_RE = r"(\d{4}-\d{2}-\d{2})(?:-([1-9]\d{0,8}))?\."


def stale_files(
    root: Path, basename: str, newest: str, retention: int, extensions: Iterable[str]
) -> list[str]:
    """The files of the editions of ``root`` beyond the ``retention`` newest (by date,
    then number), ``newest`` (the edition just written) counted and kept whatever its
    date: only the build user's own regular files named as editions of ``basename`` with
    one of the output formats' ``extensions`` (a user's "brief-2026-11-20.txt" is no
    edition's file, and a build with its history trusted would never delete it)."""
    formats = "|".join(re.escape(ext) for ext in sorted(extensions))
    named = re.compile(re.escape(basename) + "-" + _EDITION_RE + f"(?:{formats})")
    editions: dict[tuple[str, int], list[str]] = {}
    try:
        entries = list(os.scandir(root))
    except OSError:
        return []
    for entry in entries:
        found = named.fullmatch(entry.name)
        if not found:
            continue
        try:
            st = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if stat.S_ISREG(st.st_mode) and own_file(st):
            key = (found[1], int(found[2] or 1))
            editions.setdefault(key, []).append(entry.name)
    older = sorted(k for k, files in editions.items() if newest not in _stems(files))
    dropped = older[: max(len(older) - (max(retention, 1) - 1), 0)]
    return sorted(f for k in dropped for f in editions[k])


def _stems(files: list[str]) -> set[str]:
    return {f.rsplit(".", 1)[0] for f in files}
