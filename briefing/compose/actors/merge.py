"""Merging: name forms joined into one cluster per real-world actor.

``merge_forms`` runs named steps over a union-find of form keys, people first:

0. ``_join_plurals``: a name and its plural ("El Ninos" = "El Nino").
1.-3. The person steps of ``people``: full names of one person, particle surnames and
   bare surnames or first names joined to their owner.
4. Organisations (``_organisations``): Arabic articles ("El Qarmal" = "al-Qarmal" =
   "Qarmal", ``variants``), misspelt and inflected variants, acronyms
   ("FTC", "AOL"), head-word short forms ("the Times"), leading words ("Sun" = "Sun
   Microsystems"), inner words left out ("Truth Commission"), a name cut before its "of"
   phrase ("Records Center") or its closing words ("Qarmal Textile"),
   acronyms the texts define.
5. ``countries.join_countries``: "U.S." = "US" = "United States" = "America"; a capital or seat
   of power ("Moscow", "the Kremlin") joins its country when the country is named.

Two countries' government bodies are never joined, by any step: each body form whose
name (or the one country written before it) says whose it is carries that country as a
mark in the union-find, which refuses to join sets marked differently.

A story of 875 articles has thousands of forms, so no step compares every pair: each
looks up the forms that could match in an index (by surname, first name, first letter,
first or last words), then applies the same test in the same order as a scan of all
pairs would (issue 13: the pairwise scans took 90 s CPU at 875 articles).
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from briefing.compose.actors import qualifiers, variants
from briefing.compose.actors.clusters import (
    Cluster,
    NameForm,
    UnionFind,
    is_personish,
    member_plurals,
)
from briefing.compose.actors.countries import (
    another_countrys,
    body_countries,
    countries_bodies,
    doc_countries,
    foreign_qualified,
    join_countries,
    join_country_forms,
)
from briefing.compose.actors.matching import (
    BODY_COUNTRY_LINKS,
    ORG_SPELLING_MIN_CHARS,
    abbreviates,
    acronym,
    named_after_place,
    same_organisation,
    subsequence,
)
from briefing.compose.actors.people import (
    People,
    attach_mislabelled,
    attach_particled,
    attach_single_word,
    dominant,
    join_full_names,
    share_surname,
    tail_index,
)
from briefing.lang.names import (
    ACRONYM_SKIP,
    BODY_NICKNAMES,
    GOVERNMENT_WORDS,
    PROPER_BODY_WORDS,
)
from briefing.lang.places import METONYMS, ORGANISATION_WORDS, PLACE_HEAD_WORDS

# Words that continue a name after its head ("Center of ...", "Commission for ...").
NAME_CONTINUATIONS = {"of", "for", "on"}
# A one-word tail after these words is what a body is of or about, never its head word:
# "Dayton" is no short form of "University of Dayton", nor "Firearms" of "... and Firearms"
# (a longer tail may be: "Parks and Coastal Heritage").
TAIL_LINKS = NAME_CONTINUATIONS | BODY_COUNTRY_LINKS | {"and", "at", "de", "del", "du"}
# A plural's singular has at least this many letters ("Ninos"; "Bus" and "Gas" are no
# plurals). Set by hand on issue 11's "El Ninos", not benchmarked.
PLURAL_MIN_CHARS = 3
_NO_PLURAL_ENDINGS = ("ss", "us", "is")
# A government body's short form that ends this many longer names, none of them written
# out most, names nobody in particular ("Housing Authority" beside five towns' housing
# authorities; not "Security Council" beside the U.N.'s and one country's). Chosen on
# CHECK D0645I and TUNING D0639C of benchmarks/story_eval.py.
SHARED_SHORT_FORM_OWNERS = 3
# Shouted one-word forms up to this length may be acronyms (of a longer name).
MAX_ACRONYM_CHARS = 6


def merge_forms(
    forms: dict[str, NameForm],
    defined: set[tuple[str, str]] = frozenset(),
    *,
    common: set[str] = frozenset(),
    nicknamed: set[tuple[str, str]] = frozenset(),
    relatives: dict[tuple[str, str], set[int]] | None = None,
) -> list[Cluster]:
    """One cluster per actor; ``defined`` are (name, acronym) pairs the texts define,
    ``common`` one-word forms too vague to join names (see ``filters.common_words``),
    ``nicknamed`` (name, nickname) pairs the texts write side by side, ``relatives``
    (surname, given name) pairs of relatives named after a bare surname
    (``people.named_relatives``)."""
    uf = UnionFind(forms, body_countries(forms))
    _join_plurals(forms, uf)
    # "de Klerk" is a surname with a particle, not a first name "de".
    particled = variants.particled(forms)
    articled = variants.article_groups(forms)  # "Al Qarmal" beside "El Qarmal": no "Al"
    bodies = _member_bodies(forms)
    people = People(
        full=[
            f
            for f in forms.values()
            if is_personish(f)
            and len(f.tokens) >= 2
            and f.key not in particled
            and f.key not in articled
            and f.key not in bodies
            and not named_after_place(f.tokens)
        ],
        relatives=relatives or {},
    )
    join_full_names(people, uf)
    attach_particled(people, particled, uf)
    for g in people.full:
        people.by_root[uf.find(g.key)].append(g)
    by_initial: dict[str, list[str]] = defaultdict(list)
    for last in people.by_last:
        by_initial[last[:1]].append(last)
    for f in forms.values():
        if len(f.tokens) != 1 or f.key.upper() == f.surface and len(f.key) <= 5:
            continue
        attach_single_word(f, people, uf, by_initial)
    attach_mislabelled(forms, people, uf)

    orgs = _organisations(forms, people, uf, bodies)
    for short, body in bodies.items():
        if body:
            uf.union(body, short)  # "Log Cabin" = "Log Cabin Republicans"
    variants.join_articles(articled, people.drop, uf)
    _join_variants(orgs, uf)
    _join_acronyms(orgs, uf)
    by_tail = tail_index(orgs)  # tokens and keys only: the joins below never change it
    qualifiers.join_qualified(forms, orgs, by_tail, uf)  # "Federal EPA", "Islamic ... Party"
    _join_spelt_out(orgs, by_tail, uf)
    join_country_forms(orgs, uf)
    _join_head_words(orgs, by_tail, uf, common, people.drop, doc_countries(forms))
    variants.join_cut_names(orgs, uf)
    variants.join_inverted(orgs, uf)
    _join_leading_words(orgs, people, uf, common, defined | BODY_NICKNAMES)
    _join_inner_words_left_out(orgs, uf)
    _join_defined(forms, defined | BODY_NICKNAMES, people.drop, uf)
    join_countries(forms, people.drop, uf)
    _join_nicknames(forms, nicknamed, people.drop, uf)
    return _clusters(forms, people, uf)


def _join_nicknames(
    forms: dict[str, NameForm], nicknamed: set[tuple[str, str]], drop: set[str], uf: UnionFind
) -> None:
    """A person's quoted nickname ("Lau Kit-man, nicknamed 'Big Tiger'") is the person,
    never a second actor; only beside a name the model reads as a person's."""
    for name, nick in sorted(nicknamed):
        known = name in forms and nick in forms and not {name, nick} & drop
        if known and is_personish(forms[name]):
            uf.union(name, nick)


