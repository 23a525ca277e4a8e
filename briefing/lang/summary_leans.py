"""What leans on an earlier sentence in a summary statement, though not in a digest.

A source digest shows an article's sentences after its lede, so "The quay needs new walls
after a storm in March" there tells of the quay the lede named (``digest_leans``). A
summary statement is read alone, among statements from many articles: a bare definite
subject ("The ban ...") in a sentence whose only capitalised words are a weekday or a
month names nothing that says which one ("The ban takes effect next Wednesday in schools
and cinemas"). ``anaphora`` counts any capitalised word as a name, which a digest needs.
"""

from __future__ import annotations

import re

from briefing.lang.definites import definite_subject
from briefing.lang.months import MONTH_NAMES, WEEKDAYS

_CALENDAR_NAMES = "|".join([*(day.title() for day in WEEKDAYS), MONTH_NAMES])
# A capitalised word after a space that is not a weekday or a month, or a figure.
_NAME_OR_FIGURE = re.compile(rf"\s(?!(?:{_CALENDAR_NAMES})\b)[A-Z]|\d")


def leans_in_summary(text: str) -> bool:
    """True when ``text``, shown alone, has a bare definite subject and names nothing."""
    return definite_subject(text) is not None and not _NAME_OR_FIGURE.search(text)
