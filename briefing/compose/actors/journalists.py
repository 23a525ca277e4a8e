"""People quoted only as writers for a news outlet: "said X of the Vellor Daily News".

A journalist or columnist the coverage cites for a view ("said X, who has covered the
war for the daily Lumo") comments on the story from outside it, as an analyst does: no
party. A person is such a writer when every mention is the subject of a saying verb
and one of them ties the name to a news outlet by "of", "for", "at" or "with" (in the
name's own phrase or in a clause on it), an outlet that is no actor of the story itself:
an editor speaking for a broadcaster the story is about speaks for a party. A journalist
the story tells of otherwise ("X of the daily Lumo was attacked") acts in it and stays,
and so does one the coverage gives a title ("executive editor of Radio Lumo": the caller
asks), who may speak for the outlet.
"""

from __future__ import annotations

from briefing.compose.actors.clusters import Cluster, match_span
from briefing.compose.actors.name_keys import normalise_name
from briefing.lang.outlets import OUTLET_NAME_WORDS, PUBLICATION_NOUNS
from briefing.lang.speech import SAY_RE
from briefing.model import Corpus
from briefing.parsed import Token

# Prepositions that tie a writer to the outlet they write for ("X of the Daily News",
# "a columnist for the Times", "X at Radio Lumo", "X with the Vellor Post").
WRITES_FOR_PREPOSITIONS = frozenset({"of", "for", "at", "with"})
# A publication's nouns of one word, before its name ("the daily Lumo", "the newspaper
# Vellor Dnes") or as the name's own head ("Vellor's newspaper Dnes").
_PUBLICATION_WORDS = frozenset(n for n in PUBLICATION_NOUNS if " " not in n)
_PROPER_TAGS = {"NNP", "NNPS"}


def cited_writer(corpus: Corpus, c: Cluster, party_keys: set[str]) -> bool:
    """Whether every mention of a person is the subject of a saying verb ("said X") and
    one ties the name to a news outlet (``outlets_written_for``) none of whose words is
    an actor's key (``party_keys``: the story's actors, by their names' keys)."""
    spans = [match_span(corpus, m) for m in c.matches]
    if not spans or any(s is None or not _speaks(s.root) for s in spans):
        return False
    keys = {key for s in spans if s is not None for key in outlets_written_for(s.root)}
    return bool(keys) and not any(
        f" {party} " in f" {key} " for key in keys for party in party_keys if party
    )


def _speaks(root: Token) -> bool:
    """The name is the subject of a saying verb ("said X", "X wrote")."""
    return root.dep_ == "nsubj" and SAY_RE.fullmatch(root.head.text) is not None


def outlets_written_for(root: Token) -> list[str]:
    """The keys of the outlets that the phrase of the name whose root token is ``root``
    (with its appositions and the clauses on it) ties it to by "of", "for", "at" or
    "with": a proper name ending in a publication's word ("the Vellor Daily News", "the
    Lumo Times") or one after a publication's noun ("the daily Lumo", "the newspaper
    Dnes")."""
    return [
        normalise_name("".join(w.text_with_ws for w in t.subtree if w.dep_ != "det"))[1]
        for t in root.subtree
        if t.i != root.i
        and t.dep_ == "pobj"
        and t.head.lower_ in WRITES_FOR_PREPOSITIONS
        and _outlet(t)
    ]


def _outlet(noun: Token) -> bool:
    """A proper noun ending an outlet's name ("News" of "the Vellor Daily News"), or
    one with a publication's noun before it ("the daily Lumo"), or a publication's noun
    followed by its name ("the newspaper Dnes")."""
    if noun.tag_ in _PROPER_TAGS and noun.lower_ in OUTLET_NAME_WORDS:
        return True
    if noun.tag_ in _PROPER_TAGS:
        return any(k.lower_ in _PUBLICATION_WORDS and k.i < noun.i for k in noun.children)
    return noun.lower_ in _PUBLICATION_WORDS and any(
        k.dep_ == "appos" and k.tag_ in _PROPER_TAGS for k in noun.children
    )
