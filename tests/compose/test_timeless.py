"""General statements: no day is theirs, not even their article's."""

from __future__ import annotations

import pytest

from briefing.compose.timeless import timeless

from .conftest import first_sentence


def _timeless(text: str) -> bool:
    return timeless(*first_sentence(text))


@pytest.mark.parametrize(
    "text",
    [
        "A visitor to the island has no say in the council of Varga.",
        "Brindle rot develops when the bark that covers the trunk begins to split.",
        "The Varga governor does not have the power to close the harbour.",
        "Lindholm calls the stone quay a harbour, instead of a pier.",
        "Poverty among the crofters makes theirs the poorest county in the country.",
        "Ferry licences are granted only to captains with a master's ticket.",
        "A treaty binds only the states that sign it.",  # a kind, not one treaty
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
        "The first group of proposals includes a toll on the quay.",  # a dated plan
        "The Varga party's platform opposes a second pier.",  # an owner's platform
        "The organizers of the harbour conference want a second pier.",
        "Two island councillors threaten to block the harbour toll.",  # a count in words
        "The harbour tolls are described by the ferry company as unfair.",  # a doer's view
    ],
)
def test_an_event_a_state_of_the_day_or_a_report_is_not(text: str) -> None:
    assert not _timeless(text)
