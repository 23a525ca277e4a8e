"""The story's own vocabulary: the stems most of its articles hold."""

from __future__ import annotations

from collections import Counter

from briefing.compose import story_indexes
from briefing.compose.article_memo import by_article
from briefing.compose.fact_words import stems
from briefing.compose.memo import decode_strings, encode_strings
from briefing.model import AnalysedDocument, Corpus


def story_weights(corpus: Corpus, share: float, min_docs: int) -> dict[str, float]:
    """The story's own vocabulary: stems found in ``share`` of the articles, each with its
    share of them; empty for fewer than ``min_docs`` articles (no reliable story). Summed
    once per brief (``story_indexes``): four sections ask for it. Callers must not change it."""
    return story_indexes.of(
        corpus, ("vocabulary", share, min_docs), lambda: _weights(corpus, share, min_docs)
    )


def _weights(corpus: Corpus, share: float, min_docs: int) -> dict[str, float]:
    n = len(corpus.docs)
    if n < min_docs:
        return {}
    df: Counter[str] = Counter()
    for adoc in corpus.docs:
        df.update(article_stems(adoc))
    cut = max(2, share * n)
    return {w: c / n for w, c in df.items() if c >= cut and not w.isdigit()}


@by_article("article_stems", encode_strings, decode_strings)
def article_stems(adoc: AnalysedDocument) -> frozenset[str]:
    """The stems (``fact_words.stems``) of one article's sentences, remembered per article
    and across builds: three sections ask every article for them on every build (a
    second run over benchmarks/scale.py's folder worked them out three times, 0.3 CPU s)."""
    return frozenset(w for s in adoc.sentences for w in stems(s.words))
