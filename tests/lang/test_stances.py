"""Stance words: the screen knows every form of a stance word."""

from __future__ import annotations

import pytest

from briefing.lang.stances import ATTITUDE_VERBS, EFFECT_VERBS, SIDE_PARTIES, STANCE_FORMS


@pytest.mark.parametrize(
    "word",
    ["supported", "opposes", "opposition", "criticized", "criticism", "praising", "hurts",
     "harmed", "unfair", "victory", "critics", "backers", "vetoed", "illegal"],
)  # fmt: skip
def test_the_screen_knows_every_form_of_a_stance_word(word: str) -> None:
    assert word in STANCE_FORMS


def test_every_word_takes_one_side() -> None:
    for table in (ATTITUDE_VERBS, EFFECT_VERBS, SIDE_PARTIES):
        assert set(table.values()) == {1, -1}
