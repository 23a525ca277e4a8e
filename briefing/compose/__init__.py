"""Compose: merge the analysed, summarised articles into the ``Brief`` model.

This module only orchestrates; each section has its own module:
``synthesis`` (executive summary, background), ``actors``, ``questions``,
``divergences``, ``timeline`` and ``digests`` (each source's own summary); ``editorial``
dates the summary's and background's statements and completes what they leave unsaid.
"""

from __future__ import annotations

import datetime as dt

from briefing import __version__, forked
from briefing.compose import article_memo, memo
from briefing.compose.actors import Candidate, actor_candidates, rank_actors, written
from briefing.compose.digests import source_digest
from briefing.compose.divergences import find_divergences
from briefing.compose.editorial import edit
from briefing.compose.near_duplicates import content_stems
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
    executive summary (actor candidates, divergences, timeline) are worked out in a forked
    process while this one writes the summary; the brief is the same either way."""
    focus = config.focus or None
    entities = any(d.parse is not None for d in corpus.docs)
    with forked.start(
        _beside_synthesis, corpus, entities, config.max_timeline, focus, inline=not parallel
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
        brief = Brief(
            title=config.title or _story_title(corpus, config.focus),
            date=(today or dt.date.today()).isoformat(),
            executive_summary=synthesis.executive_summary,
            # An empty or shorter background beats one a reader cannot place in time.
            background=[s for s in synthesis.background if placed(s)],
            sources=source_entries(corpus, per_article, config.per_article_sentences),
            skipped=list(skipped or []),
            focus=focus,
            audience=config.audience or None,
            organisation=config.organisation or None,
            summarizer=config.summarizer,
            generator=f"briefing {__version__}",
        )
        candidates, brief.divergences, brief.timeline, (learnt, articles, counts) = side.result()
    memo.absorb(learnt)
    article_memo.absorb(articles)
    written.absorb(counts)
    # Actors need the spaCy pass; without it (--no-entities) the section stays empty.
    if entities:
        brief.key_actors = rank_actors(
            candidates, summary=synthesis.executive_summary, max_actors=config.max_actors
        )
    brief.open_questions = find_open_questions(
        corpus,
        max_questions=config.max_questions,
        statements=synthesis.statements,
        key_actors=brief.key_actors,
        focus=focus,
    )
    return brief


def _beside_synthesis(
    corpus: Corpus, entities: bool, max_timeline: int, focus: str | None
) -> tuple[
    list[Candidate],
    list[Divergence],
    list[TimelineEvent],
    tuple[memo.Learnt, article_memo.Learnt, written.Counts | None],
]:
    """What compose needs no executive summary for, and the memo answers and lower-case
    counts it worked out (sent back from a forked process, they save the caller the work
    and go to the cache)."""
    before, articles = memo.mark(), article_memo.mark()
    candidates = actor_candidates(corpus) if entities else []
    divergences = find_divergences(corpus)
    timeline = build_timeline(corpus, max_events=max_timeline, focus=focus)
    learnt = (memo.learnt_since(before), article_memo.learnt_since(articles), written.changed())
    return candidates, divergences, timeline, learnt


def _story_title(corpus: Corpus, focus: str) -> str:
    """The title for a brief built without one (see ``title``)."""
    headlines = [d.document.title for d in corpus.docs]
    articles = [
        frozenset().union(*(content_stems(s.words) for s in d.sentences)) for d in corpus.docs
    ]
    return story_title(focus, headlines, articles, [d.document.text for d in corpus.docs])
