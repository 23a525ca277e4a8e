"""A member's noun before a person's name is none of the name."""

from __future__ import annotations

from collections import Counter

import pytest

from briefing.compose.actors.clusters import NameForm
from briefing.compose.actors.members import split_members


def _form(key: str, surface: str, label: str, count: int = 1) -> NameForm:
    return NameForm(key, surfaces=Counter({surface: count}), votes=Counter({label: count}))


def _forms(*forms: NameForm) -> dict[str, NameForm]:
    return {f.key: f for f in forms}


def test_a_member_noun_of_a_body_named_in_the_plural_is_cut_off() -> None:
    """'Harbor Rat Lena Moss' of 'the Harbor Rats' (which the model may call a person)."""
    forms = _forms(
        _form("harbor rat lena moss", "Harbor Rat Lena Moss", "PERSON", 2),
        _form("harbor rats", "Harbor Rats", "PERSON", 5),
    )
    split_members(forms)
    assert set(forms) == {"harbor rats", "lena moss"}
    assert forms["lena moss"].surfaces == Counter({"Lena Moss": 2})
    assert forms["lena moss"].votes["PERSON"] == 2


def test_the_counts_join_the_persons_own_form() -> None:
    """A party's member ('Republican Jo Reyes' beside 'Republicans'), also written alone."""
    forms = _forms(
        _form("republican jo reyes", "Republican Jo Reyes", "PERSON"),
        _form("republicans", "Republicans", "NORP", 3),
        _form("jo reyes", "Jo Reyes", "PERSON", 2),
    )
    forms["republican jo reyes"].docs.add(4)
    split_members(forms)
    assert set(forms) == {"republicans", "jo reyes"}
    assert forms["jo reyes"].surfaces["Jo Reyes"] == 3
    assert 4 in forms["jo reyes"].docs


@pytest.mark.parametrize(
    ("key", "surface", "other"),
    [
        # No plural of the first words among the forms.
        ("harbor rat lena moss", "Harbor Rat Lena Moss", "harbor pilots"),
        # Only one word would be left: a two-word name is never cut.
        ("harbor rat moss", "Harbor Rat Moss", "harbor rats"),
        # Lower-case words after the cut are no name.
        ("harbor rat of the year", "Harbor Rat of the Year", "harbor rats"),
    ],
)
def test_names_that_only_look_like_a_member_stay_whole(key: str, surface: str, other: str) -> None:
    forms = _forms(_form(key, surface, "PERSON"), _form(other, other.title(), "ORG", 3))
    split_members(forms)
    assert key in forms


def test_a_body_is_never_cut() -> None:
    """Only a person's form loses a member's noun: 'Harbor Rat Rescue League' is a body."""
    forms = _forms(
        _form("harbor rat rescue league", "Harbor Rat Rescue League", "ORG", 2),
        _form("harbor rats", "Harbor Rats", "ORG"),
    )
    split_members(forms)
    assert "harbor rat rescue league" in forms
