"""The map's unit of work: one batch of articles in, one compact result per article out.

``analyse_articles`` is what every runner calls (in-process, a local worker process or
a Dask worker): split into sentences, run the spaCy pass (entities and parse, when
asked), and rank every sentence with the summarizer. What comes back is an
``ArticleResult``: sentences, entity mentions, the plain ``ParsedDoc`` and one score per
sentence; no spaCy object and no copy of the article's text (the reduce re-attaches the
text it already holds), so results are cheap to send between processes and to cache.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from briefing.analyse import analyse_document
from briefing.failures import described
from briefing.model import AnalysedDocument, Document, Mention, ScoredSentence, Sentence
from briefing.parsed import ParsedDoc


@dataclass(frozen=True)
class MapSettings:
    """The configuration the per-article work depends on (part of every cache key)."""

    summarizer: str = "lexrank"
    entities: bool = True
    # Parse only the sentences that pay (``briefing.analyse.depth``), in a large build.
    selective: bool = False


@dataclass
class ArticleResult:
    """What the map keeps of one article. ``sentences[*].doc`` is 0 until ``attach``."""

    sentences: list[Sentence]
    mentions: list[Mention]
    parse: ParsedDoc | None
    scores: list[float]  # the summarizer's score of each sentence, in order
    # What ``Extra`` made of the analysed article where it was analysed (not cached; the
    # reduce takes it and drops it: ``map_articles``' ``on_analysed``).
    extra: Any = None
    # Why the article could not be analysed (``failures.described``), "" when it was: no
    # result, never cached; the build skips the source, saying so (``unanalysable``).
    failed: str = ""

    def detach(self) -> ArticleResult:
        """Drop the article text from the parse (the receiver has it); return self."""
        if self.parse is not None:
            self.parse.text = ""
        return self

    def attach(
        self, document: Document, index: int
    ) -> tuple[AnalysedDocument, list[ScoredSentence]]:
        """The analysed document as source ``index`` of a corpus, and its scored sentences."""
        for s in self.sentences:
            s.doc = index
        if self.parse is not None:
            self.parse.text = document.text  # shared with the Document, not a copy
        adoc = AnalysedDocument(document, self.sentences, self.mentions, self.parse)
        scored = [ScoredSentence(s, x) for s, x in zip(self.sentences, self.scores, strict=True)]
        return adoc, scored


# A module-level function of an analysed article (sent by reference to a worker process or
# a Dask worker), run where the article was analysed; its value comes back as
# ``ArticleResult.extra``. The pipeline hands in compose's memo answers
# (``briefing.compose.premap``), so the reduce of a first build finds them worked out.
Extra = Callable[[AnalysedDocument], Any]


def analyse_articles(
    documents: list[Document], settings: MapSettings, extra: Extra | None = None
) -> list[ArticleResult]:
    """The per-article work for a batch of articles (one spaCy ``pipe`` over the batch);
    an article whose analysis raises gets a ``failed`` result (``one_by_one``)."""

    def work(batch: list[Document]) -> list[ArticleResult]:
        adocs = [analyse_document(d, 0) for d in batch]
        return _parse(adocs, _scores(adocs, settings), settings, extra)

    return one_by_one(work, documents)


def score_articles(documents: list[Document], settings: MapSettings) -> list[ArticleResult]:
    """The summarizer's half of ``analyse_articles``: results holding each sentence's
    score only (or ``failed``), per article."""

    def work(batch: list[Document]) -> list[ArticleResult]:
        adocs = [analyse_document(d, 0) for d in batch]
        return [ArticleResult([], [], None, x) for x in _scores(adocs, settings)]

    return one_by_one(work, documents)


def parse_for_transfer(documents: list[Document], settings: MapSettings) -> list[ArticleResult]:
    """The spaCy half of ``analyse_articles`` (results with no scores yet, and without the
    texts), for a process that never imports the summarizer (``map_with_standby``). Only
    where the choice of sentences to parse does not need the scores."""
    if settings.selective:
        raise ValueError("a selective parse needs the summarizer's scores")

    def work(batch: list[Document]) -> list[ArticleResult]:
        adocs = [analyse_document(d, 0) for d in batch]
        return _parse(adocs, [[] for _ in adocs], settings)

    return [r.detach() for r in one_by_one(work, documents)]


def one_by_one(
    work: Callable[[list[Document]], list[ArticleResult]], documents: list[Document]
) -> list[ArticleResult]:
    """``work(documents)``, or, when it raises, ``work`` of each article alone, so that
    only the article whose analysis raises is lost: its result is ``failed``, saying the
    error and the line (``failures.described``).

    One source must never fail a run: a bug that one article's text sets off (in the
    sentence splitter, spaCy's pass or the summarizer) failed the whole build. Not a
    blanket catch: the error is the skipped source's reason on the console and in the
    brief, and the build's exit code is 1. ``MemoryError`` still ends the build."""
    try:
        return work(documents)
    except MemoryError:
        raise
    except Exception as exc:
        if len(documents) == 1:
            return [ArticleResult([], [], None, [], failed=described(exc, __file__))]
    return [r for d in documents for r in one_by_one(work, [d])]


def _scores(adocs: list[AnalysedDocument], settings: MapSettings) -> list[list[float]]:
    # Imported here: a process that only parses (the standby) never loads sumy and nltk.
    from briefing.summarise import summarise_document

    return [[s.score for s in summarise_document(a, settings.summarizer)] for a in adocs]


def _parse(
    adocs: list[AnalysedDocument],
    scores: list[list[float]],
    settings: MapSettings,
    extra: Extra | None = None,
) -> list[ArticleResult]:
    if settings.entities:
        from briefing.analyse.entities import annotate_documents

        deep = None
        if settings.selective:
            from briefing.analyse.depth import deep_sentences

            deep = [deep_sentences(a, x) for a, x in zip(adocs, scores, strict=True)]
        annotate_documents(adocs, deep=deep)
    return [
        ArticleResult(a.sentences, a.mentions, a.parse, x, None if extra is None else extra(a))
        for a, x in zip(adocs, scores, strict=True)
    ]


def warm_up(settings: MapSettings) -> None:
    """Load what the work needs once per process (the spaCy model), before any article."""
    if settings.entities:
        from briefing.analyse.entities import load_nlp

        load_nlp()


def warm_scoring(settings: MapSettings) -> None:
    """Import the summarizer the work scores with (sumy, nltk: ~0.2 CPU s, s53), as a
    worker starts; a process that only parses (the standby) never calls it."""
    from briefing.summarise.sumy_methods import make_summarizer

    make_summarizer(settings.summarizer)


def analyse_for_transfer(
    documents: list[Document], settings: MapSettings, extra: Extra | None = None
) -> list[ArticleResult]:
    """``analyse_articles`` for a worker: results without the texts the build already holds."""
    return [r.detach() for r in analyse_articles(documents, settings, extra)]
