"""Sentences telling both sides: what a rival figure counts, and whose it is."""

from __future__ import annotations

import pytest

from briefing.lang.both_sides import FIGURE_TOKEN_RE, figure_kind, figure_party


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
