"""What's new between two editions: sources, statements, actors, questions."""

from __future__ import annotations

from collections.abc import Sequence

from briefing.compose.whats_new import comparable, diff_briefs
from briefing.model import (
    SHOWN_EMPTY,
    Actor,
    Brief,
    ComposeError,
    OpenQuestion,
    SourceEntry,
    Statement,
)


def make_brief(
    *,
    sources: list[tuple[str, str]],
    summary: Sequence[str] = (),
    background: Sequence[str] = (),
    actors: Sequence[tuple[str, list[str]]] = (),
    questions: Sequence[tuple[str, str]] = (),  # (question, status)
    date: str = "2026-11-21",
) -> Brief:
    return Brief(
        title="Budget",
        date=date,
        executive_summary=[Statement(t, [1]) for t in summary],
        background=[Statement(t, [1]) for t in background],
        key_actors=[Actor(name=n, type="person", aliases=a) for n, a in actors],
        open_questions=[OpenQuestion(q, context=q, sources=[1], status=s) for q, s in questions],
        sources=[
            SourceEntry(id=i + 1, title=t, location=loc) for i, (t, loc) in enumerate(sources)
        ],
    )


def test_comparable_ignores_case_spacing_punctuation_and_citations() -> None:
    assert comparable("The council  approved it [1][3].") == comparable("the Council approved it")


def test_diff_reports_each_kind_of_change() -> None:
    previous = make_brief(
        sources=[("Council votes", "a.txt"), ("Old piece", "old.txt")],
        summary=["The council approved the budget [1]."],
        background=["The city has run deficits for years."],
        actors=[("Jane Smith", ["Smith"])],
        questions=[("Who will staff the schools?", "open"), ("When is the vote?", "open")],
    ).to_dict()
    current = make_brief(
        sources=[("Council votes", "moved/a.txt"), ("Mayor responds", "b.txt")],
        summary=["The Council approved the budget [2].", "The mayor promised new schools."],
        background=["The city has run deficits for years."],
        actors=[("Jane Smith", []), ("Tom Lee", ["Lee"])],
        questions=[
            ("Who will staff the schools?", "answered"),
            ("When is the vote?", "open"),
            ("Will taxes rise?", "open"),
        ],
        date="2026-11-22",
    )
    news = diff_briefs(previous, current)
    assert news.since == "2026-11-21"
    assert news.new_sources == ["Mayor responds"]  # the moved file matches by title
    assert news.removed_sources == ["Old piece"]
    assert [s.text for s in news.new_statements] == ["The mayor promised new schools."]
    assert news.new_actors == ["Tom Lee"]
    assert news.answered_questions == ["Who will staff the schools?"]
    assert news.new_questions == ["Will taxes rise?"]


def test_identical_briefs_have_nothing_new() -> None:
    brief = make_brief(
        sources=[("Council votes", "a.txt")],
        summary=["The council approved the budget."],
        actors=[("Jane Smith", [])],
        questions=[("Who pays?", "open")],
    )
    news = diff_briefs(brief.to_dict(), brief)
    assert news.since == "2026-11-21"
    assert not (
        news.new_sources
        or news.removed_sources
        or news.new_statements
        or news.new_actors
        or news.answered_questions
        or news.new_questions
    )


def test_sparse_previous_brief_from_an_older_version_still_compares() -> None:
    current = make_brief(sources=[("Untitled", "a.txt")], summary=["A new fact."])
    news = diff_briefs({"date": "2026-11-01"}, current)
    assert news.new_sources == ["Untitled"]
    assert [s.text for s in news.new_statements] == ["A new fact."]


def test_a_section_the_last_edition_could_not_work_out_brings_nothing_new() -> None:
    """Its items were not missing from the coverage, only from that edition: told as new
    they would be news of a failure. The sections it did work out compare as ever."""
    previous = make_brief(
        sources=[("Council votes", "a.txt")], summary=["The council approved the budget."]
    )
    previous.compose_errors = [
        ComposeError(section, "IndexError", None, SHOWN_EMPTY)
        for section in ("background", "key_actors", "open_questions")
    ]
    current = make_brief(
        sources=[("Council votes", "a.txt")],
        summary=["The council approved the budget.", "The mayor promised new schools."],
        background=["The city has run deficits for years."],
        actors=[("Jane Smith", [])],
        questions=[("Who pays?", "open")],
    )
    news = diff_briefs(previous.to_dict(), current)
    assert [s.text for s in news.new_statements] == ["The mayor promised new schools."]
    assert not (news.new_actors or news.new_questions or news.answered_questions)
