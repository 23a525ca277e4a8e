"""Words that point at what an earlier sentence told."""

from __future__ import annotations

import time

import pytest

from briefing.lang.pointing import points_back, writers_place


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("Hallworth's remarks angered the ferry owners on Friday.", True),
        ("Hallworth's remarks coincided with a council vote Friday to shut the quay.", False),
        ("Unlike past cases, he gave his comments Wednesday before the vote.", True),
        ("Aides said Wednesday that this case ranked among the harder ones.", True),
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


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("Cases rose to 1,200 in May, and this figure may double by Monday.", False),
        ("On Sept. 15, this figure was given to the council.", True),
        ("In 1998 this figure rose by half.", True),
    ],
)
def test_this_figure_after_a_figure_is_the_sentences_own(text: str, before: bool) -> None:
    assert points_back(text) is before


@pytest.mark.parametrize(
    ("text", "kinds", "unplaced"),
    [
        (
            "A smuggler was convicted in a court of this compact colony on Tuesday.",
            ["colony"],
            True,
        ),
        ("Leaders of this island nation met on Tuesday.", ["nation"], True),
        ("Officials of this town closed the bridge.", ["town"], True),
        ('"It is a blow for this country," the mayor said on Monday.', [], True),
        ("This state of affairs ended on Monday.", [], True),
    ],
)
def test_the_writers_place_called_by_its_kind(text: str, kinds: list[str], unplaced: bool) -> None:
    assert [kind for _, _, kind in writers_place(text)] == kinds
    # Placed by a dateline, it points back at nothing; else it stays in doubt. A
    # speaker's "this country" is the speaker's.
    assert points_back(text) is unplaced
    assert points_back(text, placed=True) is (not kinds)
