"""Tests for the precision rules on open questions: a dangling subject, a question a later
article takes up."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from briefing.compose.questions.later import dangling_subject, named_subject

MAY_2 = dt.date(2024, 5, 2)
MAY_20 = dt.date(2024, 5, 20)


@pytest.mark.parametrize(
    ("question", "dangles"),
    [
        ("Does the remedy work?", True),
        ("How soon will the data show the cause?", True),
        ("Were the Acme claims true?", True),  # a name's shell noun: which claims?
        ("Will the government change course?", True),
        ("Will the public accept the plan?", False),  # clear on its own
        ("Will the Security Council approve an inquiry?", False),
        ("How did the Dutch government pick the sites?", False),
        ("Will Acme close the Dayton plant?", False),
        ("Did a short circuit cause the fire?", False),  # no definite subject
    ],
)
def test_dangling_subject(question, dangles):
    assert dangling_subject(question) is dangles


def test_named_subject():
    assert named_subject("Will the United Nations send more staff?") == (
        "Nations",
        ["send", "more", "staff"],
    )
    assert named_subject("Are Acme's plans final?") == ("Acme", ["plans", "final"])
    assert named_subject("How long will Ann Lee stay?") == ("Lee", ["stay"])
    assert named_subject("Did a short circuit cause the fire?") is None


def test_long_inputs_are_quick():
    long_caps = "Will the " + "Acme " * 40_000 + "plan work?"
    long_words = "Will Acme " + "close " * 40_000 + "?"
    start = time.process_time()
    dangling_subject(long_caps)
    named_subject(long_caps)
    named_subject(long_words)
    assert time.process_time() - start < 1.0


ASKED = "Mayor Ann Lee asked whether Acme would close the Dayton plant."


@pytest.mark.parametrize(
    ("later", "shown"),
    [
        # The later article names Acme and the plant: the coverage took the question up
        # (here with another verb, which the answer rules cannot tell).
        ("Acme kept the Dayton plant running with a smaller crew.", False),
        # Still not known later: the question stays open.
        ("It is still unclear whether Acme will keep the Dayton plant.", True),
        # Acme named about something else: the question stays open.
        ("Acme reported higher sales in Europe.", True),
    ],
)
def test_a_question_a_later_article_takes_up(later, shown, dated_questions):
    qs = dated_questions((MAY_2, ASKED), (MAY_20, later))
    assert bool([q for q in qs if q.status == "open" and "Dayton plant" in q.question]) is shown


def test_a_same_day_article_does_not_take_it_up(dated_questions):
    qs = dated_questions(
        (MAY_2, ASKED), (MAY_2, "Acme kept the Dayton plant running with a smaller crew.")
    )
    assert [q.question for q in qs if q.status == "open"] == ["Will Acme close the Dayton plant?"]


def test_still_unknown_keeps_it_open_until_a_later_article_takes_it_up(dated_questions):
    unclear = "It is still unclear whether Acme will keep the Dayton plant."
    kept = "Acme kept the Dayton plant running with a smaller crew."
    may_9 = dt.date(2024, 5, 9)
    # Still unclear on May 20, after it was taken up on May 9: open.
    qs = dated_questions((MAY_2, ASKED), (may_9, kept), (MAY_20, unclear))
    assert [q.question for q in qs if q.status == "open"] == ["Will Acme close the Dayton plant?"]
    # Unclear on May 9, taken up on May 20: the coverage moved past it.
    qs = dated_questions((MAY_2, ASKED), (may_9, unclear), (MAY_20, kept))
    assert [q.question for q in qs if q.status == "open"] == []


LEE_ASKED = "Council members asked whether Mayor Ann Lee would return his bonus to the city."


@pytest.mark.parametrize(
    ("asked", "later", "question"),
    [
        # "pursue" of another thing: the question on the reform is still open.
        (
            "Mayor Ann Lee asked whether Acme would pursue reform at the Dayton plant.",
            "One goal Acme appears determined to pursue is lower costs.",
            "Will Acme pursue reform at the Dayton plant?",
        ),
        # "his" and "said" are in any later sentence on Lee: they tell nothing of his pay.
        (
            LEE_ASKED,
            "Lee said his schedule for the summer festival was full.",
            "Will Mayor Ann Lee return his bonus to the city?",
        ),
    ],
)
def test_a_later_sentence_of_other_things_does_not_take_up_a_question(
    asked, later, question, dated_questions
):
    qs = dated_questions((MAY_2, asked), (MAY_20, later))
    assert [q.question for q in qs if q.status == "open"] == [question]


def test_a_later_report_of_what_is_asked_takes_it_up(dated_questions):
    qs = dated_questions((MAY_2, LEE_ASKED), (MAY_20, "Lee kept the bonus, his office said."))
    assert [q.question for q in qs if q.status == "open"] == []


ASKED_RECORDS = (
    "Mayor Ann Lee asked whether Acme would give its sonar logs to the Route 9 ferry inquiry."
)
FERRY_STORY = [
    (dt.date(2024, 5, 1), "The Route 9 ferry sank off Dayton on Monday with 40 passengers."),
    (MAY_2, ASKED_RECORDS),
    (dt.date(2024, 5, 6), "Divers reached the ferry wreck on Sunday, the coast guard said."),
    (dt.date(2024, 5, 9), "Families of the ferry passengers gathered at the Dayton pier."),
]


def test_a_story_word_or_figure_of_a_side_phrase_does_not_take_up_a_question(dated_questions):
    # "ferry" is in every article: "Acme ... Route 9 ferry" tells which story, not whether
    # Acme gave its logs (the question has the ferry and its number only in "to the ...
    # inquiry").
    later = (MAY_20, "Acme said the Route 9 ferry had passed its last safety inspection.")
    qs = dated_questions(*FERRY_STORY, later)
    assert [q.question for q in qs if q.status == "open"] == [
        "Will Acme give its sonar logs to the Route 9 ferry inquiry?"
    ]
    # A later report of the logs themselves takes it up.
    later = (MAY_20, "Acme kept the sonar logs back, the ferry inquiry said.")
    qs = dated_questions(*FERRY_STORY, later)
    assert [q.question for q in qs if q.status == "open"] == []
