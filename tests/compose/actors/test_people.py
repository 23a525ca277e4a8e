"""The person steps of the merge: a relative named after a bare surname stays apart."""

from __future__ import annotations

from collections.abc import Callable

from briefing.compose.actors import extract_actors
from briefing.compose.actors.people import named_relatives
from briefing.model import Corpus

from .conftest import apart, merged_groups, name_form, together

FindActor = Callable[..., list]

PROFILE = """Young carver trains for the hunt

Teodor Halvik grew up on the coast. Halvik said the hunt mattered to him. Halvik trains every \
morning, and Halvik said he would be ready. Halvik's father, Arne, taught him the old songs. \
"We sang them at night," said Arne Halvik. Halvik said the crew would leave in May.
"""


def test_a_relative_named_after_a_bare_surname_is_someone_else() -> None:
    assert named_relatives(["Halvik's father, Arne, taught him."]) == {("halvik", "arne"): {0}}
    assert named_relatives(["Halvik's wife Maren said no."]) == {("halvik", "maren"): {0}}
    assert named_relatives(["Halvik's boat, Arne said."]) == {}


def test_a_sons_surname_is_not_given_to_his_father(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    actors = extract_actors(corpus_of(PROFILE.replace("Teodor Halvik", "The boy")), max_actors=10)
    father = find(actors, "Arne Halvik")
    assert father and father[0].mentions == 1  # not the son's bare "Halvik"
    assert find(actors, "Halvik")


def test_a_namesake_son_does_not_split_his_father_from_his_surname(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    """'Halvik's son, Teodor' in one article; Teodor Halvik, the father, written out in
    another: the bare surname stays the father's."""
    other = "Teodor Halvik led the crew in 1998. Halvik said the hunt was over. Halvik left."
    told = "Halvik spoke at the dock. Halvik's son, Teodor, was there. Halvik said he was proud."
    actors = extract_actors(corpus_of(other, told), max_actors=10)
    father = find(actors, "Teodor Halvik")
    assert father and father[0].mentions >= 4


def test_a_surname_joins_a_full_name_that_ends_with_a_generation() -> None:
    from briefing.compose.actors.matching import family_name

    assert family_name(["g", "arnold", "wexley", "jr"]) == "wexley"
    assert family_name(["arnold", "jr"]) == "jr"  # no surname before it
    groups = merged_groups(name_form("G. Arnold Wexley Jr."), name_form("Wexley", "ORG", n=4))
    assert together(groups, "g arnold wexley jr", "wexley")


def test_a_bare_word_ending_a_persons_and_a_bodys_name_is_neithers() -> None:
    """Two tribes, "Karuk Wend" (which the model reads as a person) and "Tolowa Wend" (a
    body), and a bare "Wend" it reads as no person: not the first one's surname, and no
    link that makes the two tribes one actor."""
    groups = merged_groups(
        name_form("Karuk Wend", "PERSON", 2),
        name_form("Tolowa Wend", "ORG", 6),
        name_form("Wend", "ORG"),
    )
    assert apart(groups, "karuk wend", "wend") and apart(groups, "tolowa wend", "wend")


def test_a_persons_name_read_as_a_body_when_written_longer_keeps_the_surname() -> None:
    """The model reads "Prince Tomas Vell" (8 times) and a bare "Vell" as a body's names:
    "Vell" is still the surname of "Tomas Vell", whose longer form that body name is."""
    groups = merged_groups(
        name_form("Prince Tomas Vell", "ORG", 8),
        name_form("Tomas Vell", "PERSON", 2),
        name_form("Vell", "ORG", 20),
    )
    assert together(groups, "tomas vell", "vell")


def test_a_first_name_also_read_as_a_place_joins_its_owner_only_beside_the_full_name() -> None:
    """'Orlen', a town the model mostly reads as a person, in articles that never write
    'Orlen Vasko', is not him; a first name never read as a place still joins him."""
    town = name_form("Orlen", n=5, docs=(1, 2))
    town.votes["GPE"] = 1
    groups = merged_groups(name_form("Orlen Vasko", n=2, docs=(3,)), town)
    assert apart(groups, "orlen", "orlen vasko")
    first = name_form("Orlen", n=5, docs=(1, 2))
    groups = merged_groups(name_form("Orlen Vasko", n=2, docs=(3,)), first)
    assert together(groups, "orlen", "orlen vasko")
    town = name_form("Orlen", n=5, docs=(1, 3))
    town.votes["GPE"] = 1
    groups = merged_groups(name_form("Orlen Vasko", n=2, docs=(3,)), town)
    assert together(groups, "orlen", "orlen vasko")
