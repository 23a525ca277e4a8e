"""Dates in running text: find the expressions, tell the sentence's own date from a
background one, and resolve each against its article's publication date.

Resolved dates are ISO at the precision stated (YYYY, YYYY-MM, YYYY-MM-DD). "June 3, 2018"
and "in 2012" stand alone; "June 3", "in April", "last month" and "Tuesday" need the
article's date and stay as written, unresolved, without it (no year is ever guessed).
A month and day without a year goes to the year that puts it nearest the article when
that is close; otherwise to a date another article states unambiguously (the corpus's
anchors), else forward when the sentence speaks of the future ("will", "scheduled") and
back when it does not. "Last week"/"this week" name no day and are left out. A date
that only qualifies a noun ("the Oct. 14 crash", "Sunday's vote") or a subordinate
phrase ("two weeks before the March 26 election") is background, not the sentence's event.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from briefing.lang.dates import (
    BARE_MONTH_RE,
    CLAUSE_BREAK_RE,
    DATE_PATTERNS,
    DETERMINER_BEFORE_RE,
    FUTURE_CUE_RE,
    LAST_WEEKDAY_RE,
    MONTH_CUE_RE,
    ORDINAL_SUFFIX_RE,
    PARTICIPLE_CLAUSE_RE,
    POSSESSIVE_AFTER_RE,
    POSSESSIVE_END_RE,
    RELATIVE_CLAUSE_RE,
    SUBORDINATE_BEFORE_RE,
    TIME_DAY_RE,
    WORD_AFTER_RE,
    YEAR_CUE_RE,
    YEAR_RE,
)
from briefing.lang.months import MONTHS, WEEKDAYS
from briefing.model import AnalysedDocument, Sentence

_WEEKDAY_NUMBERS = {name: number for number, name in enumerate(WEEKDAYS)}
DATE_PATTERNS_BY_KIND = dict(DATE_PATTERNS)
# Within this many days before the article (or FORWARD_DAYS after it) a month-day is
# read as the nearest one and anchors the same month-day elsewhere (a crash "Oct. 30"
# in a Nov. 1 article). Forward reach is short: "October 30" in a mid-September article
# was last year's crash (story_eval D0617H).
CLOSE_DAYS = 45
FORWARD_DAYS = 14
# A bare weekday that falls the day after the article's own ("Monday" in a Sunday
# article) would be six days back by the news convention, but on the dev stories it was
# mostly tomorrow's plan or a dispatch dated a day early ("looked set for victory
# Monday", "Halloran's plans Monday"; 15 of 17 on the 11 tuning stories): no date.
AMBIGUOUS_WEEKDAY_LAG = 6
# A month-day read as last year's when the same day comes within this many days after
# the article is left undated (CHECK D0629B: a forecast "because of Jan. 1" in a
# mid-December article placed 349 days back; no other entry of the 20 TUNING+CHECK
# stories has its year so in doubt).
DOUBT_AHEAD_DAYS = 31
# A month-day read as more than this many days before its article, in an article whose
# text before it last wrote an earlier year, is left undated: "With the vote set for
# summer 1998 ... At a June 15 press briefing" in a January 2000 article is June 1998's,
# not 1999's (TUNING D0635H). On the 20 TUNING+CHECK stories it holds for that one
# sentence only (at 150 or 180 days); chronologies' month-days ("Nov. 22 -- ...") have no
# year before them.
STALE_DAYS = 180
# Back- or forward-looking slack around the article's day (a late-evening event).
# Chosen by hand in a6d0c1f; not benchmarked.
SLACK_DAYS = 1
# A sentence's date mentions past this many are not read: each is weighed against its whole
# sentence (the words before it, the verbs above it), and a text of weekdays with no full
# stop has 30 in each of its 150-word sentences. The most in one sentence over 8 dev
# stories (half A and D0617H D0631D D0635H) is 5.
MAX_SENTENCE_DATES = 16


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
    for kind, pattern in DATE_PATTERNS:
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
        if kind == "weekday" and not future and not LAST_WEEKDAY_RE.search(text):
            wd = _WEEKDAY_NUMBERS[(groups.get("wd") or "").lower()]
            if (published.weekday() - wd) % 7 == AMBIGUOUS_WEEKDAY_LAG:
                return None
        return _relative(kind, groups, published, future, last=bool(LAST_WEEKDAY_RE.search(text)))
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
    slack = dt.timedelta(days=SLACK_DAYS)
    ahead = [c for c in candidates if c >= published - slack]
    behind = [c for c in candidates if c <= published + slack]
    # A sentence that looks ahead never goes back: "executions are scheduled … on Sept. 27"
    # in a Sept. 12 article is this September, whatever year another article gives the day.
    known = [c for c in (ahead if future else candidates) if anchors and anchors[c]]
    if known:
        return max(known, key=lambda c: (anchors[c] if anchors else 0, -abs(c - published))).year
    if future:
        return min(ahead).year if ahead else nearest.year
    return max(behind).year if behind else nearest.year


def year_in_doubt(expression: str, key: tuple[int, ...], published: dt.date | None) -> bool:
    """Whether a month-day without a year (sort key ``key``) was placed almost a year
    before its article while the same day comes within ``DOUBT_AHEAD_DAYS`` after it:
    "Jan. 1" in a mid-December article is more likely the coming one, whatever tense
    the sentence has (a quote, a forecast), so no dated list should place it."""
    if published is None or len(key) < 3 or not key[2] or not _month_day_only(expression):
        return False
    with contextlib.suppress(ValueError):
        ahead = dt.date(key[0] + 1, key[1], key[2])
        return 0 < (ahead - published).days <= DOUBT_AHEAD_DAYS
    return False


def year_left_behind(
    expression: str, key: tuple[int, ...], published: dt.date | None, before: str
) -> bool:
    """Whether a month-day without a year (sort key ``key``) was placed more than
    ``STALE_DAYS`` before its article while the article's text ``before`` it last wrote
    an earlier year: the story it tells there is that year's, not the one reckoned back
    from the article's day."""
    if published is None or len(key) < 3 or not key[2] or not _month_day_only(expression):
        return False
    with contextlib.suppress(ValueError):
        if (published - dt.date(key[0], key[1], key[2])).days > STALE_DAYS:
            years = YEAR_RE.findall(before)
            return bool(years) and int(years[-1]) < key[0]
    return False


