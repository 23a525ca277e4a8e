"""Newsless sentences: a bidding, however the tagger read its verb, tells no news."""

from __future__ import annotations

from briefing.compose.newsless import bidding
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
