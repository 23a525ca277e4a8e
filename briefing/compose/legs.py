"""Whether another sentence tells another leg of a trip than a statement.

Two sentences about one journey share its names and still tell two facts when the places
swap roles: "the jet leaves Calder bound for Vale Airport" is the outbound leg, and "the
jet crashed after taking off from Vale Airport on the way to Calder" the return (issue
11's judging of the † marks: a take-off on the way back counted as reporting the
outbound departure). A sentence telling travel (a cue such as "leaves", "bound for",
"flight") names where a leg starts (after "leaves", "departed", "from") and where it
ends (after "bound for", "on the way to", "to"); the other sentence tells another leg
when a place the statement starts from is where the other's leg ends and not where it
starts, or the reverse. The other way round, a sentence leaving a place of the same name
for a place of the same name tells the statement's departure in its own words ("before
the jet left Calder for Port Essen": two places and the act are anchor enough). On the
20 TUNING+CHECK dev briefs (session 30) one statement moved, right (D0617H: the return
leg no longer counted, the outbound departure another source tells inside a longer
sentence counted instead).
"""

from __future__ import annotations

import re
from functools import lru_cache

# A name as written: capitalised words, initials included ("Anna B. Vale Airport").
_NAME = r"([A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?)*)"
_TRAVEL = re.compile(
    r"\b(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing|ure)?|took off|take off|takes off|"
    r"taking off|bound for|en route|on (?:the|its|their) way|flight|flights|flew|flies|"
    r"flying|arriv(?:e|es|ed|ing|al)|land(?:s|ed|ing)?\s+(?:in|at))\b",
    re.IGNORECASE,
)
_LEAVE = r"\b(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?)\s+(?:from\s+)?"
_START = re.compile(rf"(?:{_LEAVE}|\bfrom\s+)(?:the\s+)?{_NAME}")
# Where a leg ends, and the place that holds it ("Vale Airport in Port Essen").
_END = re.compile(
    r"(?:\b(?:bound for|headed for|heading for|destined for|on (?:the|its|their) way to|"
    rf"en route to|to)\s+|{_LEAVE}[A-Z][^,.;]{{0,40}}?(?:,\s+[A-Z][^,.;]{{0,30}},?)?\s+for\s+)"
    rf"(?:the\s+)?{_NAME}(?:,?\s+in\s+{_NAME})?"
)
# A departure: the trip's start told with a verb of leaving (not a "from" alone).
_DEPARTURE = re.compile(rf"{_LEAVE}(?:the\s+)?[A-Z]")
# Sentences whose legs are remembered: each statement is compared with every sentence
# sharing its words, and a story of 875 articles (benchmarks/scale.py) has ~27,000.
LEGS_MEMO = 2**15
# Where a trip starts and where it ends: the words of the places' names.
Leg = tuple[frozenset[str], frozenset[str]]
# Words of a place's name that tell no place apart ("Vale International Airport").
_GENERIC = frozenset({"airport", "international", "the", "city", "port", "station"})


def _places(pattern: re.Pattern[str], text: str) -> frozenset[str]:
    """The words of the names ``pattern`` finds in ``text``, lower-cased, no generic ones
    and no initials."""
    found: set[str] = set()
    for m in pattern.finditer(text):
        for name in m.groups():
            said = re.findall(r"[A-Za-z][\w'’-]+", name or "")
            found.update(w.lower() for w in said if w.lower() not in _GENERIC)
    return frozenset(found)


@lru_cache(maxsize=LEGS_MEMO)
def legs(text: str) -> Leg | None:
    """Where the trip a sentence tells starts and where it ends (the words of the places'
    names); None when the sentence tells no travel."""
    if not _TRAVEL.search(text):
        return None
    return _places(_START, text), _places(_END, text)


def _both(statement: str, other: str) -> tuple[Leg, Leg] | None:
    """The legs of both sentences, None unless both tell travel."""
    mine, theirs = legs(statement), legs(other)
    return None if mine is None or theirs is None else (mine, theirs)


def other_leg(statement: str, other: str) -> bool:
    """Whether ``other`` tells another leg of the statement's trip: a place the statement
    starts from is only where the other's leg ends, or a place it goes to only where the
    other's starts."""
    both = _both(statement, other)
    if both is None:
        return False
    (start, end), (their_start, their_end) = both
    left = start & their_end and not start & their_start
    reached = end & their_start and not end & their_end
    return bool(left or reached)


def start_places(text: str) -> frozenset[str]:
    """The words of the places a departure the text tells starts from; empty when it
    tells none with both ends (``same_leg`` can match it only then)."""
    found = legs(text) if _DEPARTURE.search(text) else None
    return found[0] if found is not None and found[1] else frozenset()


def same_leg(statement: str, other: str) -> bool:
    """Whether ``other`` tells the departure the statement tells: both leave (a verb of
    leaving, not a "from" alone) a place of the same name for a place of the same name
    ("the jet leaves Calder bound for Vale Airport in Port Essen" / "before the jet left
    Calder for Port Essen")."""
    both = _both(statement, other)
    if both is None or not (_DEPARTURE.search(statement) and _DEPARTURE.search(other)):
        return False
    (start, end), (their_start, their_end) = both
    return bool(start & their_start and end & their_end)
