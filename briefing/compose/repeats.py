"""One event told under neighbouring days: which timeline entries repeat an earlier one.

Outlets report an event on the day it happens and on the days after; "Tuesday" read
against two articles' dates, or a report dated the day after the event it tells ("the
agency said Wednesday it had closed the port"), puts one event under two days a day or
two apart. Word overlap cannot tell such a repeat from the next day's news of the same
story ("the port closed" / "the port reopened"); the event can: the same verb class, the
same doer and enough of the same participants (``events.tells_event``), or, told by
another article, the same doer, verb class and one more name or figure
(``events.repeats_event``); a statement, by the same named speaker saying enough of the
same words (``speeches``: a speech told on its day and again on the day it was reported).
A repeat joins the earliest entry that tells its event, which
cites both: the event happened no later than its first report. Two entries of one article
are two events: an article does not tell one event under two days (TUNING+CHECK: the one
such join, D0619A, joined two different acts of one person on two days).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from briefing.compose.events import EventIndex
from briefing.compose.sentence_tokens import sentence_tokens
from briefing.compose.speeches import Statement, same_statement, statement_of
from briefing.model import Sentence

# An event reported again at most this many days later is one event: the day after
# (a report dated by its article, not by the event) and two days after (a weekday read
# against two articles' dates). Judged on the TUNING+CHECK timelines; a wider window
# joins the same act repeated on later days (a court hearing resumed, a search going on).
REPEAT_DAYS = 2


def repeats(days: Sequence[dt.date | None], same: Callable[[int, int], bool]) -> dict[int, int]:
    """For each entry (by index) that repeats an earlier one, the index of the entry it
    joins: the earliest within ``REPEAT_DAYS`` days before it of which ``same(earlier,
    later)`` holds (itself not a repeat). ``days`` gives each entry's day, None for a
    month or a year (never joined: a coarse date is merged by words elsewhere)."""
    order = sorted((d, i) for i, d in enumerate(days) if d is not None)
    joins: dict[int, int] = {}
    for k, (day, later) in enumerate(order):
        for earlier_day, earlier in order[:k]:
            gap = (day - earlier_day).days
            if not 0 < gap <= REPEAT_DAYS or earlier in joins:
                continue
            if same(earlier, later):
                joins[later] = earlier
                break
    return joins


class Entry(Protocol):
    """What ``join_repeats`` reads of a timeline entry."""

    date: str
    text: str
    sources: list[int]
    shown: Sentence | None  # the sentence whose text is shown
    said: dict[int, list[Sentence]]  # each source's sentences
    repeated: set[int]  # sources joined as repeats: cited


E = TypeVar("E", bound=Entry)


def join_repeats(events: list[E], index: EventIndex, absorb: Callable[[E, E], None]) -> list[E]:
    """``events`` without the repeats of earlier ones, each joined (``absorb``) to the
    entry it repeats: an entry of other articles a sentence of which tells the shown
    sentence's event of the other (``EventIndex.tells``) or retells its main act
    (``EventIndex.retells``)."""

    def retold(x: E, y: E) -> bool:
        shown = index.of(x.shown, x.text) if x.shown is not None else None
        if shown is None:
            return False
        said = (s for ss in y.said.values() for s in ss)
        return any(index.tells(shown, s) or index.retells(shown, s) for s in said)

    statements: dict[tuple[int, int], Statement | None] = {}

    def statement(s: Sentence) -> Statement | None:
        if (s.doc, s.index) not in statements:
            span = sentence_tokens(index.corpus, s)
            statements[(s.doc, s.index)] = statement_of(span) if span is not None else None
        return statements[(s.doc, s.index)]

    def restated(x: E, y: E) -> bool:
        said = [s for ss in y.said.values() for s in ss]
        return x.shown is not None and any(
            same_statement(statement(x.shown), statement(s)) for s in said
        )

    def same(i: int, j: int) -> bool:
        a, b = events[i], events[j]
        if set(a.sources) & set(b.sources):
            return False  # one article's two days: two events
        return retold(a, b) or retold(b, a) or restated(a, b) or restated(b, a)

    days = [dt.date.fromisoformat(e.date) if e.date.count("-") == 2 else None for e in events]
    joins = repeats(days, same)
    for later, earlier in joins.items():
        events[earlier].repeated.update(events[later].sources)
        absorb(events[earlier], events[later])
    return [e for i, e in enumerate(events) if i not in joins]
