"""Concept-coverage selection (Gillick & Favre 2009), solved exactly as an ILP.

Concepts are stemmed word bigrams. A concept reported by many articles is probably
central to the story, so its weight is the number of articles that contain it (with
a bonus when it appears early in an article, where news puts what matters). The
summary is the set of sentences that covers the greatest total concept weight within
the word budget; because each concept counts once, redundancy is penalised for free.

``scipy.optimize.milp`` (HiGHS) solves it; only sentence variables are integral. The
search is bounded by a count of branch-and-bound nodes, never by a time limit: a time
limit makes the summary depend on how busy the machine is, and the same articles must
always give the same brief (editions are written only when content changes; builds are
byte-identical under SOURCE_DATE_EPOCH). Past the node bound HiGHS returns its best
solution so far, which depends only on the inputs; with none, greedy selection is used.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import repeat
from typing import Any

import numpy as np
from scipy import sparse

from briefing.compose.article_memo import by_article, positions_fit
from briefing.compose.memo import BadValue, by_words, decode_pairs, encode_pairs
from briefing.compose.near_duplicates import stem_all
from briefing.lang.stopwords import STOP_WORDS
from briefing.model import AnalysedDocument

Concept = tuple[str, str]

# Concept weights and the solver's gap: set by hand when synthesis was written (commits
# 92972e9, 9fe753f); not benchmarked on their own, rouge_eval.py checked the summaries.
POSITION_BONUS = 2.0
# With a focus, the position bonus goes in full to a concept in an article's first
# LEAD_SENTENCES sentences, none to later ones; without one it falls off as 1/(1 +
# position) (and synthesis.LEAD_SHARE adds the lead prior). Chosen with
# benchmarks/rouge_eval.py R-2, 250 words, 20 DUC 2006 dev clusters: topic focus 10.43
# -> 10.67 (tuning 10.93 -> 11.27, check 9.81 -> 9.94), first-line focus 10.48 ->
# 10.62 (10.75 -> 10.85, 10.15 -> 10.33); for DUC 2004 (no focus) it gave 9.93 against
# 10.03, hence focus only.
LEAD_SENTENCES = 1
MIN_DF_SHARE = 0.3
UNIGRAM_WEIGHT = 0.5
UNIGRAM_MIN_SHARE = 0.3
MIP_GAP = 0.01
# Fewer weighted concepts than this (few articles, little overlap): every concept counts.
# Set by hand when synthesis was written (commit 92972e9); not benchmarked.
MIN_CONCEPTS = 10
TOPIC_BOOST = 1.0
# Boost per stem that pseudo-relevance feedback added to the focus (compose/focus.py):
# half a question word's, since the story chose these words, not the stakeholder.
# Set once, not tuned; checked on DUC 2006 dev (rouge_eval.py, topic and first-line
# focus at 250 words: R-2 10.42 -> 10.56 and 10.57 -> 10.65 with compose/focus.py).
EXPANSION_BOOST = 0.5
# Branch-and-bound nodes HiGHS may explore. On the dev sets (DUC 2004 at 100 words,
# DUC 2006 at 250 words with topic and first-line focus; benchmarks/rouge_eval.py) every
# problem closed within the 1% gap at the root node or after a few nodes, so the bound
# only stops pathological inputs, deterministically.
NODE_LIMIT = 2000


# Not kept across builds: reading a sentence's pairs back costs what making them does.
@by_words("bigrams", encode_pairs, decode_pairs, persist=False)
def bigrams(words: Sequence[str], unigrams: bool = False) -> frozenset[Concept]:
    """Stemmed bigrams of a sentence, except those made only of stop words; with
    ``unigrams`` also its content words, as ``(stem, "")``."""
    stems = stem_all(words)  # each word stemmed once, not once per pair
    stop = [w in STOP_WORDS for w in words]
    # Pairs by zip, not by index: a second run over benchmarks/scale.py's 880 articles
    # asks this of ~21,600 sentences no cache holds.
    pairs = zip(stems, stems[1:], stop, stop[1:], strict=False)  # each word with the next
    out: set[Concept] = {(a, b) for a, b, x, y in pairs if not (x and y)}
    if unigrams:
        out.update((a, "") for a, x in zip(stems, stop, strict=True) if not x)
    return frozenset(out)


def first_concepts(doc: Sequence[tuple[int, Sequence[str]]], unigrams: bool) -> dict[Concept, int]:
    """Each concept of one document's (position, words) sentences, with the position of
    the first sentence holding it (in the order first seen)."""
    first: dict[Concept, int] = {}
    for pos, words in doc:
        for c in bigrams(words, unigrams):
            first.setdefault(c, pos)
    return first


def _encode_firsts(value: dict[Concept, int]) -> list[list[Any]]:
    """Three parallel columns (first words, second words, positions): read back by
    ``_decode_firsts`` without a Python step per concept (an article has hundreds)."""
    return [[a for a, _ in value], [b for _, b in value], list(value.values())]


def _decode_firsts(data: Any) -> dict[Concept, int]:
    if not (isinstance(data, list) and len(data) == 3 and all(type(c) is list for c in data)):
        raise BadValue("three columns of concepts")
    firsts, seconds, positions = data
    if not len(firsts) == len(seconds) == len(positions):
        raise BadValue("columns of one length")
    if not (
        set(map(type, firsts)) <= {str}
        and set(map(type, seconds)) <= {str}
        and set(map(type, positions)) <= {int}
    ):
        raise BadValue("a concept and its position")
    return dict(zip(zip(firsts, seconds, strict=True), positions, strict=True))


# Not stored per article: a grown folder's unchanged articles are summed once into the
# running totals ``compose.concept_totals`` keeps (their decoding was 36% of the compose
# cache's bytes and cost about what summing them does).
@by_article("article_concepts", _encode_firsts, _decode_firsts, positions_fit, persist=False)
def article_concepts(adoc: AnalysedDocument, unigrams: bool) -> dict[Concept, int]:
    """``first_concepts`` of an article's sentences (remembered per article)."""
    return first_concepts([(s.index, s.words) for s in adoc.sentences], unigrams)


