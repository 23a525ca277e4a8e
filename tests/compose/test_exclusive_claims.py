"""Exclusive claims: one party's "only" against another party's other account."""

from __future__ import annotations

from briefing.compose.exclusive_claims import find_exclusive_claims
from briefing.model import Corpus
from tests.compose.conftest import articles

# Story sentences every invented article shares, so that the pairs are about the story.
_STORY = "Fire destroyed the Tallow mill at Veldia after the harbour raid on Monday. "


def corpus(*texts: str) -> Corpus:
    return articles(*(_STORY + t for t in texts))


def test_an_only_against_another_partys_other_object_is_shown_other_claim_first():
    found = find_exclusive_claims(
        corpus(
            "The Tallow Guild insisted the mill made only flour.",
            "The harbour inspectors said the mill produced oil for the raiders.",
        ),
        set(),
    )
    assert [d.topic for d in found] == [
        "Disputed: The Tallow Guild insisted the mill made only flour."
    ]
    assert [c.text for c in found[0].claims] == [
        "The harbour inspectors said the mill produced oil for the raiders.",
        "The Tallow Guild insisted the mill made only flour.",
    ]


NO_PAIR = [
    # the other says what the "only" allows
    ("The Tallow Guild insisted the mill made only flour.",
     "The harbour inspectors said the mill produced flour for the town."),
    # one side: the parties share a word's stem
    ("The Tallow Guild insisted the mill made only flour.",
     "Tallow millers said the mill produced bread for the town."),
    # a pronoun's claim, a negated one, one in doubt
    ("The Tallow Guild insisted the mill made only flour.",
     "They said the mill produced oil for the raiders."),
    ("The Tallow Guild insisted the mill made only flour.",
     "The harbour inspectors said the mill never produced oil."),
    ("The Tallow Guild insisted the mill made only flour.",
     "The harbour inspectors would not say whether the mill produced oil."),
    # "only" before a number is a figure's, "not only" no exclusion
    ("The Tallow Guild said the mill made only 300 sacks.",
     "The harbour inspectors said the mill produced oil for the raiders."),
    ("The Tallow Guild said the mill made not only flour but oil.",
     "The harbour inspectors said the mill produced oil for the raiders."),
    # an adjective's "only" (the sole one of a kind), one of a clause inside the object,
    # and "only a few" (a figure's)
    ("The Tallow Guild said the mill made the only flour sold in Veldia.",
     "The harbour inspectors said the mill produced oil for the raiders."),
    ("The Tallow Guild said the mill made its only profit from flour.",
     "The harbour inspectors said the mill produced oil for the raiders."),
    ("The Tallow Guild said the mill made flour that only the army bought.",
     "The harbour inspectors said the mill produced oil for the raiders."),
    ("The Tallow Guild said the mill made only a few sacks of flour.",
     "The harbour inspectors said the mill produced oil for the raiders."),
    # a claim of a time ("until 1998", "now"), or of another tense: two times' accounts
    ("The Tallow Guild said the mill made only flour until 1998.",
     "The harbour inspectors said the mill now produces oil for the raiders."),
    ("The Tallow Guild said the mill makes only flour.",
     "The harbour inspectors said the mill produced oil in the war."),
    # two things of one noun: the new mill and the old, Ostby's and Lund's
    ("The Tallow Guild insisted the new mill made only flour.",
     "The harbour inspectors said the old mill produced oil for the raiders."),
    ("The Tallow Guild insisted the Ostby mill made only flour.",
     "The harbour inspectors said the Lund mill produced oil for the raiders."),
    # what may be, or will: no account of what the mill did
    ("The Tallow Guild insisted the mill made only flour.",
     "The harbour inspectors said the mill could produce oil for the raiders."),
    ("The Tallow Guild insisted the mill made only flour.",
     "The harbour inspectors said the mill may have produced oil for the raiders."),
    # what making yields that is no product ("made a mistake", "made money")
    ("The Tallow Guild insisted the mill made only flour.",
     "The harbour inspectors said the mill made a mistake."),
    ("The Tallow Guild insisted the mill made only flour.",
     "The harbour inspectors said the mill made money for the raiders."),
    # another verb, or one article telling both
    ("The Tallow Guild insisted the mill made only flour.",
     "The harbour inspectors said the mill hid oil for the raiders."),
    ("The Tallow Guild insisted the mill made only flour. The harbour inspectors said the mill "
     "produced oil for the raiders.",),
]  # fmt: skip


def test_no_pair_of_one_side_a_negation_a_doubt_a_figure_or_one_article():
    for texts in NO_PAIR:
        assert find_exclusive_claims(corpus(*texts), set()) == [], texts


def test_a_subject_and_verb_a_shown_divergence_already_disputes_is_no_second_item():
    texts = (
        "The Tallow Guild insisted the mill made only flour.",
        "The harbour inspectors said the mill produced oil for the raiders. The Tallow Guild "
        "contends the mill made bread for the town.",
    )
    shown = {"The Tallow Guild contends the mill made bread for the town."}
    assert find_exclusive_claims(corpus(*texts), shown) == []
    # another thing's shown claim leaves the pair
    other = {"The Tallow Guild contends the barge carried bread for the town."}
    assert len(find_exclusive_claims(corpus(*texts), other)) == 1
