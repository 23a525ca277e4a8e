"""Open questions, unknowns: what an article says is not known ("the fate of X is
unknown", "How X did it remains a mystery"), asked as a question, marked answered by a
later report that found it out, dropped when later coverage names it without saying."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from briefing.compose.questions.unknowns import ANSWERED_BY_ACT_RE
from briefing.lang.questions import ASPECT_SOUGHT_RE, FRONTED_UNKNOWN_RE, UNKNOWN_ASPECT_RE

from .conftest import searched_texts

# The story's setting, which names the plant and its buyer in more than one sentence.
SETTING = "Acme Gliders ran the Dover plant. Acme Gliders sold the Dover plant to Zenith Corp.\n\n"
TOLD, LATER = dt.date(2024, 6, 3), dt.date(2024, 6, 24)


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "The fate of 30 tons of resin stored at the Dover plant is unknown, the union said.",
            "What is the fate of 30 tons of resin stored at the Dover plant?",
        ),
        (
            "The immediate connection between the Dover plant and Zenith Corp, the firm run by "
            "Ann Lee whose gliders were sold the same week, was not clear.",
            "What is the immediate connection between the Dover plant and Zenith Corp?",
        ),
        (
            "The cause of the Dover plant fire has not been determined.",
            "What is the cause of the Dover plant fire?",
        ),
        (
            "More tests are needed before inspectors can establish the cause of the Dover plant "
            "fire, the union said.",
            "What is the cause of the Dover plant fire?",
        ),
        (
            "How Zenith Corp got the Dover plant remains a mystery.",
            "How did Zenith Corp get the Dover plant?",
        ),
        (
            "Whether Zenith Corp will keep the Dover plant is not known.",
            "Will Zenith Corp keep the Dover plant?",
        ),
        (
            "Union leaders say the key question is how Zenith Corp will pay for the Dover plant.",
            "How will Zenith Corp pay for the Dover plant?",
        ),
        (
            "Zenith Corp has not determined where the Dover plant fire started.",
            "Where did the Dover plant fire start?",
        ),
    ],
)
def test_what_is_said_to_be_unknown_is_asked(sentence, question, dated_questions):
    qs = dated_questions((TOLD, SETTING + sentence))
    assert [(q.question, q.status) for q in qs] == [(question, "open")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The type of glider it fell from has not been identified.",  # what "it" is
        "The size of the current resin stockpile is unknown.",  # which stockpile
        "How this happened at the Dover plant has not been determined.",  # what "this" is
        "How Zenith Corp made this deal for the Dover plant remains a mystery.",  # which deal
        "The cause of the Dover plant fire was not determined at that time.",  # history
        "Inspectors determined the cause of the Dover plant fire on Monday.",  # found out
        "Inspectors hope to establish the cause of the blaze.",  # which blaze
    ],
)
def test_no_question_of_an_unnamed_thing_or_a_past_lack(sentence, dated_questions):
    assert dated_questions((TOLD, SETTING + sentence)) == []


UNKNOWN_CAUSE = SETTING + "The cause of the Dover plant fire has not been determined."


def test_a_later_report_that_found_it_out_answers_it(dated_questions):
    qs = dated_questions(
        (TOLD, UNKNOWN_CAUSE),
        (LATER, "The Dover plant fire was caused by a faulty heater, the fire service said."),
    )
    assert [(q.question, q.status) for q in qs] == [
        ("What is the cause of the Dover plant fire?", "answered")
    ]
    assert qs[0].answer is not None and qs[0].answer.sources == [2]


def test_a_later_article_that_still_does_not_know_keeps_it_open(dated_questions):
    qs = dated_questions(
        (TOLD, UNKNOWN_CAUSE),
        (LATER, "Inspectors at the Dover plant said the fire's cause is still unclear."),
    )
    assert [q.status for q in qs] == ["open"]


@pytest.mark.parametrize(
    "later",
    [
        "Zenith Corp reopened the Dover plant after the fire.",  # no word of causing
        "Inspectors were unable to say what caused the Dover plant fire.",
        "A heater could have caused the Dover plant fire, a newspaper said.",  # a guess
    ],
)
def test_later_words_on_it_that_do_not_tell_the_cause_keep_it_open(later, dated_questions):
    qs = dated_questions((TOLD, UNKNOWN_CAUSE), (LATER, later))
    assert [q.status for q in qs] == ["open"]


def test_later_coverage_of_it_that_does_not_say_drops_it(dated_questions):
    qs = dated_questions(
        (TOLD, UNKNOWN_CAUSE),
        (LATER, "Zenith Corp blamed the Dover plant fire on its former owner."),
    )
    assert qs == []


@pytest.mark.parametrize(
    "later",
    [
        "The Dover plant fire was blamed on a faulty heater, the fire service said.",
        "The Dover plant fire has been attributed to a faulty heater.",
    ],
)
def test_a_later_finding_in_other_words_answers_it(later, dated_questions):
    qs = dated_questions((TOLD, UNKNOWN_CAUSE), (LATER, later))
    assert [(q.status, q.answer.sources if q.answer else None) for q in qs] == [("answered", [2])]


UNKNOWN_WHERE = SETTING + "Zenith Corp has not determined where the Dover plant fire started."


def test_a_later_report_of_the_act_answers_where(dated_questions):
    qs = dated_questions(
        (TOLD, UNKNOWN_WHERE),
        (LATER, "A welder started the Dover plant fire in the paint shop, inspectors said."),
    )
    assert [(q.question, q.status) for q in qs] == [
        ("Where did the Dover plant fire start?", "answered")
    ]
    assert qs[0].answer is not None and qs[0].answer.sources == [2]


@pytest.mark.parametrize(
    "later",
    [
        "Inspectors still have not found where the Dover plant fire started.",  # not told
        "The Dover plant fire may have started in the paint shop.",  # a guess
        "The Dover plant fire drew a crowd of onlookers.",  # the act is not told
    ],
)
def test_a_later_report_that_does_not_tell_the_act_does_not_answer_where(later, dated_questions):
    qs = dated_questions((TOLD, UNKNOWN_WHERE), (LATER, later))
    assert all(q.status != "answered" for q in qs)


@pytest.mark.parametrize("pattern", [UNKNOWN_ASPECT_RE, FRONTED_UNKNOWN_RE, ASPECT_SOUGHT_RE])
def test_the_patterns_are_fast_on_a_huge_sentence(pattern):
    # 200 KB of repeated cues with no clause break, and a 40,000-word capitalised run:
    # the scans stay linear.
    texts = [
        "How the fate of the Dover plant and " * 5_500,
        "to establish the cause of the Dover plant " * 4_700,
        "Whether " + "Acme " * 40_000,
    ]
    started = time.process_time()
    for text in texts:
        pattern.search(text)
    assert time.process_time() - started < 1.0  # CPU seconds


@pytest.mark.parametrize(
    ("question", "answered_by_the_act"),
    [
        ("Where were the stolen ferry tickets printed?", True),
        ("Who did the harbour board hire?", True),
        ("Why were the stolen ferry tickets printed?", False),
    ],
)
def test_where_who_and_when_a_later_report_of_the_act_answers(
    question: str, answered_by_the_act: bool
) -> None:
    assert bool(ANSWERED_BY_ACT_RE.match(question)) is answered_by_the_act


def test_a_grown_story_screens_the_sentences_of_its_new_article_only(corpus, monkeypatch):
    # Which sentences say something is not known or sought is read once per article.
    from briefing.compose import article_memo
    from briefing.compose.questions import unknowns
    from briefing.compose.questions.context import QuestionContext

    fate = "The fate of 30 tons of resin stored at the Dover plant is unknown, the union said."
    article_memo.forget()
    first = corpus(f"Workers left the plant on Monday. {fate}")
    before = unknowns.unknown_candidates(QuestionContext(first), first.docs[0])
    assert unknowns.unknown_screened(first.docs[0]) == frozenset({1})
    screened = searched_texts(monkeypatch, unknowns, "UNKNOWN_STATE_SCREENED")
    grown = corpus(f"Workers left the plant on Monday. {fate}", "Engineers inspected the dam.")
    after = unknowns.unknown_candidates(QuestionContext(grown), grown.docs[0])
    assert [c.question for c in after] == [c.question for c in before]
    assert [c.question for c in after] == [
        "What is the fate of 30 tons of resin stored at the Dover plant?"
    ]
    unknowns.unknown_candidates(QuestionContext(grown), grown.docs[1])
    assert screened == ["Engineers inspected the dam."]
