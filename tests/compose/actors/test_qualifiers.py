"""Names with a word in front: a first initial, "Federal", a word describing a party."""

from __future__ import annotations

from .conftest import apart, merged_groups, name_form, together


def test_a_first_initial_before_a_known_full_name_is_that_person() -> None:
    groups = merged_groups(
        name_form("K. Orrin Dalby"), name_form("Orrin Dalby", n=2), name_form("Dalby", n=5)
    )
    assert together(groups, "k orrin dalby", "orrin dalby", "dalby")


def test_two_initials_before_one_full_name_leave_whose_it_is_unknown() -> None:
    groups = merged_groups(
        name_form("K. Orrin Dalby"), name_form("T. Orrin Dalby"), name_form("Orrin Dalby")
    )
    assert apart(groups, "k orrin dalby", "orrin dalby")
    assert apart(groups, "t orrin dalby", "orrin dalby")
    groups = merged_groups(
        name_form("K. Orrin Dalby"), name_form("Mara Orrin Dalby"), name_form("Orrin Dalby")
    )
    assert apart(groups, "k orrin dalby", "orrin dalby")


def test_a_federal_body_and_the_same_body_after_its_country_are_one() -> None:
    groups = merged_groups(
        name_form("Water Quality Agency", "ORG", 6),
        name_form("U.S. Water Quality Agency", "ORG"),
        name_form("Federal Water Quality Agency", "ORG"),
    )
    assert together(
        groups, "water quality agency", "us water quality agency", "federal water quality agency"
    )


def test_a_federal_body_beside_a_states_body_of_that_name_stays_apart() -> None:
    groups = merged_groups(
        name_form("Water Quality Agency", "ORG", 6),
        name_form("Federal Water Quality Agency", "ORG"),
        name_form("Ohio Water Quality Agency", "ORG"),
    )
    assert apart(groups, "federal water quality agency", "ohio water quality agency")
    assert apart(groups, "water quality agency", "ohio water quality agency")


def test_a_party_with_a_describing_word_in_front_is_the_party() -> None:
    groups = merged_groups(
        name_form("Lantern Party", "ORG", 4),
        name_form("Islamic Lantern Party", "ORG", 2),
        name_form("pro-Islamic Lantern Party", "ORG"),
        name_form("Islamic Lantern", "PERSON", 2),
    )
    assert together(
        groups,
        "lantern party",
        "islamic lantern party",
        "pro-islamic lantern party",
        "islamic lantern",
    )


def test_a_party_whose_name_opens_with_an_ideology_word_is_not_a_longer_partys() -> None:
    groups = merged_groups(
        name_form("Democratic Party", "ORG", 4),
        name_form("Christian Democratic Party", "ORG", 2),
        name_form("Islamic Democratic Party", "ORG", 2),
    )
    assert apart(groups, "democratic party", "christian democratic party")
    assert apart(groups, "democratic party", "islamic democratic party")


def test_a_word_in_front_that_names_another_party_keeps_them_apart() -> None:
    groups = merged_groups(
        name_form("Lantern Party", "ORG", 4),
        name_form("Islamic Lantern Party", "ORG", 2),
        name_form("Grand Lantern Party", "ORG", 2),
    )
    assert apart(groups, "lantern party", "grand lantern party")
    assert apart(groups, "lantern party", "islamic lantern party")


def test_a_person_is_not_the_party_named_after_them() -> None:
    groups = merged_groups(name_form("Orrin Dalby", n=5), name_form("Orrin Dalby Party", "ORG", 3))
    assert apart(groups, "orrin dalby", "orrin dalby party")
