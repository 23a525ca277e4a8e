"""Page clutter and outlets cited as a source never become actors."""

from __future__ import annotations

from collections.abc import Callable

from briefing.model import Actor

FindActor = Callable[[list[Actor], str], list[Actor]]


def test_clutter_never_becomes_an_actor(actors: list[Actor], find: FindActor) -> None:
    names = {a.name.lower() for a in actors} | {x.lower() for a in actors for x in a.aliases}
    for junk in ("jane doe", "john smith", "peter pan", "reuters", "size", "font size", "getty"):
        assert junk not in names
    # An outlet that only credits a report is not a party to the story.
    assert find(actors, "Daily Ledger") == []
    for a in actors:
        assert not a.name[0].isdigit()
