"""The read cache: an unchanged file is not cleaned again; a damaged entry is read again."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from briefing.ingest import Limits, ReadCache, clutter, ingest, readers
from briefing.ingest.cache import BadEntry, decode, encode
from briefing.model import Document

ARTICLE = (
    "Harbour council delays the ferry vote\n\n"
    "The harbour council postponed its vote on the new ferry line on Tuesday, saying the "
    "operator had not answered questions about noise.\n\n"
    "Residents of the east quay have opposed the plan since spring, and the mayor said a "
    "decision would come before the end of the year."
)


@pytest.fixture
def cleaned(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many pages the clutter rules cleaned (one call per read that was not cached)."""
    calls: list[int] = []
    real = clutter.clean

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(clutter, "clean", counting)
    return calls


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE.replace("ferry", "tram"), encoding="utf-8")
    (folder / "empty.txt").write_text("Only three words", encoding="utf-8")
    return folder


def read(sources: Path, cache_dir: Path, limits: Limits | None = None):
    limits = limits or Limits()
    cache = ReadCache(cache_dir, limits)
    return ingest([str(sources)], limits=limits, cache=cache), cache


def test_second_read_comes_from_the_cache_and_is_the_same(
    sources: Path, tmp_path: Path, cleaned: list[int]
) -> None:
    plain = ingest([str(sources)])
    calls = len(cleaned)
    first, _ = read(sources, tmp_path / "cache")
    assert len(cleaned) == 2 * calls
    second, cache = read(sources, tmp_path / "cache")
    assert len(cleaned) == 2 * calls and cache.hits == 3  # the skipped file is cached too
    assert first == second == plain
    assert [s.reason for s in second.skipped] == ["no article text found"]


def test_a_changed_file_or_limit_is_read_again(
    sources: Path, tmp_path: Path, cleaned: list[int]
) -> None:
    read(sources, tmp_path / "cache")
    (sources / "a.txt").write_text(ARTICLE + "\n\nA late paragraph.", encoding="utf-8")
    result, cache = read(sources, tmp_path / "cache")
    assert cache.hits == 2 and "A late paragraph." in result.documents[0].text
    _, cache = read(sources, tmp_path / "cache", Limits(max_source_chars=100_000))
    assert cache.hits == 0


def test_a_read_cut_short_by_a_limit_is_not_cached(sources: Path, tmp_path: Path) -> None:
    first, _ = read(sources, tmp_path / "cache", Limits(max_source_chars=150))
    assert first.warnings
    second, cache = read(sources, tmp_path / "cache", Limits(max_source_chars=150))
    assert second.warnings == first.warnings  # shown on every build
    assert cache.hits == 1  # only the (uncut) skipped file


def test_a_page_skipped_for_its_cpu_time_is_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A page over HTML_SECONDS may be over it only on a busy machine: the skip is not kept,
    # or the page would stay skipped until it changed.
    folder = tmp_path / "src"
    folder.mkdir()
    paragraphs = "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n"))
    (folder / "page.html").write_text(f"<html><body>{paragraphs}</body></html>", encoding="utf-8")
    monkeypatch.setattr(readers, "HTML_SECONDS", 0.0, raising=False)
    first, _ = read(folder, tmp_path / "cache")
    assert [s.reason for s in first.skipped] == ["page took over 0 CPU s to read (HTML_SECONDS)"]
    monkeypatch.setattr(readers, "HTML_SECONDS", 5.0)
    second, cache = read(folder, tmp_path / "cache")
    assert len(second.documents) == 1
    assert not second.skipped
    assert cache.hits == 0


@pytest.mark.parametrize(
    "damage",
    [
        lambda e: b'{"format": 1, "key": "',  # torn
        lambda e: json.dumps({**e, "key": "0" * 64}).encode(),  # moved from another key
        lambda e: json.dumps({**e, "items": [["doc", "a.txt", 7]]}).encode(),
        lambda e: json.dumps(
            {**e, "items": [e["items"][0][:6] + ["yesterday"] + ["text", ""]]}
        ).encode(),
        lambda e: json.dumps({**e, "items": []}).encode(),
        lambda e: json.dumps(
            {**e, "items": [e["items"][0][:6] + ["0001-01-01"] + e["items"][0][7:]]}
        ).encode(),
        lambda e: b"[" * 100_000,  # deeply nested
        # A text past max_source_chars (no read keeps one): the map took as long as the
        # planted text was (minutes for 60 MB), holding the output folder's lock.
        lambda e: json.dumps(
            {**e, "items": [e["items"][0][:2] + ["Quay. " * 40_000] + e["items"][0][3:]]}
        ).encode(),
        lambda e: json.dumps(
            {**e, "items": [e["items"][0][:3] + ["Quay " * 1_000] + e["items"][0][4:]]}
        ).encode(),
    ],
)
def test_a_damaged_entry_is_read_again(sources: Path, tmp_path: Path, damage) -> None:
    (sources / "b.txt").unlink()
    (sources / "empty.txt").unlink()
    first, cache = read(sources, tmp_path / "cache")
    [entry] = (tmp_path / "cache").iterdir()
    entry.write_bytes(damage(json.loads(entry.read_bytes())))
    second, cache = read(sources, tmp_path / "cache")
    assert cache.hits == 0 and second == first


def test_the_cache_is_bounded(sources: Path, tmp_path: Path) -> None:
    _, cache = read(sources, tmp_path / "cache")
    assert len(list((tmp_path / "cache").iterdir())) == 3
    assert cache.prune(max_entries=1) == 2
    assert len(list((tmp_path / "cache").iterdir())) == 1


