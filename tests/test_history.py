"""The last edition's state as a build starts: a history another user could have written
is not used (What's new says so, nothing is pruned or deleted on its say-so), and the
console says how to fix it. Each test runs the real CLI on two sample articles."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.history import CACHE_FOLDERS, UNTRUSTED

OTHER_USER = 65534  # nobody: a file another user wrote (only root may make one in a test)
as_root = pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file away")


@pytest.fixture
def built(story: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """``story`` with a config (one edition kept) and its first edition built."""
    (story / "briefing.toml").write_text(
        f'sources = ["{story / "src"}"]\noutput = "{story / "out"}"\nformats = ["json", "md"]\n'
        "entities = false\nworkers = 1\nretention = 1\n",
        encoding="utf-8",
    )
    assert build(story, capsys)[0] == 0
    return story


def build(story: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["build", "--config", str(story / "briefing.toml"), "--force"])
    out, err = capsys.readouterr()
    return code, out + err


def forge(state: Path) -> None:
    """A previous brief claiming a statement and an actor no edition ever had."""
    data = json.loads(state.read_text(encoding="utf-8"))
    data["brief"]["executive_summary"] = [{"text": "Velmora Trust bought the harbour."}]
    data["brief"]["key_actors"] = [{"name": "Velmora Trust"}]
    state.write_text(json.dumps(data), encoding="utf-8")


def test_the_cache_folders_are_the_stores_own() -> None:
    from briefing.compose.features import FEATURES_DIR
    from briefing.ingest.cache import READ_CACHE_DIR
    from briefing.mapping.cache import CACHE_DIR

    assert CACHE_FOLDERS == (READ_CACHE_DIR, CACHE_DIR, FEATURES_DIR)


@as_root
def test_a_history_another_user_can_write_is_not_compared_nor_pruned(
    built: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = built
    out = story / "out"
    first = sorted(p.name for p in out.glob("brief-*"))
    meta = out / ".briefing"
    forge(meta / "state.json")
    os.chown(meta, OTHER_USER, -1)
    meta.chmod(0o777)
    code, log = build(story, capsys)
    assert code == 0
    assert "history not used: another user can write" in log and "chmod go-w" in log
    brief = json.loads((out / "latest.json").read_text(encoding="utf-8"))
    assert brief["whats_new"]["not_compared"] == UNTRUSTED
    assert brief["whats_new"]["new_statements"] == []
    md = (out / "latest.md").read_text(encoding="utf-8")
    assert "## What's new\n\nThis edition could not be compared" in md
    assert "Velmora" not in md
    # retention = 1: the first edition goes, by the folder's own files, not the state's list
    assert not set(first) & {p.name for p in out.glob("brief-*")}


@as_root
def test_scheduled_runs_on_a_history_not_used_keep_retention_editions(
    built: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A .briefing that stays shared makes every run a new edition: none was pruned, and
    the folder grew by an edition a run without bound. The build's own files named as
    editions are pruned to ``retention``; another user's file so named, or any other
    file, is neither deleted nor counted."""
    out = built / "out"
    meta = out / ".briefing"
    planted = out / "brief-2001-01-01.json"  # another user's, named as an old edition
    planted.write_text("{}\n", encoding="utf-8")
    os.chown(planted, OTHER_USER, -1)
    (out / "brief-notes.md").write_text("kept\n", encoding="utf-8")
    os.chown(meta, OTHER_USER, -1)
    meta.chmod(0o777)
    for _ in range(3):
        code, log = build(built, capsys)
        assert code == 0 and "history not used" in log
    editions = {p.stem for p in out.glob("brief-2*") if p != planted}
    assert len(editions) == 1  # retention = 1: the last run's JSON and Markdown
    assert (out / f"{editions.pop()}.json").read_bytes() == (out / "latest.json").read_bytes()
    assert planted.exists() and (out / "brief-notes.md").exists()


@as_root
def test_a_state_file_another_user_wrote_is_not_used_in_a_private_folder(
    built: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = built
    state = story / "out" / ".briefing" / "state.json"
    forge(state)
    os.chown(state, OTHER_USER, -1)
    code, log = build(story, capsys)
    assert code == 0 and f"history not used: {state} was written by another user" in log
    assert "Velmora" not in (story / "out" / "latest.md").read_text(encoding="utf-8")
    # its own state replaces it: the next edition is compared again
    code, log = build(story, capsys)
    assert code == 0 and "history not used" not in log
    brief = json.loads((story / "out" / "latest.json").read_text(encoding="utf-8"))
    assert brief["whats_new"]["not_compared"] == "" and brief["whats_new"]["since"]


@as_root
def test_a_journal_another_user_wrote_deletes_nothing(
    built: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meta = built / "out" / ".briefing"
    (meta.parent / "notes.md").write_text("kept\n", encoding="utf-8")
    (meta / "journal.json").write_text(
        json.dumps({"edition": "notes", "files": ["notes.md"], "latest": []}), encoding="utf-8"
    )
    os.chown(meta, OTHER_USER, -1)
    code, log = build(built, capsys)
    assert code == 0 and "journal not acted on" in log
    assert (meta.parent / "notes.md").read_text(encoding="utf-8") == "kept\n"


def test_a_group_writable_state_folder_of_ones_own_is_made_private_once(
    built: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As an earlier version left it (umask 002): the build fixes it, says so once, and
    keeps the caches and the history, all of them its own."""
    story = built
    meta = story / "out" / ".briefing"
    meta.chmod(0o775)
    (meta / "features").chmod(0o775)
    code, log = build(story, capsys)
    assert code == 0
    assert log.count("writable by you only") == 1 and "not used" not in log
    assert f"made {meta}, {meta / 'features'} writable by you only" in log
    assert meta.stat().st_mode & 0o777 == 0o755
    assert (meta / "features").stat().st_mode & 0o777 == 0o755
    brief = json.loads((story / "out" / "latest.json").read_text(encoding="utf-8"))
    assert brief["whats_new"]["since"] and not brief["whats_new"]["not_compared"]
    code, log = build(story, capsys)
    assert code == 0 and "writable by you only" not in log


@as_root
def test_a_group_writable_features_folder_alone_is_named_on_the_console(
    built: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    features = built / "out" / ".briefing" / "features"
    os.chown(features, OTHER_USER, -1)
    features.chmod(0o775)
    code, log = build(built, capsys)
    assert code == 0 and "caches not used" in log and "history not used" not in log
