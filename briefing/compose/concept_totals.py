"""The summary's concept weights summed over a folder's articles, kept across builds.

``concept_ilp.concept_weights`` sums, article after article in corpus order, each
article's concepts (``article_concepts``: its stemmed bigrams with the position of the
first sentence holding each). A cron run over a folder that grows (new files sorting
after the old ones) summed all of them again. Here the sums of the last build are kept
as ``Totals``: the articles summed (a digest of each one's sentences, in order) and
every concept's score and document count, in the order first seen. A build whose first
articles are those, in the same order, adds only the articles after them: the same
additions in the same order, so the very same floats in the same order as summing
everything. Any other change (an article removed, changed, reordered or inserted before
old ones) sums everything again. Totals are kept per mode (a focus or none; single
words counted or not), so a folder built with and without a focus keeps both.

Writing the totals of a large folder (6.2 MB for 718 articles) costs about what summing
them does, so a build does not store them every time: the totals stored stay the base
while fewer than ``FOLD_ARTICLES`` articles come after it (summed again on every build,
from sentences the build has anyway: about a millisecond an article); past that, or when
the stored totals do not apply, the build stores its own.

The compose cache (``briefing.compose.features``) reads and writes the entries and checks
them as hostile input: ``load`` after reading them, ``changed`` to write them back.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from itertools import product

from briefing.compose.concept_ilp import (
    Concept,
    add_totals,
    article_concepts,
    weights_from_totals,
)
from briefing.model import AnalysedDocument, Corpus

Mode = tuple[bool, bool]  # (a focus topic, single words counted)
MODES: tuple[Mode, ...] = tuple(product((False, True), repeat=2))
DIGEST_BYTES = 16
DIGEST_RE = re.compile(rf"[0-9a-f]{{{2 * DIGEST_BYTES}}}")
# Articles summed after the stored totals before a build stores its own: at about 1 ms an
# article (bigrams of its sentences and their sums) 50 cost ~0.05 CPU s a build, while
# storing the totals of 718 articles took 0.24-0.34 CPU s (session 36's prototype,
# 3 second runs); a cron run adding 5 articles stores them every 10th run.
# Chosen by hand from those figures (session 37); not tuned.
FOLD_ARTICLES = 50


@dataclass
class Totals:
    """``concept_ilp.add_totals``' sums over ``articles`` (digests, in order) in ``mode``."""

    mode: Mode
    articles: list[str]
    score: dict[Concept, float]
    df: dict[Concept, int]


_known: dict[Mode, Totals] = {}  # the totals read from the output folder, or this build's
_made: dict[Mode, Totals] = {}  # this build's totals, to be stored


def load(stored: list[Totals]) -> None:
    """Use the ``stored`` totals (read from the output folder) in this build."""
    _known.clear()
    _known.update((t.mode, t) for t in stored)
    _made.clear()


def changed() -> list[Totals]:
    """The totals this build worked out that should replace the stored ones."""
    return list(_made.values())


def article_digest(adoc: AnalysedDocument) -> str:
    """The name of an article in ``Totals.articles``: a digest of what ``article_concepts``
    reads (each sentence's index and words)."""
    h = hashlib.blake2b(digest_size=DIGEST_BYTES)
    for s in adoc.sentences:
        h.update(f"{s.index}\x1d".encode())
        h.update("\x1f".join(s.words).encode("utf-8", "surrogatepass"))
        h.update(b"\x1e")
    return h.hexdigest()


def story_weights(
    corpus: Corpus,
    *,
    topic: frozenset[str],
    unigram_weight: float,
    expansion: frozenset[str],
) -> dict[Concept, float]:
    """``concept_weights`` of the corpus's articles, continuing the stored totals when
    the corpus starts with the articles they sum."""
    unigrams = unigram_weight > 0
    mode = (bool(topic), unigrams)
    names = [article_digest(d) for d in corpus.docs]
    kept = _known.get(mode)
    if kept is not None and names[: len(kept.articles)] == kept.articles:
        start = len(kept.articles)
        score, df = dict(kept.score), dict(kept.df)
    else:
        kept, start, score, df = None, 0, {}, {}
    later = (article_concepts(d, unigrams) for d in corpus.docs[start:])
    add_totals(score, df, later, mode[0])
    now = Totals(mode, names, score, df)
    if kept is None or len(names) - start >= FOLD_ARTICLES:
        _made[mode] = now
    return weights_from_totals(
        score, df, len(names), topic=topic, unigram_weight=unigram_weight, expansion=expansion
    )
