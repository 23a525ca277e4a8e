"""Units of a body listed beside it: left out when they add no article of their own."""

from __future__ import annotations

from briefing.compose.actors.clusters import Cluster, Match, NameForm
from briefing.compose.actors.units import units_of_parents


def _cluster(key: str, docs: list[int], kind: str = "organisation") -> Cluster:
    return Cluster(
        forms=[NameForm(key)], type=kind, matches=[Match(0, d, 0, len(key)) for d in docs]
    )


def test_a_lab_named_only_beside_its_parent_is_left_out() -> None:
    agency = _cluster("vexa", [0, 1, 2, 3])
    lab = _cluster("vexa deep space laboratory", [1, 2])
    centre = _cluster("vexa flight center", [0, 5])  # named alone in article 5
    assert units_of_parents([agency, lab, centre]) == [False, True, False]


def test_only_a_units_head_noun_and_a_whole_word_prefix_make_a_unit() -> None:
    agency = _cluster("vexa", [0, 1])
    assert units_of_parents([agency, _cluster("vexa airlines", [0])]) == [False, False]
    assert units_of_parents([agency, _cluster("vexaco research center", [0])]) == [False, False]


def test_a_countrys_bodies_are_no_units_of_the_country() -> None:
    country = _cluster("france", [0, 1], "country")
    lab = _cluster("france research center", [0])
    assert units_of_parents([country, lab]) == [False, False]
