"""Whether two outlets tell one doer's act, one by its verb and the other in other words.

"Ostland wants Marlow to extradite the smuggler, Dara Pell" and "Ostland has asked for
Pell's extradition" tell one act of one doer: the first by the verb, the second by its
noun under another verb. Their words share too little for ``near_duplicates`` and their
main verbs differ ("want" / "ask"), so ``restated.one_report`` does not read them as one.
Two statements of different articles tell one deed when

- a name in the subject of one's main act (or of a verb joined to it) is in the subject of
  the other's: one doer;
- an event verb of one's main predicate (not being, having or saying: ``events.NO_EVENT``,
  ``speech.SAYING_LEMMAS``) is of the class of a word of the other's
  ("extradite" / "extradition": ``events.word_class``). A main predicate is the main verb,
  the verbs joined to it and those it governs ("wants ... to extradite"), with their objects
  ("asked for the extradition"): not a side clause's ("After months of declining to meet
  them, Pell met ..." tells a meeting, not a refusal);
- and they share a name besides the doer's ("Pell").

Names come from the parse's entities: a corpus analysed without them (rouge_eval.py's
mode) has no deeds, so this test cannot move ROUGE.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.compose.events import (
    NAME_LABELS,
    NO_EVENT,
    main_verb,
    name_key,
    timed_verb,
    word_class,
)
from briefing.lang.speech import SAYING_LEMMAS
from briefing.parsed import Span

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_NOT_DEEDS = NO_EVENT | SAYING_LEMMAS
# A main verb's dependents that carry its act on ("wants ... to extradite", "said it would
# extradite"), and those that are its objects ("asked for the extradition": the
# preposition's own object is taken too).
_GOVERNED = frozenset({"xcomp", "ccomp"})
_OBJECT_DEPS = frozenset({"dobj", "obj", "prep", "attr", "oprd"})


@dataclass(frozen=True)
class Deed:
    """What one statement's parse tells of its acts: the names (``events.name_key``) in
    its main acts' subjects, the classes of its main predicate's event verbs and of its
    verbs and their objects."""

    doers: frozenset[str] = frozenset()
    verbs: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()


NO_DEED = Deed()


def deed_of(span: Span | None) -> Deed:
    """The deed of the sentence over ``span`` (``NO_DEED`` without a parse or a main act)."""
    if span is None:
        return NO_DEED
    verb = main_verb(span)
    verb = timed_verb(verb) if verb is not None else None
    if verb is None:
        return NO_DEED
    heads = [verb, *verb.conjuncts]
    subjects = [
        (c.left_edge.i, c.right_edge.i + 1)
        for head in heads
        for c in head.children
        if c.dep_ in _SUBJECT_DEPS
    ]
    heads += [c for head in heads for c in head.children if c.dep_ in _GOVERNED]
    objects = [c for head in heads for c in head.children if c.dep_ in _OBJECT_DEPS]
    objects += [c for p in objects if p.dep_ == "prep" for c in p.children if c.dep_ == "pobj"]
    doers = frozenset(
        key
        for ent in span.doc.ents_starting(span.start, span.end)
        if ent.label_ in NAME_LABELS
        and any(a <= ent.start < b for a, b in subjects)
        and (key := name_key(ent))
    )
    verbs = frozenset(
        word_class(t.lemma_)
        for t in heads
        if t.pos_ == "VERB" and t.lemma_ and t.lemma_.lower() not in _NOT_DEEDS
    )
    words = frozenset(
        word_class(t.lemma_)
        for t in [*heads, *objects]
        if t.pos_ in ("VERB", "NOUN") and t.lemma_ and span.start <= t.i < span.end
    )
    return Deed(doers, verbs, words)


def one_deed(a: Deed, names_a: frozenset[str], b: Deed, names_b: frozenset[str]) -> bool:
    """Whether deeds ``a`` and ``b`` (of statements naming ``names_a`` and ``names_b``)
    are one doer's one act: a doer in common, an event verb of either of a class of the
    other's words, and a name in common besides the doers'."""
    doers = a.doers & b.doers
    if not doers or not (names_a & names_b) - doers:
        return False
    return bool(a.verbs & b.words or b.verbs & a.words)