def test_an_entry_keeps_the_day_a_wire_story_was_filed() -> None:
    doc = Document(
        location="a.html",
        text="China today signed the treaty.",
        date=dt.date(1999, 5, 23),
        filed=dt.date(1999, 5, 22),
        place="SPRINGFIELD, Ill.",  # the dateline's place: where its "here" is
        content_hash="ab" * 32,
    )
    assert decode(encode([doc], "k"), "k") == [doc]


def test_an_entry_whose_place_is_too_long_for_a_dateline_is_refused() -> None:
    # A tampered entry must not copy a huge "place" into statements as "[in ...]".
    doc = Document(location="a.html", text="Talks went on here.", content_hash="ab" * 32)
    doc.place = "ZORVANIA " * 2000
    with pytest.raises(BadEntry):
        decode(encode([doc], "k"), "k")


def test_a_folder_read_half_in_a_forked_process_gives_the_same_result(
    sources: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 13: with two processes a large folder is read half in a forked process; the
    documents, skips, limit warnings (from either half) and cache hits come back whole."""
    import briefing.ingest as ingest_module

    monkeypatch.setattr(ingest_module, "FORK_MIN_FILES", 2)
    (sources / "z_long.txt").write_text(ARTICLE + "\n\n" + ARTICLE[:120], encoding="utf-8")
    limits = dict(max_source_chars=250)
    runs = []
    for processes in (1, 2, 2):  # the last from the cache the first two wrote
        cache = ReadCache(tmp_path / f"cache{min(processes, 2)}", Limits(**limits))
        got = ingest([str(sources)], limits=Limits(**limits), cache=cache, processes=processes)
        runs.append((got, cache.hits))
    (alone, _), (forked, hits), (again, hits_again) = runs
    assert forked == alone and again == alone
    assert len(alone.warnings) == 3  # cut files in both halves: a.txt ... z_long.txt
    assert alone.warnings[-1].startswith("z_long.txt: ")
    assert (hits, hits_again) == (0, 1)  # cut reads are never cached; the skipped one is


@pytest.mark.parametrize("processes", [1, 2])
def test_started_is_told_once_the_files_are_being_read_after_the_fork(
    sources: Path, monkeypatch: pytest.MonkeyPatch, processes: int
) -> None:
    """The build starts its map's workers there: a fork must not follow their threads."""
    import briefing.ingest as ingest_module

    monkeypatch.setattr(ingest_module, "FORK_MIN_FILES", 2)
    seen: list[str] = []
    real = ingest_module.forked.start

    def start(*args, **kwargs):
        seen.append("inline" if kwargs.get("inline") else "forked")
        return real(*args, **kwargs)

    monkeypatch.setattr(ingest_module.forked, "start", start)
    got = ingest([str(sources)], processes=processes, started=lambda: seen.append("started"))
    assert seen == ["inline" if processes == 1 else "forked", "started"]
    assert got == ingest([str(sources)])


def test_a_saved_feeds_entry_that_could_not_be_fetched_is_fetched_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A saved feed's read was cached even when an entry's page could not be fetched (a
    timeout, a server down for a minute): the entry stayed skipped on every later build for
    as long as the feed file was unchanged. Such a read is not cached."""
    from briefing.ingest import web
    from briefing.ingest.fetch import Fetched, FetchError

    link = "https://news.example/ferry.html"
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "wire.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        f"<item><title>Ferry terminal approved</title><link>{link}</link></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    page = f"<html><body><article><p>{ARTICLE}</p></article></body></html>".encode()
    answers: list[Fetched | FetchError] = [
        FetchError("timed out after 20 s"),
        Fetched(link, page, "text/html"),
    ]
    monkeypatch.setattr(web, "fetch_all", lambda urls: [answers.pop(0)])
    first, _ = read(folder, tmp_path / "cache")
    assert [s.reason for s in first.skipped] == ["timed out after 20 s; no summary in feed"]
    second, cache = read(folder, tmp_path / "cache")
    assert cache.hits == 0
    assert [d.location for d in second.documents] == [link]


def test_the_code_version_covers_every_registered_reader() -> None:
    # The DOCX reader is registered by name and imported by no module the version read:
    # a change to it left reads of the old code in the cache.
    from briefing.cachestore import closure
    from briefing.ingest import cache
    from briefing.registrations import READERS

    modules = closure(cache._CODE)
    readers = {str(READERS._refs[name]).split(":")[0] for name in READERS.names()}
    assert readers <= set(modules)


def test_a_folder_named_relative_then_absolute_is_read_once(
    sources: Path, tmp_path: Path, cleaned: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same files named by a relative path (a hand run, ``briefing build src``) and by
    an absolute one (cron's ``--config``, whose paths are resolved) are one cache entry each:
    the second build read and cleaned every file again."""
    monkeypatch.chdir(tmp_path)
    first, _ = read(Path("src"), tmp_path / "cache")
    calls = len(cleaned)
    second, cache = read(sources.resolve(), tmp_path / "cache")
    assert len(cleaned) == calls and cache.hits == 3
    assert second == first  # every document and skip named as before: "a.txt", "empty.txt"
    (sources / "sub").mkdir()
    (sources / "sub" / "c.txt").write_text(ARTICLE.replace("ferry", "bus"), encoding="utf-8")
    alone = ingest([str(sources / "sub" / "c.txt")], cache=ReadCache(tmp_path / "cache", Limits()))
    third, cache = read(sources, tmp_path / "cache")
    assert cache.hits == 4  # the file given by itself before, now in its folder
    assert [d.location for d in alone.documents] == ["c.txt"]
    assert [d.location for d in third.documents] == ["a.txt", "b.txt", "sub/c.txt"]
