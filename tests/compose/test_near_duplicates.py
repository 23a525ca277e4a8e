"""Near-duplicate grouping: same groups as the pairwise rule, memory never quadratic, and
the same with a table of pairs kept from an earlier build."""

from __future__ import annotations

import random
import tracemalloc
from typing import Any

import pytest

from briefing.compose import near_duplicates, near_pairs
from briefing.compose.concept_ilp import bigrams
from briefing.compose.near_duplicates import (
    _incidence,
    content_stems,
    group_near_duplicates,
    similar_sets,
    stem,
    stem_all,
)
from briefing.model import Sentence

VOCAB = [f"word{n}" for n in range(3000)]


def sentences(n: int, seed: int = 1) -> list[Sentence]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        words = rng.sample(VOCAB, 12) + ["said"]  # one word shared by every sentence
        out.append(sentence(i % 7, i, words))
    return out


def sentence(doc: int, index: int, words: list[str]) -> Sentence:
    return Sentence(doc, index, 0, " ".join(words), 0, 0, words)


def test_groups_follow_the_pairwise_rule() -> None:
    sents = sentences(300)
    # Near-copies of a few sentences (one word changed), spread across documents.
    for k in range(40):
        base = sents[k * 3].words
        words = base[:-2] + ["changed", base[-1]]
        sents.append(sentence(k % 5, 300 + k, words))
    priority = [1.0 / (1 + s.index) for s in sents]
    groups = group_near_duplicates(sents, priority)
    assert sum(len(g.members) for g in groups) == len(sents)
    leads = [content_stems(g.lead.words) for g in groups]
    for g, lead in zip(groups, leads, strict=True):
        assert all(similar_sets(lead, content_stems(m.words)) for m in g.members[1:])
    # No two leaders are near-duplicates (each sentence joined an earlier leader if it could).
    for i, a in enumerate(leads):
        assert not any(similar_sets(a, b) for b in leads[i + 1 :])
    assert len(groups) == 300


def test_memory_is_not_quadratic_in_sentences() -> None:
    # An all-pairs float matrix over 3,000 sentences alone is 36 MB (11.7 GB at 25,000).
    sents = sentences(3000)
    priority = [0.0] * len(sents)
    tracemalloc.start()
    try:
        groups = group_near_duplicates(sents, priority)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(groups) == 3000
    assert peak < 16 * 2**20, f"peak {peak / 2**20:.0f} MB"


def test_support_index_equals_scanning_every_sentence() -> None:
    """Looking candidates up by their rarest stems finds the sources a full scan finds."""
    from briefing.compose.near_duplicates import Group, SupportIndex, supports

    rng = random.Random(3)
    vocab = [f"term{n}" for n in range(16)] + ["7", "5", "million"]
    sents = [
        sentence(i % 9, i, rng.sample(vocab, rng.randint(3, 9)) + ["said"]) for i in range(400)
    ]
    index = SupportIndex(sents)
    supported = 0
    for lead in sents[:150]:
        target = content_stems(lead.words)
        want = {
            s.source_id
            for s in sents
            if s.source_id != lead.source_id and supports(target, content_stems(s.words), index.idf)
        }
        supported += bool(want)
        assert index.supporting_sources(Group([lead])) == sorted(want | {lead.source_id})
    assert supported > 10  # the case has statements supported elsewhere


def test_shared_results_cannot_be_changed():
    assert isinstance(content_stems(["rates", "rose"]), frozenset)
    assert isinstance(bigrams(["rates", "rose", "sharply"]), frozenset)