def concept_weights(
    firsts: Iterable[dict[Concept, int]],
    *,
    position_bonus: float | None = None,
    topic: frozenset[str] = frozenset(),
    topic_boost: float | None = None,
    unigram_weight: float = 0.0,
    expansion: frozenset[str] = frozenset(),
) -> dict[Concept, float]:
    """Weight of each concept from its documents.

    ``firsts`` gives, per document, its concepts with the position of the first sentence
    holding each (``first_concepts``, with unigrams when ``unigram_weight`` is set). A
    concept earns 1 per document containing it, plus ``position_bonus`` scaled by how
    early it first appears there (with a ``topic``: in full in the first
    ``LEAD_SENTENCES``, none after). Concepts seen in too few documents are dropped
    (their weight would mostly reward noise); the threshold rises with the number of
    documents.
    """
    score: dict[Concept, float] = {}
    df: dict[Concept, int] = {}
    n_docs = add_totals(score, df, firsts, bool(topic), position_bonus)
    return weights_from_totals(
        score,
        df,
        n_docs,
        topic=topic,
        topic_boost=topic_boost,
        unigram_weight=unigram_weight,
        expansion=expansion,
    )


def add_totals(
    score: dict[Concept, float],
    df: dict[Concept, int],
    firsts: Iterable[dict[Concept, int]],
    topic: bool,
    position_bonus: float | None = None,
) -> int:
    """Add each document's concepts (``first_concepts``) to the running ``score`` and
    ``df`` (``concept_weights``' sums, a concept's first document first); how many
    documents were added. Adding documents one call after another gives the same floats,
    in the same order, as adding them all in one."""
    if position_bonus is None:
        position_bonus = POSITION_BONUS
    n_docs = 0
    for first in firsts:
        n_docs += 1
        for c, pos in first.items():
            df[c] = df.get(c, 0) + 1
            lead = pos < LEAD_SENTENCES if topic else 1.0 / (1.0 + pos)
            score[c] = score.get(c, 0.0) + (1.0 + position_bonus * lead)
    return n_docs


def weights_from_totals(
    score: dict[Concept, float],
    df: dict[Concept, int],
    n_docs: int,
    *,
    topic: frozenset[str] = frozenset(),
    topic_boost: float | None = None,
    unigram_weight: float = 0.0,
    expansion: frozenset[str] = frozenset(),
) -> dict[Concept, float]:
    """``concept_weights`` from the sums ``add_totals`` made over ``n_docs`` documents."""
    if topic_boost is None:
        topic_boost = TOPIC_BOOST
    min_df = max(2, min(4, round(n_docs * MIN_DF_SHARE) + 1)) if n_docs >= 3 else 1
    # Single words are many and weak evidence: only those most articles share count.
    min_df_word = max(min_df, math.ceil(UNIGRAM_MIN_SHARE * n_docs))
    weights = {
        c: w * (unigram_weight if not c[1] else 1.0)
        for c, w in score.items()
        if df[c] >= (min_df if c[1] else min_df_word)
    }
    if len(weights) < MIN_CONCEPTS:  # few articles or little overlap: fall back to everything
        weights = dict(score)
    if topic and topic_boost:
        for c in weights:
            hits = (c[0] in topic) + (c[1] in topic)
            more = (c[0] in expansion) + (c[1] in expansion)
            if hits or more:
                weights[c] *= 1.0 + topic_boost * hits + EXPANSION_BOOST * more
    return weights


@dataclass(frozen=True)
class Selection:
    """A budgeted coverage problem, the input of both solvers: each sentence's concepts
    and length in words, the concepts' weights, the word budget, and an optional small
    per-sentence reward (``bonus``, breaks ties between optimal summaries)."""

    concepts: Sequence[set[Concept]]
    lengths: Sequence[int]
    weights: dict[Concept, float]
    budget: int
    bonus: Sequence[float] | None = None


