"""Dispute wording: whose claim a doubted clause doubts, and where a rejected clause ends."""

from __future__ import annotations

import time

import pytest

from briefing.lang.both_sides import RANGE_RE
from briefing.lang.disputes import (
    AS_ALLEGED_RE,
    BACK_POINTING,
    BARE_REJECTION_RE,
    CLAIM_FALSE_RE,
    DISPUTE_RE,
    DOUBTED_CLAIM_RE,
    EXISTENCE_RE,
    HEDGED_BEFORE_RE,
    MISREPORT_RE,
    NEGATED_BEFORE,
    NO_EVIDENCE_RE,
    POINTER_OPENING_RE,
    claims_evidence,
    doubted_claim,
)


@pytest.mark.parametrize(
    ("clause", "alleged"),
    [
        ("the ferry fire was as costly as prosecutors allege", True),
        ("the ferry fire was as costly as the insurers had alleged", True),
        ("the ferry fire was as costly as prosecutors claim", True),
        ("the ferry fire was as costly as the Marlow council claimed", True),
        ("the ferry fire was as costly as its owners contend", True),
        ("the ferry fire was as costly as the union maintained", True),
        ("the ferry fire was as costly as the lawyers asserted", True),
        ("the ferry fire was as costly as the captain insists", True),
        # No one's claim: a comparison or a report.
        ("the ferry fire was as costly as the flood of 1990", False),
        ("the ferry fire was as costly as prosecutors said", False),
    ],
)
def test_a_doubted_clause_that_says_whose_claim_it_is(clause: str, alleged: bool) -> None:
    assert bool(AS_ALLEGED_RE.search(clause)) is alleged


@pytest.mark.parametrize(
    "verb", ["said", "says", "insisted", "insists", "maintained", "maintains", "argued", "argues"]
)
def test_a_party_saying_a_claim_is_false(verb: str) -> None:
    assert CLAIM_FALSE_RE.search(f"The ferry union {verb} that the report was false.")


def test_a_writer_calling_a_claim_false_is_no_party() -> None:
    assert not CLAIM_FALSE_RE.search("The report was false, and the ferry union knew it.")


def test_a_clause_runs_past_the_full_stops_of_abbreviations_and_decimals() -> None:
    m = RANGE_RE.search(
        "Estimates range from the council's 1.5 million to the union's 2.5 million."
    )
    assert m is not None and m.group("figures").endswith("2.5 million")
    m = NO_EVIDENCE_RE.search("Auditors found no evidence that U.N. staff sold the fuel.")
    assert m is not None and m.group("rest2") == "U.N. staff sold the fuel"
    m = DOUBTED_CLAIM_RE.search("She questioned whether Dr. Amara's ferry will sail.")
    assert m is None  # what will happen: the clause runs past "Dr." to "will"


