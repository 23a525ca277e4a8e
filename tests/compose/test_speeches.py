"""Statements: who spoke, what they said, and when two sentences report one statement."""

from __future__ import annotations

import datetime as dt

from briefing.analyse import analyse
from briefing.compose.speeches import Statement, same_statement, statement_of
from briefing.model import Document
from briefing.parsed import tokens_at


def _statement(text: str) -> Statement | None:
    c = analyse([Document("a.txt", text, title="Quay", date=dt.date(2018, 6, 6))], entities=True)
    span = tokens_at(c.docs[0].parse, 0, len(text))
    assert span is not None
    return statement_of(span)


def test_a_statement_has_its_named_speaker_and_the_words_said_without_names_or_dates():
    said = _statement("Minister Dana Holt said Tuesday that the quay would reopen after repairs.")
    assert said is not None and "holt" in said.speakers
    assert {"quay", "reopen", "repair"} <= said.said
    assert not said.said & {"holt", "tuesday", "dana"}
    # The saying verb under what was said ("…, the minister said") is read the same way.
    after = _statement("The quay will reopen after repairs, Minister Dana Holt said Tuesday.")
    assert after is not None and "holt" in after.speakers and "reopen" in after.said


def test_no_statement_without_a_saying_verb_or_a_named_speaker():
    assert _statement("Minister Dana Holt reopened the quay on Tuesday after repairs.") is None
    assert _statement("Officials said Tuesday that the quay would reopen after repairs.") is None


def test_one_statement_needs_a_speaker_in_common_and_enough_of_the_same_words():
    a = Statement(frozenset({"holt"}), frozenset({"quay", "reopen", "repair", "ferri"}))
    assert same_statement(
        a, Statement(frozenset({"holt"}), frozenset({"quay", "reopen", "repair"}))
    )
    assert not same_statement(a, Statement(frozenset({"brandt"}), a.said))
    assert not same_statement(a, Statement(a.speakers, frozenset({"quay", "reopen", "fare"})))
    assert not same_statement(a, None)


def test_the_speaker_s_words_are_the_saying_verb_s_subject():
    from briefing.compose.speeches import speaker_words

    text = "Harbour Minister Ida Holt said Tuesday that the ferry company had cut its fares."
    doc = analyse([Document(location="a.txt", text=text, title="T", date=dt.date(2018, 6, 6))])
    span = tokens_at(doc.docs[0].parse, 0, len(text))
    assert span is not None
    assert speaker_words(span) == ["harbour", "minister", "ida", "holt"]
    plain = "The ferry company cut its fares."
    doc = analyse([Document(location="a.txt", text=plain, title="T", date=dt.date(2018, 6, 6))])
    assert speaker_words(tokens_at(doc.docs[0].parse, 0, len(plain))) == []
