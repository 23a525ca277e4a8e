"""Merging person names: the person steps of ``merge.merge_forms``.

1. ``join_full_names``: full names of one person ("Bob Harwell" = "Robert
   Harwell", "Peter K Dalby" = "Peter Dalby", small surname misspellings).
2. ``attach_particled``: surnames with a particle ("de Wendt", "Van Dorle": see
   ``variants``) join a unique full name.
3. ``attach_single_word``: a bare surname joins its unique (or clearly dominant) full
   name, a lone first name a unique full name or is dropped.
4. ``attach_mislabelled``: a full name the model reads as a place or a body joins the
   surname written alone after a person title ("Arkady Tsvetin", "Professor Tsvetin").

``People`` carries what these steps learn to the organisation steps after them;
``dominant`` and ``tail_index`` are shared with those steps.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations

from briefing.compose.actors.clusters import Cluster, NameForm, UnionFind, is_personish
from briefing.compose.actors.genders import namesakes, owner_gender
from briefing.compose.actors.matching import (
    SPELLING_MIN_CHARS,
    country_name,
    family_name,
    first_name,
    named_after_place,
    same_person,
    similar_spelling,
    surname,
)
from briefing.compose.actors.mentions import PLACE_LABELS
from briefing.compose.actors.qualifiers import join_initialled
from briefing.compose.actors.spelling_pairs import alike_pairs
from briefing.lang.genders import KIN_NOUNS
from briefing.lang.names import (
    CORPORATE_SUFFIXES,
    GOVERNMENT_WORDS,
    HEAD_OF_STATE_TITLES,
    LEGISLATOR_TITLES,
)
from briefing.lang.places import (
    METONYMS,
    ORGANISATION_WORDS,
    PLACE_FIRST_WORDS,
    PLACE_HEAD_WORDS,
    PLACE_PREFIXES,
)

# A bare surname shared by several full names joins the most mentioned one only when it
# has at least this many mentions and DOMINANT_SURNAME_RATIO times those of all the others
# ("Halloran" with Bill and Maura); so does an organisation's short form ending several
# longer names ("Supreme Court"). Set by hand on the sample, not yet benchmarked.
DOMINANT_SURNAME_MIN_MENTIONS = 4
DOMINANT_SURNAME_RATIO = 3
# A full name's first word written alone at least this many times, and more often than
# its last word alone, is what the coverage calls the person by: a family name written
# first ("Chen" of "Chen Ming-tao") or a child's given name, counted as a mention.
# Chosen on check story D0629B (a virus's author named 13 times so, counted once).
CALLED_FIRST_MIN = 3
# First words that make a name a place's or a body's, never a person's ("Fort Hood",
# "Lake Powell", "Camp David").
_NOT_FIRST_NAMES = (
    (
        ORGANISATION_WORDS
        | GOVERNMENT_WORDS
        | CORPORATE_SUFFIXES
        | PLACE_FIRST_WORDS
        | PLACE_PREFIXES
    )
    | PLACE_HEAD_WORDS
    | {"fort", "camp", "port", "saint", "st", "san", "santa", "new"}
)


@dataclass
class People:
    """What the person steps learn, for the steps after them."""

    full: list[NameForm]  # person forms of two words or more
    by_last: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    by_first: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    drop: set[str] = field(default_factory=set)  # lone first names with no unique owner
    first_names: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # The full names under each union-find root, once the full names are joined (their
    # roots do not change after that: later steps only attach other forms to them).
    by_root: dict[str, list[NameForm]] = field(default_factory=lambda: defaultdict(list))
    # Bare surnames kept apart from the one full name that ends with them, as another
    # person of the other sex (``genders.namesakes``): bare key -> (owner root, its gender).
    namesakes: dict[str, tuple[str, str]] = field(default_factory=dict)
    # Bare surnames of several full names: bare key -> the roots of those full names.
    shared: dict[str, set[str]] = field(default_factory=dict)
    # (surname, given name) of relatives the texts name after a bare surname ("Tennick's
    # father, John": "John Tennick" is not the story's "Tennick"), with those articles.
    relatives: dict[tuple[str, str], set[int]] = field(default_factory=dict)
    # The words of the names the model reads as bodies' ("Tallow Sioux"): a bare word
    # ending one, not read as a person, is no one's surname (``_ends_a_body``).
    bodies: list[list[str]] = field(default_factory=list)


# "Tennick's father, John", "Halloran's wife Maura": a relative of the bare surname.
_KIN = "|".join(sorted(KIN_NOUNS))
_RELATIVE_RE = re.compile(rf"\b([A-Z][\w'-]+)['’]s\s+(?:{_KIN}),?\s+([A-Z][a-z]+)\b")


def named_relatives(texts: Iterable[str]) -> dict[tuple[str, str], set[int]]:
    """(surname, given name) pairs of the relatives the texts name after a bare surname,
    with the articles that do: "Tennick's father, John" gives ("tennick", "john")."""
    found: dict[tuple[str, str], set[int]] = defaultdict(set)
    for d, t in enumerate(texts):
        for m in _RELATIVE_RE.finditer(t):
            found[m[1].lower(), m[2].lower()].add(d)
    return dict(found)


def join_full_names(people: People, uf: UnionFind) -> None:
    """Persons: full names by (first, last), misspelt surnames only when first names agree."""
    full = people.full
    # same_person needs the same surname or the same first name: compare within those.
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, f in enumerate(full):
        blocks["last", surname(f.tokens)].append(i)
        blocks["first", first_name(f.tokens[0])].append(i)
    # A first name's block is compared where surnames may be spelt alike (``alike_pairs``).
    pairs = {
        (i, j)
        for (kind, _), members in blocks.items()
        for i, j in (
            alike_pairs(members, [surname(full[m].tokens) for m in members])
            if kind == "first"
            else combinations(members, 2)
        )
        if same_person(full[i].tokens, full[j].tokens)
    }
    for i, j in sorted(pairs):  # the order of a scan of all pairs
        uf.union(full[i].key, full[j].key)
    join_initialled(full, uf)  # "J. Owen Tallis" = "Owen Tallis"
    for f in full:
        people.by_last[family_name(f.tokens)].add(uf.find(f.key))
        people.by_first[f.tokens[0]].add(uf.find(f.key))


def attach_particled(people: People, particled: set[str], uf: UnionFind) -> None:
    """A particle surname ("de Wendt") joins the one full name that ends with it."""
    by_tail = tail_index(people.full)
    for key in particled:
        owners = {uf.find(k) for k in by_tail.get(tuple(key.split()), ())}
        if len(owners) == 1:
            uf.union(next(iter(owners)), key)


def attach_single_word(
    f: NameForm, people: People, uf: UnionFind, by_initial: dict[str, list[str]]
) -> None:
    """A one-word form: a surname joins its owner, a lone first name a unique full name.
    ``by_initial``: the surnames of ``people.by_last`` by first letter."""
    tok = f.key
    if f.votes["NORP"] * 2 > f.votes.total():
        return  # "Republicans", "Palestinian": a people or a party's members, no surname
    if (tok in METONYMS or country_name(tok)) and f.votes["GPE"] >= f.votes["PERSON"]:
        # "Havana" is the city (or Cuba), not the surname of "Little Havana"; "Mexico"
        # the country, not the last word of a "Telefonos de Mexico" read as a person.
        return
    surname_of = set(people.by_last.get(tok, set()))
    kin = {r for r in surname_of if _relative(tok, r, people)}
    for r in kin:
        # A son profiled as "Tennick" and "Tennick's father, John" (D0601A: the son's
        # 25 mentions and quotes were shown as John Tennick's): two people, whatever
        # a later step would join.
        uf.mark.setdefault(uf.find(r), "person " + r)
        uf.mark.setdefault(uf.find(f.key), "person " + f.key)
    if kin and not surname_of - kin:
        return
    surname_of -= kin
    # A token that ends one full name and begins another ("Oscar Li", "Li Dongwei": a
    # family name written first) names either: only a clearly dominant one takes it.
    written_first = people.by_first.get(tok, set()) - surname_of
    if surname_of and written_first:
        top = dominant(_mentions(people, surname_of | written_first))
        if top is None and len(surname_of) == 1:
            # News calls a person by the surname: "Grant" in the articles on Milo
            # Grant, not those on a Grant Hollis (D0619A), is Milo Grant's.
            top = _written_beside(f, surname_of, written_first, people)
        if top in surname_of:
            uf.union(top, f.key)
        else:
            people.drop.add(f.key)
        return
    if not surname_of and len(tok) >= SPELLING_MIN_CHARS:
        surname_of = {
            r
            for last in by_initial.get(tok[:1], ())  # a misspelling keeps the first letter
            if similar_spelling(tok, last)
            for r in people.by_last[last]
        }
    owner_docs = {d for r in surname_of for g in people.by_root[r] for d in g.docs}
    if surname_of and not is_personish(f) and _ends_a_body(tok, surname_of, people):
        # "Sioux", which the model reads as no person, of a tribe it reads as a person
        # ("Corran Sioux") and of another it reads as a body ("Tallow Sioux"): either's,
        # so neither's (D0601A). A bare word read as a person ("Jones" beside "Dow
        # Jones") is still a surname.
        people.drop.add(f.key)
        return
    if len(surname_of) == 1:
        owner = next(iter(surname_of))
        # A bare surname that lives only in other articles than the full name, and in
        # more of them, is most likely someone better known ("President Halloran" in
        # five articles, a "George Halloran" quoted once in a sixth): keep it apart.
        # (Mostly elsewhere is not enough: "President Halloran" in ten articles is the
        # "Bill Halloran" written out in two as often as a relative written out in one.)
        if f.docs and not f.docs & owner_docs and len(f.docs) > len(owner_docs):
            return
        if _namesake(f, owner, people, uf):
            return
        uf.union(owner, f.key)
    elif len(surname_of) > 1:
        # "Halloran" with Bill and Maura Halloran in the story: only a clearly dominant
        # full name takes the bare surname; otherwise it is dropped.
        top = dominant(_mentions(people, surname_of)) or _introduced_first(f, people, surname_of)
        if top and _namesake(f, top, people, uf):
            return
        if top:
            uf.union(top, f.key)
        elif len(f.docs - owner_docs) > len(f.docs & owner_docs):
            # Mostly in articles that write none of the full names: someone the coverage
            # names by title ("President Halloran" beside one "Bill" and one "Maura
            # Keane Halloran"), kept as the one it names rather than dropped.
            return
        else:
            # "Varga" for Ilona, Peter and Laszlo Varga: nobody in particular,
            # and never a second entry beside the full names; in an article that writes
            # out only one of them, that one (``shared``).
            people.drop.add(f.key)
            people.shared[f.key] = set(surname_of)
    elif tok in people.by_first:
        # A lone first name (or an ambiguous surname) joins a unique full name or goes.
        owners = people.by_first[tok]
        if (
            len(owners) == 1
            and is_personish(f)
            and _beside_its_owner(f, uf.find(next(iter(owners))), people)
        ):
            owner = next(iter(owners))
            uf.union(owner, f.key)
            people.first_names[owner].add(f.key)
        else:
            people.drop.add(f.key)


def _beside_its_owner(f: NameForm, owner: str, people: People) -> bool:
    """Whether a lone first name may be its one owner's: not a word the model also reads
    as a place, written only in articles that never name the owner in full ("Lorna", a
    town the model mostly reads as a person, beside "Lorna Vesey" named elsewhere;
    issue 11: dev D0609I). A first name never read as a place may be, there too (the
    model may miss the full name it opens: "Nabil el-Tawfiq")."""
    if not any(f.votes[label] for label in PLACE_LABELS):
        return True
    return any(f.docs & g.docs for g in people.by_root[owner])


def _ends_a_body(tok: str, roots: set[str], people: People) -> bool:
    """Whether ``tok`` ends a name the model reads as a body's that is not one of the
    full names under ``roots`` written longer ("Tallow Sioux" beside the "person" "Corran
    Sioux"; not "Prince Sothea Vannak", read as a body, of "Sothea Vannak")."""
    full = [g.tokens for r in roots for g in people.by_root[r]]
    return any(
        body[-1] == tok and not any(body[-len(name) :] == name for name in full)
        for body in people.bodies
    )


def attach_mislabelled(forms: dict[str, NameForm], people: People, uf: UnionFind) -> None:
    """A two-word name the model labels a place or a body ("Arkady Tsvetin" as GPE)
    whose last word is written alone after a person title ("Professor Tsvetin") and ends
    no other full name is that person's full name: one actor, shown under it."""
    for f in forms.values():
        if len(f.tokens) != 2 or is_personish(f) or not f.surface.split()[0].istitle():
            continue
        first, last = f.tokens
        bare = forms.get(last)
        if bare is None or not bare.titled or people.by_last.get(last):
            continue
        if not first.isalpha() or first in _NOT_FIRST_NAMES or named_after_place(f.tokens):
            continue
        uf.union(last, f.key)


def _relative(bare: str, owner: str, people: People) -> bool:
    """Whether the full names under ``owner`` are a relative the texts name after the bare
    surname ("Tennick's father, John" for "John Tennick"), written out only in articles
    that say so: "Varela's son, Tomas" in one article of a story that writes out
    Tomas Varela, the father, in all (DUC 2004 d30003t) names a namesake, not him."""
    full = people.by_root[owner]
    told = set().union(*(people.relatives.get((bare, g.tokens[0]), set()) for g in full))
    return bool(told) and all(g.docs <= told for g in full)


def _namesake(f: NameForm, owner: str, people: People, uf: UnionFind) -> bool:
    """Whether the bare surname is another person than the full name under ``owner`` (its
    cues say the other sex where that name is not written: "Maura Keane Halloran" in one
    article, "Halloran said he" in others). If so, no later step may join the two."""
    full = people.by_root[owner]
    if _offices_apart(f, full):
        uf.mark.setdefault(uf.find(owner), "person " + owner)
        uf.mark.setdefault(uf.find(f.key), "person " + f.key)
        return True
    if not namesakes(f, full):
        return False
    people.namesakes[f.key] = (owner, owner_gender(full))
    uf.mark.setdefault(uf.find(owner), "person " + owner)
    uf.mark.setdefault(uf.find(f.key), "person " + f.key)
    return True


def _offices_apart(f: NameForm, full: list[NameForm]) -> bool:
    """Whether the bare surname is only ever written with an office that the full name's
    titles exclude: "President Welling" is not "Rep. Nora Welling" (a head of state
    against a legislator, both ways)."""
    offices = HEAD_OF_STATE_TITLES | LEGISLATOR_TITLES
    own = set(f.titles) & offices
    theirs = {t for g in full for t in g.titles} & offices
    if not (own and theirs):
        return False
    return (
        own <= HEAD_OF_STATE_TITLES
        and theirs <= LEGISLATOR_TITLES
        or (own <= LEGISLATOR_TITLES and theirs <= HEAD_OF_STATE_TITLES)
    )


def _introduced_first(f: NameForm, people: People, roots: set[str]) -> str | None:
    """The owner of a surname shared by two full names when the other is a relative named
    once: in every article that writes the surname and a full name, the same full name
    comes first, and the other one is written out in one article only ("co-pilot Omar
    Haddan" in two articles, "Samir Haddan, the co-pilot's nephew" in one of
    them). "Marsh" for a boy and his father, both written out in a dozen articles,
    stays nobody's; so does a surname a whole family shares (an obituary's "Varga")."""
    if len(roots) != 2:
        return None
    docs = {r: {d for g in people.by_root[r] for d in g.docs} for r in roots}
    firsts = set()
    for d in f.docs:
        starts = {
            r: min(g.first[d] for g in people.by_root[r] if d in g.first)
            for r in roots
            if d in docs[r]
        }
        if starts:
            firsts.add(min(starts, key=lambda r: starts[r]))
    if len(firsts) != 1:
        return None
    top = firsts.pop()
    (other,) = roots - {top}
    return top if len(docs[other]) == 1 else None


def tail_index(forms: list[NameForm]) -> dict[tuple[str, ...], list[str]]:
    """The keys of ``forms`` by each of their proper last-word tails ("times" for "new
    york times", and "york times")."""
    index: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for g in forms:
        for n in range(1, len(g.tokens)):
            index[tuple(g.tokens[-n:])].append(g.key)
    return index


def _written_beside(
    f: NameForm, surname_of: set[str], written_first: set[str], people: People
) -> str | None:
    """The one full name ``f`` ends whose articles hold the bare word more often than the
    articles of the full names it begins (counted by article), if any."""

    def beside(roots: set[str]) -> int:
        return len(f.docs & {d for r in roots for g in people.by_root[r] for d in g.docs})

    owner = next(iter(surname_of))
    return owner if beside(surname_of) > beside(written_first) else None


def _mentions(people: People, roots: set[str]) -> dict[str, int]:
    """How often the full names under each root are written, the weight of a claim."""
    return {r: sum(sum(g.surfaces.values()) for g in people.by_root[r]) for r in roots}


def dominant(weight: dict[str, int]) -> str | None:
    """The root that clearly outweighs all the others together, if any."""
    top = max(weight, key=lambda r: weight[r])
    rest = sum(weight.values()) - weight[top]
    if (
        weight[top] >= DOMINANT_SURNAME_MIN_MENTIONS
        and weight[top] >= DOMINANT_SURNAME_RATIO * rest
    ):
        return top
    return None


def share_surname(bare: NameForm, owners: dict[str, Cluster | None], people: People) -> None:
    """A surname several people share ("Smith") is, in an article that writes out exactly
    one of them ("Rep. Alan Smith"), that one's: each owner learns those articles."""
    docs = {r: {d for g in people.by_root[r] for d in g.docs} for r in owners}
    for r, c in owners.items():
        if c is None:
            continue
        mine = docs[r] - {d for o in owners if o != r for d in docs[o]}
        if mine:
            for s in bare.surfaces:
                c.shared.setdefault(s, set()).update(mine)


def called_by_first(members: list[NameForm], first_names: set[str]) -> set[str]:
    """The lone first names among one person's forms (``members``) that the coverage
    calls the person by: each written alone ``CALLED_FIRST_MIN`` times or more and more
    often than every last word of the person's full names written alone ("Chen", never
    "Ming-tao", of "Chen Ming-tao"; not "Mark" beside many a "Zuckerberg")."""
    written = {f.key: f.surfaces.total() for f in members if len(f.tokens) == 1}
    lasts = {family_name(f.tokens) for f in members if len(f.tokens) > 1}
    most_last = max((written.get(k, 0) for k in lasts), default=0)
    return {
        k
        for k in first_names
        if k not in lasts and written.get(k, 0) >= CALLED_FIRST_MIN and written[k] > most_last
    }
