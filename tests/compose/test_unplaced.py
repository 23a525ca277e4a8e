"""Statements no reader can place in time: undated, with "last week" and the like."""

from __future__ import annotations

import pytest

from briefing.compose.unplaced import placed
from briefing.model import Statement


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board's scheme hit a snag last week when a judge ruled.",
        "Earlier this month the ferry line cut two sailings.",
        "The mayor met the dockers three weeks ago and again on the quay.",
        "The pier was closed a few days ago, officials said.",
    ],
)
def test_an_undated_statement_told_by_a_relative_time_is_not_placed(text: str) -> None:
    assert not placed(Statement(text=text, sources=[1]))


def test_a_dated_statement_or_a_time_of_years_is_placed() -> None:
    text = "The harbour board's scheme hit a snag last week when a judge ruled."
    assert placed(Statement(text=text, sources=[1], date="2001-07-16"))
    old = "The dunes first drew wide notice 30 years ago when surveyors mapped them."
    assert placed(Statement(text=old, sources=[1]))
    assert placed(Statement(text="The ferry line cut two sailings in May.", sources=[1]))


def test_a_note_naming_the_time_places_it() -> None:
    text = "Earlier this month the ferry line cut two sailings."
    edited = "Earlier this month [July 2001] the ferry line cut two sailings."
    assert placed(Statement(text=text, sources=[1], edited=edited))


def test_an_undated_statement_s_relative_time_is_noted_with_its_report_s_date() -> None:
    import datetime as dt

    from briefing.compose.editorial import annotate
    from briefing.compose.unplaced import report_notes

    text = "The harbour board's scheme hit a snag last week when a judge ruled."
    notes = report_notes(text, dt.date(2001, 7, 16))
    assert notes == [("last week", "reported 16 July 2001")]
    edited = annotate(text, notes)
    assert edited == (
        "The harbour board's scheme hit a snag last week [reported 16 July 2001] "
        "when a judge ruled."
    )
    assert placed(Statement(text=text, sources=[1], edited=edited))
    assert report_notes(text, None) == []
    assert report_notes("The ferry line cut two sailings in May.", dt.date(2001, 7, 16)) == []
