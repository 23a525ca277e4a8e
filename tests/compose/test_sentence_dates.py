"""Tests for briefing.compose.sentence_dates: the date of the event a sentence tells."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from briefing.analyse import analyse
from briefing.compose.dating import MAX_SENTENCE_DATES, date_mentions
from briefing.compose.timeline import build_timeline
from briefing.model import Document

THU = dt.date(2018, 6, 7)  # a Thursday
OFFICIALS = "Marlow port officials said Tuesday that "


def _dates(text: str) -> list[str]:
    c = analyse([Document("a.txt", text, title="Marlow port", date=THU)], entities=True)
    return [e.date for e in build_timeline(c)]


def test_a_reported_act_at_a_time_with_no_day_is_not_dated_by_the_report():
    # The act was before the report's day, on a day no one can give.
    assert (
        _dates("The Marlow harbour master said Tuesday that he had resigned over the weekend.")
        == []
    )
    assert _dates(OFFICIALS + "they had closed the north quay earlier this week.") == []
    # Told with no time of its own, but as done before the report ("had closed"): no
    # entry either (``report_days.told_as_earlier``). A report whose vague time dates
    # something else ("a quay damaged last week") keeps the report's day.
    assert _dates(OFFICIALS + "they had closed the north quay.") == []
    assert _dates(OFFICIALS + "the north quay, which was damaged last week, reopened.") == [
        "2018-06-05"
    ]
    # A plan at a time with no day is no act done before the report.
    assert _dates(OFFICIALS + "the north quay would reopen to ferries next spring.") == [
        "2018-06-05"
    ]


def test_a_reported_act_done_by_a_thing_of_an_earlier_time_is_not_the_report_s():
    # "last April" qualifies who did what was reported: a retold act, not Tuesday's.
    assert _dates(OFFICIALS + "the sudden strike last April particularly angered the mayor.") == []
    # A time naming a thing ("last month's strike leader") is no time of the act.
    assert _dates(OFFICIALS + "last month's strike leader was arrested in Vik.") == ["2018-06-05"]
    # A time that holds the report's day is no earlier time ("this month" of a June day).
    assert _dates(OFFICIALS + "the strike this month particularly angered the mayor.") == [
        "2018-06-05"
    ]


def test_what_an_article_says_of_its_dates_is_read_once_and_kept(monkeypatch) -> None:
    # Issue 13: whether each date mention dates its sentence's event, and whether it looks
    # ahead, is a question of the article alone: read once, remembered (and stored in the
    # compose cache), and the dates are the same with the stored answers.
    from briefing.compose import article_memo, sentence_dates
    from briefing.compose.memo import BadValue

    text = (
        "The Marlow ferry sank on Monday after a storm. "
        "Officials said Tuesday that the north quay will reopen on Friday. "
        "The quay, built in 1990, was damaged last week."
    )
    article_memo.forget()
    c = analyse([Document("a.txt", text, title="Marlow ferry", date=THU)], entities=True)
    cold = sentence_dates.event_dates(c)
    reads = sentence_dates.mention_reads(c.docs[0])
    kinds = [k for spans in reads.values() for *_, k in spans]
    assert sentence_dates.SKIP in kinds and sentence_dates.AHEAD in kinds
    memo_ = article_memo.ARTICLE_MEMOS["date_mention_reads"]
    stored = memo_.encode(reads)
    assert memo_.decode(stored) == reads and memo_.fits(reads, text, 3)
    for bad in ([[0, 1, 2]], [[0, 1, 2, True]], [["0", 1, 2, "skip"]], {}):
        with pytest.raises(BadValue):
            memo_.decode(bad)
    assert not memo_.fits({0: [(5, len(text) + 1, "")]}, text, 3)

    asked: list[object] = []
    read = sentence_dates._read
    monkeypatch.setattr(sentence_dates, "_read", lambda a, m: asked.append(m) or read(a, m))
    assert sentence_dates.event_dates(c) == cold
    assert asked == []  # every mention's answer was remembered
    article_memo.forget()
    article_memo.load(article_memo.decode_answers({"date_mention_reads": [[[], stored]]}, text, 3))
    assert sentence_dates.event_dates(c) == cold
    assert asked == []  # ... or read back from the cache
    article_memo.forget()
    assert sentence_dates.event_dates(c) == cold
    assert len(asked) == len(kinds)


def test_a_sentence_reads_at_most_max_sentence_dates_dates():
    # A text of weekdays with no full stop: each 150-word sentence had 30 dates, each
    # weighed against its whole sentence.
    text = "Marlow ferry crews voted on Tuesday " * 400
    c = analyse([Document("a.txt", text, title="Marlow port", date=THU)], entities=False)
    found = Counter(m.sentence.index for m in date_mentions(c.docs[0]))
    assert found and max(found.values()) == MAX_SENTENCE_DATES
