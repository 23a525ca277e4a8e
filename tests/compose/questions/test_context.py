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


def test_reports_after_passes_over_articles_not_holding_the_strings(corpus):
    ctx = QuestionContext(corpus(*FERRY))
    asked = [ctx.corpus.docs[0].sentences[0]]

    def naming_dayton(s):
        return "Dayton" in s.text

    found = [s.text for _, s in ctx.reports_after(asked, naming_dayton)]
    held = [s.text for _, s in ctx.reports_after(asked, naming_dayton, holding=["Dayton"])]
    assert held == found == [FERRY[0], FERRY[4]]
    assert not list(ctx.reports_after(asked, naming_dayton, holding=["Dayton", "Zarn"]))
    assert ctx.said(ctx.corpus.docs[4]) == FERRY[4]  # its sentences' texts, one a line
