"""The same act of another named party tells another fact."""

from __future__ import annotations

import pytest

from briefing.compose.other_parties import OtherParties

from .conftest import told_and_other


def _asked(told: str, other: str, test: str) -> bool:
    """``OtherParties``'s ``test`` of the first sentence of ``told`` and of ``other``."""
    found, statement, sentence = told_and_other(told, other)
    asked = getattr(OtherParties(found), test)
    return bool(asked(statement, sentence))


def _other_party(told: str, other: str) -> bool:
    return _asked(told, other, "other_party")


def _other_act(told: str, other: str) -> bool:
    return _asked(told, other, "other_act")


@pytest.mark.parametrize(
    ("other", "elsewhere"),
    [
        ("The ferry bill the House passed would hand the ministry wide powers.", True),
        ("The Senate passed the ferry bill by a wide margin.", False),
        ("The ferry bill was passed after a long debate.", False),  # nobody named
    ],
)
def test_another_chamber_passing_the_bill(other: str, elsewhere: bool) -> None:
    told = "The ferry bill passed the Senate on Thursday."
    assert _other_party(told, other) is elsewhere


@pytest.mark.parametrize(
    ("other", "elsewhere"),
    [
        ("The FDA approved the pill for sale last spring.", False),  # its initials
        ("American regulators approved the pill for sale last spring.", False),
    ],
)
def test_the_same_party_in_other_words(other: str, elsewhere: bool) -> None:
    told = "The Food and Drug Administration approved the pill for sale in May."
    assert _other_party(told, other) is elsewhere


def test_a_country_and_its_people_are_one_party() -> None:
    told = "The depot was flattened in March by U.S. drones."
    other = "Chemists examined a depot flattened in March by American drones."
    assert not _other_party(told, other)


@pytest.mark.parametrize(
    ("other", "another_act"),
    [
        ("Inspectors from the Harbour Trust examined the ferry's engines on Monday.", True),
        ("The Harbour Trust will take over the ferry line next spring.", False),
        ("The city council voted to cede the ferry line to the trust.", False),  # not its doer
    ],
)
def test_another_act_of_the_same_doer(other: str, another_act: bool) -> None:
    told = "If the owners sell the boats, the Harbour Trust would take over the ferry line."
    assert _other_act(told, other) is another_act


def test_what_did_happen_may_be_told_with_another_verb() -> None:
    """Only an act that may or would happen needs its own verb: one that happened may be
    told in other words ("took over" / "assumed control")."""
    told = "The Harbour Trust took over the ferry line in May."
    other = "The Harbour Trust examined the ferry's engines on Monday."
    assert not _other_act(told, other)


@pytest.mark.parametrize(
    ("other", "elsewhere"),
    [
        ("The House passed its version of the ferry bill on Thursday.", True),
        ("They passed the House version of the ferry bill on Thursday.", False),
    ],
)
def test_a_doer_told_by_a_pronoun_may_be_the_statement_s(other: str, elsewhere: bool) -> None:
    told = "The Senate passed the ferry bill on Thursday."
    assert _other_party(told, other) is elsewhere
