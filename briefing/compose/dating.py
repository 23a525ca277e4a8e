"""Dates in running text: find the expressions, tell the sentence's own date from a
background one, and resolve each against its article's publication date.

Resolved dates are ISO at the precision stated (YYYY, YYYY-MM, YYYY-MM-DD). "June 3, 2018"
and "in 2012" stand alone; "June 3", "in April", "last month" and "Tuesday" need the
article's date and stay as written, unresolved, without it (no year is ever guessed).
A month and day without a year goes to the year that puts it nearest the article when
that is close; otherwise to a date another article states unambiguously (the corpus's
anchors), else forward when the sentence speaks of the future ("will", "scheduled") and
back when it does not. "Last week"/"this week" name no day and are left out. A date
that only qualifies a noun ("the Oct. 31 crash", "Sunday's vote") or a subordinate
phrase ("two weeks before the March 26 election") is background, not the sentence's event.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from briefing.lang.months import MONTH_NAMES, MONTHS
from briefing.model import AnalysedDocument, Sentence

_WEEKDAYS = {
    d: i
    for i, d in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}
_MONTH = rf"(?P<month>{MONTH_NAMES})\.?"
# A day, or a range of days whose first day is taken ("Oct. 12-13, 1992").
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*[-–]\s*[0-3]?\d(?:st|nd|rd|th)?)?"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY}(?:,\s*|\s+){_YEAR}\b", re.I)),
    ("dmy", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I)),
    ("my", re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b", re.I)),
    ("md", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*,?\s*\d)", re.I)),
    ("dm", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b", re.I)),
    ("m_this_year", re.compile(rf"\b{_MONTH}\s+(?:of\s+)?this\s+year\b", re.I)),
    ("m_this_year", re.compile(rf"\bthis\s+{_MONTH}\b", re.I)),
    ("m_last", re.compile(rf"\blast\s+{_MONTH}\b", re.I)),
    ("y", re.compile(rf"\b{_YEAR}\b(?!\s*(?:[-–]\d|%|,\d))")),
    ("m", re.compile(rf"^(?:(?:in|early|late|mid|since|by|until|through)[\s-]+)?{_MONTH}$", re.I)),
    ("today", re.compile(r"\b(?:today|this morning|this afternoon|tonight)\b", re.I)),
    ("yesterday", re.compile(r"\byesterday\b", re.I)),
    ("weekday", re.compile(rf"\b(?P<wd>{'|'.join(_WEEKDAYS)})\b", re.I)),
    ("last_month", re.compile(r"\blast\s+month\b", re.I)),
    ("next_month", re.compile(r"\bnext\s+month\b", re.I)),
    ("this_year", re.compile(r"\bthis\s+(?:year|summer|spring|autumn|fall|winter)\b", re.I)),
    ("last_year", re.compile(r"\blast\s+year\b", re.I)),
    ("next_year", re.compile(r"\bnext\s+year\b", re.I)),
    ("week", re.compile(r"\b(?:this|last|next)\s+week\b", re.I)),
]  # fmt: skip
# A year in running text is a date only after a cue (regex fallback; spaCy knows better).
_YEAR_CUE = re.compile(
    rf"\b(?:in|since|by|from|until|to|of|early|late|mid|during|before|after|around|a|the|"
    rf"{MONTH_NAMES})[\s-]+{_YEAR}\b",
    re.I,
)
_BARE_MONTH = re.compile(rf"^(?:{MONTH_NAMES})\.?$", re.I)
_MONTH_CUE = re.compile(
    r"\b(?:in|since|by|until|till|through|early|late|mid|last|next|this|of|during|before|"
    r"after|from|to|on)[\s-]+$",
    re.I,
)
# The sentence speaks of what is to come: its month-days and weekdays are looked up forward.
# Not "next": "over the next five years" says nothing of "created in April".
FUTURE_CUE = re.compile(
    r"\b(?:will|shall|won['’]t|(?:is|are|was|were) (?:scheduled|expected|due|set|slated|"
    r"planned|to be)|scheduled|upcoming|forthcoming|ahead of|plans? to|would)\b|['’]ll\b",
    re.I,
)
# "the Oct. 31 crash", "its March 26 vote", "Putin's May 7 inauguration": the date names
# another event the sentence refers to (a determiner or possessive before, a word after).
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|this|that|whose)|\w['’]s)\s+$", re.I
)
_WORD_AFTER = re.compile(r"^,?\s*[A-Za-z]")
_POSSESSIVE_AFTER = re.compile(r"^['’]s?\b")
# "two weeks before the March 26 election", "until Oct. 12": a date the event is measured
# from or to, not the date of the event.
_SUBORDINATE_BEFORE = re.compile(
    r"\b(?:after|following|before|ahead of|prior to|until|till|by|pending|as of|effective|"
    r"starting|beginning|(?:scheduled|set|slated|planned|due) (?:for|on))\s+"
    r"(?:the\s+|next\s+\w+,?\s+)?$",
    re.I,
)
# A relative clause opened since the last comma ("Trubshaw, who flew it in 1969").
_RELATIVE_CLAUSE = re.compile(r",[^,;]*\b(?:who|whom|whose|which)\b[^,;]*$", re.I)
_PARTICIPLE_CLAUSE = re.compile(
    r"\b(?:since|after|before|following|while|upon|on)\s+\w+ing\b[^,;]*$", re.I
)
# Within this many days before the article (or FORWARD_DAYS after it) a month-day is
# read as the nearest one and anchors the same month-day elsewhere (a crash "Oct. 31"
# in a Nov. 1 article). Forward reach is short: "October 31" in a mid-September article
# was last year's crash (story_eval D0617H).
CLOSE_DAYS = 45
FORWARD_DAYS = 14
# Back- or forward-looking slack around the article's day (a late-evening event).
SLACK_DAYS = 1


@dataclass
class DateMention:
    """A date expression inside a sentence, with its offsets in the sentence text."""

    sentence: Sentence
    text: str
    start: int
    end: int


Resolved = tuple[str, tuple[int, ...], bool]  # date, sort key, resolved


def resolve_date(
    expression: str,
    published: dt.date | None,
    *,
    future: bool = False,
    anchors: Counter[dt.date] | None = None,
) -> Resolved | None:
    """(date, sort key, resolved) for a date expression, or None when it is no point in time.

    ``future`` says the sentence looks ahead; ``anchors`` are full dates other articles
    state, used to place a month-day whose year is in doubt.
    """
    text = " ".join(expression.split())
    for kind, pattern in _PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        groups = m.groupdict()
        month = MONTHS.get((groups.get("month") or "").lower().rstrip("."))
        year = int(groups["year"]) if groups.get("year") else None
        day = int(groups["day"]) if groups.get("day") else None
        if day is not None and not 1 <= day <= 31:
            continue
        if kind in ("mdy", "dmy") and month and year and day:
            return _iso(year, month, day), (year, month, day), True
        if kind == "my" and month and year:
            return f"{year:04d}-{month:02d}", (year, month, 0), True
        if kind == "y" and year:
            return f"{year:04d}", (year, 0, 0), True
        if kind in ("md", "dm") and month and day:
            if published is None:
                return _clean_written(text), (9999, month, day), False
            year = month_day_year(month, day, published, future=future, anchors=anchors)
            return _iso(year, month, day), (year, month, day), True
        if kind in ("m_this_year", "m_last", "m") and month:
            if published is None:
                return text, (9999, month, 0), False
            year = published.year
            if kind == "m_last" and month >= published.month:
                year -= 1
            elif kind == "m" and future and month < published.month:
                year += 1
            elif kind == "m" and not future and month > published.month:
                year -= 1
            return f"{year:04d}-{month:02d}", (year, month, 0), True
        if kind == "week":
            return None  # names no day; a month would often be wrong
        if published is None:
            return text, (9999, 13, 0), False
        return _relative(kind, groups, published, future)
    return None


def month_day_year(
    month: int,
    day: int,
    published: dt.date,
    *,
    future: bool = False,
    anchors: Counter[dt.date] | None = None,
) -> int:
    """The year of a month-day written without one, in an article of ``published``."""
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(dt.date(year, month, min(day, 28 if month == 2 else day)))
        except ValueError:
            continue
    if not candidates:
        return published.year
    nearest = min(candidates, key=lambda c: abs((c - published).days))
    if -CLOSE_DAYS <= (nearest - published).days <= FORWARD_DAYS:
        return nearest.year
    known = [c for c in candidates if anchors and anchors[c]]
    if known:
        return max(known, key=lambda c: (anchors[c] if anchors else 0, -abs(c - published))).year
    slack = dt.timedelta(days=SLACK_DAYS)
    if future:
        ahead = [c for c in candidates if c >= published - slack]
        return min(ahead).year if ahead else nearest.year
    behind = [c for c in candidates if c <= published + slack]
    return max(behind).year if behind else nearest.year


def is_close(month: int, day: int, published: dt.date) -> dt.date | None:
    """The month-day's date when it is within ``CLOSE_DAYS`` of the article, else None."""
    year = month_day_year(month, day, published)
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return date if -CLOSE_DAYS <= (date - published).days <= FORWARD_DAYS else None


