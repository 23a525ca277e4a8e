"""Full names the entity model cut at a surname particle."""

from __future__ import annotations

from briefing.compose.actors.particles import joined_at_particles

from .conftest import labelled_mentions as _mentions


def _read(text: str, *labelled: tuple[str, str]) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in joined_at_particles(text, _mentions(text, *labelled))]


def test_a_name_cut_at_its_particle_is_one_person() -> None:
    text = "Ines dos Reis, a 30-year-old weaver, was hurt, the Velder Union said."
    read = _read(text, ("Ines", "PERSON"), ("Reis", "GPE"), ("Velder Union", "ORG"))
    assert read == [("Ines dos Reis", "PERSON"), ("Velder Union", "ORG")]


def test_two_particles_join_too() -> None:
    text = "Minister Joost van der Hulst spoke."
    assert _read(text, ("Joost", "PERSON"), ("Hulst", "PERSON")) == [
        ("Joost van der Hulst", "PERSON")
    ]


def test_other_words_places_and_capitalised_particles_are_left_alone() -> None:
    text = "Anna and Reis left. Porto de Lima is busy. Mira Van Stam came. Tomas de 1998."
    read = _read(
        text,
        ("Anna", "PERSON"),
        ("Reis", "PERSON"),  # "and" is no particle
        ("Porto", "GPE"),
        ("Lima", "GPE"),  # a place before the particle
        ("Mira", "PERSON"),
        ("Van Stam", "PERSON"),  # a capitalised particle: the model's own reading
        ("Tomas", "PERSON"),
        ("1998", "DATE"),
    )
    assert read == [
        ("Anna", "PERSON"),
        ("Reis", "PERSON"),
        ("Porto", "GPE"),
        ("Lima", "GPE"),
        ("Mira", "PERSON"),
        ("Van Stam", "PERSON"),
        ("Tomas", "PERSON"),
        ("1998", "DATE"),
    ]
