"""The story's own vocabulary: the stems most of its articles hold."""

from __future__ import annotations

from collections import Counter

from briefing.compose.fact_words import stems
from briefing.model import Corpus


def story_weights(corpus: Corpus, share: float, min_docs: int) -> dict[str, float]:
    """The story's own vocabulary: stems found in ``share`` of the articles, each with its
    share of them; empty for fewer than ``min_docs`` articles (no reliable story)."""
    n = len(corpus.docs)
    if n < min_docs:
        return {}
    df: Counter[str] = Counter()
    for adoc in corpus.docs:
        df.update({w for s in adoc.sentences for w in stems(s.words)})
    cut = max(2, share * n)
    return {w: c / n for w, c in df.items() if c >= cut and not w.isdigit()}
