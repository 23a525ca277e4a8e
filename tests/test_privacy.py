"""Who may write ``.briefing``: a folder of the build user's own that others could write
is made private when every file in it is the user's, else left and named; a file system
that keeps no permissions is said to be one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing import privacy
from briefing.privacy import make_private, own_file, own_folder

OTHER_USER = 65534
as_root = pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file away")
CACHES = ("read", "features")


def state_folder(tmp_path: Path, mode: int) -> Path:
    meta = tmp_path / ".briefing"
    (meta / "read").mkdir(parents=True)
    (meta / "read" / "a.json").write_text("{}", encoding="utf-8")
    (meta / "state.json").write_text("{}", encoding="utf-8")
    meta.chmod(mode)
    return meta


def test_a_private_folder_is_left_alone(tmp_path: Path) -> None:
    meta = state_folder(tmp_path, 0o755)
    assert make_private(meta, CACHES) is None and own_folder(meta)


def test_a_shared_folder_of_ones_own_files_is_made_private(tmp_path: Path) -> None:
    meta = state_folder(tmp_path, 0o777)
    line, unused = make_private(meta, CACHES) or ("", "?")
    assert line.startswith(f"made {meta} writable by you only") and unused == ""
    assert meta.stat().st_mode & 0o777 == 0o755
    assert (meta / "read" / "a.json").exists() and (meta / "state.json").exists()


def test_a_shared_cache_folder_alone_says_only_its_caches_went_unused(tmp_path: Path) -> None:
    meta = state_folder(tmp_path, 0o755)
    (meta / "read").chmod(0o775)
    line, _ = make_private(meta, CACHES) or ("", "")
    assert line.startswith(f"made {meta / 'read'} writable") and "its caches went" in line


@as_root
def test_a_shared_folder_holding_another_users_file_is_named_not_changed(
    tmp_path: Path,
) -> None:
    meta = state_folder(tmp_path, 0o775)
    planted = meta / "read" / "a.json"
    os.chown(planted, OTHER_USER, -1)
    line, unused = make_private(meta, CACHES) or ("", "")
    assert unused == "caches and history"
    assert line == (
        f"caches and history not used: other users can write {meta} and wrote files in it "
        f"({planted}); remove those files and the build makes it writable by you only"
    )
    assert meta.stat().st_mode & 0o777 == 0o775
    assert not own_file(planted.stat())


@as_root
def test_another_users_folder_is_not_ours_to_fix(tmp_path: Path) -> None:
    meta = state_folder(tmp_path, 0o777)
    os.chown(meta, OTHER_USER, -1)
    assert make_private(meta, CACHES) is None
    assert meta.stat().st_mode & 0o777 == 0o777


def test_a_file_system_without_permissions_is_said_to_be_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FAT or a Windows share: every file 0777 whatever chmod does (a chmod that changes
    nothing stands in for one)."""
    meta = state_folder(tmp_path, 0o777)
    monkeypatch.setattr(privacy.os, "fchmod", lambda fd, mode: None)
    line, unused = make_private(meta, CACHES) or ("", "")
    assert unused == "caches and history"
    assert line.startswith(f"caches and history not used: the file system of {meta} keeps no")
