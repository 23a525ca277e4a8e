"""Repeats: an entry that tells the event of an entry a day or two before joins it."""

from __future__ import annotations

import datetime as dt

from briefing.compose.repeats import REPEAT_DAYS, repeats

D = dt.date(2018, 6, 5)


def test_a_repeat_joins_the_earliest_entry_within_the_window():
    days = [D, D + dt.timedelta(days=1), D + dt.timedelta(days=2), None]
    joins = repeats(days, lambda a, b: True)
    # The coarse date never joins; each later day joins the first entry.
    assert joins == {1: 0, 2: 0}


def test_no_join_beyond_the_window_on_the_same_day_or_for_another_event():
    far = D + dt.timedelta(days=REPEAT_DAYS + 1)
    assert repeats([D, far], lambda a, b: True) == {}
    assert repeats([D, D], lambda a, b: True) == {}  # the same day is the merge's
    assert repeats([D, D + dt.timedelta(days=1)], lambda a, b: False) == {}


def test_a_joined_entry_is_never_joined_to():
    days = [D, D + dt.timedelta(days=2), D + dt.timedelta(days=4)]
    # Entry 1 joins entry 0; entry 2 is 2 days after entry 1 but 4 after entry 0.
    assert repeats(days, lambda a, b: True) == {1: 0}
