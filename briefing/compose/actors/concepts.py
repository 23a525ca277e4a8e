"""Concepts: a capitalised name of an era, an event or an idea that the model labels an
organisation ("the Long Thaw", "the Quiet Decade", "the Second Dawn").

A body is a party: it acts ("said", "broadcasts", "sued"), someone works for it or leads
it ("the founder of Vell Farms"), it is listed beside other parties ("sponsored by the
ministry and Vell Farms"). A concept does none of this. It tells when things happen
("during the Long Thaw", "since the Quiet Decade"), an event verb says it began or ended
("the Long Thaw ended"), or it is only named ("the end of the Long Thaw"). ``kinds``
asks ``concept_like`` of a name typed an organisation by the model's labels alone (no
body's word, suffix or members) that never acts as a party.
"""

from __future__ import annotations

from briefing.compose.actors.clusters import Cluster, match_span
from briefing.lang.agency import NON_ACT_LEMMAS, STAFF_NOUNS
from briefing.lang.places import TIME_PREPOSITIONS
from briefing.lang.roles import ROLE_NOUNS
from briefing.model import Corpus
from briefing.parsed import Token

# Verbs an era or an event is the subject of ("the Long Thaw ended", "... began").
EVENT_LEMMAS = frozenset({"end", "begin", "start", "happen", "occur", "last", "unfold"})
# "for" also names whom one works for ("worked for Vell Farms"): no time cue.
_WHEN = TIME_PREPOSITIONS - {"for"}
# Labels of names that make a conjunct a party listed beside it.
_PARTY_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP"})
_PEOPLE_NOUNS = ROLE_NOUNS | STAFF_NOUNS
# What a verb does to something: "began selling tyres", "started a fund".
_OBJECT_DEPS = frozenset({"xcomp", "ccomp", "dobj"})


def concept_like(corpus: Corpus, c: Cluster) -> bool:
    """Whether the actor's mentions read as an era, an event or an idea: named at least
    once as the time of something ("during the Long Thaw") or as what began or ended, and
    never as a party (the subject of any other verb, whose people are named, or listed
    with other parties)."""
    when = False
    for m in c.matches:
        span = match_span(corpus, m)
        if span is None:
            continue
        root = span.root
        if _as_party(root):
            return False
        when = when or _as_time(root)
    return when


def _as_time(root: Token) -> bool:
    """ "during the Long Thaw", "the Long Thaw ended": the name tells when."""
    dep, head = root.dep_, root.head
    if dep == "pobj":
        return head.lower_ in _WHEN
    return dep == "nsubj" and _event_verb(head)


def _event_verb(verb: Token) -> bool:
    """ "the Long Thaw ended", not "Vell Farms began selling" (a party's act begun)."""
    return verb.lemma_ in EVENT_LEMMAS and not any(k.dep_ in _OBJECT_DEPS for k in verb.children)


def _as_party(root: Token) -> bool:
    """The subject of a verb that is no state or event ("Vell Farms broadcasts"), whose
    people are named ("Vell Farms' founder", "the founder of Vell Farms"), or a conjunct
    of another party's name ("the ministry and Vell Farms")."""
    dep, head = root.dep_, root.head
    if dep == "nsubj" and head.lemma_ not in NON_ACT_LEMMAS and not _event_verb(head):
        return True
    if dep in {"poss", "compound"} and head.lower_ in _PEOPLE_NOUNS:
        return True
    if dep == "pobj" and head.lower_ in {"of", "at", "for"} and head.head.lower_ in _PEOPLE_NOUNS:
        return True
    conjuncts = [head] if dep == "conj" else []
    conjuncts += [k for k in root.children if k.dep_ == "conj"]
    return any(k.ent_type_ in _PARTY_LABELS for k in conjuncts)
