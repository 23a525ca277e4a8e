"""Open questions, confirmed: a later finding that a state holds answers a question
whether it does."""

from __future__ import annotations

import datetime as dt

import pytest

AUG_2 = dt.date(1998, 8, 2)
JAN_10 = dt.date(1999, 1, 10)

ASKED = (
    "Yet the new samples from the Dorfield lakes fail to resolve the debate "
    "over whether lake acidification is really occurring."
)


def test_a_later_finding_that_the_state_holds_answers_the_question(questions_about):
    found = questions_about(
        "acidification",
        (AUG_2, ASKED),
        (
            JAN_10,
            "Lake scientists in many countries are in broad agreement that lake "
            "acidification is real and could harm the Dorfield fisheries.",
        ),
    )
    assert found and found[0].question == "Is lake acidification really occurring?"
    assert found[0].status == "answered"
    assert found[0].answer is not None and "broad agreement" in found[0].answer.text


@pytest.mark.parametrize(
    ("day", "later"),
    [
        pytest.param(
            JAN_10,
            "But there is still no solid evidence that lake acidification is even occurring in "
            "the Dorfield lakes.",
            id="no-evidence",
        ),
        pytest.param(
            JAN_10,
            "Dorfield anglers deny that lake acidification is happening, and say the "
            "fisheries are fine.",
            id="denied",
        ),
        pytest.param(
            JAN_10,
            "The organizers take it for granted that lake acidification is real in the "
            "Dorfield lakes.",
            id="an-opinion",
        ),
        pytest.param(
            AUG_2,
            "Lake scientists are in wide agreement that lake acidification is real in the "
            "Dorfield lakes.",
            id="same-day",
        ),
    ],
)
def test_what_does_not_answer_it(day, later, questions_about):
    found = questions_about("acidification", (AUG_2, ASKED), (day, later))
    assert found and found[0].status == "open"
