"""Where sources differ on a figure: the same counted thing, different numbers."""

from __future__ import annotations

from briefing.analyse import analyse
from briefing.compose.figure_divergences import figure_divergences
from briefing.model import Corpus, Document

from .conftest import articles


def corpus(*texts: str, entities: bool = True) -> Corpus:
    return articles(*texts, date=None, entities=entities)


def figures(*texts: str, entities: bool = True):
    return figure_divergences(corpus(*texts, entities=entities))


def test_different_numbers_for_the_same_thing_across_sources():
    found = figures(
        "The regulator said four Chinese companies received the user data.",
        "The report found that at least three Chinese firms received the user data.",
    )
    assert len(found) == 1
    assert sorted(s for c in found[0].claims for s in c.sources) == [1, 2]
    assert "Chinese" in found[0].topic


def test_figures_about_different_things_are_not_a_divergence():
    found = figures(
        "Facebook signed data deals with 60 device makers around the world.",
        "Facebook ended relationships with 22 of the 60 companies it had partnerships with.",
        "Four Chinese companies were among the partners that received data.",
    )
    assert found == []


def test_identical_values_are_not_a_divergence():
    found = figures(
        "The breach exposed the data of up to 87 million users.",
        "Data of 87 million users was exposed in the breach.",
    )
    assert found == []


def test_rounded_figures_that_allow_one_count_are_not_a_divergence():
    # "at least 217" and "more than 200" both tell of 217 to 220 dead
    found = figures(
        "At least 217 people were killed when the Harlow ferry sank, officials said.",
        "More than 200 people were killed when the Harlow ferry sank, the coast guard said.",
    )
    assert found == []
    found = figures(
        "At least 217 people were killed when the Harlow ferry sank, officials said.",
        "More than 250 people were killed when the Harlow ferry sank, the coast guard said.",
    )
    assert [d.topic for d in found] == ["Number of people killed (At least 217, More than 250)"]


def test_one_article_counting_twice_is_not_a_divergence():
    found = figures(
        "Police said 12 people were hurt on Monday. By Tuesday 15 people were hurt, police said.",
    )
    assert found == []


def test_killed_and_injured_are_different_counts():
    found = figures(
        "Twelve people were killed in the attack on the market.",
        "Five people were injured in the attack on the market.",
    )
    assert found == []


def test_relative_counts_are_skipped():
    found = figures(
        "Regulators named Huawei and three other Chinese firms in the report.",
        "The report named four Chinese firms.",
    )
    assert found == []


def test_regex_fallback_without_entities():
    found = figures(
        "The regulator said four Chinese companies received the user data.",
        "The report found that at least three Chinese companies received the user data.",
        entities=False,
    )
    assert len(found) == 1


def test_counts_of_different_events_are_not_compared():
    found = figures(
        "The Albatross sinking near Varna killed 61 people, officials in Varna said.",
        "The Albatross that sank near Varna had 58 people aboard, officials in Varna said.",
    )
    assert found == []


def test_a_count_broken_down_in_one_sentence_is_not_a_rival():
    found = figures(
        "The Albatross lost drive in two of its four motors as it left Varna harbour.",
        "The Albatross had two motors failing as it left Varna harbour, the crew said.",
    )
    assert found == []


def test_counts_owned_by_different_parties_are_not_compared():
    found = figures(
        "After the sinking, Blue Line docked its five Albatross ferries at Varna quays.",
        "Red Line, which sails seven Albatross ferries from Burgas, kept sailing them.",
    )
    assert found == []


def test_a_toll_told_without_names_is_compared_with_the_agreed_toll():
    # Three sources agree on 40; a fourth counts 41 dead of "the sinking last week" (no
    # name, so the general figure comparison cannot tell it is the same event), and its
    # count includes a part ("including three crew") that is no rival of its own.
    found = figures(
        "The ferry Aurora sank off Varna on Monday, killing 40 people.",
        "The ferry Aurora sank off Varna on Monday, and 40 people died.",
        "Officials in Varna said 40 people were killed when the Aurora sank.",
        "The sinking last week, which killed 41 people including three crew, shocked "
        "the whole port.",
    )
    assert len(found) == 1
    assert found[0].topic.startswith("Number of people killed")
    assert found[0].claims[-1].sources == [4]


