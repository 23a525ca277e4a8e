"""Two named parties' voices set against each other in one sentence."""

from __future__ import annotations

from briefing.compose.two_voices import find_two_voices
from tests.compose.conftest import articles

HALE = (
    "Senator Hale says the treaty protects farmers, while the Farmers Union says it will ruin them."
)


def voices(text: str) -> list[str]:
    return [d.topic for d in find_two_voices(articles(text), set())]


def test_while_or_but_between_two_parties_voices_shows_the_sentence():
    assert voices(HALE) == ["Disputed: " + HALE]
    text = (
        "While the Port Board said the quay was safe, the ferry crews accused it of hiding cracks."
    )
    assert voices(text) == ["Disputed: " + text]
    text = "The Port Board has said the rules protect swimmers, but ferry crews see them as a grab."
    assert voices(text) == ["Disputed: " + text]


def test_two_facts_side_by_side_are_no_two_voices():
    assert (
        voices("While the Lund crews repaint the hulls, the Ostby yard is building a slipway.")
        == []
    )
    assert (
        voices("Senator Hale holds a narrow lead, while the Farmers Union says the race is open.")
        == []
    )


def test_one_party_a_pronoun_or_a_condition_is_no_two_voices():
    assert (
        voices("Senator Hale says the treaty protects farmers, but he says it will cost jobs.")
        == []
    )
    text = (
        "If the Harbour Board says the quay is safe while the crews say not, the council decides."
    )
    assert voices(text) == []
    # what one party says of two others is its own account
    text = (
        "Senator Hale said that while the Farmers Union says it is bad, the Grain Board does not."
    )
    assert voices(text) == []


def test_saying_only_part_is_no_counter_claim():
    text = (
        "While the Harbour Union reported that 400 ballots went missing, the port clerk "
        "would say only that some ballots were lost."
    )
    assert voices(text) == []


def test_a_sentence_shown_elsewhere_is_not_shown_again():
    assert find_two_voices(articles(HALE), {HALE}) == []


def test_a_second_voice_agreeing_or_on_another_thing_is_no_two_voices():
    # "too", "also": the second party says the same
    text = (
        "Although the Port Board said the quay was unsafe, the ferry crews said they too "
        "feared for it."
    )
    assert voices(text) == []
    # a "but" between two parties' news of two things ("the quay" / "the city's repairs")
    text = (
        "The Port Board said the quay was unsafe, but Mayor Ann Pike said the city would pay "
        "for repairs."
    )
    assert voices(text) == []
    # the same thing by its noun
    text = "The Port Board said the quay was unsafe, but Mayor Ann Pike said the quay was sound."
    assert voices(text) == ["Disputed: " + text]
