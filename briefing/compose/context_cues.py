"""What makes a statement background: an older year, or a word that tells of the past.

"In 1871, the town leased the quay", "the ferry line, founded in 1920, ...": the
background (``synthesis``) prefers such statements, and reads them in year order.
"""

from __future__ import annotations

import re

from briefing.lang.dates import YEAR_RE

CONTEXT_RE = re.compile(
    r"\b(?:since|founded|established|formed|created|began|begun|history|historic|previously|"
    r"earlier|ago|former|formerly|first|last year|years|decades?|has been|have been|had been|"
    r"was born|long|traditionally|originally|background|born)\b",
    re.IGNORECASE,
)
# A year before the latest one, or a context word ("since", "founded"), raises a
# sentence. Set by hand when synthesis was written (commit 92972e9), not benchmarked.
OLDER_YEAR_BONUS = 1.0
CONTEXT_WORD_BONUS = 0.6
# The year of a statement that names none, for ordering: after every year.
NO_YEAR = 10_000


def context_score(text: str, latest_year: int | None) -> float:
    """``OLDER_YEAR_BONUS`` when ``text`` names a year before ``latest_year``, plus
    ``CONTEXT_WORD_BONUS`` when it has a context word."""
    score = 0.0
    years = [int(y) for y in YEAR_RE.findall(text)]
    if years and latest_year and min(years) < latest_year:
        score += OLDER_YEAR_BONUS
    if CONTEXT_RE.search(text):
        score += CONTEXT_WORD_BONUS
    return score


def earliest_year(text: str) -> int:
    """The earliest year ``text`` names (``NO_YEAR`` when none)."""
    years = [int(y) for y in YEAR_RE.findall(text)]
    return min(years) if years else NO_YEAR
