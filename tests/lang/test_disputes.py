"""Dispute wording: the cue that a doubted clause says whose claim it doubts."""

from __future__ import annotations

import pytest

from briefing.lang.disputes import AS_ALLEGED_RE, CLAIM_FALSE_RE


@pytest.mark.parametrize(
    ("clause", "alleged"),
    [
        ("the ferry fire was as costly as prosecutors allege", True),
        ("the ferry fire was as costly as the insurers had alleged", True),
        ("the ferry fire was as costly as prosecutors claim", True),
        ("the ferry fire was as costly as the Marlow council claimed", True),
        ("the ferry fire was as costly as its owners contend", True),
        ("the ferry fire was as costly as the union maintained", True),
        ("the ferry fire was as costly as the lawyers asserted", True),
        ("the ferry fire was as costly as the captain insists", True),
        # No one's claim: a comparison or a report.
        ("the ferry fire was as costly as the flood of 1990", False),
        ("the ferry fire was as costly as prosecutors said", False),
    ],
)
def test_a_doubted_clause_that_says_whose_claim_it_is(clause: str, alleged: bool) -> None:
    assert bool(AS_ALLEGED_RE.search(clause)) is alleged


@pytest.mark.parametrize(
    "verb", ["said", "says", "insisted", "insists", "maintained", "maintains", "argued", "argues"]
)
def test_a_party_saying_a_claim_is_false(verb: str) -> None:
    assert CLAIM_FALSE_RE.search(f"The ferry union {verb} that the report was false.")


def test_a_writer_calling_a_claim_false_is_no_party() -> None:
    assert not CLAIM_FALSE_RE.search("The report was false, and the ferry union knew it.")
