"""Titles the entity model read as a person's name.

Before a name the small model sometimes tags a title of several capitalised words as a
person of its own: "Roman Catholic Bishop" of "... leader, Roman Catholic Bishop Anselm
Rook, has said" is one PERSON mention and "Anselm Rook" another. Listed, the title is a
second row for the bishop, and a nameless one. ``title_mentions`` finds such mentions: a
PERSON mention whose last word is a person's title (``lang.names.PERSON_TITLES``) and
that a PERSON mention follows one space later, in the same sentence.
"""

from __future__ import annotations

from briefing.lang.names import PERSON_TITLES
from briefing.model import Mention


def title_mentions(text: str, mentions: list[Mention]) -> set[int]:
    """The starts of the PERSON mentions of one article that are the title of the person
    named right after them ("Roman Catholic Bishop | Anselm Rook")."""
    found: set[int] = set()
    for m, after in zip(mentions, mentions[1:], strict=False):
        if m.label != "PERSON" or after.label != "PERSON" or m.sentence != after.sentence:
            continue
        last = m.text.split()[-1].rstrip(".").lower() if m.text.split() else ""
        if last in PERSON_TITLES and text[m.end : after.start] == " ":
            found.add(m.start)
    return found
