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
  ("extradite" / "extradition": ``events.word_class``; "named" / "appointed":
  ``wordforms.deed_synonym``). A main predicate is the main verb,
  the verbs joined to it and those it governs ("wants ... to extradite"), with their objects
  ("asked for the extradition"): not a side clause's ("After weeks of refusing to see
  them, Pell met ..." tells a meeting, not a refusal);
- and they share a name besides the doer's ("Pell").

Two statements also tell one event when their main predicates count the same things
(``Deed.counts``: "the bodies of the four divers were found off Tarvo" / "Ostby
said in Tarvo that the remains of four men had been brought ashore") and they share a name
besides their doers' and the counted things' or an event verb (``one_count``): a count in
a side clause ("the inspector, who was looking into the drownings of four divers, was
dismissed") is the side clause's.

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
from briefing.compose.near_duplicates import stem
from briefing.lang.dates import YEAR_RE
from briefing.lang.figures import NOT_COUNTED, word_value
from briefing.lang.speech import SAYING_LEMMAS
from briefing.lang.wordforms import deed_synonym
from briefing.parsed import Span, Token

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_NOT_DEEDS = NO_EVENT | SAYING_LEMMAS
# A main verb's dependents that carry its act on ("wants ... to extradite", "said it would
# extradite"), and those that are its objects ("asked for the extradition": the
# preposition's own object is taken too).
_GOVERNED = frozenset({"xcomp", "ccomp"})
_OBJECT_DEPS = frozenset({"dobj", "obj", "prep", "attr", "oprd"})
# The least count two statements' main predicates must share to tell one event
# (``one_count``): two and three count too many different things in one story ("two
# inmates", "two terms"). Set by hand from the DUC 2004 dev summaries judged in session 48
# (four divers' bodies found / four men's remains brought ashore); not swept.
MIN_COUNT = 4
_NOUN_TAGS = frozenset({"NOUN", "PROPN"})
# Dependencies from a counted noun up to its main predicate's verb that keep it part of
# what the predicate tells: subjects, objects, prepositions and their objects, appositions
# and conjuncts ("the bodies of the four divers were found"); a clause's
# (``relcl``, ``advcl``, ``acl``) is a side matter.
_PHRASE_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "obj", "pobj", "prep", "agent", "attr", "oprd", "appos", "conj"}
)


@dataclass(frozen=True)
class Deed:
    """What one statement's parse tells of its acts: the names (``events.name_key``) in
    its main acts' subjects, the classes of its main predicate's event verbs and of its
    verbs and their objects."""

    doers: frozenset[str] = frozenset()
    verbs: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    counts: frozenset[int] = frozenset()  # whole numbers its main predicate counts things by
    counted: frozenset[str] = frozenset()  # the stems of the nouns counted ("kurd")


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
    main = {t.i for t in heads}
    counted = [(n, t.head) for t in span if (n := _main_count(t, main)) is not None]
    counts = frozenset(n for n, _ in counted)
    return Deed(doers, verbs, words, counts, frozenset(stem(noun.lower_) for _, noun in counted))


def _main_count(token: Token, main: set[int]) -> int | None:
    """The whole number ``token`` counts things by ("four" of "four men"), when at least
    ``MIN_COUNT`` and no year ("June 1996"), its noun after it and no unit ("four years")
    and the noun part of the subject or the objects of a verb of ``main``
    (``_PHRASE_DEPS``); else None."""
    noun = token.head
    if token.dep_ != "nummod" or noun.i < token.i or noun.pos_ not in _NOUN_TAGS:
        return None  # "Flight 990", "Boeing 767": a number after its noun names it
    if noun.lemma_.lower() in NOT_COUNTED:
        return None
    value = word_value(token.text.lower())
    if YEAR_RE.fullmatch(token.text) or value is None or value < MIN_COUNT or value != int(value):
        return None
    node = token.head
    for _ in range(len(token.doc)):  # a parse's heads end at its root: bounded all the same
        if node.i in main:
            return int(value)
        if node.dep_ not in _PHRASE_DEPS or node.head is node:
            return None
        node = node.head
    return None


def one_deed(a: Deed, names_a: frozenset[str], b: Deed, names_b: frozenset[str]) -> bool:
    """Whether deeds ``a`` and ``b`` (of statements naming ``names_a`` and ``names_b``)
    are one doer's one act: a doer in common, an event verb of either of a class of the
    other's words, and a name in common besides the doers'."""
    doers = a.doers & b.doers
    if not doers or not (names_a & names_b) - doers:
        return False
    return bool(a.verbs & b.words or b.verbs & a.words or _acts(a.verbs) & _acts(b.verbs))


def _acts(classes: frozenset[str]) -> frozenset[str]:
    """``classes`` with a verb telling the act another tells read as one class
    (``wordforms.deed_synonym``: "named" / "appointed"), for two event verbs: a noun of
    the same letters is another word ("gave the name of Pell" appoints nobody)."""
    return frozenset(deed_synonym(c) for c in classes)


def one_count(a: Deed, names_a: frozenset[str], b: Deed, names_b: frozenset[str]) -> bool:
    """Whether deeds ``a`` and ``b`` (of statements naming ``names_a`` and ``names_b``)
    count the same things (``Deed.counts``) in one event: a count in common and a name in
    common that is neither's doer nor the things counted ("the bodies of the four divers
    were found off Tarvo" / "Ostby said in Tarvo that the remains of four men had
    been brought ashore"), or an event verb of either of a class of the other's words ("found
    the bodies of four divers" / "the bodies of the four divers were found"). A doer
    alone is no evidence: a party does many things with its five jets ("Ostair grounded
    its five jets" / "Ostair took five planes in 1972"), and "100 Kurds" fasting in one
    city and camping in another are two."""
    if not a.counts & b.counts:
        return False
    names = (names_a & names_b) - a.doers - b.doers - a.counted - b.counted
    return bool(names or a.verbs & b.words or b.verbs & a.words)
