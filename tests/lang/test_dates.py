"""Date expressions: a date that follows a report verb belongs to the report; years and
days as words."""

from __future__ import annotations

import time

import pytest

from briefing.lang.dates import (
    OTHER_DAY_RE,
    PERIOD_FIGURE_RE,
    PLANNED_VERB_RE,
    REPORT_BEFORE_RE,
    REPORT_NEAR_BEFORE_RE,
    TIME_DAY_RE,
    UNPLACED_TIME_RE,
    YEAR_OR_DAY_RE,
    YEAR_WORD_RE,
    years_before,
)


@pytest.mark.parametrize(
    "before", ["The mayor said ", "Officials announced on ", "She told reporters late "]
)
def test_a_date_right_after_a_report_verb_is_the_reports(before: str) -> None:
    assert REPORT_BEFORE_RE.search(before)
    assert REPORT_NEAR_BEFORE_RE.search(before)  # the near form holds the close one


@pytest.mark.parametrize(
    "before", ["The firm disclosed in a filing ", "The council said in a statement "]
)
def test_a_few_words_between_verb_and_date_count_only_as_near(before: str) -> None:
    assert not REPORT_BEFORE_RE.search(before)
    assert REPORT_NEAR_BEFORE_RE.search(before)


@pytest.mark.parametrize(
    "before",
    [
        "The bridge opened ",
        "The mayor said the bridge would open by the end of ",
        "An undisclosed ",
    ],
)
def test_no_report_verb_just_before_the_date_is_no_report(before: str) -> None:
    assert not REPORT_NEAR_BEFORE_RE.search(before)


@pytest.mark.parametrize("word", ["1993", "1990s", "mid-1990s", "early-2000s", "1500", "2099"])
def test_a_year_or_decade_is_a_year_word(word: str) -> None:
    assert YEAR_WORD_RE.fullmatch(word)


@pytest.mark.parametrize("word", ["1499", "2100", "199", "19933", "late-1990ss", "$1993"])
def test_other_numbers_are_no_year_word(word: str) -> None:
    assert not YEAR_WORD_RE.fullmatch(word)


@pytest.mark.parametrize(
    ("number", "calendar"),
    [("1999", True), ("31", True), ("7", True), ("217", False), ("45", False), ("2100", False)],
)
def test_a_year_or_a_days_number_is_no_figure(number: str, calendar: bool) -> None:
    assert bool(YEAR_OR_DAY_RE.fullmatch(number)) is calendar


def test_period_figure_is_linear_on_a_long_number() -> None:
    """A 200 KB run of "1," (quadratic before: 16 KB took 2.3 CPU s)."""
    assert PERIOD_FIGURE_RE.search("made 900 arrests, 60 fewer than in May")
    start = time.process_time()
    assert not PERIOD_FIGURE_RE.search("1," * 100_000 + " people")
    assert time.process_time() - start < 1.0


@pytest.mark.parametrize(
    ("text", "other_day"),
    [
        ("The ferry sank later that day.", True),
        ("The pier reopened earlier the same day.", True),
        ("The pier reopened the night before.", True),
        ("The pier reopened a day later.", True),
        ("The pier reopened on the following morning.", True),
        ("The pier reopened the next day.", True),
        ("The pier reopened the previous evening.", True),
        ("The pier reopened on Tuesday.", False),
        ("The pier reopened that year.", False),
    ],
)
def test_a_day_named_only_by_another_day(text: str, other_day: bool) -> None:
    assert bool(OTHER_DAY_RE.search(text)) is other_day


@pytest.mark.parametrize(
    ("phrase", "names_a_day"),
    [
        ("late Tuesday night", True),
        ("early today", True),
        ("tonight", True),
        ("this morning", True),
        ("two hours", False),
        ("this week", False),
    ],
)
def test_a_time_that_names_its_day(phrase: str, names_a_day: bool) -> None:
    assert bool(TIME_DAY_RE.search(phrase)) is names_a_day


@pytest.mark.parametrize(
    ("text", "unplaced"),
    [
        ("the pier closed last week", True),
        ("the pier closed earlier this weekend", True),
        ("later this month the board meets", True),
        ("it sank two days ago", True),
        ("it sank 3 months ago", True),
        ("it sank 30 years ago", False),  # a year or more is told well enough
        ("it sank last month", False),  # a note names the month
        ("earlier this month [May 2001] it sank", False),
        ("the weekly market", False),
    ],
)
def test_a_time_finer_than_a_year_that_no_note_names(text: str, unplaced: bool) -> None:
    assert bool(UNPLACED_TIME_RE.search(text)) is unplaced


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("Pell is expected to be sworn in within a month.", ("Pell", "sworn")),
        ("Marlow's mayor, Ann Pell, will open the bridge.", ("Pell", "open")),
        ("Pell plans to visit Marlow.", ("Pell", "visit")),
        ("Pell leads the field and is expected to win.", None),  # no name right before
        ("Asked whether he would meet Hale, Pell said no.", None),
        ("The upcoming vote in Marlow.", None),
    ],
)
def test_planned_verb_follows_its_doer(text: str, groups: tuple[str, str] | None) -> None:
    found = PLANNED_VERB_RE.search(text)
    assert (found.groups() if found else None) == groups


def test_years_before_counts_back_from_the_articles_year() -> None:
    assert years_before(1994, 1999, 5) and not years_before(1995, 1999, 5)
    assert years_before(1979, 1999, 20) and not years_before(1980, 1999, 20)
    assert not years_before(2001, 1999, 5)  # a year ahead
