"""The data the actor steps pass along: name forms, alias matches and clusters.

A ``NameForm`` is one normalised way a name is written, with the model's label votes;
a ``Cluster`` is the set of forms merged as one real-world actor, with its matches in
the texts once counted. ``UnionFind`` holds the merge steps' joins of form keys.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from briefing.compose.actors.agency import Agency
from briefing.model import Corpus
from briefing.parsed import Span


@dataclass
class NameForm:
    """One normalised surface form of a name, with what the model said about it."""

    key: str
    surfaces: Counter[str] = field(default_factory=Counter)
    votes: Counter[str] = field(default_factory=Counter)
    titled: bool = False  # seen right after a person title (Sen., CEO, ...)
    titles: Counter[str] = field(default_factory=Counter)  # those titles ("sen", "ceo")
    docs: set[int] = field(default_factory=set)  # documents where the model tagged it
    first: dict[int, int] = field(default_factory=dict)  # its first offset in each document
    # Labels of the same key that name no actor (FAC, LOC, PRODUCT, EVENT...): evidence
    # that the name is a place or a thing ("Skylark" as PRODUCT, an airport as FAC).
    other_votes: Counter[str] = field(default_factory=Counter)
    # Names of places or peoples written right before a body's name, as keys ("bolivia",
    # "colombian"): whose body it is.
    qualifiers: Counter[str] = field(default_factory=Counter)
    # Gender cues of its mentions by (document, "m" or "f"): see ``genders``.
    genders: Counter[tuple[int, str]] = field(default_factory=Counter)

    @cached_property
    def tokens(self) -> list[str]:
        # Read in every pairwise test of merge: split once (a form's key never changes).
        return self.key.split()

    @property
    def surface(self) -> str:
        return self.surfaces.most_common(1)[0][0]

    def label(self) -> str:
        return self.votes.most_common(1)[0][0] if self.votes else "ORG"


@dataclass
class Match:
    """An occurrence of an alias in a document's text."""

    cluster: int
    doc: int
    start: int
    end: int


@dataclass
class Cluster:
    """The forms of one real-world actor and what the later steps learn about it."""

    forms: list[NameForm]
    type: str = "organisation"
    matches: list[Match] = field(default_factory=list)
    votes: Counter[str] = field(default_factory=Counter)
    name: str = ""
    first_names: set[str] = field(default_factory=set)
    agentive: int = 0  # mentions as the subject of a verb
    listed: int = 0  # mentions as one item of an enumeration of three or more
    located: int = 0  # mentions as where something is or goes ("in China", "to Cuba")
    # A person's mentions only naming a thing after them ("the X exception", "X's theory":
    # ``background.recalled``), and the articles naming the person only so.
    recalled: int = 0
    recalled_docs: set[int] = field(default_factory=set)
    agency: Agency = field(default_factory=Agency)  # acting as a party, or named as a thing
    acting_docs: set[int] = field(default_factory=set)  # articles where it acts (``agency``)
    # A bare surname kept apart from a namesake's full name (``genders``): the namesake's
    # cluster, and the articles that write the namesake out, by the namesake's gender.
    namesake: Cluster | None = None
    namesake_docs: dict[int, str] = field(default_factory=dict)
    # Spellings of a surname several people share, and the articles where only this
    # actor's full name is written, so that the surname there is this actor's.
    shared: dict[str, set[int]] = field(default_factory=dict)


def is_personish(form: NameForm) -> bool:
    """Seen after a person title, or labelled PERSON at least as often as anything else."""
    person = form.votes["PERSON"]
    return form.titled or person > 0 and person >= max(form.votes.values())


def match_span(corpus: Corpus, match: Match) -> Span | None:
    """The parsed tokens of a match (expanded to whole tokens), if the document has a parse."""
    sdoc = corpus.docs[match.doc].parse
    return sdoc.char_span(match.start, match.end, alignment_mode="expand") if sdoc else None


class UnionFind:
    """Disjoint sets of form keys (path halving; the first argument's root wins).

    ``apart`` marks keys that must never share a set with a key marked otherwise (a
    government body's country): a join of two sets marked differently is refused, so
    no step, and no short form between them, makes two countries' bodies one."""

    def __init__(self, keys: Iterable[str], apart: dict[str, str] | None = None) -> None:
        self.parent = {k: k for k in keys}
        self.mark = dict(apart or {})  # by root

    def find(self, k: str) -> str:
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        ma, mb = self.mark.get(ra), self.mark.get(rb)
        if ma and mb and ma != mb:
            return
        self.parent[rb] = ra
        if mb and not ma:
            self.mark[ra] = mb


def member_plurals(forms: dict[str, NameForm]) -> frozenset[str]:
    """One-word forms the model reads as a people or a party's members, in the plural
    ("Republicans", "Democrats"): a name ending with one ("Lantern Club Republicans") is a
    body of such members, never a person's name ending with a surname."""
    return frozenset(
        k
        for k, f in forms.items()
        if len(f.tokens) == 1 and k.endswith("s") and f.votes["NORP"] * 2 > f.votes.total()
    )
