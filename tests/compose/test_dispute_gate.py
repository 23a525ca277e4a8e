"""Whether an attributed dispute can be shown as is: both sides, readable alone."""

from __future__ import annotations

import time

import pytest

from briefing.compose.dispute_gate import (
    opens_with_pointer,
    readable_claim,
    says_what,
    shown_as_is,
)
from briefing.compose.dispute_topics import counter_topic, unlinked
from briefing.model import Claim

CLAIM = Claim("A rights group said police beat twenty ferry workers at the harbour gate.", [1])
DENIAL = Claim("The harbour police denied that any workers were beaten at the gate.", [2])


@pytest.mark.parametrize(
    "heading",
    [
        "The harbour police denied that any workers were beaten at the gate.",
        "The ministry rejected the union's claim that wages fell.",
        "Veldia disputed earlier French lab results finding traces of mercury.",
        "The council said the estimates were wrong and permits were granted for 412 flats.",
        "The port denied the report, saying the harbour lacked a second ferry berth.",
        "The board denied the fraud allegations.",
        "Velm rejected Kessler's claim that the ferry had been sold.",
        "The owner rejected U.N. charges and then asked chemists to test soil from the quay.",
    ],
)
def test_a_heading_that_says_what_is_rejected_or_held_instead(heading):
    assert says_what(heading)


@pytest.mark.parametrize(
    "heading",
    [
        "A police spokesman denied the report.",
        "The whole board firmly disagreed.",
        "The museum director dismissed the criticism as groundless and petty.",
        "A museum curator called the claim “absolute nonsense.”",
        "Officials dismissed the findings.",
        # Whose claim it is, not what it holds:
        "The owner flatly rejected U.N. charges.",
        "Velm made its contract public in rejecting Kessler's claim.",
        "The mayor dismissed the harbour board's report as false.",
        # A theory named by its label, not by what it holds (issue 11):
        "The mayor's allies reject the single-leak theory.",
        "The harbour board dismissed the official version.",
    ],
)
def test_a_heading_that_only_points_back_says_nothing(heading):
    assert not says_what(heading)


def test_a_verdict_beside_the_claim_it_calls_false_is_not_shown_as_is():
    # "called the claim “absolute nonsense”" never says what is disputed.
    verdict = "A museum curator called the claim “absolute nonsense.”"
    shown = Claim(verdict, [2])
    assert not shown_as_is(verdict, [CLAIM, shown], both_told=False, unsupported=False)


def test_a_heading_or_claim_opening_with_a_pronoun_or_demonstrative_points_elsewhere():
    pointing = (
        "That idea has been rejected by the family.",
        "His findings were challenged.",
        "“They set up a zone of fraud,” he said.",
        "These results refuted it.",
    )
    assert all(opens_with_pointer(text) for text in pointing)
    assert not opens_with_pointer("Theodora Brandt disputed the report that the ferry sank.")
    assert not opens_with_pointer("[Marlow] also dismissed fears of a shutdown.")


def test_a_linking_word_opening_a_heading_is_left_out():
    assert unlinked("But the whole board firmly disagreed.") == "The whole board firmly disagreed."
    assert unlinked("However, the board rejected it.") == "The board rejected it."
    assert unlinked("Butler denied it.") == "Butler denied it."


def test_a_claim_credited_to_a_pronoun_only_is_not_readable():
    assert not readable_claim("“The vote was rigged to cheat citizens,” he said.")
    assert readable_claim("“The vote was rigged to cheat citizens,” Okafor said.")


def test_both_sides_readable_and_incompatible_are_shown():
    heading = DENIAL.text
    assert shown_as_is(heading, [CLAIM, DENIAL], both_told=False, unsupported=False)
    # One side only, a lack of evidence, a claim sentence opening with "He": not shown.
    assert not shown_as_is(heading, [DENIAL], both_told=False, unsupported=False)
    assert not shown_as_is(heading, [CLAIM, DENIAL], both_told=False, unsupported=True)
    he = Claim("He said police beat twenty ferry workers at the harbour gate.", [1])
    assert not shown_as_is(heading, [he, DENIAL], both_told=False, unsupported=False)
    # A sentence telling both sides stands alone.
    both = "Estimates range from the ministry's 20,000 members to the union's 90,000 members"
    assert shown_as_is(both, [Claim(both, [1])], both_told=True, unsupported=False)


def test_a_passive_rejection_is_headed_by_the_party_and_what_it_holds():
    text = (
        "That theory has been firmly rejected by the skipper's union, who contend that a "
        "fault in the rudder sent the ferry aground."
    )
    assert counter_topic(text) == (
        "Disputed: The skipper's union contend that a fault in the rudder sent the ferry aground."
    )
    assert counter_topic("That idea has been rejected by the family.") is None


def test_the_gates_patterns_are_bounded_on_huge_input():
    huge = "word, " * 40_000 + "he said."
    caps = " ".join(["Capital"] * 40_000)
    start = time.process_time()
    says_what("The council denied the report" + ", saying it" * 20_000)
    readable_claim(huge)
    readable_claim("“" + "x, " * 70_000 + "” he said.")
    opens_with_pointer(" " * 200_000 + "He")
    counter_topic("It was rejected by " + caps + ", who contend that " + caps)
    counter_topic(("was rejected by the group, " * 8_000)[:200_000])
    unlinked("But " * 50_000)
    assert time.process_time() - start < 2.0


def test_a_heading_with_no_subject_is_not_shown():
    # "… it had no evidence that …" cut at its verb says nobody who rejects.
    heading = "had no evidence that any workers were beaten at the gate."
    assert not shown_as_is(heading, [CLAIM, DENIAL], both_told=False, unsupported=False)
