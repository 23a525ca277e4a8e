"""Each article's question candidates, kept across builds with what they read of the story."""

from __future__ import annotations

from typing import Any

import pytest

from briefing.compose import article_memo
from briefing.compose.memo import BadValue
from briefing.compose.questions import kept_candidates
from briefing.compose.questions.candidates import document_candidates
from briefing.compose.questions.context import QuestionContext
from briefing.compose.questions.expected import expected_candidates
from briefing.compose.questions.kept_candidates import (
    ADDED_CHARS,
    HIGHEST_SCORE,
    ONE_OFF,
    PERSON,
    KeptCandidates,
    Noting,
)
from briefing.compose.questions.unknowns import unknown_candidates
from briefing.model import Actor, Corpus

STORY = (
    "Senator Jane Smith asked whether the agency would publish the Dayton dam report. "
    "The agency dodged the question on Monday. "
    "Acme Dams is expected to close its Dayton plant, the union said. "
    "The cause of the Dayton dam leak is unknown."
)
OTHER = "Engineers inspected the Dayton dam on Friday."
LATER = "Smith said the Dayton dam report was late."


@pytest.fixture(autouse=True)
def _fresh() -> None:
    article_memo.forget()


def _seen(found: list[Any]) -> list[tuple[Any, ...]]:
    return [
        (c.question, c.context, c.kind, c.raised_by, c.score, c.sentence, c.sources) for c in found
    ]


def _kept(source: Corpus, actors: list[Actor] | None = None) -> list[tuple[Any, ...]]:
    kept = KeptCandidates(QuestionContext(source, actors))
    return _seen([c for adoc in source.docs for c in kept.of(adoc)])


def _direct(source: Corpus, actors: list[Actor] | None = None) -> list[tuple[Any, ...]]:
    """The candidates as ``find_open_questions`` found them before they were kept."""
    ctx = QuestionContext(source, actors)
    return _seen(
        [
            c
            for adoc in source.docs
            for find in (document_candidates, expected_candidates, unknown_candidates)
            for c in find(ctx, adoc)
        ]
    )


