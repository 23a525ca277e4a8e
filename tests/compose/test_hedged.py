"""Hedged statements: a guess is no fact for the summary; a reported guess is."""

from __future__ import annotations

import pytest

from briefing.compose.hedged import hedged

from .conftest import first_sentence


def _hedged(text: str) -> bool:
    return hedged(*first_sentence(text))


@pytest.mark.parametrize(
    "text",
    [
        "Tolls may turn out to be the firmest common ground between Marlow and Brent.",
        "A handful of Marlow farmers may have second thoughts about the bridge.",
        "The Marlow ferry could soon be off the hook for the repairs.",
    ],
)
def test_a_guess_is_hedged(text: str) -> None:
    assert _hedged(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Marlow council closed the bridge to lorries on Monday.",
        "The report said a fire could have brought down the Marlow bridge.",
        "The Marlow council will vote on the bridge toll in May.",
        "Lorries can cross the Marlow bridge only at night.",
        "Engineers warned that the bridge might fall, the Marlow council said.",
        "A Marlow mayor may close the bridge only upon the advice of the harbour board.",
        "Marlow council officials could not say whether the bridge will reopen.",
        "Under the plan, lorries would pay a toll to cross the Marlow bridge.",
    ],
)
def test_a_fact_a_plan_or_a_reported_guess_is_not(text: str) -> None:
    assert not _hedged(text)
