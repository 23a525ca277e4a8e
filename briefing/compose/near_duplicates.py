"""Merge near-duplicate sentences across articles into one statement with every source.

Wire copy is reprinted and rewritten: the same sentence, or one differing by a few
words, turns up in many articles. A reader should see it once, cited to every source
that carries it; the number of sources is the statement's corroboration.

Similarity is measured on sets of stemmed content words: the Jaccard overlap, or the
share of the shorter sentence contained in the longer one (a trimmed reprint).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import Any

import numpy as np
from scipy import sparse

from briefing.compose import near_pairs, story_indexes
from briefing.compose.memo import by_words, decode_strings, encode_strings
from briefing.lang.months import WEEKDAYS
from briefing.lang.porter import porter_stemmer
from briefing.lang.speech import SAYING_VERBS
from briefing.lang.stopwords import STOP_WORDS
from briefing.model import Corpus, Sentence

# Near-duplicate bars: chosen by hand in 92972e9; not benchmarked.
JACCARD = 0.6
CONTAINMENT = 0.85
_MIN_CONTAIN_WORDS = 6

# Distinct words whose stems are remembered, in this process and (``known_stems``, kept by
# the compose cache) across builds: the 880 articles of benchmarks/scale.py have 28,568.
STEM_TABLE = 2**18
_STEMS: dict[str, str] = {}


def stem(word: str) -> str:
    try:
        return _STEMS[word]
    except KeyError:
        pass
    out = _stemmer().stem(word)
    if len(_STEMS) < STEM_TABLE:
        _STEMS[word] = out
    return out


def stem_all(words: Iterable[str]) -> list[str]:
    """``stem`` of each word: the table read directly, the stemmer asked only for a word
    it lacks (a stem is never ``None``; an empty one is asked again, and found)."""
    get = _STEMS.get
    return [get(w) or stem(w) for w in words]


@functools.cache
def _stemmer() -> Any:
    """nltk's Porter stemmer, loaded on the first word the stem table lacks and without
    importing the nltk package (``lang.porter``: ~0.45 CPU s of benchmarks/scale.py's
    second run, whose build process stems a few words the table lacks)."""
    return porter_stemmer()


def known_stems() -> dict[str, str]:
    """The stems worked out so far, by word (shared: callers must not change it)."""
    return _STEMS


def stems_since(known: int) -> dict[str, str]:
    """The stems worked out after the first ``known`` (the table only grows, in order): what
    a forked process sends back, so that the table the compose cache keeps has them."""
    return dict(islice(_STEMS.items(), known, None))


def learn_stems(table: dict[str, str]) -> None:
    """Remember stems worked out earlier (by this nltk's stemmer: the caller checks)."""
    for word, stemmed in table.items():
        if len(_STEMS) >= STEM_TABLE:
            break
        _STEMS.setdefault(word, stemmed)


@by_words("content_stems", encode_strings, decode_strings)
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


# Sentences compared against every earlier leader at a time. Memory is O(BLOCK x sentences)
# (at most 128 x 25,000 overlaps, ~40 MB, when one stem is in every sentence) instead of
# the all-pairs matrix that took 11.7 GB on a 25,000-sentence file (benchmarks/hostile.py).
BLOCK = 128
# Near-duplicates a sentence's comparison keeps at most (its first, in sentence order). A
# story of 1,000 near-identical sentences ("Kall denied any role in the blaze number7.")
# made a million pairs, grouped and stored one by one in Python (6 of a 10 CPU s build).
# The most a sentence of the 20 dev stories has is 9; one reprinted in every
# article of a story has as many as the story has articles.
MAX_NEIGHBOURS = 100


def _incidence(sets: Sequence[frozenset[str]]) -> sparse.csr_matrix:
    """Sentence x stem 0/1 matrix of the given sets, stems numbered in the order first seen.

    Built without a Python step per (sentence, stem) pair: the 880 articles of
    benchmarks/scale.py have ~330,000 pairs, and the loop that appended each was a third
    of ``group_near_duplicates`` (about 0.8 of 2.4 CPU s).
    """
    flat = list(chain.from_iterable(sets))
    vocab = dict.fromkeys(flat)  # first-seen order
    number = dict(zip(vocab, range(len(vocab)), strict=True))
    cols = np.fromiter(map(number.__getitem__, flat), dtype=np.int64, count=len(flat))
    rows = np.repeat(np.arange(len(sets)), [len(s) for s in sets])
    return sparse.csr_matrix(
        (np.ones(len(flat), dtype=np.float32), (rows, cols)),
        shape=(len(sets), max(1, len(vocab))),
    )


def _similar(shared: np.ndarray, size: float, others: np.ndarray) -> np.ndarray:
    """The near-duplicate test, vectorised over one sentence's overlaps with others."""
    jaccard = shared / (size + others - shared)
    smaller = np.minimum(size, others)
    contained = (smaller >= _MIN_CONTAIN_WORDS) & (shared >= CONTAINMENT * smaller)
    return (jaccard >= JACCARD) | contained


def _similar_pairs(
    inter: sparse.csr_matrix, size: np.ndarray, block: list[int]
) -> dict[int, list[int]]:
    """For each row of ``inter`` (the overlaps of the sentences ``block`` with every
    sentence), the other sentences it nearly duplicates, tested for all stored pairs at
    once: a row has ~27,000 of them on benchmarks/scale.py's 880 articles (a stem like
    "say" is in most sentences) and few or none similar, and a Python step of numpy calls
    per row was most of ``group_near_duplicates``."""
    per_row = np.diff(inter.indptr)
    near = np.flatnonzero(
        _similar(inter.data, np.repeat(size[block], per_row), size[inter.indices])
    )
    rows = np.searchsorted(inter.indptr, near, side="right") - 1
    cols = inter.indices[near]
    other = cols != np.asarray(block, dtype=np.int64)[rows]  # not a sentence and itself
    rows, cols = rows[other], cols[other]
    within = np.arange(len(rows)) - np.searchsorted(rows, rows, side="left")  # rows in order
    if len(rows) and within.max() >= MAX_NEIGHBOURS:  # the first MAX_NEIGHBOURS of a row
        order = np.lexsort((cols, rows))
        rows, cols = rows[order], cols[order]
        rows, cols = rows[within < MAX_NEIGHBOURS], cols[within < MAX_NEIGHBOURS]
    out: dict[int, list[int]] = {}
    for r, j in zip(rows.tolist(), cols.tolist(), strict=True):
        out.setdefault(r, []).append(j)
    return out


def similar_sets(a: frozenset[str], b: frozenset[str]) -> bool:
    """The near-duplicate test on two content-stem sets (same rule as ``_similar``)."""
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
    similar = _neighbours(sets)
    order = sorted(range(len(sentences)), key=lambda i: -priority[i])
    rank = [math.inf] * len(sentences)  # order in which leaders were made, inf if none
    groups: dict[int, Group] = {}
    for i in order:
        near = similar.get(i)  # most sentences have none: no list made for them
        hits = [j for j in near if rank[j] < math.inf] if near else None
        if hits:
            groups[min(hits, key=rank.__getitem__)].members.append(sentences[i])
        else:
            rank[i] = len(groups)
            groups[i] = Group([sentences[i]])
    return list(groups.values())


def _neighbours(sets: Sequence[frozenset[str]]) -> dict[int, list[int]]:
    """For each sentence (by its content stems), the others it nearly duplicates.

    Pairs of sets the kept table (``near_pairs``) knows come from it, tested again (an
    entry is hostile); only the sentences of other sets are compared with every sentence,
    ``BLOCK`` at a time. The table of this grouping is then left to be stored."""
    names = [near_pairs.digest(s) if s else None for s in sets]
    table = near_pairs.known()
    size = np.array([len(s) for s in sets], dtype=np.float32)
    if table is None:
        known: list[tuple[int, int]] = []
        fresh = [i for i, name in enumerate(names) if name is not None]
        wrong = 0  # a damaged table's pairs: it is stored again, right
    else:
        known, fresh, wrong = near_pairs.sentence_pairs(
            table, names, lambda pairs: _similar_sentences(sets, size, pairs)
        )
    out: dict[int, set[int]] = {}
    for i, j in known:
        out.setdefault(i, set()).add(j)
        out.setdefault(j, set()).add(i)
    if fresh:
        m = _incidence(sets)
        m_t = m.T.tocsr()
        for start in range(0, len(fresh), BLOCK):
            block = fresh[start : start + BLOCK]
            # Overlap of each sentence in the block with every sentence, sparse: only
            # pairs that share a stem are stored.
            for r, found in _similar_pairs((m[block] @ m_t).tocsr(), size, block).items():
                i = block[r]
                for j in found:
                    out.setdefault(i, set()).add(j)
                    out.setdefault(j, set()).add(i)
    _keep(names, out, len(fresh) + wrong)
    return {i: list(js) for i, js in out.items()}


def _similar_sentences(
    sets: Sequence[frozenset[str]], size: np.ndarray, pairs: list[tuple[int, int]]
) -> list[bool]:
    """Which of these sentence pairs are near-duplicates: the fresh comparison's test
    (``_similar``, on the same float32 numbers), so a kept pair joins what it would."""
    at = np.array(pairs, dtype=np.int64)
    shared = np.fromiter(
        (len(sets[i] & sets[j]) for i, j in pairs), dtype=np.float32, count=len(pairs)
    )
    return ((shared > 0) & _similar(shared, size[at[:, 0]], size[at[:, 1]])).tolist()


def _keep(names: Sequence[str | None], similar: dict[int, set[int]], fresh: int) -> None:
    """Leave the sets of this grouping and their near-duplicate pairs to be stored
    (``fresh``: how many sentences were not taken from the kept table as they were)."""
    number: dict[str, int] = {}
    for name in names:
        if name is not None:
            number.setdefault(name, len(number))
    pairs: set[tuple[int, int]] = set()
    for i, js in similar.items():
        a = number[names[i]]  # type: ignore[index]
        for j in js:
            b = number[names[j]]  # type: ignore[index]
            if a < b:
                pairs.add((a, b))
    near_pairs.made(near_pairs.PairTable(list(number), sorted(pairs)), fresh)


# A paraphrase in another article supports a statement when it carries most of the
# statement's content words and is mostly about them (not a long sentence that happens to
# mention them). Stricter than nothing, looser than the near-duplicate merge: the two
# sentences stay separate candidates, only the citation is shared.
# SUPPORT_COVER was raised from 0.6 in dfaa0bc after a review found '7 million' cited to a
# source saying '5 million'; the focus and shared bars chosen by hand in 2e783a1. Not benchmarked.
SUPPORT_COVER = 0.7
SUPPORT_FOCUS = 0.4
SUPPORT_MIN_SHARED = 4
# The same share of the statement's words weighted by rarity (inverse sentence frequency
# in the coverage): the words a sentence leaves out must be the story's everyday ones, not
# what makes the fact ("cleared the council on Tuesday" left out "narrowly", "Assembly" and
# "Friday" of "... narrowly cleared the Assembly on Friday": 0.63). Set from the 20
# multi-source citations of the 20 TUNING and CHECK briefs (session 13): the two
# unsupported ones weighed 0.63 and 0.67, the supported ones 0.73 and more but one
# ("a boat sinking" told as "capsized", 0.61), which precision lets go.
SUPPORT_WEIGHT = 0.7
_WEEKDAY_STEMS = frozenset(WEEKDAYS)


# Saying verbs (lang/speech's, which has no verb whose stem is also a thing) and the
# commonest unnamed speakers, left out of the weighed words: "The ministry said ..."
# supports "Officials insisted that ..." when the rest agrees.
@functools.cache
def _saying() -> frozenset[str]:
    """Their stems, worked out on first use (``near_duplicates._stemmer``)."""
    return frozenset(
        stem(w) for w in (*SAYING_VERBS, "official", "officials", "spokesman", "spokeswoman")
    )


def _numbers(stems: frozenset[str]) -> set[str]:
    return {w for w in stems if any(ch.isdigit() for ch in w)}


def _other_day(statement: frozenset[str], other: frozenset[str]) -> bool:
    """Both name a weekday and no weekday of one is in the other: another day's event."""
    mine, theirs = statement & _WEEKDAY_STEMS, other & _WEEKDAY_STEMS
    return bool(mine and theirs and not mine & theirs)


def supports(
    statement: frozenset[str], other: frozenset[str], idf: dict[str, float] | None = None
) -> bool:
    """Does ``other`` say what ``statement`` says? Every figure must match, and a
    weekday, too; with ``idf`` (word -> weight), the shared words must also carry
    ``SUPPORT_WEIGHT`` of the statement's weight."""
    shared = statement & other
    if not (
        len(shared) >= SUPPORT_MIN_SHARED
        and len(shared) >= SUPPORT_COVER * len(statement)
        and len(shared) >= SUPPORT_FOCUS * len(other)
        and _numbers(statement) <= other  # "7 million" is not supported by "5 million"
        and not _other_day(statement, other)
    ):
        return False
    if idf is None:
        return True
    fact = statement - _saying()  # who said it, and how, is not the fact
    total = math.fsum(idf.get(w, 0.0) for w in fact)
    return math.fsum(idf.get(w, 0.0) for w in shared & fact) >= SUPPORT_WEIGHT * total


class SupportIndex:
    """Content stems of every sentence, computed once, the sentences holding each stem,
    and each stem's inverse sentence frequency.

    ``supporting_sources`` of one statement then looks at the sentences sharing one of its
    rarest stems instead of re-stemming every sentence of the corpus per statement.
    """

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self.sentences = list(sentences)
        self.stems = [content_stems(s.words) for s in self.sentences]
        self.by_stem: dict[str, list[int]] = {}
        for i, st in enumerate(self.stems):
            for w in st:
                self.by_stem.setdefault(w, []).append(i)
        n = len(self.sentences)
        self.idf = {w: math.log((n + 1) / (len(at) + 0.5)) for w, at in self.by_stem.items()}

    def supporting_sources(self, group: Group) -> list[int]:
        """The statement's own source plus every source with a sentence that supports it.

        Computed afresh rather than taken from the group: a group may hold a shorter
        sentence contained in the representative, and its source does not say the rest.
        """
        return self.sources_supporting(group.lead.words, group.lead.source_id)

    def sources_supporting(
        self, words: Sequence[str], own: int, accept: Callable[[Sentence], bool] | None = None
    ) -> list[int]:
        """Source ``own`` (whose sentence ``words`` are) and every other source with a
        sentence that supports them (and that ``accept``, when given, accepts)."""
        target = content_stems(words)
        # A supporting sentence shares at least ``need`` of the target's stems, so it holds
        # one of any ``len(target) - need + 1`` of them: look up the rarest. ``int`` rounds
        # the cover down, so ``need`` never exceeds the true bound.
        need = max(SUPPORT_MIN_SHARED, int(SUPPORT_COVER * len(target)))
        rare = sorted(target, key=lambda w: (len(self.by_stem.get(w, ())), w))
        candidates = {
            i for w in rare[: max(0, len(target) - need + 1)] for i in self.by_stem.get(w, ())
        }
        found = {
            self.sentences[i].source_id
            for i in candidates
            if self.sentences[i].source_id != own
            and supports(target, self.stems[i], self.idf)
            and (accept is None or accept(self.sentences[i]))
        }
        return sorted(found | {own})


def story_support(corpus: Corpus) -> SupportIndex:
    """``SupportIndex`` of every sentence of ``corpus``, built once per brief
    (``story_indexes``)."""
    return story_indexes.of(corpus, "support", lambda: SupportIndex(corpus.sentences()))
