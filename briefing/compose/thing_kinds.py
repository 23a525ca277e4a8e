"""Several things of one word: is "the virus" one the reader can tell?

A story may name several things of one word ("the Tansy worm", "the Corvid worm", "the
Pallet worm"): "the worm", read alone, says which only by a name (``thing_notes``). But
one article of such a story is often about one of them, and there "the worm" is that
one, as its headline or its own names say (s32: statistic entries of unseen stories on
several diseases were dropped, though their article spoke of one virus only). Read from
the names the mentions of the word give (``thing_notes``), each a set of proper words:

- the story names several such things when the most-named one has under
  ``ONE_THING_SHARE`` of the named mentions, names sharing a proper word being one
  thing ("the Skylark Casino", "the Skylark casino complex");
- an article is about one of them when all its named mentions of the word, and the
  story's names its headline or the sentence use, are that one, one of them named
  before the sentence or by the headline or the sentence, and it counts none unnamed
  ("a new worm", "another worm": a second one, perhaps the one meant).
"""

from __future__ import annotations

import string
from collections.abc import Sequence

# A story is about one thing of a word when the most-named one has this share of the
# named mentions (set by hand on dev stories: one crashed plane 8 of 9 mentions, one jet
# 9 of 9; many viruses, the most-named 13 of 31).
ONE_THING_SHARE = 2 / 3
_PUNCTUATION = string.punctuation + "“”‘’"


def proper_words(name: str) -> set[str]:
    """The capitalised words of a name ("Skylark" of "the Skylark casino"), without
    the quotation marks or other punctuation around them."""
    words = (w.strip(_PUNCTUATION) for w in name.split())
    return {w for w in words if w[:1].isupper()}


def several_things(names: Sequence[set[str]]) -> bool:
    """Whether ``names`` (each named mention's proper words, across the story) name
    several things of one word, no one of them most often."""
    return bool(names) and _largest_share(names) < ONE_THING_SHARE


def article_one(
    before: Sequence[str],
    after: Sequence[str],
    story: Sequence[str],
    said: str,
    *,
    counted_unnamed: bool,
) -> str | None:
    """A name for the one thing of a word an article is about, as a sentence of it
    reads: the names its mentions gave before the sentence (``before``) and after it
    (``after``), and the story's names (``story``) that the headline or the sentence
    itself (``said``) use, all one thing; the first named before, else by the headline or
    the sentence. None when they name several, none is named before the sentence or by
    the headline or the sentence, or the article counts one unnamed (``counted_unnamed``:
    "a new virus")."""
    if counted_unnamed:
        return None
    told = proper_words(said)
    found = {n: proper_words(n) for n in story}
    by_said = [n for n, words in found.items() if words and words <= told]
    names = [*before, *after, *by_said]
    if not names or _largest_share([proper_words(n) for n in names]) < 1:
        return None
    return next(iter([*before, *by_said]), None)


def _largest_share(names: Sequence[set[str]]) -> float:
    """The share of ``names`` (each a name's proper words) that name the most-named
    thing, names sharing a word (directly or through others) naming one thing."""
    groups: list[tuple[set[str], int]] = []
    for words in names:
        joined = [g for g in groups if g[0] & words]
        merged = set(words).union(*(g[0] for g in joined))
        count = 1 + sum(g[1] for g in joined)
        groups = [g for g in groups if not g[0] & words] + [(merged, count)]
    return max(n for _, n in groups) / len(names)
