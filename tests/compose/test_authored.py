"""A party's own decision, ruling or proposal as a side on it, against its critic."""

from __future__ import annotations

import pytest

from briefing.compose.authored import owned_by
from briefing.compose.dispute_topics import ONE_SOURCE_LABEL
from briefing.compose.positions import find_positions
from tests.compose.conftest import articles

MADE = "The Harbour Board on Tuesday decided to close the north quay to fishing boats. "
FILLER = (
    "The north quay has served the island's fishing fleet for a century. "
    "Fishing boats land most of the island's catch at the harbour. "
)
CRITIC = "The Fishermen's Guild said the Harbour Board's decision was unfair to small boats. "


def positions(*texts: str) -> list:
    return find_positions(articles(*texts), set())


def test_the_maker_of_a_decision_stands_against_its_named_critic():
    [found] = positions(MADE + FILLER + CRITIC)
    assert found.topic == (
        f"{ONE_SOURCE_LABEL}Opposed positions on the Harbour Board's decision "
        "(the Harbour Board for; the Fishermen's Guild against)"
    )
    assert [c.text for c in found.claims] == [MADE.strip(), CRITIC.strip()]


def test_a_ruling_is_its_maker_s_decision_and_who_is_the_by_party_before_it():
    ruled = "The Harbour Board has ruled that the north quay must close in May. "
    critic = (
        "The rally echoed protests by island fishermen who fiercely oppose "
        "a Harbour Board decision to close the north quay. "
    )
    [found] = positions(ruled + FILLER + critic)
    assert found.topic.endswith(
        "on a Harbour Board decision (the Harbour Board for; island fishermen against)"
    )


OTHER_DECISION = "The Fishermen's Guild said the decision was unfair to small boats. "
COURT = "The Fishermen's Guild said the court's decision was unfair to small boats. "
PASSIVE = "It was decided on Tuesday to close the north quay to fishing boats. "
RULED_OUT = "The Harbour Board on Tuesday ruled out a new quay for fishing boats. "
RULING = "The Fishermen's Guild said the Harbour Board's ruling was unfair to small boats. "
PRAISE = "The Fishermen's Guild said the Harbour Board's decision was fair to small boats. "


@pytest.mark.parametrize(
    "texts",
    [
        (MADE + FILLER + OTHER_DECISION,),  # not owned by the maker by name
        (MADE + FILLER + COURT,),  # another party's decision
        (PASSIVE + FILLER + CRITIC,),  # a passive names no maker
        (RULED_OUT + FILLER + RULING,),  # "ruled out" is no ruling
        (MADE + FILLER, FILLER + CRITIC),  # another article's decision may be another
        (MADE + FILLER + PRAISE,),  # praise is the maker's side
    ],
)
def test_no_maker_no_owner_or_no_critic_is_no_dispute(texts: tuple[str, ...]):
    assert positions(*texts) == []


def test_owners_name_the_party_by_a_word_or_initials():
    assert owned_by(("harbour", "board"), "the Harbour Board")
    assert owned_by(("hb",), "the Harbour Board")
    assert owned_by(("harbour", "board"), "the HB")
    assert not owned_by(("harbour", "board"), "the Fishermen's Guild")
    assert not owned_by((), "the Harbour Board")
