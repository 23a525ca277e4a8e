"""The † decision reads another source as reporting a statement's fact only the same way
round: a negation in both main clauses or in neither, or the same count of the same thing."""

from __future__ import annotations

import pytest

from briefing.compose.polarity import main_negated, same_way


@pytest.mark.parametrize(
    ("text", "negative"),
    [
        ("The Harwick governor does not hold the authority to close the Delling port.", True),
        ("The harbour recorders have given no clue to the cause of the Orsk fire.", True),
        # a negation in a clause saying what something is
        ("The Orsk levy, which the council never debated, took effect in May last year.", False),
        # in a participle clause after the main one
        (
            "A judge dismissed the Delling suit on Friday, concluding that more hearings "
            "were not in the town's interest.",
            False,
        ),
        # in a contrast after it
        (
            "The Marlow ferries were refitted with new rudders in the spring, while the "
            "Orsk ferries were not refitted.",
            False,
        ),
        # a negation with its exception tells what is so
        ("The Orsk line had no port to sail the new ferry to except Halden in 1981.", False),
        ("The Marlow council had no choice but to close the Delling bridge.", False),
        # a negation and a new verb after "but" still denies
        ("The Harwick governor did not close the port but said he might.", True),
        # a figure corrected after a comma: the raise is told, the other figure denied
        ("The Orsk fees will rise by the same 15 percent, not 9 percent as planned.", False),
        ("The Orsk fees will not rise, not even by the 9 percent planned.", True),
    ],
)
def test_the_main_clause_decides_the_polarity(text: str, negative: bool) -> None:
    assert main_negated(text) is negative


DENIED = (
    "The Harwick governor does not hold the authority to close the Delling river port to "
    "tankers, as the Marlow mayor has done."
)
NEVER = (
    "The Harwick governor has never closed the Delling port in his five years -- a stretch "
    "that has seen 74 tanker spills in the estuary."
)


@pytest.mark.parametrize(
    ("statement", "other", "reports"),
    [
        (DENIED, "The Marlow mayor closed the Delling river port to tankers.", False),
        (DENIED, "The Harwick governor cannot close the Delling river port himself.", True),
        # the same count of the same thing, whichever way the rest is told
        (NEVER, "The estuary has seen a record 74 tanker spills under the governor.", True),
        # the same figure of something else
        (NEVER, "The Delling port handled 74 barges in the spring.", False),
        # the exception is what the list line tells
        (
            "The Orsk line had no port to sail the new ferry to except Halden in 1981.",
            "-- May 2, 1981: An Orsk line ferry sails from Orsk to Halden, its first run.",
            True,
        ),
    ],
)
def test_another_source_reports_the_fact_only_the_same_way_round(
    statement: str, other: str, reports: bool
) -> None:
    assert same_way(statement, other) is reports
