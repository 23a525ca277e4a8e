"""Regexes built from vocabularies (briefing.lang.patterns)."""

from __future__ import annotations

import re

from briefing.lang.patterns import alternation, any_pattern, cue_pattern


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
