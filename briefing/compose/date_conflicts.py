"""One act that two articles date apart: which timeline entries disagree on when.

An act a thing does once, its start ("Hexa was launched commercially last month" / "Hexa
hit the shelves in January"; ``coarse_dates.act_class``), is dated by each outlet as
it knows it, and they need not agree: read against their own dates, one puts it in March,
another in January. Shown twice, the timeline tells two launches, one of them on a wrong
date. Two entries of different articles whose shown sentences tell one such act of one
named participant (a name in its subject or object, whatever the role), under dates
neither of which holds the other ("1999-03" / "1999-01"; not "1999-01" / "1999-01-12",
a day inside the month, which ``coarse_dates`` joins), disagree: the one more articles
tell stays; on a tie neither does (an entry on a wrong date is worse than none).
"""

from __future__ import annotations

from typing import Protocol, TypeVar

from briefing.compose.coarse_dates import dated_act
from briefing.lang.wordforms import START_ACT
from briefing.model import Corpus, Sentence

# Acts a participant does once, so two dates for it are one too many: a start ("launched",
# "went on the market", "began", "entered service").
ONCE_ACTS = frozenset({START_ACT})


class Entry(Protocol):
    """What ``drop_conflicts`` reads of a timeline entry."""

    date: str
    sources: list[int]
    shown: Sentence | None  # the sentence whose text is shown
    at: dict[tuple[int, int], int]  # each sentence's date: where it starts in the sentence


E = TypeVar("E", bound=Entry)


def _once_act(corpus: Corpus, entry: Entry) -> frozenset[str]:
    """The names of the participants of the once-only act the entry's shown sentence
    dates (``coarse_dates.dated_act``); empty when it dates another kind of act (or there
    is no parse)."""
    s = entry.shown
    if s is None or (s.doc, s.index) not in entry.at:
        return frozenset()
    act = dated_act(corpus, s, entry.at[(s.doc, s.index)])
    return act.names if act is not None and act.verb in ONCE_ACTS else frozenset()


def _apart(a: str, b: str) -> bool:
    """Whether neither date holds the other ("1999-03" / "1999-01")."""
    return not (a.startswith(b) or b.startswith(a))


def drop_conflicts(events: list[E], corpus: Corpus) -> list[E]:
    """``events`` without those that date, apart from another article's entry, the same
    once-only act of the same named participant and are told by no more articles than it."""
    names = [_once_act(corpus, e) for e in events]
    dropped: set[int] = set()
    for i, a in enumerate(events):
        for j in range(i + 1, len(events)):
            b = events[j]
            if not (names[i] & names[j]) or not _apart(a.date, b.date):
                continue
            if set(a.sources) & set(b.sources):
                continue  # one article telling two dates tells two things
            if len(a.sources) <= len(b.sources):
                dropped.add(i)
            if len(b.sources) <= len(a.sources):
                dropped.add(j)
    return [e for i, e in enumerate(events) if i not in dropped]
