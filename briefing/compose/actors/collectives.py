"""Collective names: a family, a party's members, a movement's congress, a cause's council.

Checks ``kinds.assign_kind`` applies after the vote over labels: "the Vargas" of "Harry
Varga" is a family (a group), "Republicans" of the "Republican Party" are the party's
members (the party is the actor), the "African National Congress" is a party and the
"Family Research Council" an advocacy group, not a legislature or government body.
"""

from __future__ import annotations

from briefing.compose.actors.clusters import Cluster, NameForm, is_personish
from briefing.compose.actors.matching import body_country, country_of
from briefing.lang.names import (
    CAUSE_COUNCIL_WORDS,
    COUNCIL_GOVERNMENT_WORDS,
    DEFENSE_WORDS,
    GOVERNMENT_WORDS,
)
from briefing.lang.places import US_STATES

# A congress that is a legislature: its name after its country's ("U.S. Congress"), or
# words only a legislature's name has ("National People's Congress").
LEGISLATURE_NAMES = {("congress",), ("national", "congress")}
LEGISLATURE_WORDS = {"people's", "deputies", "representatives"}


def surnames_of(forms: dict[str, NameForm]) -> frozenset[str]:
    """The last words of the story's full personal names ("varga" of "Harry Varga")."""
    return frozenset(f.tokens[-1] for f in forms.values() if len(f.tokens) > 1 and is_personish(f))


def family(c: Cluster, surnames: frozenset[str]) -> bool:
    """A one-word name that is a surname of the story in the plural ("the Vargas")."""
    return all(
        len(f.tokens) == 1 and f.key.endswith("s") and f.key[:-1] in surnames for f in c.forms
    )


def movement_congress(c: Cluster) -> bool:
    """A congress that is a party or an association ("African National Congress",
    "American Adoption Congress"), not a legislature: no name of the actor has another
    government word than "congress", and none is a legislature's ("Congress",
    "U.S. Congress", "Brazilian National Congress", "National People's Congress")."""
    seen = False
    for f in c.forms:
        tokens = f.tokens
        if set(tokens) & (GOVERNMENT_WORDS - {"congress"}):
            return False
        if "congress" not in tokens:
            continue  # "ANC"
        seen = True
        if set(tokens) & LEGISLATURE_WORDS:
            return False  # "National People's Congress", "Congress of People's Deputies"
        named = body_country(tokens)
        if named and named[1] in LEGISLATURE_NAMES or tuple(tokens) in LEGISLATURE_NAMES:
            return False  # "U.S. Congress", "Philippine Congress", "Congress"
    return seen


def society(c: Cluster) -> bool:
    """A council named for a cause ("Family Research Council", "National Council for
    Adoption"): "council" is its only government word, a cause's word or "for"/"on" names
    its cause (``CAUSE_COUNCIL_WORDS``), and nothing names whose government it would be
    (a seat, "Security", a country or a US state: ``COUNCIL_GOVERNMENT_WORDS``). Dev
    stories D0603C, D0619A, D0627I (check): such councils typed government bodies."""
    words = {w for f in c.forms for w in f.tokens}
    if words & GOVERNMENT_WORDS != {"council"} or words & COUNCIL_GOVERNMENT_WORDS:
        return False
    if not any(_names_a_cause(f.tokens) for f in c.forms):
        return False  # "the Varnholm Council": a place's, perhaps
    for f in c.forms:
        pairs = [" ".join(f.tokens[i : i + 2]) for i in range(len(f.tokens) - 1)]
        if any(country_of(w) or w in US_STATES for w in [*f.tokens, *pairs]):
            return False  # "Palestinian Council", "Texas Research Council", "New York ..."
    return True


def _names_a_cause(tokens: list[str]) -> bool:
    """ "... Defense Council", "Council for Adoption", "Council on ...", not "National
    Defense Council" (a state's)."""
    if "council" not in tokens:
        return False
    at = tokens.index("council")
    after = tokens[at + 1 : at + 2]
    if after and after[0] in {"for", "on"}:
        return True
    before = tokens[at - 1] if at else ""
    return before in CAUSE_COUNCIL_WORDS and not (before in DEFENSE_WORDS and "national" in tokens)


def members_of(c: Cluster, parties: frozenset[str]) -> bool:
    """A people's name that is a party's members ("Republicans" of the "Republican
    Party", "Democrats" of the "Democratic Party"): the party is the actor."""
    return any(p.startswith(f.tokens[-1].removesuffix("s")) for f in c.forms for p in parties)


def parties_of(forms: dict[str, NameForm]) -> frozenset[str]:
    """The first words of the story's party names ("republican" of "Republican Party")."""
    return frozenset(f.tokens[0] for f in forms.values() if "party" in f.tokens[1:])
