"""Whether-clauses: the subject a yes/no question asks about, and the quick test that a
sentence names it."""

from __future__ import annotations

import pytest

from briefing.compose.questions.context import QuestionCandidate, QuestionContext
from briefing.compose.questions.whether import clause_subject, names_subject
from briefing.model import Sentence

ASKED = "Fire officials are trying to determine whether a short circuit caused the fire."
TWO_WAYS = "Nobody knows whether the Acme alarm failed by itself or was switched off."


def _subject(corpus, text: str, question: str, heads=("Did",)):
    source = corpus(text)
    cand = QuestionCandidate(question, text, source.docs[0].sentences[0], "whether")
    return clause_subject(QuestionContext(source), cand, heads, ("nsubj", "nsubjpass"))


def test_the_subject_of_the_clause_and_the_words_naming_it(corpus):
    found = _subject(corpus, ASKED, "Did a short circuit cause the fire?")
    assert found is not None
    assert (found.head, found.names, found.root.lemma_) == ("circuit", {"short"}, "cause")


@pytest.mark.parametrize(
    ("text", "question", "heads"),
    [
        pytest.param(ASKED, "Did a short circuit cause the fire?", ("Is",), id="other-opening"),
        pytest.param(TWO_WAYS, "Did the Acme alarm fail?", ("Did",), id="alternatives"),
    ],
)
def test_no_subject(text, question, heads, corpus):
    assert _subject(corpus, text, question, heads) is None


def test_a_sentence_names_the_subject_when_it_holds_every_word():
    may_tell = names_subject("circuit", {"short"})

    def sent(text: str) -> Sentence:
        return Sentence(doc=0, index=0, paragraph=0, text=text, start=0, end=len(text))

    assert may_tell(sent("A short circuit in the wiring caused it."))
    assert not may_tell(sent("A circuit breaker tripped."))
