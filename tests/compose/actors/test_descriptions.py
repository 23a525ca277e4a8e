"""What a description says a name is: a place or a thing, a body or a person."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefing.compose.actors import extract_actors
from briefing.compose.actors.descriptions import (
    role_comments,
    role_names_a_body,
    role_names_a_person,
    role_names_a_thing,
    role_speaks_for,
)
from briefing.model import Actor, Corpus

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


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("senior analyst with Larch Research", True),
        ("equity strategist at Fenwick Brothers", True),
        ("independent analyst in Farberg", True),
        ("pollster", True),
        ("Orlin Defense Department analyst", False),  # an official's: may act for a party
        ("intelligence analyst", False),
        ("economist", False),  # a trial's witness may be one
        ("aviation expert", False),
        ("director of the analysts' guild", False),
        (None, False),
    ],
)
def test_a_role_that_comments_from_outside_the_story(role: str | None, expected: bool) -> None:
    assert role_comments(role) is expected


MILL = """Lorvik mill to close

The Harlan Paper Company will close its Lorvik mill in March, and Harlan Paper said 300 \
workers would lose their jobs. Mayor Rita Olsen said the town would look for a buyer. \
"Demand for newsprint has fallen for a decade," said Tom Reyes, a senior analyst with Larch \
Research. Reyes said other mills would follow. Olsen met the company's managers on Tuesday.
"""


def test_an_analyst_cited_for_an_opinion_is_no_key_actor(
    corpus_of: Callable[..., Corpus], find: Callable[[list[Actor], str], list[Actor]]
) -> None:
    actors = extract_actors(corpus_of(MILL), max_actors=10)
    assert find(actors, "Rita Olsen")
    assert not find(actors, "Tom Reyes")
    # The mill's foreman, quoted the same way, is one of the story's people.
    foreman = MILL.replace("a senior analyst with Larch Research", "a foreman at the mill")
    assert find(extract_actors(corpus_of(foreman), max_actors=10), "Tom Reyes")
