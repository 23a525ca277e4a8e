"""Occasions: a date that names where the main verb happened dates the sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.analyse import analyse
from briefing.compose.dating import date_mentions
from briefing.compose.occasions import dates_occasion
from briefing.compose.timeline import build_timeline
from briefing.model import Document

WED = dt.date(2001, 3, 7)  # a Wednesday


def occasions(text: str) -> list[bool]:
    """For each date mention of a one-sentence article: whether it dates an occasion."""
    adoc = analyse([Document(location="a.txt", text=text, title="T", date=WED)]).docs[0]
    return [
        dates_occasion(adoc.parse, m.sentence.start, m.start, m.end) for m in date_mentions(adoc)
    ]


@pytest.mark.parametrize(
    ("text", "occasion"),
    [
        ("Brandt was elected in the Feb. 25 election with 61 percent of the vote.", True),
        ("The minister said at a Feb. 12 news conference that the port would close.", True),
        ("Two dockers were injured in a 1998 explosion at the north pier.", True),
        # The date names a thing the sentence only mentions.
        ("Investigators are still studying the cause of the Feb. 25 crash.", False),
        ("The levy will be part of the council's 2002 budget.", False),
        ("Brandt maintained his innocence in the theft of a 1991 painting.", False),
    ],
)
def test_a_date_of_the_occasion_of_the_main_verb(text: str, occasion: bool) -> None:
    assert any(occasions(text)) is occasion


def test_the_timeline_dates_an_event_by_its_occasion() -> None:
    doc = Document(
        location="a.txt",
        text="Anna Brandt, who was born in Marlow, was elected in the Feb. 25 election "
        "with 61 percent of the vote.",
        title="Brandt re-elected",
        date=WED,
    )
    events = build_timeline(analyse([doc]))
    assert [e.date for e in events] == ["2001-02-25"]