def test_a_part_after_including_leaves_the_whole_count_standing():
    # The part counts people too: only "including" says 12 is part of the 41, not a
    # breakdown of two rival counts that would drop both.
    found = figures(
        "The ferry Aurora sank off Varna on Monday, killing 40 people.",
        "The ferry Aurora sank off Varna on Monday, and 40 people died.",
        "Officials in Varna said 40 people were killed when the Aurora sank.",
        "The sinking last week killed 41 people, including 12 people from Varna.",
    )
    assert [d.topic for d in found] == ["Number of people killed (40 in 3 sources, 41 in 1 source)"]
    assert found[0].claims[-1].sources == [4]


def test_a_count_of_something_compared_to_another_is_not_its_count():
    # "spreads like Zorro": the 30 is the other worm's, not Zorro's.
    found = figures(
        "If the chat app was open, Zorro mailed itself to the top 40 contacts in "
        "the contact list, Ms. Pike said.",
        "Another worm called Bandit has also appeared, Ms. Pike said, and spreads like Zorro, "
        "mailing itself to 30 contacts in the contact list.",
    )
    assert found == []


def test_rates_of_one_time_frame_are_compared_without_a_shared_name():
    # A yearly rate describes the story's subject itself, named or not.
    found = figures(
        "Blue fever kills about 1 million people a year in poor countries, the health agency said.",
        "Blue fever causes 2 million deaths a year in poor countries, according to researchers.",
    )
    assert [d.topic for d in found] == [
        "Number of deaths a year from Blue fever (2 million, about 1 million)"
    ]
    assert [c.sources for c in found[0].claims] == [[2], [1]]


def test_rates_of_different_things_are_not_compared():
    found = figures(
        "Blue fever kills about 1 million people a year in poor countries, the agency said.",
        "Red fever kills 2 million people a year in poor countries, according to researchers.",
    )
    assert found == []
    found = figures(
        "Blue fever kills about 1 million people a year in poor countries, the agency said.",
        "Researchers count 2 million deaths a year in poor countries from blue fever.",
    )
    assert len(found) == 1


def test_a_rate_is_not_compared_with_a_total():
    found = figures(
        "Blue fever kills about 1 million people a year in poor countries, the health agency said.",
        "Blue fever has killed 2 million people in poor countries, according to researchers.",
    )
    assert found == []


def test_counts_of_different_years_are_not_compared():
    found = figures(
        "In 1992 Acme Adoptions placed 1,200 children with families in Ohio, records show.",
        "Records show that Acme Adoptions placed 1,500 children with families in Ohio in 1995.",
    )
    assert found == []


def test_how_long_an_event_lasted_is_compared():
    found = figures(
        "The Zorbia drought, which lasted 18 months, ruined farmers across the south.",
        "Farmers across the south were ruined by the Zorbia drought, lasting 12 months.",
    )
    assert [d.topic for d in found] == ["How long it lasted (12 months, 18 months)"]


def test_a_count_something_left_behind_is_no_count_of_leavers():
    # "has left 700,000 children orphaned" counts orphans, like "a million children
    # have been orphaned"; "a million" is a figure though spaCy leaves out the "a".
    found = figures(
        "The Zorbia epidemic has left 700,000 children orphaned, the charity Kids First says.",
        "In Zorbia a million children have been orphaned by the epidemic, Kids First says.",
    )
    assert [d.topic for d in found] == ["Number of children (700,000, a million)"]


def test_a_modifier_most_articles_use_is_the_storys_own_and_does_not_split_counts():
    found = figures(
        "A survey team visited all of Portugal's 144 settlements in the Green Valley region"
        " on Monday. Portuguese farmers welcomed the survey team.",
        "Portugal has built 190 Portuguese settlements in the Green Valley region since the war.",
    )
    assert [d.topic for d in found] == ["Number of settlements in the Green Valley (144, 190)"]


