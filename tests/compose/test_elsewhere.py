"""Another country or state doing the same thing tells another fact."""

from __future__ import annotations

import pytest

from briefing.compose.elsewhere import Elsewhere, place_key

from .conftest import told_and_other


def test_place_keys_name_countries_and_states() -> None:
    assert place_key("Kenyan") == "Kenya"
    assert place_key("the U.S.") == "United States"
    assert place_key("Ohio's") == "ohio"
    assert place_key("Calder") is None


@pytest.mark.parametrize(
    ("other", "elsewhere"),
    [
        ("The Peruvian government is making steady progress in cleaning rivers.", True),
        ("Kenyan officials are making progress in cleaning rivers.", False),
        ("Experts are making progress in cleaning rivers.", False),  # nobody named
    ],
)
def test_the_same_act_of_another_country(other: str, elsewhere: bool) -> None:
    told = "Kenya has made progress in cleaning its rivers since 1990."
    assert _other_doer(told, other) is elsewhere


def _other_doer(told: str, other: str) -> bool:
    found, statement, sentence = told_and_other(told, other)
    return Elsewhere(found).other_doer(statement, sentence)


@pytest.mark.parametrize(
    ("other", "elsewhere"),
    [
        ("Uganda has about 3,000 kilometres of clean rivers.", True),
        ("Kenya has about 3,000 kilometres of clean rivers.", False),
    ],
)
def test_what_another_country_has(other: str, elsewhere: bool) -> None:
    """A main verb of holding is the act too: another country having it is another fact."""
    told = "Kenya has about 3,000 kilometres of clean rivers."
    assert _other_doer(told, other) is elsewhere
