"""Regexes built from vocabularies (briefing.lang.patterns)."""

from __future__ import annotations

import re
import string
import sys

import pytest

from briefing.lang.patterns import Screened, alternation, any_pattern, cue_pattern, folded


def test_alternation_keeps_the_order_and_groups_without_capturing() -> None:
    assert alternation(["read more", "read"]) == "(?:read more|read)"
    assert re.fullmatch(alternation(["a", "b"]), "b").groups() == ()


def test_cue_pattern_matches_whole_words_in_any_case_by_default() -> None:
    said = cue_pattern(("said", "according to"))
    assert said.search("Officials SAID on Monday")
    assert said.search("according to the police")
    assert not said.search("unsaid words")


def test_cue_pattern_takes_its_context_and_flags() -> None:
    before_name = cue_pattern(("told", "via"), before="", after=r"\s*$", flags=re.NOFLAG)
    assert before_name.search("he told ")
    assert not before_name.search("he TOLD ")
    assert not before_name.search("told the court")


def test_any_pattern_keeps_each_alternative_anchored_on_its_own() -> None:
    notice = any_pattern((r"^copyright\b", "all rights reserved"))
    assert notice.search("Copyright 2024 Example")
    assert notice.search("Example News. All rights reserved.")
    assert not notice.search("The copyright dispute")


def test_folded_writes_each_character_an_ascii_letter_matches_in_any_case_as_it() -> None:
    letter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if letter.fullmatch(ch):
            same = next(x for x in string.ascii_lowercase if re.fullmatch(x, ch, re.IGNORECASE))
            assert folded(ch) == same, hex(code)
    assert folded("Dİd ſide, THE Kelvin-sign") == "did side, the kelvin-sign"


def test_screened_searches_as_its_pattern_and_skips_texts_without_a_cue() -> None:
    said = cue_pattern(("no comment", "declined to"))
    screened = Screened(said, ("no comment", "declined to"))
    texts = [
        "The mayor had NO COMMENT on the vote.",
        "A spokesman declıned to say more.",  # a dotless i matches "i" in any case
        "He declined the offer to comment.",
        "No comments were taken.",
        "",
    ]
    for text in texts:
        found, expected = screened.search(text), said.search(text)
        assert (found and found.span()) == (expected and expected.span())
    assert screened.holds_cue("He declined the offer to comment.") is False
    strict = Screened(re.compile(r"\bothers\b"), ("others",))
    assert strict.search("eleven others") and not strict.search("eleven Others")


def test_screened_takes_the_folded_text_a_caller_made_once_for_many_patterns() -> None:
    said = cue_pattern(("no comment",))
    screened = Screened(said, ("no comment",))
    text = "The mayor had NO COMMENT on the vote."
    found = screened.search(text, folded(text))
    assert found is not None and found.span() == said.search(text).span()  # type: ignore[union-attr]
    # The cues are looked for in the folded text given, the pattern in the text itself.
    assert screened.search(text, "nothing here") is None
    assert screened.holds_cue("", "no comment") is True


def test_screened_refuses_cues_a_case_insensitive_pattern_could_miss() -> None:
    with pytest.raises(ValueError):
        Screened(cue_pattern(("Said",)), ("Said",))
    with pytest.raises(ValueError):
        Screened(cue_pattern(("said.",)), ("said.",))
