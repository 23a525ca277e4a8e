"""Occasions and named places: mentions that say when or where things happen, not who acts.

A meeting ("the Republican National Convention", "the Earth Summit") is named as a time
or a place ("at the convention", "during the summit"), opens and closes, is attended and
held: an occasion of the story, no party to it. A town or region is named as one by a
place noun ("the regional capital Lorvane", "the city of Lorvik"). ``kinds`` counts
these mentions of each cluster and drops a name that is mostly so and never acts. A name
the model reads as a person's but the articles only ever write where a place goes ("born
in Kell Haven", "written in Quill"; ``named_only_as_where``) is no party either, unless
quoted (the caller asks).
"""

from __future__ import annotations

from briefing.compose.actors.clusters import Cluster, match_span
from briefing.lang.places import (
    MEETING_NOUNS,
    MEETING_OBJECT_LEMMAS,
    MEETING_SUBJECT_LEMMAS,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    TIME_PREPOSITIONS,
)
from briefing.model import Corpus
from briefing.parsed import Token

_SUBJECT_DEPS = {"nsubj", "nsubjpass", "agent"}
# Prepositions whose object is where something is, never whom something is for, to or
# from ("a letter to X", "a call from X", "a vote for X" name people too).
WHERE_PREPOSITIONS = frozenset({"in", "inside", "within", "near", "outside", "throughout"})


def meeting_name(tokens: list[str]) -> bool:
    """A name whose head word is a meeting's ("Democratic National Convention")."""
    return len(tokens) > 1 and tokens[-1] in MEETING_NOUNS


def as_occasion(root: Token) -> bool:
    """ "at the convention", "during the summit", "the summit opened", "attended the
    forum", "the forum was held": the name (its root token) tells when or where."""
    dep, head = root.dep_, root.head
    if dep == "pobj":
        return head.lower_ in TIME_PREPOSITIONS | PLACE_PREPOSITIONS
    if dep == "nsubj":
        return head.lemma_ in MEETING_SUBJECT_LEMMAS
    if dep in {"dobj", "nsubjpass"}:
        return head.lemma_ in MEETING_OBJECT_LEMMAS
    return False


def named_a_place(root: Token) -> bool:
    """ "the capital of Lorvane", "the regional capital Lorvane": a place noun
    names what the name is (not "the city of Lorvik sued": the place noun acts)."""
    dep, head = root.dep_, root.head
    if dep == "pobj" and head.lower_ == "of":
        nouns = [head.head]
    elif dep == "appos":
        nouns = [head]
    else:
        nouns = [k for k in root.children if k.dep_ == "appos"]  # "Lorvane, the capital"
    return any(n.lower_ in PLACE_NOUNS and n.dep_ not in _SUBJECT_DEPS for n in nouns)


def named_only_as_where(corpus: Corpus, c: Cluster) -> bool:
    """Whether every mention of a name is the object of a preposition of place ("born in
    X", "inside X", "programs written in X"): where, or in what, something is."""
    spans = [match_span(corpus, m) for m in c.matches]
    return bool(spans) and all(
        s is not None and s.root.dep_ == "pobj" and s.root.head.lower_ in WHERE_PREPOSITIONS
        for s in spans
    )
