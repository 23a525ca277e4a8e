"""A person named only by surname, or a thing told in the passive, is clear alone only
when the story is about them."""

from __future__ import annotations

import pytest

from briefing.analyse import analyse
from briefing.compose.clarity import clear_subject, story_things, surnames
from briefing.model import Document

KNOWN = frozenset({"Hallworth", "Pell", "McKenna"})
STORY = frozenset({"bridg", "pell"})


@pytest.mark.parametrize(
    "text",
    [
        "Hallworth said the ferry could carry the lorries until the bridge reopens.",
        "McKenna believes the toll will fall next year.",
        "Hallworth's report found a crack in the main cable of the bridge.",
        "Hallworth, who inspected the bridge in May, found a crack in the cable.",
        "After a week of tests, Hallworth said the cable would hold.",
        "The cable will hold for another ten years, Hallworth said.",
        "The hearing was postponed until the inspectors from the county report.",
        # People an earlier sentence introduced, called by a plain noun.
        "The officials refused to say which Marlow yard had the cracked cable.",
        "The relatives have asked the Marlow court for more time.",
    ],
)
def test_unclear(text: str) -> None:
    assert not clear_subject(text, STORY, KNOWN)


@pytest.mark.parametrize(
    "text",
    [
        # The story is about the mayor, or the sentence gives the full name, or the
        # capitalised word was never seen as the last part of a full name.
        "Pell said the old bridge would stay closed to trucks until June.",
        "Engineer Ann Hallworth said the ferry could carry the lorries.",
        "Marlow said the bridge would reopen in June.",
        "The bridge was built in 1921 by a shipping company.",
        "The cable will hold for another ten years, the engineers said.",
        # The story is about them; a plain noun that is no person.
        "The pells refused to say which Marlow yard had the cracked cable.",
        "The bridge has been shut since May, Mayor Tom Pell said.",
    ],
)
def test_clear(text: str) -> None:
    assert clear_subject(text, STORY, KNOWN)


def test_surnames_and_story_things_come_from_the_articles() -> None:
    docs = [
        Document(location="a.txt", text="Mayor Tom Pell closed the bridge. Dr. Lee agreed."),
        Document(location="b.txt", text="The bridge stays shut, Pell said on Monday."),
        Document(location="c.txt", text="Traders in Marlow want the bridge to reopen."),
    ]
    corpus = analyse(docs, entities=False)
    assert {"Pell", "Lee"} <= surnames(corpus)
    assert "Marlow" not in surnames(corpus)
    things = story_things(corpus)
    assert "bridg" in things and "pell" in things and "lee" not in things
