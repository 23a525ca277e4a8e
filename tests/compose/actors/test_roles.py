"""Roles from appositions and pre-name titles."""

from __future__ import annotations

from collections.abc import Callable

from briefing.model import Actor

FindActor = Callable[[list[Actor], str], list[Actor]]


def test_roles_from_appositions_and_titles(actors: list[Actor], find: FindActor) -> None:
    assert find(actors, "Mark Warner")[0].role == (
        "top Democrat on the Senate Intelligence Committee"
    )
    assert "vice president of mobile partnerships" in (find(actors, "Francisco Varela")[0].role)
    assert find(actors, "John Thune")[0].role == "head of the Senate Commerce Committee"
    assert find(actors, "Mark Zuckerberg")[0].role == "Acme chief executive"
    assert find(actors, "Ron Wyden")[0].role == "Senator (D-OR)"
