"""Timeline: dated events from every source, resolved, merged and in order.

Dates come from spaCy's DATE entities (or a regex when entity analysis is off). Each
expression is resolved against the article's own date (``Document.date``) where that is
needed and known: "June 3, 2018" and "in 2012" stand alone; "June 3rd", "in April",
"March of this year", "last month" and "Tuesday" need the article's date and stay as
written, unresolved, without it (no year is ever guessed). Durations and vague spans
("recent years", "every two years", "a week") are not events. The event text is the
source sentence, trimmed to the clause that carries the date when the sentence is long.
The same date with similar text from several sources becomes one event citing them all.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from briefing.lang.months import MONTH_NAMES, MONTHS
from briefing.lang.stopwords import EVENT_STOP_WORDS
from briefing.model import AnalysedDocument, Corpus, Sentence, TimelineEvent

_WEEKDAYS = {
    d: i
    for i, d in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}
_MONTH = rf"(?P<month>{MONTH_NAMES})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I)),
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
    ("this_week", re.compile(r"\bthis\s+week\b", re.I)),
    ("last_week", re.compile(r"\blast\s+week\b", re.I)),
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
# A wire dateline before the story ("NEWPORT, R.I. _ ", "CAIRO (AP) -- ") is not the event.
_DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]{2,40}(?:\([A-Za-z ]+\))?\s*(?:_|--|—|–)\s+")
_LEADING = re.compile(
    r"^(?:moreover|however|meanwhile|also|and|but|so|still|indeed|in fact),?\s+", re.I
)


@dataclass
class _Event:
    date: str
    sort_key: tuple[int, ...]
    resolved: bool
    text: str
    sources: list[int]
    words: set[str] = field(default_factory=set)
    order: int = 0


def build_timeline(corpus: Corpus, *, max_events: int | None = None) -> list[TimelineEvent]:
    """Dated events from all sources, resolved dates first in order, then the rest."""
    events: list[_Event] = []
    for adoc in corpus.docs:
        for sent, expression in _date_expressions(adoc):
            parsed = resolve_date(expression, adoc.document.date)
            if parsed is None:
                continue
            date, key, resolved = parsed
            text = _event_text(sent.text, expression)
            event = _Event(date, key, resolved, text, [sent.source_id], _content(text), len(events))
            _add(events, event)
    if max_events and len(events) > max_events:
        # Keep the best-attested events (most sources, resolved dates), not the earliest.
        keep = sorted(events, key=lambda e: (-len(e.sources), not e.resolved, e.order))
        events = keep[:max_events]
    events.sort(key=lambda e: (not e.resolved, e.sort_key, e.order))
    return [TimelineEvent(e.date, e.text, sorted(e.sources), e.resolved) for e in events]


def resolve_date(
    expression: str, published: dt.date | None
) -> tuple[str, tuple[int, ...], bool] | None:
    """(date, sort key, resolved) for a date expression, or None when it is no point in time.

    Resolved dates are ISO at the precision stated (YYYY, YYYY-MM, YYYY-MM-DD); the rest
    keep the expression as written. Unresolved sort keys order month/day ones by month.
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
            year = published.year
            # A day well after the article's own date was last year's ("December 20" in January).
            if (month, day) > (published.month, published.day) and month - published.month > 1:
                year -= 1
            return _iso(year, month, day), (year, month, day), True
        if kind in ("m_this_year", "m_last", "m") and month:
            if published is None:
                return text, (9999, month, 0), False
            year = published.year
            if (kind == "m_last" and month >= published.month) or (
                kind == "m" and month > published.month
            ):
                year -= 1
            return f"{year:04d}-{month:02d}", (year, month, 0), True
        if published is None:
            return text, (9999, 13, 0), False
        return _relative(kind, groups, published)
    return None


def _relative(
    kind: str, groups: dict[str, str | None], published: dt.date
) -> tuple[str, tuple[int, ...], bool] | None:
    p = published
    if kind == "today":
        return p.isoformat(), (p.year, p.month, p.day), True
    if kind == "yesterday":
        d = p - dt.timedelta(days=1)
        return d.isoformat(), (d.year, d.month, d.day), True
    if kind == "weekday":
        # News convention: "on Tuesday" is the most recent Tuesday, the article's day included.
        back = (p.weekday() - _WEEKDAYS[(groups.get("wd") or "").lower()]) % 7
        d = p - dt.timedelta(days=back)
        return d.isoformat(), (d.year, d.month, d.day), True
    if kind in ("last_month", "next_month"):
        step = -1 if kind == "last_month" else 1
        y, m = divmod(p.year * 12 + p.month - 1 + step, 12)
        return f"{y:04d}-{m + 1:02d}", (y, m + 1, 0), True
    if kind in ("this_year", "last_year", "next_year"):
        y = p.year + {"this_year": 0, "last_year": -1, "next_year": 1}[kind]
        return f"{y:04d}", (y, 0, 0), True
    if kind in ("this_week", "last_week"):
        d = p - dt.timedelta(days=p.weekday() + (7 if kind == "last_week" else 0))
        return f"{d.year:04d}-{d.month:02d}", (d.year, d.month, d.day), True
    return None


def _iso(year: int, month: int, day: int) -> str:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return f"{year:04d}-{month:02d}"


def _clean_written(written: str) -> str:
    """'June 3rd' -> 'June 3' (the date as written, without the ordinal suffix)."""
    return re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", written)


# --------------------------------------------------------------------------- extraction


def _date_expressions(adoc: AnalysedDocument) -> list[tuple[Sentence, str]]:
    """(sentence, expression) for each date mention, spaCy's DATE entities when present."""
    by_index = {s.index: s for s in adoc.sentences}
    if adoc.parse is not None:
        out = []
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
            out.append((sent, m.text))
        return out
    out = []
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
                out.append((sent, m.group(0)))
    return out


def _event_text(sentence: str, expression: str) -> str:
    """The sentence, or for a long one the clause that holds the date; extractive."""
    text = _LEADING.sub("", _DATELINE.sub("", sentence.strip()))
    text = text[0].upper() + text[1:] if text else text
    if len(text.split()) <= 40:
        return text
    for part in re.split(r";\s+|\s+[—–]\s+|,\s+(?:and|but|while|whereas)\s+", text):
        if expression in part and len(part.split()) >= 6:
            part = part.strip().rstrip(".,;") + "."
            return part[0].upper() + part[1:]
    return text


def _content(text: str) -> set[str]:
    return {
        w
        for w in re.findall(r"[a-z][a-z’'-]+", text.lower())
        if w not in EVENT_STOP_WORDS and not re.fullmatch(r"\d+", w)
    }


def _add(events: list[_Event], event: _Event) -> None:
    """Merge into an event of the same date with similar wording, else append."""
    for other in events:
        if other.date != event.date or other.resolved != event.resolved:
            continue
        shared = len(other.words & event.words)
        union = len(other.words | event.words) or 1
        if other.text == event.text or shared / union >= 0.25:
            for s in event.sources:
                if s not in other.sources:
                    other.sources.append(s)
            return
    events.append(event)