def _month_day_only(expression: str) -> bool:
    """Whether the date expression is a month and day written without a year."""
    text = " ".join(expression.split())
    return any(DATE_PATTERNS_BY_KIND[k].search(text) for k in ("md", "dm")) and not any(
        DATE_PATTERNS_BY_KIND[k].search(text) for k in ("mdy", "dmy")
    )


def is_close(month: int, day: int, published: dt.date) -> dt.date | None:
    """The month-day's date when it is within ``CLOSE_DAYS`` of the article, else None."""
    year = month_day_year(month, day, published)
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return date if -CLOSE_DAYS <= (date - published).days <= FORWARD_DAYS else None


def _relative(
    kind: str, groups: dict[str, str | None], published: dt.date, future: bool, *, last: bool
) -> Resolved | None:
    p = published
    if kind == "today":
        return p.isoformat(), (p.year, p.month, p.day), True
    if kind == "yesterday":
        d = p - dt.timedelta(days=1)
        return d.isoformat(), (d.year, d.month, d.day), True
    if kind == "weekday":
        # News convention: "on Tuesday" is the most recent Tuesday, the article's day
        # included; "will meet Tuesday" the next one; "last Tuesday" is before the
        # article's day ("first appeared last Friday" in a Friday article: a week back),
        # whatever the clause speaks of ("would have warned the drivers last Monday").
        wd = _WEEKDAY_NUMBERS[(groups.get("wd") or "").lower()]
        if last:
            d = p - dt.timedelta(days=(p.weekday() - wd - 1) % 7 + 1)
        elif future:
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
    return ORDINAL_SUFFIX_RE.sub(r"\1", written)


