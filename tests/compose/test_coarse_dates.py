"""Tests for briefing.compose.coarse_dates: a month's entry joins a day's of its act."""

from __future__ import annotations

from .conftest import dated_entries as _timeline

MONTH = "A fierce storm named Ulla struck in early June, flooding the old harbour of Marlow."
DAY = "About 300 homes across Norland were hit by Ulla on June 4."


def test_a_month_s_act_joins_the_day_another_article_gives_it():
    # "struck" / "hit", Ulla doing it in both: one event, under its day, citing both.
    assert _timeline(MONTH, DAY) == [("2018-06-04", [1, 2])]


def test_another_act_in_that_month_stays_its_own_entry():
    other = "The Norland council approved a new sea wall for Marlow on June 4."
    assert _timeline(MONTH, other) == [("2018-06", [1]), ("2018-06-04", [2])]


def test_one_article_s_month_and_day_stay_two_entries():
    assert _timeline(MONTH + " " + DAY) == [("2018-06", [1]), ("2018-06-04", [1])]


def test_a_month_s_vote_against_joins_the_day_another_article_gives_it():
    # "defeated" / "rejected", parliament doing it in both: one vote, under its day.
    month = "In June, parliament narrowly defeated an early bid to cap ferry fares."
    day = "The Norland parliament rejected a strict ferry bill on June 4."
    assert _timeline(month, day) == [("2018-06-04", [1, 2])]
    passed = "The Norland parliament approved a strict ferry bill on June 4."
    assert _timeline(month, passed) == [("2018-06", [1]), ("2018-06-04", [2])]
