"""Repeats: an entry that tells the event of an entry a day or two before joins it."""

from __future__ import annotations

import datetime as dt

from briefing.compose.repeats import REPEAT_DAYS, repeats

D = dt.date(2018, 6, 5)


def test_a_repeat_joins_the_earliest_entry_within_the_window():
    days = [D, D + dt.timedelta(days=1), D + dt.timedelta(days=2), None]
    joins = repeats(days, lambda a, b: True)
    # The coarse date never joins; each later day joins the first entry.
    assert joins == {1: 0, 2: 0}


def test_no_join_beyond_the_window_on_the_same_day_or_for_another_event():
    far = D + dt.timedelta(days=REPEAT_DAYS + 1)
    assert repeats([D, far], lambda a, b: True) == {}
    assert repeats([D, D], lambda a, b: True) == {}  # the same day is the merge's
    assert repeats([D, D + dt.timedelta(days=1)], lambda a, b: False) == {}


def test_a_joined_entry_is_never_joined_to():
    days = [D, D + dt.timedelta(days=2), D + dt.timedelta(days=4)]
    # Entry 1 joins entry 0; entry 2 is 2 days after entry 1 but 4 after entry 0.
    assert repeats(days, lambda a, b: True) == {1: 0}


def _story(*texts_and_days: tuple[str, dt.date]) -> list[tuple[str, list[int]]]:
    from briefing.analyse import analyse
    from briefing.compose.timeline import build_timeline
    from briefing.model import Document

    docs = [
        Document(location=f"doc{i}.txt", text=t, title=f"Doc {i}", date=d)
        for i, (t, d) in enumerate(texts_and_days)
    ]
    return [(e.date, e.sources) for e in build_timeline(analyse(docs, entities=True))]


WED, THU = dt.date(2018, 6, 6), dt.date(2018, 6, 7)
CLOSED = "The Harbour Board closed the port of Rotterdam to ships of the Kestrel Line on Tuesday."


def test_another_article_retelling_the_act_a_day_later_joins_it_citing_both():
    # The second article names the doer, the act and one more name, not the third one: the
    # day after, one event told again, under its first day and citing both articles.
    retold = "The Harbour Board closed the port of Rotterdam on Wednesday."
    assert _story((CLOSED, WED), (retold, THU)) == [("2018-06-05", [1, 2])]
    # Another doer, or the doer alone with nothing else named, is another event.
    for other in (
        "The city council closed the port of Rotterdam on Wednesday.",
        "The Harbour Board closed its offices on Wednesday.",
    ):
        assert _story((CLOSED, WED), (other, THU)) == [("2018-06-05", [1]), ("2018-06-06", [2])]


def test_one_article_s_two_days_are_two_events():
    text = f"{CLOSED} The Harbour Board closed the port of Rotterdam to ferries on Wednesday."
    # The same act of the same doer told under two days by one article: two closures.
    assert _story((text, THU)) == [("2018-06-05", [1]), ("2018-06-06", [1])]


def test_a_statement_reported_days_later_joins_the_day_it_was_made():
    speech = (
        "Harbour minister Dana Holt said in a speech Monday that the Marlow quay would reopen "
        "to ferries next spring after repairs."
    )
    # Two days later in other words: the relay of a report (a day) does not reach it.
    later = (
        "The Marlow quay will reopen to ferries next spring once repairs end, Harbour "
        "Minister Dana Holt said Wednesday."
    )
    tue = dt.date(2018, 6, 5)
    assert _story((speech, tue), (later, THU)) == [("2018-06-04", [1, 2])]
    # The same speaker on another matter is another statement.
    fares = "Holt said Wednesday that the fares rose by a tenth."
    assert _story((speech, tue), (fares, THU)) == [("2018-06-04", [1]), ("2018-06-06", [2])]
