"""The words of a fact as the † decision compares them (``fact_words``)."""

from __future__ import annotations


def test_killed_and_died_tell_one_fact():
    from briefing.compose.fact_words import fact_stems
    from briefing.lang.words import words

    killed = fact_stems(words("The ferry Lindholm sank off the cape, killing all 23 passengers."))
    died = fact_stems(words("All 23 passengers died when the Lindholm was sunk by the storm."))
    assert {"die", "sink", "23", "lindholm", "passeng"} <= killed & died


def test_number_words_become_digits_only_as_figures():
    from briefing.compose.fact_words import fact_stems
    from briefing.lang.words import words

    told = "two dozen men, a dozen women, three million homes, a hundred cars in twenty-four hours"
    assert {"24", "12", "3million", "100"} <= fact_stems(words(told))
    assert not any(w.isdigit() for w in fact_stems(words("one of the two weeks ago")))
