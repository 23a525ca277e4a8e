"""Words that point at what an earlier sentence told."""

from __future__ import annotations

import time

import pytest

from briefing.lang.pointing import points_back


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("Hallworth's remarks angered the ferry owners on Friday.", True),
        ("Hallworth's remarks coincided with a council vote Friday to shut the quay.", False),
        ("Unlike past cases, he made his comments Wednesday ahead of the ruling.", True),
        ("Aides said Wednesday that this case was one of the harder ones.", True),
        ("In his statement Friday, Hallworth said the quay would reopen.", False),
        ("Hallworth's remarks on the toll angered the ferry owners on Friday.", False),
        ("Hallworth's statement, saying the quay would reopen, came Friday.", False),
        ("This February, the council began fining the ferry company.", False),
        ("This week, the council shut the quay.", False),
        ("Hallworth and the other board members met the ferry owners on Monday.", True),
        ("On the other end of the line, the mayor said nothing on Monday.", True),
        ("On the other hand, the council shut the quay on Monday.", False),
        ("In July, the Marlow, Kent man had knee surgery.", True),
        ("In July, the man accused of the theft appeared in court.", False),
    ],
)
def test_words_said_or_a_thing_pointed_at_before(text: str, before: bool) -> None:
    assert points_back(text) is before


@pytest.mark.parametrize(
    "text",
    ["A" * 200_000 + "'s remarks", "this " + "a" * 200_000, "The A, " * 40_000 + "man"],
)
def test_points_back_is_quick_on_long_text(text: str) -> None:
    start = time.process_time()
    points_back(text)
    assert time.process_time() - start < 1.0
