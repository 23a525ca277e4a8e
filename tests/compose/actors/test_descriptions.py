"""What a description says a name is: a place or a thing, a body or a person."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefing.compose.actors.descriptions import (
    role_names_a_body,
    role_names_a_person,
    role_names_a_thing,
    role_speaks_for,
)

BODY = [
    ("now a statewide movement with 4,200 members", True),
    ("a coalition of growers", True),
    ("market-research firm in Boston", True),
    ("a small charity in Marlow", True),
    ("member of the Mendocino wine family", False),
    ("leader of the Labour Party", False),
    (None, False),
]
PERSON = [
    ("29-year-old bakery assistant", True),
    ("little baby", True),
    ("father of the boy", True),
    ("boy's father", True),
    ("statewide movement with 4,200 members", False),
    ("maker of the Lintguard spam filter software", False),
    # Only an age before the head noun, not in what follows.
    ("research firm selling to the 18- to 30-year-old market", False),
    (None, False),
]
THING = [
    ("9-acre reservoir project downstream from the plant", True),
    ("a demonstration project near the river", True),
    # A measure before the head noun is passed over.
    ("a 9-acre reservoir project", True),
    ("the 300-seat airliner", True),
    ("research project manager at the plant", False),
    ("car dealer in Lorvik", False),
    (None, False),
]
CASES = (
    [(role_names_a_body, text, want) for text, want in BODY]
    + [(role_names_a_person, text, want) for text, want in PERSON]
    + [(role_names_a_thing, text, want) for text, want in THING]
)


@pytest.mark.parametrize(("says", "text", "want"), CASES)
def test_a_descriptions_head_noun_says_what_the_name_is(
    says: Callable[[str | None], bool], text: str | None, want: bool
) -> None:
    assert says(text) is want


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("Farberg police spokesman", True),
        ("spokeswoman for the Orlin Board", True),
        ("White House press secretary", True),
        ("mayor of Farberg", False),
        ("secretary of state", False),
        (None, False),
    ],
)
def test_a_role_that_only_speaks_for_a_party(role: str | None, expected: bool) -> None:
    assert role_speaks_for(role) is expected
