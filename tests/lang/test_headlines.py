"""Headlines set as titles: title case for capitals, other headlines' casing kept."""

from __future__ import annotations

from briefing.lang.headlines import title_case, without_part_number


def test_capitals_are_set_in_title_case_with_small_words_lower() -> None:
    assert title_case("IN TEXAS, DOUBTS ON EXECUTIONS") == "In Texas, Doubts on Executions"
    assert title_case("U.S. OFFERS MORE DETAILS (DW)") == "U.S. Offers More Details (DW)"


def test_a_word_takes_the_case_other_headlines_write_it_with() -> None:
    others = ["NTSB Head Disputes EgyptAir Theory", "FDA Approves New Drug"]
    assert title_case("EGYPTAIR CRASH: NTSB AND FDA", others) == "EgyptAir Crash: NTSB and FDA"


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
    twice = ["Egyptair Theory", "EgyptAir Probe", "EgyptAir Crash"]
    assert title_case("EGYPTAIR", twice) == "EgyptAir"
    assert title_case("EGYPTAIR", twice) == "EgyptAir"  # asked again: the same answer
    assert title_case("EGYPTAIR", ["Egyptair Theory"]) == "Egyptair"
    assert title_case("EGYPTAIR", ["Egyptair Theory", "EgyptAir Probe"]) == "Egyptair"  # a tie
    assert title_case("EGYPTAIR") == "Egyptair"
