"""sumy's LexRank with the same arithmetic, minus its quadratic Python overhead (issue 13).

sumy's ``LexRankSummarizer`` compares every pair of sentences of an article: for each
pair it rebuilds both word sets, re-sums both norms and writes one numpy cell, then
divides the matrix cell by cell; its idf scans every sentence for every term. Per
article that is small, over a thousand articles it was a tenth of the map's time.

``LexRankSummarizer`` here overrides only those two steps and keeps every number the
same: the word sets and norms are built once per sentence, in the same order, so each
sum adds the same floats in the same order; a pair that shares no word has similarity 0
(below any threshold) without being computed; the row division is numpy's, elementwise,
the same IEEE division. Scores equal sumy's exactly (tests/summarise/test_lexrank.py).

Two per-article costs outside the matrix go too (benchmarks/scale.py's 842 articles,
scores 2.8 -> 2.5 CPU s with stems cached): sumy lower-cases each word twice through
its ``to_unicode`` (once to test the stop words, once more inside ``stem_word``), and
its ``stop_words`` setter normalises the whole stop list again for every article's new
summarizer; here a word's lower-case form is made once and lower-cased again only where
sumy's stemming input is, and a stop list is normalised once per process.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import numpy

# First: sumy imports nltk, which then comes without scipy.stats (start-up, issue 13).
from briefing.lang import nltk_stemmers  # noqa: F401

# isort: split
from sumy.summarizers.lex_rank import LexRankSummarizer as SumyLexRank


class LexRankSummarizer(SumyLexRank):
    """sumy's LexRank, computed faster with identical results."""

    @property
    def stop_words(self) -> frozenset[str]:
        return self._stop_words

    @stop_words.setter
    def stop_words(self, words: Iterable[str]) -> None:
        if isinstance(words, frozenset):
            self._stop_words = _normalised(words)
        else:
            self._stop_words = frozenset(map(self.normalize_word, words))

    def _to_words_set(self, sentence: Any) -> list[str]:
        # sumy: [stem_word(w) for w in map(normalize_word, words) if w not in stop], where
        # normalize_word is to_unicode(w).lower() (the identity on str, then lower) and
        # stem_word(w) is stemmer(normalize_word(w)): the same calls, the words being str.
        stop, stem = self._stop_words, self._stemmer
        return [stem(w.lower()) for w in map(str.lower, sentence.words) if w not in stop]

    @staticmethod
    def _compute_idf(sentences: list[list[str]]) -> dict[str, float]:
        count = len(sentences)
        found_in: Counter[str] = Counter()
        for sentence in sentences:
            found_in.update(set(sentence))
        idf: dict[str, float] = {}
        for sentence in sentences:  # sumy's insertion order
            for term in sentence:
                if term not in idf:
                    idf[term] = math.log(count / (1 + found_in[term]))
        return idf

    def _create_matrix(
        self,
        sentences: list[list[str]],
        threshold: float,
        tf_metrics: list[dict[str, float]],
        idf_metrics: dict[str, float],
    ) -> Any:
        sets = [frozenset(s) for s in sentences]
        norms = [
            math.sqrt(sum((tf[t] * idf_metrics[t]) ** 2 for t in words))
            for words, tf in zip(sets, tf_metrics, strict=True)
        ]
        rows = []
        degrees = numpy.zeros((len(sentences),))
        for row, (words1, tf1, norm1) in enumerate(zip(sets, tf_metrics, norms, strict=True)):
            cells = [0.0] * len(sentences)
            for col, (words2, tf2, norm2) in enumerate(zip(sets, tf_metrics, norms, strict=True)):
                if norm1 > 0 and norm2 > 0 and not words1.isdisjoint(words2):
                    numerator = 0.0
                    for term in words1 & words2:
                        numerator += tf1[term] * tf2[term] * idf_metrics[term] ** 2
                    if numerator / (norm1 * norm2) > threshold:
                        cells[col] = 1.0
                        degrees[row] += 1
            rows.append(cells)
        degrees[degrees == 0] = 1
        return numpy.array(rows).reshape(len(sentences), len(sentences)) / degrees[:, None]


@lru_cache(maxsize=8)
def _normalised(words: frozenset[str]) -> frozenset[str]:
    """sumy's normalised stop list (``normalize_word`` of each word), once per list."""
    return frozenset(map(SumyLexRank.normalize_word, words))
