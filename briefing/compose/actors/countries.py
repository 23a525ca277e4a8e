"""Countries in key actors: whose government body a name is, and a country's names.

A government body's country comes from its name ("Kenyan Ministry of Health"), or the
one country written before it; ``merge.merge_forms`` marks each such body so two
countries' bodies are never joined. A short form ("Ministry of Health") written where
another country is named may be that country's body. Forms of one country ("U.S.",
"United States", "America") and its seats of power ("Moscow", "the Kremlin") are one
actor. A country also acts through its state's people ("Egyptian officials disputed").
The one country of a domestic story, acting in few of the articles that name it, is the
story's frame ("U.S. cities", "in America"), not a party (``frames``).
"""

from __future__ import annotations

from collections import defaultdict

from briefing.compose.actors.clusters import NameForm, UnionFind, is_personish
from briefing.compose.actors.matching import body_country, country_name, country_of
from briefing.lang.agency import NON_ACT_LEMMAS, STATE_DOER_NOUNS
from briefing.lang.names import GOVERNMENT_WORDS
from briefing.lang.places import METONYMS
from briefing.model import Corpus

# A body's short form written this many times as often as its longer names is the body's
# own name in the coverage ("National Transportation Safety Board" beside a few "U.S.
# National ..."), whichever countries its articles name. Chosen on TUNING D0617H of
# benchmarks/story_eval.py (50 to 6 there); the country check applies below it.
OWN_NAME_RATIO = 3
# The one country of a story where no other country acts (a domestic story) is its frame,
# not a party, when it acts as a state (by its name or its officials) in less than this
# share of the articles naming it. Chosen on the 20 dev stories of benchmarks/story_eval.py:
# the frames of a crime-trends, a housing and a climate story act in 0.15, 0.23 and 0.11 of
# theirs; the one country of a crackdown story in 0.46 (a wetlands story's, 0.43, has two
# more countries acting once). Countries of two-sided stories act in as few as 0.22 of
# theirs (the exile story's Cuba, core in its gold) and are never frames.
FRAME_MAX_SHARE = 1 / 3


def body_countries(forms: dict[str, NameForm]) -> dict[str, str]:
    """The country of each government body form whose name says it ("Kenyan Ministry of
    Health", "Ministry of Health of Kenya") or before which the texts name only one
    country ("Kenya's Ministry of Health"): ``UnionFind``'s marks, so two countries'
    bodies stay apart whichever step or short form would join them."""
    marks: dict[str, str] = {}
    for f in forms.values():
        named = body_country(f.tokens)
        if named:
            marks[f.key] = named[0]
        elif set(f.tokens) & GOVERNMENT_WORDS:
            qualifiers = {country_of(q) for q in f.qualifiers} - {None}
            if len(qualifiers) == 1:
                marks[f.key] = qualifiers.pop()
    return marks


def doc_countries(forms: dict[str, NameForm]) -> dict[int, set[str]]:
    """The countries each document names: by name, by its people's adjective ("Kenyan")
    or by its seat of power ("Nairobi")."""
    named: dict[int, set[str]] = defaultdict(set)
    for f in forms.values():
        if f.votes["GPE"] + f.votes["NORP"] == 0:
            continue
        country = country_of(f.key) or METONYMS.get(f.key)
        if country:
            for d in f.docs:
                named[d].add(country)
    return named


def another_countrys(
    f: NameForm, owner: str, uf: UnionFind, forms: list[NameForm], named: dict[int, set[str]]
) -> bool:
    """Whether a government body's short form ("Ministry of Health") is written where it
    may be another country's body than ``owner``'s (the "Peruvian Ministry of Health"):
    in an article that names some other country but neither the owner's country nor the
    owner by its longer name."""
    country = uf.mark.get(owner)
    if not country or uf.mark.get(uf.find(f.key)) or not set(f.tokens) & GOVERNMENT_WORDS:
        return False
    owners = [g for g in forms if g is not f and uf.find(g.key) == owner]
    if sum(f.surfaces.values()) >= OWN_NAME_RATIO * sum(sum(g.surfaces.values()) for g in owners):
        return False  # "National Transportation Safety Board", rarely "U.S. ...": its name
    owned = set().union(*(g.docs for g in owners))
    return any(
        named.get(d, set()) - {country} and country not in named.get(d, set())
        for d in f.docs - owned
    )


