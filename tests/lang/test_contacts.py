"""Contact and copyright furniture on made-up lines, with prose that must not match."""

from __future__ import annotations

import time

import pytest

from briefing.lang import contacts
from briefing.lang.contacts import (
    copyright_line,
    is_contact_fragment,
    notice_at,
    without_addresses,
)


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
        # the word and a year open prose too: a notice needs a sign, "by" after the
        # year, "All rights" or a short line ending in no sentence
        ("Copyright 2018 rules were challenged in court by three harbour publishers.", None),
        ("Copyright 2018 rules were challenged in court.", None),
        ("Copyright 2004 Harbour Gazette Media", 0),
        ("Copyright 2000 Harbour Gazette Press Inc.", 0),
        ("Copyright 2004 Harbour Gazette Media Group and its many partners. All rights kept", 0),
        ("Copyright © 2010 The Harbour Gazette Media Group and its many partner papers", 0),
        ("She spoke by phone from Lyon, 40 miles away.", None),
    ],
)
def test_labelled_numbers_and_copyright_notices_are_found(text, start):
    assert notice_at(text) == start


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        ("Copyright Harbour Gazette Media", True),
        ("Copyright (c) Harbour Gazette Media Group and the many partner papers it serves", True),
        ("Copyright 2001 Example Corp. All Rights Reserved.", True),
        ("Copyright holders sued the file-sharing site in March.", False),
        ("Copyright 2018 rules were challenged in court.", False),
        ("The copyright of the author", False),  # not the line's opening
    ],
)
def test_a_line_opening_with_copyright_is_a_notice_only_when_it_reads_as_one(text, notice):
    assert copyright_line(text) is notice


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


# Lines whose letters are all contact labels (or hidden behind a label by a fold or a
# digit), and lines with a word besides: the quick test must give the substitutions' answer.
FRAGMENT_CASES = [
    ("Tel: 555-010-2000 / FAX 555-010-2001", True),
    ("E-mail: 555", True),
    ("Tel5", True),  # the number goes, then "Tel" stands alone as a label
    ("Tel_5 Ferry", False),
    ("ma\u0131l", False),  # "mail" alone is no label: only "e-mail" or "email" is
    ("e-ma\u0131l 555", True),  # dotless i matches "i" under re.I: a label
    ("mail 555", False),
    ("Call 555", False),
    ("ann@example.org", True),
    ("Write to ann@example.org", False),
]


@pytest.mark.parametrize(("text", "fragment"), FRAGMENT_CASES)
def test_the_quick_test_of_a_fragment_agrees_with_the_substitutions(text, fragment):
    rest = contacts._LABEL_RE.sub(
        " ", contacts.NUMBER_RE.sub(" ", contacts.EMAIL_ADDRESS_RE.sub(" ", text))
    )
    assert (contacts._LETTERS_RE.search(rest) is None) is fragment
    assert is_contact_fragment(text) is fragment


def test_a_line_without_a_label_or_copyright_cue_is_not_searched(monkeypatch):
    searched = []
    real = contacts.COPYRIGHT_NOTICE_RE

    class Spy:
        def finditer(self, text):
            searched.append(text)
            return real.finditer(text)

    monkeypatch.setattr(contacts, "COPYRIGHT_NOTICE_RE", Spy())
    assert notice_at("The ferry sailed at 9 on Monday, the harbour master said.") is None
    assert searched == []
    assert notice_at("TEL. 555-010-2000, COPYRIGHT 1999 BY EXAMPLE INC.") == 0
    assert notice_at("\u00a9 2003 Harbour Media") == 0
    assert len(searched) == 2
