"""Adds with "also": a statement whose main verb "also" modifies, however long its
subject, leans on an earlier sentence; "also" in a side clause or a later main clause,
after "not only" or in a name does not."""

from __future__ import annotations

import pytest

from briefing.compose.adds_also import adds_with_also

from .conftest import articles, first_sentence


def _adds(text: str) -> bool:
    return adds_with_also(*first_sentence(text))


@pytest.mark.parametrize(
    "text",
    [
        "A survey of the harbour carried out in March and April also found that 12 piers "
        "were unsafe.",
        "Two days before the vote in Marlow, Ostland also turned down the offer of a loan.",
        "The heads of the Harbour Board and the Marlow Ferry Company also were expected at "
        "the hearing.",
        'The report, "The State of the Quays 2001," also finds that fares rose.',
    ],
)
def test_also_on_the_main_verb_after_a_long_subject_adds(text: str) -> None:
    assert _adds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Marlow ferries were already laid up; harbour officials also closed the quay "
        "on Friday.",
        "While listing the closed piers of Marlow, the harbour survey also gave the cost of "
        "repairs for each of them.",
        "Ostland raised the tolls on the bridge and also cut the ferry fares in June.",
        "Tarvex, a dye also used in paints, was found in the river near Marlow.",
        "The harbour board not only raised the tolls but also closed the quay in June.",
        "The Marlow ferry line, also known as the Blue Line, carried 4,000 people in May.",
        "The harbour board raised the tolls on the Marlow bridge in June.",
    ],
)
def test_also_elsewhere_or_no_also_does_not(text: str) -> None:
    assert not _adds(text)


def test_an_article_without_a_parse_reads_none() -> None:
    text = "A survey of the harbour carried out in March and April also found 12 unsafe piers."
    (adoc,) = articles(text, entities=False).docs
    assert not adds_with_also(adoc, adoc.sentences[0])