def _join_plurals(forms: dict[str, NameForm], uf: UnionFind) -> None:
    """A name and its plural are one actor: "El Ninos" = "El Nino", "Navajos" = "Navajo".
    Only a singular of PLURAL_MIN_CHARS letters or more, never after a person title, and
    not "Paris" or "Congress" (endings no plural has)."""
    for f in forms.values():
        last = f.tokens[-1]
        if f.titled or len(last) <= PLURAL_MIN_CHARS or not last.endswith("s"):
            continue
        if last.endswith(_NO_PLURAL_ENDINGS):
            continue
        singular = " ".join([*f.tokens[:-1], last[:-1]])
        if singular in forms:
            uf.union(singular, f.key)


def _member_bodies(forms: dict[str, NameForm]) -> dict[str, str]:
    """Names of bodies of a party's members ("Log Cabin Republicans", each with "") and
    their names without the members' word ("Log Cabin", with the body's key when only
    one body so begins): organisations, however the model labels them."""
    plurals = member_plurals(forms)
    bodies = {k: "" for k, f in forms.items() if len(f.tokens) > 1 and f.tokens[-1] in plurals}
    starts: dict[str, set[str]] = defaultdict(set)
    for k in list(bodies):
        cut = " ".join(k.split()[:-1])
        if cut in forms and len(forms[cut].tokens) > 1 and cut not in bodies:
            starts[cut].add(k)
    for cut, owners in starts.items():
        if len(owners) == 1:
            bodies[cut] = next(iter(owners))
    return bodies


def _organisations(
    forms: dict[str, NameForm], people: People, uf: UnionFind, bodies: dict[str, str]
) -> list[NameForm]:
    """The forms the organisation steps work on."""
    orgs = [
        f
        for f in forms.values()
        if f.key not in people.drop
        and (f.key in bodies or not is_personish(f))
        and f.votes["NORP"] * 2 <= f.votes.total()
    ]
    # A single word the model called a person but that begins an organisation's name
    # ("Virtue" beside "Virtue Party") or is a body's own name ("Duma") is the
    # organisation, unless it is a known name part.
    leading = {g.tokens[0] for g in orgs if len(g.tokens) > 1}
    orgs += [
        f
        for f in forms.values()
        if len(f.tokens) == 1
        and is_personish(f)
        and not f.titled
        and f.key not in people.by_last
        and f.key not in people.by_first
        and uf.find(f.key) == f.key
        and (f.key in leading or f.key in PROPER_BODY_WORDS)
    ]
    return orgs


