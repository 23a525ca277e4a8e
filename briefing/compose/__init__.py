"""Compose: merge the analysed, summarised articles into the ``Brief`` model.

This module only orchestrates; each section has its own module:
``synthesis`` (executive summary, background), ``actors``, ``questions``,
``divergences``, ``timeline`` and ``digests`` (each source's own summary); ``editorial``
dates the summary's and background's statements and completes what they leave unsaid.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from briefing import __version__, forked
from briefing.compose import article_memo, guarded, memo, story_indexes
from briefing.compose.actors import Candidate, actor_candidates, rank_actors, written
from briefing.compose.corroboration import story_reports
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
from briefing.compose.source_list import completed, taken_entries
from briefing.compose.synthesis import Synthesis, synthesise
from briefing.compose.timeline import build_timeline
from briefing.compose.title import story_title
from briefing.compose.title_reads import article_stemmed
from briefing.compose.unplaced import placed
from briefing.config import Config
from briefing.model import (
    Brief,
    ComposeError,
    Corpus,
    Divergence,
    ScoredSentence,
    Skipped,
    SourceEntry,
    Statement,
)
from briefing.shares import Shares


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
    questions while that one goes on with the rest; then both take the timeline and the
    title (``TAIL``), and then the source digests that are left, that one from the first
    on, this one from the last one back (``source_list``). The brief is the same either way.
    A section whose code fails is left empty, and a digest plain, the failure told in
    ``Brief.compose_errors`` (``guarded``)."""
    focus = config.focus or None
    entities = any(d.parse is not None for d in corpus.docs)
    errors: list[ComposeError] = []
    digests = Shares(len(corpus.docs), shared=parallel and forked.can_fork())
    tail = Shares(len(TAIL), shared=parallel and forked.can_fork())
    with (
        _indexes(corpus, parallel),
        forked.stream(
            _beside_synthesis,
            corpus,
            per_article,
            config,
            entities,
            _Shared(digests, tail),
            inline=not parallel,
        ) as side,
    ):
        synthesis, summary, background = _synthesis(corpus, per_article, config, errors)
        actors: _Actors = side.next()
        actors.absorb()
        # Actors need the spaCy pass; without it (--no-entities) the section stays empty.
        key_actors = guarded.run(
            errors,
            "key_actors",
            list,
            lambda: (
                rank_actors(
                    actors.candidates or [],
                    summary=synthesis.executive_summary if synthesis else [],
                    max_actors=config.max_actors,
                )
                if entities and actors.candidates is not None
                else []
            ),
        )
        # The questions name who asked by the key actors and are answered by the
        # synthesis's statements: without those a question could be credited to the party
        # asked, or shown open when the coverage answers it; they are left out instead.
        lost = _lost(synthesis, [*errors, *actors.errors])
        open_questions = guarded.run(
            errors,
            "open_questions",
            list,
            lambda: (
                find_open_questions(
                    corpus,
                    max_questions=config.max_questions,
                    statements=synthesis.statements if synthesis else [],
                    key_actors=key_actors,
                    focus=focus,
                    counts=actors.story,
                )
                if actors.story is not None and lost is None
                else []
            ),
        )
        if lost is not None:
            errors.append(lost)
        # The tail sections, then the digests, the process beside has not reached yet.
        ends = _tail_sections(corpus, config, errors, tail.last())
        sentences = config.per_article_sentences
        here = taken_entries(corpus, per_article, sentences, errors, digests.last())
        aside: _Aside = side.next()
        aside.absorb()
        ends.update(aside.ends)
        # Any the process beside took and never sent (it died), worked out here.
        left = [i for i, name in enumerate(TAIL) if name not in ends]
        ends.update(_tail_sections(corpus, config, errors, left))
        sources = completed(corpus, per_article, sentences, errors, aside.sources, here)
    return Brief(
        title=config.title or ends["title"],
        date=(today or dt.date.today()).isoformat(),
        executive_summary=summary,
        background=background,
        key_actors=key_actors,
        open_questions=open_questions,
        divergences=aside.divergences,
        timeline=ends["timeline"],
        sources=sources,
        skipped=list(skipped or []),
        focus=focus,
        audience=config.audience or None,
        organisation=config.organisation or None,
        summarizer=config.summarizer,
        generator=f"briefing {__version__}",
        compose_errors=guarded.in_order([*errors, *actors.errors, *aside.errors]),
    )


def _lost(synthesis: Synthesis | None, errors: list[ComposeError]) -> ComposeError | None:
    """Why the open questions are left out, when what they read failed: the key actors,
    or the synthesis (not only its editing)."""
    actors = next((e for e in errors if e.section == "key_actors"), None)
    if actors is not None:
        return ComposeError(
            "open_questions",
            f"it reads the key actors, which failed: {actors.error}",
            None,
            guarded.EMPTY,
        )
    if synthesis is None:
        summary = next(e for e in errors if e.section == "executive_summary")
        return ComposeError(
            "open_questions",
            f"it reads the synthesis, which failed: {summary.error}",
            None,
            guarded.EMPTY,
        )
    return None


