"""What leans on an earlier sentence in a summary statement, though not in a digest.

A source digest shows an article's sentences after its lede, so "The quay needs new walls
after a storm in March" there tells of the quay the lede named (``digest_leans``). A
summary statement is read alone, among statements from many articles: a bare definite
subject ("The ban ...") in a sentence whose only capitalised words are a weekday or a
month names nothing that says which one ("The ban takes effect next Wednesday in schools
and cinemas"). ``anaphora`` counts any capitalised word as a name, which a digest needs.
A statement opening with "a" and an ordinal ("A third dam on the river was approved ...")
counts on the others told before it; in a digest the lede told them.
"""

from __future__ import annotations

import re

from briefing.lang.definites import definite_subject
from briefing.lang.months import MONTH_NAMES, WEEKDAYS

_CALENDAR_NAMES = "|".join([*(day.title() for day in WEEKDAYS), MONTH_NAMES])
# A capitalised word after a space that is not a weekday or a month, or a figure.
_NAME_OR_FIGURE = re.compile(rf"\s(?!(?:{_CALENDAR_NAMES})\b)[A-Z]|\d")


# "A second ...", "A third ...": one more of things counted before.
_ORDINAL_OPENING = re.compile(
    r"^An? (?:second|third|fourth|fifth|sixth|seventh|eighth)\s+(?!time\b)"
)


def leans_in_summary(text: str) -> bool:
    """True when ``text``, shown alone, has a bare definite subject and names nothing, or
    opens with "a" and an ordinal."""
    if _ORDINAL_OPENING.match(text):
        return True
    return definite_subject(text) is not None and not _NAME_OR_FIGURE.search(text)
