"""Titles the entity model read as a person's name."""

from __future__ import annotations

from briefing.compose.actors.title_names import title_mentions

from .conftest import labelled_mentions


def test_a_title_tagged_as_a_person_before_the_name_is_no_name() -> None:
    text = "The town's leader, Roman Catholic Bishop Anselm Rook, said 30 people died."
    mentions = labelled_mentions(
        text, ("Roman Catholic Bishop", "PERSON"), ("Anselm Rook", "PERSON")
    )
    assert title_mentions(text, mentions) == {mentions[0].start}


def test_names_and_titles_apart_from_a_name_are_left_alone() -> None:
    text = "Anna Bishop met Piet Olmar. The Bishop, Carla Venn, came. Ann Lee Venn spoke."
    mentions = labelled_mentions(
        text,
        ("Anna Bishop", "PERSON"),  # a surname like a title, then a verb
        ("Piet Olmar", "PERSON"),
        ("Bishop", "PERSON"),  # a comma before the name: an apposition, read elsewhere
        ("Carla Venn", "PERSON"),
        ("Ann Lee", "PERSON"),  # no title word at the end
        ("Venn", "PERSON"),
    )
    assert title_mentions(text, mentions) == set()
