"""Units: a laboratory or centre of a body listed beside the body itself.

"NASA" and "NASA Jet Propulsion Laboratory" in the same articles are one party to a
reader: the unit's name starts with the parent's name and ends in a unit's head noun
(laboratory, centre, institute, division...). When every article that names the unit
also names its parent, the unit adds nothing to the list of actors and is left out; a
unit some article names without its parent stays (it is a party in its own right there).
"""

from __future__ import annotations

from briefing.compose.actors.clusters import Cluster
from briefing.lang.names import UNIT_HEAD_WORDS

# Kinds of actor that have units of their own (a country's are its government bodies).
_PARENT_TYPES = {"organisation", "government"}


def units_of_parents(clusters: list[Cluster]) -> list[bool]:
    """For each cluster, whether it is a unit of another cluster of the story that every
    article naming it also names ("NASA Goddard Space Flight Center" beside "NASA")."""
    parents: dict[tuple[str, ...], Cluster] = {}
    for c in clusters:
        if c.type in _PARENT_TYPES:
            for f in c.forms:
                parents.setdefault(tuple(f.tokens), c)
    out = []
    for c in clusters:
        docs = {m.doc for m in c.matches}
        unit = False
        if c.type in _PARENT_TYPES and docs:
            for f in c.forms:
                if len(f.tokens) < 2 or f.tokens[-1] not in UNIT_HEAD_WORDS:
                    continue
                for n in range(1, len(f.tokens) - 1):
                    parent = parents.get(tuple(f.tokens[:n]))
                    if parent is not None and parent is not c:
                        unit = unit or docs <= {m.doc for m in parent.matches}
        out.append(unit)
    return out
