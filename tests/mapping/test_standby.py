"""The map's standby process is started only where a build would use it: the forked map
of a first build of a small story (entities on, more than one worker, no scheduler)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import forked
from briefing.cachestore import EntryStore
from briefing.config import Config
from briefing.mapping import standby as standby_module
from briefing.mapping.standby import (
    AHEAD_FILES,
    SMALL_BYTES,
    looks_many,
    looks_small,
    standby_for,
    workers_ahead,
)

from .conftest import write_sample

pytestmark = pytest.mark.skipif(not forked.can_fork(), reason="no fork on this platform")


def test_sizes_of_local_files_decide_what_looks_small(tmp_path: Path) -> None:
    write_sample(tmp_path / "sample")
    assert looks_small([str(tmp_path / "sample")])
    big = tmp_path / "big"
    (big / "deeper").mkdir(parents=True)
    (big / "a.txt").write_bytes(bytes(SMALL_BYTES * 8 // 10))
    (big / "deeper" / "b.txt").write_bytes(bytes(SMALL_BYTES * 8 // 10))
    assert looks_small([str(big / "a.txt")])  # each file is under the bound ...
    assert not looks_small([str(big)])  # ... and a folder is counted recursively
    assert not looks_small([str(tmp_path / "sample"), str(big / "deeper" / "b.txt")])
    assert looks_small(["https://example.org/feed.xml", str(tmp_path / "missing")])


def test_files_are_counted_in_folders_and_one_by_one(tmp_path: Path) -> None:
    (tmp_path / "deeper").mkdir()
    for n in range(3):
        (tmp_path / "deeper" / f"{n}.txt").touch()
    (tmp_path / "one.txt").touch()
    assert looks_many([str(tmp_path / "deeper")], 3)
    assert not looks_many([str(tmp_path / "deeper"), "https://example.org/a"], 4)
    assert looks_many([str(tmp_path / "deeper"), str(tmp_path / "one.txt")], 4)
    assert not looks_many([str(tmp_path / "one.txt")], 2)


def test_a_folder_of_many_empty_files_is_not_small(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(standby_module, "MAX_ENTRIES", 5)
    for i in range(6):
        (tmp_path / f"{i}.txt").touch()
    assert not looks_small([str(tmp_path)])


def config(tmp_path: Path, **changes: object) -> Config:
    write_sample(tmp_path / "sources")
    settings = {"sources": [str(tmp_path / "sources")], "output": str(tmp_path / "out")}
    return Config(**{**settings, "workers": 2, **changes})


@pytest.mark.parametrize(
    "changes", [{"entities": False}, {"workers": 1}, {"scheduler": "tcp://127.0.0.1:1"}]
)
def test_no_standby_where_the_map_would_not_fork(tmp_path: Path, changes: dict) -> None:
    assert standby_for(config(tmp_path, **changes), tmp_path / "cache") is None


def test_a_first_build_of_a_small_story_gets_one(tmp_path: Path) -> None:
    found = standby_for(config(tmp_path), tmp_path / "cache")
    assert found is not None
    found.cancel()


def test_no_standby_once_the_output_holds_analysed_articles(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    EntryStore(cache).put("entry", b"{}")
    assert standby_for(config(tmp_path), cache) is None


def test_a_killed_builds_leftovers_are_no_analysed_articles(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    (cache / "folder.json").mkdir(parents=True)
    (cache / ".entry.json.x1y2.tmp").write_text("{", encoding="utf-8")  # a write cut short
    found = standby_for(config(tmp_path), cache)
    assert found is not None
    found.cancel()


def test_the_standby_is_forked_before_the_summarizer_is_imported() -> None:
    """What the command imports before it forks the standby holds no sumy, nltk or state
    schema (pydantic): the build imports them while the standby loads spaCy, and the
    standby never does (cold start, issue 13: ``map_with_standby`` scores the articles in
    the build's process)."""
    import subprocess
    import sys

    code = (
        "import sys, briefing.cli, briefing.config, briefing.mapping, briefing.mapping.standby;"
        "print(sorted(m for m in ('sumy', 'nltk', 'spacy', 'briefing.summarise', 'pydantic',"
        " 'briefing.publish') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def large(tmp_path: Path, files: int = AHEAD_FILES, **changes: object) -> Config:
    """A folder too large for the standby's route: the map will run on a pool."""
    (tmp_path / "big").mkdir(parents=True, exist_ok=True)
    for n in range(files):
        (tmp_path / "big" / f"a{n}.txt").write_bytes(bytes(SMALL_BYTES // files + 1))
    settings = {"sources": [str(tmp_path / "big")], "output": str(tmp_path / "out")}
    return Config(**{**settings, "workers": 2, **changes})


def test_a_first_build_of_a_large_folder_gets_its_workers_ahead(tmp_path: Path) -> None:
    found = workers_ahead(large(tmp_path), tmp_path / "cache")
    assert found is not None and found.count == 2
    found.close()  # never started: nothing to stop


@pytest.mark.parametrize("changes", [{"workers": 1}, {"scheduler": "tcp://127.0.0.1:1"}])
def test_no_workers_ahead_where_the_map_runs_on_no_local_pool(
    tmp_path: Path, changes: dict
) -> None:
    assert workers_ahead(large(tmp_path, **changes), tmp_path / "cache") is None


def test_no_workers_ahead_for_a_small_story_or_a_second_run(tmp_path: Path) -> None:
    assert workers_ahead(config(tmp_path), tmp_path / "cache") is None
    # As many bytes in fewer files: a story of a few long pages may be mapped beside.
    assert workers_ahead(large(tmp_path / "few", files=AHEAD_FILES - 1), tmp_path) is None
    cache = tmp_path / "cache"
    EntryStore(cache).put("entry", b"{}")
    assert workers_ahead(large(tmp_path), cache) is None
