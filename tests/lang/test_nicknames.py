"""Nicknames written next to a name (lang/nicknames.py)."""

from __future__ import annotations

import re
import time

import pytest

from briefing.lang.nicknames import _AFTER, NICKNAME_BEFORE_RE, nicknames_after, nicknames_before

# The pattern as a search from each capital reads it (what nicknames_after must find).
_FROM_EACH_CAPITAL = re.compile(_AFTER)


def found(text: str) -> list[tuple[str, str]]:
    return [(m["name"], m["nick"]) for m in nicknames_after(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Lau Kit-man, nicknamed 'Big Tiger', ran the ferry.",
        "x3Lau, dubbed 'Bull', and Chan, known as “The Hammer”",
        "Lau, nicknamed 'Tiger'Chan, dubbed 'Bull'",  # a closing quote runs into a name
        "al-Hakim, nicknamed 'Doc'; O'Hara alias 'Red' and J.R. Moss also called 'Jay'",
        "A, nicknamed 'B' ",  # a one-letter word is no name
    ],
)
def test_each_nickname_is_found_as_a_search_from_each_capital_finds_it(text: str) -> None:
    expected = [(m["name"], m["nick"]) for m in _FROM_EACH_CAPITAL.finditer(text)]
    assert found(text) == expected


def test_the_name_and_its_nickname() -> None:
    assert found("Lau Kit-man, nicknamed 'Big Tiger', ran the ferry.") == [
        ("Lau Kit-man", "Big Tiger")
    ]


@pytest.mark.parametrize("run", ["A", "Ab", "A-", "'A", "A'"])
def test_a_100_kb_run_of_name_characters_is_read_in_one_pass(run: str) -> None:
    """Tried from each capital, 10 KB of capitals took 6.0 CPU s (100 KB: about 10 minutes)."""
    text = run * (100_000 // len(run)) + " was there, nicknamed 'X'"
    start = time.process_time()
    assert found(text) == []
    assert time.process_time() - start < 1.0


def found_before(text: str) -> list[tuple[tuple[int, int], str, str]]:
    return [(m.span(), m["nick"], m["name"]) for m in nicknames_before(text)]


@pytest.mark.parametrize(
    "text",
    [
        "They call him 'Big Tiger' Lau Kit-man at the docks.",
        "“The Hammer” Okafor and ‘Doc’ Brandt met 'Red' O'Hara.",
        "Lau'Tiger' Chan",  # a quote inside a run of name characters
        "'A'B'C' Dunmore",  # a later quote of the run would match where the first did not
        "'Big' 'Tiger' Lau",
        "\"Ace\"Moss and 'Jay Bee Cee Dee' Pellow",
    ],
)
def test_each_nickname_before_a_name_is_what_the_pattern_finds(text: str) -> None:
    expected = [(m.span(), m["nick"], m["name"]) for m in NICKNAME_BEFORE_RE.finditer(text)]
    assert found_before(text) == expected


def test_the_nickname_before_the_name() -> None:
    assert [(m["nick"], m["name"]) for m in nicknames_before("'Big Tiger' Lau ran it")] == [
        ("Big Tiger", "Lau")
    ]


@pytest.mark.parametrize("run", ["'A", "A'", "'Ab", "'A-", "‘A'"])
def test_a_100_kb_run_of_quotes_and_capitals_is_read_in_one_pass(run: str) -> None:
    """Searched from each quote, 10 KB of "'A" took 1.5 CPU s (100 KB: minutes)."""
    text = run * (100_000 // len(run)) + " 'X' Moss"
    start = time.process_time()
    assert found_before(text) == [((len(text) - 8, len(text)), "X", "Moss")]
    assert time.process_time() - start < 1.0
