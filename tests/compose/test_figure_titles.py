"""The title of a figure divergence names what is counted, with the condition, cause and
place all of its claims agree on."""

from __future__ import annotations

import datetime as dt

from briefing.analyse import analyse
from briefing.compose.figure_divergences import figure_divergences
from briefing.compose.figure_titles import place_stem
from briefing.model import Document


def topics(*dated: tuple[str, str]) -> list[str]:
    docs = [
        Document(location=f"doc{i}.txt", text=t, title=f"Doc {i}", date=dt.date.fromisoformat(d))
        for i, (d, t) in enumerate(dated)
    ]
    return [d.topic for d in figure_divergences(analyse(docs, entities=True))]


def test_a_standing_count_names_the_place_its_people_and_its_claims_share():
    assert topics(
        ("2000-03-01", "About 1.5 million Kenyans are living with HIV, the ministry said."),
        ("2001-02-10", "An estimated 1.9 million people in Kenya have HIV."),
    ) == [
        "Number of people with HIV in Kenya"
        " (About 1.5 million as of Mar 2000, An estimated 1.9 million as of Feb 2001)"
    ]


def test_a_place_only_one_claim_names_is_left_out():
    assert topics(
        ("2000-03-01", "About 1.5 million Kenyans are living with HIV, the ministry said."),
        ("2000-03-03", "Clinics in Kenya are full. Some 1.9 million people are infected with HIV."),
    ) == ["Number of people with HIV (About 1.5 million, Some 1.9 million)"]


def test_a_place_that_has_the_count_is_its_place():
    assert topics(
        ("2000-03-01", "Kenya has 1.5 million people living with HIV, the ministry said."),
        ("2000-08-10", "In Kenya, about 1.9 million people have HIV, the agency said."),
    ) == [
        "Number of people with HIV in Kenya"
        " (1.5 million as of Mar 2000, about 1.9 million as of Aug 2000)"
    ]


def test_a_death_rate_names_its_cause_when_every_claim_names_it():
    assert topics(
        (
            "2000-04-25",
            "Ministers met on malaria. Malaria kills 1 million people a year in Africa.",
        ),
        ("2000-05-01", "In Africa, malaria causes 2 million deaths a year, doctors said."),
    ) == ["Number of deaths a year from malaria in Africa (1 million, 2 million)"]
    # "the disease" says no cause a reader can see: the claims tell it
    assert topics(
        (
            "2000-04-25",
            "Ministers met on malaria. Malaria kills 1 million people a year in Africa.",
        ),
        (
            "2000-05-01",
            "A malaria drug was tested. The disease kills as many as 2 million Africans each year.",
        ),
    ) == ["Number of deaths a year in Africa (1 million, as many as 2 million)"]


def test_a_cause_told_after_the_deaths_is_their_cause():
    assert topics(
        ("2000-04-25", "Each year 1 million people die from malaria in Africa, they said."),
        ("2000-05-01", "Malaria kills 2 million people a year in Africa, doctors said."),
    ) == ["Number of deaths a year from malaria in Africa (1 million, 2 million)"]


def test_a_place_where_most_of_it_falls_is_not_the_titles():
    assert topics(
        ("2000-04-25", "Malaria kills 1 million people a year, mostly in Africa, they said."),
        ("2000-05-01", "Malaria kills 2 million people a year, mostly in Africa, doctors said."),
    ) == ["Number of deaths a year from Malaria (1 million, 2 million)"]


def test_a_place_and_its_people_share_a_stem():
    assert place_stem("kenyans") == place_stem("kenya") == "keny"
    assert place_stem("the west bank") == "west bank"
