"""General statements: no day is theirs, not even their article's."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.analyse import analyse
from briefing.compose.timeless import timeless
from briefing.model import Document

MONDAY = dt.date(2006, 3, 6)


def _timeless(text: str) -> bool:
    (adoc,) = analyse(
        [Document(location="a.txt", text=text, title="A", date=MONDAY)], entities=True
    ).docs
    return timeless(adoc, adoc.sentences[0])


@pytest.mark.parametrize(
    "text",
    [
        "A visitor to the island has no say in the council of Varga.",
        "Brindle rot develops when the bark that covers the trunk begins to split.",
        "The Varga governor does not have the power to close the harbour.",
        "Lindholm calls the stone quay a harbour, instead of a pier.",
        "Poverty among the crofters makes theirs the poorest county in the country.",
        "Ferry licences are granted only to captains with a master's ticket.",
    ],
)
def test_a_general_statement_is_timeless(text: str) -> None:
    assert _timeless(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry sank near the Varga pier with forty people on board.",  # an event
        "Divers are still searching the lake for the missing crew.",  # the day's state
        "The harbour office has closed the pier since the storm.",  # a present perfect
        "The ferry company says the captain was not to blame.",  # a report
        "Officials on the island all agree that the pier is unsafe.",  # a view held then
        "About 40 percent of the island's workers have no job.",  # a figure
        "The harbour now has room for twelve ferries.",  # now
        "The island's council meets on Friday to discuss the pier.",  # a date
        "New surveys of the lake indicate the water is rising.",  # news
    ],
)
def test_an_event_a_state_of_the_day_or_a_report_is_not(text: str) -> None:
    assert not _timeless(text)
