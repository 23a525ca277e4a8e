"""Full names the entity model cut at a surname particle.

The small model often ends a person's name before a lower-case particle and starts
another after it: "Ines dos Reis" becomes two people, "Ines" and "Reis", each listed
as an actor with half the name. A PERSON mention, a lower-case surname particle ("dos",
"van", "de", ``lang.names.SURNAME_PARTICLES``) and a name mention right after it, one
space apart each, are one person's full name: ``joined_at_particles`` reads them as one
PERSON mention. A particle written capitalised ("Rio De Janeiro" in a headline) or a
name after it that the model tags as something else than a name (a date, a figure) is
left as it is; so is a place's name ("Rio de Janeiro" is one GPE mention, not two).
"""

from __future__ import annotations

import re

from briefing.lang.names import SURNAME_PARTICLES
from briefing.model import Mention

# Labels the name after the particle may carry: the model tags the surname alone as a
# person, or, when it reads like one, as a place or a body ("Santos", "Van Dorle").
_SURNAME_LABELS = frozenset({"PERSON", "GPE", "ORG", "NORP"})
# What lies between the two mentions: one lower-case particle (or two, "van der"),
# single spaces around each.
_BETWEEN_RE = re.compile(
    r" (?P<particles>[a-z]+(?: [a-z]+)?) ",
)


def joined_at_particles(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions of one article with each person's name cut at a surname particle
    read as one PERSON mention ("Ines" + "dos" + "Reis": "Ines dos Reis"); all others
    as they are, in order."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and _cut_at_particle(text, m, nxt):
            out.append(Mention(text[m.start : nxt.end], "PERSON", m.start, nxt.end, m.sentence))
            i += 2
            continue
        out.append(m)
        i += 1
    return out


def _cut_at_particle(text: str, first: Mention, second: Mention) -> bool:
    """Whether two mentions in a row are one person's name cut at its particle."""
    if first.label != "PERSON" or second.label not in _SURNAME_LABELS:
        return False
    if first.sentence != second.sentence:
        return False
    between = _BETWEEN_RE.fullmatch(text, first.end, second.start)
    if between is None:
        return False
    return all(p in SURNAME_PARTICLES for p in between["particles"].split())
