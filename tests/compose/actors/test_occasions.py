"""Occasions and named places: mentions that tell when or where, not who acts."""

from __future__ import annotations

from briefing.analyse import analyse
from briefing.compose.actors.occasions import as_occasion, meeting_name, named_a_place
from briefing.model import Document
from briefing.parsed import Token


def _token(text: str, word: str) -> Token:
    parse = analyse([Document("a.txt", text)], entities=True).docs[0].parse
    return next(t for t in parse if t.text == word)


def test_a_meetings_name_ends_with_a_meeting_noun() -> None:
    assert meeting_name(["liberal", "national", "convention"])
    assert not meeting_name(["convention"])  # a bare word is no name
    assert not meeting_name(["national", "congress"])  # a legislature


def test_a_meeting_is_named_as_a_time_or_a_place() -> None:
    assert as_occasion(_token("Delegates cheered during the Dorwick Summit on Monday.", "Summit"))
    assert as_occasion(_token("The Dorwick Summit ended on Thursday.", "Summit"))
    assert not as_occasion(_token("The Dorwick Summit said it backed the plan.", "Summit"))


def test_a_place_noun_names_a_town_unless_the_town_acts() -> None:
    text = "Gunmen seized him in the regional capital Marvik on Friday."
    assert named_a_place(_token(text, "Marvik"))
    assert named_a_place(_token("He was freed in the capital of Marvik.", "Marvik"))
    assert not named_a_place(_token("The city of Marvik sued the company.", "Marvik"))