def test_a_modifier_few_articles_use_still_tells_counts_apart():
    found = figures(
        "A survey team visited all of Portugal's 144 settlements in the Green Valley region"
        " on Monday.",
        "Portugal has built 190 Spanish settlements in the Green Valley region since the war.",
        "The Green Valley survey team met farmers in Portugal on Monday.",
    )
    assert found == []


def dated(*items: tuple[str, str]) -> Corpus:
    import datetime as dt

    docs = [
        Document(location=f"doc{i}.txt", text=t, title=f"Doc {i}", date=dt.date.fromisoformat(d))
        for i, (d, t) in enumerate(items)
    ]
    return analyse(docs)


def test_counts_of_people_with_one_condition_are_compared_months_apart():
    found = figure_divergences(
        dated(
            ("1999-01-10", "Grey lung affects more than 14 million Americans, doctors said."),
            ("1999-06-02", "About 27 million Americans suffer from grey lung, a survey found."),
        )
    )
    assert len(found) == 1
    assert "grey lung" in found[0].topic
    assert sorted(s for c in found[0].claims for s in c.sources) == [1, 2]


def test_counts_of_people_with_two_conditions_are_not_compared():
    found = figure_divergences(
        dated(
            ("1999-01-10", "Rheumatoid arthritis affects 2 million Americans, doctors said."),
            ("1999-01-12", "Osteoarthritis, which affects 5 million Americans, is common."),
        )
    )
    assert found == []


def test_a_running_count_months_apart_is_not_compared():
    found = figure_divergences(
        dated(
            ("1999-01-10", "The state has carried out 131 executions under the governor."),
            ("1999-06-02", "The state has carried out 150 executions under the governor."),
        )
    )
    assert found == []


def test_a_higher_toll_told_days_later_updates_the_earlier_one():
    # the dead are counted as the story goes on: "killed 20" on Monday, "35" on Wednesday
    found = figure_divergences(
        dated(
            ("2031-03-03", "The Corvo Air crash near Teldra killed 20 people, officials said."),
            ("2031-03-05", "The Corvo Air crash near Teldra has killed 35 people, officials said."),
        )
    )
    assert found == []


def test_different_tolls_told_the_same_day_or_a_lower_one_later_are_compared():
    same_day = dated(
        ("2031-03-03", "The Corvo Air crash near Teldra killed 20 people, officials said."),
        ("2031-03-03", "The Corvo Air crash near Teldra killed 35 people, the airline said."),
    )
    lower_later = dated(
        ("2031-03-03", "The Corvo Air crash near Teldra killed 35 people, officials said."),
        ("2031-03-04", "The Corvo Air crash near Teldra killed 20 people, the airline said."),
    )
    for corpus in (same_day, lower_later):
        assert [d.topic for d in figure_divergences(corpus)] == ["Number of people killed (20, 35)"]


def test_a_count_a_later_article_says_was_corrected_is_no_divergence():
    found = figure_divergences(
        dated(
            ("2031-03-03", "The Corvo Air crash near Teldra killed 35 people, officials said."),
            (
                "2031-03-04",
                "The Corvo Air crash near Teldra killed 31 people, officials said, "
                "correcting an earlier figure.",
            ),
        )
    )
    assert found == []


def test_crew_members_are_counted_as_crew():
    found = figures(
        "The trawler Merrow sank off Dunlin Point with 16 crew aboard.",
        "The Merrow had 18 crew members aboard when it sank off Dunlin Point, the navy said.",
    )
    assert [d.topic for d in found] == ["Number of crew aboard (16, 18)"]
    # members of other groups are no crew
    found = figures(
        "The trawler Merrow sank off Dunlin Point with 16 crew aboard.",
        "The Merrow had 18 club members aboard when it sank off Dunlin Point, the navy said.",
    )
    assert found == []


def test_a_rounded_estimate_agrees_with_the_exact_figure():
    found = figures(
        "Grey lung afflicts 2.1 million Americans, the foundation said.",
        "Grey lung, which strikes about 2 million Americans, has no cure.",
    )
    assert found == []


def test_estimated_figures_are_compared():
    found = figures(
        "Grey lung afflicts an estimated 3 million Americans, the foundation said.",
        "Grey lung, which affects 5 million Americans, has no cure.",
    )
    assert len(found) == 1
    assert "an estimated 3 million" in found[0].topic


