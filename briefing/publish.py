"""Publish: dated editions, ``latest`` copies, the state of the last edition, the build lock.

An output folder after a few scheduled runs::

    output/
      brief-2026-11-21.pdf     editions: <basename>-<date>[-N].<ext>, kept up to ``retention``
      brief-2026-11-22.pdf
      brief-2026-11-22-2.pdf   a second edition on the same day
      latest.pdf               a copy of the newest edition, one per format
      briefing.log             where a cron job appends its output (see ``schedule``)
      .briefing/
        state.json             the committed state: editions, input fingerprint, previous brief
        journal.json           only while a build writes files (crash recovery)
        lock                   one build per output folder at a time (filelock)

The state is a small JSON manifest rather than SQLite: it is written once per build by
the one process holding the lock, so a whole-file atomic rename is all the transaction
we need; it stays readable with ``cat`` or ``jq`` when someone wonders why a run did or
did not rebuild; and it adds no ``-wal``/``-journal`` side files to a folder people share.

Crash safety rests on three rules. Every file is written under a temporary name
(``.<name>.<random>.tmp``) and renamed over its target. The state file is replaced only
after the whole edition (every format and every ``latest`` copy) is on disk: that rename
is the commit. Before writing, a journal lists the files the build will touch; the next
run (``OutputFolder.recover``) deletes those the state does not reference and restores
``latest`` copies from the last committed edition, so a ``kill -9`` at any moment leaves
the previous edition and state as they were.

Test hook: ``BRIEFING_TEST_PAUSE_BEFORE_COMMIT=<seconds>`` makes ``publish`` sleep after
the files are written and before the state is committed, so tests can kill a build at
exactly the worst moment. It has no other effect and is not meant for production use.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from briefing import __version__
from briefing.config import STATE_DIR, is_plain_name
from briefing.disk_editions import stale_files
from briefing.privacy import FOLDER_MODE, own_file, own_folder
from briefing.registrations import FORMATS
from briefing.safefile import read_whole
from briefing.statefile import (
    LATEST,
    MAX_ITEMS,
    SCHEMA,
    UnsafeFile,
    parse_journal,
    parse_state,
    previous_brief,
)

# Largest state.json or journal.json read: the state holds the previous brief, a few MB
# even for hundreds of sources; a bigger one is no state we wrote, and reading it whole
# would cost memory (a 2 GB file, 2 GB).
MAX_STATE_BYTES = 64 * 2**20
PAUSE_HOOK = "BRIEFING_TEST_PAUSE_BEFORE_COMMIT"

# --------------------------------------------------------------------------- writing


def atomic_write(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp makes 0600 files; give the file the mode a plain open() would have, so
        # colleagues sharing the output folder can read the brief.
        os.chmod(tmp, _default_mode(path) if mode is None else mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def _default_mode(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777  # keep the mode of the file we replace
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable across a power cut, not only a process kill.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _dump(obj: Any) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


# --------------------------------------------------------------------------- state


@dataclass
class Edition:
    """One committed edition: a name shared by all its formats, and the files written."""

    name: str  # e.g. "brief-2026-11-22" or "brief-2026-11-22-2"
    date: str  # ISO date of the brief
    formats: list[str] = field(default_factory=list)  # file extensions
    files: list[str] = field(default_factory=list)  # names relative to the output folder
    built_at: str = ""  # wall-clock time of the build (local, ISO)


@dataclass
class State:
    """What the last committed build left behind in ``OUTPUT/.briefing/state.json``."""

    fingerprint: str = ""
    sources: list[list[str]] = field(default_factory=list)  # [location, sha256]
    editions: list[Edition] = field(default_factory=list)  # oldest first
    brief: dict[str, Any] | None = None  # the last edition's ``Brief.to_dict()``
    generator: str = ""

    @property
    def last(self) -> Edition | None:
        return self.editions[-1] if self.editions else None

    def files(self) -> set[str]:
        return {f for e in self.editions for f in e.files}

    def to_dict(self) -> dict[str, Any]:
        data = {"schema": SCHEMA, **dataclasses.asdict(self)}
        # No more sources than the reader accepts (``statefile.MAX_ITEMS``): a folder of
        # 100,003 files (100,000 of them empty) wrote a state the next run set aside as
        # tampered, so every run made a new edition and never pruned the older ones. Only the log's
        # count of new and removed sources reads this list; the fingerprint covers them all.
        data["sources"] = data["sources"][:MAX_ITEMS]
        return data

    @classmethod
    def from_json(cls, raw: bytes) -> State:
        """The state in ``raw``, checked strictly (see ``briefing.statefile``)."""
        data = parse_state(raw)
        return cls(
            fingerprint=data.fingerprint,
            sources=[list(pair) for pair in data.sources],
            editions=[Edition(**e.model_dump()) for e in data.editions],
            brief=previous_brief(data),
            generator=data.generator,
        )


class StateError(Exception):
    """The state file exists but cannot be read or breaks its schema (a type, or a path that
    leaves the output folder); the caller sets it aside and rebuilds from scratch."""


class UnsafeOutput(Exception):
    """The output folder's ``.briefing`` or its lock is a symbolic link: writing the state
    through it would write outside the output folder. A user error (exit 2)."""


class UnwritableOutput(Exception):
    """The output folder or its ``.briefing`` cannot be written (read-only, full, a path
    through a file): nothing of the new edition is left and the last edition stays as it
    was. Exit 1: the build failed, for a reason the message names."""

    def __init__(self, root: Path, exc: OSError, last: Edition | None = None) -> None:
        # A rename names its target second: what stands in the way, not our temporary file.
        path = exc.filename2 or exc.filename
        where = f" ({path})" if path else ""
        kept = f"the last edition, {last.name}, is kept" if last else "nothing in it was changed"
        super().__init__(
            f"cannot write to the output folder {root}: {exc.strerror or exc}{where}; {kept}"
        )


class StuckStateFile(UnwritableOutput):
    """A refused state or journal file that cannot be moved aside (a read-only, full or
    foreign-owned ``.briefing``): the build stops before writing anything, with the refusal,
    why the move failed and what to do. Exit 1, like any unwritable output folder."""

    def __init__(self, path: Path, problem: str, exc: OSError) -> None:
        Exception.__init__(
            self,
            f"{problem}; could not move it aside to {path.name}.bad: {exc.strerror or exc}; "
            f"make {path.parent} writable for the user the build runs as (or move "
            f"{path.name} out of it yourself) and run again; nothing was changed",
        )


class BuildLocked(Exception):
    """Another build holds the output folder's lock for longer than we were willing to wait."""

    def __init__(self, root: Path, waited: float) -> None:
        self.root, self.waited = root, waited
        super().__init__(f"another build is running in {root} (waited {waited:.0f} s); skipping")


