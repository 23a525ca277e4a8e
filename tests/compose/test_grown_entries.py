"""A found article's compose cache entry is written again when a later build learns more
answers for it, so the build after that need not work them out again."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.compose import article_memo, memo, near_duplicates
from briefing.compose.disputes import rejection
from briefing.compose.entry_bounds import bound, text_bytes
from briefing.compose.features import FeatureCache
from briefing.compose.grown_entries import Grown
from briefing.compose.near_duplicates import content_stems
from briefing.model import AnalysedDocument, Corpus, Document, Sentence

SAMPLE = Path(__file__).resolve().parents[2] / "sources"


@pytest.fixture(autouse=True)
def fresh(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(near_duplicates, "_STEMS", {})
    memo.forget()
    article_memo.forget()
    yield
    memo.forget()
    article_memo.forget()


@pytest.fixture
def vowels() -> Iterator[list[str]]:
    """An article memo counting the vowels of an article's text, and its calls."""
    calls: list[str] = []

    @article_memo.by_article("test_vowels", lambda v: v, lambda v: v)
    def count(adoc: AnalysedDocument) -> int:
        calls.append(adoc.document.text)
        return sum(c in "aeiou" for c in adoc.document.text)

    yield calls, count
    del article_memo.ARTICLE_MEMOS["test_vowels"]


def sentence(doc: int, index: int, text: str) -> Sentence:
    return Sentence(doc, index, 0, text, 0, len(text), text.lower().rstrip(".").split())


def corpus() -> Corpus:
    texts = [
        ["Officials in Norvale denied the report.", "The plant stayed open in June."],
        ["The ministry in Calder rejected claims.", "Analysts expect more cuts."],
    ]
    return Corpus(
        [
            AnalysedDocument(
                Document(f"doc{d}.txt", " ".join(parts)),
                [sentence(d, i, part) for i, part in enumerate(parts)],
            )
            for d, parts in enumerate(texts)
        ]
    )


def first_build(folder: Path, c: Corpus) -> list[str | None]:
    cache = FeatureCache(folder)
    missing = cache.load(c)
    for s in c.sentences():
        content_stems(s.words)
    cache.save(c, missing)
    return missing


def load_again(folder: Path, c: Corpus) -> tuple[FeatureCache, list[str | None]]:
    """A later build's cache: this process's answers forgotten, the entries read again."""
    memo.forget()
    cache = FeatureCache(folder)
    return cache, cache.load(c)


def test_answers_learnt_for_a_found_article_are_stored_for_the_next_build(
    tmp_path: Path, vowels: tuple[list[str], object]
) -> None:
    calls, count = vowels
    c = corpus()
    keys = first_build(tmp_path, c)
    before = [tmp_path.joinpath(f"{key}.json").read_bytes() for key in keys if key]

    second, found = load_again(tmp_path, c)
    assert found == [None, None]  # both found
    count(c.docs[1])  # a question the first build did not ask, of the second article
    rejection(c.docs[1].sentences[0].text)
    second.save(c, [None, None])
    after = [tmp_path.joinpath(f"{key}.json").read_bytes() for key in keys if key]
    assert after[0] == before[0]  # nothing new for the first: not written again
    assert after[1] != before[1]

    article_memo.forget()
    calls.clear()
    _, found = load_again(tmp_path, c)
    assert found == [None, None]
    assert count(c.docs[1]) == count(c.docs[1]) and calls == []  # from the entry
    assert (c.docs[1].sentences[0].text,) in memo.MEMOS["rejection"].values
    assert (c.docs[0].sentences[0].text,) not in memo.MEMOS["rejection"].values


def test_only_found_articles_with_new_answers_are_named_with_those_answers(
    tmp_path: Path,
) -> None:
    c = corpus()
    for s in c.docs[0].sentences:
        content_stems(s.words)
    grown = Grown()
    assert grown.rows(c, [0, 1]) == {}
    content_stems(c.docs[0].sentences[0].words)  # known already: nothing new
    assert grown.rows(c, [0, 1]) == {}
    content_stems(c.docs[1].sentences[1].words)
    stems = memo.MEMOS["content_stems"].encode(content_stems(c.docs[1].sentences[1].words))
    assert grown.rows(c, [0, 1]) == {1: ({"content_stems": [[1, [], stems]]}, {})}
    assert grown.rows(c, [0]) == {}  # an article not found is not named


def test_an_entry_changed_since_it_was_loaded_is_left_as_it_is(
    tmp_path: Path, vowels: tuple[list[str], object]
) -> None:
    _, count = vowels
    c = corpus()
    keys = first_build(tmp_path, c)
    second, _ = load_again(tmp_path, c)
    path = tmp_path / f"{keys[1]}.json"
    path.write_bytes(path.read_bytes().replace(keys[1].encode(), b"0" * 64))  # not ours now
    changed = path.read_bytes()
    count(c.docs[1])
    second.save(c, [None, None])
    assert path.read_bytes() == changed


def test_an_entry_that_would_outgrow_its_bound_is_not_written(
    tmp_path: Path, vowels: tuple[list[str], object], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, count = vowels
    c = corpus()
    keys = first_build(tmp_path, c)
    path = tmp_path / f"{keys[1]}.json"
    before = path.read_bytes()
    second, _ = load_again(tmp_path, c)
    adoc = c.docs[1]
    limit = bound("article", text_bytes(adoc.document), len(adoc.sentences))
    # An answer as long as the whole entry may be: the entry would be read as a miss.
    monkeypatch.setattr(article_memo.ARTICLE_MEMOS["test_vowels"], "encode", lambda v: "x" * limit)
    count(adoc)
    second.save(c, [None, None])
    assert path.read_bytes() == before


def test_a_folder_that_grows_gives_the_brief_a_cold_build_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three articles, then four, then five, in one output folder (entries written, then
    grown): the last brief is the one a build of the five without any entry writes."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764460800")
    articles = sorted(SAMPLE.glob("*.txt"))
    src = tmp_path / "src"
    src.mkdir()
    for n, path in enumerate(articles):
        shutil.copyfile(path, src / path.name)
        if n >= 2:
            memo.forget()  # each build as a new process: only the entries carry over
            article_memo.forget()
            monkeypatch.setattr(near_duplicates, "_STEMS", {})
            grown = build(src, tmp_path / "out")
    memo.forget()
    article_memo.forget()
    monkeypatch.setattr(near_duplicates, "_STEMS", {})
    cold = build(src, tmp_path / "cold")
    assert {k: v for k, v in grown.items() if k != "whats_new"} == {
        k: v for k, v in cold.items() if k != "whats_new"
    }


def build(src: Path, out: Path) -> dict:
    assert main(["build", str(src), "-o", str(out), "--format", "json", "-q"]) == 0
    return json.loads((out / "latest.json").read_text(encoding="utf-8"))
