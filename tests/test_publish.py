"""The output folder: editions, latest copies, retention, state, lock and crash recovery."""

from __future__ import annotations

import json
import os
import stat
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from filelock import FileLock

from briefing import publish as publish_module
from briefing.publish import (
    BuildLocked,
    OutputFolder,
    State,
    StateError,
    UnsafeOutput,
    atomic_write,
)
from briefing.statefile import MAX_ITEMS


def publish(folder: OutputFolder, data: str, *, date: str = "2026-11-22", retention: int = 30):
    state = folder.read_state()
    rendered = {"json": f'{{"v": "{data}"}}'.encode(), "md": f"# {data}\n".encode()}
    return folder.publish(
        state,
        rendered,
        basename="brief",
        date=date,
        fingerprint=f"fp-{data}",
        sources=[["a.txt", data]],
        brief={"date": date, "title": data},
        retention=retention,
    )


def names(root: Path) -> set[str]:
    return {p.name for p in root.iterdir()}


def test_first_edition_writes_dated_files_latest_copies_and_state(tmp_path: Path) -> None:
    folder = OutputFolder(tmp_path)
    edition, state = publish(folder, "one")
    assert edition.name == "brief-2026-11-22"
    assert edition.files == ["brief-2026-11-22.json", "brief-2026-11-22.md"]
    assert (tmp_path / "latest.md").read_text() == "# one\n"
    assert (tmp_path / "latest.json").read_bytes() == (
        tmp_path / "brief-2026-11-22.json"
    ).read_bytes()
    saved = folder.read_state()
    assert (saved.editions, saved.sources, saved.generator) == (
        state.editions,
        state.sources,
        state.generator,
    )
    # The previous brief is read back only as far as what's-new compares it (no title).
    assert saved.fingerprint == "fp-one" and saved.brief == {"date": "2026-11-22"}
    assert not folder.journal_path.exists()
    assert not [n for n in names(tmp_path) if n.endswith(".tmp")]


def test_same_day_editions_get_distinct_names_and_latest_follows(tmp_path: Path) -> None:
    folder = OutputFolder(tmp_path)
    publish(folder, "one")
    second, _ = publish(folder, "two")
    third, _ = publish(folder, "three")
    assert (second.name, third.name) == ("brief-2026-11-22-2", "brief-2026-11-22-3")
    assert (tmp_path / "brief-2026-11-22.md").read_text() == "# one\n"
    assert (tmp_path / "latest.md").read_text() == "# three\n"


def test_retention_removes_oldest_editions_with_all_their_formats(tmp_path: Path) -> None:
    folder = OutputFolder(tmp_path)
    for day in range(18, 23):
        publish(folder, f"d{day}", date=f"2026-11-{day}", retention=3)
    state = folder.read_state()
    assert [e.date for e in state.editions] == ["2026-11-20", "2026-11-21", "2026-11-22"]
    briefs = sorted(n for n in names(tmp_path) if n.startswith("brief-"))
    assert briefs == [f"brief-2026-11-{d}.{ext}" for d in (20, 21, 22) for ext in ("json", "md")]


def test_files_are_readable_like_plain_writes(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        atomic_write(tmp_path / "x.pdf", b"%PDF")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "x.pdf").stat().st_mode) == 0o644


def test_unchanged_needs_same_fingerprint_and_files_present(tmp_path: Path) -> None:
    folder = OutputFolder(tmp_path)
    assert not folder.unchanged(State(), "fp-one")
    _, state = publish(folder, "one")
    assert folder.unchanged(state, "fp-one")
    assert not folder.unchanged(state, "fp-other")
    (tmp_path / "brief-2026-11-22.md").unlink()  # someone deleted the edition: rebuild
    assert not folder.unchanged(state, "fp-one")


def test_a_state_of_more_sources_than_the_reader_accepts_is_read_back(tmp_path: Path) -> None:
    # 100,000 empty files and 3 articles: the state listed 100,003 sources, which the next
    # run refused as tampered (set aside), so it made a new edition every run.
    folder = OutputFolder(tmp_path)
    many = [[f"e{n:06d}.txt", "skipped"] for n in range(MAX_ITEMS + 3)]
    folder.publish(
        folder.read_state(),
        {"md": b"# one\n"},
        basename="brief",
        date="2026-11-22",
        fingerprint="fp-many",
        sources=many,
        brief={"date": "2026-11-22"},
        retention=30,
    )
    state = folder.read_state()
    assert folder.unchanged(state, "fp-many")
    assert [e.name for e in state.editions] == ["brief-2026-11-22"]
    assert not (tmp_path / ".briefing" / "state.json.bad").exists()


