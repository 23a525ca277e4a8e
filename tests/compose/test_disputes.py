"""Attributed disputes: a party disputes a report or claim another source makes."""

from __future__ import annotations

from briefing.analyse import analyse
from briefing.compose.disputes import find_disputes
from briefing.model import Corpus, Document


def corpus(*texts: str) -> Corpus:
    docs = [Document(location=f"doc{i}.txt", text=t, title=f"Doc {i}") for i, t in enumerate(texts)]
    return analyse(docs, entities=False)


def test_disputed_report_is_shown_with_the_source_that_makes_the_claim():
    found = find_disputes(
        corpus(
            "The safety board chairman disputed a wire report that investigators were "
            "convinced the relief pilot crashed the jet deliberately.",
            "Investigators are convinced the relief pilot crashed the jet deliberately, "
            "officials told the wire service.",
        )
    )
    assert len(found) == 1
    assert found[0].kind == "dispute"
    assert [c.sources for c in found[0].claims] == [[1], [2]]


def test_no_dispute_without_a_claim_or_when_negated():
    found = find_disputes(
        corpus(
            "The court denied a request for more time to file the appeal.",
            "The mechanic never denied that he had beaten the victim during the robbery.",
            "The minister denied that he was worried about the coming vote.",
        )
    )
    assert found == []


def test_no_dispute_when_what_is_disputed_is_in_another_sentence():
    # "such assertions": the sentence does not say what was asserted.
    found = find_disputes(
        corpus(
            "The governor and his aides have disputed such assertions, arguing that each "
            "pending case weighs heavily on the governor's conscience."
        )
    )
    assert found == []
