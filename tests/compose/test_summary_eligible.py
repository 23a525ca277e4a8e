"""Which of an article's sentences the summary may choose, kept with what it read."""

from __future__ import annotations

import pytest

from briefing.compose import article_memo, summary_eligible
from briefing.compose.clarity import Clarity
from briefing.compose.leaning import leaning_sentences
from briefing.compose.memo import BadValue
from briefing.compose.sentence_filters import standalone, trim_connective
from briefing.compose.summary_eligible import (
    MIN_STATEMENT_WORDS,
    Asked,
    StoryFacts,
    eligible_sentences,
)
from briefing.compose.unanchored import Unanchored
from briefing.lang.summary_leans import leans_in_summary
from briefing.model import Corpus

from .conftest import articles

STORY = (
    "The Harnby council voted on Monday to close the old quarry at Tolvane. "
    "Pellow said on Tuesday that the vote to close the quarry was long overdue and welcome. "
    "The closure was approved by a wide margin of the members on Monday night. "
    "In the north, residents marched against the dust for years. "
    "Some 4,000 residents signed a petition last spring. "
    "Mayor Ann Pellow said the quarry will be turned into a park by 2031."
)
OTHER = (
    "Residents of Tolvane welcomed the council's vote to shut the quarry on Monday. "
    "The quarry had run for ninety years, its owners said. "
    "Pellow promised a park on the site."
)


@pytest.fixture(autouse=True)
def _fresh() -> None:
    article_memo.forget()


def _readers(corpus: Corpus, focus: str | None = None) -> tuple[Clarity, Unanchored]:
    clarity = Clarity(corpus)
    return clarity, Unanchored(corpus, focus, clarity.things)


def _asked_directly(corpus: Corpus, clarity: Clarity, unanchored: Unanchored) -> list[set[int]]:
    """The test ``synthesis`` made of each sentence before this module kept it."""
    return [
        {
            s.index
            for s in adoc.sentences
            if len(s.words) >= MIN_STATEMENT_WORDS
            and standalone(s, corpus)
            and clarity.clear(s.text)
            and not unanchored.leans(s)
            and s.index not in leaning_sentences(adoc)
            and not leans_in_summary(trim_connective(s.text))
        }
        for adoc in corpus.docs
    ]


def test_the_same_sentences_as_asking_each() -> None:
    corpus = articles(STORY, OTHER)
    clarity, unanchored = _readers(corpus)
    found = eligible_sentences(corpus, clarity, unanchored)
    assert [set(f) for f in found] == _asked_directly(corpus, clarity, unanchored)
    assert set().union(*found)  # some are chosen, not all
    assert set(found[0]) != {s.index for s in corpus.docs[0].sentences}


def test_a_kept_answer_is_taken_when_the_facts_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = articles(STORY, OTHER)
    clarity, unanchored = _readers(corpus)
    first = eligible_sentences(corpus, clarity, unanchored)
    calls: list[int] = []
    worked = summary_eligible._eligible
    monkeypatch.setattr(summary_eligible, "_eligible", lambda *a: calls.append(1) or worked(*a))
    assert eligible_sentences(corpus, *_readers(corpus)) == first
    assert not calls


def test_a_fact_read_otherwise_works_the_answer_out_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    corpus = articles(STORY, OTHER)
    clarity, unanchored = _readers(corpus)
    eligible_sentences(corpus, clarity, unanchored)
    (kept,) = [v for k, v in summary_eligible._KEPT.values.items() if k[0] == STORY]
    code, word, found = next(r for r in kept[0] if r[0] == 1)  # a surname asked
    changed = clarity.reading(
        clarity.things,
        clarity.known - {word} if found else clarity.known | {word},
        clarity.people,
        clarity.lowered,
    )
    calls: list[str] = []
    worked = summary_eligible._eligible
    monkeypatch.setattr(
        summary_eligible,
        "_eligible",
        lambda corpus, adoc, *a: calls.append(adoc.document.text) or worked(corpus, adoc, *a),
    )
    again = eligible_sentences(corpus, changed, unanchored)
    assert STORY in calls
    assert [set(f) for f in again] == _asked_directly(corpus, changed, unanchored)
    # The new answer is kept beside the old one.
    assert sum(k[0] == STORY for k in summary_eligible._KEPT.values) == 2


def test_asked_notes_each_word_and_refuses_other_questions() -> None:
    reads: list[tuple[int, str, bool]] = []
    table = Asked(1, frozenset({"Pellow"}), reads)
    assert "Pellow" in table and "Harnby" not in table
    assert reads == [(1, "Pellow", True), (1, "Harnby", False)]
    with pytest.raises(TypeError):
        _ = 3 in table
    with pytest.raises(TypeError):
        iter(table)  # type: ignore[call-overload]


def test_the_focus_flag_is_a_noted_read() -> None:
    reads: list[tuple[int, str, bool]] = []
    flag = Asked(summary_eligible.TABLES.index("focus place"), frozenset(), reads)
    assert not flag
    assert reads == [(5, "", False)]


def test_story_facts_agree_only_with_the_same_answers() -> None:
    corpus = articles(STORY, OTHER)
    facts = StoryFacts(*_readers(corpus))
    word = next(iter(facts.tables[0]))
    assert facts.agree([(0, word, True), (3, "no-such-word", False)])
    assert not facts.agree([(0, word, False)])


@pytest.mark.parametrize(
    "data",
    [
        "not a list",
        [[], [0], "extra"],
        [[[9, "quarry", True]], [0]],  # no such table
        [[[0, 3, True]], [0]],  # a word that is no string
        [[[0, "quarry", 1]], [0]],  # an answer that is no bool
        [[[0, "quarry"]], [0]],
        [[], ["0"]],
    ],
)
def test_a_stored_answer_of_another_shape_is_refused(data: object) -> None:
    with pytest.raises(BadValue):
        summary_eligible._decode(data)


def test_a_stored_answer_naming_a_sentence_the_article_lacks_does_not_fit() -> None:
    corpus = articles(STORY)
    text = corpus.docs[0].document.text
    rows = {"summary_eligible": [[[True, "digest"], [[], [99]]]]}
    with pytest.raises(BadValue):
        article_memo.decode_answers(rows, text, len(corpus.docs[0].sentences))
    fine = {"summary_eligible": [[[True, "digest"], [[[0, "quarri", True]], [0]]]]}
    assert article_memo.decode_answers(fine, text, len(corpus.docs[0].sentences))
