"""General statements: no day is theirs, not even their article's."""

from __future__ import annotations

import pytest

from briefing.compose.near_duplicates import stem
from briefing.compose.timeless import defines, timeless

from .conftest import first_sentence


def _timeless(text: str) -> bool:
    return timeless(*first_sentence(text))


@pytest.mark.parametrize(
    "text",
    [
        "A visitor to the island has no say in the council of Varga.",
        "Brindle rot develops when the bark that covers the trunk begins to split.",
        "The Varga governor does not hold the authority to close the harbour.",
        "Lindholm calls the stone quay a harbour, instead of a pier.",
        "Poverty among the crofters makes theirs the hungriest parish on the island.",
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
        "The opening batch of proposals includes a toll on the quay.",  # a dated plan
        "The Varga party's platform opposes a second pier.",  # an owner's platform
        "The organizers of the harbour conference want a second pier.",
        "Two island councillors threaten to block the harbour toll.",  # a count in words
        "The harbour tolls are described by the ferry company as unfair.",  # a doer's view
    ],
)
def test_an_event_a_state_of_the_day_or_a_report_is_not(text: str) -> None:
    assert not _timeless(text)


def _defines(text: str, focus: str) -> bool:
    return defines(*first_sentence(text), frozenset(stem(w) for w in focus.split()))


def test_a_statement_saying_what_the_subject_is_defines_it() -> None:
    assert _defines("Barkrot is a fungal disease of the bark of old oaks.", "barkrot")
    assert _defines("The harbour tax is an old levy on every ship that docks.", "harbour")


@pytest.mark.parametrize(
    ("text", "focus"),
    [
        ("Barkrot is a fungal disease of the bark of old oaks.", "ferry"),  # not the subject
        ("Barkrot develops when the bark begins to split.", "barkrot"),  # no "is a Y"
        ("Old oaks are a host of barkrot in the valley.", "barkrot"),  # Y, not X
        ("Barkrot was a fungal disease of the bark of old oaks.", "barkrot"),  # past
        ("Barkrot is common in the valley.", "barkrot"),  # what it is like
        ("The harbour tax is something of a sore point for the council.", "harbour"),  # a remark
    ],
)
def test_other_statements_do_not_define_the_subject(text: str, focus: str) -> None:
    assert not _defines(text, focus)
