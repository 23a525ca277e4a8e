"""Name variants that the merge steps would otherwise read as other names.

- Surnames with a particle: "Van Dorle" at a sentence start is the "van Dorle" of "Jan van
  Dorle", not a person with the first name "Van" (``particled``).
- Arabic articles: "El Qarmal", "al-Qarmal", "Al Qarmal" and "Qarmal" are one name
  (``article_groups``, ``join_articles``). A capitalised "Al" before a name is also a
  first name ("Al Gore"), so a group is joined only when one of its forms writes the
  article unmistakably: "El", a hyphen ("al-Qarmal") or a lower-case "al".
- A body's name cut before its closing words: "Qarmal Textile" is "Qarmal
  Textile Industries", "7th Circuit" the "7th Circuit Court of Appeals"
  (``join_cut_names``).

Each step only unions keys of the union-find that ``merge`` passes in.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Protocol

from briefing.compose.actors.clusters import NameForm
from briefing.lang.names import (
    CORPORATE_SUFFIXES,
    GOVERNMENT_WORDS,
    NAME_ARTICLES,
    SURNAME_PARTICLES,
)
from briefing.lang.places import ORGANISATION_WORDS

# Words that may close a body's name after the part the texts also write alone.
_CLOSING_WORDS = ORGANISATION_WORDS | CORPORATE_SUFFIXES
_CUT_CLOSING_WORDS = _CLOSING_WORDS | GOVERNMENT_WORDS


class Unions(Protocol):
    """What the steps need of merge's union-find."""

    def find(self, k: str) -> str: ...

    def union(self, a: str, b: str) -> None: ...


def particled(forms: dict[str, NameForm]) -> set[str]:
    """Keys of names that begin with a surname particle: "de Wendt", "Van Dorle"."""
    return {
        f.key
        for f in forms.values()
        if len(f.tokens) >= 2
        and (f.surface.split()[0].islower() or f.tokens[0] in SURNAME_PARTICLES)
    }


def _without_article(f: NameForm) -> tuple[str, bool] | None:
    """The key without its leading article, and whether the article is unmistakable."""
    first = f.tokens[0]
    for article in NAME_ARTICLES:
        if first.startswith(article + "-") and len(first) > len(article) + 1:
            return " ".join([first[len(article) + 1 :], *f.tokens[1:]]), True
        if first == article and len(f.tokens) >= 2:
            lower = any(s.split()[0] == article for s in f.surfaces)
            return " ".join(f.tokens[1:]), article != "al" or lower
    return None


def article_groups(forms: dict[str, NameForm]) -> dict[str, str]:
    """The keys written with and without an article, when one form is unmistakable
    ("El Qarmal", "al-Qarmal", "Al Qarmal", "Qarmal"), each with the name without it."""
    groups: dict[str, list[str]] = defaultdict(list)
    sure: set[str] = set()
    for f in forms.values():
        found = _without_article(f)
        if found is None:
            groups[f.key].append(f.key)
            continue
        bare, certain = found
        groups[bare].append(f.key)
        if certain:
            sure.add(bare)
    return {k: bare for bare in sure for k in groups[bare] if len(groups[bare]) > 1}


def join_articles(articled: dict[str, str], drop: set[str], uf: Unions) -> None:
    """ "El Qarmal" = "al-Qarmal" = "Al Qarmal" = "Qarmal" (``article_groups``)."""
    first: dict[str, str] = {}
    for key, bare in articled.items():
        if key in drop:
            continue
        if bare in first:
            uf.union(first[bare], key)
        else:
            first[bare] = key


def join_cut_names(orgs: list[NameForm], uf: Unions) -> None:
    """A name that a longer one continues with closing words only ("Qarmal Textile"
    and "Qarmal Textile Industries Co"): one body, when the longer name is unique."""
    by_start: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for g in orgs:
        # The name itself, and the name cut before an "of" phrase ("7th Circuit Court
        # [of Appeals]"), each without its closing words ("7th Circuit").
        # A government word closes only a name cut so: "Corran Nation Police Department"
        # is no "Corran Nation".
        ends = [(len(g.tokens), _CLOSING_WORDS)]
        ends += [(i, _CUT_CLOSING_WORDS) for i, t in enumerate(g.tokens) if t == "of" and i > 1]
        for n, closing in ends:
            while n > 1 and g.tokens[n - 1] in closing:
                n -= 1
                by_start[tuple(g.tokens[:n])].add(g.key)
    for f in orgs:
        if len(f.tokens) < 2:
            continue  # "Qarmal" alone is a leading word: merge's own step decides
        owners = {uf.find(k) for k in by_start.get(tuple(f.tokens), ())}
        owners.discard(uf.find(f.key))
        if len(owners) == 1:
            uf.union(next(iter(owners)), f.key)


# Heads a body's name may open with "of" or close with ("Ministry of Public Works" =
# "Public Works Ministry"). Set by reasoning: other heads are rarely written both ways.
INVERTED_HEADS = frozenset({"ministry", "department", "bureau"})


def join_inverted(orgs: list[NameForm], uf: Unions) -> None:
    """ "Ministry of Public Works" = "Public Works Ministry", "Department of Labor" =
    "Labor Department": one body named both ways (two countries' bodies stay apart: the
    union-find refuses them)."""
    keys = {g.key for g in orgs}
    for f in orgs:
        t = f.tokens
        if len(t) >= 3 and t[0] in INVERTED_HEADS and t[1] == "of":
            inverted = " ".join([*t[2:], t[0]])
            if inverted in keys:
                uf.union(f.key, inverted)
