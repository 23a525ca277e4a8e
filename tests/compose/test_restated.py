"""Candidate statements that tell one fact twice: figures, words, one event on its day."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

from briefing.analyse import analyse
from briefing.compose.one_deed import NO_DEED, Deed
from briefing.compose.restated import (
    drop_repeats,
    one_act,
    one_event,
    one_number,
    one_report,
    plan_done,
    repeats,
    restates,
    same_fact,
    without_done_plans,
)
from briefing.compose.synthesis import synthesise
from briefing.model import Document
from briefing.summarise import summarise_corpus


def _told(text: str, stems: str, importance: float = 1.0, **kw: Any) -> Any:
    lead = SimpleNamespace(text=text, words=text.lower().rstrip(".").split(), doc=kw.pop("doc", 0))
    event = kw.pop("event", (frozenset(), frozenset()))
    deed = kw.pop("deed", NO_DEED)
    return SimpleNamespace(
        group=SimpleNamespace(lead=lead, members=[lead]),
        stems=frozenset(stems.split()),
        figures=None,
        numbers=None,
        importance=importance,
        day=kw.pop("day", None),
        event=lambda: event,
        deed=lambda: deed,
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


def test_one_article_telling_one_act_twice_is_one_fact() -> None:
    approved = (frozenset({"approv"}), frozenset())
    named = (frozenset({"approv"}), frozenset({"pellin", "board"}))
    lede = _told(
        "A third bridge has been approved by the state.", "third bridg approv state", event=approved
    )
    later = _told(
        "The highway board said Friday it has approved the Pellin bridge.",
        "highway board friday approv pellin bridg",
        day=(2024, 6, 7),
        event=named,
    )
    assert one_report(lede, later) and repeats(lede, [later])
    elsewhere = _told(later.group.lead.text, "x", day=(2024, 6, 7), event=named, doc=1)
    assert not one_report(lede, elsewhere)  # another article: another approval, maybe
    other = (frozenset({"approv"}), frozenset({"marlow"}))
    pier = _told("The board approved the Marlow pier.", "board approv marlow pier", event=other)
    assert not one_report(pier, later)  # another name: another thing approved
    built = (frozenset({"build"}), frozenset({"pellin"}))
    assert not one_report(_told("Pellin built it.", "pellin built", event=built), later)
    assert not one_report(later, _told("y", "y", day=(2024, 6, 8), event=named))  # another day
    lede.importance = 2.0
    assert drop_repeats([lede, later]) == [later]  # the wording that names it


def test_two_articles_telling_one_act_with_its_names_are_one_report() -> None:
    names = frozenset({"ruiz", "marlow", "ostland"})
    held = (frozenset({"arrest"}), names)
    a = _told("Vorn was arrested in Marlow at the request of Ostland judge Ruiz.", "a", event=held)
    police = (frozenset({"arrest"}), names | {"police"})
    b = _told("Police acting on a warrant from Ruiz of Ostland held him in Marlow.", "b", doc=1)
    b.event = lambda: police
    assert one_report(a, b) and repeats(b, [a])
    two = (frozenset({"arrest"}), frozenset({"vorn", "marlow"}))
    kin = _told("Vorn's aides are still held in Marlow.", "c", event=two, doc=2)
    assert not one_report(kin, _told("x", "x", event=two))  # two names: maybe another act
    a.importance = 2.0
    assert drop_repeats([a, b]) == [a]  # another outlet's wording: the more important stays


def test_a_plan_of_unread_day_told_done_is_one_fact() -> None:
    pell = (frozenset({"expect"}), frozenset({"pell"}))
    sworn = (frozenset({"swear"}), frozenset({"pell"}))
    plan = _told("Pell is expected to be sworn in soon.", "pell expect sworn", event=pell)
    done = _told("Pell was sworn in on Sunday.", "pell sworn sunday", day=(2024, 5, 5), event=sworn)
    assert plan_done(plan, done) and plan_done(done, plan) and repeats(done, [plan])
    hall = _told("Hall was sworn in.", "hall sworn", event=(frozenset(), frozenset({"hall"})))
    assert not plan_done(plan, hall)  # someone else
    again = _told("Pell will be sworn in on Sunday.", "pell sworn sunday", event=pell)
    assert not plan_done(plan, again)  # two plans
    dated = _told(plan.group.lead.text, "pell expect sworn", day=(2024, 5, 5), event=pell)
    assert not plan_done(dated, done)  # a plan of a read day is ``one_event``'s
    plan.importance = 2.0
    assert drop_repeats([plan, done]) == [done]  # the outcome, though less important


def test_a_plan_reported_done_leaves_the_pool_and_the_outcome_stays() -> None:
    opened = (frozenset({"open"}), frozenset({"pell"}))
    day = (2024, 6, 3)
    plan = _told("Pell will open the bridge on June 3.", "a", 2.0, day=day, event=opened)
    done = _told("Pell opened the bridge on Monday.", "b", day=day, event=opened)
    other = _told("Pell will open a pier.", "c", day=(2024, 6, 5), event=opened)
    assert without_done_plans([plan, done, other]) == [done, other]
    assert drop_repeats([plan, done]) == [plan]  # the more important wording otherwise


_FILLER = (
    "Pell won the Marlow mayoral election in April with a promise to repair the bridge. "
    "The bridge over the river has been closed to lorries since the winter floods."
)


def _summary(plan: str, done: str, done_on: dt.date) -> list[str]:
    """The summary of a plan's article (April 20) and its outcome's (``done_on``)."""
    docs = [
        Document(location="a.txt", text=f"{plan} {_FILLER}", date=dt.date(2024, 4, 20)),
        Document(location="b.txt", text=f"{done} {_FILLER}", date=done_on),
    ]
    corpus = analyse(docs)
    syn = synthesise(corpus, summarise_corpus(corpus, "lexrank"), summary_words=80)
    return [s.text for s in syn.executive_summary]


def test_a_summary_tells_the_opening_not_its_plan() -> None:
    plan = "Ann Pell will open the rebuilt bridge on May 7, the council clerk told reporters."
    done = "Pell opened the rebuilt Marlow bridge to traffic with the ferry crews on Tuesday."
    texts = _summary(plan, done, dt.date(2024, 5, 8))
    assert done in texts and plan not in texts


def test_a_summary_tells_the_swearing_in_not_its_undated_plan() -> None:
    plan = "Marlow's newly elected mayor, Ann Pell, is due to be sworn in soon."
    done = "Ann Pell was sworn in at the town hall on Sunday before a crowd of 300 residents."
    texts = _summary(plan, done, dt.date(2024, 5, 20))
    assert done in texts and plan not in texts


def test_one_doers_act_in_other_words_is_one_fact() -> None:
    asked = Deed(frozenset({"ostland"}), frozenset({"ask"}), frozenset({"ask", "extradit"}))
    wants = Deed(frozenset({"ostland"}), frozenset({"want", "extradit"}), frozenset({"want"}))
    names = (frozenset({"ask"}), frozenset({"ostland", "pell"}))
    a = _told(
        "Ostland has asked for his extradition.", "ostland ask extradit", event=names, deed=asked
    )
    b = _told(
        "Ostland wants Marlow to extradite Pell.",
        "ostland want marlow extradit pell",
        doc=1,
        event=(frozenset({"want"}), frozenset({"ostland", "marlow", "pell"})),
        deed=wants,
    )
    assert one_act(a, b) and repeats(a, [b])
    c = _told(
        "Ostland has asked for his extradition.",
        "ostland ask extradit",
        doc=2,
        event=(frozenset({"ask"}), frozenset({"ostland"})),
        deed=asked,
    )
    assert not one_act(b, c)  # one name in common, the doer's
    later = _told(
        "Ostland wants Marlow to extradite Pell.",
        "x",
        doc=1,
        day=(2019, 3, 9),
        event=names,
        deed=wants,
    )
    assert not one_act(_told("y", "y", day=(2019, 3, 7), event=names, deed=asked), later)


def test_one_count_of_one_event_in_other_words_is_one_fact() -> None:
    found = Deed(frozenset(), frozenset({"find"}), frozenset({"find", "head"}), frozenset({4}))
    recovered = Deed(frozenset(), frozenset({"recov"}), frozenset({"recov"}), frozenset({4}))
    a = _told(
        "The heads of the four engineers were found outside Tarvin.",
        "head engin found outsid tarvin",
        event=(frozenset({"find"}), frozenset({"tarvin"})),
        deed=found,
    )
    b = _told(
        "Pell said in Tarvin that the remains of four workers had been recovered.",
        "pell tarvin remain worker recov",
        doc=1,
        event=(frozenset({"recov"}), frozenset({"pell", "tarvin"})),
        deed=recovered,
    )
    assert one_number(a, b) and repeats(a, [b])
    other_day = _told(
        "The heads of the four engineers were found outside Tarvin.",
        "head engin found outsid tarvin",
        day=(2019, 3, 9),
        event=(frozenset({"find"}), frozenset({"tarvin"})),
        deed=found,
    )
    b.day = (2019, 3, 10)
    assert not one_number(other_day, b)  # days read apart: two events
    five = _told(
        "Pell said in Tarvin that the bodies of five men had been recovered.",
        "pell tarvin bodi men recov",
        doc=1,
        event=(frozenset({"recov"}), frozenset({"pell", "tarvin"})),
        deed=Deed(frozenset(), frozenset({"recov"}), frozenset({"recov"}), frozenset({5})),
    )
    assert not one_number(a, five)  # no number written in common: the parse is not read


def test_a_possessive_and_its_name_are_one_word_of_a_fact() -> None:
    """A possessive and its name tell one fact ("Pell's cousins", "the cousins of
    Pell"): a summary and its background show it once."""
    one = "Ann Pell's cousins took custody of Marlow's ferry."
    two = "The cousins of Ann Pell took custody of the ferry at Marlow in a quiet ceremony."
    docs = [
        Document(location="a.txt", text=f"{one} {_FILLER}", date=dt.date(2024, 4, 20)),
        Document(location="b.txt", text=f"{two} {_FILLER}", date=dt.date(2024, 4, 22)),
    ]
    corpus = analyse(docs)
    syn = synthesise(corpus, summarise_corpus(corpus, "lexrank"), summary_words=80)
    shown = [s.text for s in [*syn.executive_summary, *syn.background]]
    assert (one in shown) != (two in shown)
