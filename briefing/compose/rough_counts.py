"""A rounded count and an exact one of the same thing report one fact.

Outlets round: one writes "more than 80 prisoners have been freed", another "84 prisoners
were freed"; one "about 700 jobs", another "712 jobs". Neither sentence gives the other's
figure, so the figure tests of ``frames`` and ``corroboration`` keep them apart, and a
statement told by both took a † (single source) it should not carry. The approximation
says which exact counts it allows (``lang.figures.ALLOWED_RANGE``, by the qualifier's
direction): "more than N" a count above N, "nearly N" one just below, "about N" one
either side, each within ``ROUNDING_SHARE`` of N (an outlet writing "more than 80" for 84
would not write it for 150). Both counts must be of the same thing: at least
``MIN_SHARED`` words in common (content words, stemmed; no unit of time, no "people")
among the ``COUNTED_WORDS`` words after each ("80 inmates had been freed from death row"
/ "84 people were released from death row"). Shares ("percent") are left out:
two polls seldom agree, and "about 60 percent" and "58 percent" may be two polls.

The match says only that another source reports the fact: it takes off the †, and never
makes the other source a citation (its figure is not the statement's).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from briefing.compose.article_memo import by_article, checked_rows, keys_fit
from briefing.compose.near_duplicates import content_stems
from briefing.lang.dates import YEAR_RE
from briefing.lang.figures import ALLOWED_RANGE, NUMBER_SCALES, QUALIFIERS
from briefing.lang.months import MONTH_NAMES
from briefing.model import AnalysedDocument

# Counts below this are too small to be rounded ("about 10") and too common to fix a fact.
# Chosen by hand in 62622ee; not benchmarked.
MIN_COUNT = 20
# An exact count is precise: a multiple of this may be rounded itself ("3,000 new homes"
# planned is no count of the "at least 2,880" found empty, D0609I).
PRECISE = 10
# Words after a count that say what it counts, and how many of them both must share.
# Both chosen by hand in 62622ee; not benchmarked.
COUNTED_WORDS = 8
MIN_SHARED = 2


# Words that say too little of what is counted to match one count with another: units of
# time and the commonest counted nouns.
@functools.cache
def _vague() -> frozenset[str]:
    """Their stems, worked out on first use (``near_duplicates._stemmer``)."""
    return content_stems(_VAGUE_WORDS)


_VAGUE_WORDS = [
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
    "minute", "minutes", "people", "percent", "times", "per", "cent",
]  # fmt: skip


# Qualifiers of a rounded count ("only 84" is exact).
_ROUNDED = [q for q, how in QUALIFIERS.items() if how.direction in ALLOWED_RANGE]
_QUALIFIED = frozenset(q.lower() for q in _ROUNDED)  # what ``counts`` gives as a qualifier
_QUALIFIER = re.compile(
    r"\b(" + "|".join(sorted(_ROUNDED, key=len, reverse=True)) + r")\s{1,3}$", re.IGNORECASE
)
_NUMBER = re.compile(r"(?<![\d,.$:/-])(\d{1,3}(?:,\d{3})+|\d{1,7})(?![\d:/%]|[,.]\d|\s?-)")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{0,39}")
_BEFORE = 20  # characters before a number read for its qualifier
_AFTER = COUNTED_WORDS * 42  # characters after it read for what it counts
# Any digit: a text without one gives no count (``_NUMBER`` needs one), and most
# sentences have none; this plain search is far cheaper than ``_NUMBER``'s.
_ANY_DIGIT = re.compile(r"\d")
_MONTH_BEFORE = re.compile(rf"\b(?:{MONTH_NAMES})\.?\s{{1,3}}$", re.IGNORECASE)


Count = tuple[int, str, frozenset[str]]  # figure, qualifier ("" when exact), counted stems


def counts(text: str) -> list[Count]:
    """The counts a text gives in figures ("37 million" is 37,000,000), of ``MIN_COUNT``
    or more and no year, a day of a month, an amount of money or a share: each with its
    qualifier and the content stems of the ``COUNTED_WORDS`` words after it."""
    found: list[Count] = []
    if not _ANY_DIGIT.search(text):
        return found
    for m in _NUMBER.finditer(text):
        figure = m.group(1)
        before = text[max(0, m.start() - _BEFORE) : m.start()]
        if YEAR_RE.fullmatch(figure) or _MONTH_BEFORE.search(before):
            continue
        value = int(figure.replace(",", ""))
        after = [w.lower() for w in _WORD.findall(text[m.end() : m.end() + _AFTER])]
        if after and after[0] in NUMBER_SCALES:  # "37 million": part of the count
            value *= NUMBER_SCALES[after.pop(0)]
        after = after[:COUNTED_WORDS]
        if value < MIN_COUNT or (after and after[0] in ("percent", "cent")):
            continue
        qualifier = _QUALIFIER.search(before)
        found.append(
            (
                value,
                qualifier.group(1).lower() if qualifier else "",
                content_stems(after) - _vague(),
            )
        )
    return found


# By sentence index, the counts of the sentences of an article that give any.
SentenceCounts = dict[int, list[Count]]


def _encode_counts(value: SentenceCounts) -> list[list[Any]]:
    return [[i, n, q, sorted(stems)] for i, found in value.items() for n, q, stems in found]


def _count_row(x: list[Any]) -> bool:
    """A sentence index, a count, a qualifier ``counts`` gives (a tampered one would be
    looked up in ``QUALIFIERS`` and fail) and the counted stems."""
    return (
        len(x) == 4
        and type(x[0]) is int
        and type(x[1]) is int
        and (x[2] == "" or x[2] in _QUALIFIED)
        and isinstance(x[3], list)
        and set(map(type, x[3])) <= {str}
    )


def _decode_counts(data: Any) -> SentenceCounts:
    """The counts by sentence as ``_encode_counts`` wrote them."""
    out: SentenceCounts = {}
    for x in checked_rows(data, _count_row, "a sentence index, a count, its qualifier, stems"):
        out.setdefault(x[0], []).append((x[1], x[2], frozenset(x[3])))
    return out


@by_article("article_counts", _encode_counts, _decode_counts, keys_fit)
def article_counts(adoc: AnalysedDocument) -> SentenceCounts:
    """``counts`` of each sentence of the article that gives any, by its index: the
    citations' rounding test reads those of every sentence of the story (a second run
    over benchmarks/scale.py's 875 + 5 articles read them all again)."""
    return {s.index: found for s in adoc.sentences if (found := counts(s.text))}


def allows(rough: Count, exact: Count) -> bool:
    """Whether a rounded count allows an exact one of the same thing ("more than 80
    inmates freed" / "84 inmates freed")."""
    figure, qualifier, counted = rough
    value, exact_qualifier, theirs = exact
    if not qualifier or exact_qualifier or value == figure or value % PRECISE == 0:
        return False
    low, high = ALLOWED_RANGE[QUALIFIERS[qualifier].direction]
    return low * figure <= value <= high * figure and len(counted & theirs) >= MIN_SHARED


def one_count(mine: list[Count], theirs: list[Count]) -> bool:
    """Whether one text's rounded count allows an exact count of the other, either way."""
    return any(allows(a, b) or allows(b, a) for a in mine for b in theirs)
