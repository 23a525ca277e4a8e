"""Concepts: a capitalised name of an era, an event or an idea that the model labels an
organisation ("the Long Thaw", "the Quiet Decade", "the Second Dawn").

A body is a party: it acts ("said", "broadcasts", "sued"), someone works for it or leads
it ("the founder of Vell Farms"), it is listed beside other parties ("sponsored by the
ministry and Vell Farms"). A concept does none of this. It tells when things happen
("during the Long Thaw", "since the Quiet Decade"), an event verb says it began or ended
("the Long Thaw ended", "the Big Reform took effect"), or it is only named ("the end of
the Long Thaw"). A name that says it is a plan, a reform, an agreement or an era ("the
Harlow Plan", "the Big Reform") is one even as the subject of a verb ("the Big Reform
opened the market"), unless it acts as a party (a speaker's verb, its people). ``kinds``
asks ``concept_like`` of a name typed an organisation by the model's labels alone (no
body's word, suffix or members) that never acts as a party. A survey's name ("the
Harbor Gazette Poll found") tells its findings, whatever its verbs: never a party
(``a_poll``).
"""

from __future__ import annotations

from briefing.compose.actors.clusters import Cluster, match_span
from briefing.lang.agency import CONCEPT_HEAD_WORDS, NON_ACT_LEMMAS, STAFF_NOUNS
from briefing.lang.places import FINDING_NAME_LAST_WORDS, TIME_PREPOSITIONS
from briefing.lang.roles import ROLE_NOUNS
from briefing.model import Corpus
from briefing.parsed import Token

# Verbs an era or an event is the subject of ("the Long Thaw ended", "... began"), or a
# plan or a reform ("the Harlow Plan expired").
EVENT_LEMMAS = frozenset({
    "end", "begin", "start", "happen", "occur", "last", "unfold", "expire", "lapse",
})  # fmt: skip
# Verbs with the object that makes them a rule's start: "the Big Reform took effect",
# "... took hold"; and with the prepositional object: "went into effect", "came into force".
EFFECT_OBJECTS = {"take": frozenset({"effect", "hold"})}
EFFECT_PREPOSITIONS = {"go": "into", "come": "into"}
EFFECT_NOUNS = frozenset({"effect", "force", "operation"})
# "for" also names whom one works for ("worked for Vell Farms"): no time cue.
_WHEN = TIME_PREPOSITIONS - {"for"}
# Labels of names that make a conjunct a party listed beside it.
_PARTY_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP"})
_PEOPLE_NOUNS = ROLE_NOUNS | STAFF_NOUNS
# Words after a name's head noun that open what it is on or of ("Covenant on ...").
_NAME_TAIL_OPENERS = frozenset({"of", "on"})
# What a verb does to something: "began selling tyres", "started a fund".
_OBJECT_DEPS = frozenset({"xcomp", "ccomp", "dobj"})


def concept_like(corpus: Corpus, c: Cluster) -> bool:
    """Whether the actor's mentions read as an era, an event or an idea: named at least
    once as the time of something ("during the Long Thaw") or as what began or ended, or
    named as a plan, a reform, an agreement or an era ("the Harlow Plan"), and never as a
    party (whose people are named, or listed with other parties; nor, unless so named,
    the subject of any other verb: "the Big Reform opened the market" is a reform's)."""
    longer = [f for f in c.forms if len(f.tokens) > 1]
    named = bool(longer) and all(_head_word(f.tokens) in CONCEPT_HEAD_WORDS for f in longer)
    when = False
    for m in c.matches:
        span = match_span(corpus, m)
        if span is None:
            continue
        root = span.root
        if _as_party(root, named):
            return False
        when = when or _as_time(root)
    return when or named


def _head_word(tokens: list[str]) -> str:
    """The noun a name is of: its last word, or the one before what it is on or of ("the
    Vell Covenant on Fishing Rights", "the Treaty of Arden"; issue 11, DUC 2004: a
    covenant on rights, named only as what a country signs, was an organisation at rank
    10)."""
    for i, word in enumerate(tokens[1:], 1):
        if word in _NAME_TAIL_OPENERS:
            return tokens[i - 1]
    return tokens[-1]


def _as_time(root: Token) -> bool:
    """ "during the Long Thaw", "the Long Thaw ended": the name tells when."""
    dep, head = root.dep_, root.head
    if dep == "pobj":
        return head.lower_ in _WHEN
    return dep == "nsubj" and _event_verb(head)


def _event_verb(verb: Token) -> bool:
    """ "the Long Thaw ended", "the Big Reform took effect", "... went into force"; not
    "Vell Farms began selling" (a party's act begun)."""
    kids = list(verb.children)
    if verb.lemma_ in EVENT_LEMMAS:
        return not any(k.dep_ in _OBJECT_DEPS for k in kids)
    if any(k.dep_ == "dobj" and k.lower_ in EFFECT_OBJECTS.get(verb.lemma_, ()) for k in kids):
        return True
    into = EFFECT_PREPOSITIONS.get(verb.lemma_)
    return any(
        k.dep_ == "prep" and k.lower_ == into and any(o.lower_ in EFFECT_NOUNS for o in k.children)
        for k in kids
    )


def _as_party(root: Token, named: bool = False) -> bool:
    """The subject of a verb that is no state or event ("Vell Farms broadcasts"; not of a
    name ``named`` a plan's or an era's), whose people are named ("Vell Farms' founder",
    "the founder of Vell Farms"), or a conjunct of another party's name ("the ministry
    and Vell Farms")."""
    dep, head = root.dep_, root.head
    if dep == "nsubj" and not named and head.lemma_ not in NON_ACT_LEMMAS and not _event_verb(head):
        return True
    if dep in {"poss", "compound"} and head.lower_ in _PEOPLE_NOUNS:
        return True
    if dep == "pobj" and head.lower_ in {"of", "at", "for"} and head.head.lower_ in _PEOPLE_NOUNS:
        return True
    conjuncts = [head] if dep == "conj" else []
    conjuncts += [k for k in root.children if k.dep_ == "conj"]
    return any(k.ent_type_ in _PARTY_LABELS for k in conjuncts)


def a_poll(c: Cluster) -> bool:
    """Whether the actor is a survey ("Harbor Gazette Poll"), under its name or the short
    name of whoever ran it, written inside that name ("Gazette"; DUC 2004 d30046t: a
    newspaper poll, with its network's name, ranked 15th)."""
    polls = [f for f in c.forms if len(f.tokens) > 1 and f.tokens[-1] in FINDING_NAME_LAST_WORDS]
    words = {w for f in polls for w in f.tokens}
    return bool(polls) and all(f in polls or set(f.tokens) <= words for f in c.forms)
