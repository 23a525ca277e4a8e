"""Capitalised short names ("the Corps"): the "X of Y" name they stand for, as a note."""

from __future__ import annotations

import time

from briefing.compose.capital_names import capital_name_notes
from briefing.model import Corpus, Sentence

from .conftest import articles

FILLER = "Farmers in the valley planted rice and beans after the rains came early this year."


def _article(text: str) -> Corpus:
    return articles(text, FILLER, entities=False)


def _notes(c: Corpus, start: str, told: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    lead: Sentence = next(s for s in c.sentences() if s.text.startswith(start))
    return capital_name_notes(c.docs[0], lead, lead.text, told)


def test_the_capital_head_of_an_of_name_gets_the_name() -> None:
    c = _article(
        "New rules for the dunes will be issued by the Marlow Corps of Surveyors next week. "
        "The Corps started surveying the dune rules in 1995."
    )
    assert _notes(c, "The Corps started") == [("The Corps", "Marlow Corps of Surveyors")]


def test_a_shorter_form_of_the_same_name_is_that_name() -> None:
    c = _article(
        "Officials of the Marlow Corps of Surveyors met on Monday. "
        "A report of the Corps of Surveyors was late. "
        "Critics said the Corps had slashed its inspections."
    )
    assert _notes(c, "Critics said") == [("the Corps", "Marlow Corps of Surveyors")]


def test_two_names_of_that_head_or_none_give_no_note() -> None:
    c = _article(
        "The Bureau of Harbour Works and the Bureau of Ferry Lines disagreed. "
        "The Bureau said the pier was sound. "
        "Later the Agency said nothing."
    )
    assert _notes(c, "The Bureau said") == []
    assert _notes(c, "Later the Agency") == []


def test_a_name_ending_in_the_word_is_another_body() -> None:
    # "the House" after "the White House" is not the White House.
    c = _article("The White House said on Friday it was pleased. The House voted later.")
    assert _notes(c, "The House voted") == []


def test_a_name_told_before_or_in_the_sentence_needs_no_note() -> None:
    c = _article(
        "The Marlow Corps of Surveyors met. "
        "The Corps, or the Marlow Corps of Surveyors, said the maps were late."
    )
    assert _notes(c, "The Corps, or") == []
    c = _article("The Marlow Corps of Surveyors met. The Corps said the maps were late.")
    assert _notes(c, "The Corps said", told=("The Marlow Corps of Surveyors met.",)) == []


def test_where_a_name_joined_by_and_ends_is_a_guess() -> None:
    c = _article(
        "The Department of Health and Human Services said the clinics were full. "
        "The Department said it would hire nurses."
    )
    assert _notes(c, "The Department said") == []


def test_titles_of_people_are_left_to_the_people_notes() -> None:
    c = _article("The Secretary of Harbours met the mayor. The Secretary said no.")
    assert _notes(c, "The Secretary said") == []


def test_a_hostile_run_of_capitalised_words_is_read_in_linear_time() -> None:
    # Every word could open a name: a search that backtracked over the whole run at each
    # word would take minutes.
    long = "Port " * 20_000 + "of Marlow. " + "The Port said no. "
    c = articles(long + "Officials of Ports " * 5_000 + "met.", FILLER, entities=False)
    lead = next(s for s in c.sentences() if s.text.startswith("The Port said"))
    start = time.process_time()
    capital_name_notes(c.docs[0], lead, lead.text)
    assert time.process_time() - start < 2.0


def test_a_bare_apostrophe_possessive_is_not_split_by_a_note() -> None:
    c = _article(
        "The Marlow Corps of Surveyors met. Later the Corps' maps and the Corps's charts came. "
        "Then the Corps's charts came."
    )
    assert _notes(c, "Later the") == []
    assert _notes(c, "Then the") == [("the Corps", "Marlow Corps of Surveyors")]


def test_only_the_head_of_a_body_stands_for_its_name() -> None:
    # A person "of" a place, and a paper that may be another one, are not read.
    c = _article(
        "Nancy Harlow of Ohio voted no, said the Times of Marlow. "
        "The Harlow vote and the Times story came later."
    )
    assert _notes(c, "The Harlow vote") == []


def test_a_head_modifying_a_noun_names_no_body() -> None:
    c = articles(
        "New rules for the dunes will be issued by the Marlow Corps of Surveyors next week. "
        "The Corps camp stood empty on Monday.",
        FILLER,
    )
    assert _notes(c, "The Corps camp") == []  # the kind of camp
