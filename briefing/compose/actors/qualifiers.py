"""Names written with a word in front that the merge steps would read as other actors.

- ``join_initialled``: a first initial before a known full name ("J. Owen Tallis" =
  "Owen Tallis"), when no other person's name goes on from that full name.
- ``join_federal``: a body named "Federal ..." and the same name after a country ("U.S.
  Environmental Protection Agency"), when these are the only longer names the body's name
  closes: one body (so the short form "Environmental Protection Agency" then has one
  owner for ``merge``'s head-word step, with that step's country guards).
- ``join_described_parties``: a party's name with a describing word in front ("the
  Islamic Dawn Party", "pro-Islamic Dawn Party") is the party ("Dawn Party"), and a
  party's name cut before "Party" ("Islamic Dawn", which the model may read as a person)
  is the party too.

Each step only unions keys of the union-find that ``merge`` passes in (which still keeps
two countries' bodies apart).
"""

from __future__ import annotations

from collections import defaultdict

from briefing.compose.actors.clusters import NameForm
from briefing.compose.actors.matching import country_of
from briefing.compose.actors.variants import Unions
from briefing.lang.names import GOVERNMENT_WORDS
from briefing.lang.parties import (
    DESCRIPTOR_PREFIXES,
    FEDERAL_WORDS,
    PARTY_DESCRIPTORS,
    PARTY_HEADS,
    PARTY_NAME_WORDS,
)

Tails = dict[tuple[str, ...], list[str]]


def join_initialled(full: list[NameForm], uf: Unions) -> None:
    """ "J. Owen Tallis" = "Owen Tallis": a one-letter first word before a full name
    the texts also write, when that is the only longer name ending with it (not also
    "K. Owen Tallis" or "Mary Owen Tallis": then whose it is stays unknown)."""
    keys = {f.key for f in full}
    longer: dict[str, list[NameForm]] = defaultdict(list)
    for f in full:
        if len(f.tokens) >= 3:
            longer[" ".join(f.tokens[1:])].append(f)
    for rest, names in longer.items():
        if rest in keys and len(names) == 1 and _initial(names[0].tokens[0]):
            uf.union(rest, names[0].key)


def _initial(word: str) -> bool:
    return len(word) == 1 and word.isalpha()


def join_qualified(
    forms: dict[str, NameForm], orgs: list[NameForm], by_tail: Tails, uf: Unions
) -> None:
    """The steps on bodies' and parties' names (``by_tail``: the keys of ``orgs`` by
    their last-word tails, ``people.tail_index``)."""
    join_federal(orgs, by_tail, uf)
    join_described_parties(forms, by_tail, uf)


def join_federal(orgs: list[NameForm], by_tail: Tails, uf: Unions) -> None:
    """ "Federal Environmental Protection Agency" = "U.S. Environmental Protection Agency"."""
    for f in orgs:
        if len(f.tokens) < 2 or not set(f.tokens) & GOVERNMENT_WORDS:
            continue
        n = len(f.tokens)
        prefixes = {k: k.split()[:-n] for k in by_tail.get(tuple(f.tokens), ())}
        federal = [k for k, p in prefixes.items() if len(p) == 1 and p[0] in FEDERAL_WORDS]
        others = {k: country_of(" ".join(p)) for k, p in prefixes.items() if k not in federal}
        if not federal or len(set(others.values())) != 1 or None in others.values():
            continue  # also a state's or a city's body, or two countries': whose is unknown
        for k in [*federal, *others]:
            uf.union(federal[0], k)


def join_described_parties(forms: dict[str, NameForm], by_tail: Tails, uf: Unions) -> None:
    """ "Islamic Dawn Party" = "pro-Islamic Dawn Party" = "Dawn Party" = "Islamic
    Dawn": never "Social Democratic Party" and "Democratic Party" (``PARTY_NAME_WORDS``)."""
    for f in forms.values():
        t = f.tokens
        if len(t) < 2 or t[-1] not in PARTY_HEADS or t[0] in PARTY_NAME_WORDS:
            continue
        longer = by_tail.get(tuple(t), ())
        if longer and all(_describes(k.split()[: -len(t)]) for k in longer):
            for k in longer:
                uf.union(f.key, k)
    for f in forms.values():
        t = f.tokens
        party = " ".join([*t, next(iter(PARTY_HEADS))])
        # "Islamic Dawn" (read as a person) is the party; "Ivo Brandt" is not the "Ivo
        # Brandt Party" named after him: only a cut name opened by a describing word.
        if len(t) >= 2 and _describes(t[:1]) and t[-1] not in PARTY_HEADS and party in forms:
            uf.union(party, f.key)


def _describes(prefix: list[str]) -> bool:
    """Whether the words before a party's name only describe it: "Islamic", "pro-Islamic",
    "Turkish"."""
    if len(prefix) != 1:
        return False
    word = prefix[0]
    for p in DESCRIPTOR_PREFIXES:
        word = word.removeprefix(p)
    return word in PARTY_DESCRIPTORS or country_of(word) is not None
