"""Mislabelled full names: a person's full name the model labels something else."""

from __future__ import annotations

from briefing.compose.actors.mislabels import mislabelled_people
from briefing.model import Mention
from tests.growth import assert_linear

from .conftest import labelled_mentions as _mentions


def test_a_full_name_labelled_a_work_of_art_is_a_person_when_its_surname_is_one() -> None:
    text = (
        "Dana Whitlock, executive director of the ferry users' group, objected. "
        "Whitlock said the fares were too high."
    )
    mentions = _mentions(text, ("Dana Whitlock", "WORK_OF_ART"), ("Whitlock", "PERSON"))
    assert mislabelled_people(text, mentions) == {0}


def test_a_full_name_followed_by_a_verb_of_saying_is_a_person() -> None:
    text = "Tomas Brenner said the pier was safe. Brenner is the harbour master."
    mentions = _mentions(text, ("Tomas Brenner", "ORG"), ("Brenner", "PERSON"))
    assert mislabelled_people(text, mentions) == {0}


def test_places_and_bodies_are_not_read_as_people() -> None:
    text = (
        "Lake Brenner, a resort, is busy. Port Hadley, said the guide, is quiet. "
        "Fort Kessler was closed. Brenner said so, and Hadley and Kessler agreed."
    )
    mentions = _mentions(
        text,
        ("Lake Brenner", "LOC"),  # a place's first word
        ("Port Hadley", "GPE"),  # followed by a verb of saying after the comma
        ("Fort Kessler", "FAC"),  # no apposition, no verb of saying
        ("Brenner", "PERSON"),
        ("Hadley", "PERSON"),
        ("Kessler", "PERSON"),
    )
    assert mislabelled_people(text, mentions) == set()


def test_without_the_surname_written_alone_as_a_person_nothing_changes() -> None:
    text = "Dana Whitlock, executive director of the group, objected."
    mentions = _mentions(text, ("Dana Whitlock", "WORK_OF_ART"))
    assert mislabelled_people(text, mentions) == set()


def test_many_mentions_are_read_in_linear_time() -> None:
    def article(n: int) -> tuple[str, list[Mention]]:
        text = "Dana Whitlock, a pilot, spoke. " * n + "Whitlock said so."
        mentions = [
            Mention("Dana Whitlock", "WORK_OF_ART", i * 31, i * 31 + 13, 0) for i in range(n)
        ]
        mentions.append(Mention("Whitlock", "PERSON", len(text) - 17, len(text) - 9, 0))
        return text, mentions

    assert len(mislabelled_people(*article(20_000))) == 20_000
    assert_linear(lambda made: mislabelled_people(*made), 500, prepare=article)
