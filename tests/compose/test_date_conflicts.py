"""Tests for briefing.compose.date_conflicts: one launch dated apart by two articles."""

from __future__ import annotations

from .conftest import dated_entries as _timeline

MARCH = "The new pain pill Zelorin, made by Hexa Labs, went on the market in March."
MAY = "Zelorin, the pain pill from Hexa Labs, was launched commercially last month."
APRIL = "Zelorin, the pain pill made by Hexa Labs, was launched in April for joint pain."


def test_one_launch_dated_apart_by_two_articles_is_shown_on_neither_date():
    # March by one article, May by the other: which is right, no one can tell.
    assert _timeline(MARCH, MAY) == []


def test_the_launch_date_more_articles_give_stays():
    assert _timeline(MARCH, MAY, MARCH.replace("new", "latest")) == [("2018-03", [1, 3])]


def test_launches_of_different_things_stay():
    other = "The sleeping pill Dormex, made by Vara Pharma, was launched commercially last month."
    assert _timeline(MARCH, other) == [("2018-03", [1]), ("2018-05", [2])]


def test_one_article_s_two_dates_stay_and_other_acts_are_no_conflict():
    assert _timeline(MARCH + " " + APRIL) == [("2018-03", [1]), ("2018-04", [1])]
    approved = "Regulators approved Zelorin, the pain pill from Hexa Labs, in May."
    assert _timeline(MARCH, approved) == [("2018-03", [1]), ("2018-05", [2])]
