"""Historical background: an event years before the story is left out unless the story
is about it."""

from __future__ import annotations

import datetime as dt

from briefing.analyse import analyse
from briefing.compose.background import BACKGROUND_YEARS, is_history, story_start
from briefing.compose.timeline import build_timeline
from briefing.model import Document

START = dt.date(2004, 3, 2)
EVERYDAY = frozenset({"brandt", "harbour"})


def test_years_before_the_story_naming_none_of_its_names_are_history() -> None:
    assert is_history("1987", START, [frozenset({"lisbon"})], EVERYDAY)
    assert is_history("1987-05-04", START, [frozenset()], EVERYDAY)
    # One sentence of the entry naming an everyday name makes it the story's.
    assert not is_history("1987", START, [frozenset({"lisbon"}), frozenset({"brandt"})], EVERYDAY)


def test_the_years_just_before_the_story_and_an_undated_story_are_never_history() -> None:
    recent = str(START.year - BACKGROUND_YEARS + 1)
    assert not is_history(recent, START, [frozenset()], EVERYDAY)
    assert not is_history(f"{START.year}-01", START, [frozenset()], EVERYDAY)
    assert not is_history("1987", None, [frozenset()], EVERYDAY)


def _doc(i: int, text: str, day: dt.date | None) -> Document:
    return Document(location=f"d{i}.txt", text=text, title=f"Ferry news {i}", date=day)


def test_story_start_is_the_first_article_s_day() -> None:
    c = analyse(
        [_doc(0, "A ferry sank.", dt.date(2004, 3, 9)), _doc(1, "A ferry sank.", START)],
        entities=False,
    )
    assert story_start(c) == START
    assert story_start(analyse([_doc(0, "A ferry sank.", None)], entities=False)) is None


def test_a_profile_s_past_is_left_out_and_the_story_s_own_past_kept() -> None:
    texts = [
        "Mayor Anna Brandt closed the Kelso harbour on Monday after the ferry sank. "
        "In 1961, the widow Maria Oliveira sank a ferry in a harbour near Lisbon.",
        "Mayor Anna Brandt said on Tuesday the Kelso harbour would stay shut all week.",
        "The Kelso harbour has been shut since Monday, Mayor Anna Brandt said. "
        "In 1989, Brandt opened the Kelso harbour to tankers for the first time.",
        "Divers searched the Kelso harbour for the ferry's crew, Mayor Anna Brandt said.",
        "The ferry that sank in the Kelso harbour was raised, Mayor Anna Brandt said.",
    ]
    days = [START + dt.timedelta(days=i) for i in range(len(texts))]
    c = analyse([_doc(i, t, d) for i, (t, d) in enumerate(zip(texts, days, strict=True))])
    shown = {e.date: e.text for e in build_timeline(c)}
    assert "1961" not in shown  # a profile's aside: no name the story's articles share
    assert "opened the Kelso harbour to tankers" in shown.get("1989", "")
    assert "2004-03-01" in shown
    # Three articles are too few to know the story's names: nothing is left out.
    few = analyse([_doc(i, t, d) for i, (t, d) in enumerate(zip(texts[:3], days[:3], strict=True))])
    assert "1961" in {e.date for e in build_timeline(few)}


def test_at_the_cap_history_yields_to_the_story_s_own_events() -> None:
    texts = [
        "In 1989, Mayor Anna Brandt opened the Kelso harbour to tankers for the first time.",
        "In 1989, Mayor Anna Brandt opened the Kelso harbour to tankers for the first time.",
        "On Monday, Mayor Anna Brandt closed the Kelso harbour to tankers after the ferry sank.",
        "Divers searched the Kelso harbour for the ferry's crew, Mayor Anna Brandt said.",
        "The ferry that sank in the Kelso harbour was raised, Mayor Anna Brandt said.",
    ]
    days = [START + dt.timedelta(days=i) for i in range(len(texts))]
    c = analyse([_doc(i, t, d) for i, (t, d) in enumerate(zip(texts, days, strict=True))])
    assert [e.date for e in build_timeline(c)] == ["1989", "2004-03-01"]
    # Told by two articles, the old opening would win the one place; the story's own
    # closing takes it.
    assert [e.date for e in build_timeline(c, max_events=1)] == ["2004-03-01"]


PORT_STORY = [
    "Mayor Anna Brandt closed the port of Lisbon on Monday after the ferry Zephyr sank.",
    "Divers searched the port of Lisbon for the Zephyr's crew, Mayor Anna Brandt said.",
    "The Zephyr was raised in the port of Lisbon, Mayor Anna Brandt said on Thursday.",
    "Mayor Anna Brandt said the port of Lisbon would reopen once the Zephyr was towed away.",
]


def _port_story(history: str, focus: str | None = None) -> set[str]:
    texts = [PORT_STORY[0] + " " + history, *PORT_STORY[1:], PORT_STORY[0]]
    days = [START + dt.timedelta(days=i) for i in range(len(texts))]
    c = analyse([_doc(i, t, d) for i, (t, d) in enumerate(zip(texts, days, strict=True))])
    return {e.date for e in build_timeline(c, focus=focus)}


def test_history_naming_the_story_s_place_only_as_an_attribute_is_left_out() -> None:
    # "a Lisbon-based firm", "a Lisbon ferry": where they are from, not the story's place.
    aside = "In 1987, a Lisbon-based firm's ferry sank in a storm after it left the port."
    assert "1987" not in _port_story(aside)
    assert "1987" not in _port_story(aside.replace("Lisbon-based firm's", "Lisbon"))
    # Where the old event took place, the place keeps it; so does a focus that names it.
    assert "1987" in _port_story("In 1987, a ferry sank in a storm in the port of Lisbon.")
    assert "1987" in _port_story(aside, focus="the port of Lisbon")
