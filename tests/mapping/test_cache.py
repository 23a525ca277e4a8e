"""The article cache: keyed by content and settings, bounded, tolerant of damage."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from briefing.mapping.cache import ArticleCache
from briefing.mapping.work import ArticleResult, MapSettings, analyse_articles
from briefing.model import Document


@pytest.fixture(scope="module")
def result(sample_documents: list[Document]) -> ArticleResult:
    return analyse_articles(sample_documents[:1], MapSettings(entities=False))[0]


def test_put_then_get(tmp_path: Path, sample_documents: list[Document], result) -> None:
    cache = ArticleCache(tmp_path, MapSettings(entities=False))
    doc = sample_documents[0]
    assert cache.get(doc) is None
    cache.put(doc, result)
    assert cache.get(doc) == result and cache.hits == 1
    assert [p.name for p in tmp_path.iterdir()] == [f"{cache.key(doc)}.json"]


def test_key_follows_text_title_and_settings(sample_documents: list[Document]) -> None:
    doc = sample_documents[0]
    lexrank = ArticleCache("x", MapSettings(summarizer="lexrank"))
    keys = {
        lexrank.key(doc),
        lexrank.key(Document(doc.location, doc.text + " More.", doc.title)),
        lexrank.key(Document(doc.location, doc.text, doc.title + "!")),
        ArticleCache("x", MapSettings(summarizer="lsa")).key(doc),
        ArticleCache("x", MapSettings(entities=False)).key(doc),
    }
    assert len(keys) == 5
    assert lexrank.key(Document("elsewhere", doc.text, doc.title)) == lexrank.key(doc)


def test_damaged_or_foreign_entries_are_misses(
    tmp_path: Path, sample_documents: list[Document], result
) -> None:
    cache = ArticleCache(tmp_path, MapSettings(entities=False))
    doc = sample_documents[0]
    path = tmp_path / f"{cache.key(doc)}.json"
    path.write_bytes(b'{"format": 1, "sentences": [[0, 0, ')  # a torn write
    assert cache.get(doc) is None
    secret = tmp_path / "secret.json"
    secret.write_text("{}")
    path.unlink()
    path.symlink_to(secret)
    assert cache.get(doc) is None
    path.unlink()
    path.mkdir()  # not even a file
    assert cache.get(doc) is None


@pytest.mark.parametrize("kind", ["pipe", "huge"])
def test_a_pipe_or_huge_file_as_entry_is_a_miss_without_blocking(
    tmp_path: Path, sample_documents: list[Document], monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    cache = ArticleCache(tmp_path, MapSettings(entities=False))
    doc = sample_documents[0]
    path = tmp_path / f"{cache.key(doc)}.json"
    if kind == "pipe":
        os.mkfifo(path)  # open() on it would wait for a writer forever
    else:
        monkeypatch.setattr("briefing.mapping.cache.MAX_ENTRY_BYTES", 1000)
        path.write_bytes(b" " * 1001)
    got: list[object] = []
    reader = threading.Thread(target=lambda: got.append(cache.get(doc)), daemon=True)
    reader.start()
    reader.join(5)
    assert got == [None]


def test_unwritable_cache_is_skipped(tmp_path: Path, sample_documents: list[Document], result):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = ArticleCache(blocker / "cache", MapSettings(entities=False))
    cache.put(sample_documents[0], result)  # no exception: the build goes on
    assert cache.get(sample_documents[0]) is None


def test_concurrent_writers_leave_one_whole_entry(
    tmp_path: Path, sample_documents: list[Document], result
) -> None:
    cache = ArticleCache(tmp_path, MapSettings(entities=False))
    doc = sample_documents[0]
    threads = [threading.Thread(target=cache.put, args=(doc, result)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert cache.get(doc) == result
    assert len(list(tmp_path.iterdir())) == 1  # no temporary file left behind


def test_prune_keeps_the_most_recently_used(
    tmp_path: Path, sample_documents: list[Document], result
) -> None:
    cache = ArticleCache(tmp_path, MapSettings(entities=False))
    docs = [Document(f"d{n}", sample_documents[0].text, f"title {n}") for n in range(5)]
    for n, doc in enumerate(docs):
        cache.put(doc, result)
        os.utime(tmp_path / f"{cache.key(doc)}.json", (1000 + n, 1000 + n))
    assert cache.get(docs[0]) is not None  # a hit makes the oldest the newest
    stale = tmp_path / ".x.json.123.tmp"
    stale.write_text("left by a killed run")
    os.utime(stale, (1, 1))
    assert cache.prune(max_entries=3) == 2
    assert [cache.get(d) is not None for d in docs] == [True, False, False, True, True]
    assert not stale.exists()
    size = (tmp_path / f"{cache.key(docs[0])}.json").stat().st_size
    assert cache.prune(max_bytes=size) == 2
    assert sum(1 for _ in tmp_path.iterdir()) == 1


def test_cache_folder_that_is_a_link_is_not_used(
    tmp_path: Path, sample_documents: list[Document], result
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "cache").symlink_to(elsewhere)
    cache = ArticleCache(tmp_path / "cache", MapSettings(entities=False))
    cache.put(sample_documents[0], result)
    assert list(elsewhere.iterdir()) == [] and cache.get(sample_documents[0]) is None