def test_death_rates_of_one_subject_are_compared_in_other_words():
    found = figures(
        "In one estimate, sleeping pills contribute to more than 4,000 deaths annually.",
        "A study of patients showed 9,300 deaths a year from drug-related falls.",
    )
    assert len(found) == 1
    assert "a year" in found[0].topic


def test_death_rates_of_two_killers_are_not_compared():
    found = figures(
        "Doctors say that heart disease kills 500,000 people a year in the country.",
        "Doctors say that cancer kills 800,000 people a year in the country.",
    )
    assert found == []


def test_people_living_with_a_virus_in_words_and_digits():
    found = figure_divergences(
        dated(
            (
                "2001-02-01",
                "The country has 1.5 million people living with HIV, the ministry said.",
            ),
            (
                "2001-09-20",
                "Two million people are living with HIV in the country, the agency said.",
            ),
        )
    )
    assert len(found) == 1
    assert "HIV" in found[0].topic


def test_people_with_a_virus_counted_in_other_words():
    found = figure_divergences(
        dated(
            ("2001-02-01", "About 1.5 million people in the country are HIV positive, it said."),
            ("2001-09-20", "An estimated 1.9 million people are living with HIV in the country."),
        )
    )
    assert [d.topic for d in found] == [
        "Number of people with HIV (About 1.5 million as of Feb 2001, An estimated 1.9 million as "
        "of Sep 2001)"
    ]


def test_orphans_counted_in_other_words():
    found = figure_divergences(
        dated(
            ("2001-02-01", "The region has 1 million AIDS orphans, the charity said."),
            (
                "2001-05-02",
                "The charity said AIDS has left 700,000 children orphaned in the region.",
            ),
        )
    )
    assert [d.topic for d in found] == [
        "Number of children orphaned by AIDS (1 million as of Feb 2001, 700,000 as of May 2001)"
    ]


def test_a_death_rate_with_no_counted_noun_is_compared():
    found = figures(
        "Malaria kills 2 million a year, the agency said.",
        "Malaria kills more than 1 million people annually, most of them children.",
    )
    assert [d.topic for d in found] == [
        "Number of deaths a year from Malaria (2 million, more than 1 million)"
    ]


def test_time_served_by_one_person_is_compared():
    # a settled fact: compared months apart, unlike a running count
    found = figure_divergences(
        dated(
            ("2000-03-13", "Marlow, a 22-year veteran of the DVS, spoke on Monday."),
            ("1999-08-09", "Marlow served for 21 years in the DVS as an agent."),
        )
    )
    assert [d.topic for d in found] == ["Time served (21 years, 22-year)"]
    assert (
        figures(
            "Okafor, a 22-year veteran of the DVS, spoke on Monday.",
            "Marlow served for 21 years in the DVS as an agent.",
        )
        == []
    )


def test_a_forecast_duration_is_a_span():
    found = figures(
        "El Viento often lasts at least a year, forecasters said.",
        "El Viento typically lasts only several months, the center said.",
    )
    assert [d.topic for d in found] == ["How long it lasted (at least a year, only several months)"]
    assert (
        figures(
            "El Viento often lasts about a year, forecasters said.",
            "El Viento usually lasts at least several months, the center said.",
        )
        == []
    )


def test_forecasts_of_how_long_it_will_last_are_compared_with_forecasts_only():
    found = figures(
        "The Velna Current is expected to last six months, forecasters said.",
        "Forecasters said the Velna Current would persist for at least a year.",
    )
    assert [d.topic for d in found] == ["How long it will last (at least a year, six months)"]
    # how long such a current usually lasts is no forecast of this one
    assert (
        figures(
            "The Velna Current is expected to last six months, forecasters said.",
            "Forecasters said a Velna Current often lasts at least a year.",
        )
        == []
    )


def test_weights_are_compared_in_one_unit():
    seized = "The Coast Guard seized {} of cocaine from the Miss Lucy off Miami."
    found = figures(seized.format("800 kilograms"), seized.format("1,500 pounds"))
    assert len(found) == 1 and "cocaine" in found[0].topic
    # a conversion that agrees is no dispute
    assert figures(seized.format("800 kilograms"), seized.format("1,760 pounds")) == []
    assert figures(seized.format("800 kilograms (1,760 pounds)"), seized.format("800 kilos")) == []


