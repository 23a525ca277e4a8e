"""Rival estimates: two named parties' figures for one measure, set against each other
in two sentences of one article."""

from __future__ import annotations

from briefing.analyse import analyse
from briefing.compose.rival_estimates import find_rival_estimates
from briefing.model import Corpus, Document

# A story sentence each invented article opens with, and a second article telling only it,
# so that the pairs are about the story.
_STORY = "The Veldia harbour board adopted the new toll rule for the harbour ferries. "


def corpus(text: str) -> Corpus:
    """The article ``text`` and one telling the story only."""
    texts = (_STORY + text, _STORY + "The toll rule covers the harbour ferries.")
    return analyse(
        [Document(f"doc{i}.txt", t, title=f"Doc {i}") for i, t in enumerate(texts)], entities=False
    )


_EARLIER = (
    "A study commissioned by the Quay Traders' Guild estimated the cost of the new toll "
    "rule to the harbour ferries at $300 million a year."
)
_LATER = "However, the Veldia harbour board has estimated the added cost at closer to $41 million."


def test_two_named_parties_estimates_of_one_measure_are_shown_the_earlier_first():
    found = find_rival_estimates(corpus(_EARLIER + " " + _LATER), set())
    assert [d.topic for d in found] == [
        "Disputed (one source reports both sides): The Veldia harbour board has estimated "
        "the added cost at closer to $41 million."
    ]
    assert [c.text for c in found[0].claims] == [_EARLIER, _LATER]


def test_no_pair_without_a_contrast_another_party_the_same_measure_or_other_figures():
    for text in (
        # no contrast: a running count's update reads alike
        _EARLIER + " The Veldia harbour board has estimated the added cost at $41 million.",
        # one party's two estimates
        _EARLIER + " However, the Quay Traders' Guild estimated the added cost at $41 million.",
        # another measure
        _EARLIER + " However, the harbour board estimated the ferry fares at $41 million.",
        # a sum against a count
        _EARLIER + " However, the harbour board estimated the cost at 41 ferry trips.",
        # the same figure, rounded
        _EARLIER + " However, the harbour board estimated the added cost at $290 million.",
        # too far apart
        _EARLIER + " The ferries run daily. The board met on Monday. The toll is new. "
        "However, the harbour board estimated the added cost at $41 million.",
    ):
        found = find_rival_estimates(corpus(text), set())
        assert found == [], text


def test_a_sentence_shown_already_is_not_paired_again():
    assert find_rival_estimates(corpus(_EARLIER + " " + _LATER), {_LATER}) == []


def test_a_count_of_the_dead_one_party_says_and_a_toll_another_puts_are_rivals():
    said = "Harbour officials said 120 people died in the ferry fire."
    put = "But the Veldia Red Cross put the death toll at 300."
    found = find_rival_estimates(corpus(f"{said} {put}"), set())
    assert [c.text for c in found[0].claims] == [said, put]
    # the injured are no toll; nor is a count the same party gives
    for text in (
        "Harbour officials said 120 people were injured in the ferry fire. " + put,
        "The Veldia Red Cross said 120 people died in the ferry fire. " + put,
    ):
        assert find_rival_estimates(corpus(text), set()) == [], text


def test_counts_of_the_dead_in_other_blasts_days_or_places_are_no_rivals():
    for text in (
        "Harbour police said 12 people died in the first blast at the quay. However, ferry "
        "officials said 3 people died in a second blast at the depot.",
        "Harbour police said 12 people died on Monday. But the Veldia fire service said 30 "
        "people died by Friday.",
        "Harbour police said 12 people died in Marlow. But the Veldia fire service said 4 "
        "people died in Ostland.",
    ):
        assert find_rival_estimates(corpus(text), set()) == [], text
    # Said of what the other sentence tells too, they are.
    text = (
        "Harbour police said 120 people died in the quay fire. But the Veldia fire service "
        "said 300 people died in the quay fire."
    )
    assert len(find_rival_estimates(corpus(text), set())) == 1
