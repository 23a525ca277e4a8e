"""A candidate statement of the summary and the background, and what its words tell.

``synthesis`` makes one ``Candidate`` per group of near-duplicate sentences (its shown
sentence, concepts, worth and importance, and the lazily asked tests the choices read);
the helpers here say what a chosen statement tells ("told") and introduces, for the
summary's and the background's choices and their reading order (``told``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from briefing.compose.concept_ilp import Concept, gain
from briefing.compose.near_duplicates import Group
from briefing.compose.one_deed import NO_DEED, Deed
from briefing.compose.told import told_words
from briefing.model import Sentence


@dataclass
class Candidate:
    group: Group
    text: str
    length: int
    concepts: set[Concept]
    eligible: bool
    sumy: float  # best per-article sumy score of its members, 0..1 within each article
    position: int  # earliest sentence index among its members
    stems: frozenset[str] = frozenset()  # content stems, for the near-duplicate test
    importance: float = 0.0
    figures: frozenset[str] | None = None  # see ``restated.figures``
    numbers: frozenset[str] | None = None  # see ``restated.numbers``
    worth: float = 0.0  # weight of its concepts when nothing is covered yet
    # Whether it holds a short name only its article says ("the summit", ``short_names``):
    # asked when first read (``unclear``), which only the shortlist's bonus does.
    unnamed: Callable[[], bool] = lambda: False
    _unclear: bool | None = None
    vague: Callable[[], bool] = lambda: False  # tells nothing particular (``unspecific``)
    day: tuple[int, ...] | None = None  # for ``restated.one_event``
    event: Callable[[], tuple[frozenset[str], frozenset[str]]] = lambda: (frozenset(),) * 2
    deed: Callable[[], Deed] = lambda: NO_DEED  # for ``restated.one_act``, kept by its maker
    # Stems of things its article introduced before ("the river", ``definites``), lenient
    # and strict: ``Descriptions.heads`` of its lead, asked when first read (``leaning``).
    described: Callable[[], tuple[frozenset[str], frozenset[str]]] = lambda: (frozenset(),) * 2
    _heads: tuple[frozenset[str], frozenset[str]] | None = None

    @property
    def leaning(self) -> frozenset[str]:
        return self._described()[0]

    @property
    def strict_leaning(self) -> frozenset[str]:
        return self._described()[1]

    @property
    def unclear(self) -> bool:
        if self._unclear is None:
            self._unclear = self.unnamed()
        return self._unclear

    def _described(self) -> tuple[frozenset[str], frozenset[str]]:
        """``described()``, worked out once. Only the summary's and the background's
        choices read it (``told``, ``dangles``), so a candidate that is no eligible
        statement is never asked: half of the candidates of 200 dev articles, whose
        descriptions took about a tenth of ``_candidates``."""
        if self._heads is None:
            self._heads = self.described()
        return self._heads


def novel(c: Candidate, weights: dict[Concept, float], covered: set[Concept]) -> float:
    """``gain(c.concepts, weights, covered)``: the stored ``worth`` when nothing of it is
    covered (the same float: ``gain`` sums exactly, in any order)."""
    return c.worth if c.concepts.isdisjoint(covered) else gain(c.concepts, weights, covered)


def said(c: Candidate) -> tuple[frozenset[str], list[str]]:
    """Its descriptions' heads and its words, for ``told.told_choice``."""
    return c.leaning, told_by(c)


def strictly_said(c: Candidate) -> tuple[frozenset[str], list[str]]:
    """Its descriptions' heads read strictly and its words, for ``told.told_in_order``."""
    return c.strict_leaning, told_by(c)


def told_by(c: Candidate) -> list[str]:
    """The words (and figures) by which it introduces things (``told.told_words``)."""
    return told_words(c.text, c.group.lead.words)


def dangles(c: Candidate, told: set[str]) -> bool:
    """A description in ``c`` ("the river") that no chosen statement introduces (``told``:
    the stems of their words), as ``told.told_in_order`` judges it."""
    return any(key not in told for key in c.strict_leaning)


def origin(c: Candidate) -> list[Sentence]:
    """The sentences a statement stands for, the shown one first."""
    return [c.group.lead, *(s for s in c.group.members if s is not c.group.lead)]