def load_solver() -> None:
    """Import the solver (``scipy.optimize``, ~0.2 CPU s) now. ``solve`` imports it on first
    use, so that the map's workers, which import compose for the memo answers they work out
    (``premap``) and never solve, do not load it (0.23 CPU s each, s53); the build imports
    it with compose, before its map (``briefing.pipeline``)."""
    import scipy.optimize  # noqa: F401


def solve(
    problem: Selection, *, overflow: int = 0, node_limit: int = NODE_LIMIT
) -> tuple[list[int], int | None]:
    """Sentences that maximise covered concept weight within the budget.

    With ``overflow`` > 0 the budget is soft: all sentences but one (the returned
    overflow index, to be placed last) fit in fewer than ``budget`` words, and the
    whole selection in ``budget + overflow``. Falls back to greedy if the solver fails.
    """
    from scipy.optimize import Bounds, LinearConstraint, milp  # see ``load_solver``

    concepts, weights, budget = problem.concepts, problem.weights, problem.budget
    index: dict[Concept, int] = {}
    rows, cols = [], []
    for i, cs in enumerate(concepts):
        for c in sorted(cs):  # a fixed order: same inputs, same summary, every run
            if c in weights:
                rows.append(index.setdefault(c, len(index)))
                cols.append(i)
    n_s, n_c = len(concepts), len(index)
    if n_s == 0:
        return [], None
    n_z = n_s if overflow > 0 else 0
    w = np.zeros(n_c)
    for c, j in index.items():
        w[j] = weights[c]
    b = np.zeros(n_s) if problem.bonus is None else np.asarray(problem.bonus, dtype=float)
    lens = np.asarray(problem.lengths, dtype=float)
    # Variables: x (sentence chosen), z (sentence is the overflow one), c (concept covered;
    # continuous in [0, 1], integral at the optimum anyway).
    cost = -np.concatenate([b, np.zeros(n_z), w])
    occ = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n_c, n_s))
    cons = []
    if n_c:  # c_j <= number of chosen sentences containing concept j
        cover = sparse.hstack([-occ, sparse.csr_matrix((n_c, n_z)), sparse.identity(n_c)])
        cons.append(LinearConstraint(cover, -np.inf, 0))
    pad = sparse.csr_matrix((1, n_c))
    if n_z:
        total = sparse.hstack([sparse.csr_matrix(lens), sparse.csr_matrix((1, n_z)), pad])
        cons.append(LinearConstraint(total, -np.inf, budget + overflow))
        but_last = sparse.hstack([sparse.csr_matrix(lens), sparse.csr_matrix(-lens), pad])
        cons.append(LinearConstraint(but_last, -np.inf, budget - 1))
        one = sparse.hstack([sparse.csr_matrix((1, n_s)), sparse.csr_matrix(np.ones(n_z)), pad])
        cons.append(LinearConstraint(one, -np.inf, 1))
        z_in_x = sparse.hstack(
            [-sparse.identity(n_s), sparse.identity(n_z), sparse.csr_matrix((n_s, n_c))]
        )
        cons.append(LinearConstraint(z_in_x, -np.inf, 0))
    else:
        total = sparse.hstack([sparse.csr_matrix(lens), pad])
        cons.append(LinearConstraint(total, -np.inf, budget))
    integrality = np.concatenate([np.ones(n_s + n_z), np.zeros(n_c)])
    res = milp(
        cost,
        constraints=cons,
        integrality=integrality,
        bounds=Bounds(0, 1),
        options={"node_limit": node_limit, "mip_rel_gap": MIP_GAP},
    )
    if res.x is None:
        return greedy(problem), None
    chosen = [i for i in range(n_s) if res.x[i] > 0.5]
    last = next((i for i in range(n_z) if res.x[n_s + i] > 0.5), None)
    return chosen, last


def greedy(problem: Selection) -> list[int]:
    """Greedy gain-per-word selection (Lin & Bilmes' budgeted rule), used as a fallback."""
    concepts, lengths, bonus = problem.concepts, problem.lengths, problem.bonus
    covered: set[Concept] = set()
    chosen: list[int] = []
    used = 0
    left = set(range(len(concepts)))
    while left:
        best, best_gain = -1, 0.0
        for i in left:
            if used + lengths[i] > problem.budget:
                continue
            added = gain(concepts[i], problem.weights, covered)
            added += bonus[i] if bonus is not None else 0.0
            added /= math.sqrt(max(1, lengths[i]))
            if added > best_gain:
                best, best_gain = i, added
        if best < 0:
            break
        chosen.append(best)
        used += lengths[best]
        covered |= concepts[best]
        left.discard(best)
    return chosen


def gain(cs: set[Concept], weights: dict[Concept, float], covered: set[Concept]) -> float:
    """Weight of the concepts ``cs`` adds to ``covered``."""
    return math.fsum(map(weights.get, cs - covered, repeat(0.0)))  # exact, order-free
