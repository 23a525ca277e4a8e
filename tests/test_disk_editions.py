"""An output folder's editions read from its own files, for pruning when its history is
not used: only the build user's regular files named as editions, the newest kept."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing.disk_editions import stale_files

OTHER_USER = 65534  # nobody
FORMATS = ("docx", "html", "json", "md", "pdf")


def _files(out: Path, *names: str) -> None:
    for name in names:
        (out / name).write_text("x\n", encoding="utf-8")


def test_editions_beyond_retention_go_oldest_first_by_date_then_number(tmp_path: Path) -> None:
    _files(
        tmp_path,
        "brief-2026-11-20.json",
        "brief-2026-11-20.md",
        "brief-2026-11-21.json",
        "brief-2026-11-21-2.json",
        "brief-2026-11-21-10.json",
        "brief-2026-11-22.json",
    )
    assert stale_files(tmp_path, "brief", "brief-2026-11-22", 3, FORMATS) == [
        "brief-2026-11-20.json",
        "brief-2026-11-20.md",
        "brief-2026-11-21.json",
    ]
    assert stale_files(tmp_path, "brief", "brief-2026-11-22", 10, FORMATS) == []


def test_the_edition_just_written_is_kept_whatever_its_date(tmp_path: Path) -> None:
    # SOURCE_DATE_EPOCH may date a build before the editions already there
    _files(tmp_path, "brief-2026-11-20.json", "brief-2026-11-22.json", "brief-2020-01-01.json")
    assert stale_files(tmp_path, "brief", "brief-2020-01-01", 1, FORMATS) == [
        "brief-2026-11-20.json",
        "brief-2026-11-22.json",
    ]
    assert stale_files(tmp_path, "brief", "brief-2020-01-01", 0, FORMATS) == stale_files(
        tmp_path, "brief", "brief-2020-01-01", 1, FORMATS
    )


def test_files_not_named_as_this_briefs_editions_are_never_counted(tmp_path: Path) -> None:
    _files(
        tmp_path,
        "latest.json",
        "brief-notes.md",
        "other-2026-11-01.json",
        "brief-2026-11-01",
        "brief-2026-11-01.JSON",
        "brief-2026-11-01-0.json",
        "xbrief-2026-11-01.json",
        "brief-2026-11-02.json.tmp",
        ".brief-2026-11-03.json.x.tmp",
        "brief-2026-11-30.md",
    )
    (tmp_path / "brief-2026-11-04.json").mkdir()
    (tmp_path / "brief-2026-11-05.json").symlink_to(tmp_path / "latest.json")
    assert stale_files(tmp_path, "brief", "brief-2026-11-30", 1, FORMATS) == []


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file away")
def test_another_users_file_named_as_an_edition_is_neither_deleted_nor_counted(
    tmp_path: Path,
) -> None:
    _files(tmp_path, "brief-2026-11-20.json", "brief-2026-11-29.json", "brief-2026-11-30.json")
    os.chown(tmp_path / "brief-2026-11-29.json", OTHER_USER, -1)
    assert stale_files(tmp_path, "brief", "brief-2026-11-30", 2, FORMATS) == []


def test_a_folder_that_cannot_be_listed_prunes_nothing(tmp_path: Path) -> None:
    assert stale_files(tmp_path / "gone", "brief", "brief-2026-11-30", 1, FORMATS) == []


def test_a_users_file_of_another_extension_is_no_edition(tmp_path: Path) -> None:
    # notes kept beside the briefs: a build with its history trusted never deletes them
    _files(tmp_path, "brief-2026-11-20.txt", "brief-2026-11-21.csv", "brief-2026-11-22.json")
    _files(tmp_path, "brief-2026-11-20.md")
    assert stale_files(tmp_path, "brief", "brief-2026-11-30", 1, FORMATS) == [
        "brief-2026-11-20.md",
        "brief-2026-11-22.json",
    ]
