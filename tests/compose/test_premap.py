"""Compose's memo answers worked out beside the map: the same values compose works out
itself, remembered in the build's memos, and a worker keeps none of them."""

from __future__ import annotations

import os

import pytest

from briefing.analyse import analyse_document
from briefing.analyse.entities import annotate_documents
from briefing.compose import article_memo, memo, near_duplicates, premap
from briefing.model import AnalysedDocument, Document

TEXT = (
    "BRENNHOLT, March 3 (Wire) - Mayor Ilse Varnqvist on Tuesday denied reports that the "
    'harbour board had sold the Tollerup ferry. "Nothing like that happened," she said.\n\n'
    "The board, which runs three ferries, announced last week that it planned to decide by May "
    "whether to raise fares by 12 percent. It reads on its own.\n\n"
    "But that plan is not new, according to Olav Drummel, the board's chairman."
)


def analysed() -> AnalysedDocument:
    adoc = analyse_document(Document(location="varnqvist.txt", title="Ferry sale", text=TEXT), 0)
    annotate_documents([adoc])
    return adoc


@pytest.fixture(autouse=True)
def fresh_memos() -> None:
    memo.forget()
    article_memo.forget()
    yield
    memo.forget()
    article_memo.forget()


def computed(adoc: AnalysedDocument) -> premap.Answers:
    """Each answer worked out again by the memo's own function, not by ``answers``, and
    the stems of the article's words (a fresh worker has sent none before)."""
    words = {n: [memo.MEMOS[n].fn(tuple(s.words)) for s in adoc.sentences] for n in premap.BY_WORDS}
    for n in premap.BY_TEXT_AND_LENGTH:
        words[n] = [memo.MEMOS[n].fn(s.text, len(s.words)) for s in adoc.sentences]
    for n in premap.BY_TEXT:
        words[n] = [memo.MEMOS[n].fn(s.text) for s in adoc.sentences]
    article = {n: article_memo.ARTICLE_MEMOS[n].fn(adoc) for n in premap.ARTICLE}
    return words, article, {}


def fresh_stems(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker that has stemmed nothing yet."""
    monkeypatch.setattr(near_duplicates, "_STEMS", {})
    monkeypatch.setattr(premap, "_sent_stems", 0)


def test_a_worker_sends_what_compose_would_ask_and_keeps_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    adoc = analysed()
    fresh_stems(monkeypatch)
    found = premap.answers(os.getpid() + 1, adoc)  # "another process": a map worker
    assert not any(m.values for m in memo.MEMOS.values())
    assert not any(m.values for m in article_memo.ARTICLE_MEMOS.values())
    sentences, article, stems = found
    assert (sentences, article) == computed(adoc)[:2]
    # The stems it worked out go back with the article, each once.
    assert stems["ferries"] == "ferri" and stems == dict(near_duplicates.known_stems())
    assert premap.answers(os.getpid() + 1, adoc)[2] == {}
    assert any(found[0]["rejection"]) and found[1]["article_forms"]  # the denial, the names
    memo.forget()
    article_memo.forget()
    # The build's own process (a Dask worker thread in it) keeps what it asked.
    premap.answers(os.getpid(), adoc)
    assert memo.MEMOS["reads_alone"].values and article_memo.ARTICLE_MEMOS["junk_spans"].values


def test_absorbed_answers_are_found_without_asking_again(monkeypatch: pytest.MonkeyPatch) -> None:
    adoc = analysed()
    fresh_stems(monkeypatch)
    found = premap.answers(os.getpid() + 1, adoc)
    monkeypatch.setattr(near_duplicates, "_STEMS", {})  # the build's process: none yet
    premap.absorb(adoc.document.text, adoc.sentences, found)
    assert near_duplicates.known_stems() == found[2]

    def never(*args: object) -> None:
        raise AssertionError(f"asked again: {args!r}")

    for name in (*premap.BY_WORDS, *premap.BY_TEXT_AND_LENGTH, *premap.BY_TEXT):
        monkeypatch.setattr(memo.MEMOS[name], "fn", never)
    for name in premap.ARTICLE:
        monkeypatch.setattr(article_memo.ARTICLE_MEMOS[name], "fn", never)
    monkeypatch.setattr(near_duplicates._stemmer(), "stem", never)
    again = premap.answers(os.getpid(), adoc)  # every answer from the memos
    assert again[:2] == found[:2] and again[2] == {}  # the build's process sends no stems
    # What the compose cache stores of the article comes from them too.
    (rows,) = memo.export([adoc.sentences])
    assert set(premap.BY_WORDS) <= rows.keys() and "reads_alone" in rows


def test_a_memo_whose_code_fails_leaves_the_article_to_compose(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A memo that raises on one article (a bug only its sentences set off) failed the
    whole build on the worker pool, where compose's guard (one section or digest lost,
    the failure in the log) never saw it: the worker sends no answers for the article,
    keeps none, and compose asks again under its guard."""
    adoc = analysed()
    fresh_stems(monkeypatch)

    def failing(adoc: AnalysedDocument) -> None:
        raise IndexError("list index out of range")

    monkeypatch.setattr(article_memo.ARTICLE_MEMOS["article_forms"], "fn", failing)
    assert premap.answers(os.getpid() + 1, adoc) is None
    assert not any(m.values for m in memo.MEMOS.values())
    assert not any(m.values for m in article_memo.ARTICLE_MEMOS.values())
    premap.absorb(adoc.document.text, adoc.sentences, None)  # nothing to remember
    assert not any(m.values for m in memo.MEMOS.values())
    with pytest.raises(IndexError):  # compose's own asking fails, under its guard
        article_memo.ARTICLE_MEMOS["article_forms"].ask(adoc, ())
