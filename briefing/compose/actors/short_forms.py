"""Organisation short forms: which longer name a shorter one stands for (a step of ``merge``).

``merge.merge_forms`` joins an organisation's forms in named steps; the ones here take a
shorter form to the one longer name it can only mean:

- head words: "the Times", "the Commerce Committee", "Supreme Court" beside the one
  "U.S. Supreme Court" the coverage mostly writes out (``join_head_words``);
- leading words: "Sun" = "Sun Microsystems", "Dawn" = "Dawn Party"
  (``join_leading_words``);
- inner words left out: "Truth Commission" = "Truth and Reconciliation Commission", and a
  name cut before its "of" phrase (``join_inner_words_left_out``).

A short form that two owners could claim joins neither. Split out of ``merge.py`` at its
500-line limit (session 26); the steps and their order are unchanged.
"""

from __future__ import annotations

from collections import defaultdict

from briefing.compose.actors.clusters import NameForm, UnionFind, is_personish
from briefing.compose.actors.countries import (
    another_countrys,
    countries_bodies,
    foreign_qualified,
)
from briefing.compose.actors.matching import BODY_COUNTRY_LINKS, country_of, subsequence
from briefing.compose.actors.people import People, dominant
from briefing.lang.names import CORPORATE_SUFFIXES, GOVERNMENT_WORDS, PROPER_BODY_WORDS
from briefing.lang.places import METONYMS, ORGANISATION_WORDS, PLACE_HEAD_WORDS

# Words that continue a name after its head ("Center of ...", "Commission for ...").
NAME_CONTINUATIONS = {"of", "for", "on"}
# A one-word tail after these words is what a body is of or about, never its head word:
# "Dayton" is no short form of "University of Dayton", nor "Firearms" of "... and Firearms"
# (a longer tail may be: "Parks and Coastal Heritage").
TAIL_LINKS = NAME_CONTINUATIONS | BODY_COUNTRY_LINKS | {"and", "at", "de", "del", "du"}
# A government body's short form that ends this many longer names, none of them written
# out most, names nobody in particular ("Housing Authority" beside five towns' housing
# authorities; not "Security Council" beside the U.N.'s and one country's). Chosen on
# CHECK D0645I and TUNING D0639C of benchmarks/story_eval.py.
SHARED_SHORT_FORM_OWNERS = 3
# Shouted one-word forms up to this length may be acronyms (of a longer name).
MAX_ACRONYM_CHARS = 6


def shouted(f: NameForm) -> bool:
    """Whether a one-word form is written in capitals and short enough to be an acronym."""
    if len(f.tokens) != 1 or not 2 <= len(f.key) <= MAX_ACRONYM_CHARS:
        return False
    return any(x.replace(".", "").isupper() for x in f.surfaces)


def join_head_words(
    orgs: list[NameForm],
    by_tail: dict[tuple[str, ...], list[str]],
    uf: UnionFind,
    common: set[str],
    drop: set[str],
    named: dict[int, set[str]] | None = None,
    places: dict[str, set[int]] | None = None,
) -> None:
    """Head-word short forms: "the Times", "the Commerce Committee" (unique longer name).
    A short form that two countries' bodies share ("Ministry of Mines" beside the
    "Colombian Ministry of Mines" and "Bolivia's Ministry of Mines") is nobody in
    particular: it joins neither and is dropped; so is one written in an article about
    another country than its only longer name's (``named``: the countries each article
    names), or in an article that does not name the state or town that name gives it
    (``places``: the articles naming each)."""
    by_key = {g.key: g for g in orgs}
    by_cut: dict[tuple[str, ...], list[str]] = defaultdict(list)  # names before "of"/"in"
    for g in orgs:
        for i, t in enumerate(g.tokens[1:-1], 1):
            if t in BODY_COUNTRY_LINKS:
                by_cut[tuple(g.tokens[:i])].append(g.key)
    written: dict[str, int] = defaultdict(int)  # mentions of each longer name
    for g in orgs:
        written[g.key] += sum(g.surfaces.values())
    for f in orgs:
        if f.key in common or f.votes["GPE"] > f.votes["ORG"] or f.key in METONYMS:
            continue  # "Boston" ends "EPA Boston" but is a place, not the agency
        n = len(f.tokens)
        weight: dict[str, int] = defaultdict(int)
        for k in by_tail.get(tuple(f.tokens), ()):
            if n > 1 or by_key[k].tokens[-2] not in TAIL_LINKS:  # "University of Dayton"
                weight[uf.find(k)] += written[k]
        weight.pop(uf.find(f.key), None)
        if countries_bodies(f, by_tail, by_cut, by_key) > 1:
            drop.add(f.key)
            continue
        if n > 1 and len(weight) > 1:
            # "the Supreme Court" beside "U.S. Supreme Court" (11) and "Texas Supreme
            # Court" (2): the short form is the name the coverage mostly writes out.
            top = dominant(weight)
            if (
                top is None
                and len(weight) >= SHARED_SHORT_FORM_OWNERS
                and set(f.tokens) & GOVERNMENT_WORDS
            ):
                # "Housing Authority" beside five towns' and counties' housing
                # authorities, none written out most: nobody in particular.
                drop.add(f.key)
                continue
            weight = {top: weight[top]} if top else weight
        # A one-word common noun ("Senate", "House") may be another body than the one
        # longer name; a body's own name ("Duma" of "State Duma") may not.
        generic = f.tokens[0] in GOVERNMENT_WORDS - PROPER_BODY_WORDS
        if len(weight) == 1 and (n > 1 or not generic):
            owner = next(iter(weight))
            if named is not None and another_countrys(f, owner, uf, orgs, named):
                drop.add(f.key)  # "Ministry of Health" in an article about Uganda
                continue
            if named is not None and foreign_qualified(f, by_tail, named):
                continue  # "Communist Party" in articles about China: not the Soviet one
            if places is not None and _placed_elsewhere(f, owner, uf, orgs, places):
                continue  # "Supreme Court" beside one "Ohio Supreme Court": the nation's
            owned = _owned_product(f, owner, uf, orgs)
            if owned:
                drop.update(owned)  # "Norvia Air Vellmark": the airline's plane
                continue
            uf.union(owner, f.key)


