"""Name variants: surname particles, Arabic articles, names cut before closing words."""

from __future__ import annotations

from collections import Counter

from briefing.compose.actors.clusters import NameForm
from briefing.compose.actors.forms import normalise_name
from briefing.compose.actors.matching import named_after_place
from briefing.compose.actors.merge import merge_forms
from briefing.compose.actors.variants import article_groups, particled


def _form(
    surface: str, label: str = "PERSON", n: int = 1, docs: tuple[int, ...] = (0,)
) -> NameForm:
    key = normalise_name(surface)[1]
    f = NameForm(key, surfaces=Counter({surface: n}), votes=Counter({label: n}))
    f.docs = set(docs)
    return f


def _groups(*forms: NameForm) -> list[set[str]]:
    return [{f.key for f in c.forms} for c in merge_forms({f.key: f for f in forms})]


def _together(groups: list[set[str]], *keys: str) -> bool:
    return any(set(keys) <= g for g in groups)


def _apart(groups: list[set[str]], a: str, b: str) -> bool:
    return not any({a, b} <= g for g in groups)


def test_a_capitalised_particle_begins_a_surname_not_a_first_name() -> None:
    forms = [_form("Jan van Stigt", n=2), _form("Van Stigt", n=3)]
    assert particled({f.key: f for f in forms}) == {"van stigt"}
    assert _together(_groups(*forms), "jan van stigt", "van stigt")


def test_an_unmistakable_article_joins_every_way_of_writing_the_name() -> None:
    forms = [
        _form("El Qarmal", "ORG", 5),
        _form("al-Qarmal", "ORG", 4),
        _form("Al Qarmal", n=4),
        _form("Qarmal", n=14),
    ]
    groups = _groups(*forms)
    assert _together(groups, "el qarmal", "al-qarmal", "al qarmal", "qarmal")


def test_al_as_a_first_name_is_no_article() -> None:
    forms = {f.key: f for f in [_form("Al Gore", n=2), _form("Gore", n=5)]}
    assert article_groups(forms) == {}
    # The bare surname still joins the full name as any surname does.
    assert _together(_groups(*forms.values()), "al gore", "gore")


def test_a_name_cut_before_its_closing_words_is_the_same_body() -> None:
    groups = _groups(_form("Qarmal Textile", "ORG", 2), _form("Qarmal Textile Industries", "ORG"))
    assert _together(groups, "qarmal textile", "qarmal textile industries")


def test_a_word_read_as_a_person_does_not_join_a_name_without_a_body_word() -> None:
    groups = _groups(_form("Navajo", n=20), _form("Navajo Nation", "ORG", 10))
    assert _apart(groups, "navajo", "navajo nation")
    groups = _groups(_form("Virtue", n=3), _form("Virtue Party", "ORG", 5))
    assert _together(groups, "virtue", "virtue party")


def test_a_family_name_written_first_is_not_given_to_a_namesake() -> None:
    """'Li' ends 'Victor Li' and begins 'Li Changhe': either could be meant."""
    groups = _groups(_form("Victor Li", n=3), _form("Li Changhe", n=3), _form("Li", n=4))
    assert _apart(groups, "victor li", "li changhe")
    assert _apart(groups, "li", "victor li")
    assert not any(g == {"li"} for g in groups)  # dropped, not listed on its own
    # A clearly dominant owner still takes it.
    groups = _groups(_form("Victor Li", n=20), _form("Li Changhe", n=1), _form("Li", n=4))
    assert _together(groups, "victor li", "li")


def test_a_country_is_never_the_surname_of_a_company_read_as_a_person() -> None:
    assert named_after_place(["telefonos", "de", "mexico"])
    assert named_after_place(["bank", "of", "america"])
    assert not named_after_place(["michael", "jordan"])
    assert not named_after_place(["university", "of", "texas", "at", "austin"])
    groups = _groups(_form("Telefonos de Mexico", n=4), _form("Mexico", "GPE", 9))
    assert _apart(groups, "telefonos de mexico", "mexico")


def test_a_name_cut_before_its_of_phrase_and_closing_words_is_the_same_body() -> None:
    groups = _groups(
        _form("7th Circuit Court of Appeals", "ORG", 2), _form("7th Circuit", "ORG", 3)
    )
    assert _together(groups, "7th circuit court of appeals", "7th circuit")
    # A unit of a body is not the body: no government word closes a name uncut.
    groups = _groups(
        _form("Navajo Nation Police Department", "ORG"), _form("Navajo Nation", "ORG", 10)
    )
    assert _apart(groups, "navajo nation police department", "navajo nation")


def test_a_body_named_with_of_and_with_its_head_last_is_one_body() -> None:
    forms = [
        _form("Ministry of Public Works", "ORG", n=3),
        _form("Public Works Ministry", "ORG", n=2),
        _form("Department of Harbours", "ORG", n=2),
        _form("Fisheries Department", "ORG", n=2),
    ]
    groups = _groups(*forms)
    assert _together(groups, "ministry of public works", "public works ministry")
    assert _apart(groups, "department of harbours", "fisheries department")
