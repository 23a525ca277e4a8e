"""The story's indexes are built once per brief, for that corpus only."""

from __future__ import annotations

from briefing.compose import story_indexes
from briefing.compose.corroboration import story_reports
from briefing.model import Corpus


def test_an_index_is_built_once_while_its_corpus_is_composed_and_dropped_after():
    story, other = Corpus(docs=[]), Corpus(docs=[])
    built: list[str] = []

    def build(name: str) -> object:
        built.append(name)
        return object()

    first = story_indexes.of(story, "x", lambda: build("free"))
    assert story_indexes.of(story, "x", lambda: build("free")) is not first  # none kept
    with story_indexes.kept(story):
        kept = story_indexes.of(story, "x", lambda: build("kept"))
        assert story_indexes.of(story, "x", lambda: build("kept")) is kept
        assert story_indexes.of(story, ("x", 1), lambda: build("args")) is not kept
        assert story_indexes.of(other, "x", lambda: build("other")) is not kept
    assert story_indexes.of(story, "x", lambda: build("after")) is not kept
    assert built == ["free", "free", "kept", "args", "other", "after"]


def test_the_story_reports_are_shared_and_a_reader_set_on_a_copy_stays_there():
    import copy

    story = Corpus(docs=[])
    with story_indexes.kept(story):
        reports = story_reports(story)
        assert story_reports(story) is reports
        mine = copy.copy(reports)
        mine.who = lambda s: frozenset()
        assert reports.who is None