def place_docs(forms: dict[str, NameForm]) -> dict[str, set[int]]:
    """The articles naming each place that is no country ("Ohio", "Dayton"): a state's
    or a town's name the model reads as a place more than as anything else."""
    return {
        k: f.docs
        for k, f in forms.items()
        if f.votes["GPE"] > f.votes["ORG"] + f.votes["PERSON"] and not country_of(k)
    }


def _placed_elsewhere(
    f: NameForm, owner: str, uf: UnionFind, orgs: list[NameForm], places: dict[str, set[int]]
) -> bool:
    """Whether a short form ("Supreme Court") is written in an article naming neither the
    state or town its owner's longer name opens with ("Ohio Supreme Court") nor that
    name: there it is some other body of its kind, most likely the nation's (dev D0601A:
    the U.S. Supreme Court joined one state's). A country's body is left to
    ``another_countrys``."""
    n = len(f.tokens)
    for g in orgs:
        if len(g.tokens) <= n or g.tokens[-n:] != f.tokens or uf.find(g.key) != owner:
            continue
        lead = " ".join(g.tokens[:-n])
        if lead in places and f.docs - places[lead] - g.docs:
            return True
    return False


def _owned_product(f: NameForm, owner: str, uf: UnionFind, orgs: list[NameForm]) -> list[str]:
    """The longer names of ``owner`` that put another body's name before a company's
    ("Norvia Air Vellmark" beside "Vellmark Co." and "Norvia Air"): one body's thing
    made by the other (its plane), a name of neither (dev D0617H: the airline's Boeing
    was an alias of the maker). Empty unless ``f`` is one word whose own forms show a
    company's suffix ("Co.", "Inc."), and the words before it an organisation's name."""
    if len(f.tokens) != 1:
        return []
    own = uf.find(f.key)
    company = (
        x.split()[-1].lower().rstrip(".") in CORPORATE_SUFFIXES
        for g in orgs
        if uf.find(g.key) == own
        for x in g.surfaces
    )
    if not any(company):
        return []
    by_key = {g.key: g for g in orgs}
    owned = []
    for g in orgs:
        if len(g.tokens) < 2 or g.tokens[-1] != f.key or uf.find(g.key) != owner:
            continue
        lead = by_key.get(" ".join(g.tokens[:-1]))
        if lead is not None and lead.votes["ORG"] > lead.votes["GPE"] + lead.votes["PERSON"]:
            owned.append(g.key)
    return owned


def join_leading_words(
    orgs: list[NameForm],
    people: People,
    uf: UnionFind,
    common: set[str],
    defined: set[tuple[str, str]] = frozenset(),
) -> None:
    """ "Sun" = "Sun Microsystems", "Dawn" = "Dawn Party": a unique longer company name.

    A government word only a name it opens with "of" ("House of Representatives"; "House
    Rules Committee" is one of its committees), and no acronym already the short
    name of a full one ("U.N." of "United Nations" opens the name of a U.N. agency;
    ``defined``: acronyms the texts or BODY_NICKNAMES give a full name): the longer name
    is another body or part of one."""
    spelt = {short for _, short in defined}
    members: dict[str, int] = defaultdict(int)
    for g in orgs:
        members[uf.find(g.key)] += 1
    by_head: dict[str, list[str]] = defaultdict(list)
    for g in orgs:
        # Not a place named after the body ("Qarmal Dye Complex" beside "Qarmal
        # Textile Industries"): "Qarmal" is the company.
        # Nor a maker's model ("Vellmark 420s", tuning D0617H: the maker's planes were an
        # alias of the maker): a last word with a figure in it.
        last = g.tokens[-1]
        model = any(ch.isdigit() for ch in last)
        if len(g.tokens) > 1 and last not in GOVERNMENT_WORDS | PLACE_HEAD_WORDS and not model:
            by_head[g.tokens[0]].append(g.key)
    for f in orgs:
        if len(f.tokens) != 1 or f.votes["GPE"] > f.votes["ORG"] + f.votes["PERSON"]:
            continue
        if f.key in people.by_last or f.key in people.by_first or f.key in common:
            continue
        if shouted(f) and (f.key in spelt or members[uf.find(f.key)] > 1):
            continue
        keys = by_head.get(f.key, [])
        if f.key in GOVERNMENT_WORDS:
            # "House" = "House of Representatives", not "House Rules Committee".
            keys = [k for k in keys if k.split()[1] in NAME_CONTINUATIONS]
        if is_personish(f):
            # A word the model reads as a person joins only a name that says "body"
            # ("Dawn Party"), never "Corran Nation" for the people's "Corran".
            keys = [k for k in keys if set(k.split()) & ORGANISATION_WORDS]
        owners = {uf.find(k) for k in keys}
        owners.discard(uf.find(f.key))
        if len(owners) == 1:
            uf.union(next(iter(owners)), f.key)


