"""The map's sumy scores as compose reads them: scaled per article.

Apart from the summarizers (``sumy_methods``) so that compose, which reads the scores,
imports neither sumy nor nltk: a second run whose articles the cache holds needs neither
(~0.45 CPU s of benchmarks/scale.py's second run went to importing nltk).
"""

from __future__ import annotations

import math

from briefing.model import ScoredSentence


def normalised_scores(per_article: list[list[ScoredSentence]]) -> dict[tuple[int, int], float]:
    """Per-article sumy scores scaled to 0..1 by (document, sentence index); non-finite
    scores (sumy on tiny or degenerate articles) count as 0."""
    out: dict[tuple[int, int], float] = {}
    for scored in per_article:
        vals = [s.score if math.isfinite(s.score) else 0.0 for s in scored]
        if not vals:
            continue
        lo, hi = min(vals), max(vals)
        span = (hi - lo) or 1.0
        for item, v in zip(scored, vals, strict=True):
            out[(item.sentence.doc, item.sentence.index)] = (v - lo) / span
    return out
