"""Unnamed roles: an office called by "the" in a digest sentence naming no one."""

from __future__ import annotations

from briefing.compose.unnamed_roles import unnamed_role

from .conftest import articles, titled_article
from .conftest import sentence_starting as _sentence

ARTICLE = (
    "Acting Mayor Ivo Varga toured the Marlow docks on Monday and met ferry crews. "
    "Crossing the harbour by launch, the acting mayor has reached out to dock workers. "
    "The acting mayor has the backing of nearly half the dock workers, polls say. "
    "The mayor of Eastport said the quay would open in May. "
    "Harbour pilot John Miller said the mayor would visit the quay soon. "
    "The Eastport mayor met the crews on Tuesday. "
    "A new harbour director will be named in June."
)


def test_an_office_by_the_in_a_sentence_naming_no_one_is_unnamed() -> None:
    (adoc,) = articles(ARTICLE).docs
    assert unnamed_role(adoc, _sentence(adoc, "Crossing the harbour")) == "mayor"
    assert unnamed_role(adoc, _sentence(adoc, "The acting mayor has")) == "mayor"


def test_words_saying_which_a_person_named_or_a_new_office_tell_their_own() -> None:
    (adoc,) = articles(ARTICLE).docs
    for start in ("The mayor of Eastport", "Harbour pilot", "The Eastport mayor", "A new harbour"):
        assert unnamed_role(adoc, _sentence(adoc, start)) is None, start


def test_the_headline_or_an_earlier_digest_sentence_gives_the_office() -> None:
    titled = titled_article(ARTICLE, "Marlow mayor tours docks")
    assert unnamed_role(titled, _sentence(titled, "The acting mayor has")) is None
    (adoc,) = articles(ARTICLE).docs
    first = adoc.sentences[0]
    later = _sentence(adoc, "The acting mayor has")
    assert unnamed_role(adoc, later, [first]) is None
    assert unnamed_role(adoc, later, [_sentence(adoc, "Crossing the harbour")]) is None
