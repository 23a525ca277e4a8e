"""Indexes of the whole story that several sections read, built once per brief.

The summary's citations (``marks``) and the divergences' reporters both index every
sentence's fact stems (``Corroboration``); the summary and the timeline both index every
sentence's content stems (``SupportIndex``); the questions, the disputes, the positions
and the timeline each summed the story's vocabulary (``story_vocabulary``). Each was built
again by each section, and the sections run in two processes (``compose_brief``): in a
second run over benchmarks/scale.py's 875 + 5 articles, ``Corroboration`` was built in
both (~1% of the run's samples each, in a wall-clock profile) and the vocabulary summed
five times.

``kept(corpus)`` holds them for one brief: a section asks ``of(corpus, name, build)``
(``corroboration.story_reports``, ``near_duplicates.story_support``) and gets the index
built once for that very corpus object (any other corpus, or no brief being composed,
builds its own). ``compose_brief`` builds the shared ones before the forked process
starts, which then reads them from the memory it inherits instead of building them
again. The indexes are pure functions of the corpus; a section that adds to one
(``Corroboration``'s readers) works on its own copy. They go when the brief is made,
before the build renders it (the parses go then too).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from briefing.model import Corpus

T = TypeVar("T")

_story: list[Corpus] = []  # the corpus of the brief being composed (none or one)
_built: dict[Hashable, Any] = {}  # its indexes by name (and arguments)


@contextmanager
def kept(corpus: Corpus) -> Iterator[None]:
    """Share the indexes of ``corpus`` among the sections while composing its brief."""
    _story[:] = [corpus]
    _built.clear()
    try:
        yield
    finally:
        _story.clear()
        _built.clear()


def of(corpus: Corpus, name: Hashable, build: Callable[[], T]) -> T:
    """The index ``name`` of ``corpus``, which ``build`` makes: built once while the brief of
    that corpus is composed (``kept``), else every time."""
    if not _story or _story[0] is not corpus:
        return build()
    if name not in _built:
        _built[name] = build()
    return _built[name]
