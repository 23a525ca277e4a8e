"""A rejection pointing back at "the claim", told what the claim just before holds."""

from __future__ import annotations

import pytest

from briefing.analyse import analyse
from briefing.compose.disputes import find_disputes
from briefing.compose.pointed_claims import claimed_clause, pointed_claim
from briefing.model import Document

CLAIM = "Harbour owners insist the ferry line was profitable, but gave no figures. "
VERDICT = "Marsh called the claim “complete fiction.” "
STORY = (
    "The Harlow ferry line closed in March after forty years. "
    "The ferry line carried commuters across the Harlow estuary. "
)


def _corpus(text: str):
    return analyse([Document(location="a.txt", text=text, title="Harlow ferry line")])


def _disputes(text: str) -> list:
    return find_disputes(_corpus(text))


def test_a_verdict_on_the_claim_just_before_is_shown_with_what_that_claim_holds():
    [found] = _disputes(STORY + CLAIM + VERDICT + "The estuary froze that winter.")
    assert found.topic.endswith(
        "Marsh called the claim [that the ferry line was profitable] “complete fiction.”"
    )
    assert found.claims[0].text == CLAIM.strip()
    assert found.claims[1].text == VERDICT.strip()


def test_a_verdict_with_no_claim_clause_just_before_is_not_shown():
    # The sentence before tells no clause its party claims: the verdict says nothing.
    plain = "Harbour owners ran the ferry line at a profit for years, but gave no figures. "
    assert _disputes(STORY + plain + VERDICT) == []
    # A claim told by a pronoun names nobody who holds it.
    pronoun = "They insist the ferry line was profitable, but gave no figures. "
    assert _disputes(STORY + pronoun + VERDICT) == []
    # Two parties' clauses: which one the verdict rejects is no sure thing.
    two = (
        "Harbour owners insist the ferry line was profitable, but the union says "
        "the crossing lost money every winter. "
    )
    assert all("[that" not in d.topic for d in _disputes(STORY + two + VERDICT))


def test_the_claimed_clause_leaves_out_asides_and_a_second_clause():
    corpus = _corpus(
        "Harbour owners insist the ferry line, which opened in 1980, was profitable, "
        "but gave no figures."
    )
    adoc = corpus.docs[0]
    assert claimed_clause(adoc, adoc.sentences[0]) == "the ferry line was profitable"


def test_only_the_sentence_right_before_and_a_pointing_claim_noun_are_completed():
    corpus = _corpus(STORY + CLAIM + VERDICT)
    adoc = corpus.docs[0]
    claim, verdict = adoc.sentences[2], adoc.sentences[3]
    heading = verdict.text
    assert pointed_claim(heading, adoc, verdict, claim.text) is not None
    # Another sentence than the one just before: not told.
    assert pointed_claim(heading, adoc, verdict, adoc.sentences[0].text) is None
    # An object that is no pointer says what is rejected itself: nothing to complete.
    assert pointed_claim("Marsh denied the ferry accounts.", adoc, verdict, claim.text) is None
    # A claim said false at the end of its own sentence is no bare rejection.
    said = "The accounts were wrong, Marsh said."
    assert pointed_claim(said, adoc, verdict, claim.text) is None


@pytest.mark.parametrize(
    ("rejection", "heading"),
    [
        (
            "Marsh disagreed.",
            "Marsh disagreed [with Harbour owners that the ferry line was profitable].",
        ),
        (
            "But Marsh firmly disagreed.",
            "Marsh firmly disagreed [with Harbour owners that the ferry line was profitable].",
        ),
        (
            "Marsh denied it.",
            "Marsh denied it [the claim by Harbour owners that the ferry line was profitable].",
        ),
        (
            "Marsh rejected that defense.",
            "Marsh rejected that defense [that the ferry line was profitable].",
        ),
    ],
)
def test_a_rejection_saying_nothing_of_what_it_rejects_is_told_whose_claim_and_what(
    rejection, heading
):
    # issue 11: "X disagreed." after a named other party's claim is a dispute when the
    # heading tells whose claim and what it holds.
    [found] = _disputes(STORY + CLAIM + rejection + " The estuary froze that winter.")
    assert found.topic.endswith(heading)
    assert [c.text for c in found.claims] == [CLAIM.strip(), rejection]


def test_a_bare_rejection_with_no_named_other_partys_claim_just_before_is_not_shown():
    # The party that claims is the one that disagrees: no dispute a reader can follow.
    own = "The harbour owners disagreed. "
    assert _disputes(STORY + CLAIM + own) == []
    # A claim told by a pronoun, or no claim clause at all: nothing to set against it.
    pronoun = "They insist the ferry line was profitable, but gave no figures. "
    plain = "Harbour owners ran the ferry line at a profit for years, but gave no figures. "
    for before in (pronoun, plain):
        assert _disputes(STORY + before + "Marsh denied it.") == []
    # "It", "They": who rejects is not named.
    assert _disputes(STORY + CLAIM + "They denied it.") == []
    # A denied request, not a claim.
    assert _disputes(STORY + CLAIM + "The court denied it a licence.") == []


def test_a_claim_sentence_telling_another_partys_clause_is_not_told():
    # "the allegation" may be the mayor's claim or the warning of the dispute it is in.
    corpus = _corpus(
        "Mayor Ada Hale said her town backs the ferry line in the row which began when "
        "minister Tom Vesey warned the owners that the line would lose its licence."
    )
    adoc = corpus.docs[0]
    assert claimed_clause(adoc, adoc.sentences[0]) is None
    # The same claim with no second party's clause is told.
    corpus = _corpus("Mayor Ada Hale said her town backs the ferry line in the row.")
    adoc = corpus.docs[0]
    assert claimed_clause(adoc, adoc.sentences[0]) == "her town backs the ferry line in the row"


def test_a_bare_rejection_told_with_no_claim_just_before_is_not_shown_by_another_path():
    # "… considered the quay but rejected it.": a request turned down, no party's claim;
    # a bare rejection is shown only told whose claim it answers (the heading's "said"
    # made it look as if it said what is rejected).
    request = "In 1999 the ferry crews asked the Harlow port board to use the north quay. "
    refusal = "Port board officials said they considered the quay but rejected it."
    assert _disputes(STORY + request + refusal + " The estuary froze that winter.") == []


def test_a_claim_holding_a_hyphenated_run_thousands_of_words_long_is_read():
    # One hostile word, a chain of heads 1,500 deep: a recursive walk of the clause
    # passed Python's recursion limit. Read, it gets the answer a run of 20 gets.
    def clause(parts: int) -> str | None:
        run = "-".join(["ferry"] * parts)
        corpus = _corpus(f"{STORY}Harbour owners insist the ferry line sold the {run} at a loss.")
        adoc = corpus.docs[0]
        return claimed_clause(adoc, adoc.sentences[-1])

    assert clause(2) == "the ferry line sold the ferry ferry at a loss"
    assert clause(1_500) == clause(20)
