"""Where a text writes a name at the start of a word, without reading the text per name.

``starts(surface, text, glued)`` answers what a loop of ``text.find(surface, at + 1)``
keeping the places with no word character (nor one of ``glued``) right before them
answers: ``known_people`` asks it of the surname of each name the tagger did not read as
a person's, and ``actors.fronts.written_whole`` (a name written whole, for the body names
of ``always_runs_on`` and ``mostly_a_place`` and the surnames of ``given_names``) of each
name it reads. One search per name reads the whole text, so an article naming thousands
of people took time growing with the square of its length (10,000 names in one article:
most of compose's time).

A text's first ``DIRECT_SEARCHES`` questions are answered by searching it, as before (an
ordinary article is asked a few dozen); past them, the text's words are indexed once, by
the run of word characters each starts with (a word character as ``\\w`` reads one:
``str.isalnum``, or "_"), and a name opening with a word character is looked up there: a
name ending in word characters among the runs it opens ("Hale" in "Hale" and "Haley", as
the search finds it), one going on with other characters only where its first run is a
whole word ("Hale Jr" at "Hale"), then checked against the text. A name opening with any
other character is searched as before.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

# Questions a text answers by searching before its words are indexed. Measured on an
# invented text of 141,000 characters (26,600 words; ``max_source_chars`` allows 200,000)
# on the loaded dev machine: one search for a name it does not hold ~70 µs, indexing its
# words ~8.5 ms, as ~120 searches. 256 keeps an ordinary article (a few dozen names) on
# the search, and costs a hostile one about twice the index before the index is built.
DIRECT_SEARCHES = 256
# Texts whose questions are counted and index kept (past this many, the oldest is
# dropped, and indexed again when it is asked enough): one per article of a story, as
# ``known_people.NAMED_ARTICLES``.
KEPT_TEXTS = 2**14

_RUN_RE = re.compile(r"\w+")


class _Index:
    """The starts of a text's words by the run of word characters they open with, and
    those runs sorted (to find the runs a name's first run opens)."""

    def __init__(self, text: str) -> None:
        self.at: dict[str, list[int]] = {}
        for m in _RUN_RE.finditer(text):
            self.at.setdefault(m.group(), []).append(m.start())
        self.runs = sorted(self.at)

    def opening(self, run: str) -> Iterator[str]:
        """The text's runs that begin with ``run`` (itself too)."""
        i = bisect.bisect_left(self.runs, run)
        while i < len(self.runs) and self.runs[i].startswith(run):
            yield self.runs[i]
            i += 1


class _Kept:
    __slots__ = ("asked", "index", "text")

    def __init__(self, text: str) -> None:
        self.text = text  # kept alive, so its id is no other text's while it is kept
        self.asked = 0
        self.index: _Index | None = None


_KEPT: dict[int, _Kept] = {}


def starts(surface: str, text: str, glued: str = "") -> Iterator[int]:
    """Where ``text`` writes ``surface`` with no word character, nor a character of
    ``glued``, right before it, left to right (overlapping ones too: what a search
    from each place found plus one finds)."""
    index = _index(text)
    first = _RUN_RE.match(surface)
    if index is None or first is None:
        return _searched(surface, text, glued)
    run = first.group()
    runs = index.opening(run) if len(run) == len(surface) else iter([run])
    places = sorted(at for r in runs for at in index.at.get(r, ()))
    return (
        at for at in places if text.startswith(surface, at) and not (at and text[at - 1] in glued)
    )


def _searched(surface: str, text: str, glued: str) -> Iterator[int]:
    """``starts``, by searching the text from each place found plus one."""
    at = text.find(surface)
    while at >= 0:
        before = text[at - 1] if at else ""
        if not before or not (before.isalnum() or before == "_" or before in glued):
            yield at
        at = text.find(surface, at + 1)


def _index(text: str) -> _Index | None:
    """The index of ``text``'s words once it has been asked ``DIRECT_SEARCHES`` times."""
    kept = _KEPT.get(id(text))
    if kept is None or kept.text is not text:
        if len(_KEPT) >= KEPT_TEXTS:
            del _KEPT[next(iter(_KEPT))]
        kept = _KEPT[id(text)] = _Kept(text)
    kept.asked += 1
    if kept.index is None and kept.asked > DIRECT_SEARCHES:
        kept.index = _Index(text)
    return kept.index
