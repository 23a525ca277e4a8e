"""A statement's act told in other words, matched only on strong anchors."""

from __future__ import annotations

import pytest

from briefing.analyse import analyse
from briefing.compose.corroboration import Corroboration
from briefing.compose.paraphrase import Paraphrases
from briefing.model import Document

REFUSED = (
    "The Calder harbour board refused to block the sale Thursday of Nora Vik's ferry in the "
    "most bitter dispute the port has seen since the war."
)
ISSUED = (
    "New tariffs that will make it costlier to moor yachts are expected to be issued by the "
    "Harbour Authority."
)


def _tells(statement: str, other: str, share: float = 0.0) -> bool:
    docs = [
        Document(location=f"doc{i}.txt", text=t, title="") for i, t in enumerate([statement, other])
    ]
    found = analyse(docs)
    test = Paraphrases(found, lambda _: share)
    sentences = found.sentences()
    told = test.sources(sentences[0], Corroboration(sentences).holding, lambda _: True)
    return told == {sentences[1].source_id}


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        # another verb, the same doer, patient and name
        ("The mayor said he backed the harbour board's vote for the sale of Vik's ferry.", True),
        ("The harbour board will vote on the sale of Vik's ferry.", False),  # a plan
        ("The harbour board refused to block the sale of Ola Berg's trawler.", False),  # other name
        ("The port board refused to block the sale of Vik's ferry.", False),  # another board
    ],
)
def test_a_named_act_in_other_words(other: str, expected: bool) -> None:
    assert _tells(REFUSED, other) is expected


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        ("On Monday the Authority announced new and higher tariffs for the marina.", True),
        ("The Authority has raised tariffs twice since 1996, a pilot said.", False),  # not new
    ],
)
def test_an_unnamed_patient_needs_its_modifiers(other: str, expected: bool) -> None:
    assert _tells(ISSUED, other) is expected


@pytest.mark.parametrize(
    ("statement", "other"),
    [
        ("The board refused to lift the ban.", "The board voted to keep the ban."),
        # another body: a place names the other sentence's doer
        (
            "The party platform opposes the sale of Vik's ferry.",
            "The platform of the Ohio party opposes the sale of Vik's ferry.",
        ),
        # one denies what the other tells
        (
            "The harbour board has never approved the sale of Vik's ferry.",
            "The harbour board approved the sale of Vik's ferry on Monday.",
        ),
        # the patient in a clause of its own
        (
            "The harbour board refused to block the sale of Vik's ferry.",
            "The harbour board met while the mayor refused to block the sale of Vik's ferry.",
        ),
    ],
)
def test_no_strong_anchor_no_match(statement: str, other: str) -> None:
    assert not _tells(statement, other)


def test_a_name_in_every_source_is_no_anchor() -> None:
    other = "The mayor said he backed the harbour board's vote for the sale of Vik's ferry."
    assert not _tells(REFUSED, other, share=0.9)
