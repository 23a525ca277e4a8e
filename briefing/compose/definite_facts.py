"""What each article gives to the story-wide facts ``definites`` reads, per article.

``definites.Descriptions`` asks two things of the whole story: which names it puts
right before a plain noun ("a Skylark jet": "Skylark" is called a jet), and which words
the parse reads as a people's more often than as part of another name ("Israeli").
Both are sums over the articles of what each article says, so each article's part is
an article memo (``compose.article_memo``), kept across builds: a grown folder's second
run reads the unchanged articles' parts from the cache and adds them up, instead of
running the pattern over every sentence and walking every entity of the story again
(``Descriptions._name_nouns`` and ``_peoples_words``).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from briefing.compose.article_memo import (
    by_article,
    counts_written,
    decode_counts,
    decode_pairs,
    encode_counts,
)
from briefing.compose.memo import BadValue
from briefing.lang.stopwords import STOP_WORDS
from briefing.model import AnalysedDocument

# A name and the plain noun right after it ("the Brent ferry", "a Skylark jet"): the
# story calls that name by that noun. Bounded: a name of at most 41 characters.
NAME_NOUN = re.compile(r"\b([A-Z][A-Za-z'’-]{0,40}) ([a-z]{1,30})\b")
# The entity label of a people or a nationality: "Israeli construction" says whose
# construction, not which, so "Israeli" in a sentence does not say which one "the
# construction" is (session 25, tuning D0609I).
PEOPLE_LABEL = "NORP"


def _encode_pairs(value: list[tuple[str, str]]) -> list[list[str]]:
    return [[name, noun] for name, noun in value]


def _decode_pairs(data: Any) -> list[tuple[str, str]]:
    return decode_pairs(data, str, "a list of names and nouns", "a name and a noun")


def _pairs_fit(value: list[tuple[str, str]], text: str, sentences: int) -> bool:
    """Each name written before its noun in the article."""
    return all(f"{name} {noun}" in text for name, noun in value)


@by_article("name_nouns", _encode_pairs, _decode_pairs, _pairs_fit)
def name_nouns(adoc: AnalysedDocument) -> list[tuple[str, str]]:
    """(name, noun) of each name the article puts right before a plain noun, in the
    order written (sentence by sentence); "The", "In" are no names."""
    return [
        (m.group(1), m.group(2))
        for s in adoc.sentences
        for m in NAME_NOUN.finditer(s.text)
        if m.group(1).lower() not in STOP_WORDS
    ]


# How often the article's parse reads each word in a people's name, and in another name.
PeoplesWords = tuple[dict[str, int], dict[str, int]]


def _encode_peoples(value: PeoplesWords) -> list[Any]:
    return [encode_counts(value[0]), encode_counts(value[1])]


def _decode_peoples(data: Any) -> PeoplesWords:
    if not (isinstance(data, list) and len(data) == 2):
        raise BadValue("two lists of counts")
    return decode_counts(data[0]), decode_counts(data[1])


def _peoples_fit(value: PeoplesWords, text: str, sentences: int) -> bool:
    """Each word written in the article at least as often as counted."""
    counted: Counter[str] = Counter(value[0])
    counted.update(value[1])
    return counts_written(counted, text)


@by_article("peoples_words", _encode_peoples, _decode_peoples, _peoples_fit)
def peoples_words(adoc: AnalysedDocument) -> PeoplesWords:
    """How often the article's parse reads each word as part of a people's or a
    nationality's name (``PEOPLE_LABEL``), and as part of any other name."""
    peoples: Counter[str] = Counter()
    others: Counter[str] = Counter()
    for ent in adoc.parse.ents if adoc.parse is not None else ():
        found = peoples if ent.label_ == PEOPLE_LABEL else others
        found.update(t.text for t in ent)
    return dict(peoples), dict(others)