# --------------------------------------------------------------------------- the folder


def is_temp_name(name: str) -> bool:
    """Our temporary files: ``.<target>.<random>.tmp`` (see ``atomic_write``)."""
    return name.startswith(".") and name.endswith(".tmp")


def _set_aside(path: Path, problem: str) -> Path:
    """Rename the refused ``path`` to ``<name>.bad`` beside it (kept for inspection), or
    raise ``StuckStateFile``: the file stays as it was."""
    aside = path.with_name(f"{path.name}.bad")
    try:
        os.replace(path, aside)
    except OSError as exc:
        raise StuckStateFile(path, problem, exc) from exc
    return aside


class OutputFolder:
    """The output folder of one brief: its lock, state, editions and crash recovery."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root).absolute()
        self.meta = self.root / STATE_DIR
        self.state_path = self.meta / "state.json"
        self.journal_path = self.meta / "journal.json"
        self.lock_path = self.meta / "lock"
        # Whether the state and journal may be acted on: see ``check_history``.
        self.history_trusted = True

    # ---- lock

    @contextmanager
    def locked(
        self, timeout: float, *, on_wait: Callable[[], None] | None = None
    ) -> Iterator[None]:
        """Hold the folder's lock; wait up to ``timeout`` s, else raise ``BuildLocked``."""
        for path in (self.meta, self.lock_path):
            if path.is_symlink():
                raise UnsafeOutput(
                    f"{path} is a symbolic link; refusing to keep the state through it "
                    "(it would be written outside the output folder): remove it"
                )
        lock = FileLock(self.lock_path)
        started = time.monotonic()
        try:
            self.meta.mkdir(FOLDER_MODE, parents=True, exist_ok=True)
            lock.acquire(timeout=0)
        except Timeout:
            if on_wait is not None:
                on_wait()
            try:
                lock.acquire(timeout=max(timeout, 0))
            except Timeout:
                raise BuildLocked(self.root, time.monotonic() - started) from None
        except OSError as exc:  # after Timeout, which is one too
            raise UnwritableOutput(self.root, exc) from exc
        try:
            yield
        finally:
            lock.release()

    def check_writable(self, last: Edition | None = None) -> None:
        """Fail now, not after the whole build, when a new file cannot be made in the
        folder or in ``.briefing`` (``UnwritableOutput``). Call with the lock held."""
        for folder in (self.root, self.meta):
            try:
                fd, probe = tempfile.mkstemp(prefix=".probe.", suffix=".tmp", dir=folder)
                os.close(fd)
                os.unlink(probe)
            except OSError as exc:
                raise UnwritableOutput(self.root, exc, last) from exc

    # ---- state

    def check_history(self) -> str | None:
        """Why the state and journal cannot be trusted (None: they can), remembered for
        ``recover`` and ``read_state``. Their checks refuse a path outside the folder, not
        a forged previous brief ("What's new") nor a fingerprint that keeps every run
        "unchanged": like the caches (``privacy``), only the build user's own files in a
        folder no other user can write are trusted."""
        reason = None
        if not own_folder(self.meta):
            reason = f"another user can write {self.meta} (or it is not yours)"
        else:
            for path in (self.state_path, self.journal_path):
                with contextlib.suppress(OSError):
                    if not own_file(os.lstat(path)):
                        reason = f"{path} was written by another user"
                        break
        self.history_trusted = reason is None
        return reason

    def read_state(self) -> State:
        """The committed state; an empty one before the first edition or when untrusted."""
        if not self.history_trusted:
            return State()
        try:
            raw = read_whole(self.state_path, MAX_STATE_BYTES, owner=os.geteuid())
            return State.from_json(raw)
        except FileNotFoundError:
            return State()
        except (OSError, UnsafeFile) as exc:  # OSError: a folder, pipe, huge or unreadable file
            raise StateError(f"cannot read {self.state_path}: {exc}") from exc

    def set_aside_state(self, problem: str = "the state file was refused") -> Path:
        """Move an unreadable state file aside (kept for inspection) and return its new path;
        ``StuckStateFile`` (saying ``problem``) when it cannot be moved."""
        return _set_aside(self.state_path, problem)

    def unchanged(self, state: State, fingerprint: str) -> bool:
        """Same inputs as the last edition, and that edition's files are still there."""
        last = state.last
        return (
            last is not None
            and state.fingerprint == fingerprint
            and all((self.root / f).is_file() for f in last.files)
        )

    # ---- recovery

    def recover(self, *, own_journal: bool = False) -> list[str]:
        """Undo what a killed build left behind; return one note per thing cleaned.

        Call with the lock held: temp files of a *running* build look exactly like stale ones.
        An untrusted history (``check_history``): a journal's files are deleted only when
        it is ``own_journal`` (this build's, after a failed write), ``latest`` kept as is.
        """
        notes: list[str] = []
        for folder in (self.root, self.meta):
            if not folder.is_dir():
                continue
            for path in folder.iterdir():
                if is_temp_name(path.name) and path.is_file():
                    path.unlink(missing_ok=True)
                    notes.append(f"removed stale temporary file {path.name}")
        if not (self.history_trusted or own_journal):
            if os.path.lexists(self.journal_path):
                notes.append("journal not acted on (another user could have written it)")
            return notes
        try:
            journal = parse_journal(read_whole(self.journal_path, MAX_STATE_BYTES))
        except FileNotFoundError:
            return notes
        except (OSError, UnsafeFile) as exc:
            # Written atomically by us, so a bad journal is a foreign hand's: act on none of it.
            aside = _set_aside(self.journal_path, f"journal refused ({exc})")
            notes.append(f"journal refused ({exc}); moved it to {aside.name}, deleted nothing")
            return notes
        try:
            state = self.read_state()
        except StateError:
            # Without a readable state we cannot tell finished editions from unfinished
            # ones: delete nothing.
            self.journal_path.unlink(missing_ok=True)
            notes.append("state unreadable: left the files of the unfinished build in place")
            return notes
        keep = state.files()
        for name in journal.files:
            # Only what a build writes: an edition's file of an output format, never a
            # latest copy, the cron log or anything else a foreign journal names.
            stem, _, ext = name.rpartition(".")
            if stem in ("", LATEST) or ext not in FORMATS:
                continue
            if name not in keep and (self.root / name).is_file():
                (self.root / name).unlink()
                notes.append(f"removed {name} (from an unfinished build)")
        for ext in journal.latest if self.history_trusted else ():
            self._restore_latest(state, ext, notes)
        self.journal_path.unlink(missing_ok=True)
        return notes

    def _restore_latest(self, state: State, ext: str, notes: list[str]) -> None:
        target = self.root / f"{LATEST}.{ext}"
        for edition in reversed(state.editions):
            source = self.root / f"{edition.name}.{ext}"
            # Not through a link: it could make latest.<ext> a readable copy of any file.
            if ext in edition.formats and source.is_file() and not source.is_symlink():
                data = source.read_bytes()
                if not target.is_file() or target.read_bytes() != data:
                    atomic_write(target, data)
                    notes.append(f"restored {target.name} from {source.name}")
                return
        if target.is_file():
            target.unlink()
            notes.append(f"removed {target.name} (no committed edition has it)")

    # ---- publishing

    def edition_name(self, state: State, basename: str, date: str) -> str:
        """``<basename>-<date>``, or ``-2``, ``-3``... when that name is taken.

        Taken means committed in the state or present on disk, so a lost or reset state
        never leads to an edition being overwritten.
        """
        taken = {e.name for e in state.editions}
        on_disk = (
            {p.name.rsplit(".", 1)[0] for p in self.root.iterdir()} if self.root.is_dir() else set()
        )
        name, n = f"{basename}-{date}", 1
        while name in taken or name in on_disk:
            n += 1
            name = f"{basename}-{date}-{n}"
        return name

    def publish(
        self,
        state: State,
        rendered: dict[str, bytes],
        *,
        basename: str,
        date: str,
        fingerprint: str,
        sources: list[list[str]],
        brief: dict[str, Any],
        retention: int,
    ) -> tuple[Edition, State]:
        """Write a new edition and ``latest`` copies, then commit the state; prune old editions.

        ``rendered`` maps file extension to bytes. Returns the edition and the new state.
        """
        name = self.edition_name(state, basename, date)
        if not is_plain_name(name):  # config.validate refuses such a basename first
            raise ValueError(f"edition name {name!r} would leave the output folder")
        edition = Edition(
            name=name,
            date=date,
            formats=list(rendered),
            files=[f"{name}.{ext}" for ext in rendered],
            built_at=dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        )
        editions = [*state.editions, edition]
        kept, dropped = editions[-max(retention, 1) :], editions[: -max(retention, 1)]
        new_state = State(
            fingerprint=fingerprint,
            sources=sources,
            editions=kept,
            brief=brief,
            generator=f"briefing {__version__}",
        )
        doomed = sorted({f for e in dropped for f in e.files} - new_state.files())
        if not self.history_trusted:  # no list to prune by: the folder's own editions
            doomed = stale_files(self.root, basename, name, retention, FORMATS.names())
        # latest.<ext> of a format this edition no longer has would show an old brief.
        stale_latest = (
            sorted(
                p.name
                for p in self.root.glob(f"{LATEST}.*")
                if p.suffix[1:] not in rendered and not is_temp_name(p.name)
            )
            if self.root.is_dir()
            else []
        )

        try:
            # The journal names every file this build may leave behind, before any is written.
            journal = {"edition": name, "files": edition.files + doomed, "latest": list(rendered)}
            atomic_write(self.journal_path, _dump(journal))
            for ext, data in rendered.items():
                atomic_write(self.root / f"{name}.{ext}", data)
            for ext, data in rendered.items():
                atomic_write(self.root / f"{LATEST}.{ext}", data)
            pause = os.environ.get(PAUSE_HOOK)
            if pause:
                time.sleep(float(pause))
            atomic_write(self.state_path, _dump(new_state.to_dict()))  # the commit
        except OSError as exc:
            # What was written goes now, as after a killed build (not committed: the
            # journal's files are the new edition's, the latest copies the last one's).
            with contextlib.suppress(OSError):
                self.recover(own_journal=True)
            raise UnwritableOutput(self.root, exc, state.last) from exc
        for f in doomed + stale_latest:
            (self.root / f).unlink(missing_ok=True)
        self.journal_path.unlink(missing_ok=True)
        return edition, new_state
