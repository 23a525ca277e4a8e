"""Acronym notes: an acronym the story defined, spelt out once in brackets."""

from __future__ import annotations

from briefing.analyse import analyse
from briefing.compose.acronym_notes import acronym_notes, defined_names
from briefing.model import Corpus, Document
from tests.growth import assert_linear


def _corpus(*texts: str) -> Corpus:
    return analyse([Document(location=f"d{i}.txt", text=t) for i, t in enumerate(texts)])


def test_an_acronym_defined_by_a_story_text_is_spelt_out() -> None:
    names = defined_names(
        _corpus(
            "Sales fell, according to the Harbour Ferry Authority(HFA). "
            "The Port Safety Board (PSB) said so."
        )
    )
    assert names == {"HFA": "Harbour Ferry Authority", "PSB": "Port Safety Board"}
    assert acronym_notes("HFA has cut its fares.", names) == [("HFA", "Harbour Ferry Authority")]


def test_an_acronym_already_named_or_defined_twice_gets_no_note() -> None:
    names = defined_names(
        _corpus(
            "The Port Safety Board (PSB) met. The Pier Sales Bureau (PSB) did not. "
            "The Harbour Ferry Authority (HFA) agreed."
        )
    )
    assert "PSB" not in names
    assert acronym_notes("HFA agreed with the Harbour Ferry Authority plan.", names) == []
    told = ["The Harbour Ferry Authority raised fares."]
    assert acronym_notes("HFA agreed.", names, told) == []


def test_the_opening_the_of_a_sentence_is_no_part_of_the_name() -> None:
    names = defined_names(_corpus("The Harbour Ferry Authority (HFA) agreed on Monday."))
    assert names == {"HFA": "Harbour Ferry Authority"}


def test_only_a_bracket_after_a_name_defines_one() -> None:
    # "or MBBS" may be a second body; letters after a lone "The" spell no name.
    texts = ("The Marlow Bureau of Bridge Safety, or MBBS, met.", "Tickets, Marlow The (TH) said.")
    assert defined_names(_corpus(*texts)) == {}


def test_a_statement_of_many_acronyms_is_noted_in_linear_time() -> None:
    names = {"HFA": "Harbour Ferry Authority"}
    told = ["The board met."] * 1_000
    assert len(acronym_notes("HFA and PSB " * 20_000, names, told)) == 1
    assert_linear(lambda n: acronym_notes("HFA and PSB " * n, names, told), 500)


def test_an_acronym_no_text_defines_is_spelt_by_the_one_name_of_its_initials() -> None:
    names = defined_names(
        _corpus(
            "Pell's Kestrel People's Party won the vote in Marlow. Talks went on.",
            "The KPP won nine seats. The Marlow Port Board agreed.",
        )
    )
    assert names == {"KPP": "Kestrel People's Party"}
    assert acronym_notes("The KPP won nine seats.", names) == [("KPP", "Kestrel People's Party")]


def test_an_acronym_of_two_names_or_two_letters_is_not_spelt() -> None:
    texts = (
        "The Marlow Port Board met the Marlow Pier Board. The MPB agreed.",
        "The Harbour Ferry Authority met. The HF vote and the PM spoke at 10 PM.",
    )
    assert defined_names(_corpus(*texts)) == {}


def test_a_name_that_spells_an_acronym_is_read_within_one_sentence() -> None:
    # "Tom Varga. Police ..." is the end of one sentence and the start of the next
    texts = ("The vote was called by Tom Varga. Police closed the square.", "The TVP won.")
    assert defined_names(_corpus(*texts)) == {}


def test_an_abbreviation_with_dots_spells_all_its_letters() -> None:
    texts = ("The U.N. Ferry Board met.", "The UFB agreed, and so did the UNFB.")
    assert defined_names(_corpus(*texts)) == {"UNFB": "U.N. Ferry Board"}