def test_estimates_for_two_places_are_not_compared():
    found = figure_divergences(
        dated(
            ("2001-02-01", "About 1.5 million people in Kenya are HIV positive, it said."),
            ("2001-09-20", "An estimated 1.9 million people are living with HIV in Uganda."),
        )
    )
    assert found == []


def test_a_rate_for_one_place_is_not_compared_with_the_worlds():
    # the other article names no such place: its figure may be the world's
    assert (
        figures(
            "Malaria kills more than 1 million people each year.",
            "Malaria kills 2 million people annually in Lorania.",
        )
        == []
    )
    assert (
        figures(
            "Malaria kills more than 1 million people a year worldwide.",
            "Lorania has many clinics. Malaria kills 2 million people annually in Lorania.",
        )
        == []
    )
    # an article about Lorania that gives a figure naming no place gives Lorania's
    found = figures(
        "Lorania has many clinics. Malaria kills more than 1 million people each year.",
        "Malaria kills 2 million people annually in Lorania.",
    )
    assert [d.topic for d in found] == [
        "Number of deaths a year from Malaria (2 million, more than 1 million)"
    ]


def test_a_place_where_most_of_a_rate_falls_is_no_scope_of_its_own():
    found = figures(
        "Malaria kills more than 1 million people a year, the agency said.",
        "Malaria claims 2 million lives a year, mostly children in Lorania, it said.",
    )
    assert [d.topic for d in found] == [
        "Number of deaths a year from Malaria (2 million, more than 1 million)"
    ]


def test_a_death_rate_of_a_people_is_the_rate_in_their_place():
    found = figures(
        "Velna fever kills 2 million Loranians a year.",
        "In Lorania, Velna fever kills more than 1 million people each year.",
    )
    assert [d.topic for d in found] == [
        "Number of deaths a year from Velna fever in Lorania (2 million, more than 1 million)"
    ]


def test_the_disease_that_kills_is_the_one_most_articles_name():
    found = figures(
        "The disease kills 1 million people a year.",
        "Malaria is responsible for 2 million deaths every year.",
        "Malaria is spread by mosquitoes. Malaria is treatable.",
    )
    assert [d.topic for d in found] == ["Number of deaths a year (1 million, 2 million)"]


def test_counts_of_two_months_are_two_counts():
    told = "Police arrested {} suspects {} in the bombing of the Velna hotel."
    found = figure_divergences(
        dated(
            ("2031-03-01", told.format(18, "last month")),
            ("2031-03-02", told.format(32, "in February")),
        )
    )
    assert [d.topic for d in found] == ["Number of suspects arrested (18, 32)"]
    found = figure_divergences(
        dated(
            ("2031-03-01", told.format(18, "last month")),
            ("2031-03-02", told.format(32, "in January")),
        )
    )
    assert found == []


def test_a_death_rate_told_as_lives_claimed_with_no_noun_is_compared():
    found = figures(
        "Malaria kills more than 1 million people each year.",
        "Malaria claims 2 million lives a year.",
    )
    assert [d.topic for d in found] == [
        "Number of deaths a year from Malaria (2 million, more than 1 million)"
    ]


def test_children_who_lost_a_parent_to_a_disease_are_its_orphans():
    found = figures(
        "AIDS has orphaned 700,000 children in Lorania.",
        "Some 1 million children in Lorania have lost a parent to AIDS.",
    )
    assert [d.topic for d in found] == [
        "Number of children orphaned by AIDS in Lorania (700,000, Some 1 million)"
    ]


def test_a_rate_for_a_region_and_for_a_place_in_it_are_compared():
    found = figures(
        "Malaria kills 2 million a year in Africa, the agency said.",
        "Malaria kills more than 1 million people annually in sub-Saharan Africa.",
    )
    assert len(found) == 1


def test_lives_a_disease_claims_are_its_deaths():
    found = figures(
        "Malaria kills 1 million people a year in Africa, the agency said.",
        "In Africa malaria claims up to 2 million lives a year, researchers say.",
    )
    assert [d.topic for d in found] == [
        "Number of deaths a year from malaria in Africa (1 million, up to 2 million)"
    ]


