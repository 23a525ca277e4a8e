"""Acronyms (lang/acronyms.py): the capitalised run that defines one."""

from __future__ import annotations

import time

import pytest

from briefing.lang.acronyms import DEFINED_ACRONYM_RE, initials, lower_words_before


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        ("the Harbour Ferry Authority (HFA) said", "Harbour Ferry Authority", "HFA"),
        (
            "the Marlow Bureau of Bridge Safety, or MBBS, said",
            "Marlow Bureau of Bridge Safety",
            "MBBS",
        ),
        # Wire copy that writes no space before the bracket.
        ("according to the Harbour Ferry Authority(HFA).", "Harbour Ferry Authority", "HFA"),
        # The small words of a name, a line break inside it, seven letters.
        (
            "the Council on Ferry Fares in\nMarlow (CFFIMAR) met",
            "Council on Ferry Fares in\nMarlow",
            "CFFIMAR",
        ),
    ],
)
def test_a_defined_acronym_and_its_name(text: str, name: str, short: str) -> None:
    m = DEFINED_ACRONYM_RE.search(text)
    assert m is not None and (m["name"], m["short"]) == (name, short)


def test_a_40000_word_capitalised_run_is_read_in_one_pass() -> None:
    """Unbounded, 4,000 words took 5.7 CPU s (each word tried the whole run after it)."""
    text = " ".join(["Hall"] * 40_000) + " Ferry Board (HFB)."
    start = time.process_time()
    found = list(DEFINED_ACRONYM_RE.finditer(text))
    assert time.process_time() - start < 2.0
    assert [m["short"] for m in found] == ["HFB"]


def test_or_glued_to_a_word_defines_no_acronym() -> None:
    assert DEFINED_ACRONYM_RE.search("the Harbour Ferry Authorityor HFA said") is None


@pytest.mark.parametrize(
    ("words", "letters"),
    [
        ("Harbour Tariff Authority", "HTA"),
        ("Bureau of Rural Water Affairs", "BRWA"),
        ("The Council for Ferry Safety", "CFS"),
        ("commission on crime", "cc"),  # a name key, in lower case
        ("3M & Partners", "P"),
    ],
)
def test_the_initials_of_a_name_skip_its_small_words(words: str, letters: str) -> None:
    assert initials(words.split()) == letters


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Cases of sexually transmitted infections (STI)",
            ["of", "sexually", "transmitted", "infections"],
        ),
        ("The Velmora dry-season crop loss (DCL)", ["dry-season", "crop", "loss"]),
        ("a rise, said officials (DCL)", ["said", "officials"]),
        ("Figures\nnew crop loss (DCL)", ["new", "crop", "loss"]),
        ("the Crop Loss Office (CLO)", []),
    ],
)
def test_the_lower_case_words_before_a_bracket(text: str, words: list[str]) -> None:
    assert lower_words_before(text, text.index(" (")) == words
