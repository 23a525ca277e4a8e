"""The code version a cache depends on: the modules a stage imports, and only those."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from briefing import cachestore
from briefing.cachestore import EntryStore, closure, code_version


def test_the_map_depends_on_analysis_modules_not_on_compose_or_render() -> None:
    modules = closure(("briefing.mapping.codec", "briefing.mapping.work"))
    assert {"briefing.analyse.entities", "briefing.lang.sentences", "briefing.parsed"} <= set(
        modules
    )
    assert not any(m.startswith(("briefing.compose", "briefing.render")) for m in modules)
    assert "briefing.lang.figures" not in modules  # compose's English, not the map's


def write_package(root: Path, files: dict[str, str]) -> None:
    for name, source in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in ``briefing`` package: stage imports a helper three ways, not ``other``."""
    write_package(
        tmp_path,
        {
            "__init__.py": "",
            "stage/__init__.py": "from . import local\n",
            "stage/local.py": "def f():\n    from briefing.util import helper\n",
            "util/__init__.py": "",
            "util/helper.py": "import briefing.util.deep as deep\n",
            "util/deep.py": "from typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n    from briefing.other import T\n\nX = 1\n",
            "other.py": "T = int\n",
        },
    )
    monkeypatch.setattr(cachestore, "_ROOT", tmp_path)
    code_version.cache_clear()
    yield tmp_path
    code_version.cache_clear()


def test_closure_follows_relative_lazy_and_plain_imports_but_not_type_hints(
    package: Path,
) -> None:
    assert sorted(closure(("briefing.stage",))) == [
        "briefing",
        "briefing.stage",
        "briefing.stage.local",
        "briefing.util",
        "briefing.util.deep",
        "briefing.util.helper",
    ]


def test_an_edit_changes_the_version_only_when_the_stage_imports_the_module(
    package: Path,
) -> None:
    before = code_version(("briefing.stage",))
    (package / "other.py").write_text("T = str\n", encoding="utf-8")
    code_version.cache_clear()
    assert code_version(("briefing.stage",)) == before
    (package / "util" / "deep.py").write_text("X = 2\n", encoding="utf-8")
    code_version.cache_clear()
    assert code_version(("briefing.stage",)) != before


def test_has_and_size_see_only_the_plain_files_get_would_read(tmp_path: Path) -> None:
    """``has`` and ``size`` answer without reading: a plain entry is there, with its bytes;
    a link, a folder in its place or nothing is not (``get`` would not read those either)."""
    store = cachestore.EntryStore(tmp_path)
    store.put("plain", b"{}")
    (tmp_path / "elsewhere.txt").write_text("x", encoding="utf-8")
    store.path("link").symlink_to(tmp_path / "elsewhere.txt")
    store.path("folder").mkdir()
    assert store.has("plain") and store.get("plain", 10) == b"{}"
    assert store.size("plain") == 2 and store.get("plain", 1) is None  # over the limit
    for key in ("link", "folder", "missing"):
        assert not store.has(key) and store.get(key, 10) is None and store.size(key) == 0


def test_a_link_swapped_in_after_the_check_is_not_followed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The race: an entry passes the link check, then a link to another file takes its
    place before the open. The open itself refuses the link, and the touch does not move
    the other file's time."""
    store = cachestore.EntryStore(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b'{"planted": true}')
    os.utime(secret, (1_000_000, 1_000_000))
    store.path("k").symlink_to(secret)
    monkeypatch.setattr(Path, "is_symlink", lambda self: False)  # the check saw a plain file
    assert store.get("k", 1000) is None
    assert secret.stat().st_mtime == 1_000_000


def test_any_entry_counts_only_entries_not_leftovers(tmp_path: Path) -> None:
    store = cachestore.EntryStore(tmp_path / "cache")
    assert not store.any_entry()  # no folder yet
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / ".k.json.abc.tmp").write_bytes(b"{")  # a write cut short
    store.path("folder").mkdir()
    store.path("link").symlink_to(tmp_path / "cache" / ".k.json.abc.tmp")
    assert not store.any_entry()
    store.put("k", b"{}")
    assert store.any_entry()


