"""The brief's numbered sources, each with its digest (``digests.source_digest``).

A first build's digests are a few CPU seconds over hundreds of articles (each digest's
choice reads its article's parse), worked out in the process beside the executive
summary (``compose._beside_synthesis``) after the divergences, the timeline and the
title, while the build's own process, done with the summary and the open questions,
waited for them. Both processes now take the articles' digests as they get to them
(``briefing.shares``): the process beside from the first source on, the build's own
from the last one back, until they meet; the build then completes the list with any
entry neither sent (a process beside that died). Each digest is a question of its
article alone, so the list is the same whoever worked out which entry.
"""

from __future__ import annotations

from collections.abc import Iterable

from briefing.compose import guarded
from briefing.compose.digests import plain_digest, source_digest
from briefing.lang.words import words
from briefing.model import AnalysedDocument, ComposeError, Corpus, ScoredSentence, SourceEntry


def source_entries(
    corpus: Corpus,
    per_article: list[list[ScoredSentence]] | None = None,
    sentences: int = 3,
    errors: list[ComposeError] | None = None,
) -> list[SourceEntry]:
    """The numbered sources with their digests; a digest whose code fails is the
    summarizer's plain picks (``digests.plain_digest``), the failure added to ``errors``."""
    found = taken_entries(corpus, per_article, sentences, errors, range(len(corpus.docs)))
    return [found[i] for i in range(len(corpus.docs))]


def taken_entries(
    corpus: Corpus,
    per_article: list[list[ScoredSentence]] | None,
    sentences: int,
    errors: list[ComposeError] | None,
    indices: Iterable[int],
) -> dict[int, SourceEntry]:
    """The entries of the sources at ``indices`` (0-based, as each is reached: an
    iterator of ``Shares``), by index; as ``source_entries``."""
    per_article = per_article or [[] for _ in corpus.docs]
    errors = [] if errors is None else errors
    return {i: _entry(corpus.docs[i], per_article[i], sentences, i, errors) for i in indices}


def completed(
    corpus: Corpus,
    per_article: list[list[ScoredSentence]] | None,
    sentences: int,
    errors: list[ComposeError],
    *found: dict[int, SourceEntry],
) -> list[SourceEntry]:
    """Every source's entry, from those ``found`` (by index) and, for any none holds,
    worked out here."""
    entries: dict[int, SourceEntry] = {}
    for part in found:
        entries.update(part)
    missing = [i for i in range(len(corpus.docs)) if i not in entries]
    entries.update(taken_entries(corpus, per_article, sentences, errors, missing))
    return [entries[i] for i in range(len(corpus.docs))]


def _entry(
    adoc: AnalysedDocument,
    scored: list[ScoredSentence],
    sentences: int,
    index: int,
    errors: list[ComposeError],
) -> SourceEntry:
    document = adoc.document
    return SourceEntry(
        id=index + 1,
        title=document.title or _fallback_title(document.location),
        location=document.location,
        outlet=document.outlet,
        author=document.author,
        date=document.date.isoformat() if document.date else None,
        words=document.word_count,
        kind=document.kind,
        summary=_digest(adoc, scored, sentences, index + 1, errors),
    )


def _digest(
    adoc: AnalysedDocument,
    scored: list[ScoredSentence],
    sentences: int,
    source: int,
    errors: list[ComposeError],
) -> list[str]:
    """``source_digest`` of source ``source``; if its code fails, ``plain_digest`` (or
    none, if that fails too)."""
    return guarded.run(
        errors,
        "sources",
        lambda: guarded.run([], "sources", list, plain_digest, scored, sentences),
        lambda: source_digest(adoc, scored, words(adoc.document.title), sentences),
        source=source,
        shown=guarded.PLAIN_DIGEST,
    )


def _fallback_title(location: str) -> str:
    return location.rstrip("/").rsplit("/", 1)[-1]
