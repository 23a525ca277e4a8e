"""Concept-coverage selection: exact on small problems, deterministic on every problem."""

from __future__ import annotations

import inspect
import random

from briefing.compose import concept_ilp
from briefing.compose.concept_ilp import (
    UNIGRAM_WEIGHT,
    Concept,
    Selection,
    concept_weights,
    first_concepts,
    greedy,
    solve,
)
from briefing.compose.near_duplicates import stem


def _problem(seed: int, n: int = 120) -> tuple[list[set[Concept]], list[int], dict[Concept, float]]:
    """A random but reproducible coverage problem with many overlapping concepts."""
    rng = random.Random(seed)
    vocab = [(f"w{i}", f"v{j}") for i in range(40) for j in range(6)]
    concepts = [set(rng.sample(vocab, rng.randint(3, 12))) for _ in range(n)]
    lengths = [rng.randint(8, 40) for _ in range(n)]
    weights = {c: rng.uniform(0.5, 5.0) for c in vocab}
    return concepts, lengths, weights


def test_picks_the_optimum_on_a_small_problem() -> None:
    a, b, c = ("x", "y"), ("y", "z"), ("z", "w")
    concepts = [{a, b}, {a}, {c}]
    # The first sentence covers most but is too long with the third; 1 + 2 fit and win.
    chosen, last = solve(Selection(concepts, [12, 5, 5], {a: 3.0, b: 1.0, c: 2.5}, budget=12))
    assert sorted(chosen) == [1, 2]
    assert last is None


def test_no_time_limit_so_load_cannot_change_the_summary() -> None:
    params = inspect.signature(solve).parameters
    assert "time_limit" not in params
    assert params["node_limit"].default == concept_ilp.NODE_LIMIT
    assert "time_limit" not in inspect.getsource(concept_ilp)


def test_same_inputs_same_selection_even_when_the_node_bound_stops_the_search() -> None:
    concepts, lengths, weights = _problem(7)
    for limit in (1, 5, concept_ilp.NODE_LIMIT):
        runs = {
            tuple(solve(Selection(concepts, lengths, weights, 100), node_limit=limit)[0])
            for _ in range(3)
        }
        assert len(runs) == 1
        (chosen,) = runs
        assert sum(lengths[i] for i in chosen) <= 100


def test_bounded_search_is_no_worse_than_greedy() -> None:
    concepts, lengths, weights = _problem(11)

    def value(chosen: list[int]) -> float:
        covered = set().union(*(concepts[i] for i in chosen))
        return sum(weights[c] for c in covered)

    problem = Selection(concepts, lengths, weights, 120)
    exact, _ = solve(problem)
    fallback = greedy(problem)
    assert value(exact) >= (1 - concept_ilp.MIP_GAP) * value(fallback)


def test_with_a_focus_only_an_articles_lead_earns_the_position_bonus() -> None:
    lead = ["ferry", "sank", "near", "the", "harbour"]
    later = ["divers", "searched", "the", "wreck", "overnight"]
    filler = ["officials", "met", "on", "monday"]
    # Three articles tell both: one pair in the lead sentence, one in the third sentence.
    docs = [first_concepts([(0, lead), (1, filler), (2, later)], False) for _ in range(3)]
    topic = frozenset({stem("ferry")})
    focused = concept_weights(docs, position_bonus=2.0, topic=topic, topic_boost=0.0)
    assert focused[(stem("ferry"), stem("sank"))] == 3 * (1.0 + 2.0)
    assert focused[(stem("divers"), stem("searched"))] == 3 * 1.0  # no share of the bonus
    # Without a focus the bonus falls off with the position (a third for the third).
    plain = concept_weights(docs, position_bonus=2.0)
    assert plain[(stem("divers"), stem("searched"))] == 3 * (1.0 + 2.0 / 3)


def test_a_word_every_article_shares_counts_for_less_than_a_phrase() -> None:
    """A generic summary weighs single words (UNIGRAM_WEIGHT): one every article has
    first in its lead counts, but for less than a two-word phrase placed alike."""
    phrases = {(f"w{i}", f"v{i}"): 0 for i in range(12)}
    firsts = [{**phrases, ("tarn", ""): 0} for _ in range(3)]
    weights = concept_weights(firsts, unigram_weight=UNIGRAM_WEIGHT)
    assert 0 < weights[("tarn", "")] < weights[("w0", "v0")]


def test_the_map_workers_import_of_compose_leaves_the_solver_out() -> None:
    """The map's workers import compose for the memo answers they work out (``premap``)
    and never solve: scipy.optimize (~0.2 CPU s a worker) is imported on first use."""
    import subprocess
    import sys

    code = "import sys, briefing.compose.premap; print('scipy.optimize' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
    concept_ilp.load_solver()
    assert "scipy.optimize" in __import__("sys").modules
