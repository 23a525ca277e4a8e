"""Naming: the name an actor is shown under, and its other spellings (aliases).

A country takes its common name; a person the full name the texts write most ("Jim
Tolley", not a rare "James E. Tolley"); others take the fullest form in common use
("Microsoft", not a rare "Microsoft Network"), spelt the way the texts write it most ("OPPO" over
"Oppo"), without a leading "The" ("New York Times").
"""

from __future__ import annotations

from collections import Counter

from briefing.compose.actors.clusters import Cluster, Match
from briefing.compose.actors.matching import country_name
from briefing.compose.actors.name_keys import plausible_name
from briefing.lang.names import NAME_PARTICLES
from briefing.lang.parties import DESCRIPTOR_PREFIXES, PARTY_DESCRIPTORS, PARTY_HEADS
from briefing.model import Corpus

# A form is "in common use" when seen at least 1/COMMON_USE_SHARE as often as the most
# frequent form. Set by hand on the sample, not yet benchmarked.
COMMON_USE_SHARE = 3


def display_name(corpus: Corpus, c: Cluster, nicknames: set[str] = frozenset()) -> str:
    """The name an actor is shown under; never one of its ``nicknames`` (keys) while it
    has another name."""
    if c.type == "group":  # its plural as the texts write it most ("Palestinians")
        seen = Counter(_written(corpus, m) for m in c.matches)
        return max(seen.items(), key=lambda kv: (kv[1], kv[0]))[0]
    if c.type == "country":
        names = {country_name(f.key) for f in c.forms} - {None}
        if len(names) == 1:
            return str(names.pop())
    candidates = [f for f in c.forms if not (len(f.tokens) == 1 and f.surface.isupper())]
    candidates = [f for f in candidates if f.key not in c.first_names] or c.forms
    candidates = [f for f in candidates if f.key not in nicknames] or candidates
    if c.type != "person":
        # "Dawn Party", not "Islamic Dawn Party": the party's own name, not a writer's
        # description of it (``qualifiers.join_described_parties``).
        own = {f.key for f in c.forms}
        candidates = [f for f in candidates if not _described(f.tokens, own)] or candidates
        # The fullest form that is in common use: "Microsoft", not a rare "Microsoft Network".
        top = max(sum(f.surfaces.values()) for f in candidates)
        candidates = [f for f in candidates if sum(f.surfaces.values()) * COMMON_USE_SHARE >= top]
    full = [f for f in candidates if len(f.tokens) > 1 and f.tokens[0] not in NAME_PARTICLES]
    if c.type == "person" and full:
        # The full name the texts write most ("Ray Welk" 9 times, not "Raymond E. Welk"
        # once; "bin Laden" is a surname); a tie goes to the longer one.
        best = max(full, key=lambda f: (sum(f.surfaces.values()), len(f.tokens)))
    else:
        most = max(len(f.tokens) for f in candidates)
        longest = [f for f in candidates if len(f.tokens) == most]
        best = max(longest, key=lambda f: sum(f.surfaces.values()))
    # Never with a leading "The": "Dorvale University Joint Center ...", as a reader
    # writes it in a list, even where an article opens a line with "The ..." (D0645I).
    return _house_spelling(corpus, c, best.surface)


def _described(tokens: list[str], keys: set[str]) -> bool:
    """ "Islamic Dawn Party" or "Islamic Dawn" beside the party's own "Dawn Party";
    not "Chile Democracy Party", a party's own name with its country's in it."""
    first = tokens[0]
    for prefix in DESCRIPTOR_PREFIXES:
        first = first.removeprefix(prefix)
    if len(tokens) < 2 or first not in PARTY_DESCRIPTORS:
        return False
    rest = " ".join(tokens[1:])
    own = [rest, *(f"{rest} {head}" for head in PARTY_HEADS)]
    return any(k in keys for k in own) and any(k.split()[-1] in PARTY_HEADS for k in keys)


def _house_spelling(corpus: Corpus, c: Cluster, surface: str) -> str:
    """The spelling the texts use most ("OPPO" over "Oppo"); ties go to capitals, the
    way companies write their own names."""
    seen: Counter[str] = Counter()
    for m in c.matches:
        found = _written(corpus, m)
        if found.lower() == surface.lower() and plausible_name(found, found.lower()):
            seen[found] += 1
    if not seen:
        return surface
    return max(seen.items(), key=lambda kv: (kv[1], kv[0].isupper(), kv[0] == surface))[0]


def _written(corpus: Corpus, m: Match) -> str:
    return " ".join(corpus.docs[m.doc].document.text[m.start : m.end].split())


def aliases(c: Cluster) -> list[str]:
    """The other spellings of an actor's name, sorted (a group's: its plurals only)."""
    seen: dict[str, str] = {}
    for f in c.forms:
        if c.type == "group" and not f.key.endswith("s"):
            continue  # "Palestinian" is the adjective, no other name of "Palestinians"
        for s in f.surfaces:
            seen.setdefault(s.lower(), s)
    return sorted(v for v in seen.values() if v != c.name)
