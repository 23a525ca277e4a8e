"""Merge near-duplicate sentences across articles into one statement with every source.

Wire copy is reprinted and rewritten: the same sentence, or one differing by a few
words, turns up in many articles. A reader should see it once, cited to every source
that carries it; the number of sources is the statement's corroboration.

Similarity is measured on sets of stemmed content words: the Jaccard overlap, or the
share of the shorter sentence contained in the longer one (a trimmed reprint).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from nltk.stem.porter import PorterStemmer
from scipy import sparse

from briefing.lang.stopwords import STOP_WORDS
from briefing.model import Sentence

JACCARD = 0.6
CONTAINMENT = 0.85
_MIN_CONTAIN_WORDS = 6

_STEMMER = PorterStemmer()


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return _STEMMER.stem(word)


def content_stems(words: Sequence[str]) -> frozenset[str]:
    return frozenset(stem(w) for w in words if w not in STOP_WORDS and any(c.isalnum() for c in w))


@dataclass
class Group:
    """Near-duplicate sentences; ``members[0]`` is the representative."""

    members: list[Sentence] = field(default_factory=list)

    @property
    def lead(self) -> Sentence:
        return self.members[0]

    @property
    def sources(self) -> list[int]:
        return sorted({s.source_id for s in self.members})


def similarity_matrix(sets: Sequence[frozenset[str]]) -> tuple[np.ndarray, np.ndarray]:
    """Pairwise Jaccard and containment (overlap / smaller set) of the given sets."""
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for i, s in enumerate(sets):
        for w in s:
            rows.append(i)
            cols.append(vocab.setdefault(w, len(vocab)))
    n = len(sets)
    m = sparse.csr_matrix(
        (np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(n, max(1, len(vocab)))
    )
    inter = (m @ m.T).toarray()
    size = np.array([len(s) for s in sets], dtype=np.float32)
    union = size[:, None] + size[None, :] - inter
    jacc = np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
    smaller = np.minimum(size[:, None], size[None, :])
    contain = np.divide(
        inter, smaller, out=np.zeros_like(inter), where=smaller >= _MIN_CONTAIN_WORDS
    )
    return jacc, contain


def similar_sets(a: frozenset[str], b: frozenset[str]) -> bool:
    """The near-duplicate test on two content-stem sets (same rule as the matrix)."""
    if not a or not b:
        return False
    inter = len(a & b)
    if inter / (len(a) + len(b) - inter) >= JACCARD:
        return True
    smaller = min(len(a), len(b))
    return smaller >= _MIN_CONTAIN_WORDS and inter / smaller >= CONTAINMENT


def near_duplicate(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two sentences (as word lists) count as the same statement."""
    return list(a) == list(b) or similar_sets(content_stems(a), content_stems(b))


def group_near_duplicates(sentences: Sequence[Sentence], priority: Sequence[float]) -> list[Group]:
    """Leader clustering: sentences in ``priority`` order (high first) join the first
    leader they nearly duplicate, else lead a new group. Leaders never chain, so every
    member is a near-duplicate of its group's representative."""
    if not sentences:
        return []
    sets = [content_stems(s.words) for s in sentences]
    jacc, contain = similarity_matrix(sets)
    same = (jacc >= JACCARD) | (contain >= CONTAINMENT)
    order = sorted(range(len(sentences)), key=lambda i: -priority[i])
    rank = np.full(len(sentences), np.inf)  # order in which leaders were made, inf if none
    groups: dict[int, Group] = {}
    for i in order:
        hits = np.flatnonzero(same[i] & np.isfinite(rank)) if sets[i] else []
        if len(hits):
            groups[int(hits[np.argmin(rank[hits])])].members.append(sentences[i])
        else:
            rank[i] = len(groups)
            groups[i] = Group([sentences[i]])
    return list(groups.values())


# A paraphrase in another article supports a statement when it carries most of the
# statement's content words and is mostly about them (not a long sentence that happens to
# mention them). Stricter than nothing, looser than the near-duplicate merge: the two
# sentences stay separate candidates, only the citation is shared.
SUPPORT_COVER = 0.7
SUPPORT_FOCUS = 0.4
SUPPORT_MIN_SHARED = 4


def _numbers(stems: frozenset[str]) -> set[str]:
    return {w for w in stems if any(ch.isdigit() for ch in w)}


def supports(statement: frozenset[str], other: frozenset[str]) -> bool:
    """Does ``other`` say what ``statement`` says? Every figure must match, too."""
    shared = len(statement & other)
    return (
        shared >= SUPPORT_MIN_SHARED
        and shared >= SUPPORT_COVER * len(statement)
        and shared >= SUPPORT_FOCUS * len(other)
        and _numbers(statement) <= other  # "7 million" is not supported by "5 million"
    )


def supporting_sources(group: Group, sentences: Sequence[Sentence]) -> list[int]:
    """The statement's own source plus every source with a sentence that supports it.

    Computed afresh rather than taken from the group: a group may hold a shorter sentence
    contained in the representative, and its source does not say the rest.
    """
    target = content_stems(group.lead.words)
    found = {
        s.source_id
        for s in sentences
        if s.source_id != group.lead.source_id and supports(target, content_stems(s.words))
    }
    return sorted(found | {group.lead.source_id})