def _join_variants(orgs: list[NameForm], uf: UnionFind) -> None:
    """Misspellings of long names: "News York Times", "New York Time's"."""
    multi = [f for f in orgs if len(f.tokens) >= 2 or len(f.key) >= ORG_SPELLING_MIN_CHARS]
    pairs = {(i, j) for i, j in _variant_candidates(multi) if same_organisation(multi[i], multi[j])}
    for i, j in sorted(pairs):  # the order of a scan of all pairs
        uf.union(multi[i].key, multi[j].key)


def _variant_candidates(forms: list[NameForm]) -> set[tuple[int, int]]:
    """Index pairs (i < j) that ``same_organisation`` might accept: long keys within the
    misspelling distance (same first letter), or names differing in one word only."""
    pairs: set[tuple[int, int]] = set()
    by_initial: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(forms):
        if len(f.key) >= ORG_SPELLING_MIN_CHARS:
            by_initial[f.key[0]].append(i)
    for members in by_initial.values():
        if len(members) < 2:
            continue
        keys = [forms[i].key for i in members]
        # similar_spelling allows at most 2 edits; anything further is left at 3.
        dist = process.cdist(keys, keys, scorer=Levenshtein.distance, score_cutoff=2)
        for x, y in np.argwhere(dist <= 2):
            if x < y:
                pairs.add((members[x], members[y]))
    by_rest: dict[tuple[int, tuple[str, ...]], list[int]] = defaultdict(list)
    for i, f in enumerate(forms):
        tokens = f.tokens
        if len(tokens) >= 2:
            for k in range(len(tokens)):
                by_rest[k, (*tokens[:k], *tokens[k + 1 :])].append(i)
    for members in by_rest.values():
        pairs.update((i, j) for x, i in enumerate(members) for j in members[x + 1 :])
    return pairs


def _join_acronyms(orgs: list[NameForm], uf: UnionFind) -> None:
    """Acronyms: "FTC" = "Federal Trade Commission", "NYT" = "New York Times"."""
    acronyms: dict[str, set[str]] = defaultdict(set)
    for f in orgs:
        if len(f.tokens) >= 2:
            acronyms[acronym(f.tokens)].add(uf.find(f.key))
    # An acronym's first letter is that of the name's first main word (or of a function
    # word before it): the long names by those letters.
    by_letter: dict[str, list[NameForm]] = defaultdict(list)
    for g in orgs:
        if len(g.tokens) >= 2:
            lead = next((j for j, t in enumerate(g.tokens) if t not in ACRONYM_SKIP), None)
            for letter in {t[0] for t in g.tokens[: None if lead is None else lead + 1]}:
                by_letter[letter].append(g)
    for f in orgs:
        if _shouted(f):
            owners = {uf.find(k) for k in acronyms.get(f.key, set())}
            if not owners:  # "AOL" = "America Online": letters from inside the words too
                owners = {
                    uf.find(g.key) for g in by_letter[f.key[0]] if abbreviates(f.key, g.tokens)
                }
            if len(owners) == 1:
                uf.union(next(iter(owners)), f.key)


def _shouted(f: NameForm) -> bool:
    """Whether a one-word form is written in capitals and short enough to be an acronym."""
    if len(f.tokens) != 1 or not 2 <= len(f.key) <= MAX_ACRONYM_CHARS:
        return False
    return any(x.replace(".", "").isupper() for x in f.surfaces)


def _join_spelt_out(
    orgs: list[NameForm], by_tail: dict[tuple[str, ...], list[str]], uf: UnionFind
) -> None:
    """A name opened by an acronym and the same name with it spelt out: "U.N. Special
    Commission" = "United Nations Special Commission", "U.S. Supreme Court" = "United
    States Supreme Court" (the acronym written in capitals, the rest the same)."""
    for f in orgs:
        short, rest = f.tokens[0], tuple(f.tokens[1:])
        if not rest or not 2 <= len(short) <= MAX_ACRONYM_CHARS:
            continue
        if not any(s.split()[0].replace(".", "").isupper() for s in f.surfaces):
            continue
        owners = {
            uf.find(k)
            for k in by_tail.get(rest, ())
            if acronym(k.split()[: -len(rest)]) == short and len(k.split()) > len(rest) + 1
        }
        owners.discard(uf.find(f.key))
        if len(owners) == 1:
            uf.union(next(iter(owners)), f.key)