def test_support_leaves_out_only_everyday_words() -> None:
    """A sentence with most of a statement's words but not the rare ones that make its
    fact (who passed it, how) is no support; one leaving out the story's everyday words is."""
    from briefing.compose.near_duplicates import Group, SupportIndex, supports

    everyday = ["law", "adoption", "treaty", "passed"]
    filler = [sentence(3 + k % 4, k, everyday + [f"other{k}", f"more{k}"]) for k in range(40)]
    claim = ["law", "adoption", "treaty", "foreign", "passed", "unanimously", "senate"]
    other_house = ["law", "adoption", "treaty", "foreign", "passed", "house", "gridlock"]
    same_senate = ["law", "adoption", "treaty", "foreign", "unanimously", "senate", "vote"]
    sents = [
        sentence(0, 0, claim),
        sentence(1, 0, other_house),
        sentence(2, 0, same_senate),
        *filler,
    ]
    index = SupportIndex(sents)
    # Both cover 5 of the claim's 7 words (enough by count) ...
    stems = [content_stems(s.words) for s in sents[:3]]
    assert supports(stems[0], stems[1]) and supports(stems[0], stems[2])
    # ... but only the Senate one keeps its rare words (source ids are doc + 1).
    assert index.supporting_sources(Group([sents[0]])) == [1, 3]


def test_another_weekday_is_another_event() -> None:
    from briefing.compose.near_duplicates import supports

    def stems(text: str) -> frozenset[str]:
        return content_stems(text.split(" "))

    claim = stems("the senate passed the adoption treaty bill on thursday")
    same = stems("on thursday the senate passed the adoption treaty bill")
    other = stems("the senate passed the adoption treaty bill on tuesday")
    undated = stems("the senate passed the adoption treaty bill")
    assert supports(claim, same)
    assert not supports(claim, other)
    assert supports(claim, undated)


def test_incidence_numbers_stems_in_the_order_first_seen() -> None:
    sets = [frozenset({"rate"}), frozenset(), frozenset({"rate", "rose", "bank"})]
    m = _incidence(sets).toarray()
    first = {}
    for s in sets:
        for w in s:
            first.setdefault(w, len(first))
    assert m.shape == (3, 3)
    for i, s in enumerate(sets):
        assert {w for w, col in first.items() if m[i, col]} == s
    assert m.sum() == 4 and _incidence([]).shape == (0, 1)


def _groups_by_loop(sents: list[Sentence], priority: list[float]) -> list[list[int]]:
    """Leader clustering as first written: each sentence against every leader so far."""
    sets = [content_stems(s.words) for s in sents]
    leaders: list[int] = []
    groups: dict[int, list[int]] = {}
    for i in sorted(range(len(sents)), key=lambda i: -priority[i]):
        lead = next((j for j in leaders if sets[i] and similar_sets(sets[i], sets[j])), None)
        if lead is None:
            leaders.append(i)
            groups[i] = [i]
        else:
            groups[lead].append(i)
    return list(groups.values())


def test_groups_are_those_of_comparing_with_every_leader_in_turn() -> None:
    sents = sentences(400, seed=3)
    for k in range(150):  # near-copies of near-copies: chains a leader must not follow
        base = sents[k * 2].words
        sents.append(sentence(k % 5, 400 + k, base[1:-2] + [f"x{k}", base[-1]]))
    sents.append(sentence(0, 999, []))  # no content words: a group of its own
    rng = random.Random(5)
    priority = [rng.random() for _ in sents]
    index = {id(s): i for i, s in enumerate(sents)}
    got = [[index[id(s)] for s in g.members] for g in group_near_duplicates(sents, priority)]
    assert got == _groups_by_loop(sents, priority)
    assert any(len(g) > 1 for g in got)


