from __future__ import annotations

import pytest

from briefing.analyse import analyse
from briefing.compose import article_memo
from briefing.compose.events import EventIndex
from briefing.compose.lead_events import lead_event
from briefing.compose.memo import BadValue
from briefing.model import Document


def test_a_sentence_s_acts_and_names_are_read_once_and_stored_as_read() -> None:
    article_memo.forget()
    text = (
        "The Orvane council closed the Bexley bridge on Monday. "
        "Residents of Bexley said they were surprised."
    )
    corpus = analyse([Document(location="bexley.txt", text=text, title="Bridge")])
    events = EventIndex(corpus)
    first = corpus.docs[0].sentences[0]
    told = lead_event(events, first)
    event = events.of(first)
    acts = frozenset(a.verb for a in event.acts) if event else frozenset()
    assert told == (acts, events.names_in(first))
    memo = article_memo.ARTICLE_MEMOS["lead_events"]
    assert memo.values[(text, 0)] == told
    assert memo.decode(memo.encode(told)) == told
    events.events.clear()  # asked again: the memo answers, the parse is not read again
    assert lead_event(events, first) == told
    assert events.events == {}
    article_memo.forget()


@pytest.mark.parametrize("data", [["close"], [["close"], "bexley"], [["close"], [1]], None])
def test_a_stored_value_that_is_not_two_lists_of_words_is_refused(data: object) -> None:
    memo = article_memo.ARTICLE_MEMOS["lead_events"]
    with pytest.raises(BadValue):
        memo.decode(data)
