"""Shared by the compose tests: small made-up articles analysed (``articles``: the one
corpus builder; ``told_and_other``: a statement and another source's sentence, for the
corroboration tests; ``titled_article``: one article under its own title), or turned into
a timeline or a brief's shown statements (``shown_statements``); ``sentence_starting``
finds a sentence of an article by its opening words."""

from __future__ import annotations

import datetime as dt

from briefing.analyse import analyse
from briefing.compose.synthesis import synthesise
from briefing.compose.timeline import build_timeline
from briefing.model import AnalysedDocument, Corpus, Document, Sentence, Statement
from briefing.summarise import summarise_corpus

JUNE_20 = dt.date(2018, 6, 20)


def dated_entries(*texts: str) -> list[tuple[str, list[int]]]:
    """The timeline of one article per text, all of June 20, 2018: (date, sources)."""
    docs = [
        Document(location=f"doc{i}.txt", text=t, title=f"Doc {i}", date=JUNE_20)
        for i, t in enumerate(texts)
    ]
    return [(e.date, e.sources) for e in build_timeline(analyse(docs, entities=True))]


def articles(*texts: str, date: dt.date | None = JUNE_20, entities: bool = True) -> Corpus:
    """One analysed article per text ("Doc 0", "Doc 1", ...), all written on ``date``; with
    ``entities`` also parsed (parts of speech, dependencies, entities)."""
    docs = [
        Document(location=f"doc{i}.txt", text=t, title=f"Doc {i}", date=date)
        for i, t in enumerate(texts)
    ]
    return analyse(docs, entities=entities)


def titled_article(text: str, title: str, date: dt.date | None = None) -> AnalysedDocument:
    """The analysed and parsed article of ``text`` under ``title`` (a digest reads its
    article's title), written on ``date``."""
    doc = Document(location="doc0.txt", text=text, title=title, date=date)
    (adoc,) = analyse([doc], entities=True).docs
    return adoc


def sentence_starting(adoc: AnalysedDocument, start: str) -> Sentence:
    """The first sentence of ``adoc`` that opens with ``start``."""
    return next(s for s in adoc.sentences if s.text.startswith(start))


def shown_statements(*texts: str, date: dt.date = dt.date(2001, 6, 1)) -> dict[str, Statement]:
    """The executive summary's and background's statements of a brief of one article per
    text, by their text (80 words of summary)."""
    corpus = articles(*texts, date=date)
    syn = synthesise(corpus, summarise_corpus(corpus, "lexrank"), summary_words=80)
    return {s.text: s for s in [*syn.executive_summary, *syn.background]}


def first_sentence(text: str) -> tuple[AnalysedDocument, Sentence]:
    """The analysed article of ``text`` and its first sentence."""
    (adoc,) = articles(text).docs
    return adoc, adoc.sentences[0]


def told_and_other(told: str, other: str) -> tuple[Corpus, Sentence, Sentence]:
    """Two untitled, undated articles analysed together, and the first sentence of each: the
    statement told and a sentence of another source that may or may not report it."""
    docs = [Document(location=f"doc{i}.txt", text=t, title="") for i, t in enumerate([told, other])]
    found = analyse(docs)
    return found, found.docs[0].sentences[0], found.docs[1].sentences[0]