def test_lock_held_elsewhere_raises_after_timeout(tmp_path: Path) -> None:
    folder = OutputFolder(tmp_path)
    folder.meta.mkdir(parents=True)
    waited: list[bool] = []
    with FileLock(folder.lock_path), pytest.raises(BuildLocked) as info:  # noqa: SIM117
        with folder.locked(0.2, on_wait=lambda: waited.append(True)):
            pytest.fail("lock should not be acquired")
    assert waited == [True]
    assert "another build is running in" in str(info.value) and "skipping" in str(info.value)
    with folder.locked(0.2):  # free again
        pass


def test_recover_removes_stale_temp_files(tmp_path: Path) -> None:
    folder = OutputFolder(tmp_path)
    publish(folder, "one")
    (tmp_path / ".brief-2026-11-23.pdf.abc123.tmp").write_bytes(b"half")
    (folder.meta / ".state.json.xyz.tmp").write_bytes(b"{")
    (tmp_path / "notes.tmp").write_text("not ours: no leading dot")
    notes = folder.recover()
    assert len(notes) == 2
    assert names(tmp_path) >= {"notes.tmp", "brief-2026-11-22.json", "latest.json"}
    assert not (tmp_path / ".brief-2026-11-23.pdf.abc123.tmp").exists()


def test_crash_before_commit_is_rolled_back(tmp_path: Path, monkeypatch) -> None:
    folder = OutputFolder(tmp_path)
    publish(folder, "one")
    state_bytes = folder.state_path.read_bytes()

    # Simulate a kill right before the state is committed.
    real_write = atomic_write

    def dying_write(path: Path, data: bytes, **kw) -> None:
        if path == folder.state_path:
            raise KeyboardInterrupt("killed")
        real_write(path, data, **kw)

    monkeypatch.setattr("briefing.publish.atomic_write", dying_write)
    with pytest.raises(KeyboardInterrupt):
        publish(folder, "two")
    monkeypatch.undo()
    assert folder.state_path.read_bytes() == state_bytes
    assert (tmp_path / "brief-2026-11-22-2.json").exists()  # written but not committed
    assert folder.journal_path.exists()

    notes = folder.recover()
    assert any("brief-2026-11-22-2.json" in n for n in notes)
    assert not (tmp_path / "brief-2026-11-22-2.json").exists()
    assert (tmp_path / "latest.md").read_text() == "# one\n"  # back to the committed edition
    assert not folder.journal_path.exists()
    assert folder.state_path.read_bytes() == state_bytes
    # The next build reuses the name: the half-finished edition never counted.
    edition, _ = publish(folder, "three")
    assert edition.name == "brief-2026-11-22-2"


def test_crash_after_commit_finishes_pruning(tmp_path: Path) -> None:
    folder = OutputFolder(tmp_path)
    publish(folder, "one", date="2026-11-21", retention=1)
    publish(folder, "two", date="2026-11-22", retention=1)
    # As if killed after the commit but before the old edition was deleted.
    (tmp_path / "brief-2026-11-21.json").write_text("{}")
    folder.journal_path.write_text(
        json.dumps(
            {"files": ["brief-2026-11-22.json", "brief-2026-11-21.json"], "latest": ["json"]}
        )
    )
    folder.recover()
    assert not (tmp_path / "brief-2026-11-21.json").exists()
    assert (tmp_path / "brief-2026-11-22.json").exists()
    assert (tmp_path / "latest.json").read_bytes() == (
        tmp_path / "brief-2026-11-22.json"
    ).read_bytes()


def test_unreadable_state_is_reported(tmp_path: Path) -> None:
    folder = OutputFolder(tmp_path)
    folder.meta.mkdir(parents=True)
    folder.state_path.write_text("{not json")
    with pytest.raises(StateError):
        folder.read_state()


