"""Adapters from sumy's summarizers to ``ScoredSentence`` lists.

The summarizer classes are named in :mod:`briefing.registrations` (``SUMMARIZERS``) and
imported when a build asks for one.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import numpy as np

# First: sumy imports nltk, which then comes without scipy.stats (start-up, issue 13).
from briefing.lang import nltk_stemmers  # noqa: F401

# isort: split
from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.edmundson import EdmundsonSummarizer

from briefing.lang.sentences import SumyTokenizer
from briefing.lang.stopwords import STOP_WORDS
from briefing.lang.words import words
from briefing.model import AnalysedDocument, Corpus, ScoredSentence
from briefing.registrations import SUMMARIZERS

_TOKENIZER = SumyTokenizer("english")
# Sentences of an article sumy ranks, the first ones (its graph methods are quadratic): chosen
# by hand in 68cee1f; not benchmarked.
MAX_RANKED_SENTENCES = 400
# Distinct words whose stem is remembered: benchmarks/scale.py's 538,000-word set has about
# 26,000, and re-stemming every occurrence was a third of LexRank's time (profiled).
STEM_CACHE_WORDS = 100_000
_STEM = lru_cache(maxsize=STEM_CACHE_WORDS)(Stemmer("english"))


def make_summarizer(name: str, title: str = "") -> Any:
    cls = SUMMARIZERS.get(name)
    summarizer = cls(_STEM)
    stop = STOP_WORDS
    summarizer.stop_words = stop
    if isinstance(summarizer, EdmundsonSummarizer):
        # Edmundson needs cue words; the article's title words are the natural bonus set.
        summarizer.bonus_words = tuple(w for w in words(title) if w not in stop) or ("said",)
        summarizer.stigma_words = ("advertisement", "subscribe", "cookie")
        summarizer.null_words = tuple(stop)
    return summarizer


def _rate_all(summarizer: Any, document: ObjectDocumentModel) -> dict[int, float]:
    """Run ``summarizer`` on all sentences and capture the rating it gave each one."""
    ratings: dict[int, float] = {}
    original: Callable[..., Any] = summarizer._get_best_sentences

    def capture(sentences: Any, count: Any, rating: Any, *args: Any, **kwargs: Any) -> Any:
        rate = rating.__getitem__ if isinstance(rating, dict) else rating
        # Some ratings are one-shot generators (LSA), so rate each sentence exactly once.
        for s in sentences:
            ratings[id(s)] = float(rate(s, *args, **kwargs))
        return original(sentences, count, lambda s: ratings[id(s)])

    summarizer._get_best_sentences = capture
    n = len(document.sentences)
    try:
        # Tiny articles make LexRank divide zero by zero; NaN scores are replaced in
        # summarise_document, so the numpy warning would only alarm a cron log.
        with warnings.catch_warnings(), np.errstate(divide="ignore", invalid="ignore"):
            warnings.simplefilter("ignore", RuntimeWarning)
            summarizer(document, n)
    except (ZeroDivisionError, ValueError, IndexError):
        # Degenerate inputs (one sentence, all stop words): fall back to document order.
        return {}
    return ratings


def summarise_document(adoc: AnalysedDocument, method: str = "lexrank") -> list[ScoredSentence]:
    """Every sentence of ``adoc`` with its sumy score, in document order."""
    if not adoc.sentences:
        return []
    by_para: dict[int, list[SumySentence]] = {}
    sumy_sents: list[SumySentence] = []
    # Graph methods are quadratic in sentences: rank a very long article's opening
    # (where news puts what matters); later sentences get order-based scores below.
    for s in adoc.sentences[:MAX_RANKED_SENTENCES]:
        ss = SumySentence(s.text, _TOKENIZER)
        by_para.setdefault(s.paragraph, []).append(ss)
        sumy_sents.append(ss)
    document = ObjectDocumentModel([Paragraph(v) for v in by_para.values()])
    ratings = _rate_all(make_summarizer(method, adoc.document.title), document)
    n = len(adoc.sentences)
    scored = []
    for i, s in enumerate(adoc.sentences):
        if i >= len(sumy_sents):
            scored.append(ScoredSentence(s, 0.0))  # beyond the ranked opening
            continue
        score = ratings.get(id(sumy_sents[i]), math.nan)
        # Unrated or NaN (degenerate input): fall back to document order, earliest first.
        scored.append(ScoredSentence(s, score if math.isfinite(score) else (n - i) / n))
    return scored


def summarise_corpus(corpus: Corpus, method: str = "lexrank") -> list[list[ScoredSentence]]:
    """Per-article scored sentences, indexed like ``corpus.docs``."""
    return [summarise_document(d, method) for d in corpus.docs]