def _synthesis(
    corpus: Corpus,
    per_article: list[list[ScoredSentence]],
    config: Config,
    errors: list[ComposeError],
) -> tuple[Synthesis | None, list[Statement], list[Statement]]:
    """The synthesis (its statements and summary for the other sections; None when its
    code failed), and the
    executive summary and background as shown: dated and edited (``editorial``), the
    background's unplaced statements left out. If their code fails, both are shown empty
    (the error added to ``errors`` for each): a statement left undated or without its notes
    is no statement the brief promises; the other sections still read the synthesis when
    only its editing failed."""
    failed: list[ComposeError] = []
    synthesis = guarded.run(
        failed,
        "executive_summary",
        lambda: None,
        lambda: synthesise(
            corpus,
            per_article,
            summary_words=config.summary_words,
            background_words=config.background_words,
            focus=config.focus or None,
        ),
    )

    def edited(synthesis: Synthesis) -> tuple[list[Statement], list[Statement]]:
        edit(
            [*synthesis.executive_summary, *synthesis.background],
            synthesis.origins,
            corpus,
            synthesis.dates,
        )
        # An empty or shorter background beats one a reader cannot place in time.
        return synthesis.executive_summary, [s for s in synthesis.background if placed(s)]

    shown: tuple[list[Statement], list[Statement]] = ([], [])
    if synthesis is not None:
        shown = guarded.run(failed, "executive_summary", lambda: ([], []), edited, synthesis)
    for error in failed:
        errors += [error, dataclasses.replace(error, section="background")]
    return synthesis, *shown


@contextmanager
def _indexes(corpus: Corpus, parallel: bool) -> Iterator[None]:
    """Share the story's indexes among the sections (``story_indexes``); with
    ``parallel``, build those both processes read before the second one is forked."""
    with story_indexes.kept(corpus):
        if parallel:  # one that fails fails again, under its guard, in the sections
            guarded.attempt(lambda: story_reports(corpus))
            guarded.attempt(lambda: story_support(corpus))
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
    errors: list[ComposeError]  # the sections (or digests) whose code failed there

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

    candidates: list[Candidate] | None  # None: their code failed
    story: StoryCounts | None  # None: its code failed (no open questions)


@dataclass
class _Aside(_Learnt):
    """The second item of ``_beside_synthesis``: the sections that need no summary."""

    divergences: list[Divergence]
    ends: dict[str, Any]  # the tail sections it took (``TAIL``), by name
    sources: dict[int, SourceEntry]  # the entries of the sources it took, by index


@dataclass
class _Shared:
    """What the two processes share out as they get to it: the source digests (by
    index) and the tail sections (``TAIL``, by index)."""

    digests: Shares
    tail: Shares


def _beside_synthesis(
    corpus: Corpus,
    per_article: list[list[ScoredSentence]],
    config: Config,
    entities: bool,
    shared: _Shared,
) -> Iterator[_Actors | _Aside]:
    """What compose needs no executive summary for: actor candidates and the questions'
    ``StoryCounts`` first (the caller ranks the actors once the summary is written, then
    finds the open questions, ~2 CPU s of benchmarks/scale.py's first build, while this
    goes on), then the divergences, then the tail sections (``TAIL``) and the source
    digests of ``shared`` the caller has not taken yet, from the first on (the title and
    the digests took 0.5 of the ~13 CPU s the build process spent on a second run of
    benchmarks/scale.py's 875 + 5 articles when this process made them all, while that one
    idled waiting for them)."""
    learning = _learning()
    errors: list[ComposeError] = []
    candidates = guarded.run(
        errors, "key_actors", lambda: None, lambda: actor_candidates(corpus) if entities else []
    )
    story = guarded.run(errors, "open_questions", lambda: None, story_counts, corpus)
    yield _Actors(**learning(), errors=errors, candidates=candidates, story=story)
    errors = []
    divergences = guarded.run(errors, "divergences", list, find_divergences, corpus)
    ends = _tail_sections(corpus, config, errors, shared.tail.first())
    sentences = config.per_article_sentences
    sources = taken_entries(corpus, per_article, sentences, errors, shared.digests.first())
    yield _Aside(
        **learning(),
        errors=errors,
        divergences=divergences,
        ends=ends,
        sources=sources,
    )


# The sections after the divergences that either process works out, whichever gets to
# each first (``compose_brief``): the process beside takes them from the first, the
# build's own from the last. The build's own process, done with the summary and the open
# questions, waited ~1.3 CPU s (load 8) for the process beside's divergences, timeline and
# title on the second run of benchmarks/scale.py's 875 + 5 articles; now it takes the title
# and the timeline meanwhile.
TAIL = ("timeline", "title")


def _tail_sections(
    corpus: Corpus, config: Config, errors: list[ComposeError], indices: Iterable[int]
) -> dict[str, Any]:
    """The tail sections (``TAIL``) at ``indices``, each as it is reached, by name: the
    timeline's events, and the story's title ("" when the config gives one)."""
    focus = config.focus or None
    ends: dict[str, Any] = {}
    for i in indices:
        if TAIL[i] == "timeline":
            ends["timeline"] = guarded.run(
                errors,
                "timeline",
                list,
                lambda: build_timeline(corpus, max_events=config.max_timeline, focus=focus),
            )
        elif config.title:
            ends["title"] = ""
        else:
            ends["title"] = guarded.run(
                errors,
                "title",
                lambda: _plain_title(corpus, config.focus),
                _story_title,
                corpus,
                config.focus,
                shown=guarded.PLAIN_TITLE,
            )
    return ends


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


def _plain_title(corpus: Corpus, focus: str) -> str:
    """A title when ``story_title``'s code fails: "Brief: <focus>", else the first
    article's headline, else "Brief"."""
    if focus:
        return f"Brief: {focus}"
    return next((d.document.title for d in corpus.docs if d.document.title), "Brief")
