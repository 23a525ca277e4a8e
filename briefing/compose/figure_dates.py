"""Where sources differ on the day of a one-off event: one source has the swearing-in on
the 5th, another on the 7th.

An event that happens once to one subject (an inauguration, a handover, a funeral:
``ONE_OFF_EVENTS``) is dated in a sentence by a month and day written after the words
that name it, in the same clause ("takes the oath of office, being sworn in on April
3", "her inauguration, which the council has set for April 5", "handed back on 20
December"), or right before them ("the Dec. 20 handover"). Two sources disagree
when they give the event two different days at most ``MAX_DAYS_APART`` apart, their
sentences share a name (the same person's inauguration, not another's), and neither
sentence says the date was moved ("postponed to"): an article that moves a date updates
the earlier one. Days told in articles of different days say "as of" when.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from briefing.lang.figures import DATE_MOVED_RE, NOT_NAMES, ONE_OFF_EVENT_RE, ONE_OFF_EVENTS
from briefing.lang.months import MONTH_NAMES, MONTHS
from briefing.model import Claim, Corpus, Divergence, Sentence

# Two days of one event further apart than this are two events (two funerals, the first
# and the second swearing-in), not two reports of one. Set by reading the tuning and check
# stories (session 23: the one pair, D0649D, is two days apart); not benchmarked.
MAX_DAYS_APART = 7
# The words between an event's name and its day: a clause, no more ("his inauguration,
# which the council has set for April 5"). Set on D0649D; not benchmarked.
MAX_GAP_CHARS = 100

_DAY_RE = re.compile(
    rf"\b(?:(?P<month>{MONTH_NAMES})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
    # "the 20th of December"
    rf"|the\s+(?P<nth>[0-3]?\d)(?:st|nd|rd|th)\s+of\s+(?P<of_month>{MONTH_NAMES})\b"
    # "20 December", "20 Dec."
    rf"|(?P<first>[0-3]?\d)\s+(?P<then>{MONTH_NAMES})\b\.?)"
    r"(?!\s*[-–]\s*\d)(?:,?\s*(?P<year>(?:19|20)\d\d)\b)?"
)
_CLAUSE_END_RE = re.compile(r"[;:()\"“”]|\.\s")
# A day written right before its event's name: "the Dec. 20 handover".
_BEFORE_EVENT_RE = re.compile(r"\s+")
_NAME_RE = re.compile(r"[A-Z][a-zA-Z]+")


@dataclass
class EventDay:
    """One sentence's day for a one-off event."""

    event: str  # "inauguration"
    day: dt.date
    sentence: Sentence
    names: frozenset[str]  # capitalised words of the sentence, months left out
    published: dt.date  # the article's date


def date_divergences(corpus: Corpus) -> list[Divergence]:
    """One-off events that sources date to different days."""
    by_event: dict[str, list[EventDay]] = defaultdict(list)
    for adoc in corpus.docs:
        for sent in adoc.sentences:
            for found in event_days(sent, adoc.document.date):
                by_event[found.event].append(found)
    out: list[Divergence] = []
    for event, found in by_event.items():
        by_day: dict[dt.date, list[EventDay]] = defaultdict(list)
        giving: dict[dt.date, set[int]] = defaultdict(set)  # the sources giving each day
        for x in found:
            giving[x.day].add(x.sentence.source_id)
            if not DATE_MOVED_RE.search(x.sentence.text):  # a moved date updates, no rival
                by_day[x.day].append(x)
        told: dict[dt.date, dict[int, EventDay]] = defaultdict(dict)
        days = sorted(by_day)
        for i, first in enumerate(days):
            for second in days[i + 1 :]:
                if (second - first).days > MAX_DAYS_APART:
                    break
                pair = (by_day[first], giving[second]), (by_day[second], giving[first])
                for day, xs in zip((first, second), _rivals(*pair), strict=True):
                    if xs:
                        told[day].update((id(x), x) for x in xs)
        if len(told) < 2:
            continue
        claims = [
            Claim(
                min(xs.values(), key=lambda x: len(x.sentence.text)).sentence.text,
                sorted({x.sentence.source_id for x in xs.values()}),
            )
            for _, xs in sorted(told.items())
        ]
        apart = len({x.published for xs in told.values() for x in xs.values()}) > 1
        stated = ", ".join(_as_of(day, told[day].values(), apart) for day in sorted(told))
        out.append(Divergence(topic=f"Date of the {event} ({stated})", claims=claims))
    return out


def _as_of(day: dt.date, told: Iterable[EventDay], apart: bool) -> str:
    """The day as written, with the day of its first article when the articles giving
    the two days are not of one day ("April 5 as of Mar 10"): a date told weeks before may
    have been a plan a later article revises."""
    if not apart:
        return f"{day:%b} {day.day}"
    first = min(x.published for x in told)
    return f"{day:%b} {day.day} as of {first:%b} {first.day}"


def event_days(sent: Sentence, published: dt.date | None) -> list[EventDay]:
    """The one-off events a sentence dates by month and day, each with its day (the
    year as written, else the one that puts the day nearest the article's date)."""
    out: list[EventDay] = []
    if published is None:
        return out
    events = list(ONE_OFF_EVENT_RE.finditer(sent.text))
    if not events:
        return out
    names = frozenset(_NAME_RE.findall(sent.text)) - NOT_NAMES
    names = frozenset(n for n in names if n.lower() not in MONTHS)
    ends = [e.end() for e in events]
    starts = [e.start() for e in events]
    for m in _DAY_RE.finditer(sent.text):
        at = bisect.bisect_right(ends, m.start())
        after = bisect.bisect_left(starts, m.end())
        if after < len(events) and _BEFORE_EVENT_RE.fullmatch(
            sent.text, m.end(), events[after].start()
        ):
            event = events[after]  # "the Dec. 20 handover"
        elif not at:
            continue
        else:
            event = events[at - 1]
            gap = sent.text[event.end() : m.start()]
            if len(gap) > MAX_GAP_CHARS or _CLAUSE_END_RE.search(gap) or _DAY_RE.search(gap):
                continue
        day = _day(m, published)
        if day is not None:
            name = ONE_OFF_EVENTS[" ".join(event.group().lower().split())]
            out.append(EventDay(name, day, sent, names, published))
    return out


def _day(m: re.Match[str], published: dt.date) -> dt.date | None:
    month = MONTHS[(m.group("month") or m.group("of_month") or m.group("then")).lower()]
    day = int(m.group("day") or m.group("nth") or m.group("first"))
    years = [int(m.group("year"))] if m.group("year") else [published.year + k for k in (-1, 0, 1)]
    found = []
    for year in years:
        try:
            found.append(dt.date(year, month, day))
        except ValueError:
            continue
    return min(found, key=lambda d: abs((d - published).days)) if found else None


def _rivals(
    first: tuple[list[EventDay], set[int]], second: tuple[list[EventDay], set[int]]
) -> tuple[list[EventDay], list[EventDay]]:
    """The sentences of two days (each with the sources giving the other day) that rival
    each other: of a source not giving the other day too, sharing a name with a
    sentence of the other day."""
    firsts = [x for x in first[0] if x.sentence.source_id not in first[1]]
    seconds = [x for x in second[0] if x.sentence.source_id not in second[1]]
    names_1 = frozenset().union(*(x.names for x in firsts))
    names_2 = frozenset().union(*(x.names for x in seconds))
    return [x for x in firsts if x.names & names_2], [x for x in seconds if x.names & names_1]
