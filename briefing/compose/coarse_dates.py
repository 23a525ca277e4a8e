"""One event under a month or a year and under a day inside it: which entries join.

Outlets date one event as finely as they know it: "a virus named Carrow struck in late
April" and "a million computers were hit by Carrow on April 26"; "in 1976, when the jets
entered commercial service" and "May 24, 1976: the airlines launch the service". They
share a word or two (a name, a noun), too few for the merge by words (``timeline``). The
act each date tells can join them: the verb the date hangs on (or the clause it heads:
"in 1976, when the jets entered ...") is of one class, or of one act's synonyms
(``wordforms.act_synonym``: "struck" / "hit"), and one participant of it is the same in
the same role: who did it (the subject, or a passive's agent: "hit by Carrow") or what
it was done to (the object, or a passive's subject), told by a name in it or by its head
noun and that noun's compounds ("Skylark service"). The coarser entry joins the finer
one, whose day is shown and which cites both. Two entries of one article stay two: an
article that gives a month and a day inside it tells two things.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from briefing.compose.events import NAME_LABELS, name_key, word_class
from briefing.compose.near_duplicates import stem
from briefing.lang.speech import SAYING_LEMMAS
from briefing.lang.stopwords import STOP_WORDS
from briefing.lang.wordforms import MARKET_NOUNS, MARKET_VERBS, START_ACT, act_synonym
from briefing.model import Corpus, Sentence
from briefing.parsed import Token, tokens_at

# The date's own clause: "1976, when the jets entered service" (a relative clause on it).
_DATE_CLAUSE_DEPS = frozenset({"relcl", "acl"})
_DOER_DEPS = frozenset({"nsubj"})
_DONE_DEPS = frozenset({"dobj", "nsubjpass"})
# How far up from the date its verb is looked for ("struck in late April": two steps).
# Chosen by hand in 3bdfd92 (story_eval tl gold 110/196 unchanged); not benchmarked.
MAX_CLIMB = 4


@dataclass(frozen=True)
class DatedAct:
    """The act a date tells: its verb's class (synonyms joined), who did it, and what it
    was done to, each as the words that name it (stemmed); ``names`` are the names alone
    of all its participants, whatever the role (``events.name_key``)."""

    verb: str
    doers: frozenset[str]
    done: frozenset[str]
    names: frozenset[str] = frozenset()

    def same(self, other: DatedAct) -> bool:
        """One act: one verb class, and a participant in common in the same role."""
        return self.verb == other.verb and bool(self.doers & other.doers or self.done & other.done)


def _named(arg: Token) -> set[str]:
    """The words a participant is named by: its head nouns (and theirs joined by "and")
    with their compounds, and every name in it, one word each (``events.name_key``)."""
    found = _names(arg)
    for head in (arg, *arg.conjuncts):
        if head.pos_ in ("NOUN", "PROPN"):
            found.add(stem(head.lower_))
            found.update(stem(c.lower_) for c in head.children if c.dep_ == "compound")
    return {w for w in found if w and w not in STOP_WORDS}


def _names(arg: Token) -> set[str]:
    """The names in a participant's whole phrase, one word each (``events.name_key``)."""
    lo, hi = arg.left_edge.i, arg.right_edge.i + 1
    keys = (name_key(e) for e in arg.doc.ents_within(lo, hi) if e.label_ in NAME_LABELS)
    return {k for k in keys if k}


def date_verb(token: Token) -> Token | None:
    """The verb the date at ``token`` tells: the clause the date heads, else the first
    verb above it."""
    ent = token.doc.ent_at(token.i)
    root = ent.root if ent is not None else token
    for c in root.children:
        if c.dep_ in _DATE_CLAUSE_DEPS and c.pos_ == "VERB":
            return c
    verb = root
    for _ in range(MAX_CLIMB):
        if verb.pos_ == "VERB":
            return verb
        if verb.head is verb:
            return None
        verb = verb.head
    return verb if verb.pos_ == "VERB" else None


def dated_act(corpus: Corpus, sentence: Sentence, at: int) -> DatedAct | None:
    """The act told by the date at character ``at`` of ``sentence``, or None (no parse,
    no verb, or a saying verb: the date is a report's)."""
    start = sentence.start + at
    span = tokens_at(corpus.docs[sentence.doc].parse, start, start + 1)
    if span is None:
        return None
    verb = date_verb(span[0])
    if verb is None or verb.lemma_.lower() in SAYING_LEMMAS:
        return None
    doers: set[str] = set()
    done: set[str] = set()
    names: set[str] = set()
    for c in verb.children:
        if c.dep_ in _DOER_DEPS:
            doers |= _named(c)
        elif c.dep_ == "agent":  # "hit by Carrow"
            for by in c.children:
                doers |= _named(by)
        elif c.dep_ in _DONE_DEPS:
            done |= _named(c)
        else:
            continue
        names |= _names(c)
    return DatedAct(act_class(verb), frozenset(doers), frozenset(done), frozenset(names))


def act_class(verb: Token) -> str:
    """The class of the act ``verb`` tells (``wordforms.act_synonym``); "went on the
    market", "hit the shelves" tell a product's start ("launched")."""
    if verb.lemma_.lower() in MARKET_VERBS:
        for c in verb.children:
            heads = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else [c]
            if c.dep_ in ("prep", "dobj") and any(h.lower_ in MARKET_NOUNS for h in heads):
                return START_ACT
    return act_synonym(word_class(verb.lemma_))


class Entry(Protocol):
    """What ``join_coarse`` reads of a timeline entry."""

    date: str
    sources: list[int]
    shown: Sentence | None  # the sentence whose text is shown
    said: dict[int, list[Sentence]]  # each source's sentences
    at: dict[tuple[int, int], int]  # each sentence's date: where it starts in the sentence
    repeated: set[int]  # sources joined as repeats: cited


E = TypeVar("E", bound=Entry)


def join_coarse(events: list[E], corpus: Corpus, absorb: Callable[[E, E], None]) -> list[E]:
    """``events`` without the month and year entries whose shown act another entry of
    other articles tells under a day (or a month) inside that month or year; each joins
    (``absorb``) the first such entry, which cites it."""
    acts: dict[tuple[int, int], DatedAct | None] = {}

    def act(s: Sentence, e: E) -> DatedAct | None:
        key = (s.doc, s.index)
        if key not in acts:
            acts[key] = dated_act(corpus, s, e.at[key]) if key in e.at else None
        return acts[key]

    joined: set[int] = set()
    for i, coarse in enumerate(events):
        if coarse.date.count("-") == 2 or coarse.shown is None:
            continue
        mine = act(coarse.shown, coarse)
        if mine is None or not (mine.doers or mine.done):
            continue
        for j, fine in enumerate(events):
            if j in joined or j == i or not fine.date.startswith(coarse.date + "-"):
                continue
            if set(fine.sources) & set(coarse.sources):
                continue  # one article's month and day: two things
            said = (s for ss in fine.said.values() for s in ss)
            if any((theirs := act(s, fine)) is not None and mine.same(theirs) for s in said):
                fine.repeated.update(coarse.sources)
                absorb(fine, coarse)
                joined.add(i)
                break
    return [e for i, e in enumerate(events) if i not in joined]
