"""The story's past: sentences set decades before their article."""

from __future__ import annotations

from briefing.compose.actors.history import names_the_past


def test_the_past_is_twenty_years_before_the_article() -> None:
    assert names_the_past("the 1925 trial of a teacher", 1999)
    assert names_the_past("a naturalist of the 19th century", 1999)
    assert not names_the_past("he left in 1985 and returned in 1998", 1999)
    assert not names_the_past("1500 workers lost their jobs", 1999)
    assert not names_the_past("he said on Tuesday", 1999)
