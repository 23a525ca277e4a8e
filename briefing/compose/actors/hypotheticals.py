"""People named only in what the writer imagines: "X, I am sure, would agree".

A columnist's aside ("X, I suspect, would blush", "surely X would object") or an
imagined condition ("if X were to resign", "were X to run") names someone who takes no
part in the story: every mention of such a person is the subject of a modal verb the
aside makes a guess of, or of a subjunctive "were" in a condition. Such a person is no
party unless quoted (the caller asks), like one named only as an example.
"""

from __future__ import annotations

from briefing.compose.actors.clusters import Cluster, match_span
from briefing.lang.hypotheticals import (
    ASIDE_ADJECTIVES,
    ASIDE_SUBJECTS,
    ASIDE_VERB_LEMMAS,
    CONDITION_MARKS,
    GUESS_ADVERBS,
    HYPOTHETICAL_MODALS,
    SUBJUNCTIVE_WORDS,
)
from briefing.model import Corpus
from briefing.parsed import Token

_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# How an aside hangs on the clause it comments ("X, I am sure, would agree": parataxis;
# "I suspect X would agree": the clause is the aside's complement).
_ASIDE_DEPS = {"parataxis", "advcl", "ccomp"}


def named_only_hypothetically(corpus: Corpus, c: Cluster) -> bool:
    """Whether every mention of a person is the subject of a clause the writer imagines
    (``imagined``)."""
    spans = [match_span(corpus, m) for m in c.matches]
    return bool(spans) and all(s is not None and imagined(s.root) for s in spans)


def imagined(root: Token) -> bool:
    """Whether the name whose root token is ``root`` is the subject (or one of the
    subjects) of a modal verb made a guess by an aside or an adverb ("X, I am sure,
    would agree", "surely X would object"), or of a subjunctive "were" in a condition
    ("if X were to resign", "were X to run")."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ not in _SUBJECT_DEPS:
        return False
    verb = root.head
    if verb.lower_ in SUBJUNCTIVE_WORDS:
        return _condition(verb, root)
    modal = any(k.dep_ == "aux" and k.lower_ in HYPOTHETICAL_MODALS for k in verb.children)
    return modal and _guessed(verb)


def _guessed(verb: Token) -> bool:
    """An aside in the first person on ``verb`` ("X, I am sure, would ...") or around it
    ("I suspect X would ..."), or a guessing adverb ("surely")."""
    if any(k.dep_ == "advmod" and k.lower_ in GUESS_ADVERBS for k in verb.children):
        return True
    if any(k.dep_ in _ASIDE_DEPS and _aside(k) for k in verb.children):
        return True
    return verb.dep_ == "ccomp" and verb.head.i != verb.i and _aside(verb.head)


def _aside(verb: Token) -> bool:
    """A first-person verb of guessing ("I suspect", "I bet") or "be" with a word of
    certainty ("I am sure")."""
    if not any(k.dep_ == "nsubj" and k.lower_ in ASIDE_SUBJECTS for k in verb.children):
        return False
    if verb.lemma_ in ASIDE_VERB_LEMMAS:
        return True
    return verb.lemma_ == "be" and any(
        k.dep_ == "acomp" and k.lower_ in ASIDE_ADJECTIVES for k in verb.children
    )


def _condition(verb: Token, subject: Token) -> bool:
    """A subjunctive "were" opening a condition on another clause: marked "if" or
    "unless", or put before its subject ("were X to run, ..."; not "among the dead were
    X", a clause of its own)."""
    if verb.dep_ != "advcl":
        return False
    marks = {k.lower_ for k in verb.children if k.dep_ == "mark"}
    return bool(marks & CONDITION_MARKS) or verb.i < subject.i
