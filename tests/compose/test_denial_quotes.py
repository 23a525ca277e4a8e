"""A bare denial and the quote after it that says what the denying party holds."""

from __future__ import annotations

from briefing.analyse import analyse
from briefing.compose.denial_quotes import quoted_denial
from briefing.compose.disputes import find_disputes
from briefing.model import Document

CLAIM = (
    "A rights group said that two hundred police beat twenty ferry workers who protested "
    "at the Harlow harbour gate and arrested six of them. "
)
DENIAL = "An official with the harbour police department denied the report. "


def disputes(text: str) -> list:
    return find_disputes(analyse([Document(location="a.txt", text=text, title="Harlow")]))


def test_a_denial_is_shown_with_the_quote_its_party_goes_on_with():
    text = (
        CLAIM + DENIAL + '"Nothing like that happened at the gate. '
        'It is a rumor," said the official, who gave only his surname, Marsh. '
        "The harbour reopened on Tuesday."
    )
    [found] = disputes(text)
    assert found.topic.endswith(
        "An official with the harbour police department denied the report: "
        "“Nothing like that happened at the gate. It is a rumor.”"
    )
    assert found.claims[0].text.startswith("A rights group said that two hundred police")
    assert found.claims[1].text == (
        DENIAL + '"Nothing like that happened at the gate. '
        'It is a rumor," said the official, who gave only his surname, Marsh.'
    )


def test_a_quote_of_someone_else_or_of_nobody_is_not_joined():
    others = (
        '"Nothing like that happened at the gate," said a union leader, Tom Reyes. ',
        '"Nothing like that happened at the gate," he said. ',
        '"Nothing like that happened at the gate." ',
        "Nothing like that happened at the gate, the official said. ",  # no quote
    )
    for after in others:
        assert disputes(CLAIM + DENIAL + after + "The harbour reopened on Tuesday.") == []


def test_a_heading_without_a_rejecting_verb_joins_nothing():
    text = DENIAL + '"It is a rumor," said the official.'
    adoc = analyse([Document(location="a.txt", text=text, title="Harlow")]).docs[0]
    assert quoted_denial(adoc, adoc.sentences[0], "The harbour reopened.") is None
    joined = quoted_denial(adoc, adoc.sentences[0], DENIAL.strip())
    assert joined is not None and joined.heading.endswith("report: “It is a rumor.”")
