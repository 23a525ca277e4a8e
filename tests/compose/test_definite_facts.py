"""What each article gives to the story-wide facts ``definites`` reads, per article."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator

import pytest

from briefing.compose import article_memo, definite_facts
from briefing.compose.clarity import story_things
from briefing.compose.definite_facts import name_nouns, peoples_words
from briefing.compose.definites import Descriptions
from briefing.compose.memo import BadValue
from briefing.model import Corpus

from .conftest import articles

KESTREL = "The Kestrel ferry sank on Monday. Norwegian divers said the ferry lay on its side."
OSPREY = "The Osprey ferry sank on Friday. Divers said the ferry lay in deep water."
FILLER = "Farmers in the valley planted rice and beans after the rains came early this year."


def corpus(*texts: str) -> Corpus:
    return articles(*texts, date=dt.date(2001, 7, 23))


def test_an_article_gives_its_names_before_nouns_in_order() -> None:
    # "The ferry" gives none: "The" is no name.
    assert name_nouns(corpus(KESTREL).docs[0]) == [("Kestrel", "ferry"), ("Norwegian", "divers")]


def test_an_article_counts_the_words_its_parse_reads_as_a_peoples() -> None:
    peoples, others = peoples_words(corpus(KESTREL).docs[0])
    assert peoples == {"Norwegian": 1} and others["Kestrel"] == 1


def test_a_grown_story_reads_only_its_new_article(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    pattern = definite_facts.NAME_NOUN

    class Counting:
        def finditer(self, text: str) -> Iterator[re.Match[str]]:
            read.append(text)
            return pattern.finditer(text)

    monkeypatch.setattr(definite_facts, "NAME_NOUN", Counting())
    article_memo.forget()
    first = corpus(KESTREL, FILLER)
    Descriptions(first, story_things(first))._names_called("ferry")
    read.clear()
    grown = corpus(KESTREL, FILLER, OSPREY)
    described = Descriptions(grown, story_things(grown))
    assert described._names_called("ferry") == {"Kestrel", "Osprey"}
    assert described._named_in("ferry") == [("Kestrel", 0), ("Osprey", 2)]
    assert read == [s.text for s in grown.docs[2].sentences]


def test_the_facts_are_kept_across_builds_and_checked() -> None:
    c = corpus(KESTREL)
    text = c.docs[0].document.text
    article_memo.forget()
    pairs, counts = name_nouns(c.docs[0]), peoples_words(c.docs[0])
    stored = json.loads(json.dumps(article_memo.export([text])[0]))
    article_memo.forget()
    article_memo.load(article_memo.decode_answers(stored, text, len(c.docs[0].sentences)))
    assert name_nouns(c.docs[0]) == pairs and peoples_words(c.docs[0]) == counts
    for bad in (
        {"name_nouns": [[[], [["Osprey", "ferry"]]]]},  # not written in the article
        {"peoples_words": [[[], [[["Norwegian", 2]], []]]]},  # written once
    ):
        with pytest.raises(BadValue, match="fit"):
            article_memo.decode_answers(bad, text, len(c.docs[0].sentences))
    for bad in ({"name_nouns": [[[], [["Kestrel"]]]]}, {"peoples_words": [[[], [[]]]]}):
        with pytest.raises(BadValue):
            article_memo.decode_answers(bad, text, len(c.docs[0].sentences))
