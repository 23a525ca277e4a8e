"""One party's claim and another party's "it did not" in one article, with no dispute verb."""

from __future__ import annotations

from briefing.compose.corrections import find_corrections
from tests.compose.conftest import articles

SPEED_CLAIM = (
    "Based on early readings, inspectors had said last week that the ferry may have "
    "topped a speed of twenty knots. "
)
SPEED_DENIAL = "But Brandt said Wednesday the logs show the ferry never reached such speeds. "
HARM_CLAIM = (
    "The mayor also said she feared that the plan may harm the market traders of the old town. "
)
HARM_DENIAL = "Quist said some shop owners told him the plan would not harm the market traders. "


def corrections(*texts: str) -> list:
    return find_corrections(articles(*texts), set())


def test_a_such_pointing_back_to_another_partys_claim_is_a_dispute():
    [found] = corrections(SPEED_CLAIM + SPEED_DENIAL + "The ferry sailed again on Friday.")
    assert found.kind == "dispute"
    assert found.topic == (
        "Disputed (one source reports both sides): Brandt said Wednesday the logs show the "
        "ferry never reached such speeds [a speed of twenty knots]."
    )
    assert [c.text for c in found.claims] == [SPEED_CLAIM.strip(), SPEED_DENIAL.strip()]


def test_the_same_event_told_the_other_way_round_by_another_party_is_a_dispute():
    text = HARM_CLAIM + "The council meets again in May. " + HARM_DENIAL
    [found] = corrections(text)
    assert found.topic.endswith(
        "Quist said some shop owners told him the plan would not harm the market traders."
    )
    assert [c.text for c in found.claims] == [HARM_CLAIM.strip(), HARM_DENIAL.strip()]


def test_a_sentence_shown_elsewhere_is_not_shown_again():
    corpus = articles(HARM_CLAIM + HARM_DENIAL)
    assert find_corrections(corpus, {HARM_DENIAL.strip()}) == []


def test_one_party_going_on_a_part_of_them_or_a_pronoun_is_no_dispute():
    same_party = "The mayor said the plan would not harm the market traders. "
    assert corrections(HARM_CLAIM + same_party.replace("The mayor", "The mayor also")) == []
    part = (
        "The agency said the average worker received a stipend of twenty pounds. "
        "But Okafor said that 300 workers never received a stipend. "
    )
    assert corrections(part) == []
    pronoun = SPEED_CLAIM + "But he said the logs show the ferry never reached such speeds."
    assert corrections(pronoun) == []
    other_event = "Quist said the plan would not close the market. "
    assert corrections(HARM_CLAIM + other_event) == []
