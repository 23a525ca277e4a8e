"""People quoted only as academics or experts: "said X, a professor of economics at Y".

An academic or an expert the coverage cites for a view ("a professor of economics at Varn
University", "an expert on farm policy", "political scientist X") comments on the story
from outside it, as an analyst does: no party. A person is such an expert when every
mention is the subject of a verb of saying or of view ("said X", "X predicted"), one of
the descriptions written beside the name has an expert's head noun (``EXPERT_NOUNS``),
and none an office's ("Ilka Sommer, deputy head of the Grain Council": an official's
view) or a government body's word ("an economist at the Finance Ministry", "an
intelligence specialist": an official's expert, as for an analyst). One the story tells
of otherwise (who led the study, whom the ministry hired, "a professor who leads the
inquiry") acts in it and stays.
"""

from __future__ import annotations

from collections.abc import Iterator

from briefing.compose.actors.clusters import Cluster, match_span
from briefing.lang.names import GOVERNMENT_WORDS
from briefing.lang.roles import (
    COMMENTATOR_NOUNS,
    EXPERT_NOUNS,
    EXPERT_QUALIFIED,
    LEADING_LEMMAS,
    OFFICIAL_ANALYST_WORDS,
    ROLE_NOUNS,
)
from briefing.lang.speech import OPINION_RE
from briefing.model import Corpus
from briefing.parsed import Span, Token

# Head nouns of an office: a role's nouns that are no expert's or commentator's.
_OFFICE_NOUNS = frozenset(ROLE_NOUNS) - EXPERT_NOUNS - COMMENTATOR_NOUNS
# Words of a description that make its holder a government body's ("at the Finance
# Ministry", "a State Department specialist", "an intelligence expert").
_OFFICIAL_WORDS = frozenset(GOVERNMENT_WORDS) | OFFICIAL_ANALYST_WORDS


def cited_expert(corpus: Corpus, c: Cluster) -> bool:
    """Whether every mention of a person is the subject of a verb of saying or of view,
    and the descriptions beside the name (``descriptions``) make it an academic or an
    expert and give it no office."""
    spans = [match_span(corpus, m) for m in c.matches]
    if not spans or any(s is None or not _gives_a_view(s.root) for s in spans):
        return False
    nouns = [noun for s in spans if s is not None for noun in descriptions(s)]
    return (
        any(map(_expert, nouns)) and not any(map(_official, nouns)) and not any(map(_leads, nouns))
    )


def descriptions(span: Span) -> Iterator[Token]:
    """The head nouns of what is written beside a name to say who it is: its apposition
    ("X, a professor of ..."), the noun it is the apposition of ("an expert on trade,
    X"), a title before it ("economist X"), and the nouns joined to each ("a professor
    and former minister")."""
    root = span.root
    heads = [
        k
        for k in root.children
        if (k.dep_ == "appos" and k.i >= span.end) or (k.dep_ == "compound" and k.i < span.start)
    ]
    if root.dep_ == "appos" and root.head.i < span.start:
        heads.append(root.head)
    for head in heads:
        yield head
        yield from (k for k in head.children if k.dep_ == "conj")


def _leads(noun: Token) -> bool:
    """A clause within the description gives its holder a post in the story ("a professor
    who leads the inquiry", "an expert on farm policy, who chairs the panel")."""
    return any(k.dep_ in ("relcl", "acl") and k.lemma_ in LEADING_LEMMAS for k in noun.subtree)


def _gives_a_view(root: Token) -> bool:
    """The name is the subject of a verb of saying or of view ("said X", "X predicted")."""
    return root.dep_ == "nsubj" and OPINION_RE.fullmatch(root.head.text) is not None


def _official(noun: Token) -> bool:
    """An office's head noun ("deputy head"), or a description naming a government body
    ("an economist at the Finance Ministry")."""
    if noun.lower_ in _OFFICE_NOUNS and not _expert(noun):
        return True
    return any(w.lower_ in _OFFICIAL_WORDS for w in noun.subtree)


def _expert(noun: Token) -> bool:
    """An expert's head noun ("professor"), or one with the word that makes it so
    ("political scientist")."""
    word = noun.lower_
    qualifiers = EXPERT_QUALIFIED.get(word, frozenset())
    return word in EXPERT_NOUNS or any(k.lower_ in qualifiers for k in noun.children)
