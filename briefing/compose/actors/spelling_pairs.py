"""The pairs of a block of full names whose surnames may be one surname misspelt, found
without comparing every pair.

``people.join_full_names`` compares the full names sharing a first name two by two:
``matching.same_person`` joins two of one first name when their surnames are spelt alike
(``similar_spelling``: equal, or at most ``MAX_EDITS`` edits apart). A story naming
thousands of people of one given name made millions of comparisons (an invented article
quoting 4,000 people of 14 given names: most of the actors' time, growing with the
square). Two words at most ``MAX_EDITS`` edits apart give one word when each loses at
most ``MAX_EDITS`` letters (an edit costs each side one deletion at most), so each surname
is indexed by every word its deletions give, and only the names meeting there are
compared: every pair ``similar_spelling`` may accept, and few more. A surname longer than
``MAX_INDEXED_CHARS`` (its deletions grow with the square of its length) is compared
with every name of the block, as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

# Edits ``matching.similar_spelling`` allows at most (two from SPELLING_LONG_CHARS on).
MAX_EDITS = 2
# A block of this many names or fewer is compared pair by pair: as quick as the index.
# Set by hand, a speed bound; the 20 dev stories' largest block holds a few dozen.
PAIRED_WHOLE = 64
# Surnames longer than this are not indexed (a 30-letter word has 466 deletions).
MAX_INDEXED_CHARS = 30


def _deletions(word: str) -> set[str]:
    """``word`` and every word it gives without one or two of its letters."""
    found = {word}
    edge = {word}
    for _ in range(MAX_EDITS):
        edge = {w[:i] + w[i + 1 :] for w in edge for i in range(len(w))}
        found |= edge
    return found


def alike_pairs(members: list[int], surnames: list[str]) -> Iterator[tuple[int, int]]:
    """Pairs ``(members[x], members[y])``, x < y, whose ``surnames`` (by position) may be
    at most ``MAX_EDITS`` edits apart: all pairs of a small block; in a large one, those
    sharing a deletion, and each long surname's with every other, in no order."""
    if len(members) <= PAIRED_WHOLE:
        yield from combinations(members, 2)
        return
    by_form: dict[str, list[int]] = {}
    long: list[int] = []
    for x, name in enumerate(surnames):
        if len(name) > MAX_INDEXED_CHARS:
            long.append(x)
            continue
        for form in _deletions(name):
            by_form.setdefault(form, []).append(x)
    pairs = {(x, y) for xs in by_form.values() for x, y in combinations(xs, 2)}
    pairs |= {(min(x, y), max(x, y)) for x in long for y in range(len(members)) if x != y}
    for x, y in pairs:
        yield members[x], members[y]
