"""Open questions, expected events: what a named party is expected or likely to do, marked
answered by a later report of it, dropped when later articles name the party without
telling, open when none does."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from briefing.compose.questions.expected import EXPECTED_CUE_RE

# What the union expects, and the days it is told and reported on.
EXPECTED = (
    "The Dover plant has made gliders since 1950.\n\n"
    "Acme Gliders is expected to close its Dover plant, the union said."
)
TOLD, LATER = dt.date(2024, 6, 3), dt.date(2024, 6, 24)


def test_an_expected_event_no_later_article_tells_is_open(dated_questions):
    qs = dated_questions((TOLD, EXPECTED))
    assert [(q.question, q.status, q.raised_by) for q in qs] == [
        ("Will Acme Gliders close its Dover plant?", "open", None)
    ]


def test_a_later_report_that_it_happened_answers_it(dated_questions):
    qs = dated_questions(
        (TOLD, EXPECTED),
        (LATER, "Acme Gliders closed its Dover plant on Friday, ending 74 years of work there."),
    )
    assert [(q.question, q.status) for q in qs] == [
        ("Will Acme Gliders close its Dover plant?", "answered")
    ]
    assert qs[0].answer is not None and qs[0].answer.sources == [2]


def test_later_coverage_of_the_party_that_does_not_tell_drops_it(dated_questions):
    # Acme is in the news again and the plant's fate is not told: the reader cannot know
    # whether it closed, and the question is no longer open as of the coverage.
    qs = dated_questions(
        (TOLD, EXPECTED),
        (LATER, "Acme Gliders reported higher glider sales at its Dover plant."),
    )
    assert qs == []


def test_later_coverage_of_what_it_acts_on_drops_it(dated_questions):
    # The plant is in the news again (the party is not named): the event may have come
    # about or been made moot; the reader cannot tell, and the question is not shown.
    qs = dated_questions(
        (TOLD, EXPECTED),
        (LATER, "Workers at the Dover plant were told to stay home on Friday."),
    )
    assert qs == []


def test_a_month_the_coverage_has_passed_drops_it(dated_questions):
    told = "The Dover plant has made gliders since 1950.\n\n" + (
        "Acme Gliders is expected to close its Dover plant by mid-July, the union said."
    )
    assert [q.question for q in dated_questions((TOLD, told))] == [
        "Will Acme Gliders close its Dover plant by mid-July?"
    ]
    later = (dt.date(2024, 8, 20), "Glider makers in Britain sold more gliders this summer.")
    assert dated_questions((TOLD, told), later) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # Which appeal is told in another sentence.
        "Acme Gliders is expected to rule on the appeal of its Dover plant workers.",
        "Acme Gliders was expected to close its Dover plant, the union said.",  # told after
        "If sales fall, Acme Gliders is expected to close its Dover plant.",  # a condition
        "Acme Gliders is not expected to close its Dover plant, the union said.",
        "Acme Gliders is more likely to close its Dover plant than its Leeds plant.",
        "Acme Gliders is likely to be the largest glider maker in Dover.",  # a state
        "The Dover plant is expected to be sold by Acme Gliders.",  # a passive
        "The office is expected to close its Dover plant, the union said.",  # no name
    ],
)
def test_no_question_from_other_expectations(sentence, dated_questions):
    qs = dated_questions((TOLD, "The Dover plant has made gliders since 1950.\n\n" + sentence))
    assert not [q for q in qs if "Dover" in q.question]


def test_an_expectation_told_as_now_expected_is_a_cue():
    assert EXPECTED_CUE_RE.search("The ferry is now expected to sail in May.")


def test_the_cue_pattern_is_linear_on_a_huge_sentence():
    # A 200 KB "sentence" of near-misses: the cue scan stays linear.
    text = "Acme is widely still expected " * 7_000 + "to."
    started = time.process_time()
    assert EXPECTED_CUE_RE.search(text) is None
    assert time.process_time() - started < 1.0  # CPU seconds
