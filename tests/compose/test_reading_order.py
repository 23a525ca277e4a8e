"""Where a summary statement reads: an undated past under the date its words give."""

from __future__ import annotations

import datetime as dt

from briefing.compose.editorial import TIMELESS, story_date
from briefing.compose.near_duplicates import stem
from briefing.compose.reading_order import ReadingOrder
from briefing.compose.sentence_dates import dated_events, event_dates
from briefing.model import Corpus, Sentence

from .conftest import articles

MONDAY = dt.date(2006, 3, 6)


def _sentence(c: Corpus, start: str) -> Sentence:
    return next(s for s in c.sentences() if s.text.startswith(start))


def test_an_undated_past_reads_under_the_date_its_words_give_not_its_articles() -> None:
    c = articles(
        "The Marlow council voted on Monday to close the old river bridge to trucks. "
        "The old ferry sank in a storm off the harbour wall. "
        "The council first began reviewing the bridge rules in 1995 and 1996. "
        "A survey released Monday showed that most farmers want the bridge open.",
        date=MONDAY,
    )
    dates, mentions = dated_events(c)
    assert dates == event_dates(c)
    assert [[m.text for m in ms] for ms in mentions] == [["Monday", "1995", "1996", "Monday"]]
    order = ReadingOrder(c, dates, mentions)
    opening, sinking, reviewing, survey = (
        _sentence(c, s) for s in ("The Marlow", "The old ferry", "The council first", "A survey")
    )
    assert order.key([opening]) == story_date([opening], c, dates) == (2006, 3, 6)
    assert story_date([reviewing], c, dates) == (2006, 3, 6)  # its article's day ...
    assert TIMELESS < order.key([reviewing]) == (1995,)  # ... but it names its year
    assert order.key([sinking]) == (2006, 3, 6)  # no date of its own: its article's
    assert order.key([survey]) == (2006, 3, 6)  # the day it names


def test_a_general_statement_reads_under_its_articles_date_not_first() -> None:
    early = articles(
        "The Marlow council voted on Monday to close the old river bridge to trucks.", date=MONDAY
    )
    late = articles(
        "A visitor to the island has no say in the council of Varga.",
        date=dt.date(2006, 9, 4),
    )
    (vote,) = early.docs[0].sentences
    (general,) = late.docs[0].sentences
    assert story_date([general], late, event_dates(late)) == TIMELESS  # shown undated ...
    assert ReadingOrder(late, *dated_events(late)).key([general]) == (2006, 9, 4)  # ... read then
    assert ReadingOrder(early, *dated_events(early)).key([vote]) == (2006, 3, 6)


def test_a_general_statement_saying_what_the_subject_is_reads_first() -> None:
    late = articles(
        "Barkrot is a fungal disease of the bark of old oaks. "
        "A visitor to the island has no say in the council of Varga.",
        date=dt.date(2006, 9, 4),
    )
    defining, general = late.docs[0].sentences
    focus = frozenset({stem("barkrot")})
    order = ReadingOrder(late, *dated_events(late), focus)
    assert order.key([defining]) == TIMELESS  # the story's opening
    assert order.key([general]) == (2006, 9, 4)  # what is not its subject: its article's day
    assert ReadingOrder(late, *dated_events(late)).key([defining]) == (2006, 9, 4)  # no focus
