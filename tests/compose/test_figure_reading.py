"""The figures of one article: weights, standing counts and rates as read."""

from __future__ import annotations

import time

from briefing.analyse import analyse
from briefing.compose.figure_reading import article_figures
from briefing.lang.conditions import (
    LOST_PARENT_RE,
    ORPHANED_BEFORE_RE,
    ORPHANED_BY_RE,
    STANDING_AFTER_RE,
)
from briefing.lang.figures import RATE_BEFORE_RE
from briefing.model import Document


def read(text: str):
    adoc = analyse([Document(location="a.txt", text=text, title="A")], entities=True).docs[0]
    return article_figures(adoc)


def test_a_weight_whose_unit_the_number_left_out_is_a_weight():
    [fig] = read("Officers found 1,500 lb of cocaine hidden in the ship's hold.")
    assert fig.key[0] == "weight of cocaine"
    assert fig.span is not None and 640 < fig.span[0] < fig.span[1] < 720


def test_people_of_a_nation_with_a_condition_are_people_there():
    [fig] = read("Perhaps 640,000 Malawians are infected with HIV, a clinic survey found.")
    assert (fig.key[0], fig.about) == ("person", "HIV")
    assert "malawians" in fig.places


def test_a_place_between_the_people_and_their_condition():
    [fig] = read("Some 1.9 million people in Kenya are living with HIV, the minister said.")
    assert (fig.key[0], fig.about) == ("person", "HIV")
    [fig] = read("More than one million children in Zambia have been orphaned by AIDS.")
    assert (fig.key[0], fig.about) == ("orphan", "AIDS")


def test_a_condition_that_orphaned_children():
    [fig] = read("AIDS has orphaned 700,000 children in the region, the charity said.")
    assert (fig.key[0], fig.about) == ("orphan", "AIDS")


def test_people_who_have_lost_something_have_no_condition_lost():
    [fig] = read("Some 40 people in the town have lost their homes to the flood.")
    assert fig.about == ""
    [fig] = read("About 30 children have lost a parent to the Velna fever, it said.")
    assert (fig.key[0], fig.about) == ("orphan", "Velna")


def test_a_country_that_orphaned_children_in_a_war_is_no_condition():
    [fig] = read("They adopted 60 children orphaned by Lorania's war with Velna.")
    assert fig.about == ""


def test_and_before_a_standing_verb_is_no_condition():
    [fig] = read("It costs $5 billion a year and striking 30 million Americans, it said.")
    assert fig.about == ""


def test_words_after_have_or_with_that_name_no_condition():
    [fig] = read("Police have arrested 45 people in connection with the riots, officials said.")
    assert fig.about == ""
    [fig] = read("Guards held 14 Velnans, who have since gone home, on Monday.")
    assert fig.about == ""
    [fig] = read("It says that 12 Velnans have a very bright future.")
    assert fig.about == ""


def test_children_of_an_age_with_a_condition_are_children_not_everyone():
    [fig] = read("An estimated 1.5 million children under 15 are living with HIV.")
    assert (fig.key[0], fig.about) == ("child", "HIV")
    [fig] = read("An estimated 25 million Loranians are infected with HIV.")
    assert (fig.key[0], fig.about) == ("person", "HIV")


def test_people_who_have_died_have_no_condition():
    [fig] = read("Some 250 people in the province have died since the outbreak began.")
    assert fig.about == ""


def test_a_rate_whose_time_frame_opens_the_sentence():
    [fig] = read("Each year, malaria kills 2 million people worldwide.")
    assert fig.period == "year"


def test_the_new_patterns_are_fast_on_a_huge_run():
    word = "x" * 200_000
    start = time.process_time()
    assert ORPHANED_BEFORE_RE.search(word + " orphans ") is None
    assert RATE_BEFORE_RE.match("Each year, " + "y" * 200_000) is None
    assert STANDING_AFTER_RE.match(" in " + word + " with HIV") is None
    assert ORPHANED_BEFORE_RE.search("a " * 40_000 + "b orphaned ")
    assert LOST_PARENT_RE.match(" in " + word + " have lost a parent to AIDS") is None
    assert LOST_PARENT_RE.match(" have lost " + "a " * 40_000) is None
    ORPHANED_BY_RE.match(" orphaned by " + "X" * 200_000 + "'s war")
    STANDING_AFTER_RE.match(" have " + "lost" * 50_000)
    assert time.process_time() - start < 1.0


def test_how_many_of_a_kind_were_ever_made_is_a_whole_count():
    [fig] = read("Only 20 of the airships were ever built, and most were later scrapped.")
    assert (fig.key[0], fig.value, fig.text) == ("airship", 20.0, "20")
    # where or when they were made is a part of the count, not the whole
    assert read("Five of the airships were built in Friedrichshafen last year.") == []
    assert read("Twenty of the 60 airships were built before the war.") == []


def test_a_made_partitive_is_read_in_bounded_time():
    from briefing.lang.figures import MADE_OF_KIND_RE

    start = time.process_time()
    MADE_OF_KIND_RE.match(" of the " + "s" * 200_000 + " were built")
    MADE_OF_KIND_RE.match(" of the planes were " + "ever " * 40_000)
    assert time.process_time() - start < 1.0


def test_a_count_of_new_things_is_no_total():
    """'40 new workers' counts those added, not how many there are (RELATIVE_COUNT_WORDS):
    no figure to set against another source's total."""
    assert read("The mill hired 40 new workers on Monday, the owner said.") == []
    [fig] = read("The mill hired 40 seasonal workers on Monday, the owner said.")
    assert fig.value == 40


def test_a_range_of_counts_is_one_figure_spanning_its_ends():
    [fig] = read("Between 1.5 million and 2 million Velmonters are living with HIV.")
    assert (fig.key[0], fig.about, fig.span) == ("person", "HIV", (1_500_000, 2_000_000))
    assert fig.text == "Between 1.5 million and 2 million"
    [fig] = read("Blue fever kills 1-2 million people a year in Velmont.")
    assert fig.span == (1_000_000, 2_000_000) and fig.period == "year"


def test_a_standing_count_told_after_what_it_counts():
    [fig] = read("The number of Velmonters living with HIV has reached 1.9 million.")
    assert (fig.value, fig.key[0], fig.about) == (1_900_000, "person", "HIV")
    [fig] = read("The number of AIDS orphans in Velmont is 700,000, officials said.")
    assert (fig.value, fig.key[0], fig.about) == (700_000, "orphan", "AIDS")
    assert read("The number of cases in Velmont was 400 last year.") == []


def test_people_a_condition_has_infected_or_who_carry_it_have_it():
    [fig] = read("HIV has infected 1.5 million Velmonters, the ministry said.")
    assert (fig.key[0], fig.about) == ("person", "HIV")
    [fig] = read("The council says 2.2 million Velmonters carry HIV.")
    assert (fig.key[0], fig.about) == ("person", "HIV")
