"""Whether a matched cue really raises a question: the screens on the cue's words."""

from __future__ import annotations

import pytest

from briefing.compose.questions.real_cues import (
    asks_for_real,
    debate_settled,
    demand_on_a_party,
    doubts_a_claim,
    reporting_only,
)
from briefing.lang.questions import ASK_RE, DEMAND_RE


@pytest.mark.parametrize(
    ("text", "real"),
    [
        ("The council asked whether the ferry fares would rise.", True),
        ("If a leak is found, the crews will try to learn whether the pier is safe.", False),
        ("The board is scheduled to ask whether the ferry fares would rise.", False),
    ],
)
def test_an_ask_framed_by_a_condition_or_only_planned_is_no_question(text: str, real: bool) -> None:
    cue = ASK_RE.search(text)
    assert cue is not None
    assert asks_for_real(text, cue) is real


def test_a_demand_only_attempted_is_no_question() -> None:
    text = "Acme tried to urge the harbour board to halt the ferry sale."
    cue = DEMAND_RE.search(text) or ASK_RE.search(text)
    assert cue is None or not asks_for_real(text, cue)


def test_a_settled_debate_and_one_left_open() -> None:
    assert debate_settled("The vote settled the ")
    assert not debate_settled("The vote did nothing to settle the ")


def test_a_doubt_of_a_standing_claim_is_a_dispute() -> None:
    assert doubts_a_claim("questions whether the river is shrinking", "Is the river shrinking?")
    assert not doubts_a_claim("asked whether the river is shrinking", "Is the river shrinking?")


@pytest.mark.parametrize(
    ("clause", "on_a_party"),
    [
        ("Harbour Corp. to cease pumping", True),
        ("the government to rethink the levy", True),
        ("residents to keep protesting", False),
        ("the crews to continue the strike", False),
    ],
)
def test_a_demand_is_made_of_a_party(clause: str, on_a_party: bool) -> None:
    assert demand_on_a_party(clause) is on_a_party


def test_a_wish_is_no_demand() -> None:
    assert reporting_only("wants the mayor to")
    assert not reporting_only("urged the mayor to")
