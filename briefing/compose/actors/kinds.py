"""Typing: person, organisation, government body or country, or not an actor at all.

A vote over the model's labels on every form and on the names listed with each mention,
corrected by cues: a title or a full personal name means a person, a corporate suffix a
company, a government word ("Committee", "Ministry") a government body; a country is an
actor only when it acts (subject of verbs), and a city or region is dropped.
"""

from __future__ import annotations

from collections import Counter

from briefing.compose.actors.clusters import Cluster, is_personish, match_span
from briefing.compose.actors.matching import country_name
from briefing.lang.names import (
    COMPANY_WORDS,
    CORPORATE_SUFFIXES,
    GOVERNMENT_WORDS,
    STATE_HEAD_NOUNS,
)
from briefing.model import Corpus

# A country must be the subject of at least this many verbs to be an actor rather than
# the place events happen in. Set by hand on the sample, not yet benchmarked.
COUNTRY_MIN_AGENTIVE = 2
# Mentions with at least this many conjuncts are items of an enumeration.
LISTED_MIN_CONJUNCTS = 2
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "agent"}
_MODIFIER_DEPS = {"compound", "poss", "amod"}


def assign_kind(corpus: Corpus, c: Cluster) -> None:
    """Decide the actor type (``c.type``); an empty type means the cluster is not an actor.
    Also records how often the actor acts (``agentive``) or is only listed (``listed``)."""
    votes = Counter(c.votes)
    ents_by_doc: dict[int, dict[int, str]] = {}
    agentive = listed = 0
    for m in c.matches:
        span = match_span(corpus, m)
        if span is None:
            continue
        if m.doc not in ents_by_doc:
            # From doc.ents (few) rather than every token of the document.
            ents_by_doc[m.doc] = {t.i: e.label_ for e in span.doc.ents for t in e}
        ents = ents_by_doc[m.doc]
        root = span.root
        listed += len(root.conjuncts) >= LISTED_MIN_CONJUNCTS
        # Listed with companies ("Lenovo, Oppo and TCL") means a company.
        for conj in root.conjuncts:
            if ents.get(conj.i) == "ORG":
                votes["ORG"] += 1
            elif ents.get(conj.i) == "PERSON":
                votes["PERSON"] += 1
        if root.dep_ in _SUBJECT_DEPS or (
            root.dep_ in _MODIFIER_DEPS and root.head.lower_ in STATE_HEAD_NOUNS
        ):
            agentive += 1
    if votes["NORP"] >= votes["PERSON"] + votes["ORG"] + votes["GPE"]:
        c.type = ""  # a nationality or party adjective ("Chinese", "Republican")
        return
    c.agentive, c.listed = agentive, listed
    full_person = any(len(f.tokens) > 1 and is_personish(f) for f in c.forms)
    words = {w for f in c.forms for w in f.tokens}
    label = votes.most_common(1)[0][0] if votes else "ORG"
    if not full_person and any(len(f.tokens) > 1 and f.label() == "ORG" for f in c.forms):
        label = "ORG"
    if any(
        s.split()[-1].lower().rstrip(".") in CORPORATE_SUFFIXES for f in c.forms for s in f.surfaces
    ):
        label, full_person = "ORG", False  # "Pfizer Inc." is a company whatever the model says
    if full_person or any(f.titled for f in c.forms) and label not in {"ORG"}:
        c.type = "person"
    elif label == "PERSON":
        c.type = "person" if votes["PERSON"] > votes["ORG"] + votes["GPE"] // 2 else "organisation"
    elif any(country_name(f.key) for f in c.forms) and votes["GPE"] >= votes["ORG"]:
        # A country is an actor only when it acts, not when it only locates an event.
        c.type = "country" if agentive >= COUNTRY_MIN_AGENTIVE else ""
    elif label == "GPE" and votes["ORG"] == 0:
        c.type = ""  # a city, state or region
    else:
        c.type = "organisation"
    if c.type == "organisation" and words & GOVERNMENT_WORDS and not _is_company(c):
        c.type = "government body"
    if c.type == "person" and not any(len(f.tokens) > 1 for f in c.forms) and c.first_names:
        c.type = ""


def _is_company(c: Cluster) -> bool:
    """'White House Correspondents' Association' aside, a government word in a company name
    is rare; guard only the obvious corporate suffixes."""
    words = {w for f in c.forms for w in f.tokens}
    return bool(words & COMPANY_WORDS)
