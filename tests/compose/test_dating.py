"""Where a month-day without a year is placed, and when its year is too much in doubt."""

from __future__ import annotations

import datetime as dt

from briefing.compose.dating import is_background, resolve_date, year_in_doubt, year_left_behind


def _key(expression: str, written: dt.date) -> tuple[int, ...]:
    resolved = resolve_date(expression, written)
    assert resolved is not None
    return resolved[1]


def test_a_month_day_placed_a_year_back_while_the_day_is_weeks_ahead_is_in_doubt():
    mid_december = dt.date(2003, 12, 16)
    key = _key("Jan. 1", mid_december)
    assert key == (2003, 1, 1)  # the past tense's reading
    assert year_in_doubt("Jan. 1", key, mid_december)


def test_a_recent_day_a_written_year_or_a_day_months_ahead_is_not_in_doubt():
    written = dt.date(2003, 12, 16)
    assert not year_in_doubt("Dec. 10", _key("Dec. 10", written), written)
    assert not year_in_doubt("Jan. 1, 2003", _key("Jan. 1, 2003", written), written)
    # "March 2" in mid-December: last March, the next one is far off.
    assert not year_in_doubt("March 2", _key("March 2", written), written)
    assert not year_in_doubt("Jan. 1", (2003, 1, 1), None)


def test_a_month_day_months_back_after_an_earlier_written_year_is_left_behind():
    january = dt.date(2004, 1, 8)
    key = _key("June 15", january)
    assert key == (2003, 6, 15)  # reckoned back from the article's day
    before = "The hearing was set for summer 2002. A decade earlier the pier had burned. "
    assert year_left_behind("June 15", key, january, before)
    # No year written before it, the same year, a recent day or a written year: kept.
    assert not year_left_behind("June 15", key, january, "The pier burned. ")
    assert not year_left_behind("June 15", key, january, "In 2003 the pier burned. ")
    december = _key("Dec. 20", january)
    assert not year_left_behind("Dec. 20", december, january, before)
    assert not year_left_behind("June 15, 2003", key, january, before)


def test_the_day_a_thing_was_scheduled_for_is_no_event_of_the_sentence():
    text = "Pell had been scheduled for sentencing on April 27."
    at = text.index("April 27")
    assert is_background(text, at, at + len("April 27"))
    text = "The ferry was due to be sold on Monday."
    at = text.index("Monday")
    assert is_background(text, at, at + len("Monday"))
    text = "Pell was sentenced on April 27."
    at = text.index("April 27")
    assert not is_background(text, at, at + len("April 27"))
