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
   acronyms the texts define. The head-word, leading-word and inner-word steps live in
   ``short_forms``.
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
    body_countries,
    doc_countries,
    join_countries,
    join_country_forms,
)
from briefing.compose.actors.matching import (
    ORG_SPELLING_MIN_CHARS,
    abbreviates,
    named_after_place,
    same_organisation,
)
from briefing.compose.actors.people import (
    People,
    attach_mislabelled,
    attach_particled,
    attach_single_word,
    called_by_first,
    join_full_names,
    share_surname,
    tail_index,
)
from briefing.compose.actors.short_forms import (
    MAX_ACRONYM_CHARS,
    join_head_words,
    join_inner_words_left_out,
    join_leading_words,
    place_docs,
    shouted,
)
from briefing.lang.acronyms import BODY_NICKNAMES, initials
from briefing.lang.names import ACRONYM_SKIP, PROPER_BODY_WORDS

# A plural's singular has at least this many letters ("Ninos"; "Bus" and "Gas" are no
# plurals). Set by hand on issue 11's "El Ninos", not benchmarked.
PLURAL_MIN_CHARS = 3
_NO_PLURAL_ENDINGS = ("ss", "us", "is")


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
    # "de Wendt" is a surname with a particle, not a first name "de".
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
        bodies=[f.tokens for f in forms.values() if len(f.tokens) > 1 and _body_name(f)],
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
            uf.union(body, short)  # "Lantern Club" = "Lantern Club Republicans"
    variants.join_articles(articled, people.drop, uf)
    _join_variants(orgs, uf)
    _join_acronyms(orgs, uf)
    by_tail = tail_index(orgs)  # tokens and keys only: the joins below never change it
    qualifiers.join_qualified(forms, orgs, by_tail, uf)  # "Federal EPA", "Islamic ... Party"
    _join_spelt_out(orgs, by_tail, uf)
    join_country_forms(orgs, uf)
    places = place_docs(forms)
    join_head_words(orgs, by_tail, uf, common, people.drop, doc_countries(forms), places)
    variants.join_cut_names(orgs, uf)
    variants.join_inverted(orgs, uf)
    join_leading_words(orgs, people, uf, common, defined | BODY_NICKNAMES)
    join_inner_words_left_out(orgs, uf, places)
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
    """A name and its plural are one actor: "El Ninos" = "El Nino", "Corrans" = "Corran".
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
    """Names of bodies of a party's members ("Lantern Club Republicans", each with "") and
    their names without the members' word ("Lantern Club", with the body's key when only
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


def _body_name(f: NameForm) -> bool:
    """Whether the model reads a name mostly as a body's ("Tallow Sioux", "Merrill Lynch")."""
    return not is_personish(f) and f.votes["ORG"] * 2 > f.votes.total()


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
    # ("Dawn" beside "Dawn Party") or is a body's own name ("Duma") is the
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
            acronyms[initials(f.tokens)].add(uf.find(f.key))
    # An acronym's first letter is that of the name's first main word (or of a function
    # word before it): the long names by those letters.
    by_letter: dict[str, list[NameForm]] = defaultdict(list)
    for g in orgs:
        if len(g.tokens) >= 2:
            lead = next((j for j, t in enumerate(g.tokens) if t not in ACRONYM_SKIP), None)
            for letter in {t[0] for t in g.tokens[: None if lead is None else lead + 1]}:
                by_letter[letter].append(g)
    for f in orgs:
        if shouted(f):
            owners = {uf.find(k) for k in acronyms.get(f.key, set())}
            if not owners:  # "AOL" = "America Online": letters from inside the words too
                owners = {
                    uf.find(g.key) for g in by_letter[f.key[0]] if abbreviates(f.key, g.tokens)
                }
            if len(owners) == 1:
                uf.union(next(iter(owners)), f.key)


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
            if initials(k.split()[: -len(rest)]) == short and len(k.split()) > len(rest) + 1
        }
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
        firsts = first_names.get(root, set())
        c.first_names = firsts - called_by_first(members, firsts)
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
