"""Statements no reader can place in time: shown undated, they tell when by "last week".

"The harbour board's plan suffered a setback last week": in its article "last week"
is the week before the article's date; in the brief, when the editor gave the statement
no date (a past its article does not date, ``editorial.undated_past``) and no note names
the time, "last week" is any week. Session 35's strict reading of the 20 dev briefs judged
every such background statement dangling (3 of 178 background statements; none was good),
while one dated by its own sentence or its report ("said Wednesday ... last week") reads
well. A time of a year or more ("30 years ago") tells enough to be left in.

Such a statement keeps its place when the editor notes its report's date after the time
("setback last week [reported 14 April 2001]", ``report_notes``): the reader can then place
it. Only one whose article has no date is left out (``placed``).
"""

from __future__ import annotations

import datetime as dt

from briefing.lang.dates import UNPLACED_TIME_RE
from briefing.lang.months import MONTHS_SPELLED
from briefing.model import Statement


def placed(statement: Statement) -> bool:
    """Whether a reader can place ``statement`` (dated and edited) in time: it has a
    date, or it tells no time finer than a year that needs its article's date."""
    return statement.date is not None or not UNPLACED_TIME_RE.search(statement.shown)


def report_notes(text: str, written: dt.date | None) -> list[tuple[str, str]]:
    """(words, note) for each time of ``text`` finer than a year that needs its article's
    date ("last week", "earlier this month", "three weeks ago"): the date of the report
    that tells it, "reported 14 April 2001". None when the article has no date."""
    if written is None:
        return []
    note = f"reported {written.day} {MONTHS_SPELLED[written.month - 1]} {written.year}"
    return [(m.group(0), note) for m in UNPLACED_TIME_RE.finditer(text)]