def _finding(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the articles whose candidates are found (not taken as kept)."""
    found: list[str] = []
    find = kept_candidates.document_candidates

    def recording(ctx: QuestionContext, adoc: Any) -> Any:
        found.append(adoc.document.text)
        return find(ctx, adoc)

    monkeypatch.setattr(kept_candidates, "document_candidates", recording)
    return found


def test_the_same_candidates_as_finding_them(corpus) -> None:
    source = corpus(STORY, OTHER)
    found = _kept(source)
    assert found == _direct(source)
    assert {row[2] for row in found} >= {"ask", "expected", "unknown"}


def test_kept_candidates_are_taken_when_the_story_answers_alike(corpus, monkeypatch) -> None:
    first = _kept(corpus(STORY, OTHER))
    finding = _finding(monkeypatch)
    assert _kept(corpus(STORY, OTHER)) == first
    assert finding == []
    # A grown story: only its new article's candidates are found.
    grown = corpus(STORY, OTHER, LATER)
    assert _kept(grown) == _direct(grown)
    assert finding == [LATER]


def test_a_read_answered_otherwise_finds_them_again(corpus, monkeypatch) -> None:
    source = corpus(STORY, OTHER)
    _kept(source)
    ((reads, _),) = [v for k, v in kept_candidates._KEPT.values.items() if k[0] == STORY]
    assert (PERSON, 0, "Jane Smith", "Jane Smith") in reads
    # The actor table now knows the senator: her name reads otherwise.
    actors = [Actor("Jane Smith", "person", mentions=3)]
    finding = _finding(monkeypatch)
    found = _kept(source, actors)
    assert STORY in finding
    assert found == _direct(source, actors)
    assert found[0][3] == "Senator Jane Smith"
    # The new candidates are kept beside the old ones.
    assert sum(k[0] == STORY for k in kept_candidates._KEPT.values) == 2


def test_the_noting_context_reads_no_table_of_its_own(corpus) -> None:
    source = corpus(STORY)
    ctx = QuestionContext(source)
    noting = Noting(ctx)
    with pytest.raises(AttributeError):
        noting.names_in("the Dayton council")
    with pytest.raises(AttributeError):
        _ = noting.forms
    adoc = source.docs[0]
    noting.where = (adoc, adoc.sentences[1])
    assert ctx.where == (adoc, adoc.sentences[1])
    assert noting.one_off_names(adoc, adoc.sentences[0], "Will Dayton act?") == []
    assert noting.reads == {(ONE_OFF, 0, "Will Dayton act?"): False}


READ = [PERSON, 0, "Jane Smith", "Jane Smith"]
ROW = [0, "Will the agency publish the Dayton dam report?", "ask", "Jane Smith", 3.0]


@pytest.mark.parametrize(
    "data",
    [
        "not a list",
        [[READ]],  # cut short: no candidates
        [[READ], [ROW], []],
        [[READ[:3]], [ROW]],  # a read cut short
        [[READ], [ROW[:4]]],  # a candidate cut short
        [[[9, 0, "Jane Smith", "Jane Smith"]], [ROW]],  # no such read
        [[[PERSON, 0, "Jane Smith", None]], [ROW]],  # a name is a string
        [[[ONE_OFF, 0, "Will it?", 1]], [ROW]],  # a yes or no is a bool
        [[[ONE_OFF, True, "Will it?", True]], [ROW]],  # a sentence is an int
        [[READ], [[0, "", "ask", None, 3.0]]],  # no question
        [[READ], [[0, "Will it?", "musing", None, 3.0]]],  # no such kind
        [[READ], [[0, "Will it?", "ask", 7, 3.0]]],
        [[READ], [[0, "Will it?", "ask", None, 3]]],  # a score is a float
        [[READ], [[0, "Will it?", "ask", None, float("nan")]]],
        [[READ], [[0, "Will it?", "ask", None, HIGHEST_SCORE + 1.0]]],
        [[READ], [[0, "Will it?", "ask", None, -9.0]]],
    ],
)
def test_a_stored_entry_of_another_shape_is_refused(data: object) -> None:
    with pytest.raises(BadValue):
        kept_candidates._decode(data)


def _stored(corpus, value: list[Any]) -> tuple[dict[str, Any], str, int]:
    adoc = corpus(STORY).docs[0]
    return {"question_candidates": [[["digest"], value]]}, STORY, len(adoc.sentences)


@pytest.mark.parametrize(
    "value",
    [
        [[READ], [[99, *ROW[1:]]]],  # a sentence the article lacks
        [[READ], [[-1, *ROW[1:]]]],
        [[[ONE_OFF, 99, "Will it?", False]], [ROW]],
        [[READ], [[0, "W" * (len(STORY) + ADDED_CHARS + 1), "ask", None, 3.0]]],  # huge
        [[READ], [[0, "Will it?", "ask", "J" * (len(STORY) + ADDED_CHARS + 1), 3.0]]],
    ],
)
def test_a_stored_entry_that_does_not_fit_its_article_is_refused(corpus, value) -> None:
    with pytest.raises(BadValue):
        article_memo.decode_answers(*_stored(corpus, value))


def test_stored_candidates_are_taken_by_a_later_build(corpus, monkeypatch) -> None:
    source = corpus(STORY, OTHER)
    first = _kept(source)
    (rows,) = [a["question_candidates"] for a in article_memo.export([STORY])]
    article_memo.forget()
    adoc = source.docs[0]
    article_memo.load(
        article_memo.decode_answers({"question_candidates": rows}, STORY, len(adoc.sentences))
    )
    finding = _finding(monkeypatch)
    assert _kept(source) == first
    assert finding == [OTHER]  # its answers were not stored here