def test_a_condition_under_another_name_is_one_condition():
    found = figure_divergences(
        dated(
            ("2001-02-01", "The country has 1.5 million people living with HIV/AIDS, it said."),
            (
                "2001-03-20",
                "An estimated 1.9 million people are infected with the AIDS virus there.",
            ),
        )
    )
    assert len(found) == 1 and "HIV" in found[0].topic


def test_counts_of_one_unnamed_event_are_compared():
    found = figures(
        "Police have detained 18 suspects in the bombing of the river ferry.",
        "Thirty-two suspects have been detained in the bombing of the river ferry, police said.",
    )
    assert len(found) == 1
    assert "suspects" in found[0].topic
    assert sorted(s for c in found[0].claims for s in c.sources) == [1, 2]


def test_a_part_of_an_unnamed_count_is_no_rival():
    found = figures(
        "Police have detained 18 of the suspects in the bombing of the river ferry.",
        "Thirty-two suspects have been detained in the bombing of the river ferry, police said.",
    )
    assert found == []


def test_an_unnamed_count_is_not_compared_with_a_named_one():
    found = figures(
        "Police have detained 18 suspects in the bombing of the river ferry.",
        "Thirty-two suspects have been detained in Ostravia in the bombing of the river ferry.",
    )
    assert found == []


def test_a_higher_unnamed_count_told_later_is_an_update():
    found = figure_divergences(
        dated(
            ("1999-01-10", "Police have detained 18 suspects in the bombing of the river ferry."),
            (
                "1999-01-12",
                "Police have now detained 32 suspects in the bombing of the river ferry.",
            ),
        )
    )
    assert found == []


def test_a_lower_unnamed_count_told_later_is_compared():
    found = figure_divergences(
        dated(
            ("1999-01-10", "Police have detained 32 suspects in the bombing of the river ferry."),
            ("1999-01-12", "Police have detained 18 suspects in the bombing of the river ferry."),
        )
    )
    assert len(found) == 1


def test_everyone_aboard_who_died_is_the_count_aboard():
    found = figures(
        "The Ostravia ferry sank with 118 passengers aboard in the Kalder Strait.",
        "All 116 passengers aboard the Ostravia ferry died when it sank in the Kalder Strait.",
    )
    assert len(found) == 1
    assert "116" in found[0].topic and "118" in found[0].topic


def test_some_of_those_aboard_who_died_are_not_the_count_aboard():
    found = figures(
        "The Ostravia ferry sank with 118 passengers aboard in the Kalder Strait.",
        "Some 116 passengers aboard the Ostravia ferry died when it sank in the Kalder Strait.",
    )
    assert found == []


def test_all_before_a_long_run_of_spaces_is_fast():
    import time

    from briefing.compose.figure_reading import ALL_ABOARD_RE

    text = "all" + " " * 200_000 + "x"
    start = time.process_time()
    assert ALL_ABOARD_RE.search(text) is None
    assert ALL_ABOARD_RE.search("x " * 40_000 + "all ")
    assert time.process_time() - start < 1.0


def test_unnamed_counts_opening_on_different_names_are_not_compared():
    found = figures(
        "Ostravia police have detained 18 suspects in the bombing of the river ferry.",
        "Kalder police have detained 32 suspects in the bombing of the river ferry.",
    )
    assert found == []


def test_weights_of_one_load_whatever_was_done_with_it():
    found = figures(
        "The coast guard seized 800 kilograms of cocaine from the boat.",
        "The boat was carrying 1,500 pounds of cocaine when the coast guard stopped it.",
    )
    assert [d.topic for d in found] == ["Weight of cocaine (1,500 pounds, 800 kilograms)"]


def test_weights_seized_in_two_places_are_two_loads():
    found = figures(
        "Police seized 800 kilograms of cocaine from a boat in Miami.",
        "Police seized 1,500 pounds of cocaine from a boat in Houston.",
    )
    assert found == []


