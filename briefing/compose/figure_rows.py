"""An article's figures as plain rows, so ``figure_reading`` reads them once per article.

A ``Figure`` points at its sentence and holds mutable sets; what an article memo keeps
(within a build, and across builds in the compose cache: ``briefing.compose.features``)
is a ``FigureRow`` instead: the same fields, frozen, with the sentence's position in its
article. ``figure`` makes a fresh ``Figure`` of a row and the article's sentences, so a
caller may change what it is given and a later build gets sentences of its own corpus
(an article's position in the folder changes as articles are added). ``encode_rows`` and
``decode_rows`` turn rows into JSON and back; ``decode_rows`` checks every field.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import Any, NamedTuple

from briefing.compose.figure_spans import (
    BARE_DEATHS,
    WEIGHT_OF,
    Figure,
    duration_span,
    weight_span,
)
from briefing.compose.memo import BadValue
from briefing.compose.substrings import found_in
from briefing.lang.counts import count_ranges
from briefing.lang.figures import PERIOD_ADVERBS, figure_value
from briefing.model import Sentence

# The word before a count that ``figure_reading`` shows with it ("only 20").
ONLY = "only "

# The nouns ``figure_reading`` gives figures whose sentence writes none: a death rate's,
# a duration's (how long something lasted, or someone served).
NAMED_NOUNS = frozenset({BARE_DEATHS, "duration", "served"})


class FigureRow(NamedTuple):
    """A ``Figure`` with its sentence's position in the article, frozen."""

    sentence: int
    value: float
    qualifier: str
    noun: str
    counted: str  # key[0]
    modifiers: frozenset[str]  # key[1]
    context: frozenset[str]
    verb: str
    text: str
    window: str
    sentence_date: dt.date | None
    at: int
    period: str
    about: str
    span: tuple[float, float] | None
    places: frozenset[str]
    article_places: frozenset[str]


def row(f: Figure, sentences: Sequence[Sentence]) -> FigureRow:
    """``f``, a figure of the article of ``sentences``, as a row."""
    at = f.sentence.index
    if not (0 <= at < len(sentences) and sentences[at] is f.sentence):
        at = next(i for i, s in enumerate(sentences) if s is f.sentence)
    return FigureRow(at, f.value, f.qualifier, f.noun, f.key[0], f.key[1],
                     frozenset(f.context), f.verb, f.text, f.window, f.sentence_date, f.at,
                     f.period, f.about, f.span, f.places, f.article_places)  # fmt: skip


def figure(r: FigureRow, sentences: Sequence[Sentence]) -> Figure:
    """A fresh ``Figure`` of row ``r`` of the article of ``sentences``."""
    return Figure(r.value, r.qualifier, r.noun, (r.counted, r.modifiers), set(r.context),
                  r.verb, sentences[r.sentence], r.text, r.window, r.sentence_date, r.at,
                  r.period, r.about, r.span, r.places, r.article_places)  # fmt: skip


# JSON has no infinity (a duration "at least a year" has no upper bound) nor NaN.
_NOT_FINITE = {"inf": math.inf, "-inf": -math.inf, "nan": math.nan}


def _number(x: float) -> float | str:
    return x if math.isfinite(x) else repr(x)


def _decode_number(x: Any) -> float:
    if type(x) in (int, float):
        return x
    if isinstance(x, str) and x in _NOT_FINITE:
        return _NOT_FINITE[x]
    raise BadValue("a number")


def encode_rows(rows: tuple[FigureRow, ...]) -> list[Any]:
    """``[places, rows]``: each distinct set of article places once (an article's rows all
    share one), and each row with the position of its set in ``places`` for its last field.
    Every row held the article's places: an article naming many places in many figures
    wrote the square of its places (a thousand rows of a thousand places, about 10 MB for
    an article whose text is a tenth of that)."""
    groups: dict[frozenset[str], int] = {}
    for r in rows:
        groups.setdefault(r.article_places, len(groups))
    encoded = [
        [
            r.sentence,
            _number(r.value),
            r.qualifier,
            r.noun,
            r.counted,
            sorted(r.modifiers),
            sorted(r.context),
            r.verb,
            r.text,
            r.window,
            r.sentence_date.isoformat() if r.sentence_date else None,
            r.at,
            r.period,
            r.about,
            None if r.span is None else [_number(r.span[0]), _number(r.span[1])],
            sorted(r.places),
            groups[r.article_places],
        ]
        for r in rows
    ]
    return [[sorted(group) for group in groups], encoded]


def _strings(x: Any) -> frozenset[str]:
    if not (isinstance(x, list) and all(type(w) is str for w in x)):
        raise BadValue("a set of strings")
    return frozenset(x)


def _string(x: Any) -> str:
    if type(x) is not str:
        raise BadValue("a string")
    return x


def _group(groups: list[frozenset[str]], x: Any) -> frozenset[str]:
    if type(x) is not int or not 0 <= x < len(groups):
        raise BadValue("the position of a set of places")
    return groups[x]


def _index(x: Any) -> int:
    if type(x) is not int or x < 0:
        raise BadValue("a position")
    return x


