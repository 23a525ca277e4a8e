"""Statements that tell nothing particular: no name, place, figure, date or act."""

from __future__ import annotations

import pytest

from briefing.compose.unspecific import unspecific

from .conftest import articles, first_sentence


def _unspecific(text: str) -> bool:
    return unspecific(*first_sentence(text))


@pytest.mark.parametrize(
    "text",
    [
        "In the care of old orchards the mainstay treatments are initially for pain relief.",
        "The common orchard sprays kill the pests on the leaves.",
        "The challenges to the harbour plan have changed.",
        "Orchard keepers work constantly to build rich soil.",
        "Officials say the water is unsafe.",
    ],
)
def test_a_general_statement_or_a_vague_change_is_unspecific(text: str) -> None:
    assert _unspecific(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry sank near the pier with everyone on board.",  # an act
        "The harbour board said the captain was not to blame.",  # an act reported
        "About 40 percent of the crofters have no job.",  # a figure
        "The Varga council meets to discuss the pier.",  # a name
        "The island's council meets on Friday to discuss the pier.",  # a date
        "Ona Brisk wants a second pier for the island.",  # a named party's position
        "The biggest increase has been in ferries from abroad.",  # says what changed
        "The ferries will stop at the old pier.",  # a plan
    ],
)
def test_a_name_a_figure_a_date_or_an_act_is_not(text: str) -> None:
    assert not _unspecific(text)


def test_without_a_parse_nothing_is_unspecific() -> None:
    (adoc,) = articles("Orchard keepers work constantly to build rich soil.", entities=False).docs
    assert not unspecific(adoc, adoc.sentences[0])
