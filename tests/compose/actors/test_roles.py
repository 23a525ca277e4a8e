"""Roles from appositions and pre-name titles."""

from __future__ import annotations

from collections.abc import Callable

from briefing.compose.actors import extract_actors
from briefing.model import Actor, Corpus

FindActor = Callable[[list[Actor], str], list[Actor]]


def test_roles_from_appositions_and_titles(actors: list[Actor], find: FindActor) -> None:
    assert find(actors, "Mark Warner")[0].role == (
        "top Democrat on the Senate Intelligence Committee"
    )
    assert "vice president of mobile partnerships" in (find(actors, "Francisco Varela")[0].role)
    assert find(actors, "John Thune")[0].role == "head of the Senate Commerce Committee"
    assert find(actors, "Mark Zuckerberg")[0].role == "Acme chief executive"
    assert find(actors, "Ron Wyden")[0].role == "Senator (D-OR)"


NAMESAKES = [
    """Senate race heats up

Hillary Rodham Clinton toured Buffalo on Monday. Clinton said she would fight for public \
housing. The welfare law was signed by President Clinton in 1996. Clinton rejected the plan \
of her opponent.
""",
    """Housing fight

The housing bill was signed by President Clinton. Clinton said she would repeal the rule. \
Clinton toured Albany with Mayor Jerry Jennings, the host of the visit.
""",
]


def test_a_title_before_a_bare_surname_is_not_given_to_a_namesake(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    """'President Clinton' is no title of 'Hillary Rodham Clinton', who is never written
    with it: a role comes from the person's own full-name mentions."""
    actors = extract_actors(corpus_of(*NAMESAKES), max_actors=10)
    (hillary,) = find(actors, "Hillary Rodham Clinton")
    assert hillary.role != "President"
    (jennings,) = find(actors, "Jerry Jennings")
    assert jennings.role == "host of the visit"