def borne_out(rows: Sequence[FigureRow], sentences: Sequence[Sentence]) -> bool:
    """Whether every stored row's text stands where it says in its sentence, once, with the
    value (and span) that text means and the words its heading shows (``words_stand``, and
    ``article_words`` in its article): a tampered cache entry (rows copied many times,
    moved, or changed) is read again from the article, not trusted (copied rows made the
    pairwise figure comparison quadratic in the rows a state file holds; a changed value or
    noun beside a real text would show a figure no article gives). The article is searched
    once for all the rows' words (``substrings.found_in``) and each sentence lowered once: a
    search of the article per row and word took time growing with the cube of an article
    naming many places (every row holds the article's places): 12 CPU s for 1,000
    sentences."""
    seen: set[tuple[int, int, str]] = set()
    if not all(0 <= r.sentence < len(sentences) for r in rows):
        return False
    wanted = article_words(rows)
    if found_in(wanted, " ".join(s.text for s in sentences).lower()) != wanted:
        return False
    lowered: dict[int, str] = {}
    for r in rows:
        text = sentences[r.sentence].text
        if text[r.at : r.at + len(r.text)] != r.text:
            return False
        before = min(r.at, len(text))  # the sentence's text before the row's
        if not means(r, text[max(0, before - len(ONLY)) : before]):
            return False
        if r.sentence not in lowered:
            lowered[r.sentence] = text.lower()
        if not words_stand(r, text, lowered[r.sentence]):
            return False
        if (r.sentence, r.at, r.text) in seen:
            return False
        seen.add((r.sentence, r.at, r.text))
    return True


def article_words(rows: Sequence[FigureRow]) -> set[str]:
    """The words of ``rows`` that a divergence's heading shows and their article (in lower
    case) must hold: their conditions' (lower case) and places. A set of places that many
    rows share is read once."""
    out: set[str] = set()
    read: set[int] = set()  # the place sets read, by identity (an article's rows share one)
    for r in rows:
        out.update(w.lower() for w in r.about.split())
        for group in (r.places, r.article_places):
            if id(group) not in read:
                read.add(id(group))
                out |= group
    return out


def told_as(period: str) -> list[str]:
    """The words that tell a rate's ``period``: itself ("a year") or an adverb ("annually")."""
    return [period, *(adverb for adverb, p in PERIOD_ADVERBS.items() if p == period)]


def words_stand(r: FigureRow, sentence: str, lowered: str) -> bool:
    """Whether the words a divergence's heading shows of row ``r`` that its sentence must
    hold stand in its ``sentence`` (``lowered``: it in lower case): its window and counted
    noun (but the names ``figure_reading`` gives durations and bare death rates) and its
    period (``told_as``); its condition and places are its article's (``article_words``)."""
    nouns = [r.noun] + [r.counted] * r.counted.startswith(WEIGHT_OF)  # "Weight of cocaine"
    return (
        r.window in sentence
        and all(
            n in NAMED_NOUNS or all(w.lower() in lowered for w in n.removeprefix(WEIGHT_OF).split())
            for n in nouns
        )
        and (not r.period or any(w in lowered for w in told_as(r.period)))
    )


def means(r: FigureRow, before: str = "") -> bool:
    """Whether a row's value and span are what its text (after ``before`` in its sentence:
    only its last ``len(ONLY)`` characters are read) says, as ``figure_reading`` reads them:
    a count's number ("41", "at least 300", "only 20" shown as "20"); a duration's or
    weight's span, valued at its middle (its least when open above); a range's ends, valued
    at its middle."""
    if not math.isfinite(r.value):
        return False
    if r.span is None:
        shown = ONLY + r.text if before.lower().endswith(ONLY) else r.text
        return (r.value, r.qualifier) in (figure_value(r.text), figure_value(shown))
    low, high = r.span
    if r.value != (low if high == math.inf else (low + high) / 2):
        return False
    read = [duration_span(r.text), weight_span(r.text)]
    whole = (0, len(r.text))
    read += [(lo, hi, "") for start, end, lo, hi in count_ranges(r.text) if (start, end) == whole]
    return any(x is not None and x[:2] == r.span for x in read)


def decode_rows(data: Any) -> tuple[FigureRow, ...]:
    """The rows ``encode_rows`` wrote, the rows of one set of article places sharing one
    frozenset; ``BadValue`` if any field is not of its type."""
    if not (isinstance(data, list) and len(data) == 2 and isinstance(data[0], list)):
        raise BadValue("places and a list of figures")
    groups = [_strings(group) for group in data[0]]
    if not isinstance(data[1], list):
        raise BadValue("a list of figures")
    out = []
    for x in data[1]:
        if not (isinstance(x, list) and len(x) == len(FigureRow._fields)):
            raise BadValue("a figure row")
        (sentence, value, qualifier, noun, counted, modifiers, context, verb, text, window,
         date, at, period, about, span, places, article_places) = x  # fmt: skip
        if span is not None and not (isinstance(span, list) and len(span) == 2):
            raise BadValue("a span of two numbers")
        try:
            day = None if date is None else dt.date.fromisoformat(_string(date))
        except ValueError as exc:
            raise BadValue("a date") from exc
        out.append(
            FigureRow(
                _index(sentence),
                _decode_number(value),
                _string(qualifier),
                _string(noun),
                _string(counted),
                _strings(modifiers),
                _strings(context),
                _string(verb),
                _string(text),
                _string(window),
                day,
                _index(at),
                _string(period),
                _string(about),
                None if span is None else (_decode_number(span[0]), _decode_number(span[1])),
                _strings(places),
                _group(groups, article_places),
            )
        )
    return tuple(out)
