"""Actor types corrected with cues (titles, government words)."""

from __future__ import annotations

from collections.abc import Callable

from briefing.model import Actor

FindActor = Callable[[list[Actor], str], list[Actor]]


def test_types_are_corrected_with_cues(actors: list[Actor], find: FindActor) -> None:
    # The model tags one "Wyden" as a place and "Warner" as an organisation.
    assert find(actors, "Ron Wyden")[0].type == "person"
    assert find(actors, "Mark Warner")[0].type == "person"
    assert find(actors, "Senate Commerce Committee")[0].type == "government body"
    assert find(actors, "Acme")[0].type == "organisation"
    assert {a.type for a in actors} <= {
        "person",
        "organisation",
        "government body",
        "country",
        "group",
    }