def test_entry_key_frames_each_part_and_depends_on_the_salt() -> None:
    key = cachestore.entry_key("salt", "title", "tëxt")  # a str counts as its UTF-8
    assert key == cachestore.entry_key("salt", b"title", "tëxt".encode())
    assert key != cachestore.entry_key("salt", "titlet", "ëxt")  # parts never run together
    assert key != cachestore.entry_key("other", "title", "tëxt")
    assert len(key) == 64 and int(key, 16) >= 0
    assert cachestore.entry_key("s", "lone \ud800") != cachestore.entry_key("s", "lone ")


def _fill(store: cachestore.EntryStore, count: int) -> list[str]:
    """``count`` entries, the n-th modified at time 1000 + n; their keys, oldest first."""
    keys = [f"{n:064x}" for n in range(count)]
    for n, key in enumerate(keys):
        store.put(key, b"{}")
        os.utime(store.path(key), (1000 + n, 1000 + n))
    return keys


def test_prune_keeps_the_newest_entries_in_any_listing_order(tmp_path: Path) -> None:
    store = cachestore.EntryStore(tmp_path)
    keys = _fill(store, 40)
    assert store.prune(max_entries=7, max_bytes=10**9) == 33
    assert [store.has(k) for k in keys] == [False] * 33 + [True] * 7
    assert store.prune(max_entries=7, max_bytes=3 * len(b"{}")) == 4  # then the size bound
    assert [store.has(k) for k in keys[-4:]] == [False, True, True, True]


def test_prune_memory_does_not_grow_with_the_folder(tmp_path: Path) -> None:
    import tracemalloc

    store = cachestore.EntryStore(tmp_path)
    _fill(store, 3000)
    tracemalloc.start()
    try:
        assert store.prune(max_entries=5, max_bytes=10**9) == 2995
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # Listing all 3,000 entries' paths and times would take about 600 KB.
    assert peak < 100_000


def test_a_folder_others_can_write_is_no_cache(tmp_path: Path) -> None:
    # Whoever can put a file in the folder can put one under the right key (the key hashes
    # the source, which they read, and public code): its checked values then change the
    # brief (a read entry's text is printed as the article's). Such a folder costs time only.
    folder = tmp_path / "read"
    EntryStore(folder).put("k", b"{}")
    assert EntryStore(folder).get("k", 100) == b"{}"
    for mode in (0o775, 0o757, 0o777):
        folder.chmod(mode)
        store = EntryStore(folder)
        assert not store.usable and store.get("k", 100) is None and not store.has("k")
    folder.chmod(0o755)
    assert EntryStore(folder).usable


def test_a_state_folder_others_can_write_makes_its_caches_unusable(tmp_path: Path) -> None:
    # They could rename the cache folder away and put their own in its place.
    meta = tmp_path / ".briefing"
    EntryStore(meta / "read").put("k", b"{}")
    meta.chmod(0o777)
    assert not EntryStore(meta / "read").usable
    assert not EntryStore(meta / "features").usable  # not there yet: its parent decides
    meta.chmod(0o755)
    assert EntryStore(meta / "read").usable and EntryStore(meta / "features").usable


def test_a_folder_of_another_owner_is_no_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cache"
    EntryStore(folder).put("k", b"{}")
    monkeypatch.setattr(os, "geteuid", lambda: os.stat(folder).st_uid + 1)
    assert not EntryStore(folder).usable


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file away")
def test_an_entry_another_user_wrote_is_a_miss_and_replaced(tmp_path: Path) -> None:
    # Put there while the folder was theirs to write, before it was made private.
    store = EntryStore(tmp_path / "read")
    store.put("k", b"{}")
    os.chown(store.path("k"), 65534, -1)
    assert store.get("k", 100) is None
    store.put("k", b"[]")
    assert store.get("k", 100) == b"[]"


def test_the_store_makes_its_folder_writable_by_its_owner_only(tmp_path: Path) -> None:
    old = os.umask(0o002)
    try:
        EntryStore(tmp_path / "features").put("k", b"{}")
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "features").st_mode) & 0o022 == 0


def test_a_folder_in_a_sticky_shared_folder_is_a_cache(tmp_path: Path) -> None:
    # Others may write /tmp, but not rename or remove a folder of ours in it.
    shared = tmp_path / "tmp"
    shared.mkdir()
    shared.chmod(0o1777)
    assert EntryStore(shared / "cache").usable
    shared.chmod(0o777)
    assert not EntryStore(shared / "cache").usable
