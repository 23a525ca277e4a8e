"""Tests for the question context: the story's own words, worked out once per share."""

from __future__ import annotations

from briefing.compose.questions.context import QuestionContext

FERRY = [
    "The ferry sank off Dayton on Monday.",
    "Divers reached the ferry wreck on Sunday.",
    "Families of the ferry passengers gathered at the pier.",
    "The harbour office published the ferry timetable.",
    "A storm closed the Dayton pier for a day.",
]


def test_story_stems_are_the_words_of_a_share_of_the_articles(corpus):
    ctx = QuestionContext(corpus(*FERRY, entities=False))
    assert ctx.story_stems(0.5, 5) == {"ferri"}  # four of five; "dayton" and "pier" two
    assert {"ferri", "dayton", "pier"} <= ctx.story_stems(0.4, 5)
    assert ctx.story_stems(0.5, 5) is ctx.story_stems(0.5, 5)  # worked out once
    assert ctx.story_stems(0.5, 6) == frozenset()  # too few articles for a story