def _relative(
    kind: str, groups: dict[str, str | None], published: dt.date, future: bool
) -> Resolved | None:
    p = published
    if kind == "today":
        return p.isoformat(), (p.year, p.month, p.day), True
    if kind == "yesterday":
        d = p - dt.timedelta(days=1)
        return d.isoformat(), (d.year, d.month, d.day), True
    if kind == "weekday":
        # News convention: "on Tuesday" is the most recent Tuesday, the article's day
        # included; "will meet Tuesday" the next one.
        wd = _WEEKDAYS[(groups.get("wd") or "").lower()]
        if future:
            d = p + dt.timedelta(days=(wd - p.weekday()) % 7)
        else:
            d = p - dt.timedelta(days=(p.weekday() - wd) % 7)
        return d.isoformat(), (d.year, d.month, d.day), True
    if kind in ("last_month", "next_month"):
        step = -1 if kind == "last_month" else 1
        y, m = divmod(p.year * 12 + p.month - 1 + step, 12)
        return f"{y:04d}-{m + 1:02d}", (y, m + 1, 0), True
    if kind in ("this_year", "last_year", "next_year"):
        y = p.year + {"this_year": 0, "last_year": -1, "next_year": 1}[kind]
        return f"{y:04d}", (y, 0, 0), True
    return None


