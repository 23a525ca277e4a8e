"""Another leg of a trip is another fact; the same departure in other words is not."""

from __future__ import annotations

import pytest

from briefing.compose.legs import legs, other_leg, same_leg, start_places

OUT = (
    "Northwind Flight 512, an Airbus A320, leaves Calder, Norland, bound for Vale Airport in "
    "Port Essen."
)


def test_where_a_leg_starts_and_ends() -> None:
    assert legs(OUT) == (frozenset({"calder"}), frozenset({"vale", "essen"}))
    assert legs("The council met on Tuesday to discuss the harbour levy.") is None
    assert start_places(OUT) == frozenset({"calder"})


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        # the return: from where the statement goes, on the way to where it left
        ("The jet crashed shortly after taking off from Vale Airport on the way to Calder.", True),
        ("The jet left Calder for Port Essen two hours late.", False),
        ("The jet crashed into the sea near Port Essen.", False),  # no trip told
    ],
)
def test_the_return_leg_is_another_fact(other: str, expected: bool) -> None:
    assert other_leg(OUT, other) is expected


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        ("A pump had failed before the jet left Calder for Port Essen, officials said.", True),
        ("The jet left Calder on the opening stage of its journey to Moorby.", False),  # other end
        ("The jet flew from Calder to Port Essen.", False),  # no verb of leaving
        ("The jet crashed after taking off from Vale Airport on the way to Calder.", False),
    ],
)
def test_the_same_departure_in_other_words(other: str, expected: bool) -> None:
    assert same_leg(OUT, other) is expected
