"""Death tolls: the story's agreed count against another source's count of its dead."""

from __future__ import annotations

import datetime as dt

from briefing.analyse import analyse
from briefing.compose.tolls import TollFigure, companion_tolls, toll_divergences
from briefing.model import Document, Sentence


def toll(value: float, source: int, text: str, near=(), names=(), day: int = 2) -> TollFigure:
    sent = Sentence(doc=source - 1, index=0, paragraph=0, text=text, start=0, end=len(text))
    return TollFigure(
        value, str(int(value)), "people", sent, dt.date(2030, 5, day), set(near), set(names)
    )


AGREED = [
    toll(40, 1, "The ferry sinking off Varna killed 40 people.", names={"Varna"}),
    toll(40, 2, "Forty people died when the ferry sank off Varna.", names={"Varna"}),
    toll(40, 3, "The sinking, which killed 40 people, shocked the port.", day=3),
]


def test_a_close_count_of_the_known_event_is_a_rival_of_the_agreed_toll():
    # told the day of an agreed report: no update of it
    rival = toll(41, 4, "The sinking last week killed 41 people, the coast guard said.", day=3)
    found = toll_divergences([*AGREED, rival], max_days=7)
    assert len(found) == 1
    # Each claim cites its own sentence's source; the topic counts the sources.
    assert [c.sources for c in found[0].claims] == [[1], [4]]
    assert found[0].topic == "Number of people killed (40 in 3 sources, 41 in 1 source)"
    # The sources giving a count report it: the agreed toll is no single-source claim.
    assert [c.single_source for c in found[0].claims] == [False, True]


def test_a_rival_count_two_sources_give_carries_no_single_source_mark():
    rivals = [
        toll(41, 4, "The sinking last week killed 41 people, the coast guard said.", day=3),
        toll(41, 5, "Forty-one people died in the sinking, the coast guard said.", day=3),
    ]
    found = toll_divergences([*AGREED, *rivals], max_days=7)
    assert found[0].topic == "Number of people killed (40 in 3 sources, 41 in 2 sources)"
    rival = found[0].claims[1]
    assert len(rival.sources) == 1 and rival.reported_by == [4, 5] and not rival.single_source


def test_another_event_or_a_far_count_or_a_late_count_is_no_rival():
    other = toll(42, 4, "A bus crash near Sofia killed 42 people.", near={"Sofia"}, names={"Sofia"})
    unnamed = toll(41, 5, "A storm killed 41 people, officials said.")  # no known event
    far = toll(60, 6, "The sinking killed 60 people.")
    late = toll(41, 7, "The sinking killed 41 people.", day=25)
    assert toll_divergences([*AGREED, other, unnamed, far, late], max_days=7) == []


def test_a_higher_or_corrected_count_told_after_the_agreed_toll_updates_it():
    risen = toll(44, 4, "The sinking has now killed 44 people, the coast guard said.", day=5)
    corrected = toll(
        38, 5, "The sinking killed 38 people, the coast guard said, correcting a count.", day=5
    )
    assert toll_divergences([*AGREED, risen, corrected], max_days=7) == []
    # told before the agreed reports, a higher count is a rival all the same
    earlier = toll(41, 4, "The sinking killed 41 people, the coast guard said.", day=1)
    assert len(toll_divergences([*AGREED, earlier], max_days=7)) == 1


def test_no_toll_without_sources_agreeing():
    assert toll_divergences([*AGREED[:1], toll(41, 4, "The sinking killed 41.")], 7) == []
    # two sources agreeing make a toll: a story of a few articles has its rivals shown
    assert len(toll_divergences([*AGREED[:2], toll(41, 4, "The sinking killed 41.")], 7)) == 1


def companions(*texts: str):
    docs = [Document(location=f"d{i}.txt", text=t, title=f"D{i}") for i, t in enumerate(texts)]
    return companion_tolls(analyse(docs, entities=False), max_days=7)


def test_the_dead_told_as_one_companion_and_others_are_compared():
    # "his wife and 12 others" is 13 dead in three sources, "his wife and eleven others" 12 in
    # a fourth: one toll told two ways.
    found = companions(
        "The landslide killed his wife and 12 others near the village.",
        "His wife and 12 others died when the hillside gave way.",
        "The farmer's wife and 12 others were killed in the landslide.",
        "He survived a landslide that killed his wife and eleven others, police said.",
    )
    assert len(found) == 1
    assert found[0].topic == "Number of people killed (13 in 3 sources, 12 in 1 source)"
    assert found[0].claims[-1].sources == [4]


def test_companions_who_lived_or_another_companion_are_no_rival_count():
    found = companions(
        "The landslide killed his wife and 12 others near the village.",
        "His wife and 12 others died when the hillside gave way.",
        "The farmer's wife and 12 others were killed in the landslide.",
        "His wife and eleven others fled the village before the landslide.",  # not dead
        "The landslide killed his brother and eleven others.",  # another companion
    )
    assert found == []
