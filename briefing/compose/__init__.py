"""Compose: merge the analysed, summarised articles into the ``Brief`` model.

This module only orchestrates; each section has its own module:
``synthesis`` (executive summary, background), ``actors``, ``questions``,
``divergences``, ``timeline`` and ``digests`` (each source's own summary); ``editorial``
dates the summary's and background's statements and completes what they leave unsaid.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from briefing import __version__, forked
from briefing.compose import article_memo, memo
from briefing.compose.actors import Candidate, actor_candidates, rank_actors, written
from briefing.compose.digests import source_digest
from briefing.compose.divergences import find_divergences
from briefing.compose.editorial import edit
from briefing.compose.near_duplicates import content_stems, known_stems, learn_stems, stems_since
from briefing.compose.questions import find_open_questions
from briefing.compose.synthesis import synthesise
from briefing.compose.timeline import build_timeline
from briefing.compose.title import story_title
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
    worked out in a forked process while this one writes the summary; the brief is the same
    either way."""
    focus = config.focus or None
    entities = any(d.parse is not None for d in corpus.docs)
    with forked.start(
        _beside_synthesis, corpus, per_article, config, entities, inline=not parallel
    ) as side:
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
        aside = side.result()
        brief = Brief(
            title=config.title or aside.title,
            date=(today or dt.date.today()).isoformat(),
            executive_summary=synthesis.executive_summary,
            # An empty or shorter background beats one a reader cannot place in time.
            background=[s for s in synthesis.background if placed(s)],
            sources=aside.sources,
            skipped=list(skipped or []),
            focus=focus,
            audience=config.audience or None,
            organisation=config.organisation or None,
            summarizer=config.summarizer,
            generator=f"briefing {__version__}",
        )
        brief.divergences, brief.timeline = aside.divergences, aside.timeline
    memo.absorb(aside.learnt)
    article_memo.absorb(aside.articles)
    written.absorb(aside.counts)
    learn_stems(aside.stems)
    # Actors need the spaCy pass; without it (--no-entities) the section stays empty.
    if entities:
        brief.key_actors = rank_actors(
            aside.candidates, summary=synthesis.executive_summary, max_actors=config.max_actors
        )
    brief.open_questions = find_open_questions(
        corpus,
        max_questions=config.max_questions,
        statements=synthesis.statements,
        key_actors=brief.key_actors,
        focus=focus,
    )
    return brief


@dataclass
class _Aside:
    """What compose works out beside the executive summary (``_beside_synthesis``)."""

    candidates: list[Candidate]
    divergences: list[Divergence]
    timeline: list[TimelineEvent]
    title: str  # the story's title, when the config gives none ("" when it does)
    sources: list[SourceEntry]
    # The memo answers and lower-case counts worked out beside: sent back from a forked
    # process, they save the caller the work and go to the cache.
    learnt: memo.Learnt
    articles: article_memo.Learnt
    counts: written.Counts | None
    # The stems worked out beside (the parts of hyphenated stems, new words): kept with the
    # stem table, so that later builds stem them without nltk (``near_duplicates._stemmer``).
    stems: dict[str, str]


def _beside_synthesis(
    corpus: Corpus,
    per_article: list[list[ScoredSentence]],
    config: Config,
    entities: bool,
) -> _Aside:
    """What compose needs no executive summary for: actor candidates, divergences, the
    timeline, the title and the source digests (the last two took 0.5 of the ~13 CPU s
    the build process spent on a second run of benchmarks/scale.py's 875 + 5 articles,
    while this process idled waiting for the summary)."""
    before, articles, stems = memo.mark(), article_memo.mark(), len(known_stems())
    focus = config.focus or None
    return _Aside(
        candidates=actor_candidates(corpus) if entities else [],
        divergences=find_divergences(corpus),
        timeline=build_timeline(corpus, max_events=config.max_timeline, focus=focus),
        title="" if config.title else _story_title(corpus, config.focus),
        sources=source_entries(corpus, per_article, config.per_article_sentences),
        learnt=memo.learnt_since(before),
        articles=article_memo.learnt_since(articles),
        counts=written.changed(),
        stems=stems_since(stems),
    )


def _story_title(corpus: Corpus, focus: str) -> str:
    """The title for a brief built without one (see ``title``)."""
    headlines = [d.document.title for d in corpus.docs]
    articles = [
        frozenset().union(*(content_stems(s.words) for s in d.sentences)) for d in corpus.docs
    ]
    return story_title(focus, headlines, articles, [d.document.text for d in corpus.docs])
