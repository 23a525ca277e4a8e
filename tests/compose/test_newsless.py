"""Newsless sentences: a bidding, however the tagger read its verb, tells no news."""

from __future__ import annotations

from briefing.compose.newsless import bidding, nothing_particular, private_sketch
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


SKETCHES = (
    "Dorna Vell, 11, said her family has a radio but no television. "
    "Pell is the kind of man who lives to sail and climb. "
    "Kellan is the sort of teacher students remember. "
    "Brandvold is the kind of fellow who spends his weekends mending nets. "
    "Ada Moss, 34, said she saw the ferry tip over. "
    "Tom Reed, 9, died when the ferry sank. "
    "Mayor Ivo Lant said the ferry has no licence. "
    "Ivo Lant, 58, said the council needs a new ferry. "
    "This is the kind of storm the harbour fears. "
    "The ferry is the only kind of boat that docks at Marlow."
)


def test_a_private_persons_sketch_tells_no_news() -> None:
    adoc = titled_article(SKETCHES, "Ferry sinks off Marlow")
    judged = {start: private_sketch(adoc, _sentence(adoc, start)) for start in SKETCH_STARTS}
    assert judged == SKETCH_STARTS


# Each sentence's opening and whether it is a sketch: an account of the event, a death,
# an official, words about others and a kind of thing are not.
SKETCH_STARTS = {
    "Dorna Vell": True,
    "Pell is": True,
    "Kellan is": True,
    "Brandvold is": True,  # a surname the tagger may read as a body's
    "Ada Moss": False,
    "Tom Reed": False,
    "Mayor Ivo": False,
    "Ivo Lant, 58": False,
    "This is": False,
    "The ferry is": False,
}
