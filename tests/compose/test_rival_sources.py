"""Rival sources: two named parties' figures for one measure in two articles of one day."""

from __future__ import annotations

import datetime as dt

from briefing.analyse import analyse
from briefing.compose.rival_sources import find_rival_sources
from briefing.model import Corpus, Document
from tests.growth import assert_linear

# Story sentences every invented article shares, so that the pairs are about the story.
_STORY = "Dock workers marched through Veldia against the harbour fee on Saturday. "
SUNDAY = dt.date(2031, 3, 9)


def corpus(*texts_and_days: tuple[str, int | None], entities: bool = False) -> Corpus:
    """One article per (text, days after Sunday; None: undated), parsed with
    ``entities``."""
    docs = [
        Document(
            location=f"doc{i}.txt",
            text=_STORY + t,
            title=f"Doc {i}",
            date=None if days is None else SUNDAY + dt.timedelta(days=days),
        )
        for i, (t, days) in enumerate(texts_and_days)
    ]
    return analyse(docs, entities=entities)


def test_two_parties_crowd_figures_of_one_day_are_shown_earlier_first():
    found = find_rival_sources(
        corpus(
            ("The harbour police put the crowd at 9,000.", 1),
            ("The dockers' union said 40,000 people marched to the harbour.", 0),
        ),
        set(),
    )
    assert [d.topic for d in found] == ["Disputed: The harbour police put the crowd at 9,000."]
    assert [c.text for c in found[0].claims] == [
        "The dockers' union said 40,000 people marched to the harbour.",
        "The harbour police put the crowd at 9,000.",
    ]


def test_an_estimate_of_one_measure_in_all_its_words():
    text = "The harbour board estimated the cost of the new quay at $40 million."
    other = "The Veldia council put the cost of the new quay at $95 million."
    assert len(find_rival_sources(corpus((text, 0), (other, 0)), set())) == 1
    another = "The Veldia council put the cost of the dredging at $95 million."
    assert find_rival_sources(corpus((text, 0), (another, 0)), set()) == []


NO_PAIR = [
    # a week apart: news of the count, perhaps
    (("The harbour police put the crowd at 9,000.", 0),
     ("The dockers' union said 40,000 people marched.", 7)),
    # undated
    (("The harbour police put the crowd at 9,000.", None),
     ("The dockers' union said 40,000 people marched.", None)),
    # one party, or figures too close to differ
    (("The harbour police put the crowd at 9,000.", 0),
     ("The police said 40,000 people marched.", 0)),
    (("The harbour police put the crowd at 9,000.", 0),
     ("The dockers' union said 9,500 people marched.", 0)),
    # a pronoun is no party; a death toll is left to the tolls
    (("The harbour police put the crowd at 9,000.", 0),
     ("They said 40,000 people marched.", 0)),
    (("The harbour police put the toll at 9.", 0),
     ("The dockers' union said 40 people died.", 0)),
    # one article tells both: no pair of two articles
    (("The harbour police put the crowd at 9,000. The dockers' union said 40,000 people "
      "marched.", 0),),
]  # fmt: skip


def test_no_pair_apart_in_time_undated_of_one_party_close_or_a_toll():
    for texts in NO_PAIR:
        assert find_rival_sources(corpus(*texts), set()) == [], texts


def test_many_figures_of_one_measure_are_paired_in_bounded_time():
    # Every figure of a measure was set against every other (quadratic).
    def story(n: int) -> Corpus:
        many = " ".join(f"The harbour police put the crowd at {9_000 + i}." for i in range(n))
        return corpus((many, 0), (many.replace("harbour police", "port board"), 0))

    assert find_rival_sources(story(3_000), set()) == []
    assert_linear(lambda found: find_rival_sources(found, set()), 100, prepare=story)


def test_two_equal_figures_of_hundreds_of_digits_are_no_rivals():
    big = "1" * 400
    found = corpus(
        (f"The harbour police put the crowd at {big}.", 0),
        (f"The dockers' union said {big} people marched.", 0),
    )
    assert find_rival_sources(found, set()) == []


def test_crowds_of_two_places_are_no_rivals():
    # a day of marches in many towns: each town's crowd is its own measure
    ostby = "The dockers' union said 40,000 people marched in Ostby."
    lund = "Police in Lund put the crowd at 9,000."
    parsed = corpus((ostby, 0), (lund, 0), entities=True)
    assert find_rival_sources(parsed, set()) == []
    # the same place, or one sentence naming none: one crowd
    police = "Police in Ostby put the crowd at 9,000."
    found = find_rival_sources(corpus((ostby, 0), (police, 0), entities=True), set())
    assert [d.topic for d in found] == ["Disputed: Police in Ostby put the crowd at 9,000."]
    police = "The harbour police put the crowd at 9,000."
    assert len(find_rival_sources(corpus((ostby, 0), (police, 0), entities=True), set())) == 1


def test_digits_and_commas_that_group_no_thousands_are_no_figure():
    """A list ("1,2,3") or a decimal comma ("4,5") is no figure: neither is the figure
    123 or 45 set against another party's."""
    union = ("The dockers' union said 40,000 people marched to the harbour.", 0)
    for figure in ("1,2,3", "4,5", "12,34"):
        police = (f"The harbour police put the crowd at {figure} on their own scale.", 1)
        assert find_rival_sources(corpus(police, union), set()) == [], figure
    police = ("The harbour police put the crowd at 9,000, well short of that.", 1)
    assert len(find_rival_sources(corpus(police, union), set())) == 1
