"""The writer's place: a "here" that stands for the dateline's place."""

from __future__ import annotations

import time

import pytest

from briefing.lang.deixis import bare_here


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board here Wednesday approved a new toll.",
        "Officials here said the pier would reopen.",
        "The treaty was signed here on Thursday by both mayors.",
        "The old council took office here in 1989.",
        "The inspectors are here, but the ferries still run.",
    ],
)
def test_a_here_for_the_datelines_place(text: str) -> None:
    span = bare_here(text)
    assert span is not None and text[span[0] : span[1]] == "here"


@pytest.mark.parametrize(
    "text",
    [
        "Crime here in the harbour district has fallen.",  # the next words place it
        "Crime here on the north shore has fallen.",
        "Crime here in Marchby and Mayfield has fallen.",  # a place, no month's name
        "Crime here throughout the harbour district has fallen.",
        "Until then, here are the rules for boaters.",  # presents something
        "The island lies sixty miles north of here.",  # after a preposition
        'The mayor said "we all live here" on Monday.',  # a speaker's here
        "The ferry there was late again.",
    ],
)
def test_other_heres_are_left_alone(text: str) -> None:
    assert bare_here(text) is None


def test_a_long_text_of_quoted_heres_is_read_in_linear_time() -> None:
    text = '"here" ' * 50_000 + "and officials here said so."
    start = time.process_time()
    assert bare_here(text) is not None
    assert time.process_time() - start < 2.0
