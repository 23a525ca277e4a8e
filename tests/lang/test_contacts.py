"""Contact and copyright furniture on made-up lines, with prose that must not match."""

from __future__ import annotations

import time

import pytest

from briefing.lang.contacts import is_contact_fragment, notice_at, without_addresses


@pytest.mark.parametrize(
    "text",
    ["555-010-2000.)", "Fax: 555-010-2001", "(12) 34-56-78", "tel. +44 20 7946 0000", "2003"],
)
def test_a_number_with_no_word_of_letters_is_a_fragment(text):
    assert is_contact_fragment(text)


@pytest.mark.parametrize(
    "text", ["Ferry Crews Win", "555 Days in the Harbour", "Call of the Sea: 1999", "F.Y.I"]
)
def test_a_headline_with_words_is_no_fragment(text):
    assert not is_contact_fragment(text)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("SPRINGFIELD Tel: 555-010-2000", 12),
        ("Ann Lee in Lyon, fax, 41-22-10-12.", 17),
        ("COPYRIGHT 1999 BY EXAMPLE MEDIA INC.", 0),
        ("Story text here © 2003 Example Media", 16),
        # prose about phones and copyright: no number or year right after the word
        ("The mayor faxed the plan to 300 donors on Monday.", None),
        ("Phone calls from 12 states flooded the office.", None),
        ("The band lost the copyright on the song in 1999.", None),
        ("She spoke by phone from Lyon, 40 miles away.", None),
    ],
)
def test_labelled_numbers_and_copyright_notices_are_found(text, start):
    assert notice_at(text) == start


def test_addresses_are_taken_out():
    assert without_addresses("Write to ann.lee@example.org today") == "Write to   today"
    assert without_addresses("SPRINGFIELD, XY 12345") is not None
    assert without_addresses("The council met on Tuesday.") is None


def test_an_address_inside_a_longer_run_is_found_whole():
    assert without_addresses("mail j.o+news@mail.example.co.uk now") == "mail   now"
    assert without_addresses("user@localhost is no address") is None


def test_a_hostile_run_of_dotted_letters_is_read_in_linear_time():
    # Every dot opens a word: a search that scanned the rest of the run from each of them
    # for an "@" took about 20 CPU s on 80 KB; a linear one takes milliseconds.
    hostile = "a." * 100_000
    start = time.process_time()
    assert without_addresses(hostile) is None
    assert not is_contact_fragment(hostile)
    assert time.process_time() - start < 2.0
