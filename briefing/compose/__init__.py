"""Compose: merge the analysed, summarised articles into the ``Brief`` model.

This module only orchestrates; each section has its own module:
``synthesis`` (executive summary, background), ``actors``, ``questions``,
``divergences``, ``timeline`` and ``digests`` (each source's own summary); ``editorial``
dates the summary's and background's statements and completes what they leave unsaid.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from briefing import __version__, forked
from briefing.compose import article_memo, memo, story_indexes
from briefing.compose.actors import Candidate, actor_candidates, rank_actors, written
from briefing.compose.corroboration import story_reports
from briefing.compose.digests import source_digest
from briefing.compose.divergences import find_divergences
from briefing.compose.editorial import edit
from briefing.compose.near_duplicates import (
    content_stems,
    known_stems,
    learn_stems,
    stems_since,
    story_support,
)
from briefing.compose.questions import find_open_questions
from briefing.compose.questions.relevance import StoryCounts, story_counts
from briefing.compose.synthesis import synthesise
from briefing.compose.timeline import build_timeline
from briefing.compose.title import story_title
from briefing.compose.title_reads import article_stemmed
from briefing.compose.unplaced import placed
from briefing.config import Config
from briefing.lang.words import words
from briefing.model import (
    Brief,
    Corpus,
    Divergence,
    ScoredSentence,
    Skipped,
    SourceEntry,
    TimelineEvent,
)


def source_entries(
    corpus: Corpus, per_article: list[list[ScoredSentence]] | None = None, sentences: int = 3
) -> list[SourceEntry]:
    per_article = per_article or [[] for _ in corpus.docs]
    return [
        SourceEntry(
            id=i + 1,
            title=d.document.title or _fallback_title(d.document.location),
            location=d.document.location,
            outlet=d.document.outlet,
            author=d.document.author,
            date=d.document.date.isoformat() if d.document.date else None,
            words=d.document.word_count,
            kind=d.document.kind,
            summary=source_digest(d, per_article[i], words(d.document.title), sentences),
        )
        for i, d in enumerate(corpus.docs)
    ]


def _fallback_title(location: str) -> str:
    return location.rstrip("/").rsplit("/", 1)[-1]


def compose_brief(
    corpus: Corpus,
    per_article: list[list[ScoredSentence]],
    config: Config,
    *,
    skipped: list[Skipped] | None = None,
    today: dt.date | None = None,
    parallel: bool = False,
) -> Brief:
    """The brief of ``corpus``. With ``parallel``, the sections that do not need the
    executive summary (actor candidates, divergences, timeline, title, source digests) are
    worked out in a forked process while this one writes the summary; the actor candidates
    come back first, so that this process ranks the key actors and finds the open
    questions while that one goes on with the rest. The brief is the same either way."""
    focus = config.focus or None
    entities = any(d.parse is not None for d in corpus.docs)
    with (
        _indexes(corpus, parallel),
        forked.stream(
            _beside_synthesis, corpus, per_article, config, entities, inline=not parallel
        ) as side,
    ):
        synthesis = synthesise(
            corpus,
            per_article,
            summary_words=config.summary_words,
            background_words=config.background_words,
            focus=focus,
        )
        edit(
            [*synthesis.executive_summary, *synthesis.background],
            synthesis.origins,
            corpus,
            synthesis.dates,
        )
        actors: _Actors = side.next()
        actors.absorb()
        # Actors need the spaCy pass; without it (--no-entities) the section stays empty.
        key_actors = (
            rank_actors(
                actors.candidates,
                summary=synthesis.executive_summary,
                max_actors=config.max_actors,
            )
            if entities
            else []
        )
        open_questions = find_open_questions(
            corpus,
            max_questions=config.max_questions,
            statements=synthesis.statements,
            key_actors=key_actors,
            focus=focus,
            counts=actors.story,
        )
        aside: _Aside = side.next()
        aside.absorb()
    return Brief(
        title=config.title or aside.title,
        date=(today or dt.date.today()).isoformat(),
        executive_summary=synthesis.executive_summary,
        # An empty or shorter background beats one a reader cannot place in time.
        background=[s for s in synthesis.background if placed(s)],
        key_actors=key_actors,
        open_questions=open_questions,
        divergences=aside.divergences,
        timeline=aside.timeline,
        sources=aside.sources,
        skipped=list(skipped or []),
        focus=focus,
        audience=config.audience or None,
        organisation=config.organisation or None,
        summarizer=config.summarizer,
        generator=f"briefing {__version__}",
    )


@contextmanager
def _indexes(corpus: Corpus, parallel: bool) -> Iterator[None]:
    """Share the story's indexes among the sections (``story_indexes``); with
    ``parallel``, build those both processes read before the second one is forked."""
    with story_indexes.kept(corpus):
        if parallel:
            story_reports(corpus)
            story_support(corpus)
        yield


@dataclass
class _Learnt:
    """What compose worked out beside the executive summary besides a section: the memo
    answers and lower-case counts, sent back from a forked process, save the caller the
    work and go to the cache; and the stems (the parts of hyphenated stems, new words),
    kept with the stem table, so that later builds stem them without nltk
    (``near_duplicates._stemmer``)."""

    learnt: memo.Learnt
    articles: article_memo.Learnt
    counts: written.Counts | None
    stems: dict[str, str]

    def absorb(self) -> None:
        """Keep them in this process."""
        memo.absorb(self.learnt)
        article_memo.absorb(self.articles)
        written.absorb(self.counts)
        learn_stems(self.stems)


@dataclass
class _Actors(_Learnt):
    """The first item of ``_beside_synthesis``: the key actors' candidates, and what the
    open questions read of the whole story."""

    candidates: list[Candidate]
    story: StoryCounts


@dataclass
class _Aside(_Learnt):
    """The second item of ``_beside_synthesis``: the sections that need no summary."""

    divergences: list[Divergence]
    timeline: list[TimelineEvent]
    title: str  # the story's title, when the config gives none ("" when it does)
    sources: list[SourceEntry]


def _beside_synthesis(
    corpus: Corpus,
    per_article: list[list[ScoredSentence]],
    config: Config,
    entities: bool,
) -> Iterator[_Actors | _Aside]:
    """What compose needs no executive summary for: actor candidates and the questions'
    ``StoryCounts`` first (the caller ranks the actors once the summary is written, then
    finds the open questions, ~2 CPU s of benchmarks/scale.py's first build, while this
    goes on), then divergences, the timeline, the title and the source digests (the last
    two took 0.5 of the ~13 CPU s the build process spent on a second run of
    benchmarks/scale.py's 875 + 5 articles, while this process idled waiting for the
    summary)."""
    focus = config.focus or None
    learning = _learning()
    candidates = actor_candidates(corpus) if entities else []
    story = story_counts(corpus)
    yield _Actors(**learning(), candidates=candidates, story=story)
    divergences = find_divergences(corpus)
    timeline = build_timeline(corpus, max_events=config.max_timeline, focus=focus)
    title = "" if config.title else _story_title(corpus, config.focus)
    sources = source_entries(corpus, per_article, config.per_article_sentences)
    yield _Aside(
        **learning(),
        divergences=divergences,
        timeline=timeline,
        title=title,
        sources=sources,
    )


def _learning() -> Callable[[], dict[str, Any]]:
    """A function giving the fields of ``_Learnt`` learnt since its last call (since now,
    the first time)."""
    before, articles, stems = memo.mark(), article_memo.mark(), len(known_stems())

    def since() -> dict[str, Any]:
        nonlocal before, articles, stems
        learnt = {
            "learnt": memo.learnt_since(before),
            "articles": article_memo.learnt_since(articles),
            "counts": written.changed(),
            "stems": stems_since(stems),
        }
        before, articles, stems = memo.mark(), article_memo.mark(), len(known_stems())
        return learnt

    return since


def _story_title(corpus: Corpus, focus: str) -> str:
    """The title for a brief built without one (see ``title``)."""
    headlines = [d.document.title for d in corpus.docs]
    articles = [
        frozenset().union(*(content_stems(s.words) for s in d.sentences)) for d in corpus.docs
    ]
    texts = [d.document.text for d in corpus.docs]
    return story_title(
        focus, headlines, articles, texts, lambda i, h: article_stemmed(corpus.docs[i], h)
    )
