"""The sentences of an article the summary never takes: a guess, a pronoun only a
fronted phrase seemed to bind, a person's pronoun with no person named, or "also"
before the main verb; worked out per article, as the four tests say."""

from __future__ import annotations

from briefing.compose import article_memo
from briefing.compose.adds_also import adds_with_also
from briefing.compose.hedged import hedged
from briefing.compose.leaning import leaning_sentences
from briefing.compose.unbound_pronouns import unbound_after_fronted, unbound_person

from .conftest import articles

TEXT = (
    "The Glimmer worm spreads by mail. "
    "Once in the network it will infect any files the owner opens. "
    "The Marlow ferry could soon be off the hook for the repairs. "
    "When the worm reaches a computer, it deletes the files. "
    "The report said a fire could have brought down the Marlow bridge. "
    "A Veldian tribunal looking into the collapse found him partly to blame."
)


def test_a_guess_and_a_pronoun_a_fronted_phrase_seemed_to_bind_lean() -> None:
    article_memo.forget()
    (adoc,) = articles(TEXT).docs
    assert leaning_sentences(adoc) == frozenset({1, 2, 5})
    # The same answers as asking each sentence.
    assert leaning_sentences(adoc) == frozenset(
        s.index
        for s in adoc.sentences
        if hedged(adoc, s)
        or unbound_after_fronted(adoc, s) is not None
        or unbound_person(adoc, s) is not None
        or adds_with_also(adoc, s)
    )


def test_also_before_the_main_verb_after_a_long_subject_leans() -> None:
    article_memo.forget()
    text = (
        "The Marlow harbour board raised the tolls on the bridge in June. "
        "A survey of the harbour carried out in March and April also found that 12 piers "
        "were unsafe."
    )
    (adoc,) = articles(text).docs
    assert leaning_sentences(adoc) == frozenset({1})


def test_an_article_without_a_parse_has_none() -> None:
    article_memo.forget()
    (adoc,) = articles(TEXT, entities=False).docs
    assert leaning_sentences(adoc) == frozenset()
