"""Which of many strings occur in a text: the same answer as one ``in`` per string, by
direct searches, the text's words or the automaton alike."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.compose import substrings
from briefing.compose.substrings import found_in

# A small alphabet, so that strings overlap, nest and repeat in the text.
LETTERS = st.text(alphabet="ab c-", max_size=6)


@pytest.mark.parametrize("direct", [0, 2, substrings.DIRECT_SEARCHES])
@settings(max_examples=300, deadline=None)
@given(strings=st.lists(LETTERS, max_size=12), text=st.text(alphabet="ab c-", max_size=40))
def test_the_strings_found_are_those_in_the_text(direct: int, strings, text: str) -> None:
    old = substrings.DIRECT_SEARCHES
    substrings.DIRECT_SEARCHES = direct
    try:
        assert found_in(strings, text) == {s for s in strings if s in text}
    finally:
        substrings.DIRECT_SEARCHES = old


def test_nested_and_overlapping_strings_are_all_found() -> None:
    # Every suffix of a string found is found too, though the automaton only passes the
    # longest; a string that runs past the text's end is not.
    strings = ["kestrel", "strel", "rel", "l", "estre", "trelx", "", "el k", "k"]
    old = substrings.DIRECT_SEARCHES
    substrings.DIRECT_SEARCHES = 0
    try:
        assert found_in(strings, "the kestrel k") == {s for s in strings if s != "trelx"}
    finally:
        substrings.DIRECT_SEARCHES = old


def test_many_strings_in_a_long_text_cost_one_pass() -> None:
    # 60,000 invented words, each but the last in the text only inside a longer one: one
    # search of the text per word takes about 11 CPU s (0.4 s by the automaton).
    words = [f"q{i:05d}x" for i in range(60_000)]
    text = " ".join("z" + w for w in words[:-1])
    start = time.process_time()
    found = found_in(words, text)
    assert time.process_time() - start < 3
    assert found == set(words[:-1])
