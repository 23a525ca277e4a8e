"""Owned acts: a name's act told before, opening a digest sentence."""

from __future__ import annotations

from briefing.compose.owned_acts import owned_act

from .conftest import articles, titled_article
from .conftest import sentence_starting as _sentence

ARTICLE = (
    "Harbour minister Ivo Varga toured the Marlow docks on Monday and met ferry crews. "
    "Varga's visit was a day before the harbour festival, a major holiday. "
    "Varga's visit to Eastport last year drew protests from the crews. "
    "Varga's deputy said the quay would open in May. "
    "Crews said Varga's decision was welcome."
)


def test_a_names_act_told_before_opening_a_sentence_is_owned() -> None:
    (adoc,) = articles(ARTICLE).docs
    assert owned_act(adoc, _sentence(adoc, "Varga's visit was")) == "visit"
    assert owned_act(adoc, _sentence(adoc, "Crews said")) == "decision"


def test_words_saying_which_a_person_or_the_opening_sentence_tell_their_own() -> None:
    (adoc,) = articles(ARTICLE).docs
    for start in ("Varga's visit to Eastport", "Varga's deputy", "Harbour minister"):
        assert owned_act(adoc, _sentence(adoc, start)) is None, start


def test_the_headline_or_an_earlier_digest_sentence_says_which() -> None:
    titled = titled_article(ARTICLE, "Varga visits Marlow docks")
    assert owned_act(titled, _sentence(titled, "Varga's visit was")) is None
    (adoc,) = articles(ARTICLE).docs
    told = articles("Varga's visit was long. " + ARTICLE).docs[0]
    assert owned_act(adoc, _sentence(adoc, "Varga's visit was"), [adoc.sentences[0]]) == "visit"
    assert owned_act(told, _sentence(told, "Varga's visit was"), [told.sentences[0]]) is None
