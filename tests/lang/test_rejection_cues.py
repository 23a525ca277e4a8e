"""The rejection screens: a screened pattern finds what its pattern finds, in every case."""

from __future__ import annotations

from briefing.compose.disputes import rejection
from briefing.lang.disputes import doubted_claim
from briefing.lang.rejection_cues import (
    AGAINST_ESTIMATE_SCREENED,
    CONTRARY_SCREENED,
    RANGE_SCREENED,
    REJECTION_SCREENS,
    RIVAL_FIGURES_SCREENED,
)

# Invented sentences, each a match of one of the screened patterns (several in upper
# case or with an odd spelling), and near misses.
REJECTING = (
    "The ferry line disputed a Harbour Gazette report that the boat was overloaded.",
    "Mayor Vale denied that the pier had been closed for repairs.",
    "The board flatly rejected claims that the tolls would rise.",
    "The council branded as “false” a weekend newspaper report that the dock leaked.",
    "Brandt called the claim “absolute nonsense”.",
    "The union LABELLED THE REPORT AS FALSE.",
    "That theory has been firmly rejected by port inspectors.",
    "The council said the estimates were wrong.",
    "County planning officers disagree.",
    "Judge Pell denied it.",
    "But the harbour master rejected that defence.",
    "The keeper insisted that she was not resigning.",
    "Aides said the reporter misread the mayor's speech.",
    "She tried to create the false impression that her staff backed the plan.",
    "Auditors found no evidence that the firm took part.",
    "The board questioned whether the river is shrinking.",
    "It sank, contrary to the ministry's report.",
    "Estimates range from the council's figure of 3,000 to the union's claim of 9,500.",
    "The agency counted 400 boats, half the Port Authority's estimate.",
    "Reports varied from 4,200 homes flooded to 60,000.",
    "The board says it cost $4 million, while the Guild PUT THE FIGURE AT $11 million.",
    "Officials put the toll at 120, whereas the Red Cross placed it at 300.",
    "Critics DISMISSED THE RUMOURS AS BASELESS.",
    "The ferry sailed at dawn and docked at noon.",
    "He said it was a calm day on the lake.",
    "",
)


def _span(match) -> tuple[int, int] | None:
    return None if match is None else match.span()


def test_each_screen_finds_what_its_pattern_finds():
    doubt = REJECTION_SCREENS[-1]  # searched with ``doubted_claim``
    matched = 0
    for screen in (
        *REJECTION_SCREENS,
        CONTRARY_SCREENED,
        RANGE_SCREENED,
        AGAINST_ESTIMATE_SCREENED,
        RIVAL_FIGURES_SCREENED,
    ):
        for text in REJECTING:
            if screen is doubt:
                expected = doubted_claim(text)
                found = doubted_claim(text) if screen.holds_cue(text) else None
            else:
                expected, found = screen.pattern.search(text), screen.search(text)
            assert _span(found) == _span(expected), (screen.pattern.pattern[:40], text)
            matched += expected is not None
    assert matched >= len(REJECTING) - 3  # nearly every sentence exercises a screen


def test_a_sentence_without_any_cue_is_no_rejection_and_one_with_a_cue_still_is():
    assert rejection("The ferry sailed at dawn and docked at noon.") is None
    assert not any(
        s.holds_cue("The ferry sailed at dawn and docked at noon.") for s in REJECTION_SCREENS[:4]
    )
    assert rejection("Mayor Vale denied that the pier had been closed for repairs.") is not None
    assert rejection("Critics DISMISSED THE RUMOURS AS BASELESS.") is not None
