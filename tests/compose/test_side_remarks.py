"""Side remarks: a statement few of whose words are the story's own, worth little beside
the chosen statements, is not a summary bullet."""

from __future__ import annotations

from briefing.analyse import analyse
from briefing.compose.focus import topic_stems
from briefing.compose.side_remarks import SideRemarks, paired
from briefing.lang.words import words
from briefing.model import Document

# An invented story: a ferry strike in a harbour town, told by six articles; the third
# also says something of a mayor's garden show, the fifth of a museum's new wing.
TEXTS = [
    "Ferry crews in Port Vella went on strike over pay on Monday. Ferry service stopped.",
    "The ferry strike in Port Vella entered its second day as crews rejected a pay offer.",
    "Striking ferry crews marched to the harbour office. The mayor opened a garden show.",
    "Port Vella ferry owners offered crews a new pay deal to end the strike.",
    "Ferry crews voted to end the strike after owners raised pay. A museum added a wing.",
    "Ferry service in Port Vella resumed after the strike over pay ended.",
]
ON_STORY = "Ferry crews in Port Vella rejected the pay offer and kept the strike going."
SIDE = "The mayor opened a garden show with orchids and tulips near the old museum."


def _side() -> SideRemarks:
    corpus = analyse(
        [Document(location=f"d{i}.txt", text=t) for i, t in enumerate(TEXTS)], entities=False
    )
    return SideRemarks(corpus, topic_stems("ferry strike"))


def test_a_statement_of_the_story_words_is_central() -> None:
    side = _side()
    assert side.central(words(ON_STORY)) > 0.5
    assert side.central(words(SIDE)) < 0.2


def test_a_side_remark_worth_little_beside_the_best_is_left_out() -> None:
    side = _side()
    assert side.side(words(SIDE), 5.0, 100.0)
    assert side.side(words(SIDE), 40.0, 100.0)


def test_a_side_remark_worth_much_or_a_central_one_stays() -> None:
    side = _side()
    assert not side.side(words(SIDE), 60.0, 100.0)
    assert not side.side(words(ON_STORY), 1.0, 100.0)


def test_too_few_articles_have_no_story_and_no_side_remark() -> None:
    corpus = analyse([Document(location="d.txt", text=TEXTS[2])], entities=False)
    side = SideRemarks(corpus, topic_stems("ferry strike"))
    assert side.vocabulary == frozenset()
    assert not side.side(words(SIDE), 0.0, 100.0)


def test_a_pair_of_content_words_is_paired_a_function_word_pair_is_not() -> None:
    weights = {("ferri", "crew"): 4.0, ("the", "mayor"): 3.0, ("strike", "ha"): 2.0}
    assert paired({("ferri", "crew"), ("garden", "show")}, weights)
    assert not paired({("the", "mayor"), ("strike", "ha")}, weights)
    assert not paired({("garden", "show")}, weights)  # not weighed: no article pair


def test_a_slack_filler_is_off_centre_worth_little_and_unpaired() -> None:
    side = _side()
    weights = {("ferri", "crew"): 4.0, ("the", "mayor"): 3.0}
    side_pairs = {("the", "mayor"), ("garden", "show")}
    assert side.slack(words(SIDE), side_pairs, weights, 5.0, 100.0)
    assert not side.slack(words(SIDE), side_pairs, weights, 30.0, 100.0)
    assert not side.slack(words(SIDE), {("ferri", "crew")}, weights, 5.0, 100.0)
    assert not side.slack(words(ON_STORY), side_pairs, weights, 5.0, 100.0)
