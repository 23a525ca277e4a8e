"""A statement of what its subject is is told only by a sentence naming that subject."""

from __future__ import annotations

import pytest

from briefing.compose.copular import Copular

from .conftest import told_and_other


def _left_out(told: str, other: str) -> bool:
    """``Copular.left_out`` of the first sentence of ``told`` and of ``other``."""
    found, statement, sentence = told_and_other(told, other)
    return Copular(found).left_out(statement, sentence)


@pytest.mark.parametrize(
    ("other", "left_out"),
    [
        ("Most adult patients take the pill once a day, the maker said.", True),
        ("The dose is once a day for adults, the maker said.", False),
    ],
)
def test_the_dose_is_what_the_statement_is_about(other: str, left_out: bool) -> None:
    told = "The recommended dose of the pill is once a day for adults."
    assert _left_out(told, other) is left_out


def test_a_measure_said_of_something_else() -> None:
    told = "The harbour board said the ferry count is up 35 percent in four years."
    assert _left_out(told, "Ferry sales have increased by 35 percent in four years.")


def test_what_does_not_exist() -> None:
    told = "The promised study of the levy, as it happens, does not exist."
    assert _left_out(told, "Such a levy would not change the fares, he said.")


def test_an_act_after_to_be_is_the_fact() -> None:
    told = "Ferry groups are likely to mount a challenge to the levy."
    assert not _left_out(told, "Ferry companies may mount a challenge to the levy.")


def test_a_statement_of_an_act_is_not_asked() -> None:
    told = "The ferry company cut its fares by half in May."
    assert not _left_out(told, "Fares on the island route fell by half in May.")
