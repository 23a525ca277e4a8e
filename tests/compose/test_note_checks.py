"""Note checks: a surname's note as its article wrote the name, and no body's note on a
short name that modifies a noun."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefing.compose.note_checks import (
    _words_before,
    checked_person_notes,
    modifies_noun,
    named_before,
    written_before,
)
from briefing.model import AnalysedDocument, Mention

from .conftest import articles
from .conftest import sentence_starting as _sentence


def _article(text: str) -> AnalysedDocument:
    (adoc,) = articles(text).docs
    return adoc


def test_a_surname_note_is_checked_against_the_article() -> None:
    adoc = _article(
        "On Monday former Port Director Jonas Hollis asked for a hearing. "
        "Ferry captains led by Lakota Indian Tim Giles joined him. "
        "Hollis' request and the Indian captains' letter reached the board. "
        "Harbour spokeswoman Hollis said nothing."
    )
    lead = _sentence(adoc, "Hollis' request")
    notes = [("Hollis", "Port Director Jonas Hollis"), ("Indian", "Lakota Indian Tim Giles")]
    assert checked_person_notes(adoc, lead, lead.text, notes) == [
        ("Hollis'", "former Port Director Jonas Hollis")
    ]
    lead = _sentence(adoc, "Harbour spokeswoman")
    assert checked_person_notes(adoc, lead, lead.text, notes[:1]) == []  # an office given


def test_a_capitalised_title_cut_short_is_made_whole_a_lower_case_one_is_whole() -> None:
    adoc = _article(
        "The Marlow Lantern Club Executive Director Jonas Hollis spoke first. "
        "The Varnia Ferry Guild port affairs director Ann Giles spoke next. "
        "Hollis and Giles agreed."
    )
    lead = _sentence(adoc, "Hollis and Giles")
    notes = [
        ("Hollis", "Club Executive Director Jonas Hollis"),
        ("Giles", "port affairs director Ann Giles"),
    ]
    assert checked_person_notes(adoc, lead, lead.text, notes) == [
        ("Hollis", "Marlow Lantern Club Executive Director Jonas Hollis"),
        ("Giles", "port affairs director Ann Giles"),  # not "Ferry Guild port affairs ..."
    ]


def test_former_or_late_before_a_body_s_name_and_a_lower_case_title_is_kept() -> None:
    # A lower-case title stops at the body's name before it ("Varnia port director"): the
    # "former" or "late" before that name still says the post is past, but not a day's
    # "late" nor a possessive's (the late one is someone else).
    adoc = _article(
        "The former Varnia port director Jonas Hollis spoke first. "
        "The late Orlan party leader Ann Giles was remembered. "
        "Late Friday ferry director Tom Pell arrived. "
        "The late Varo's aide Ruth Calder spoke last. "
        "Hollis, Giles, Pell and Calder agreed."
    )
    lead = _sentence(adoc, "Hollis, Giles")
    notes = [
        ("Hollis", "port director Jonas Hollis"),
        ("Giles", "party leader Ann Giles"),
        ("Pell", "ferry director Tom Pell"),
        ("Calder", "aide Ruth Calder"),
    ]
    assert checked_person_notes(adoc, lead, lead.text, notes) == [
        ("Hollis", "former port director Jonas Hollis"),
        ("Giles", "late party leader Ann Giles"),
        ("Pell", "ferry director Tom Pell"),
        ("Calder", "aide Ruth Calder"),
    ]


def test_the_given_names_and_titles_written_with_a_surname() -> None:
    assert written_before("Ann Hill and Dr. Hill met Chen Yu-tang.", "Hill") == ({"Ann"}, True)
    assert written_before("Ann Hill and Dr. Hill met Chen Yu-tang.", "Chen") == (
        {"Yu-tang"},
        False,
    )
    assert written_before("Minister Xu Hanmei met the owner.", "Xu") == ({"Hanmei"}, False)
    assert written_before("She met Hill Street's owner.", "Hill") == (set(), False)
    # A hyphenated given name is one, not its second half.
    assert written_before("said Jean-Luc Hill, its director.", "Hill") == ({"Jean-Luc"}, False)


def test_a_short_name_modifying_the_next_noun() -> None:
    adoc = _article("The harbour board closed the quay. The board meeting lasted an hour.")
    assert modifies_noun(adoc, _sentence(adoc, "The board meeting"), "The board")
    assert not modifies_noun(adoc, _sentence(adoc, "The harbour"), "The harbour board")


def test_a_surname_the_tagger_once_reads_as_a_people_keeps_its_note() -> None:
    adoc = _article(
        "Harbour pilot Jonas Stanley Kettering was sent to Eastport. "
        "Kettering said he would appeal. "
        "The court halted the transfer of Kettering on Monday."
    )
    lead = _sentence(adoc, "The court halted")
    at = adoc.document.text.index("Kettering on Monday")
    people = [
        Mention("Jonas Stanley Kettering", "PERSON", 14, 37, 0),
        Mention("Kettering", "PERSON", adoc.document.text.index("Kettering said"), 0, 1),
        Mention("Kettering", "NORP", at, at + 9, lead.index),
    ]
    notes = [("Kettering", "Harbour pilot Jonas Stanley Kettering")]
    # Once a people, twice a person: a person.
    assert checked_person_notes(replace(adoc, mentions=people), lead, lead.text, notes) == notes
    # Mostly a people: no note.
    mostly = [*people[:1], replace(people[1], label="NORP"), people[2]]
    assert checked_person_notes(replace(adoc, mentions=mostly), lead, lead.text, notes) == []
    # A people in its one use alone, a person's surname in the full name: a person.
    once = [people[0], people[2]]
    assert checked_person_notes(replace(adoc, mentions=once), lead, lead.text, notes) == notes


def test_a_body_named_after_a_country_gives_no_note_to_the_country() -> None:
    adoc = _article(
        "Shares of Radio Nortia de Mexico rose. Exports from Mexico doubled, Nortia said."
    )
    lead = _sentence(adoc, "Exports from")
    notes = [("Mexico", "Radio Nortia de Mexico")]
    assert checked_person_notes(adoc, lead, lead.text, notes) == []


def test_initials_alone_are_given_names_a_middle_initial_is_not() -> None:
    assert written_before("The office was run by C.A. Hill, its director.", "Hill") == (
        {"C.A."},
        False,
    )
    assert written_before("It was run by Ann J. Hill for years.", "Hill") == ({"Ann"}, False)


def test_the_given_names_of_a_surname_written_with_an_arabic_article() -> None:
    # "Samir al-Qaddar", then "Qaddar": the given name is before the article.
    assert written_before("said Samir al-Qaddar, its head.", "Qaddar") == ({"Samir"}, False)
    assert written_before("said Samir Qaddar-Lind, its head.", "Lind") == (set(), False)


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("Rep. Bob Hale said he would quit.\nHale's vote", "Robert Hale"),
        ("Sen. Alfonso Varga won.\nVarga praised", "Alfonso M. Varga"),
        ("Ann Lee Hale spoke.\nHale left", "Ann Hale"),
        ("  Bob\n\tHale left", "Robert Hale"),
    ],
)
def test_a_person_told_in_full_before_is_named_before(said: str, name: str) -> None:
    assert named_before(said, name)


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("Rep. Tom Hale said he would quit.\nHale's vote", "Robert Hale"),
        ("Robert, said Hale, was late.", "Robert Hale"),
        ("Hale's vote", "Robert Hale"),
        # a sentence ends between the given name and the surname: two people
        ("The mayor thanked Robert. Hale said no.", "Robert Hale"),
        ("Talks were led by Bob Marsh.\nHale's vote", "Robert Hale"),
    ],
)
def test_another_given_name_or_none_is_not(said: str, name: str) -> None:
    assert not named_before(said, name)


@pytest.mark.parametrize(
    "text", ["", "   ", "Hale", " Ann  Lee\tHale\n ", "a b c d e f", "x\u00a0y z"]
)
def test_the_words_before_a_place_are_the_last_words_split_cuts(text: str) -> None:
    """Read back from the place, the same words ``str.split`` gives, nearest first, however
    few there are."""
    for end in range(len(text) + 1):
        for count in (1, 3, 9):
            expected = text[:end].split()[-count:][::-1] if text[:end].split() else []
            assert _words_before(text, end, count) == expected
