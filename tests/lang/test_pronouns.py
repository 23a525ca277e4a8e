"""Pronouns and summing-up nouns whose person or things an earlier sentence named."""

from __future__ import annotations

import time

import pytest

from briefing.lang.anaphora import leans_back
from briefing.lang.pronouns import opening_pronoun, summed_up_before, unnamed_him, unnamed_speaker


@pytest.mark.parametrize(
    "text",
    [
        "The harbour trust asked him to a supper at the boathouse.",
        "When a warden stopped him on the towpath in 2001, the ferry pass was out of date.",
        "For all the fines brought against him over a decade, none was paid.",
        "In May the council hired him to run the ferry.",
    ],
)
def test_him_with_no_name_before_it(text: str) -> None:
    assert unnamed_him(text)
    assert leans_back(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dell Harlow said the board had paid him twice for the same repair.",
        "The ferry master, Ada Moss, hired him in May.",
        "Harlow left the yard after the board fired him.",
        "The council will meet on Friday to vote on the ferry tolls.",
        "On Monday the board thanked himself and the crew.",  # no 'him' word
    ],
)
def test_him_after_a_name_or_no_him(text: str) -> None:
    assert not unnamed_him(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ferry owners at the harbour say these things cost them a season of trade.",
        "Nobody at the yard is happy with how those laws have worked out since the vote.",
        "Boat builders mindful of the delays take these demands seriously.",
    ],
)
def test_summing_up_noun_from_before(text: str) -> None:
    assert summed_up_before(text)
    assert leans_back(text)


@pytest.mark.parametrize(
    "text",
    [
        "The council passed new mooring rules in May, and under those rules a boat pays twice.",
        "Those who use the ferry every day pay half the fare.",
        "The harbour master said these boats were built at the old yard.",
    ],
)
def test_summing_up_noun_named_in_the_sentence_or_no_such_noun(text: str) -> None:
    assert not summed_up_before(text)


def test_long_text_is_quick() -> None:
    text = "Ferry " * 40_000 + "him " + "claims under these claims " * 20_000
    start = time.process_time()
    unnamed_him(text)
    summed_up_before(text)
    assert time.process_time() - start < 1.0


@pytest.mark.parametrize(
    ("text", "unnamed"),
    [
        ("The toll, he said, will rise.", True),
        ("Hall said the toll, he said, will rise.", False),
        ("Al-Hakim said the toll, he said, will rise.", False),
        ("Mr. al-Hakim said the toll, he said, will rise.", False),
        ("J.Hall told the board the toll, he said, will rise.", False),
        ("Dr. o'Hall said the toll, he said, will rise.", False),
        ("the board told o'hall the toll, he said, will rise.", True),
    ],
)
def test_a_name_before_he_said_is_the_speaker(text: str, unnamed: bool) -> None:
    assert unnamed_speaker(text) is unnamed


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("In 1987, he sold the ferry.", "he"),
        ("On Friday she closed the pier.", "she"),
        ("After Hall arrived, he sold the ferry.", None),
        ("On Wednesday, the mayor said he would sell.", None),
    ],
)
def test_the_pronoun_that_acts_right_after_an_opening_naming_nobody(
    text: str, who: str | None
) -> None:
    span = opening_pronoun(text)
    assert (text[span[0] : span[1]] if span else None) == who
