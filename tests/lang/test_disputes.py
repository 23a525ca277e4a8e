"""Dispute wording: the cue that a doubted clause says whose claim it doubts."""

from __future__ import annotations

import pytest

from briefing.lang.disputes import AS_ALLEGED_RE


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
