"""Open questions, candidates: what raises a question, what does not, and ranking."""

from __future__ import annotations


def test_rhetorical_headline_question_is_dropped(questions):
    qs = questions(
        "When will the mayor ever learn?\n\nThe mayor spoke on Monday about the new budget plan."
    )
    assert qs == []


def test_non_questions_are_not_reported(questions):
    qs = questions(
        "Raise your hand if the council ever asked you for advice.\n\n"
        "For any questions about our guidelines, please contact the editor."
    )
    assert qs == []


def test_max_questions_and_ranking(questions):
    qs = questions(
        "Senator Jane Smith asked whether the agency would publish the inspection report.\n\n"
        "It is unclear whether the new pipes will last a decade.\n\n"
        "Mayor Ann Lee demanded Acme hand over its safety records.",
        max_questions=2,
    )
    assert len(qs) == 2
    assert all(q.raised_by for q in qs)  # the officials' questions outrank the hedge


def test_question_about_an_unnamed_they_is_dropped(questions_of) -> None:
    from briefing.analyse import analyse as run_analysis
    from briefing.model import Document as Doc

    text = (
        "Much of the research on herbal sleep remedies is weak, so more study is needed to "
        "determine if they really help restless sleepers, according to the review."
    )
    source = run_analysis([Doc(location="a.txt", text=text)], entities=True)
    assert not any(q.question.startswith("Do they") for q in questions_of(source))