def test_a_clause_with_many_abbreviations_is_read_in_linear_time() -> None:
    """200 KB of initials and titles after a dispute verb, in well under a second."""
    for run in ("U.S. ", "Mr. ", "A.", "1.5 "):
        text = "The union denied that " + run * (200_000 // len(run))
        start = time.process_time()
        DISPUTE_RE.search(text)
        DOUBTED_CLAIM_RE.search("They questioned whether " + text)
        assert time.process_time() - start < 1.0


def test_a_party_saying_a_report_got_it_wrong() -> None:
    said_wrong = (
        "Aides to the mayor said the reporter misread her remarks.",
        "The minister says the newspaper had misquoted him.",
        "Her lawyer insisted that the magazine profile distorted the interview.",
    )
    assert all(MISREPORT_RE.search(s) for s in said_wrong)
    # No party saying a report got it wrong: the writer's own account, or no report.
    assert not MISREPORT_RE.search("The reporter misread the remarks, the editor admitted.")
    assert not MISREPORT_RE.search("Aides said the mayor misread the voters.")


def test_doubted_claim_reads_as_the_pattern_does_one_clause_at_a_time() -> None:
    """``doubted_claim`` answers as ``DOUBTED_CLAIM_RE.search``: a doubt whose clause has a
    modal is skipped for a later one, in this clause or the next; a clause runs past
    "Dr." and "U.S."."""
    for text in (
        "She questioned whether Dr. Amara's ferry will sail.",
        "He doubted whether the fraud was as costly as claimed.",
        "They questioned whether the dam would hold and doubted whether the cost was right.",
        "They questioned whether the dam would hold; others doubted whether U.S. aid came.",
        "Critics question whether the U.S. figures are right. They doubt whether it will.",
        "Nobody doubted it.",
    ):
        found, expected = doubted_claim(text), DOUBTED_CLAIM_RE.search(text)
        assert (found and found.span("rest2")) == (expected and expected.span("rest2"))
    # A run-on sentence of doubts about what will happen: every one skipped, read once.
    assert doubted_claim("They questioned whether a b c " * 800 + "it will") is None


def test_a_dispute_needs_a_claim_and_no_negation() -> None:
    sentence = "The airline denied the report that its pilots were tired."
    match = DISPUTE_RE.search(sentence)
    assert match is not None and "pilots were tired" in match.group("rest")
    assert DISPUTE_RE.search("She was denied entry at the border.") is None
    assert NEGATED_BEFORE.search("The minister did not ")
    assert BACK_POINTING.search("Aides disputed such ")


def test_that_right_before_the_claim_noun_points_back() -> None:
    assert BACK_POINTING.search("A spokeswoman disputed that ")
    assert not BACK_POINTING.search("The firm denied that the ")


@pytest.mark.parametrize(
    ("sentence", "claims"),
    [
        (
            "Green Watch said there was strong circumstantial evidence that the mill dumped oil.",
            True,
        ),
        ("Auditors found proof of a tie between the two firms.", True),
        ("The board said it had no evidence that the mill dumped oil.", False),
        ("There is little evidence that the dam leaked.", False),
        ("Inspectors did not find any evidence of a leak.", False),
        ("Investigators believe a loose bolt caused the fire at the depot.", False),
    ],
)
def test_a_claim_of_evidence_has_no_negation_before_it(sentence: str, claims: bool) -> None:
    assert claims_evidence(sentence) is claims


@pytest.mark.parametrize(
    "sentence, rest",
    [
        ("The firm denied reports by U.N. inspectors that it sold the parts.", "sold the parts"),
        ("He denied the claim by Gov. Reyes that the levy had risen.", "the levy had risen"),
        ("They rejected claims that the dam held 2.5 million tons of silt.", "of silt"),
    ],
)
def test_a_disputed_clause_runs_past_an_abbreviations_full_stop(sentence: str, rest: str) -> None:
    match = DISPUTE_RE.search(sentence)
    assert match is not None and rest in match.group("rest")


def test_existence_verbs_hedges_and_pointer_openings():
    assert EXISTENCE_RE.sub("", " any arrests had occurred").split() == ["any", "arrests", "had"]
    assert EXISTENCE_RE.search("no strike ever took place")
    assert not EXISTENCE_RE.search("the ferry sank at the pier")
    assert HEDGED_BEFORE_RE.search("The council would flatly ")
    assert HEDGED_BEFORE_RE.search("The mayor declined to ")
    assert not HEDGED_BEFORE_RE.search("The mayor firmly ")
    assert POINTER_OPENING_RE.match("They renewed their strike.")
    assert POINTER_OPENING_RE.match("“It was a rumour,” he said.")
    assert not POINTER_OPENING_RE.match("He said the ferry sank.")
    assert not POINTER_OPENING_RE.match("Theirs was the last boat.")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Judge Pell denied it.", True),
        ("But the harbour master firmly rejected that defence.", True),
        ("The Guild disputes this.", True),
        # a pronoun rejects: who?
        ("They denied it.", False),
        # a request denied, not a claim; the object says more than a pointer
        ("The court denied it a licence.", False),
        ("Officials who saw the plan denied it.", False),
    ],
)
def test_a_named_partys_rejection_of_what_was_just_told(text, found):
    assert bool(BARE_REJECTION_RE.search(text)) is found
