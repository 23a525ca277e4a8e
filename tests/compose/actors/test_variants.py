"""Name variants: surname particles, Arabic articles, names cut before closing words."""

from __future__ import annotations

from briefing.compose.actors.matching import named_after_place
from briefing.compose.actors.variants import article_groups, particled

from .conftest import apart, merged_groups, name_form, together


def test_a_capitalised_particle_begins_a_surname_not_a_first_name() -> None:
    forms = [name_form("Jan van Dorle", n=2), name_form("Van Dorle", n=3)]
    assert particled({f.key: f for f in forms}) == {"van dorle"}
    assert together(merged_groups(*forms), "jan van dorle", "van dorle")


def test_an_unmistakable_article_joins_every_way_of_writing_the_name() -> None:
    forms = [
        name_form("El Qarmal", "ORG", 5),
        name_form("al-Qarmal", "ORG", 4),
        name_form("Al Qarmal", n=4),
        name_form("Qarmal", n=14),
    ]
    groups = merged_groups(*forms)
    assert together(groups, "el qarmal", "al-qarmal", "al qarmal", "qarmal")


def test_al_as_a_first_name_is_no_article() -> None:
    forms = {f.key: f for f in [name_form("Al Gore", n=2), name_form("Gore", n=5)]}
    assert article_groups(forms) == {}
    # The bare surname still joins the full name as any surname does.
    assert together(merged_groups(*forms.values()), "al gore", "gore")


def test_a_name_cut_before_its_closing_words_is_the_same_body() -> None:
    groups = merged_groups(
        name_form("Qarmal Textile", "ORG", 2), name_form("Qarmal Textile Industries", "ORG")
    )
    assert together(groups, "qarmal textile", "qarmal textile industries")


def test_a_word_read_as_a_person_does_not_join_a_name_without_a_body_word() -> None:
    groups = merged_groups(name_form("Corran", n=20), name_form("Corran Nation", "ORG", 10))
    assert apart(groups, "corran", "corran nation")
    groups = merged_groups(name_form("Dawn", n=3), name_form("Dawn Party", "ORG", 5))
    assert together(groups, "dawn", "dawn party")


def test_a_family_name_written_first_is_not_given_to_a_namesake() -> None:
    """'Li' ends 'Oscar Li' and begins 'Li Dongwei': either could be meant."""
    groups = merged_groups(
        name_form("Oscar Li", n=3), name_form("Li Dongwei", n=3), name_form("Li", n=4)
    )
    assert apart(groups, "oscar li", "li changhe")
    assert apart(groups, "li", "oscar li")
    assert not any(g == {"li"} for g in groups)  # dropped, not listed on its own
    # A clearly dominant owner still takes it.
    groups = merged_groups(
        name_form("Oscar Li", n=20), name_form("Li Dongwei", n=1), name_form("Li", n=4)
    )
    assert together(groups, "oscar li", "li")


def test_a_country_is_never_the_surname_of_a_company_read_as_a_person() -> None:
    assert named_after_place(["telefonos", "de", "mexico"])
    assert named_after_place(["bank", "of", "america"])
    assert not named_after_place(["michael", "jordan"])
    assert not named_after_place(["university", "of", "texas", "at", "austin"])
    groups = merged_groups(name_form("Telefonos de Mexico", n=4), name_form("Mexico", "GPE", 9))
    assert apart(groups, "telefonos de mexico", "mexico")


def test_a_name_cut_before_its_of_phrase_and_closing_words_is_the_same_body() -> None:
    groups = merged_groups(
        name_form("7th Circuit Court of Appeals", "ORG", 2), name_form("7th Circuit", "ORG", 3)
    )
    assert together(groups, "7th circuit court of appeals", "7th circuit")
    # A unit of a body is not the body: no government word closes a name uncut.
    groups = merged_groups(
        name_form("Corran Nation Police Department", "ORG"), name_form("Corran Nation", "ORG", 10)
    )
    assert apart(groups, "corran nation police department", "corran nation")


def test_a_body_named_with_of_and_with_its_head_last_is_one_body() -> None:
    forms = [
        name_form("Ministry of Public Works", "ORG", n=3),
        name_form("Public Works Ministry", "ORG", n=2),
        name_form("Department of Harbours", "ORG", n=2),
        name_form("Fisheries Department", "ORG", n=2),
    ]
    groups = merged_groups(*forms)
    assert together(groups, "ministry of public works", "public works ministry")
    assert apart(groups, "department of harbours", "fisheries department")