def foreign_qualified(
    f: NameForm, by_tail: dict[tuple[str, ...], list[str]], named: dict[int, set[str]]
) -> bool:
    """Whether a body's short form ("Communist Party") has a longer name that gives it
    a country ("Soviet Communist Party") which most articles writing the short form do
    not name: there the short form is most likely some other country's body. Government
    bodies are left to their country marks (``body_countries``)."""
    if set(f.tokens) & GOVERNMENT_WORDS:
        return False
    n = len(f.tokens)
    for k in by_tail.get(tuple(f.tokens), ()):
        country = country_of(" ".join(k.split()[:-n]))
        if not country:
            continue
        naming = sum(country in named.get(d, set()) for d in f.docs)
        if naming * 2 < len(f.docs):
            return True
    return False


def join_country_forms(orgs: list[NameForm], uf: UnionFind) -> None:
    """A body with its country before or after its name is one body: "Kenyan Ministry
    of Health" = "Ministry of Health of Kenya"."""
    by_name: dict[tuple[str, tuple[str, ...]], list[str]] = defaultdict(list)
    for f in orgs:
        named = body_country(f.tokens)
        if named:
            by_name[named].append(f.key)
    for keys in by_name.values():
        for k in keys[1:]:
            uf.union(keys[0], k)


def countries_bodies(
    f: NameForm,
    by_tail: dict[tuple[str, ...], list[str]],
    by_cut: dict[tuple[str, ...], list[str]],
    by_key: dict[str, NameForm],
) -> int:
    """How many countries' bodies a government body's short form is seen naming: by the
    country written before it ("Bolivia's Ministry of Mines") or in its longer names
    ("Colombian Ministry of Mines"). "UN" after "Bolivia's" is the ambassador's, not a
    body of Bolivia's: only names with a government word count."""
    if not set(f.tokens) & GOVERNMENT_WORDS:
        return 0
    n = len(f.tokens)
    countries = {country_of(q) for q in f.qualifiers}
    for k in by_tail.get(tuple(f.tokens), ()):
        countries.add(country_of(" ".join(k.split()[:-n])))
        countries.update(country_of(q) for q in by_key[k].qualifiers)
    # "Ministry of Health of Kenya": the country after the name.
    for k in by_cut.get(tuple(f.tokens), ()):
        named = body_country(k.split())
        countries.add(named[0] if named and list(named[1]) == f.tokens else None)
        countries.update(country_of(q) for q in by_key[k].qualifiers)
    return len(countries - {None})


def join_countries(forms: dict[str, NameForm], drop: set[str], uf: UnionFind) -> None:
    """Countries: "U.S." = "US" = "United States" = "America"."""
    by_country: dict[str, list[str]] = defaultdict(list)
    for f in forms.values():
        if f.votes["GPE"] and f.key not in drop:
            name = country_name(f.key)
            if name:
                by_country[name].append(f.key)
    # Metonymy: "Moscow said", "the Kremlin" stand for the state, never a second actor.
    for f in forms.values():
        country = METONYMS.get(f.key)
        if country in by_country and f.key not in drop and not is_personish(f):
            by_country[country].append(f.key)
    for keys in by_country.values():
        for k in keys[1:]:
            uf.union(keys[0], k)


def state_acts(corpus: Corpus) -> dict[str, set[int]]:
    """The articles where each country acts through its state's people named by their
    nationality's adjective: "Egyptian officials disputed ...", "the French government
    grounded ..." (where the country's own name acts is ``Cluster.acting_docs``)."""
    found: dict[str, set[int]] = defaultdict(set)
    for d, adoc in enumerate(corpus.docs):
        for e in adoc.parse.ents if adoc.parse is not None else ():
            if e.label_ != "NORP":
                continue
            t = e.root
            doer = t.head
            if (
                t.dep_ in {"amod", "compound"}
                and doer.lower_ in STATE_DOER_NOUNS
                and doer.dep_ == "nsubj"
                and doer.head.lemma_ not in NON_ACT_LEMMAS
            ):
                country = country_of(e.text.lower())
                if country:
                    found[country].add(d)
    return found


def country_of_cluster(forms: list[NameForm]) -> str | None:
    """The country a country actor's forms name (its first form that names one)."""
    return next((country_name(f.key) for f in forms if country_name(f.key)), None)


def frames(countries: list[tuple[set[int], set[int]]], party_min_docs: int) -> list[bool]:
    """For each country of the story, given as (the articles naming it, the articles where
    it acts as a state), whether it is the story's frame: no other country acts in
    ``party_min_docs`` articles or more, and it acts in less than FRAME_MAX_SHARE of the
    articles naming it ("the United States" of a story on its crime rates)."""
    parties = [len(acting) >= party_min_docs for _, acting in countries]
    return [
        sum(parties) - party == 0 and len(acting) < FRAME_MAX_SHARE * len(naming)
        for (naming, acting), party in zip(countries, parties, strict=True)
    ]
