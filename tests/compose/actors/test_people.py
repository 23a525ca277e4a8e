"""The person steps of the merge: a relative named after a bare surname stays apart."""

from __future__ import annotations

from collections.abc import Callable

from briefing.compose.actors import extract_actors
from briefing.compose.actors.merge import merge_forms
from briefing.compose.actors.people import CALLED_FIRST_MIN, called_by_first, named_relatives
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


def test_a_family_name_written_first_is_counted_as_the_person() -> None:
    """'Tam Oi-lun' is called 'Tam' in the articles, never 'Oi-lun': 'Tam' is how the
    coverage names him, not a first name left uncounted. 'Lena' beside many 'Varga' is
    still a first name."""
    clusters = merge_forms(
        {
            f.key: f
            for f in (name_form("Tam Oi-lun", n=2, docs=(0,)), name_form("Tam", n=6, docs=(0, 1)))
        }
    )
    tam = next(c for c in clusters if any(f.key == "tam oi-lun" for f in c.forms))
    assert any(f.key == "tam" for f in tam.forms) and "tam" not in tam.first_names
    forms = (
        name_form("Lena Varga", n=2, docs=(0,)),
        name_form("Varga", n=7, docs=(0, 1)),
        name_form("Lena", n=3, docs=(0,)),
    )
    clusters = merge_forms({f.key: f for f in forms})
    varga = next(c for c in clusters if any(f.key == "lena varga" for f in c.forms))
    assert varga.first_names == {"lena"}


def test_a_first_name_written_once_alone_stays_a_first_name() -> None:
    members = [name_form("Tam Oi-lun", n=2), name_form("Tam", n=CALLED_FIRST_MIN - 1)]
    assert called_by_first(members, {"tam"}) == set()
    members = [name_form("Tam Oi-lun", n=2), name_form("Tam", n=CALLED_FIRST_MIN)]
    assert called_by_first(members, {"tam"}) == {"tam"}


def test_a_family_name_written_first_counts_its_mentions(
    corpus_of: Callable[..., Corpus], find: FindActor
) -> None:
    text = (
        "Student held over worm\n\nPolice in Taipei questioned Tam Oi-lun, 23, on Monday. "
        "Tam wrote the worm as a student, police said. Tam told reporters he was sorry. "
        "Tam has not been charged. Tam said he meant no harm."
    )
    actors = extract_actors(corpus_of(text), max_actors=10)
    tam = find(actors, "Tam Oi-lun")
    assert tam and tam[0].mentions >= 4


def test_a_word_ending_one_name_and_opening_another_goes_where_it_is_written() -> None:
    """'Morgan' ends 'Dale Morgan' and opens 'Morgan Hale', neither clearly the more
    written: in the articles on Dale Morgan it is his surname; beside Morgan Hale only,
    nobody's."""
    dale, hale = name_form("Dale Morgan", n=3, docs=(0, 1, 2)), name_form("Morgan Hale", docs=(2,))
    groups = merged_groups(dale, hale, name_form("Morgan", n=9, docs=(0, 1, 2, 3)))
    assert together(groups, "dale morgan", "morgan")
    dale, hale = name_form("Dale Morgan", n=3, docs=(0,)), name_form("Morgan Hale", docs=(2, 3))
    groups = merged_groups(dale, hale, name_form("Morgan", n=9, docs=(2, 3)))
    assert not any("morgan" in g for g in groups)
