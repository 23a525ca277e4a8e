"""Quoted views: two named speakers quoted the other way round on one deed."""

from __future__ import annotations

import pytest

from briefing.compose.quoted_views import find_quoted_views
from tests.compose.conftest import articles

# Story sentences every invented article shares, so that the pairs are about the story.
_STORY = "The Dunmore ferry sank in the strait after the Norland navy exercise on Monday. "
_DENIAL = '"I don\'t believe we have sunk a single civilian ferry," Admiral Orrin Hale said.'
_CLAIM = '"We know that civilian ferries were sunk," said Ilse Varga, a pilot.'


def test_two_named_speakers_quoted_the_other_way_round_are_shown_later_one_heading():
    found = find_quoted_views(articles(_STORY + _DENIAL, _STORY + _CLAIM), set())
    assert [d.topic for d in found] == ["Disputed: " + _CLAIM]
    assert [(c.text, c.sources) for c in found[0].claims] == [(_DENIAL, [1]), (_CLAIM, [2])]


def test_one_article_quoting_both_is_one_sources_pair():
    found = find_quoted_views(articles(_STORY + _DENIAL + " " + _CLAIM), set())
    assert [d.topic for d in found] == ["Disputed (one source reports both sides): " + _CLAIM]


def test_a_long_credit_is_cut_after_the_speakers_name():
    long_claim = (
        '"We know that civilian ferries were sunk," said Ilse Varga, a pilot who '
        "has steered ferries across the strait for thirty years and who leads the pilots' "
        "union of the northern harbours in its long talks with the port board and the city."
    )
    found = find_quoted_views(articles(_STORY + _DENIAL, _STORY + long_claim), set())
    assert [d.topic for d in found] == [
        'Disputed: "We know that civilian ferries were sunk," said Ilse Varga.'
    ]
    assert found[0].claims[1].text == long_claim


NO_PAIR = [
    # both say it the same way round
    '"We know that civilian ferries were not sunk," said Ilse Varga, a pilot.',
    # a pronoun speaker, or one party named twice
    '"We know that civilian ferries were sunk," she said.',
    '"We know that civilian ferries were sunk," said Hale\'s aide Ilse Varga.',
    # a guess, a condition, a question
    '"We know that civilian ferries may have been sunk," said Ilse Varga.',
    '"Civilian ferries would be sunk if the navy fired," said Ilse Varga, a pilot.',
    '"Were civilian ferries sunk by the navy?" asked Ilse Varga, a pilot.',
    # said through a word that is no plain saying or knowing: not read
    '"It is inconceivable that no civilian ferries were sunk," said Ilse Varga, a pilot.',
    '"Few believe that civilian ferries were sunk," said Ilse Varga, a pilot.',
    # another thing: other describing words, or none
    '"We know that fishing ferries were sunk," said Ilse Varga, a pilot.',
    '"We know that ferries were sunk," said Ilse Varga, a pilot.',
    # no quote: a reported view is the attributed-dispute rules'
    "Ilse Varga, a pilot, said civilian ferries were sunk by the navy.",
]


@pytest.mark.parametrize("other", NO_PAIR)
def test_no_pair(other):
    assert find_quoted_views(articles(_STORY + _DENIAL, _STORY + other), set()) == []


# The first says one doer's deed, the second another's, or another place's.
OTHER_DEEDS = [
    (
        '"The navy did not sink a civilian ferry," Admiral Orrin Hale said.',
        '"The pirates sank a civilian ferry," said Ilse Varga, a pilot.',
    ),
    (
        '"Our divers did not find a sunken ferry," Admiral Orrin Hale said.',
        '"We found a sunken ferry," said Ilse Varga, a pilot.',
    ),
    (
        '"I did not see a burning ferry," Admiral Orrin Hale said.',
        '"I saw a burning ferry," said Ilse Varga, a pilot.',
    ),
    (
        '"We did not sink a civilian ferry," Admiral Orrin Hale said.',
        '"We sank a civilian ferry," said Ilse Varga, a pilot.',
    ),
    (
        '"They did not sink a civilian ferry," Admiral Orrin Hale said.',
        '"A civilian ferry was sunk," said Ilse Varga, a pilot.',
    ),
    (
        '"We never sank a civilian ferry in the northern strait," Admiral Orrin Hale said.',
        '"A civilian ferry was sunk in the southern gulf," said Ilse Varga, a pilot.',
    ),
]


@pytest.mark.parametrize(("first", "second"), OTHER_DEEDS)
def test_two_doers_or_places_are_two_deeds(first, second):
    assert find_quoted_views(articles(_STORY + first, _STORY + second), set()) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            '"The navy did not sink a civilian ferry," Admiral Orrin Hale said.',
            '"The navy sank a civilian ferry," said Ilse Varga, a pilot.',
        ),
        (
            '"We did not sink a civilian ferry in the strait," Admiral Orrin Hale said.',
            '"A civilian ferry was sunk in the strait," said Ilse Varga, a pilot.',
        ),
    ],
)
def test_one_doer_or_an_unstated_one_is_one_deed(first, second):
    found = find_quoted_views(articles(_STORY + first, _STORY + second), set())
    assert [[c.text for c in d.claims] for d in found] == [[first, second]]


def test_a_shown_sentence_is_not_shown_again():
    corpus = articles(_STORY + _DENIAL, _STORY + _CLAIM)
    assert find_quoted_views(corpus, {_DENIAL}) == []
