"""Candidate statements that tell one fact twice: figures, words, one event on its day."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

from briefing.analyse import analyse
from briefing.compose.restated import (
    drop_repeats,
    one_event,
    repeats,
    restates,
    same_fact,
    without_done_plans,
)
from briefing.compose.synthesis import synthesise
from briefing.model import Document
from briefing.summarise import summarise_corpus


def _told(text: str, stems: str, importance: float = 1.0, **kw: Any) -> Any:
    lead = SimpleNamespace(text=text, words=text.lower().rstrip(".").split())
    event = kw.pop("event", (frozenset(), frozenset()))
    return SimpleNamespace(
        group=SimpleNamespace(lead=lead),
        stems=frozenset(stems.split()),
        figures=None,
        importance=importance,
        day=kw.pop("day", None),
        event=lambda: event,
    )


def test_same_figure_with_the_same_words_is_one_fact() -> None:
    a = _told("The ferry sank drowning 38 people.", "ferry sank drown 38 peopl")
    b = _told("All 38 aboard the ferry drowned.", "38 aboard ferri drown")
    assert not same_fact(a, b)  # "ferry" / "ferri": one stem in common besides the figure
    c = _told("The ferry sank, drowning 38 people.", "ferri sank drown 38 peopl")
    d = _told("Some 38 people drowned when the ferry sank.", "38 peopl drown ferri sank")
    assert same_fact(c, d)


def test_most_of_the_words_again_is_one_fact() -> None:
    a = _told("x", "rust sampl chlorid salt steel cabl")
    b = _told("y", "core trace chlorid salt steel cabl rust")
    assert restates(a, b)
    assert not restates(a, _told("z", "rust sampl bridg"))


def test_one_event_needs_its_day_an_act_and_a_name() -> None:
    opened = (frozenset({"open"}), frozenset({"pell"}))
    day = (2024, 6, 3)
    a = _told("Pell will open the bridge on June 3.", "pell open bridg", day=day, event=opened)
    b = _told("Pell opened the bridge on Monday.", "pell open monday", day=day, event=opened)
    assert one_event(a, b) and repeats(a, [b])
    other_day = _told("Pell opened the pier.", "pell open pier", day=(2024, 6, 4), event=opened)
    assert not one_event(a, other_day)
    named = (frozenset({"name"}), frozenset({"pell"}))
    other_act = _told("Pell named a deputy.", "pell name deputi", day=day, event=named)
    assert not one_event(b, other_act)
    hall = (opened[0], frozenset({"hall"}))
    other_name = _told("Hall opened a pier.", "hall open pier", day=day, event=hall)
    assert not one_event(b, other_name)
    undated = _told("Pell opened the bridge.", "pell open bridg", event=opened)
    assert not one_event(undated, undated)


def test_a_plan_reported_done_leaves_the_pool_and_the_outcome_stays() -> None:
    opened = (frozenset({"open"}), frozenset({"pell"}))
    day = (2024, 6, 3)
    plan = _told("Pell will open the bridge on June 3.", "a", 2.0, day=day, event=opened)
    done = _told("Pell opened the bridge on Monday.", "b", day=day, event=opened)
    other = _told("Pell will open a pier.", "c", day=(2024, 6, 5), event=opened)
    assert without_done_plans([plan, done, other]) == [done, other]
    assert drop_repeats([plan, done]) == [plan]  # the more important wording otherwise


def test_a_summary_tells_the_opening_not_its_plan() -> None:
    plan = "Ann Pell will open the rebuilt bridge on May 7, the council clerk told reporters."
    done = "Pell opened the rebuilt Marlow bridge to traffic with the ferry crews on Tuesday."
    filler = (
        "Pell won the Marlow mayoral election in April with a promise to repair the bridge. "
        "The bridge over the river has been closed to lorries since the winter floods."
    )
    docs = [
        Document(location="a.txt", text=f"{plan} {filler}", date=dt.date(2024, 4, 20)),
        Document(location="b.txt", text=f"{done} {filler}", date=dt.date(2024, 5, 8)),
    ]
    corpus = analyse(docs)
    syn = synthesise(corpus, summarise_corpus(corpus, "lexrank"), summary_words=80)
    texts = [s.text for s in syn.executive_summary]
    assert done in texts and plan not in texts
