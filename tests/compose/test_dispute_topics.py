"""The heading of a dispute: who rejects, in a few words."""

from __future__ import annotations

import pytest

from briefing.compose.dispute_topics import dispute_topic


@pytest.mark.parametrize(
    ("sentence", "verb", "heading"),
    [
        # A subject whose last part is no name stays whole.
        (
            "Dayton police and city officials denied that any protests had occurred.",
            "denied",
            "Disputed: Dayton police and city officials denied that any protests had occurred.",
        ),
        # The name in apposition, with the adverb before the verb.
        (
            "The plant owner, Ann Lee, flatly rejected the allegations.",
            "rejected",
            "Disputed: Ann Lee flatly rejected the allegations.",
        ),
        # A name before an aside.
        (
            "Acme, which has denied any fault, disputed the test results.",
            "disputed",
            "Disputed: Acme disputed the test results.",
        ),
        (
            "Victor Lee, chairman of the board, dismissed the criticism as unfounded.",
            "dismissed",
            "Disputed: Victor Lee dismissed the criticism as unfounded.",
        ),
        # An adverbial is no party: the heading starts at the verb.
        (
            "On Monday, the court rejected the claim.",
            "rejected",
            "Disputed: rejected the claim.",
        ),
    ],
)
def test_the_heading_names_the_party_that_rejects(sentence, verb, heading):
    assert dispute_topic(sentence, sentence.index(verb)) == heading


def test_a_one_source_dispute_says_so_and_long_claims_are_cut():
    sentence = "Bush denied the charge that " + "very " * 20 + "much."
    topic = dispute_topic(sentence, sentence.index("denied"), one_source=True)
    assert topic.startswith("Disputed (one source reports both sides): Bush denied")
    assert topic.endswith("…")
