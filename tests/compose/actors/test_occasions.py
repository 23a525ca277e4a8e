"""Occasions and named places: mentions that tell when or where, not who acts."""

from __future__ import annotations

from briefing.analyse import analyse
from briefing.compose.actors.clusters import Cluster, Match
from briefing.compose.actors.occasions import (
    as_occasion,
    meeting_name,
    named_a_place,
    named_only_as_where,
)
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


def _where(text: str, name: str) -> bool:
    corpus = analyse([Document("a.txt", text)], entities=True)
    matches, at = [], text.find(name)
    while at >= 0:
        matches.append(Match(0, 0, at, at + len(name)))
        at = text.find(name, at + 1)
    return named_only_as_where(corpus, Cluster(forms=[], matches=matches, type="person"))


def test_a_name_only_ever_written_where_a_place_goes_is_where() -> None:
    assert _where("1931: Born in Kell Haven in the old colony. 1950: Joins the army.", "Kell Haven")
    # Once acting, or written for whom something is, it is a name of its own.
    assert not _where("He grew up in Kell Haven. Kell Haven said no.", "Kell Haven")
    assert not _where("She sent a letter to Ada Marsh in June.", "Ada Marsh")
