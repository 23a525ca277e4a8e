"""The map's unit of work: an article whose analysis raises costs only itself."""

from __future__ import annotations

import pytest

from briefing.mapping import ArticleCache, MapSettings, map_articles, work
from briefing.mapping.work import ArticleResult, analyse_articles, one_by_one
from briefing.model import Document

SETTINGS = MapSettings(summarizer="lexrank", entities=False)


def article(n: int, text: str = "") -> Document:
    text = text or f"The ferry to Osk left the quay at dawn on day {n}. It carried {n} crates."
    return Document(location=f"a{n}.txt", text=text, title=f"Ferry {n}")


@pytest.fixture
def fragile(monkeypatch: pytest.MonkeyPatch) -> None:
    """A test double of a bug only one article's text sets off ("Zorvath")."""
    analyse = work.analyse_document

    def analyse_document(doc: Document, index: int):
        if "Zorvath" in doc.text:
            raise KeyError("Zorvath")
        return analyse(doc, index)

    monkeypatch.setattr(work, "analyse_document", analyse_document)


def test_the_article_that_raises_fails_alone(fragile: None) -> None:
    docs = [article(1), article(2, "Zorvath sank the ferry near Osk."), article(3)]
    results = analyse_articles(docs, SETTINGS)
    assert [bool(r.sentences) for r in results] == [True, False, True]
    assert results[1].failed.startswith("KeyError: 'Zorvath' (test_work.py:")
    assert not results[0].failed and not results[2].failed


def test_out_of_memory_still_ends_the_build() -> None:
    def work_(batch: list[Document]) -> list[ArticleResult]:
        raise MemoryError

    with pytest.raises(MemoryError):
        one_by_one(work_, [article(1), article(2)])


def test_the_map_leaves_it_out_and_never_caches_it(fragile: None, tmp_path) -> None:
    docs = [article(1, "Zorvath sank the ferry near Osk."), article(2), article(3)]
    cache = ArticleCache(tmp_path / "cache", SETTINGS)
    mapped = map_articles(docs, SETTINGS, workers=1, cache=cache)
    assert list(mapped.failed) == [0] and mapped.failed[0].startswith("KeyError")
    assert [d.document.location for d in mapped.corpus.docs] == ["a2.txt", "a3.txt"]
    assert all(s.doc == i for i, d in enumerate(mapped.corpus.docs) for s in d.sentences)
    assert len(mapped.per_article) == 2
    assert not cache.has(docs[0]) and cache.has(docs[1])
