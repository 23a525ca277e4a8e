"""The kept table of near-duplicate pairs: sets named the same in every process, and its
pairs told as sentence pairs (``test_near_duplicates`` groups with it, ``test_features``
stores it)."""

from __future__ import annotations

from briefing.compose.near_pairs import DIGEST_RE, PairTable, digest, sentence_pairs

A, B, C = (digest(frozenset(w)) for w in ({"rate", "rise"}, {"rate", "fall"}, {"plant"}))


def test_a_digest_names_the_set_whatever_its_order() -> None:
    assert digest(frozenset(["b", "a"])) == digest(frozenset(["a", "b"])) != digest(frozenset("a"))
    assert DIGEST_RE.fullmatch(A) and A != B
    # Fixed across processes (no hash seed): a set's name in a table written by another run.
    assert A == "d73cb6517ea79f03e9696d13"


def test_pairs_of_known_sets_become_sentence_pairs_and_the_rest_is_fresh() -> None:
    table = PairTable([A, B, C], [(0, 1)])
    # Sentences: A, B, an unknown set, no content words, A again, C.
    asked: list[list[tuple[int, int]]] = []

    def similar(pairs: list[tuple[int, int]]) -> list[bool]:
        asked.append(pairs)
        return [True] * len(pairs)

    pairs, fresh, wrong = sentence_pairs(table, [A, B, "f" * 24, None, A, C], similar)
    assert sorted(pairs) == [(0, 1), (0, 4), (4, 1)]
    assert fresh == [2] and wrong == 0
    assert asked == [[(0, 1)]]  # the pair of sets, asked once, on one sentence of each


def test_a_wrong_pair_of_sets_is_dropped_before_it_pairs_their_sentences() -> None:
    # Sets A and B each shared by 300 sentences (a boilerplate line): a hostile table pairing
    # them was told as 90,000 sentence pairs before any was tested.
    table = PairTable([A, B], [(0, 1)])
    names = [A, B] * 300
    pairs, fresh, wrong = sentence_pairs(table, names, lambda pairs: [False] * len(pairs))
    assert wrong == 1 and fresh == []
    assert len(pairs) == 2 * (300 * 299 // 2)  # only sentences of one set