def test_a_kept_table_gives_the_same_groups_and_spares_comparing_known_sentences(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A grown story: the sentences of the table made by the last grouping are not
    compared with every sentence again, and the groups are those of comparing all."""
    sents = sentences(400, seed=3)
    for k in range(150):
        base = sents[k * 2].words
        sents.append(sentence(k % 5, 400 + k, base[1:-2] + [f"x{k}", base[-1]]))
    rng = random.Random(5)
    priority = [rng.random() for _ in sents]
    index = {id(s): i for i, s in enumerate(sents)}
    expected = _groups_by_loop(sents, priority)
    near_pairs.load_table(None)
    group_near_duplicates(sents[:500], priority[:500])  # the earlier build: 50 fewer
    table = near_pairs.changed()
    assert table is not None and table.pairs
    near_pairs.load_table(table)
    compared: list[int] = []
    real = near_duplicates._similar_pairs

    def counted(inter: Any, size: Any, block: list[int]) -> dict[int, list[int]]:
        compared.extend(block)
        return real(inter, size, block)

    monkeypatch.setattr(near_duplicates, "_similar_pairs", counted)
    got = [[index[id(s)] for s in g.members] for g in group_near_duplicates(sents, priority)]
    assert got == expected
    assert sorted(compared) == list(range(500, 550))  # only the new sentences
    grown = near_pairs.changed()
    assert grown is not None and len(grown.digests) == 550
    near_pairs.load_table(grown)  # nothing new: everything from the table, nothing to store
    compared.clear()
    again = [[index[id(s)] for s in g.members] for g in group_near_duplicates(sents, priority)]
    assert again == expected and compared == [] and near_pairs.changed() is None
    near_pairs.load_table(None)


def test_a_wrong_pair_in_the_table_joins_nothing() -> None:
    """A table claiming two unrelated sets are near-duplicates (a damaged entry) is
    tested again: the pair is dropped, and the table is stored again without it."""
    sents = sentences(60, seed=9)
    priority = [1.0 / (1 + s.index) for s in sents]
    near_pairs.load_table(None)
    expected = [len(g.members) for g in group_near_duplicates(sents, priority)]
    table = near_pairs.changed()
    assert table is not None and table.pairs == []
    table.pairs = [(0, 1), (2, 3)]
    near_pairs.load_table(table)
    assert [len(g.members) for g in group_near_duplicates(sents, priority)] == expected
    stored = near_pairs.changed()
    assert stored is not None and stored.pairs == []
    near_pairs.load_table(None)


def test_a_wrong_pair_of_widely_shared_sets_is_tested_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Two boilerplate lines, each in 300 articles, and a hostile table pairing them: the
    pair was told as 90,000 sentence pairs, each held and tested, before it was dropped
    (a few such pairs in a grown folder's table: gigabytes). Now the pair of sets is
    tested once, and the groups are those of comparing all."""
    footer = ["reprint", "rights", "reserved", "newsroom", "bulletin"]
    advert = ["subscribe", "weekly", "digest", "offer", "coupon"]
    sents = [sentence(k, 0, footer) for k in range(300)]
    sents += [sentence(k, 1, advert) for k in range(300)]
    priority = [1.0] * len(sents)
    near_pairs.load_table(None)
    expected = [len(g.members) for g in group_near_duplicates(sents, priority)]
    table = near_pairs.changed()
    assert table is not None and len(table.digests) == 2 and table.pairs == []
    table.pairs = [(0, 1)]
    near_pairs.load_table(table)
    tested: list[int] = []
    real = near_duplicates._similar

    def counted(shared: Any, size: Any, others: Any) -> Any:
        tested.append(len(shared))
        return real(shared, size, others)

    monkeypatch.setattr(near_duplicates, "_similar", counted)
    assert [len(g.members) for g in group_near_duplicates(sents, priority)] == expected
    assert sum(tested) == 1
    stored = near_pairs.changed()
    assert stored is not None and stored.pairs == []  # stored again, right
    near_pairs.load_table(None)


def test_stem_all_stems_each_word_as_stem_does() -> None:
    words = ["running", "ran", "runs", "the", "Dorfield", "", "running"]
    assert stem_all(words) == [stem(w) for w in words]


def test_a_sentence_keeps_at_most_max_neighbours_near_duplicates() -> None:
    # 400 sentences that differ in one word of six: each nearly duplicates every other,
    # and 160,000 pairs were made and stored one by one.
    n = 400
    sents = [
        sentence(0, i, ["kell", "denied", "role", "harbour", "blaze", f"n{i}"]) for i in range(n)
    ]
    near = near_duplicates._neighbours([content_stems(s.words) for s in sents])
    assert sum(len(js) for js in near.values()) <= 2 * n * near_duplicates.MAX_NEIGHBOURS
    assert len(group_near_duplicates(sents, [1.0] * n)) == 1
