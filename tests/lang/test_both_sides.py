"""Sentences telling both sides: what a rival figure counts, and whose it is."""

from __future__ import annotations

import pytest

from briefing.lang.both_sides import (
    CROWD_SAID_RE,
    DEATHS_SAID_RE,
    ESTIMATE_AT_RE,
    FIGURE_TOKEN_RE,
    estimate_figure,
    figure_kind,
    figure_party,
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("the repairs cost $4 million", "money"),
        ("the repairs cost 40 million euros", "money"),
        ("turnout fell 9 percent", "percent"),
        ("turnout fell 9 per cent", "percent"),
        ("turnout fell 9%", "percent"),
        ("300 ferry passengers", "count"),
    ],
)
def test_a_figure_counts_money_a_share_or_things(text, kind):
    m = FIGURE_TOKEN_RE.search(text)
    assert m is not None and figure_kind(text, m) == kind


def test_a_figure_party_is_named_or_official_not_a_sentence_capital():
    assert figure_party("The Quay Traders' Guild")
    assert figure_party("the harbour officials")
    assert figure_party("some of the harbour's ferry captains")
    assert not figure_party("Other estimates")
    assert not figure_party("Some analysts")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "A study commissioned by the Quay Traders' Guild estimated the cost to the "
            "harbour of the new toll rule at $300 million a year.",
            ("cost", "money", 300e6),
        ),
        (
            "the Veldia harbour board has estimated the added cost at closer to $31 million.",
            ("cost", "money", 31e6),
        ),
        ("Port officials put the number of homes at 120.", ("number of homes", "count", 120.0)),
        ("The Tallow Guild put the toll at about 1,300.", ("toll", "count", 1300.0)),
    ],
)
def test_an_estimate_gives_its_measure_kind_and_value(text, found):
    m = ESTIMATE_AT_RE.match(text)
    assert m is not None and estimate_figure(m) == found


def test_no_estimate_without_a_named_party_a_measure_or_a_figure():
    for text in (
        "He put the cost at $3 million.",  # a pronoun names no party
        "Other estimates put the cost at $3 million.",
        "The Guild put the figure at 300.",  # a figure told before: which one?
        "The Guild put the cost at several million.",
    ):
        m = ESTIMATE_AT_RE.match(text)
        assert m is None or estimate_figure(m) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "Harbour officials said 120 people died.",
        "The Red Cross said at least 120 had been killed in the ferry fire.",
        "Port officials put the number of dead at 120.",
    ],
)
def test_a_count_of_the_dead_is_the_toll(text):
    m = ESTIMATE_AT_RE.match(text) or DEATHS_SAID_RE.match(text)
    assert m is not None and estimate_figure(m) == ("toll", "count", 120.0)


def test_a_figure_of_more_digits_than_any_count_has_is_no_estimate():
    # float() reads 400 digits as inf: two such equal figures "differed" (rival_sources).
    for text in (
        "The harbour police put the crowd at " + "1" * 400 + ".",
        "The dockers' union said " + "1" * 400 + " people marched.",
    ):
        m = ESTIMATE_AT_RE.match(text) or CROWD_SAID_RE.match(text)
        assert m is not None and estimate_figure(m) is None, text