def test_plain_orphans_in_one_place_are_the_named_orphans_there():
    found = figure_divergences(
        dated(
            ("2000-01-10", "Zambia has 700,000 orphans, aid agencies say."),
            ("2000-02-10", "Zambia now has a million AIDS orphans, the health minister said."),
        )
    )
    assert [d.topic for d in found] == [
        "Number of children orphaned by AIDS in Zambia"
        " (700,000 as of Jan 2000, a million as of Feb 2000)"
    ]


def test_war_orphans_are_not_the_orphans_of_a_disease():
    found = figure_divergences(
        dated(
            ("2000-01-10", "Uganda has 40,000 war orphans."),
            ("2000-02-10", "Uganda now has 100,000 AIDS orphans, the health minister said."),
        )
    )
    assert found == []


def test_a_nations_people_and_the_people_of_that_country_are_one_count():
    found = figure_divergences(
        dated(
            ("2000-01-10", "An estimated 1.5 million Kenyans are infected with HIV."),
            ("2000-02-10", "Some 1.9 million people in Kenya are living with HIV, he said."),
        )
    )
    assert len(found) == 1 and "HIV" in found[0].topic
    other = figure_divergences(
        dated(
            ("2000-01-10", "An estimated 1.5 million Kenyans are infected with HIV."),
            ("2000-02-10", "Some 1.9 million people in Uganda are living with HIV, he said."),
        )
    )
    assert other == []


def test_the_disease_that_kills_is_the_storys_disease():
    def rates(*texts: str):
        return figure_divergences(dated(*(("2000-01-10", t) for t in texts)))

    found = rates(
        "Malaria kills more than 1 million people a year.",
        "The disease kills 2 million people every year, the agency says.",
        "A new malaria vaccine was tested.",
    )
    assert len(found) == 1 and found[0].topic.startswith("Number of deaths a year")
    # a disease most articles do not name is not what "the disease" stands for
    found = rates(
        "Tuberculosis kills more than 1 million people a year.",
        "The disease kills 2 million people every year, the agency says.",
        "A new malaria vaccine was tested.",
        "Malaria is spreading.",
    )
    assert found == []


def test_an_unnamed_count_says_what_it_counts_and_may_open_on_a_common_word():
    found = figures(
        "So far 32 suspects have been arrested over the blasts.",
        "Authorities said they had arrested 18 suspects over the blasts.",
        "The blasts have so far killed 15 people, authorities said.",
    )
    assert [d.topic for d in found] == ["Number of suspects arrested (18, 32)"]


def test_how_many_were_ever_built_against_another_sources_count():
    found = figures(
        "Germany and Britain built 16 airships, and Zeppelin Air and Hansa Air flew the "
        "unsold airships.",
        "Only 24 of the airships were ever built, and just 9 of those flew with Zeppelin "
        "Air and Hansa Air.",
    )
    assert [d.topic for d in found] == ["Number of airships (16, 24)"]


def test_values_an_article_gives_both_are_two_counts_not_a_disagreement():
    # Each source names two businesses and three businesses: the story has both counts.
    found = figures(
        "The Orvane deal would realign three businesses of the Dresk group. Since then, "
        "Orvane has focused on two businesses of the Dresk group.",
        "Since then, Orvane has focused on two businesses of the Dresk group. The Orvane deal "
        "would realign three businesses of the Dresk group.",
    )
    assert found == []


def test_a_sentence_giving_both_numbers_tells_two_quantities():
    found = figures(
        "The Ostravian council fears the Greens could win a 12-member majority on the board "
        "of Ostravian Rail, where the Greens hold 9 members now.",
        "The Greens now hold 9 members on the board of Ostravian Rail, the Ostravian council said.",
        "The Ostravian council warned that the Greens want 12 members on the board of Ostravian "
        "Rail.",
    )
    assert found == []


def test_small_counts_no_event_measures_are_parts_of_a_story():
    found = figures(
        "Kiran Vel said two rival groups joined the talks on a new Velna cabinet.",
        "Kiran Vel said three rival groups joined the talks on a new Velna cabinet.",
    )
    assert found == []
    # A small count of an event still differs: three or four arrested.
    found = figures(
        "Kiran Vel said police arrested three rival leaders at the talks in Velna.",
        "Kiran Vel said police arrested two rival leaders at the talks in Velna.",
    )
    assert [d.topic for d in found] == ["Number of rival leaders arrested in Velna (three, two)"]


