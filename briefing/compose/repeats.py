"""One event told under neighbouring days: which timeline entries repeat an earlier one.

Outlets report an event on the day it happens and on the days after; "Tuesday" read
against two articles' dates, or a report dated the day after the event it tells ("the
agency said Wednesday it had closed the port"), puts one event under two days a day or
two apart. Word overlap cannot tell such a repeat from the next day's news of the same
story ("the port closed" / "the port reopened"); the event can: the same verb class, the
same doer and enough of the same participants (``events.tells_event``). A repeat joins
the earliest entry that tells its event: the event happened no later than its first
report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

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
