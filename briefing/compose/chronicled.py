"""Whether another source's key-dates list tells a statement's dated event (the † decision).

A chronology tells each day's event in a few words of its own ("May 4 -- Land board
upholds its ruling, says stay on the mill's sale would lapse ..."), so the
† test's cover (``corroboration``) seldom reaches a statement telling that event at length
("On Friday the owners lost perhaps their last bid to stop the mill's sale").
A line of such a list (``lang.dates.LIST_LINE_RE``, after any leading dash) reports the
statement's fact when both tell an event of the same day (``sentence_dates.event_dates``:
a day, not a month or a year), the line holds ``LINE_SHARED`` content stems of the
statement's fact (no weekday, month or figure: the date is what brought them together),
and it says it the same way round (``polarity``). A list gives one line to a day, the
day's main event; so few shared words are enough there, and only there.

A match only says that the other source reports the fact (no †): the line is never
cited for it, its words being its own.

The other way round, a sentence dated another day, month or year than the statement tells
another event, however many words they share (``other_dates``): "the mayor on Monday pledged
to widen the port" is not reported by "the mayor will attend a ceremony at the port on
Wednesday". On the 20 dev briefs (session 28) it put the † on four statements, each
right by reading the articles, and took no other † off or on (commits d9ee086, 8564bf5).
"""

from __future__ import annotations

import functools

from briefing.compose.fact_core import core
from briefing.compose.fact_words import fact_stems
from briefing.compose.near_duplicates import content_stems
from briefing.compose.polarity import same_way
from briefing.lang.dates import LIST_LINE_RE
from briefing.lang.months import MONTHS, WEEKDAYS
from briefing.lang.words import words
from briefing.model import Corpus, Sentence

# Chosen on the two TUNING stories with key-dates lists (session 27: D0631D, D0647B): at
# three, the one † statement dated on a list's day loses its † (D0647B: the relatives'
# lost appeal of June 23, which the list tells as "Appeals panel upholds its ruling";
# a strict reader judged that † wrong in session 26); nothing else in the 11 TUNING briefs moves.
LINE_SHARED = 3


@functools.cache
def _no_fact() -> frozenset[str]:
    """Their stems, worked out on first use (``near_duplicates._stemmer``)."""
    return content_stems([*WEEKDAYS, *MONTHS])


_DASHES = "-–— "


def list_line(text: str) -> bool:
    """Whether ``text`` is a line of a key-dates list ("June 23 -- ...", "-- 1976: ...")."""
    return LIST_LINE_RE.match(text.lstrip(_DASHES)) is not None


class Chronicle:
    """The key-dates lines of a corpus, by the day of the event each tells."""

    def __init__(self, corpus: Corpus, dates: dict[tuple[int, int], tuple[int, ...]]) -> None:
        self.dates = dates
        self.lines: dict[tuple[int, ...], list[Sentence]] = {}
        for (doc, index), day in dates.items():
            sentence = corpus.docs[doc].sentences[index]
            if _is_day(day) and list_line(sentence.text):
                self.lines.setdefault(day, []).append(sentence)

    def sources(self, statement: Sentence) -> set[int]:
        """The other sources whose list line tells ``statement``'s dated event."""
        day = self.dates.get((statement.doc, statement.index))
        if day is None or day not in self.lines:
            return set()
        mine = _told(fact_stems(words(core(statement.text))))
        return {
            line.source_id
            for line in self.lines[day]
            if line.source_id != statement.source_id
            and len(mine & _told(fact_stems(line.words))) >= LINE_SHARED
            and same_way(statement.text, line.text)
        }


def _is_day(day: tuple[int, ...]) -> bool:
    """A day's key (year, month and day all known), not a month's or a year's."""
    return len(day) >= 3 and all(day[:3])


def _told(stems: frozenset[str]) -> frozenset[str]:
    """The stems that tell what happened: no weekday, month or figure."""
    no_fact = _no_fact()
    return frozenset(w for w in stems if w not in no_fact and not any(c.isdigit() for c in w))


def other_dates(dates: dict[tuple[int, int], tuple[int, ...]], a: Sentence, b: Sentence) -> bool:
    """Whether ``a`` and ``b`` tell events of two different dates (``sentence_dates.
    event_dates``, compared as far as both are known: another year, another month of the
    year, another day of the month): then neither reports the other's fact, whatever words
    they share ("pensions up 20 percent from Feb. 1, he said Tuesday" / "his promise on
    Friday to raise salaries by 20 percent"; "joined the convention in 1992" / "the
    convention, signed in 1971")."""
    day_a, day_b = dates.get((a.doc, a.index)), dates.get((b.doc, b.index))
    if day_a is None or day_b is None:
        return False
    for x, y in zip(day_a[:3], day_b[:3], strict=False):
        if not x or not y:
            return False
        if x != y:
            return True
    return False