def test_a_count_outside_another_sources_range_is_a_divergence():
    found = figure_divergences(
        dated(
            ("2031-01-10", "Between 1.5 million and 2 million Ostravians are living with HIV."),
            ("2031-03-02", "Some 3 million people in Ostravia are living with HIV, it said."),
        )
    )
    assert len(found) == 1
    assert "Between 1.5 million and 2 million" in found[0].topic


def test_a_count_inside_another_sources_range_is_no_divergence():
    found = figure_divergences(
        dated(
            ("2031-01-10", "Between 1.5 million and 2 million Ostravians are living with HIV."),
            ("2031-03-02", "The agency said 1.6 million people in Ostravia are living with HIV."),
        )
    )
    assert found == []


def test_a_standing_count_told_after_what_it_counts_is_compared():
    """ "The number of Ostravians living with HIV is 1.5 million" names its place apart
    from "In Ostravia": the condition and place are the count's subject, no other name."""
    found = figure_divergences(
        dated(
            ("2031-01-10", "The number of Ostravians living with HIV is 1.5 million, they said."),
            ("2031-03-02", "In Ostravia, 1.9 million people have HIV, the agency said."),
        )
    )
    assert len(found) == 1
    assert sorted(s for c in found[0].claims for s in c.sources) == [1, 2]


def test_estimates_of_a_standing_count_years_apart_are_compared_as_of_when():
    found = figure_divergences(
        dated(
            ("2029-01-10", "Some 1.5 million Ostravians are infected with HIV, officials said."),
            ("2031-06-02", "The council says 2.2 million Ostravians carry HIV."),
        )
    )
    assert len(found) == 1
    assert "as of Jan 2029" in found[0].topic and "as of Jun 2031" in found[0].topic


def test_a_lower_and_an_upper_bound_that_meet_are_no_divergence():
    # 1.5 million is both more than 1 million and up to 2 million
    found = figures(
        "Malaria kills more than 1 million people a year in Africa, the agency said.",
        "In Africa malaria claims up to 2 million lives a year, researchers say.",
    )
    assert found == []
    found = figures(
        "Malaria kills more than 3 million people a year in Africa, the agency said.",
        "In Africa malaria claims up to 2 million lives a year, researchers say.",
    )
    assert len(found) == 1


def test_a_figure_read_as_infinity_is_written_nowhere() -> None:
    """Hundreds of digits make a float infinity, which int() refuses (OverflowError)."""
    from briefing.compose.figure_divergences import _states

    assert not _states("They counted " + "1" * 400 + " fish.", float("inf"))
    assert _states("a 12-member panel", 12.0)


def test_many_counts_of_one_noun_are_grouped_fast():
    import copy
    import datetime as dt
    import time

    from briefing.compose import figure_context as fd
    from briefing.compose.figure_reading import article_figures

    two = corpus(
        "Police in Ostrava said the Varnholm gang sold 1,200 stolen bicycles in the Kalder "
        "market last spring.",
        "Officials in Brno said the Tessaly ring sold 1,300 stolen bicycles at the Marden fair "
        "over the summer.",
    )
    first = [article_figures(adoc)[0] for adoc in two.docs]
    many = []
    for i in range(600):  # a page listing hundreds of counts of one noun
        f = copy.copy(first[i % 2])
        f.value, f.sentence_date = 1000.0 + i, dt.date(2020, 1, 1) + dt.timedelta(days=i)
        many.append(f)
    start = time.process_time()
    groups = fd.same_context_clusters(many, fd.StoryWords(frozenset(), frozenset()))
    assert time.process_time() - start < 2.0  # 600 took 11 CPU s, pair by pair
    kept = [f for g in groups for f in g]
    assert len(kept) == fd.MAX_GROUP_FIGURES
    assert min(f.value for f in kept) == 1000.0 + 600 - fd.MAX_GROUP_FIGURES  # the latest
    assert {f.sentence.source_id for f in groups[0]} == {groups[0][0].sentence.source_id}
