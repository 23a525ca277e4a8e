"""Sentences that lean on their article for a place or a thing, as the parse shows."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.analyse import analyse
from briefing.compose.unanchored import Unanchored
from briefing.model import Corpus, Document

from .conftest import articles

FILLER = "Farmers near Marlow planted rice and beans after the rains came early this year."


def parsed(*texts: str) -> Corpus:
    """A corpus with its parse (parts of speech, dependencies, entities)."""
    return articles(*texts, date=dt.date(2001, 7, 23))


def leaning(text: str, focus: str | None = None) -> bool:
    c = parsed(f"{FILLER} {text}", FILLER, FILLER)
    sentence = next(s for s in c.sentences() if s.text == text)
    return Unanchored(c, focus).leans(sentence)


@pytest.mark.parametrize(
    "text",
    [
        # A place called by a plain noun in a sentence naming no place and no people.
        "Large tracts of marsh in the country have been drained for paddy fields.",
        "In the north, rebels burned two villages and a school last week.",
        "Farmers around the lake area have lost most of their crops to floods.",
        "The lake area is the only one in Ghana to raise ducks on rice terraces.",
        # A thing of "the local" place the sentence does not name.
        "The local council will ban smoking in bars from the first of October.",
        # "that" standing for a thing told before.
        "The assembly chose to endorse that in 1994 after a short debate.",
        "The mayor said he trusts that can be avoided before the spring floods.",
        "Officials say that partly reflects a long drought in the valley.",
    ],
)
def test_leans_on_its_article(text: str) -> None:
    assert leaning(text)


@pytest.mark.parametrize(
    "text",
    [
        # The sentence names the place, or a people.
        "Large tracts of marsh in the country have been drained, Kenyan officials said.",
        "In the north of Uganda, rebels burned two villages and a school last week.",
        "Farmers around the Lake Marrow area have lost most of their crops to floods.",
        "Farmers in the lake area of western Kenya have lost most of their crops.",
        "The local council in Kenya will ban smoking in bars from the first of October.",
        # "that" of a clause or of a relative clause.
        "The council said that the bridge would close in 1992 for repairs.",
        "Officials said that in 1992 the council closed the bridge for repairs.",
        "The council passed a rule that bans lorries from the bridge at night.",
        "The ferry survived a storm sinking that killed two fishermen last year.",
    ],
)
def test_stands_alone(text: str) -> None:
    assert not leaning(text)


def test_the_country_of_a_focus_that_names_it() -> None:
    text = "Hundreds of protests have erupted across the country in recent years."
    c = parsed(f"{FILLER} Protests spread in China last year. {text}", FILLER)
    sentence = next(s for s in c.sentences() if s.text == text)
    assert Unanchored(c, "unrest in China").leans(sentence) is False
    assert Unanchored(c, "unrest and protests").leans(sentence) is True
    # Only a country is the focus's: "the north" still needs its place.
    north = "Hundreds of protests have erupted across the north in recent years."
    c = parsed(f"{FILLER} Protests spread in China last year. {north}", FILLER)
    sentence = next(s for s in c.sentences() if s.text == north)
    assert Unanchored(c, "unrest in China").leans(sentence) is True


def test_without_a_parse_nothing_leans() -> None:
    text = "Large tracts of marsh in the country have been drained for paddy fields."
    docs = [Document(location="a.txt", text=text, title="A", date=dt.date(2001, 7, 23))]
    c = analyse(docs, entities=False)
    assert Unanchored(c).leans(c.sentences()[0]) is False


def test_the_area_of_the_storys_own_thing() -> None:
    crash = "Divers found a plane's engine in the crash area on Friday."
    text = "A gale whipping up tall swells over the crash area has stopped the search."
    c = parsed(f"{FILLER} {crash}", f"{FILLER} {text}")
    sentence = next(s for s in c.sentences() if s.text == text)
    assert Unanchored(c).leans(sentence) is False


@pytest.mark.parametrize(
    "text",
    [
        "Ann Vail of the Marlow Water Board, a hydrologist, agreed it will need further testing.",
        "Pell agrees that the toll on the old bridge is too high for farmers.",
        "Tom Brant, a ferry captain from Marlow, agreed that the harbour has improved.",
    ],
)
def test_one_speaker_agreeing_with_no_one_named_leans(text: str) -> None:
    assert leaning(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ann Vail agreed with Pell that the toll on the old bridge is too high.",
        "The Marlow council agreed to close the old bridge to trucks on Monday.",
        "Several leading engineers agreed that the old bridge should be closed.",
        "Everyone agrees that the fishermen are richer than in 1985.",
        "The mayor agreed a deal with the ferry union on Friday.",
        "The council and the ferry union have long agreed that the toll is too high.",
    ],
)
def test_agreeing_with_someone_named_or_among_several_stands_alone(text: str) -> None:
    assert not leaning(text)


@pytest.mark.parametrize(
    ("test", "memo", "text", "new", "found"),
    [
        # "that" for a thing told before (the new article's sentence uses one too) ...
        (
            "pronoun_that",
            "that_sentences",
            "The assembly chose to endorse that in 1994 after a short debate.",
            "Officials say that partly reflects a drought.",
            {0},
        ),
        # ... and one speaker agreeing with no one named (the new one names with whom).
        (
            "agrees_with_no_one",
            "agreeing_sentences",
            "Pell agrees that the toll on the old bridge is too high for farmers.",
            "Ann Vail agreed with Pell on the toll.",
            frozenset(),
        ),
    ],
)
def test_a_grown_story_asks_the_parse_of_its_new_article_only(
    monkeypatch: pytest.MonkeyPatch, test: str, memo: str, text: str, new: str, found: set[int]
) -> None:
    # What each sentence's parse says is read once per article (and kept across builds).
    from briefing.compose import article_memo, unanchored

    article_memo.forget()
    c = parsed(f"{FILLER} {text}", FILLER)
    sentence = next(s for s in c.sentences() if s.text == text)
    assert Unanchored(c).leans(sentence)
    asked: list[object] = []
    real = getattr(unanchored, test)
    monkeypatch.setattr(unanchored, test, lambda span: asked.append(span) or real(span))
    grown = parsed(f"{FILLER} {text}", FILLER, new)
    assert Unanchored(grown).leans(next(s for s in grown.sentences() if s.text == text))
    assert asked == []
    assert getattr(unanchored, memo)(grown.docs[0]) == {1}
    assert getattr(unanchored, memo)(grown.docs[2]) == found
    assert len(asked) == 1  # the new article's one sentence
