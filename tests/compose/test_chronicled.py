"""A line of another source's key-dates list, dated the statement's day and holding its
words, reports the statement's fact (no †); prose, another day or too few words do not."""

from __future__ import annotations

import pytest

from briefing.analyse import analyse
from briefing.compose.chronicled import Chronicle, list_line
from briefing.model import Corpus, Document

# An invented story: a river town's mills and a levy they fought in court.
LOST = (
    "The Orsk mill owners Friday lost what may be their last fight to keep the river levy "
    "from taking effect."
)
DAY = (2000, 6, 23)


def corpus(*texts: str) -> Corpus:
    docs = [Document(location=f"doc{i}.txt", text=t, title=f"Doc {i}") for i, t in enumerate(texts)]
    return analyse(docs)


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