def _join_head_words(
    orgs: list[NameForm],
    by_tail: dict[tuple[str, ...], list[str]],
    uf: UnionFind,
    common: set[str],
    drop: set[str],
    named: dict[int, set[str]] | None = None,
) -> None:
    """Head-word short forms: "the Times", "the Commerce Committee" (unique longer name).
    A short form that two countries' bodies share ("Ministry of Mines" beside the
    "Colombian Ministry of Mines" and "Bolivia's Ministry of Mines") is nobody in
    particular: it joins neither and is dropped; so is one written in an article about
    another country than its only longer name's (``named``: the countries each article
    names)."""
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
            uf.union(owner, f.key)


def _join_leading_words(
    orgs: list[NameForm],
    people: People,
    uf: UnionFind,
    common: set[str],
    defined: set[tuple[str, str]] = frozenset(),
) -> None:
    """ "Sun" = "Sun Microsystems", "Virtue" = "Virtue Party": a unique longer company name.

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
        if len(g.tokens) > 1 and g.tokens[-1] not in GOVERNMENT_WORDS | PLACE_HEAD_WORDS:
            by_head[g.tokens[0]].append(g.key)
    for f in orgs:
        if len(f.tokens) != 1 or f.votes["GPE"] > f.votes["ORG"] + f.votes["PERSON"]:
            continue
        if f.key in people.by_last or f.key in people.by_first or f.key in common:
            continue
        if _shouted(f) and (f.key in spelt or members[uf.find(f.key)] > 1):
            continue
        keys = by_head.get(f.key, [])
        if f.key in GOVERNMENT_WORDS:
            # "House" = "House of Representatives", not "House Rules Committee".
            keys = [k for k in keys if k.split()[1] in NAME_CONTINUATIONS]
        if is_personish(f):
            # A word the model reads as a person joins only a name that says "body"
            # ("Virtue Party"), never "Navajo Nation" for the people's "Navajo".
            keys = [k for k in keys if set(k.split()) & ORGANISATION_WORDS]
        owners = {uf.find(k) for k in keys}
        owners.discard(uf.find(f.key))
        if len(owners) == 1:
            uf.union(next(iter(owners)), f.key)


def _join_inner_words_left_out(orgs: list[NameForm], uf: UnionFind) -> None:
    """ "Truth Commission" = "Truth and Reconciliation Commission"; "Records Center" =
    "Records Center of Coastal Heritage and ..." (a name cut before its "of" phrase)."""
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
            if len(g.tokens) > n and subsequence(f.tokens, g.tokens)
        }
        owners |= {uf.find(k) for k in by_cut.get(tuple(f.tokens), ())}
        owners.discard(uf.find(f.key))
        if len(owners) == 1:
            uf.union(next(iter(owners)), f.key)


def _join_defined(
    forms: dict[str, NameForm], defined: set[tuple[str, str]], drop: set[str], uf: UnionFind
) -> None:
    """Acronyms the texts define: "Kurdistan Workers Party (PKK)", "PKK (Kurdistan ...)";
    also of a longer name the defined one closes, when only one form so ends ("United
    Nations Commission on Narcotic Trade" for "Commission on Narcotic Trade (CNT)")."""
    for long, short in defined:
        if short not in forms or short in drop:
            continue
        if long not in forms:
            ends = [k for k in forms if k.endswith(" " + long) and k not in drop]
            long = ends[0] if len(ends) == 1 else long
        if long in forms and long not in drop:
            uf.union(long, short)


def _clusters(forms: dict[str, NameForm], people: People, uf: UnionFind) -> list[Cluster]:
    """One cluster per union-find root, in the order the forms were first seen."""
    groups: dict[str, list[NameForm]] = defaultdict(list)
    for f in forms.values():
        if f.key not in people.drop:
            groups[uf.find(f.key)].append(f)
    first_names: dict[str, set[str]] = defaultdict(set)
    for r, ks in people.first_names.items():
        first_names[uf.find(r)] |= ks
    clusters: dict[str, Cluster] = {}
    for root, members in groups.items():
        c = Cluster(forms=members)
        c.first_names = set(first_names.get(root, ()))
        for f in members:
            c.votes.update(f.votes)
        clusters[root] = c
    for bare, (owner, gender) in people.namesakes.items():
        c, other = clusters.get(uf.find(bare)), clusters.get(uf.find(owner))
        if c is not None and other is not None and c is not other:
            c.namesake = other
            docs = {d for g in people.by_root[owner] for d in g.docs}
            c.namesake_docs.update(dict.fromkeys(docs, gender))
    for bare, roots in people.shared.items():
        share_surname(forms[bare], {r: clusters.get(uf.find(r)) for r in roots}, people)
    return list(clusters.values())
