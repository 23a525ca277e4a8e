"""Newsless sentences: a bidding, however the tagger read its verb, tells no news."""

from __future__ import annotations

from briefing.compose.newsless import bidding, nothing_particular
from briefing.model import AnalysedDocument

from .conftest import sentence_starting as _sentence
from .conftest import titled_article

COLUMN = (
    "MARLOW -- Quay gardeners lost half their roses to a leaf beetle this summer. "
    "Start by spraying the leaves with a mild soap in the morning. "
    "Prune and remove any stems that hold eggs before the spring. "
    "Address letters to the Rose Desk, The Marlow Courier, 12 Quay St., Marlow. "
    "Mark Hale, who runs the club, said the beetle arrived in May. "
    "Beetles ate 40 percent of the club's roses, Hale said. "
    "Bent on revenge, growers set traps along the quay on Monday."
)


def _article(text: str = COLUMN) -> AnalysedDocument:
    return titled_article(text, "Beetles in the roses")


def test_a_bidding_whose_verb_the_tagger_read_as_a_noun_is_one() -> None:
    adoc = _article()
    for start in ("Start by spraying", "Prune and remove", "Address letters"):
        assert bidding(adoc, _sentence(adoc, start)), start


def test_a_report_opening_on_a_name_or_a_subject_is_no_bidding() -> None:
    adoc = _article()
    for start in ("Mark Hale", "Beetles ate", "MARLOW", "Bent on revenge"):
        assert not bidding(adoc, _sentence(adoc, start)), start


SCENE = (
    "MARLOW -- A few boys fish off the rocks, and their mothers hang washing on the rails. "
    "Salt air is hard on paint. "
    "Officials say the pier needs new piles. "
    "Mark Hale runs the bait shop by the pier. "
    "The pier loses 12 planks every winter. "
    "The council closed the pier to cars last week. "
    "The inspection records show the piles are rotten. "
    "Engineers have yet to decide how deep the new piles must go. "
    "Old piers need paint every spring. "
    "Some sailors find their first crossing of the bay rough. "
    "The survey finds that most piers need paint. "
    "The old pier was closed by the council. "
    "Storms don't spare old boats."
)


def test_a_scene_or_a_truism_with_nothing_particular_tells_no_news() -> None:
    adoc = titled_article(SCENE, "Piers of the coast")
    for start in ("MARLOW -- A few boys", "Salt air", "Some sailors"):
        assert nothing_particular(adoc, _sentence(adoc, start)), start
    # a report, a name, a figure, the past tense
    for start in (
        "Officials say",
        "Mark Hale",
        "The pier loses",
        "The council closed",
        "The old pier",
        "Storms don't",  # "do" and a bare verb: a fact as often as a truism (session 50)
    ):
        assert not nothing_particular(adoc, _sentence(adoc, start)), start
    # what records show, what is yet to be done, a generality about what the title names
    for start in ("The inspection records", "Engineers have yet", "Old piers need", "The survey"):
        assert not nothing_particular(adoc, _sentence(adoc, start)), start
