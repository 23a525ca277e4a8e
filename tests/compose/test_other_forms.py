"""The other forms of a particular's word another article may write it in."""

from __future__ import annotations

from briefing.compose.other_forms import SpelledFigures, word_forms
from briefing.model import Sentence


def test_a_nationality_is_its_country() -> None:
    assert word_forms("kenyan", {"kenya", "uganda"}) == {"kenya"}
    assert word_forms("kenya", {"kenyan", "ugandan"}) == {"kenyan"}
    assert word_forms("french", {"franc", "dutch"}) == {"franc"}  # "France", as stemmed


def test_a_verb_s_noun_and_its_doer_are_its_forms() -> None:
    assert word_forms("conclud", {"conclus", "conclav"}) == {"conclus"}
    assert word_forms("decis", {"decid"}) == {"decid"}
    assert word_forms("smoker", {"smoke", "smok"}) == {"smoke"}
    assert word_forms("defin", {"definit"}) == {"definit"}


def test_other_words_are_no_forms() -> None:
    known = {"countri", "pressur", "governor", "republican", "person", "leader", "11"}
    assert word_forms("count", known) == set()
    assert word_forms("press", known) == set()
    assert word_forms("govern", known) == set()
    assert word_forms("republ", known) == set()
    assert word_forms("lead", known) == set()  # too short to take an ending
    assert word_forms("1", known) == set()


def test_a_small_figure_in_words() -> None:
    def sentence(text: str) -> Sentence:
        return Sentence(0, 0, 0, text, 0, len(text), [w.strip(".").lower() for w in text.split()])

    spelled = SpelledFigures(
        [sentence("Fees rose eight percent."), sentence("One of the ferries sank.")]
    )
    assert spelled.holding("8") == [0]
    assert spelled.holding("1") == []  # "one" is mostly no figure
