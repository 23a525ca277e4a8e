"""A sentence sharing only the words of a statement's side clauses tells another fact."""

from __future__ import annotations

import pytest

from briefing.compose.side_clauses import SideClauses, split_asides

from .conftest import told_and_other


def _only_aside(told: str, other: str, share: float = 0.0) -> bool:
    """``SideClauses.only_aside`` of the first sentence of ``told`` and of ``other``, every
    word in ``share`` of the sources."""
    found, statement, sentence = told_and_other(told, other)
    return SideClauses(found, lambda _: share).only_aside(statement, sentence)


@pytest.mark.parametrize(
    ("other", "aside"),
    [
        ("The Harbour Trust scrapped its pier levy last spring.", True),
        ("The town council has no power to halt the crossings.", False),
    ],
)
def test_what_another_body_has_done(other: str, aside: bool) -> None:
    told = (
        "The town council cannot halt the crossings, as the Harbour Trust did with its pier levy."
    )
    assert _only_aside(told, other) is aside


@pytest.mark.parametrize(
    ("other", "aside"),
    [
        ("Inspectors found the Skerra pier sound in May.", True),
        ("The board says a new survey is not needed.", False),
    ],
)
def test_the_reason_is_not_the_fact(other: str, aside: bool) -> None:
    told = "The board says no new survey is needed because inspectors found the Skerra pier sound."
    assert _only_aside(told, other) is aside


def test_a_statement_without_side_clauses_is_never_matched() -> None:
    told = "Inspectors found the Skerra pier sound in May."
    assert not _only_aside(told, "Inspectors found the Skerra pier sound in May.")


def test_split_asides_keeps_the_rest_in_place() -> None:
    main, aside = split_asides("ab cd ef", 10, [(13, 15)])
    assert (main, aside) == ("ab    ef", "   cd   ")


@pytest.mark.parametrize(
    ("other", "aside"),
    [
        ("His sister and 12 others died in the crossing.", False),
        ("His sister and 12 others were rescued from the ice.", True),
    ],
)
def test_a_clause_on_a_noun_told_as_the_fact(other: str, aside: bool) -> None:
    told = "Tomas survived a ferry sinking that killed his sister and 12 others."
    assert _only_aside(told, other) is aside


@pytest.mark.parametrize(("share", "aside"), [(1.0, True), (0.0, False)])
def test_the_event_of_an_aside_and_everyday_words(share: float, aside: bool) -> None:
    told = (
        "Ever since the Harbour Party took control of the council, the new majority has "
        "fought with the mayor over the ferry fares."
    )
    other = (
        "Ferry fares have not been cut since 2001, when the Harbour Party took control "
        "of the council."
    )
    assert _only_aside(told, other, share) is aside


def test_what_an_apposition_describes_is_no_part_of_the_fact() -> None:
    told = (
        "A former pupil was named by his academy as the author of the Nimbus virus "
        "-- the menace that crashed thousands of office computers this week."
    )
    other = "The Nimbus virus crashed thousands of office computers around the world."
    assert _only_aside(told, other, share=1.0)


@pytest.mark.parametrize(
    ("other", "everyday", "aside"),
    [
        ("Lund has presided over 12 tax rises as mayor.", True, True),
        ("Lund has presided over 12 tax rises as mayor.", False, False),
        ("Lund vetoed a budget in 2004, one of 12 tax rises.", True, False),
    ],
)
def test_an_aside_and_the_everyday_words_of_the_rest(
    other: str, everyday: bool, aside: bool
) -> None:
    told = (
        "Mayor Lund has never vetoed a budget in four years as mayor -- a span that has "
        "seen 12 tax rises in Brenn."
    )
    found, statement, sentence = told_and_other(told, other)
    sides = SideClauses(found, lambda _: 1.0, everyday)
    assert sides.only_aside(statement, sentence) is aside


@pytest.mark.parametrize("share", [1.0, 0.0])
def test_a_word_for_word_copy_tells_the_fact_asides_and_all(share: float) -> None:
    # Issue 11: the copy tells the aside's event too, and in a story whose sources all
    # print it no word of the rest is particular; it was judged to share only the aside.
    told = "The Quillmere canal board shut the Norrow sluice on Friday after divers found a split."
    assert not _only_aside(told, told, share)