def _iso(year: int, month: int, day: int) -> str:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return f"{year:04d}-{month:02d}"


def _clean_written(written: str) -> str:
    """'June 3rd' -> 'June 3' (the date as written, without the ordinal suffix)."""
    return re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", written)


def looks_ahead(text: str, start: int) -> bool:
    """Whether the clause holding the date at ``start`` speaks of the future ("will
    resume talks Thursday"; not "met Wednesday, and will resume talks Thursday")."""
    clause = re.split(r"[,;:]\s+|\s+(?:and|but)\s+", text[:start])[-1]
    return bool(FUTURE_CUE.search(clause))


def is_background(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` dates something the sentence only mentions."""
    before, after = text[:start], text[end:]
    if _POSSESSIVE_AFTER.match(after) or re.search(r"['’]s$", text[start:end]):
        return True  # "Sunday's vote"
    if _SUBORDINATE_BEFORE.search(before):
        return True
    # "..., the test pilot who flew the first Concorde in 1969": a relative clause's date;
    # "has moved cautiously since winning the election on Sunday": a participle clause's.
    if _RELATIVE_CLAUSE.search(before) or _PARTICIPLE_CLAUSE.search(before):
        return True
    if _DETERMINER_BEFORE.search(before) and _WORD_AFTER.match(after):
        # The sentence's own subject ("The Oct. 31 crash killed 217") is its event.
        return bool(re.search(r"\w", before[: _DETERMINER_BEFORE.search(before).start()]))
    return False


def date_mentions(adoc: AnalysedDocument) -> list[DateMention]:
    """Every date expression of the article, spaCy's DATE entities when present."""
    by_index = {s.index: s for s in adoc.sentences}
    out: list[DateMention] = []
    if adoc.parse is not None:
        for m in adoc.mentions:
            if m.label != "DATE" or m.sentence not in by_index:
                continue
            sent = by_index[m.sentence]
            # spaCy reads "in 2012" right but also "2,000"-like counts; skip digits glued to more.
            after = adoc.document.text[m.end : m.end + 2]
            if re.match(r"[\d,]\d", after):
                continue
            # A bare month name is a date only after a cue ("in March"), not "Capt. Burt March".
            before = adoc.document.text[max(0, m.start - 12) : m.start]
            if _BARE_MONTH.match(m.text.strip()) and not _MONTH_CUE.search(before):
                continue
            start = sent.text.find(m.text, max(0, m.start - sent.start - 8))
            if start < 0:
                start = max(0, m.start - sent.start)
            out.append(DateMention(sent, m.text, start, start + len(m.text)))
        return out
    for sent in adoc.sentences:
        taken: list[tuple[int, int]] = []
        for kind, pattern in _PATTERNS:
            rx = _YEAR_CUE if kind == "y" else pattern
            if kind == "m":
                continue  # a bare month name ("may") is too ambiguous without a parser
            for m in rx.finditer(sent.text):
                if any(a <= m.start() < b or a < m.end() <= b for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                start = m.start("year") if kind == "y" else m.start()
                out.append(DateMention(sent, sent.text[start : m.end()], start, m.end()))
    return out


def anchors(mentions: list[tuple[DateMention, dt.date | None]]) -> Counter[dt.date]:
    """Full dates the corpus states without doubt, with how often: written with a year,
    or a month-day close to its article's date."""
    out: Counter[dt.date] = Counter()
    for mention, published in mentions:
        text = " ".join(mention.text.split())
        for kind in ("mdy", "dmy", "md", "dm"):
            m = dict(_PATTERNS)[kind].search(text)
            if not m:
                continue
            month = MONTHS.get(m.group("month").lower().rstrip("."))
            day = int(m.group("day"))
            if not month or not 1 <= day <= 31:
                break
            if kind in ("mdy", "dmy"):
                with contextlib.suppress(ValueError):
                    out[dt.date(int(m.group("year")), month, day)] += 1
            elif published is not None and (close := is_close(month, day, published)):
                out[close] += 1
            break
    return out
