"""Nicknames written next to a name (lang/nicknames.py)."""

from __future__ import annotations

import re
import time

import pytest

from briefing.lang.nicknames import _AFTER, nicknames_after

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
