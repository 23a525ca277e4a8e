"""Counted sets ("the two cylinders") only an earlier sentence says which of."""

from __future__ import annotations

from briefing.compose.counted_sets import counted_sets


def _never(phrase: str) -> bool:
    return False


def test_a_counted_set_is_told_by_its_noun() -> None:
    found = counted_sets("Welders will join the two cylinders with steel bands.", _never)
    assert found == [("the two cylinders", None, "cylind")]


def test_a_set_said_which_named_or_the_story_s_own_stands() -> None:
    assert counted_sets("Crews moved the two cylinders of the dock.", _never) == []
    assert counted_sets("Marlow and Venn met, and the two towns agreed.", _never) == []
    assert counted_sets("Two cylinders rolled; the two cylinders sank.", _never) == []
    own = counted_sets("Crowds met the four envoys.", lambda p: p == "the four envoys")
    assert own == []


def test_a_weekday_is_no_member_of_the_set() -> None:
    found = counted_sets("On Monday the two sides met again.", _never)
    assert found == [("the two sides", None, "side")]


def test_an_adjective_ending_in_s_is_no_counted_noun() -> None:
    assert counted_sets("Crowds cheered the two famous singers.", _never) == []
    assert counted_sets("It failed, like the two previous attempts.", _never) == []
    assert counted_sets("The two princess dolls sold out.", _never) == []
