"""Page clutter and outlets cited as a source never become actors."""

from __future__ import annotations

from collections.abc import Callable

from briefing.compose.actors.filters import phrase_counts
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


def test_phrase_counts_are_what_str_count_gives() -> None:
    texts = [
        "human rights and superhuman rights; Human Rights, human  rights, human rightsholders",
        "x y x y x then x y\nx and new york new york new",
        "ends with human",
        "rights first",
    ]
    phrases = ["human rights", "x y x", "new york new", "human rights and", "with human rights"]
    counts = phrase_counts(phrases, texts)
    for phrase in phrases:
        assert counts[phrase] == sum(text.count(phrase) for text in texts), phrase
    assert counts["human rights"] == 3  # inside a longer word too, as str.count