def within(seconds: float, call):
    """``call()``'s result or exception, failing the test (not hanging it) if it blocks."""
    outcome: list = []

    def run() -> None:
        try:
            outcome.append(call())
        except Exception as exc:
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert outcome, f"blocked for more than {seconds} s"
    return outcome[0]


def plant(path: Path, kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A named pipe, or a file just over the (lowered) state size cap, at ``path``."""
    path.unlink(missing_ok=True)
    if kind == "pipe":
        os.mkfifo(path)  # opening it for reading waits for a writer forever
    else:
        monkeypatch.setattr(publish_module, "MAX_STATE_BYTES", 2**20)
        path.write_bytes(b" " * (2**20 + 1))


@pytest.mark.parametrize("kind", ["pipe", "huge"])
def test_a_pipe_or_huge_file_as_state_is_unreadable_without_blocking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    """A named pipe called state.json hung every later run (holding the lock)."""
    folder = OutputFolder(tmp_path)
    publish(folder, "one")
    plant(folder.state_path, kind, monkeypatch)
    error = within(5, folder.read_state)
    assert isinstance(error, StateError)
    assert ("not a regular file" if kind == "pipe" else "larger than 1 MB") in str(error)
    assert folder.set_aside_state().name == "state.json.bad"
    # The journal is read the same way: refused and set aside, nothing acted on.
    plant(folder.journal_path, kind, monkeypatch)
    notes = within(5, folder.recover)
    assert any(n.startswith("journal refused") for n in notes), notes
    assert (folder.meta / "journal.json.bad").exists() and (tmp_path / "latest.md").exists()


def test_edition_never_overwrites_files_on_disk_even_without_state(tmp_path: Path) -> None:
    folder = OutputFolder(tmp_path)
    publish(folder, "one")
    folder.state_path.unlink()  # state lost or reset
    edition, _ = publish(folder, "two")
    assert edition.name == "brief-2026-11-22-2"
    assert (tmp_path / "brief-2026-11-22.md").read_text() == "# one\n"


def test_recover_with_unreadable_state_deletes_nothing(tmp_path: Path) -> None:
    folder = OutputFolder(tmp_path)
    publish(folder, "one")
    atomic_write(
        folder.journal_path,
        json.dumps({"files": ["brief-2026-11-22.md"], "latest": ["md"]}).encode(),
    )
    folder.state_path.write_text("{not json", encoding="utf-8")
    notes = folder.recover()
    assert any("unreadable" in n for n in notes)
    assert (tmp_path / "brief-2026-11-22.md").exists() and (tmp_path / "latest.md").exists()
    assert folder.set_aside_state().name == "state.json.bad"
    assert not folder.state_path.exists()


def test_latest_of_a_dropped_format_is_removed(tmp_path: Path) -> None:
    folder = OutputFolder(tmp_path)
    publish(folder, "one")
    state = folder.read_state()
    folder.publish(
        state,
        {"md": b"# two\n"},
        basename="brief",
        date="2026-11-23",
        fingerprint="fp-two",
        sources=[["a.txt", "two"]],
        brief={"date": "2026-11-23", "title": "two"},
        retention=30,
    )
    assert (tmp_path / "latest.md").read_text() == "# two\n"
    assert not (tmp_path / "latest.json").exists()


# --------------------------------------------------------------------------- tampered files


def plant_victims(tmp_path: Path) -> tuple[Path, Path]:
    """Files outside the output folder that a tampered state or journal points at."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "victim").write_text("keep me")
    (outside / "absolute-victim").write_text("keep me too")
    return outside / "victim", outside / "absolute-victim"


def tampered_edition(files: list[str], name: str = "brief-2026-11-01") -> dict:
    return {"name": name, "date": "2026-11-01", "formats": ["md"], "files": files}


@pytest.mark.parametrize(
    "edition",
    [
        tampered_edition(["../outside/victim", "ABSOLUTE"]),
        tampered_edition([], name="../outside/victim"),
        tampered_edition([], name="ABSOLUTE"),
        {**tampered_edition([]), "formats": ["/../../outside/victim"]},
    ],
)
def test_state_naming_paths_outside_the_folder_is_refused(tmp_path: Path, edition: dict) -> None:
    victim, absolute = plant_victims(tmp_path)
    root = tmp_path / "out"
    folder = OutputFolder(root)
    publish(folder, "one")
    data = json.loads(folder.state_path.read_text())
    text = json.dumps(edition).replace("ABSOLUTE", str(absolute))
    data["editions"].insert(0, json.loads(text))
    folder.state_path.write_text(json.dumps(data))
    with pytest.raises(StateError, match="output folder|extension"):
        folder.read_state()
    # What the pipeline does with it: set it aside, start afresh, delete nothing outside.
    folder.set_aside_state()
    publish(folder, "two", retention=1)
    assert victim.read_text() == "keep me" and absolute.read_text() == "keep me too"


@pytest.mark.parametrize(
    "edition",
    [
        tampered_edition(["latest.json", "briefing.log", "notes.md"]),
        tampered_edition(["brief-2026-11-01.json"]),  # a format the edition does not have
        {**tampered_edition(["latest.md"], name="latest")},
    ],
)
def test_state_naming_other_files_of_the_folder_is_refused(tmp_path: Path, edition: dict) -> None:
    # s32: an old edition listing these made a build with retention 1 delete the cron log, a
    # colleague's notes and the latest.json it had just written, with exit code 0.
    root = tmp_path / "out"
    folder = OutputFolder(root)
    publish(folder, "one")
    (root / "briefing.log").write_text("the cron log")
    (root / "notes.md").write_text("a colleague's notes")
    data = json.loads(folder.state_path.read_text())
    data["editions"].insert(0, edition)
    folder.state_path.write_text(json.dumps(data))
    with pytest.raises(StateError, match="is not a file of edition|may not be named"):
        folder.read_state()
    folder.set_aside_state()
    publish(folder, "two", retention=1)
    assert (root / "briefing.log").read_text() == "the cron log"
    assert (root / "notes.md").read_text() == "a colleague's notes"
    assert json.loads((root / "latest.json").read_text()) == {"v": "two"}


def test_journal_naming_latest_or_the_log_deletes_neither(tmp_path: Path) -> None:
    root = tmp_path / "out"
    folder = OutputFolder(root)
    publish(folder, "one")
    (root / "briefing.log").write_text("the cron log")
    folder.journal_path.write_text(
        json.dumps({"files": ["latest.md", "latest.json", "briefing.log"], "latest": []})
    )
    folder.recover()
    assert (root / "briefing.log").read_text() == "the cron log"
    assert (root / "latest.md").read_text() == "# one\n"
    assert (root / "latest.json").exists()
    assert not folder.journal_path.exists()


def test_journal_naming_paths_outside_the_folder_deletes_nothing(tmp_path: Path) -> None:
    victim, absolute = plant_victims(tmp_path)
    root = tmp_path / "out"
    folder = OutputFolder(root)
    publish(folder, "one")
    folder.journal_path.write_text(
        json.dumps({"files": ["../outside/victim", str(absolute)], "latest": ["md"]})
    )
    notes = folder.recover()
    assert victim.exists() and absolute.exists()
    assert any("journal refused" in n and "deleted nothing" in n for n in notes)
    assert not folder.journal_path.exists()
    assert (folder.meta / "journal.json.bad").exists()
    assert (root / "brief-2026-11-22.md").exists()


def test_journal_latest_must_be_an_extension(tmp_path: Path) -> None:
    victim, _ = plant_victims(tmp_path)
    folder = OutputFolder(tmp_path / "out")
    publish(folder, "one")
    folder.journal_path.write_text(json.dumps({"files": [], "latest": ["/../../outside/x"]}))
    assert any("journal refused" in n for n in folder.recover())
    assert victim.exists()


@pytest.mark.parametrize(
    "change",
    [
        {"fingerprint": 3},
        {"sources": [["a.txt"]]},
        {"editions": [{"name": "brief-x", "date": "2026-11-01", "files": "brief-x.md"}]},
        {"brief": "a brief"},
        {"brief": {"sources": "a.txt"}},
        {"brief": {"executive_summary": [{"text": 3}]}},
        {"brief": {"key_actors": [{"name": "EU", "aliases": 5}]}},
        {"brief": {"open_questions": [["why?"]]}},
        {"schema": "1"},
    ],
)
def test_state_of_the_wrong_shape_is_refused(tmp_path: Path, change: dict) -> None:
    folder = OutputFolder(tmp_path)
    publish(folder, "one")
    data = json.loads(folder.state_path.read_text())
    folder.state_path.write_text(json.dumps({**data, **change}))
    with pytest.raises(StateError):
        folder.read_state()


def test_state_of_an_older_version_with_fewer_keys_is_read(tmp_path: Path) -> None:
    folder = OutputFolder(tmp_path)
    folder.meta.mkdir(parents=True)
    old = {
        "schema": 1,
        "editions": [{"name": "brief-2026-11-01", "date": "2026-11-01", "files": []}],
        "brief": {"title": "t", "sources": [{"location": "a.txt"}], "future_key": {"x": 1}},
        "future_key": [1, 2],
    }
    folder.state_path.write_text(json.dumps(old))
    state = folder.read_state()
    assert state.last is not None and state.last.name == "brief-2026-11-01"
    assert state.brief == {"sources": [{"location": "a.txt"}]}  # the keys what's-new reads


def test_a_folder_in_place_of_the_state_is_an_unreadable_state(tmp_path: Path) -> None:
    folder = OutputFolder(tmp_path)
    folder.state_path.mkdir(parents=True)
    with pytest.raises(StateError):
        folder.read_state()
    assert folder.set_aside_state().name == "state.json.bad"


@pytest.mark.parametrize("link", [".briefing", ".briefing/lock"])
def test_state_folder_or_lock_as_a_symlink_is_refused(tmp_path: Path, link: str) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "victim").write_text("keep me")
    root = tmp_path / "out"
    (root / ".briefing").mkdir(parents=True)
    if link == ".briefing":
        (root / ".briefing").rmdir()
        (root / ".briefing").symlink_to(elsewhere)
    else:
        (root / link).symlink_to(elsewhere / "victim")
    with pytest.raises(UnsafeOutput, match="symbolic link"), OutputFolder(root).locked(0):
        pytest.fail("the lock must not be taken")
    assert sorted(p.name for p in elsewhere.iterdir()) == ["victim"]
    assert (elsewhere / "victim").read_text() == "keep me"


