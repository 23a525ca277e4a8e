"""Names with a word in front: a first initial, "Federal", a word describing a party."""

from __future__ import annotations

from collections import Counter

from briefing.compose.actors.clusters import NameForm
from briefing.compose.actors.forms import normalise_name
from briefing.compose.actors.merge import merge_forms


def _form(surface: str, label: str = "PERSON", n: int = 1) -> NameForm:
    key = normalise_name(surface)[1]
    f = NameForm(key, surfaces=Counter({surface: n}), votes=Counter({label: n}))
    f.docs = {0}
    return f


def _groups(*forms: NameForm) -> list[set[str]]:
    return [{f.key for f in c.forms} for c in merge_forms({f.key: f for f in forms})]


def _together(groups: list[set[str]], *keys: str) -> bool:
    return any(set(keys) <= g for g in groups)


def _apart(groups: list[set[str]], a: str, b: str) -> bool:
    return not any({a, b} <= g for g in groups)


def test_a_first_initial_before_a_known_full_name_is_that_person() -> None:
    groups = _groups(_form("K. Orrin Dalby"), _form("Orrin Dalby", n=2), _form("Dalby", n=5))
    assert _together(groups, "k orrin dalby", "orrin dalby", "dalby")


def test_two_initials_before_one_full_name_leave_whose_it_is_unknown() -> None:
    groups = _groups(_form("K. Orrin Dalby"), _form("T. Orrin Dalby"), _form("Orrin Dalby"))
    assert _apart(groups, "k orrin dalby", "orrin dalby")
    assert _apart(groups, "t orrin dalby", "orrin dalby")
    groups = _groups(_form("K. Orrin Dalby"), _form("Mara Orrin Dalby"), _form("Orrin Dalby"))
    assert _apart(groups, "k orrin dalby", "orrin dalby")


def test_a_federal_body_and_the_same_body_after_its_country_are_one() -> None:
    groups = _groups(
        _form("Water Quality Agency", "ORG", 6),
        _form("U.S. Water Quality Agency", "ORG"),
        _form("Federal Water Quality Agency", "ORG"),
    )
    assert _together(
        groups, "water quality agency", "us water quality agency", "federal water quality agency"
    )


def test_a_federal_body_beside_a_states_body_of_that_name_stays_apart() -> None:
    groups = _groups(
        _form("Water Quality Agency", "ORG", 6),
        _form("Federal Water Quality Agency", "ORG"),
        _form("Ohio Water Quality Agency", "ORG"),
    )
    assert _apart(groups, "federal water quality agency", "ohio water quality agency")
    assert _apart(groups, "water quality agency", "ohio water quality agency")


def test_a_party_with_a_describing_word_in_front_is_the_party() -> None:
    groups = _groups(
        _form("Lantern Party", "ORG", 4),
        _form("Islamic Lantern Party", "ORG", 2),
        _form("pro-Islamic Lantern Party", "ORG"),
        _form("Islamic Lantern", "PERSON", 2),
    )
    assert _together(
        groups,
        "lantern party",
        "islamic lantern party",
        "pro-islamic lantern party",
        "islamic lantern",
    )


def test_a_party_whose_name_opens_with_an_ideology_word_is_not_a_longer_partys() -> None:
    groups = _groups(
        _form("Democratic Party", "ORG", 4),
        _form("Christian Democratic Party", "ORG", 2),
        _form("Islamic Democratic Party", "ORG", 2),
    )
    assert _apart(groups, "democratic party", "christian democratic party")
    assert _apart(groups, "democratic party", "islamic democratic party")


def test_a_word_in_front_that_names_another_party_keeps_them_apart() -> None:
    groups = _groups(
        _form("Lantern Party", "ORG", 4),
        _form("Islamic Lantern Party", "ORG", 2),
        _form("Grand Lantern Party", "ORG", 2),
    )
    assert _apart(groups, "lantern party", "grand lantern party")
    assert _apart(groups, "lantern party", "islamic lantern party")


def test_a_person_is_not_the_party_named_after_them() -> None:
    groups = _groups(_form("Orrin Dalby", n=5), _form("Orrin Dalby Party", "ORG", 3))
    assert _apart(groups, "orrin dalby", "orrin dalby party")
