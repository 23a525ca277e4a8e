"""How counts are worded (lang/counts.py): ranges of counts and counts told after what
they count."""

import time

import pytest

from briefing.lang.counts import NUMBER_OF_RE, count_ranges


@pytest.mark.parametrize(
    "text, found",
    [
        ("Between 1.5 million and 2 million people", [(1_500_000, 2_000_000)]),
        ("an estimated 1.5 to 2 million people", [(1_500_000, 2_000_000)]),
        ("500,000 to 1 million orphans", [(500_000, 1_000_000)]),
        ("kills 1-2 million a year", [(1_000_000, 2_000_000)]),
        ("2 and 3 million", []),  # two counts, unless "between"
        ("rose from 10 to 20", []),  # a change
        ("women aged 15-49", []),  # an age
        ("from 1998-99 on", []),  # years
    ],
)
def test_a_range_of_counts_has_two_ends(text: str, found: list[tuple[float, float]]) -> None:
    assert [(low, high) for _, _, low, high in count_ranges(text)] == found


def test_ranges_and_counts_told_after_their_noun_are_read_in_linear_time() -> None:
    start = time.process_time()
    count_ranges("1" * 100_000 + " " * 100_000 + " to 2 million")
    NUMBER_OF_RE.search("the number of Velmonters" + " with" * 20_000 + " is ")
    assert time.process_time() - start < 1.0


def test_a_count_told_after_what_it_counts() -> None:
    m = NUMBER_OF_RE.search("The number of Velmonters living with HIV is about ")
    assert m is not None and m.group("noun") == "Velmonters"
    m = NUMBER_OF_RE.search("The number of AIDS orphans in Velmont has reached ")
    assert m is not None and (m.group("mod"), m.group("noun")) == ("AIDS", "orphans")
