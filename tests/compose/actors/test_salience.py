"""Ranking: the executive summary raises salience; max_actors cuts the list."""

from __future__ import annotations

from collections.abc import Callable

from briefing.compose.actors import extract_actors
from briefing.model import Corpus, Statement


def test_summary_presence_raises_salience(two_stories: Corpus) -> None:
    corpus = two_stories
    plain = [a.name for a in extract_actors(corpus, max_actors=30)]
    target = plain[-1]
    boosted = extract_actors(
        corpus, summary=[Statement(f"{target} is at the centre of it.", [1])], max_actors=30
    )
    assert [a.name for a in boosted].index(target) < plain.index(target)


def test_max_actors_limits_the_list(
    corpus_of: Callable[..., Corpus], story_texts: tuple[str, str]
) -> None:
    assert len(extract_actors(corpus_of(story_texts[0]), max_actors=3)) == 3
