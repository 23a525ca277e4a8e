"""One party's claim and another party's "it did not" in one article, with no dispute verb."""

from __future__ import annotations

import pytest

from briefing.compose import article_memo
from briefing.compose import corrections as module
from briefing.compose.corrections import find_corrections
from briefing.compose.memo import BadValue
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


def test_a_grown_story_reads_the_parse_of_its_new_article_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # An article's corrections are remembered per article (across builds too).
    article_memo.forget()
    first = SPEED_CLAIM + SPEED_DENIAL
    [before] = corrections(first)
    asked: list[str] = []
    told = module._told
    monkeypatch.setattr(module, "_told", lambda adoc, s: asked.append(s.text) or told(adoc, s))
    found = corrections(first, HARM_CLAIM + HARM_DENIAL)
    assert [d.topic for d in found] == [before.topic, found[1].topic]
    assert found[1].topic.endswith("the plan would not harm the market traders.")
    assert asked == [HARM_CLAIM.strip(), HARM_DENIAL.strip()]


def test_stored_corrections_give_the_same_heading_and_foreign_words_are_refused() -> None:
    text = SPEED_CLAIM + SPEED_DENIAL
    article_memo.forget()
    [before] = corrections(text)
    [stored] = article_memo.export([text])
    assert stored["article_corrections"] == [[[], [[0, 1, "speed", "a speed of twenty knots"]]]]
    article_memo.forget()
    article_memo.load(article_memo.decode_answers(stored, text, 2))
    [after] = corrections(text)
    assert after == before
    tampered = {"article_corrections": [[[], [[0, 1, "speed", "a speed of ninety knots"]]]]}
    with pytest.raises(BadValue):
        article_memo.decode_answers(tampered, text, 2)
    with pytest.raises(BadValue):
        article_memo.decode_answers({"article_corrections": [[[], [[0, "1", "", ""]]]]}, text, 2)
