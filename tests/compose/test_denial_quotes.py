"""A bare denial and the quote after it that says what the denying party holds."""

from __future__ import annotations

from briefing.analyse import analyse
from briefing.compose.denial_quotes import argued_denial, quoted_denial
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
        CLAIM + DENIAL + '"No such beating took place at the gate. '
        'It is gossip," said the official, who would give only his first name, Marsh. '
        "The harbour reopened on Tuesday."
    )
    [found] = disputes(text)
    assert found.topic.endswith(
        "An official with the harbour police department denied the report: "
        "“No such beating took place at the gate. It is gossip.”"
    )
    assert found.claims[0].text.startswith("A rights group said that two hundred police")
    assert found.claims[1].text == (
        DENIAL + '"No such beating took place at the gate. '
        'It is gossip," said the official, who would give only his first name, Marsh.'
    )


def test_a_quote_of_someone_else_or_of_nobody_is_not_joined():
    others = (
        '"No such beating took place at the gate," said a union leader, Tom Reyes. ',
        '"No such beating took place at the gate," he said. ',
        '"No such beating took place at the gate." ',
        "No such beating took place at the gate, the official said. ",  # no quote
    )
    for after in others:
        found = disputes(CLAIM + DENIAL + after + "The harbour reopened on Tuesday.")
        # Shown, if at all, with the report told (``pointed_claims``), never the quote.
        assert all("No such beating" not in d.topic + d.claims[-1].text for d in found)


def test_a_heading_without_a_rejecting_verb_joins_nothing():
    text = DENIAL + '"It is gossip," said the official.'
    adoc = analyse([Document(location="a.txt", text=text, title="Harlow")]).docs[0]
    assert quoted_denial(adoc, adoc.sentences[0], "The harbour reopened.") is None
    joined = quoted_denial(adoc, adoc.sentences[0], DENIAL.strip())
    assert joined is not None and joined.heading.endswith("report: “It is gossip.”")


THEORY = (
    "The harbour board lent weight to the theory by arguing that the Harlow pier had "
    "two breaks, one at each end of the quay. "
)
LABELLED = "The mayor's allies reject the two-breaks theory. "


def test_a_theory_named_by_its_label_is_shown_with_what_its_party_argues_instead():
    text = THEORY + LABELLED + "They argue that the pier was sound until the ferry struck it."
    [found] = disputes(text)
    assert found.topic.endswith(
        "The mayor's allies reject the two-breaks theory [that the Harlow pier had two "
        "breaks]: they argue that the pier was sound until the ferry struck it."
    )
    assert found.claims[0].text == THEORY.strip()
    assert found.claims[1].text == LABELLED + (
        "They argue that the pier was sound until the ferry struck it."
    )


def test_a_theory_named_by_its_label_alone_is_not_shown():
    for after in (
        "The ferry sailed again on Tuesday.",
        "He argues that the pier was sound until the ferry struck it.",  # not the allies
    ):
        assert disputes(THEORY + LABELLED + after) == []


def test_an_argument_goes_with_the_pronoun_of_its_party():
    text = "Mayor Ada Velm rejects the two-breaks theory. They argue that it was sound."
    adoc = analyse([Document(location="a.txt", text=text, title="Harlow")]).docs[0]
    assert argued_denial(adoc, adoc.sentences[0], adoc.sentences[0].text) is None
    text = "Mayor Ada Velm rejects the two-breaks theory. She argues that it was sound."
    adoc = analyse([Document(location="a.txt", text=text, title="Harlow")]).docs[0]
    joined = argued_denial(adoc, adoc.sentences[0], adoc.sentences[0].text)
    assert joined is not None
    assert joined.heading.endswith("theory: she argues that it was sound.")


def test_an_argument_told_with_no_that_after_an_adverbed_denial_is_joined():
    # issue 11: "<party> hotly contest the idea. They say the real cause was …"
    denial = "The mayor's allies hotly reject the two-breaks theory. "
    argued = "They say the likeliest cause is a crack in the ferry's hull."
    [found] = disputes(THEORY + denial + argued)
    assert found.topic.endswith(
        "hotly reject the two-breaks theory [that the Harlow pier had two breaks]: they say "
        "the likeliest cause is a crack in the ferry's hull."
    )
    # "They say" with no clause of what the allies hold is no argument joined.
    assert disputes(THEORY + denial + "They say so often.") == []