def join_inner_words_left_out(
    orgs: list[NameForm], uf: UnionFind, places: dict[str, set[int]] | None = None
) -> None:
    """ "Truth Commission" = "Truth and Reconciliation Commission"; "Records Center" =
    "Records Center of Coastal Heritage and ..." (a name cut before its "of" phrase). Not
    a longer name that is another body (``_narrower``), that every article writing both
    names after the short one (``_written_after``), or that opens with another place than
    the short form's where an article writing the short form names neither
    (``_other_place``; ``places``: the articles naming each, ``place_docs``)."""
    by_key = {g.key: g for g in orgs}
    by_ends: dict[tuple[str, str], list[NameForm]] = defaultdict(list)
    by_cut: dict[tuple[str, ...], list[str]] = defaultdict(list)  # names before "of"
    for g in orgs:
        by_ends[g.tokens[0], g.tokens[-1]].append(g)
        for n in range(1, len(g.tokens)):
            if g.tokens[n] in NAME_CONTINUATIONS:
                by_cut[tuple(g.tokens[:n])].append(g.key)
    for f in orgs:
        n = len(f.tokens)
        if n < 2:
            continue
        owners = {
            uf.find(g.key)
            for g in by_ends[f.tokens[0], f.tokens[-1]]
            if len(g.tokens) > n
            and subsequence(f.tokens, g.tokens)
            and not _narrower(f, g)
            and not _written_after(f, g)
            and not (places is not None and _other_place(f, g, places))
        }
        cut = by_cut.get(tuple(f.tokens), ())
        owners |= {uf.find(k) for k in cut if not _written_after(f, by_key[k])}
        owners.discard(uf.find(f.key))
        if len(owners) == 1:
            uf.union(next(iter(owners)), f.key)


def _narrower(f: NameForm, g: NameForm) -> bool:
    """Whether the longer name ``g`` is another body than ``f``, not ``f`` written out: it
    adds words only to what ``f`` is of or for ("Bureau of Rural Water Affairs" is no
    "Bureau of Water Affairs" written out: dev D0601A, a state's bureau joined the federal
    one), or it opens with the whole of ``f`` ("Coastal Rugby Association Players
    Association" is the players' body, not the association: DUC 2004 d30006t)."""
    if g.tokens[: len(f.tokens)] == f.tokens:
        return True
    cut = next((i for i, t in enumerate(f.tokens) if t in NAME_CONTINUATIONS), None)
    return cut is not None and g.tokens[: cut + 1] == f.tokens[: cut + 1]


def _written_after(f: NameForm, g: NameForm) -> bool:
    """Whether every article writing both the short form ``f`` and the longer name ``g``
    (one at least) writes ``g`` after ``f``: a name written out comes before its short
    form, so a longer one coming later is another body ("Coastal Transit Authority" after
    the "Coastal Authority" that runs it, "Vell Council for Fisheries" after the "Vell
    Council"). Tuning D0631D: an airline's predecessor was an alias of the airline; DUC
    2004 d30040t: a government's aviation authority one of the government, d30022t: the
    U.N. named after one of its offices."""
    both = f.docs & g.docs & f.first.keys() & g.first.keys()
    return bool(both) and all(f.first[d] < g.first[d] for d in both)


def _other_place(f: NameForm, g: NameForm, places: dict[str, set[int]]) -> bool:
    """Whether the longer name ``g`` opens with a place the short form ``f`` does not
    ("Elmford Heights Police" beside "Elmford Police": another town's), and an article
    writing ``f`` names neither that place nor ``g``: there it is the body of the place
    it names itself (tuning D0647B: one town's police were an alias of its neighbour's)."""
    for i in range(1, len(g.tokens)):
        lead = " ".join(g.tokens[:i])
        if lead in places and g.tokens[:i] != f.tokens[:i] and f.docs - places[lead] - g.docs:
            return True
    return False
