"""How a question is worded: what it only points at, and the shared word lists."""

from __future__ import annotations

import pytest

from briefing.lang.question_wording import POINTED_AT_RE, SELF_EVIDENT_DEFINITES, SHELL_NOUNS


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


def test_the_subject_of_either_points_back():
    assert POINTED_AT_RE.search("Has either goal been achieved?")
    assert not POINTED_AT_RE.search("Was the crash caused either by a bomb or by a fault?")


def test_the_shared_word_lists():
    # Shell nouns and one-of-a-kind nouns come from lang/anaphora's lists.
    assert {"plan", "move", "time"} <= SHELL_NOUNS and "deal" not in SHELL_NOUNS
    assert {"public", "economy", "future"} <= SELF_EVIDENT_DEFINITES
