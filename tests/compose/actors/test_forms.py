"""Name forms: normalised keys."""

from __future__ import annotations

from collections import Counter

import pytest

from briefing.compose.actors import normalise_name
from briefing.compose.actors.clusters import NameForm
from briefing.compose.actors.forms import split_glued


def test_normalise_name_strips_the_and_possessive() -> None:
    assert normalise_name("The New York Times’s")[1] == "new york times"
    assert normalise_name("Facebook's")[1] == "facebook"
    assert normalise_name("U.S.")[1] == "us"
    assert normalise_name("Netscape Communications Corp.")[1] == "netscape communications"


def _form(key: str, surface: str, label: str, count: int = 1) -> NameForm:
    return NameForm(key, surfaces=Counter({surface: count}), votes=Counter({label: count}))


def test_a_body_run_into_a_persons_name_is_split() -> None:
    """The model reads "Ministry of Water Joseph Nowak" as one organisation."""
    forms = {
        f.key: f
        for f in [
            _form("ministry of water joseph nowak", "Ministry of Water Joseph Nowak", "ORG", 2),
            _form("nowak", "Nowak", "PERSON"),
            _form("ministry of water", "Ministry of Water", "ORG"),
        ]
    }
    split_glued(forms)
    assert "ministry of water joseph nowak" not in forms
    assert forms["ministry of water"].surfaces["Ministry of Water"] == 3
    assert forms["joseph nowak"].votes["PERSON"] > 0
    assert forms["joseph nowak"].surfaces["Joseph Nowak"] == 2


def test_a_title_between_body_and_person_belongs_to_neither() -> None:
    forms = {
        f.key: f
        for f in [
            _form("water board chairman anna berg", "Water Board Chairman Anna Berg", "ORG"),
            _form("anna berg", "Anna Berg", "PERSON"),
        ]
    }
    split_glued(forms)
    assert set(forms) == {"water board", "anna berg"}


@pytest.mark.parametrize(
    "name",
    [
        "Robert Wood Johnson Foundation",  # a body named after a person: no body word first
        "Ministry of Water Resources Development",  # no person's name at the end
        "Bank of Joseph Nowak",  # the body's name ends with "of": the person is its name
    ],
)
def test_body_names_that_are_not_glued_stay_whole(name: str) -> None:
    key = name.lower()
    forms = {key: _form(key, name, "ORG"), "nowak": _form("nowak", "Nowak", "PERSON")}
    forms["johnson"] = _form("johnson", "Johnson", "PERSON")
    split_glued(forms)
    assert key in forms
