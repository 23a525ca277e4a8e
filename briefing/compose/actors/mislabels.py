"""Mislabelled full names: a person's full name the entity model labels something else.

The small model sometimes reads a person's first mention as a work of art, a body or a
place ("Dana Whitlock, executive director of ..." as WORK_OF_ART) and only the later
bare surname ("Whitlock said") as a person. The actor is then shown by the surname
alone, though its article gives the full name. A mention is that person's full name when
its article also writes the last word alone as a person, the first word is capitalised
letters that no place or body opens with, and the text at once says who it is (an
apposition: ", executive director of", ", a prisoner") or what it says ("said"). On the 20
TUNING+CHECK stories of session 23 this names six people in full (D0623E, D0649D twice,
D0611B, D0639C, D0627I) and no place or product.
"""

from __future__ import annotations

import re

from briefing.lang.names import CORPORATE_SUFFIXES, GOVERNMENT_WORDS, PERSON_TITLES
from briefing.lang.places import (
    ORGANISATION_WORDS,
    PLACE_FIRST_WORDS,
    PLACE_HEAD_WORDS,
    PLACE_PREFIXES,
)
from briefing.lang.speech import SAYS
from briefing.model import Mention

# As many words as a full name read this way may have ("Anna Maria Lindqvist").
MISLABELLED_NAME_WORDS = (2, 3)
_NAME_WORD_RE = re.compile(r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*")
# What follows a full name at once: an apposition opened by a lower-case word that is no
# verb of saying (", a prisoner", ",the longtime"; "St. Paul, said ..." is a place's),
# or a verb of saying.
_SAYS = "|".join(SAYS)
_SAYS_AFTER_RE = re.compile(rf"\s+(?:{_SAYS})\b")
_APPOSITION_RE = re.compile(rf",\s?(?!(?:{_SAYS}|and|or|but)\b)[a-z]+\b")
_NOT_FIRST = (
    {w.lower() for w in ORGANISATION_WORDS | GOVERNMENT_WORDS | CORPORATE_SUFFIXES}
    | {w.lower() for w in PLACE_FIRST_WORDS | PLACE_PREFIXES | PLACE_HEAD_WORDS}
    | PERSON_TITLES
)


def mislabelled_people(text: str, mentions: list[Mention]) -> set[int]:
    """The starts of the mentions of one article that are a person's full name whatever
    label the model gave them."""
    surnames = {m.text for m in mentions if m.label == "PERSON" and _NAME_WORD_RE.fullmatch(m.text)}
    found: set[int] = set()
    for m in mentions:
        words = m.text.split()
        if m.label == "PERSON" or len(words) not in MISLABELLED_NAME_WORDS:
            continue
        if words[-1] not in surnames or not all(_NAME_WORD_RE.fullmatch(w) for w in words):
            continue
        if words[0].lower() in _NOT_FIRST:
            continue
        if _APPOSITION_RE.match(text, m.end) or _SAYS_AFTER_RE.match(text, m.end):
            found.add(m.start)
    return found
