"""A party's own decision, ruling or proposal, as a side on it (``compose.positions``).

"The Harbour Board decided to close the quay." makes the Board the maker of "the
decision", and so for it; a party that calls "the Board's decision" unfair, or "the
Board ruling" a mistake, takes the other side. The maker is read off the parse (the
subject of an authoring verb of ``lang.stances``, not a passive, not "ruled out"); the
critic's thing must be owned by the maker by name ("the Board's decision", "the Harbour
Board decision"), or by its initials ("the HB decision"), so that a story's other
decisions are not taken for it.
"""

from __future__ import annotations

from briefing.lang.stances import AUTHORING_VERBS
from briefing.parsed import Token

_OWNING = ("poss", "compound")


def authored_stance(token: Token) -> tuple[Token, tuple[str, ...]] | None:
    """The subject of an authoring verb ``token`` and the nouns of what it made ("ruled"
    → "ruling", "decision"), or None: not a verb of ``AUTHORING_VERBS``, a passive, a particle verb
    ("ruled out"), or no subject."""
    nouns = AUTHORING_VERBS.get(token.lemma_.lower())
    if nouns is None or token.pos_ != "VERB":
        return None
    if any(c.dep_ in ("prt", "nsubjpass", "auxpass") for c in token.children):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None and token.dep_ == "conj":  # "met on Monday and decided to …"
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    return (subject, nouns) if subject is not None else None


def owners_of(thing: Token) -> tuple[str, ...]:
    """The lower-cased words of the names owning ``thing``, in order: its possessive or
    compound's proper nouns ("the Harbour Board's decision": harbour, board; "the EU
    decision": eu; "the harbour board decision": none)."""
    words: list[tuple[int, str]] = []
    for c in thing.children:  # "the U.S. government decision": its U.S.
        if c.dep_ in _OWNING:
            words += [(t.i, t.lower_) for t in c.subtree if t.pos_ == "PROPN"]
    return tuple(w for _, w in sorted(words))


def owned_by(owners: tuple[str, ...], who: str) -> bool:
    """Whether ``owners`` name the party ``who`` ("the Harbour Board"): a word of its
    name, or the initials of one are the other ("HB")."""
    if not owners:
        return False
    names = [w for w in who.split() if w[:1].isupper()]
    lowered = {w.lower() for w in names}
    if lowered & set(owners):
        return True
    initials = "".join(w[0] for w in names).lower()
    return "".join(w[0] for w in owners) in lowered or (
        len(owners) == 1 and len(initials) > 1 and owners[0] == initials
    )
