"""Which content-stem sets of a story nearly duplicate each other, kept across builds.

``near_duplicates.group_near_duplicates`` compares every sentence with every other one
sharing a stem (a sparse product over all sentences: about 0.5 CPU s on the 723 articles
of a grown folder, redone by every cron run). Whether two sentences are near-duplicates is
a pure function of their two stem sets, so the pairs found are kept here: a ``PairTable``
holds a digest of each distinct stem set of the last grouping and every near-duplicate
pair among them (the table is complete for its sets). The next build compares only the
sentences whose sets the table does not know with every sentence, and takes the pairs of
the known ones from the table, so the groups are the same as when everything is compared.

The compose cache (``briefing.compose.features``) stores the table in the output folder
under a key of the code, like the stem table, and reads it back as hostile input (digests
of the right shape, each once, and pairs of two of them): ``load_table`` after reading it,
``changed`` to write it back. A pair whose sets are not near-duplicates is dropped when the
table is used (``sentence_pairs`` tests every pair of sets again, before it pairs their
sentences).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

DIGEST_BYTES = 12  # 96 bits: no two of a story's sets share one by chance
DIGEST_RE = re.compile(rf"[0-9a-f]{{{2 * DIGEST_BYTES}}}")
# A table of more sets is not kept (its entry would take longer to read than to redo);
# the 723 articles of a grown benchmarks/scale.py folder have about 19,500.
# Chosen by hand (session 36); not benchmarked.
MAX_SETS = 400_000


def digest(stems: frozenset[str]) -> str:
    """The name of a stem set in a table (the same in every process)."""
    data = "\x1f".join(sorted(stems)).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=DIGEST_BYTES).hexdigest()


@dataclass
class PairTable:
    """Distinct stem sets (by ``digest``) and the near-duplicate pairs among them, as
    indices into ``digests``, lower first; every pair of these sets is in it."""

    digests: list[str] = field(default_factory=list)
    pairs: list[tuple[int, int]] = field(default_factory=list)

    def index(self) -> dict[str, int]:
        return {d: i for i, d in enumerate(self.digests)}


_known: list[PairTable | None] = [None]  # the table read from the output folder
_made: list[PairTable | None] = [None]  # the table of this build's grouping, to be stored


def load_table(table: PairTable | None) -> None:
    """Use ``table`` (read from the output folder, or None) in this build's grouping."""
    _known[0] = table
    _made[0] = None


def known() -> PairTable | None:
    return _known[0]


def made(table: PairTable, fresh: int) -> None:
    """The grouping's sets and pairs: stored by ``changed`` unless it is the table read,
    unchanged (no set compared afresh, ``fresh``, and none of the table's left out)."""
    old = _known[0]
    same = old is not None and not fresh and len(old.digests) == len(table.digests)
    _made[0] = None if same or len(table.digests) > MAX_SETS else table


def changed() -> PairTable | None:
    """The table to store after this build, or None when there is nothing new."""
    return _made[0]


def sentence_pairs(
    table: PairTable,
    names: Sequence[str | None],
    similar: Callable[[list[tuple[int, int]]], list[bool]],
) -> tuple[list[tuple[int, int]], list[int], int]:
    """The table's pairs as sentence indices, for the sentences whose sets are ``names``
    (None: an empty set, never a near-duplicate), sentences of one set paired too; the
    sentences whose set the table does not know, to be compared afresh; and how many of
    the table's pairs were wrong.

    Each of the table's pairs of sets is tested once, on one sentence of each set
    (``similar``: which of these sentence pairs are near-duplicates), before it is told as
    every pair of their sentences: a hostile table pairing sets that many sentences share
    (a site's boilerplate line in hundreds of articles) made millions of sentence pairs,
    each tested and dropped only then."""
    where = table.index()
    by_set: dict[int, list[int]] = {}
    fresh: list[int] = []
    for i, name in enumerate(names):
        if name is None:
            continue
        at = where.get(name)
        if at is None:
            fresh.append(i)
        else:
            by_set.setdefault(at, []).append(i)
    out: list[tuple[int, int]] = []
    for members in by_set.values():
        if len(members) > 1:
            out += [(i, j) for k, i in enumerate(members) for j in members[k + 1 :]]
    used = [(a, b) for a, b in table.pairs if a in by_set and b in by_set]
    good = similar([(by_set[a][0], by_set[b][0]) for a, b in used]) if used else []
    for (a, b), ok in zip(used, good, strict=True):
        if ok:
            out += [(i, j) for i in by_set[a] for j in by_set[b]]
    return out, fresh, len(good) - sum(good)
