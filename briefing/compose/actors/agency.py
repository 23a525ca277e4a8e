"""Agency: whether a name acts as a party to the story or only appears as a thing.

Read from the parse of each mention (its syntactic head): a party is the subject of
verbs only people and bodies take ("Dorvale announced", "the board voted"), the agent
of such a verb in the passive ("approved by the FDA"), the one acted on as a person or a
body ("Harlow was executed", "sued Microsoft"), or has spokesmen, officials and
ministers ("France's foreign minister"). A thing is named with a thing's head noun ("the
Bramble virus", "the El Nino phenomenon", "the drug Zolvex"), is what people take or
install, comes in versions ("5.0") and doses, is weighed or measured ("the 20-ton ..."),
is called a module, a model or a variant ("a new worm called Zippo"), spreads and
infects, or is flown, boarded or lands (a vehicle: "before Aurora One landed"); a
maker's product is owned by a body ("Chrysler's Neon", never a person's name) or
redesigned ("the redesigned Neon"). A people's name modifies "people" or "children".

``Agency`` counts these over a cluster's mentions; ``kinds`` decides with the counts.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.lang.agency import (
    AGENT_ACT_NOUNS,
    AGENT_HEAD_NOUNS,
    AGENT_VERB_LEMMAS,
    ARTEFACT_NOUNS,
    MEASURE_UNITS,
    NAMING_VERB_LEMMAS,
    PATIENT_VERB_LEMMAS,
    PEOPLE_HEAD_NOUNS,
    PRODUCT_ADJECTIVES,
    THING_HEAD_NOUNS,
    THING_OF_NOUNS,
    THING_VERB_LEMMAS,
    UNIT_OWNER_WORDS,
    USE_VERB_LEMMAS,
    VEHICLE_OBJECT_LEMMAS,
    VEHICLE_PREPOSITIONS,
    VEHICLE_SUBJECT_LEMMAS,
    VERSION_RE,
)
from briefing.parsed import Token

_OBJECT_DEPS = {"dobj", "nsubjpass"}
_MODIFIER_DEPS = {"compound", "poss"}
_SOURCE_PREPS = {"by", "from"}
_THING_NOUNS = THING_HEAD_NOUNS | ARTEFACT_NOUNS


@dataclass
class Agency:
    """How often a name acts as a party, is named as a thing, or names a people."""

    acts: int = 0
    things: int = 0
    peoples: int = 0

    def observe(self, root: Token, first: int | None = None) -> None:
        """Count one mention, given the root token of its span (and the index of the span's
        first token, when it starts before the root: the name's own words are no cue)."""
        dep, head = root.dep_, root.head
        if dep == "nsubj" and head.lemma_ in AGENT_VERB_LEMMAS:
            self.acts += 1
        elif dep == "pobj" and head.dep_ == "agent" and head.head.lemma_ in AGENT_VERB_LEMMAS:
            self.acts += 1  # "approved by the Harbour Safety Board"
        elif (dep in _OBJECT_DEPS and head.lemma_ in PATIENT_VERB_LEMMAS) or (
            dep in _MODIFIER_DEPS and head.lower_ in AGENT_HEAD_NOUNS | AGENT_ACT_NOUNS
        ):
            self.acts += 1  # "Harlow was executed", "Dorvale spokeswoman", "FDA approval"
        elif dep == "pobj" and head.lower_ in _SOURCE_PREPS and head.head.lower_ in AGENT_ACT_NOUNS:
            self.acts += 1  # "a request from Spain", "a ruling by the court"
        elif dep in {"compound", "appos"} and head.lower_ in THING_HEAD_NOUNS:
            self.things += 1  # "the Bramble virus", "the painkiller, Winvex"
        elif (dep == "dobj" and head.lemma_ in USE_VERB_LEMMAS) or (
            dep == "nsubj" and head.lemma_ in THING_VERB_LEMMAS
        ):
            self.things += 1  # "patients taking Zolvex", "the virus spread"
        elif _vehicle(root):
            self.things += 1  # "fly Aurora One", "Aurora One landed", "aboard the Marlin"
        elif dep == "pobj" and head.lower_ == "of" and head.head.lower_ in THING_OF_NOUNS:
            self.things += 1  # "a new version of Windows", "doses of Zolvex"
        elif dep == "oprd" and head.lemma_ in NAMING_VERB_LEMMAS and _names_a_thing(head):
            self.things += 1  # "a new worm called Zippo", "a drug named Zolvex"
        elif dep == "compound" and head.lower_ in PEOPLE_HEAD_NOUNS:
            self.peoples += 1
        elif any(_artefact_cue(k) for k in root.children):
            self.things += 1  # "Larkspur Shield 5.0", "the 44,000-pound Zarvel, a module"
        elif root.ent_type_ != "PERSON" and _product_cues(root, root.i if first is None else first):
            self.things += 1  # "Chrysler's Neon", "the redesigned Neon"


def _vehicle(root: Token) -> bool:
    """A name written as a vehicle: the object of "fly" or "board", after "aboard", or
    the subject of "landed" or "docked" with no object (but a person's name: "Lorimer
    landed in Corvala")."""
    dep, head = root.dep_, root.head
    if dep == "dobj":
        return head.lemma_ in VEHICLE_OBJECT_LEMMAS
    if dep == "nsubj" and root.ent_type_ != "PERSON":
        return head.lemma_ in VEHICLE_SUBJECT_LEMMAS and not any(
            k.dep_ == "dobj" for k in head.children
        )
    return dep == "pobj" and head.lower_ in VEHICLE_PREPOSITIONS


def _product_cues(root: Token, first: int) -> bool:
    """Whether a word before the name (which starts at token ``first``) makes it a maker's
    product: an adjective only products take ("the redesigned Neon"), or a company's name
    owning it ("Chrysler's Neon"; a body's people are persons, kept apart by the caller),
    not the name's own words ("the National People's Congress") nor a body owning a unit
    of its own ("Dorvale University's Joint Center")."""
    own = root.doc[first].ent_iob_ == "B"  # the name is an entity of its own
    for k in root.children:
        if k.i >= first:
            continue
        if k.dep_ == "amod" and k.lower_ in PRODUCT_ADJECTIVES:
            return True
        if (
            k.dep_ == "poss"
            and own
            and k.ent_type_ == "ORG"
            and k.pos_ == "PROPN"
            and k.lower_ not in UNIT_OWNER_WORDS
        ):
            return True
    return False


def _names_a_thing(verb: Token) -> bool:
    """Whether a naming participle hangs on a thing's noun: "worm" of "a new worm called
    Zippo" (not "a man named Zippo")."""
    return verb.dep_ == "acl" and verb.head.lower_ in _THING_NOUNS


def _artefact_cue(child: Token) -> bool:
    """A word that makes the name it depends on an artefact: a version number, a unit it
    is weighed or measured in, or an artefact's noun in apposition ("another variant,
    Zippo", which the model may read as a modifier)."""
    dep = child.dep_
    if dep == "nummod":
        return bool(VERSION_RE.fullmatch(child.text))
    if dep in {"compound", "nmod", "npadvmod"} and child.lemma_ in MEASURE_UNITS:
        return True
    return dep in {"appos", "nmod"} and child.lower_ in ARTEFACT_NOUNS
