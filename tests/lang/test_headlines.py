"""Headlines set as titles: title case for capitals, other headlines' casing kept."""

from __future__ import annotations

from briefing.lang.headlines import title_case, without_part_number


def test_capitals_are_set_in_title_case_with_small_words_lower() -> None:
    assert title_case("IN OREGON, DOUBTS ON TOLLS") == "In Oregon, Doubts on Tolls"
    assert title_case("U.S. SEEKS MORE TALKS (DW)") == "U.S. Seeks More Talks (DW)"


def test_a_word_takes_the_case_other_headlines_write_it_with() -> None:
    others = ["NTSB Head Disputes NorAvia Theory", "FDA Approves New Drug"]
    assert title_case("NORAVIA CRASH: NTSB AND FDA", others) == "NorAvia Crash: NTSB and FDA"


def test_mixed_case_is_kept_and_lower_case_only_when_asked() -> None:
    assert (
        title_case("Lisbon moves to make ferries cheaper") == "Lisbon moves to make ferries cheaper"
    )
    assert title_case("global warming") == "Global Warming"
    assert title_case("global warming", lower_too=False) == "global warming"


def test_a_wires_part_number_is_dropped() -> None:
    assert without_part_number("Smoking Ban Takes Effect (1)") == "Smoking Ban Takes Effect"
    assert without_part_number("Port Output Falls (12) ") == "Port Output Falls"
    assert without_part_number("Output Falls in (2024)") == "Output Falls in (2024)"
    assert without_part_number("Dockers Walk Out (DW)") == "Dockers Walk Out (DW)"
    assert without_part_number("(1)") == "(1)"


def test_the_most_common_casing_wins_and_each_list_of_headlines_counts_its_own() -> None:
    twice = ["Noravia Theory", "NorAvia Probe", "NorAvia Crash"]
    assert title_case("NORAVIA", twice) == "NorAvia"
    assert title_case("NORAVIA", twice) == "NorAvia"  # asked again: the same answer
    assert title_case("NORAVIA", ["Noravia Theory"]) == "Noravia"
    assert title_case("NORAVIA", ["Noravia Theory", "NorAvia Probe"]) == "Noravia"  # a tie
    assert title_case("NORAVIA") == "Noravia"
