"""A line of another source's key-dates list, dated the statement's day and holding its
words, reports the statement's fact (no †); prose, another day or too few words do not."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.analyse import analyse
from briefing.compose.chronicled import Chronicle, list_line, other_dates
from briefing.compose.synthesis import synthesise
from briefing.model import Corpus, Document
from briefing.summarise import summarise_corpus

from .conftest import articles

# An invented story: a river town's mills and a levy they fought in court.
LOST = (
    "The Orsk mill owners Friday lost what could be their final battle to keep the river levy "
    "from taking effect."
)
DAY = (2000, 6, 23)


def corpus(*texts: str) -> Corpus:
    return articles(*texts, date=None)


def reporting(other: str, day: tuple[int, ...], mine: tuple[int, ...] = DAY) -> set[int]:
    """The sources ``Chronicle`` finds telling ``LOST`` (dated ``mine``) when the second
    article's one sentence, ``other``, is dated ``day``."""
    found = corpus(LOST, other)
    dates = {(0, 0): mine, (1, 0): day}
    return Chronicle(found, dates).sources(found.docs[0].sentences[0])


LINE = (
    "June 23 -- Appeals court upholds its ruling, says the river levy on the Orsk mills "
    "takes effect at noon on June 28."
)


@pytest.mark.parametrize(
    ("other", "day", "reports"),
    [
        # the list's line of that day, in its own few words
        (LINE, DAY, True),
        (f"-- {LINE}", DAY, True),
        # the same line under another day
        (LINE, (2000, 6, 26), False),
        # prose: the cover test decides (``corroboration``), not this one
        (
            "Appeals court upholds its ruling, says the river levy on the Orsk mills "
            "takes effect at noon.",
            DAY,
            False,
        ),
        # a line of that day telling something else of the story
        ("June 23 -- Orsk mayor opens the new bridge over the river.", DAY, False),
        # the other way round
        ("June 23 -- Court: the river levy on the Orsk mills will never take effect.", DAY, False),
    ],
)
def test_a_key_dates_line_of_the_day_reports_the_statement(
    other: str, day: tuple[int, ...], reports: bool
) -> None:
    assert reporting(other, day) == ({2} if reports else set())


def test_a_month_is_no_day() -> None:
    # a month holds many events: both dated June only, the line tells nothing of the statement
    assert reporting(LINE, (2000, 6, 0), (2000, 6, 0)) == set()


def test_list_lines() -> None:
    assert list_line("June 23 -- Appeals court upholds its ruling.")
    assert list_line("-- Jan. 21, 1976: The first ferry sails.")
    assert list_line("1998: The levy is repealed.")
    assert not list_line("On June 23 the appeals court upheld its ruling.")


@pytest.mark.parametrize(
    ("mine", "theirs", "differ"),
    [
        ((2000, 6, 23), (2000, 6, 26), True),
        ((2000, 6, 23), (2000, 6, 23), False),
        # a month or a year may hold the statement's day
        ((2000, 6, 23), (2000, 6, 0), False),
        ((2000, 6, 0), (2000, 0, 0), False),
        # but not another month's or year's
        ((2000, 6, 23), (2000, 7, 0), True),
        ((1992, 0, 0), (1971, 0, 0), True),
        ((1992, 0, 0), (1971, 2, 2), True),
        # undated
        ((2000, 6, 23), None, False),
    ],
)
def test_events_of_two_days(
    mine: tuple[int, ...], theirs: tuple[int, ...] | None, differ: bool
) -> None:
    found = corpus(LOST, LINE)
    a, b = found.docs[0].sentences[0], found.docs[1].sentences[0]
    dates = {(0, 0): mine} | ({(1, 0): theirs} if theirs else {})
    assert other_dates(dates, a, b) is differ


PLEDGE = (
    "In defiance of fresh criticism from the harbour board, the Marlow mayor Karl Vesting "
    "on Monday pledged to further widen the Delling river port."
)
CEREMONY = (
    "In a move seen by the harbour board as an open insult, the Marlow mayor Karl "
    "Vesting will attend a ceremony on Wednesday to open a new pier at the Delling river port."
)
FILLER = (
    "Local bakeries reported a busy weekend as tourists arrived for the harvest fair.",
    "A new bus timetable for the northern suburbs starts at the beginning of next month.",
    "The regional weather office expects light rain across the valley for most of the week.",
)


def test_an_event_of_another_date_does_not_take_the_dagger_off() -> None:
    # Both name the mayor, the board and the port, but the pledge was made on Monday and
    # the ceremony is on Wednesday: two events, and the pledge rests on one source.
    texts = [f"{PLEDGE} {FILLER[0]}", f"{FILLER[1]} {CEREMONY}", FILLER[2]]
    days = [dt.date(2000, 6, 6), dt.date(2000, 6, 12), dt.date(2000, 6, 12)]
    docs = [
        Document(location=f"doc{i}.txt", text=t, date=d)
        for i, (t, d) in enumerate(zip(texts, days, strict=True))
    ]
    found = analyse(docs, entities=False)
    syn = synthesise(found, summarise_corpus(found, "lexrank"), summary_words=60)
    shown = [s for s in [*syn.executive_summary, *syn.background] if s.text == PLEDGE]
    assert shown and shown[0].single_source