def looks_ahead(text: str, start: int) -> bool:
    """Whether the clause holding the date at ``start`` speaks of the future ("will
    resume talks Thursday"; not "met Wednesday, and will resume talks Thursday")."""
    clause = CLAUSE_BREAK_RE.split(text[:start])[-1]
    return bool(FUTURE_CUE_RE.search(clause))


def is_plan(key: tuple[int, ...], published: dt.date | None, *, future: bool) -> bool:
    """Whether a month or year (sort key ``(year, month, 0)``) names what is still to come
    for its article: looked ahead to ("expects to decide in September", "will be sworn in
    in early May") or after the article's own month or year ("accepted for publication
    next month"). A plan at that precision is no event of the story yet."""
    if published is None:
        return False
    year, month = key[0], key[1]
    if future:
        return True
    if month == 0:
        return year > published.year
    return (year, month) > (published.year, published.month)


def is_background(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` dates something the sentence only mentions."""
    before, after = text[:start], text[end:]
    if POSSESSIVE_AFTER_RE.match(after) or POSSESSIVE_END_RE.search(text[start:end]):
        return True  # "Sunday's vote"
    if SUBORDINATE_BEFORE_RE.search(before):
        return True
    # "..., the engineer who drove the first tram in 1962": a relative clause's date;
    # "has spoken little since losing the vote on Sunday": a participle clause's.
    if RELATIVE_CLAUSE_RE.search(before) or PARTICIPLE_CLAUSE_RE.search(before):
        return True
    if DETERMINER_BEFORE_RE.search(before) and WORD_AFTER_RE.match(after):
        # The sentence's own subject ("The Oct. 14 crash killed 164") is its event.
        return bool(re.search(r"\w", before[: DETERMINER_BEFORE_RE.search(before).start()]))
    return False


def date_mentions(adoc: AnalysedDocument) -> list[DateMention]:
    """Every date expression of the article, spaCy's DATE entities when present."""
    by_index = {s.index: s for s in adoc.sentences}
    out: list[DateMention] = []
    per_sentence: Counter[int] = Counter()
    if adoc.parse is not None:
        for m in adoc.mentions:
            if m.sentence not in by_index or per_sentence[m.sentence] >= MAX_SENTENCE_DATES:
                continue
            if m.label != "DATE" and not (m.label == "TIME" and TIME_DAY_RE.search(m.text)):
                continue
            sent = by_index[m.sentence]
            # spaCy reads "in 2012" right but also "2,000"-like counts; skip digits glued to more.
            after = adoc.document.text[m.end : m.end + 2]
            if re.match(r"[\d,]\d", after):
                continue
            # A bare month name is a date only after a cue ("in March"), not "Capt. Alden March".
            before = adoc.document.text[max(0, m.start - 12) : m.start]
            if BARE_MONTH_RE.match(m.text.strip()) and not MONTH_CUE_RE.search(before):
                continue
            start = sent.text.find(m.text, max(0, m.start - sent.start - 8))
            if start < 0:
                start = max(0, m.start - sent.start)
            out.append(DateMention(sent, m.text, start, start + len(m.text)))
            per_sentence[m.sentence] += 1
        return out
    for sent in adoc.sentences:
        taken: list[tuple[int, int]] = []
        for kind, pattern in DATE_PATTERNS:
            rx = YEAR_CUE_RE if kind == "y" else pattern
            if kind == "m":
                continue  # a bare month name ("may") is too ambiguous without a parser
            for m in rx.finditer(sent.text):
                if len(taken) >= MAX_SENTENCE_DATES:
                    break
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
            m = DATE_PATTERNS_BY_KIND[kind].search(text)
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
