"""English cues of open questions: what a question only points at."""

from __future__ import annotations

import pytest

from briefing.lang.questions import DOUBT_CUE_RE, POINTED_AT_RE, SELF_EVIDENT_DEFINITES, SHELL_NOUNS


@pytest.mark.parametrize(
    "question",
    [
        "Will Acme close all 12 depots in these regions?",
        "Was the toxin produced there?",
        "Will such a plan pass?",
        "Will the board ban those sales?",
    ],
)
def test_a_set_or_place_only_pointed_at(question):
    assert POINTED_AT_RE.search(question)


@pytest.mark.parametrize(
    "question",
    [
        "Will Acme compensate those who lost their jobs?",
        "Will there be a second vote?",
        "Will the council approve the plan for the harbour?",
    ],
)
def test_a_set_or_place_named_in_the_question(question):
    assert not POINTED_AT_RE.search(question)


def test_the_doubt_cue_and_shared_word_lists():
    assert DOUBT_CUE_RE.match("doubted whether the fund exists")
    assert DOUBT_CUE_RE.match("questions about whether the fund exists")
    assert not DOUBT_CUE_RE.match("the question now is whether the fund exists")
    # Shell nouns and one-of-a-kind nouns come from lang/anaphora's lists.
    assert {"plan", "move", "time"} <= SHELL_NOUNS and "deal" not in SHELL_NOUNS
    assert {"public", "economy", "future"} <= SELF_EVIDENT_DEFINITES
