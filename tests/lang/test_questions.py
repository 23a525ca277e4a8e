"""English cues of open questions: what raises one, and what makes a cue raise none."""

from __future__ import annotations

import time

import pytest

from briefing.lang.questions import (
    ASK_RE,
    ASK_SCREENED,
    ASPECT_SOUGHT_SCREENED,
    COMMIT_SCREENED,
    CONCERN_SCREENED,
    DEBATE_RE,
    DEMAND_SCREENED,
    DOUBT_CUE_RE,
    DUCKED_RE,
    DUCKED_SCREENED,
    NOT_AWARE_SCREENED,
    PLANNED_BEFORE_RE,
    REFUSAL_SCREENED,
    SAY_REFUSED_RE,
    UNKNOWN_STATE_SCREENED,
    URGE_SCREENED,
    WH_RE,
    WH_SCREENED,
)


def test_the_doubt_cue():
    assert DOUBT_CUE_RE.match("doubted whether the fund exists")
    assert DOUBT_CUE_RE.match("questions about whether the fund exists")
    assert not DOUBT_CUE_RE.match("the open question is whether the fund exists")


@pytest.mark.parametrize(
    "said",
    ["would not say", "declined to say", "couldn't confirm", "refused to disclose", "won't say"],
)
def test_a_refusal_to_tell_is_a_cue_of_a_question(said):
    m = ASK_RE.search(f"The minister {said} whether the plant will close.")
    assert m and m.group("wh") == "whether" and SAY_REFUSED_RE.match(m.group(0))


def test_refusal_cues_take_linear_time_on_a_hostile_sentence():
    # 200 KB of refusals with no "whether" after any of them, then one long run of words.
    hostile = "officials would not say " * 8_000 + "word " * 40_000
    started = time.process_time()
    assert ASK_RE.search(hostile) is None
    assert time.process_time() - started < 2  # CPU seconds; about 0.1 now


@pytest.mark.parametrize(
    "cues",
    [
        "officials do not know and raised questions about ",
        "experts disagreed over the debate about ",
    ],
)
def test_not_knowing_and_debate_cues_take_linear_time_on_a_hostile_sentence(cues):
    # 200 KB of the cues with no wh-word after any of them, then a long run.
    hostile = cues * 4_000 + "Word " * 40_000
    started = time.process_time()
    assert ASK_RE.search(hostile) is None
    assert WH_RE.search(hostile) is None
    assert time.process_time() - started < 2  # CPU seconds


def test_a_wonder_asks_and_a_planned_ask_is_told_apart():
    m = ASK_RE.search("Residents wondered whether the pier would reopen.")
    assert m and m.group("wh") == "whether"
    assert PLANNED_BEFORE_RE.search("The harbour board shall ")
    assert not PLANNED_BEFORE_RE.search("The harbour board ")


def test_an_evaded_question_is_ducked():
    for verb in ("dodged", "ducked", "sidestepped", "evaded", "deflected"):
        assert DUCKED_RE.search(f"The mayor {verb} the question on tolls.")
    assert not DUCKED_RE.search("The mayor answered the question on tolls.")


def test_a_debate_or_disagreement_cues_a_question():
    m = ASK_RE.search("Scientists remain divided over whether the reef will recover.")
    assert m and m.group("clause") == "the reef will recover."
    assert DEBATE_RE.match(m.group(0))
    m = WH_RE.search("Geologists disagree on how fast the dune is moving.")
    assert m and m.group("wh") == "how fast"
    # A debate about how a thing is done is no question of fact; a split of a stock is no cue.
    assert not WH_RE.search("The council opened a debate over how the reef is policed.")
    assert not ASK_RE.search("The firm announced a stock split on Monday if approved.")


# Invented sentences, each matched or not by one of the screened patterns.
SCREENED_SENTENCES = (
    "The mayor DODGED the question on tolls.",
    "The mayor answered the question on tolls.",
    "The council declined to say whether the pier would reopen.",
    "The harbour board couldn't confirm the date.",
    "Officials would not say how much the repairs cost.",
    "Nobody knew where the ferry was going.",
    "The cause of the fire is still unclear, officials said.",
    "The whereabouts of the keeper remain unknown.",
    "Why the bridge failed has not yet been determined.",
    "Engineers are trying to determine the cause of the collapse.",
    "Divers could not find out the extent of the damage to the hull.",
    "It was a clear day and the crews were well known in the town.",
    "",
)


def test_a_screened_pattern_finds_what_its_pattern_finds():
    for screened in (
        DUCKED_SCREENED,
        REFUSAL_SCREENED,
        UNKNOWN_STATE_SCREENED,
        ASPECT_SOUGHT_SCREENED,
    ):
        for text in SCREENED_SENTENCES:
            found, expected = screened.search(text), screened.pattern.search(text)
            assert (found and found.group(0)) == (expected and expected.group(0)), text
    assert REFUSAL_SCREENED.search("The council declined to say whether the pier would reopen.")
    assert ASPECT_SOUGHT_SCREENED.search(SCREENED_SENTENCES[9])
    assert not UNKNOWN_STATE_SCREENED.holds_cue("The mayor answered the question on tolls.")


# Invented sentences for the screens of the cues a question starts from: each pattern's
# match in several cases and spellings, and near misses.
QUESTION_CUE_SENTENCES = (
    "The board asked whether the ferry would run in winter.",
    "THE BOARD WONDERED IF THE PIER WOULD REOPEN.",
    "Whether the toll goes up is unclear, officials said.",
    "Nobody knows how many trips the ferry made.",
    "Officials declined to say WHEN the bridge opens.",
    "The union demanded that the harbour board resign.",
    "Skippers called for the council to act now.",
    "The mayor urged the Harbour Board to cut fares.",
    "Residents pressed Governor Vale to reopen the pier.",
    "Locals told Ms. Brandt to leave the marina.",
    "The firm would not commit to building the second dock.",
    "The keeper was not aware of any damage to the hull.",
    "Fishermen are worried that the catch will fall.",
    "Critics fear that the new toll could drive trade away.",
    "Demand for ferry seats rose 5 percent.",
    "The ferry sailed at dawn and docked at noon.",
    "",
)


def test_a_question_cue_screen_finds_what_its_pattern_finds():
    screens = (
        ASK_SCREENED,
        WH_SCREENED,
        DEMAND_SCREENED,
        URGE_SCREENED,
        COMMIT_SCREENED,
        NOT_AWARE_SCREENED,
        CONCERN_SCREENED,
    )
    for screened in screens:
        for text in QUESTION_CUE_SENTENCES:
            found, expected = screened.search(text), screened.pattern.search(text)
            assert (found and found.group(0)) == (expected and expected.group(0)), text
    assert ASK_SCREENED.search(QUESTION_CUE_SENTENCES[1])  # upper case
    assert WH_SCREENED.search(QUESTION_CUE_SENTENCES[4])
    assert CONCERN_SCREENED.search(QUESTION_CUE_SENTENCES[13])
    assert DEMAND_SCREENED.search(QUESTION_CUE_SENTENCES[6])
    assert not DEMAND_SCREENED.search(QUESTION_CUE_SENTENCES[14])  # a noun, upper case
    assert not WH_SCREENED.holds_cue(QUESTION_CUE_SENTENCES[15])
