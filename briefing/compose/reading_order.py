"""Where a summary statement reads: the key its list is sorted by.

A statement reads under the date of what it reports (``editorial.story_date``): its
event's date, else its article's. A statement that tells a past its article's date does
not date (``editorial.undated_past``) is shown with no date; sorted by its article's date
it read after the dated events of the months or years between, as if it had happened
last ("The Board started to revise the by-laws in 1995 and 1996" after a 2000 event:
session 30's judges). It reads instead under the earliest date its own words place
before its article ("in 1995 and 1996", "last year [1999]", "Monday [28 February 2000]",
"in the 1990s"; not a span's start, "since 1995", "since the mid-1980s"). When they
place none it keeps its article's date: read before every dated statement, such a line
went wrong as often as right on the 20 dev stories (session 30: an undated sinking
rightly first, a CERT count and a law's first day wrongly first).

A general statement (``timeless``: "A non-resident has no say in the council") shows no
date, but reads under its article's date too, not first: shown first, or between dated
lines, it read as the story's opening though its article came late (session 31: 7 of 20
dev summaries opened with such a line from a later article, D0619A's from the story's
last month). One general statement still reads first: the one that says what the
story's subject is ("X is a Y", a focus word in X: ``timeless.defines``): a reader of a
story on a theme wants it before the events (session 32: judges of unseen stories found
such a definition read late). The 20 dev summaries hold none; D0619A's remark that one
issue vexes a party (a figure of speech, no definition) is a remark, and stays put.

The background keeps ``editorial.story_date``: the years a background line names are
more often a state's start or a thing's ("executed since it was reinstated in 1976",
"rules that fight a 1997 ruling") than its own (session 30, tuning D0603C, D0635H).
"""

from __future__ import annotations

import re

from briefing.compose.dating import DateMention, resolve_date
from briefing.compose.editorial import TIMELESS, UNDATED, Key, story_date, undated_past
from briefing.compose.timeless import defines
from briefing.lang.dates import ERA_RE
from briefing.model import Corpus, Sentence

# A date that opens a span up to the article's day ("since 1995", "by 1998") dates how
# long a state has held, not when the statement's past happened.
_SPAN_OPENING_RE = re.compile(
    r"\b(?:since|by|until|till|through)\s+(?:the\s+)?(?:(?:early|mid|late)[- ]?\s*)?$",
    re.IGNORECASE,
)


def _written(members: list[Sentence], corpus: Corpus) -> Key:
    """The day the earliest article reporting a statement was written; ``TIMELESS`` (read
    first) when no article gives one."""
    days = [d for s in members if (d := corpus.docs[s.doc].document.written)]
    first = min(days, default=None)
    return (first.year, first.month, first.day) if first else TIMELESS


class ReadingOrder:
    """Sort keys of statements of one corpus (``key``), given its sentences' event dates
    and every article's date mentions (``sentence_dates.dated_events``)."""

    def __init__(
        self,
        corpus: Corpus,
        dates: dict[tuple[int, int], Key],
        mentions: list[list[DateMention]],
        focus: frozenset[str] = frozenset(),
    ) -> None:
        self.corpus = corpus
        self.focus = focus  # the focus question's stems, for ``timeless.defines``
        self.dates = dates
        self._mentions = mentions  # by article

    def mentions(self, lead: Sentence) -> list[DateMention]:
        """The date expressions ``lead`` writes."""
        return [m for m in self._mentions[lead.doc] if m.sentence.index == lead.index]

    def key(self, members: list[Sentence]) -> Key:
        """Where a summary statement (its sentences, the shown one first) reads (see the
        module)."""
        key = story_date(members, self.corpus, self.dates)
        if key == TIMELESS:
            lead = members[0]
            if defines(self.corpus.docs[lead.doc], lead, self.focus):
                return TIMELESS
            return _written(members, self.corpus)
        if key == UNDATED:
            return key
        lead = members[0]
        mentions = self.mentions(lead)
        if not undated_past(members, self.corpus, self.dates, mentions, key):
            return key
        placed = [k for k in self._own_dates(lead, mentions) if k <= key]
        return min(placed, default=key)

    def _own_dates(self, lead: Sentence, mentions: list[DateMention]) -> list[Key]:
        """The dates ``lead``'s words place: its date expressions resolved against its
        article's day, and the years and decades it names; none opening a span."""
        written = self.corpus.docs[lead.doc].document.written
        out: list[Key] = []
        for m in mentions:
            if _SPAN_OPENING_RE.search(lead.text[: m.start]):
                continue
            resolved = resolve_date(m.text, written)
            if resolved is not None and resolved[2]:
                out.append(tuple(resolved[1]))
        for m in ERA_RE.finditer(lead.text):
            if m.group("year") and not _SPAN_OPENING_RE.search(lead.text[: m.start("year")]):
                out.append((int(m.group("year")),))
        return out
