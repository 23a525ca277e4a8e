"""What may stand alone in a summary, and the connectives trimmed from a sentence."""

from __future__ import annotations

import pytest

from briefing.compose import sentence_filters
from briefing.compose.sentence_filters import standalone, trim_connective
from briefing.lang.words import words
from briefing.model import AnalysedDocument, Corpus, Document, Sentence


@pytest.mark.parametrize(
    ("text", "trimmed"),
    [
        (
            "The ferry company, however, refused to cut its fares this winter.",
            "The ferry company refused to cut its fares this winter.",
        ),
        (
            "After the closure, however, the ferry ran every hour until midnight.",
            "After the closure, the ferry ran every hour until midnight.",
        ),
        (
            "If, however, the cable fails, the bridge will close for a year.",
            "If the cable fails, the bridge will close for a year.",
        ),
        (
            "Although the figures are disputed, the town, nevertheless, lost trade.",
            "Although the figures are disputed, the town lost trade.",
        ),
        (
            "The ferry company cut its fares to win back drivers, too.",
            "The ferry company cut its fares to win back drivers.",
        ),
        (
            "However, the council, in turn, asked the ferry company for a plan.",
            "The council asked the ferry company for a plan.",
        ),
    ],
)
def test_connectives_inside_a_sentence_are_trimmed(text: str, trimmed: str) -> None:
    assert trim_connective(text) == trimmed


def test_a_trimmed_sentence_stands_alone_and_advice_does_not() -> None:
    def sent(text: str) -> Sentence:
        return Sentence(0, 0, 0, text, 0, len(text), words(text))

    assert standalone(
        sent("The Marlow ferry company, however, refused to cut its fares this winter.")
    )
    assert not standalone(sent("Check your tyres before you drive over the old river bridge."))
    assert not standalone(sent("IMPACT: Possibly thousands of drivers will take the ring road."))
    assert not standalone(sent("Finally, the ferry company will publish its timetable in spring."))
    assert not standalone(sent("Nor can the Marlow council be happy with the ferry repairs."))
    assert not standalone(sent("Each carries forty cars across the river to Marlow."))


def test_a_headline_without_a_full_stop_is_not_a_statement() -> None:
    def sent(text: str) -> Sentence:
        return Sentence(0, 0, 0, text, 0, len(text), words(text))

    assert not standalone(sent("Ferry toll bill clears key hurdle in Marlow council"))
    assert standalone(sent("The Marlow council passed the ferry toll bill on Monday."))
    assert standalone(
        sent('Mayor Hall said the toll, raised twice this year, was "a tax on the poor."')
    )


def test_an_entry_of_a_chronology_is_a_fragment_of_its_list() -> None:
    def sent(text: str) -> Sentence:
        return Sentence(0, 0, 0, text, 0, len(text), words(text))

    assert not standalone(sent("1994-97: Serves as harbour master of Marlow, widening its quays."))
    assert not standalone(sent("1988 Ferry strike: Leads the crews of the river boats out."))
    assert not standalone(sent("Oct. 9, 2001: Named head of the Marlow ferry company board."))
    assert standalone(sent("1994 was the year the Marlow ferry company widened its quays."))


def test_a_here_stands_alone_only_where_a_dateline_says_where_it_is() -> None:
    text = "The Marlow harbour board here approved a new toll for the island ferries."
    sentence = Sentence(0, 0, 0, text, 0, len(text), words(text))
    placed = Corpus([AnalysedDocument(Document("a.txt", text, place="TRURO"))])
    unplaced = Corpus([AnalysedDocument(Document("a.txt", text))])
    assert standalone(sentence)  # without the corpus: the sentence's words alone
    assert standalone(sentence, placed)
    assert not standalone(sentence, unplaced)


def test_the_cheap_tests_decide_before_the_costly_ones_are_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A sentence too short, without a full stop, or opening with "He" is refused before
    ``leans_back`` and ``not_a_statement`` (the costly tests) are asked: the answer is the
    same, as all tests must pass."""

    def costly(text: str) -> bool:
        raise AssertionError(f"asked of {text!r}")

    monkeypatch.setattr(sentence_filters, "leans_back", costly)
    monkeypatch.setattr(sentence_filters, "not_a_statement", costly)
    read = sentence_filters._reads_alone.__wrapped__
    for text in (
        "The ferry sank.",
        "The ferry company raised its fares on the river route again",
        "He said the ferry company would raise its fares on the river route.",
    ):
        assert read(text, len(words(text))) is False


def _sent(text: str) -> Sentence:
    return Sentence(0, 0, 0, text, 0, len(text), words(text))


@pytest.mark.parametrize(
    "text",
    [
        "The director of the Marlow Port Authority, Ann Hale, was not available late "
        "Friday for comment.",
        "Harbour officials in Marlow were not immediately available to reporters for comment.",
        "Officials of the Marlow ferry company could not be reached for comment.",
        "A spokesman for the Marlow ferry company declined to comment on the report.",
    ],
)
def test_only_that_no_one_commented_is_no_statement(text: str) -> None:
    assert not standalone(_sent(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ann Hale said the quay was safe, and the ferry company declined to comment.",
        "The ferry company declined to comment on whether the quay in Marlow had been "
        "inspected since the storm.",
        "The Marlow council reached a deal with the ferry company on Monday.",
        "The ferry company's comments on the quay were published in the Marlow Herald.",
    ],
)
def test_news_beside_a_refusal_to_comment_stands(text: str) -> None:
    assert standalone(_sent(text))
