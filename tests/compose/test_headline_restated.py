"""Headline restated: a lede that tells its headline again with little more."""

from __future__ import annotations

import time

from briefing.compose.headline_restated import (
    HEADLINE_ADDS,
    HEADLINE_MAX_WORDS,
    cover,
    headline_words,
    restates_headline,
)
from briefing.lang.words import words

TITLE = "Vellan farmers block roads with tractors to protest taxes"


def headline(title: str) -> list[str]:
    return headline_words(words(title), title)


def test_a_lede_retelling_the_headline_with_the_day_and_the_source_is_left_out() -> None:
    lede = (
        "Farmers angry over new land taxes drove their tractors into a Vellan town to block "
        "roads in protest, a rights group reported Wednesday."
    )
    assert restates_headline(words(lede), headline(TITLE))
    # The day and the reporting verb add no fact of their own.
    held, added = cover(words(lede), headline(TITLE))
    assert held == len(headline(TITLE))
    assert added < HEADLINE_ADDS


def test_a_sentence_that_tells_much_more_than_the_headline_stays() -> None:
    more = (
        "Farmers angry over new land taxes drove their tractors into a Vellan town to block "
        "roads in protest, and police later arrested six of them and seized forty machines "
        "near the grain depot while the mayor promised talks with the finance ministry."
    )
    _, added = cover(words(more), headline(TITLE))
    assert added >= HEADLINE_ADDS
    assert not restates_headline(words(more), headline(TITLE))


def test_a_sentence_sharing_a_word_or_two_with_the_headline_tells_another_fact() -> None:
    other = "Tax officials in the capital said the rates were set last spring."
    assert not restates_headline(words(other), headline(TITLE))


def test_a_country_is_its_peoples_adjective_and_an_acronym_its_words() -> None:
    title = "EPA Orders Korvan Mill To Restore Wetlands"
    lede = (
        "The Environmental Protection Agency on Thursday ordered the Korvan mill to restore "
        "two acres of wetlands."
    )
    held, _ = cover(words(lede), headline(title))
    assert held == len(headline(title))
    title = "Bolivian army moves tanks to border"
    lede = "The army of Bolivia moved its tanks to the border overnight, officials said."
    assert restates_headline(words(lede), headline(title))


def test_slugs_labels_and_titles_cut_from_the_lede_are_no_headlines() -> None:
    assert headline("BC-Crash-Folo") == []
    assert headline("GAMBLING") == []
    assert headline("$ADV21 BEAT GOUT") == []
    assert headline("Vellan farmers on Friday drove their tractors into the town of…") == []
    assert headline(TITLE) != []


def test_a_text_saved_as_the_title_is_no_headline_and_is_quick() -> None:
    # A 1,500-word title against a 1,500-word sentence took 3.3 s: each headline word was
    # compared with each of the sentence's.
    long_title = " ".join(_made_up("ferry", i) for i in range(1_500))
    assert headline(long_title) == []
    longest = " ".join(_made_up("ferry", i) for i in range(HEADLINE_MAX_WORDS))
    assert len(headline(longest)) == HEADLINE_MAX_WORDS
    sentence = words(" ".join(_made_up("quay", i) for i in range(1_500)))
    started = time.process_time()
    assert not restates_headline(sentence, headline(long_title))
    assert not restates_headline(sentence, headline(longest))
    assert time.process_time() - started < 0.5  # CPU seconds


def _made_up(word: str, i: int) -> str:
    """A made-up word of letters, one for each ``i`` (no figures: a wire code's)."""
    return word + "".join(chr(ord("a") + int(d)) for d in str(i))
