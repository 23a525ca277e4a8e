"""What a figure's words say, for ``figure_divergences``: the whole number, the noun it
counts, a rate's time frame, the words around it, and the figures measured in a unit
rather than counted: how long something lasted or someone served, in days, and a weight,
in kilograms.

A duration or a weight is a span, (lowest, highest): "at least a year" has no upper
bound, "several months" runs from 3 to 7 months, and a weight converted from another unit
("1,760 pounds" for "800 kilograms") agrees within ``CONVERSION_SHARE``. Two such figures
disagree only when their spans do not meet.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from briefing.lang.figures import (
    BARE_KILLS_RE,
    BREAKDOWN_RE,
    CONTEXT_CLASS,
    CONVERSION_SHARE,
    DURATION_BEFORE_RE,
    DURATION_RE,
    FORECAST_RE,
    LAST_VERB_RE,
    NOUN_CLASS,
    NUMBER_RANGE_RE,
    NUMBER_SCALES,
    NUMBER_WORDS,
    OPEN_ABOVE,
    OPEN_BELOW,
    PERIOD_ADVERBS,
    QUALIFIER_RE,
    RATE_BEFORE_RE,
    RATE_PERIOD_RE,
    SERVED_BEFORE_RE,
    UNIT_DAYS,
    UNIT_KG,
    VAGUE_NUMBERS,
    VETERAN_AFTER_RE,
    WEIGHT_RE,
    figure_value,
)
from briefing.lang.months import MONTH_NAMES, MONTHS
from briefing.lang.stopwords import FIGURE_STOP_WORDS
from briefing.model import Sentence
from briefing.parsed import Span, Token

# The key words of a duration told as a forecast ("will last"): a mark no word can be.
FORECAST = frozenset({"+forecast"})
# Characters either side of a figure that say what it measures and whose it is.
# Chosen by hand in a6d0c1f; not benchmarked.
WINDOW = 60
# Characters before (and after) a duration in which its verb is read ("is expected to
# persist for "): the patterns are anchored at the duration, so the rest of a long
# sentence says nothing. Searching the whole sentence before each of 200 durations at
# the end of a 190 KB sentence took 24 CPU s (benchmarks: none; a layout bound, three
# times the longest wording the patterns read).
DURATION_REACH = 120
# Sentences whose content words are kept for the next figure of the same sentence (a
# figure reads all its sentence's words; 200 figures of one 190 KB sentence read it 200
# times). A bound on memory, not tuned.
CONTEXT_MEMO_SIZE = 64
_context_memo: dict[tuple[str, int], frozenset[str]] = {}
# The noun of a death rate told with no counted noun ("kills 2 million a year").
BARE_DEATHS = "deaths"
# The noun of a weight of something ("800 kilograms of cocaine": "weight of cocaine").
WEIGHT_OF = "weight of "


def rate_period(after: str, before: str = "") -> str:
    """A rate's time frame told after its counted noun ("deaths a year": "year") or in
    the words opening its sentence (``before`` the figure: "Each year, malaria kills")."""
    m = RATE_PERIOD_RE.match(after)
    if not m:
        return "year" if RATE_BEFORE_RE.match(before) else ""
    return m.group("unit").lower() if m.group("unit") else PERIOD_ADVERBS[m.group("adverb").lower()]


def bare_death_rate(before: str, after: str) -> str:
    """The time frame of a death rate told with no counted noun ("malaria kills 2 million
    a year": "year"); "" for any other figure with no noun."""
    return rate_period(after, before) if BARE_KILLS_RE.search(before) else ""


def window(text: str, at: int, length: int) -> str:
    """The words either side of a figure, up to where a breakdown of it begins ("injured
    62 riders including four on the platform": the platform is the part's)."""
    after = text[at + length : at + length + WINDOW]
    cut = BREAKDOWN_RE.search(after)
    return (
        text[max(0, at - WINDOW) : at]
        + text[at : at + length]
        + after[: cut.start() if cut else None]
    )


def whole_number(ent: Span) -> Span:
    """ "One hundred fourteen people": spaCy may end the number entity early, and leave
    out the article of "a million children"."""
    end = ent.end
    start = ent.start
    if (
        start > 0
        and ent.doc[start - 1].lower_ in ("a", "an")
        and ent.doc[start].lower_ in NUMBER_SCALES
    ):
        start -= 1
    while end < len(ent.doc) and ent.doc[end].ent_type_ in ("", ent.label_):
        word = ent.doc[end].lower_
        if not (word in NUMBER_WORDS or word in NUMBER_SCALES) or word in ("a", "an"):
            break
        end += 1
    return ent if (start, end) == (ent.start, ent.end) else Span(ent.doc, start, end, ent.label_)


def counted_noun(ent: Span) -> Token | None:
    """The noun a number counts: 'four Chinese companies' -> companies; None for partitives."""
    root = ent.root
    if root.dep_ not in ("nummod", "quantmod"):
        root = ent.doc[ent.end - 1]  # "an estimated 3 million": the number, not "estimated"
    if root.dep_ in ("nummod", "quantmod") and root.head.pos_ in ("NOUN", "PROPN"):
        head = root.head
    elif ent.end < len(ent.doc) and ent.doc[ent.end].pos_ == "NOUN":
        head = ent.doc[ent.end]
    else:
        return None
    if head.i < ent.start:
        return None
    return head


# The month a count is told of, next to it ("arrested 18 last month", "in April"); not
# "since April" (a count since then runs on). Month names capitalised: "may" is a verb.
_COUNT_MONTH_RE = re.compile(
    rf"\b(?:(?i:(?P<rel>last|this)\s+month)|(?i:in|during|on)\s+(?P<month>{MONTH_NAMES})\b"
    r"(?:\.?\s+[0-3]?\d\b)?(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?)"
)


def count_month(f: Figure) -> tuple[int, int] | None:
    """(year, month) a count is told of, resolved against its article's date ("last
    month" in an article of May 3 is April; "in June" then is last June); None when
    its words name no one month."""
    if f.sentence_date is None:
        return None
    year, month = f.sentence_date.year, f.sentence_date.month
    found = set()
    for m in _COUNT_MONTH_RE.finditer(f.window):
        if m.group("rel"):
            back = m.group("rel").lower() == "last"
            found.add((year - 1, 12) if back and month == 1 else (year, month - back))
        else:
            told = MONTHS[m.group("month").lower()]
            written = int(m.group("year")) if m.group("year") else year - (told > month)
            found.add((written, told))
    return found.pop() if len(found) == 1 else None


def duration_kind(before: str, after: str) -> str:
    """What a duration measures from the words around it: "lasted" (how long something
    lasted), "served" (how long someone served: "served for 15 years", "a 16-year
    veteran"), or "" for any other date."""
    if DURATION_BEFORE_RE.search(before):
        return "lasted"
    if SERVED_BEFORE_RE.search(before) or VETERAN_AFTER_RE.match(after):
        return "served"
    return ""


def duration_span(text: str) -> tuple[float, float, str] | None:
    """(fewest, most days, qualifier) of a duration ("at least a year": 365 to infinity;
    "two to three months": 60 to 90; "16-year": 5840), None for no duration."""
    text = " ".join(text.split()).lower()
    qualifier = ""
    while m := QUALIFIER_RE.match(text):
        qualifier = (qualifier + " " + m.group(0).strip()).strip()
        text = text[m.end() :]
    m = DURATION_RE.match(text)
    if not m:
        return None
    days = UNIT_DAYS[m.group("unit").rstrip("s")]
    span = _number_span(m.group("number"))
    if span is None:
        return None
    return (*_open(span[0] * days, span[1] * days, qualifier), qualifier)


def weight_span(text: str) -> tuple[float, float, str] | None:
    """(lowest, highest kilograms, qualifier) of a weight ("800 kilograms", "1,500
    pounds"), read as it may have been converted from another unit; None for any other
    figure."""
    m = WEIGHT_RE.match(" ".join(text.split()))
    if not m:
        return None
    value, qualifier = figure_value(m.group("number"))
    unit = re.sub(r"\s+", " ", m.group("unit").lower())
    unit = {"kilos": "kilo", "kgs": "kg", "lbs": "lb"}.get(unit, unit)
    if value is None:
        return None
    kg = value * UNIT_KG[unit if unit in UNIT_KG else unit.rstrip("s")]
    low, high = kg * (1 - CONVERSION_SHARE), kg * (1 + CONVERSION_SHARE)
    return (*_open(low, high, qualifier), qualifier)


def spans_differ(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether two spans do not meet ("at least a year" and "several months")."""
    return a[1] < b[0] or b[1] < a[0]


def _open(low: float, high: float, qualifier: str) -> tuple[float, float]:
    """A span opened above by "at least" and below by "up to"."""
    words = set(qualifier.split(" ")) | {qualifier}
    if words & OPEN_ABOVE:
        high = math.inf
    if words & OPEN_BELOW:
        low = 0.0
    return low, high


def _number_span(number: str) -> tuple[float, float] | None:
    """(lowest, highest) of a duration's number: "a" 1, "several" 3 to 7, "two to three"."""
    if number in ("a", "an", "one"):
        return 1.0, 1.0
    if number in VAGUE_NUMBERS:
        return VAGUE_NUMBERS[number]
    m = NUMBER_RANGE_RE.match(number)
    if m:
        low, high = figure_value(m.group("low"))[0], figure_value(m.group("high"))[0]
        if low is not None and high is not None and low < high:
            return low, high
    value = figure_value(number)[0]
    return None if value is None else (value, value)


@dataclass
class Figure:
    value: float
    qualifier: str
    noun: str  # the counted noun phrase as written ("Chinese firms")
    key: tuple[str, frozenset[str]]
    context: set[str]  # content words around the figure
    verb: str
    sentence: Sentence
    text: str  # the figure as written ("at least three")
    window: str = ""  # the sentence text around the figure
    sentence_date: dt.date | None = None  # the article's date
    at: int = 0  # where the figure starts in its sentence
    period: str = ""  # a rate's time frame ("a year": "year"), "" for a count
    about: str = ""  # the condition of a standing count of people ("HIV"), else ""
    span: tuple[float, float] | None = None  # a duration's or a weight's (lowest, highest)
    places: frozenset[str] = frozenset()  # the words of the places its sentence names
    article_places: frozenset[str] = frozenset()  # ... and its article names


def duration_figure(ent: Span, sent: Sentence) -> Figure | None:
    """How long something lasted ("which lasted 18 months", "will last at least a year")
    or someone served ("served for 15 years", "a 16-year veteran"), in days; None for any
    other date."""
    at, text = ent.start_char - sent.start, ent.text
    verb = LAST_VERB_RE.match(text)  # spaCy's "last six months" in "is to last six months"
    if verb and DURATION_BEFORE_RE.search(_before(sent.text, at) + verb.group()):
        at, text = at + verb.end(), text[verb.end() :]
    before = _before(sent.text, at)
    kind = duration_kind(before, sent.text[at + len(text) : at + len(text) + DURATION_REACH])
    span = duration_span(text) if kind else None
    if span is None:
        return None
    key = "duration" if kind == "lasted" else kind
    fig = spanned(span, key, kind, text, sent, at)
    if kind == "lasted" and FORECAST_RE.search(before):
        fig.key = (key, FORECAST)  # "will last six months": compared with forecasts only
    return fig


def spanned(span: tuple[float, float, str], key: str, verb: str, text: str, sent: Sentence,
             at: int) -> Figure:  # fmt: skip
    """A duration or a weight: its span, valued at its middle (its least when open)."""
    low, high, qualifier = span
    value = low if high == math.inf else (low + high) / 2
    return Figure(value, qualifier, key, (key, frozenset()), context_words(sent), verb, sent,
                   text, window(sent.text, at, len(text)), at=at, span=(low, high))  # fmt: skip


def _before(text: str, at: int) -> str:
    """The ``DURATION_REACH`` characters of ``text`` before ``at``, from a word's start."""
    start = max(0, at - DURATION_REACH)
    if start and not text[start - 1].isspace():
        start = text.find(" ", start, at) + 1 or at  # a cut word would read as a word
    return text[start:at]


def context_words(sent: Sentence) -> set[str]:
    """Content words of the sentence, hyphenated words split and near-synonyms folded."""
    key = (sent.text, len(sent.words))
    found = _context_memo.get(key)
    if found is None:
        content = {
            p
            for w in sent.words
            for p in w.split("-")
            if p.isalpha() and p not in FIGURE_STOP_WORDS
        }
        found = frozenset(CONTEXT_CLASS.get(noun_class(w), noun_class(w)) for w in content)
        if len(_context_memo) >= CONTEXT_MEMO_SIZE:
            _context_memo.clear()
        _context_memo[key] = found
    return set(found)


def noun_class(noun: str) -> str:
    noun = noun.lower()
    if noun.endswith("ies"):
        noun = noun[:-3] + "y"
    elif noun.endswith("s") and not noun.endswith("ss"):
        noun = noun[:-1]
    return NOUN_CLASS.get(noun, noun)
