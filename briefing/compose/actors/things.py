"""Names of places and things, not actors: what the model labels a place or a thing, a
name ending in a place's word ("Kennedy International Airport"), a flight, a ship, a
currency, a law ("the Clean Waters Act"), a building standing for a body ("Capitol
Hill") or a city standing for a state the story does not name.

``things_of`` reads the forms the model labels so; ``place_or_thing`` decides for a
cluster (``kinds`` asks first, before any type).
"""

from __future__ import annotations

from briefing.compose.actors.clusters import Cluster, NameForm
from briefing.lang.agency import LAW_HEAD_WORDS
from briefing.lang.currencies import CURRENCY_NAMES
from briefing.lang.names import GOVERNMENT_WORDS
from briefing.lang.places import (
    FLIGHT_RE,
    METONYMS,
    ORGANISATION_WORDS,
    PLACE_FIRST_WORDS,
    PLACE_HEAD_WORDS,
    PLACE_PREFIXES,
    SEAT_NAMES,
    VESSEL_PREFIXES,
)


def things_of(forms: dict[str, NameForm]) -> frozenset[str]:
    """Keys the model labels a place or a thing at least as often as an actor."""
    return frozenset(k for k, f in forms.items() if f.other_votes.total() >= f.votes.total())


def place_or_thing(c: Cluster, things: frozenset[str], *, person: bool = False) -> bool:
    """Evidence that the name is a place, a structure, a flight, a product or a currency:
    the model labels it so as often as an actor, its name ends in a place word
    ("Kennedy International Airport"), it is a flight ("Skyline Flight 412") or a ship
    ("USS Arvin"), it is a building standing for a body ("Capitol Hill"), or it is a
    city standing for a state that the story does not name (a metonym left alone).

    ``person``: evidence beyond the labels that the actor is a person (it acts as a party,
    "he"/"she" follows it, a title, a given name we know). With it, a full name the model
    never reads as a place or a thing vouches for its surname: the model's place, product
    or currency readings of the surname alone ("Marlani" a product, "Lira" money) are its
    misreadings of an unfamiliar name, not evidence (DUC 2004 d30044t: a hostage of the
    story, whose full name was always a person's, dropped so; dev D0601A and D0619A: a
    quoted chief and a candidate of 11 and 18 mentions)."""
    full = [f for f in c.forms if len(f.tokens) > 1]
    vouched = person and bool(full) and not any(f.other_votes for f in full)
    if vouched:
        things = things - {f.key for f in c.forms if len(f.tokens) == 1}
    other = sum(f.other_votes.total() for f in (full if vouched else c.forms))
    if other and other >= c.votes.total():
        return True
    if all(f.key in METONYMS for f in c.forms) and c.votes["GPE"] >= c.votes["ORG"]:
        return True
    if all(f.key in SEAT_NAMES for f in c.forms):
        return True  # "Capitol Hill", "Whitehall": where a body sits, standing for it
    if not vouched and all(f.tokens[-1] in CURRENCY_NAMES for f in c.forms):
        return True  # "Kwacha", "Malawi kwacha": money
    longer = [f for f in c.forms if len(f.tokens) > 1]
    if longer and all(f.tokens[-1] in LAW_HEAD_WORDS and not f.titled for f in longer):
        return True  # "the Clean Waters Act": a law
    for f in c.forms:
        if FLIGHT_RE.search(f.key):
            return True
        if len(f.tokens) > 1 and f.tokens[0] in VESSEL_PREFIXES:
            return True  # "USS Cole", "HMS Sheffield": a ship
        if len(f.tokens) > 1 and f.tokens[-1] in PLACE_HEAD_WORDS | things and not f.titled:
            return True  # "Kennedy International Airport", "Nordair Skylark"
        if len(f.tokens) > 1 and f.tokens[0] in PLACE_PREFIXES and f.tokens[-1] in METONYMS:
            return True  # "Little Havana", "Greater Moscow"
        named_body = set(f.tokens) & (ORGANISATION_WORDS | GOVERNMENT_WORDS)
        if len(f.tokens) > 1 and f.tokens[0] in PLACE_FIRST_WORDS and not named_body:
            return True  # "River Murray", "Lake Geneva"; not "Lake County Council"
    return False
