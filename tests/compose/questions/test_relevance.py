"""Tests for the story's relevance tests and ``StoryCounts``, what the questions read of the
whole story (worked out beside the executive summary in a build)."""

from __future__ import annotations

from briefing.analyse import analyse
from briefing.compose.actors import extract_actors
from briefing.compose.questions import find_open_questions
from briefing.compose.questions.context import QuestionContext, sentence_df
from briefing.compose.questions.relevance import (
    StoryRelevance,
    story_counts,
    story_nouns,
    story_terms,
)
from briefing.config import Config
from briefing.model import Document

QUARRY = [
    "Senator Mara Pell asked whether the quarry would keep pumping water from the river.",
    "The quarry pumped water from the river at Oldham all summer, Pell said.",
    "Residents of Oldham asked whether the quarry permit would be renewed.",
    "The county board will decide whether the quarry may keep pumping.",
    "Fishermen said the river ran low near the quarry in August.",
    "The quarry owner, Stonewick Ltd, said the pumping was within its permit.",
]


def test_story_counts_are_what_each_reader_works_out_alone(corpus):
    source = corpus(*QUARRY)
    counts = story_counts(source)
    assert counts.df == sentence_df(source) == QuestionContext(source).df
    assert counts.df["quarry"] == 6
    assert counts.nouns == story_nouns(source)
    alone = StoryRelevance(source)
    assert (counts.weights, counts.setting) == (alone.weights, alone.setting)
    assert story_terms(source, "river", counts=counts) == story_terms(source, "river")


def test_no_parse_no_nouns(corpus):
    source = corpus(*QUARRY, entities=False)
    assert story_counts(source).nouns is None
    assert story_terms(source, None, counts=story_counts(source)) == story_terms(source, None)


def test_questions_with_the_counts_given_are_the_same():
    docs = [Document(location=f"d{i}.txt", text=t, title=f"Doc {i}") for i, t in enumerate(QUARRY)]
    source = analyse(docs, entities=True)
    actors = extract_actors(source, max_actors=Config().max_actors)
    alone = find_open_questions(source, key_actors=actors, focus="quarry pumping")
    given = find_open_questions(
        source, key_actors=actors, focus="quarry pumping", counts=story_counts(source)
    )
    assert alone == given
    assert alone  # the test says something: there are questions