def test_recovery_never_copies_a_linked_edition_into_latest(tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.write_text("API_KEY=hunter2")
    root = tmp_path / "out"
    folder = OutputFolder(root)
    publish(folder, "one")
    (root / "brief-2026-11-22.md").unlink()
    (root / "brief-2026-11-22.md").symlink_to(secret)
    folder.journal_path.write_text(json.dumps({"files": [], "latest": ["md"]}))
    folder.recover()
    latest = root / "latest.md"
    assert not latest.exists() or "hunter2" not in latest.read_text()


def test_a_state_listing_more_editions_than_any_retention_is_refused_and_nothing_lost(
    tmp_path: Path,
) -> None:
    # 200,000 editions took 3 to 11 CPU s to check one by one; now refused at the 10,001st.
    folder = OutputFolder(tmp_path)
    publish(folder, "one")
    data = json.loads(folder.state_path.read_text())
    kept = data["editions"][0]["files"]
    folder.state_path.write_text(json.dumps({**data, "editions": data["editions"] * 200_000}))
    with pytest.raises(StateError, match="more than 10,000 editions"):
        folder.read_state()
    folder.set_aside_state()  # what the build does, then it starts a fresh history
    edition, _ = publish(folder, "two", retention=1)
    assert edition.name != data["editions"][0]["name"]
    assert all((tmp_path / f).is_file() for f in kept)  # the previous edition is not lost


# A read-only output folder (chmod 555) cannot be made in a test: tests run as root, whom
# file modes do not stop. The writes are made to fail as the kernel fails them for another
# user (PermissionError), or the folder is put below a file, which stops root too.
def refuse_writes(where: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``atomic_write`` fails for the file ``where``, or for any file in the folder ``where``."""
    write = publish_module.atomic_write

    def refused(path: Path, data: bytes, **kwargs: object) -> None:
        if where in (path, path.parent):
            raise PermissionError(13, "Permission denied", str(path))
        write(path, data, **kwargs)

    monkeypatch.setattr(publish_module, "atomic_write", refused)


@pytest.mark.parametrize("refused", ["folder", "commit"])
def test_an_unwritable_folder_keeps_the_last_edition_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, refused: str
) -> None:
    # The run failed with "build failed: PermissionError: ... .brief-2026-11-22-2.json.x.tmp"
    # and left its journal; a failed commit left the new edition's files beside the old.
    publish(folder := OutputFolder(tmp_path), "one")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    state = (tmp_path / ".briefing" / "state.json").read_bytes()
    # The folder refuses the first file of the edition, or the state refuses the commit
    # once the edition and the latest copies are written.
    refuse_writes(tmp_path if refused == "folder" else folder.state_path, monkeypatch)
    with pytest.raises(publish_module.UnwritableOutput) as caught:
        publish(folder, "two")
    assert str(caught.value).startswith(f"cannot write to the output folder {tmp_path}: ")
    assert "Permission denied" in str(caught.value)
    assert str(caught.value).endswith("; the last edition, brief-2026-11-22, is kept")
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == before
    assert (tmp_path / ".briefing" / "state.json").read_bytes() == state
    assert names(tmp_path / ".briefing") == {"state.json"}  # no journal, no temp file


def test_a_folder_that_refuses_new_files_is_found_before_the_build(
    tmp_path: Path, refuse_new_files: Callable[[Path], None]
) -> None:
    folder = OutputFolder(tmp_path)
    publish(folder, "one")
    files = names(tmp_path)
    folder.check_writable(folder.read_state().last)  # writable: no error, nothing left
    assert names(tmp_path) == files
    refuse_new_files(tmp_path)
    with pytest.raises(publish_module.UnwritableOutput, match="brief-2026-11-22, is kept"):
        folder.check_writable(folder.read_state().last)


def test_an_output_folder_below_a_file_is_refused_with_a_message(tmp_path: Path) -> None:
    (tmp_path / "file.txt").write_text("not a folder")
    folder = OutputFolder(tmp_path / "file.txt" / "output")
    with pytest.raises(publish_module.UnwritableOutput) as caught, folder.locked(1):
        pytest.fail("the lock was taken")
    assert str(caught.value) == (
        f"cannot write to the output folder {tmp_path / 'file.txt' / 'output'}: Not a directory "
        f"({tmp_path / 'file.txt' / 'output' / '.briefing'}); nothing in it was changed"
    )


@pytest.mark.parametrize("which", ["state", "journal"])
def test_a_refused_state_file_that_cannot_be_moved_aside_says_what_to_do(
    tmp_path: Path, refuse_renames: Callable[[Path], None], which: str
) -> None:
    # In a read-only .briefing the build stopped with "build failed: PermissionError:
    # [Errno 13] Permission denied: '.../state.json' -> '.../state.json.bad'".
    folder = OutputFolder(tmp_path)
    publish(folder, "one")
    path = folder.state_path if which == "state" else folder.journal_path
    path.write_text("{not json", encoding="utf-8")
    refuse_renames(folder.meta)
    with pytest.raises(publish_module.UnwritableOutput) as caught:
        if which == "state":
            folder.set_aside_state("cannot read state.json: not JSON")
        else:
            folder.recover()
    message = str(caught.value)
    assert f"could not move it aside to {path.name}.bad: Permission denied" in message
    assert f"make {folder.meta} writable for the user the build runs as" in message
    assert message.endswith("and run again; nothing was changed")
    assert path.read_text(encoding="utf-8") == "{not json"  # nothing lost
    assert not path.with_name(f"{path.name}.bad").exists()
    assert (tmp_path / "brief-2026-11-22.md").exists() and (tmp_path / "latest.md").exists()


def test_a_folder_in_the_place_of_a_latest_copy_is_named_and_nothing_is_left(
    tmp_path: Path,
) -> None:
    # A folder named latest.md failed the build with "Is a directory (.../.latest.md.x.tmp)",
    # naming the temporary file the build wrote, not what stands in the way.
    publish(folder := OutputFolder(tmp_path), "one")
    (tmp_path / "latest.md").unlink()
    (tmp_path / "latest.md").mkdir()
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    with pytest.raises(publish_module.UnwritableOutput) as caught:
        publish(folder, "two")
    assert f"Is a directory ({tmp_path / 'latest.md'})" in str(caught.value)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == before
    # No temp file; the journal stays for the next run's recovery (which cannot restore
    # latest.md either until the folder is moved, and stops the same way).
    assert names(tmp_path / ".briefing") == {"state.json", "journal.json"}
