"""Guilt denied: a named party's denial of its guilt shown with the charge against it."""

from __future__ import annotations

import time

from briefing.analyse import analyse
from briefing.compose.guilt import charges_party, find_guilt
from briefing.model import Corpus, Document

# Story sentences every invented article shares, so that the pairs are about the story.
_STORY = "The dock guard was killed at the Veldia harbour in a robbery. "


def corpus(*texts: str) -> Corpus:
    docs = [
        Document(location=f"doc{i}.txt", text=_STORY + t, title=f"Doc {i}")
        for i, t in enumerate(texts)
    ]
    return analyse(docs, entities=False)


def test_a_denied_guilt_is_shown_after_the_charge_another_article_makes():
    found = find_guilt(
        corpus(
            "Vesey has always maintained his innocence in the killing of the dock guard "
            "during the 1998 harbour robbery.",
            "Vesey, 36, was convicted of killing the dock guard in the harbour robbery in 1998.",
            "The harbour reopened after the robbery.",
        ),
        set(),
    )
    assert [d.topic for d in found] == [
        "Disputed: Vesey has always maintained his innocence in the killing of the dock "
        "guard during the 1998 harbour robbery."
    ]
    assert [c.sources for c in found[0].claims] == [[2], [1]]
    assert found[0].claims[0].text.startswith("Vesey, 36, was convicted")


def test_a_denied_role_is_paired_with_the_accusation_in_its_own_article_first():
    found = find_guilt(
        corpus(
            "Port officials said the Tallow Guild was behind the harbour robbery. "
            "The Tallow Guild has denied any role in the harbour robbery.",
            "The Veldia police accused the Tallow Guild of planning the harbour robbery.",
        ),
        set(),
    )
    assert [d.topic for d in found] == [
        "Disputed (one source reports both sides): The Tallow Guild has denied any role in "
        "the harbour robbery."
    ]
    assert found[0].claims[0].text == (
        "Port officials said the Tallow Guild was behind the harbour robbery."
    )


def test_no_pair_without_a_named_party_a_charge_of_fact_or_the_same_deed():
    texts = (
        # a pronoun denies: whose guilt is the reader's guess
        (
            "He has maintained his innocence in the killing of the dock guard.",
            "He was convicted of killing the dock guard in the robbery.",
        ),
        # a charge told as a condition or a doubt
        (
            "Vesey has maintained his innocence in the killing of the dock guard.",
            "If convicted of killing the dock guard, Vesey faces life in prison.",
            "It is unclear whether Vesey was behind the killing of the dock guard.",
        ),
        # another deed of the same party
        (
            "Vesey has maintained his innocence in the killing of the dock guard.",
            "Vesey was convicted of tax fraud in 1994.",
        ),
    )
    for group in texts:
        assert find_guilt(corpus(*group, "Vesey, 36, lives in Veldia."), set()) == [], group


def test_a_denial_shown_already_is_not_shown_again():
    denial = "Vesey has always maintained his innocence in the killing of the dock guard."
    found = find_guilt(
        corpus(denial, "Vesey was convicted of killing the dock guard in 1998."), {denial}
    )
    assert found == []


def test_a_bare_plea_answers_the_charge_just_before_it_only():
    found = find_guilt(
        corpus(
            "Harbour prosecutors have accused Nils K. Vesey, a dock hand, of the robbery. "
            "Vesey has pleaded not guilty."
        ),
        set(),
    )
    assert [c.text for c in found[0].claims] == [
        "Harbour prosecutors have accused Nils K. Vesey, a dock hand, of the robbery.",
        "Vesey has pleaded not guilty.",
    ]
    apart = find_guilt(
        corpus(
            "Harbour prosecutors have accused Nils K. Vesey of the robbery.",
            "Vesey has pleaded not guilty.",
        ),
        set(),
    )
    assert apart == []
    # "Vesey's lawyer" is no charge against Vesey
    lawyer = find_guilt(
        corpus("Prosecutors accused Vesey's lawyer of lying. Vesey has pleaded not guilty."), set()
    )
    assert lawyer == []


def test_a_party_saying_it_is_innocent_or_denying_wrongdoing_denies_its_guilt():
    said = find_guilt(
        corpus(
            "Vesey, 36, was convicted of killing the dock guard in the robbery.",
            "Vesey said he was innocent of killing the dock guard.",
        ),
        set(),
    )
    assert [c.sources for c in said[0].claims] == [[1], [2]]
    wrongdoing = find_guilt(
        corpus("The Veldia police accused Kall of the robbery. Kall has denied any wrongdoing."),
        set(),
    )
    assert [c.text for c in wrongdoing[0].claims] == [
        "The Veldia police accused Kall of the robbery.",
        "Kall has denied any wrongdoing.",
    ]


def test_a_charge_naming_its_party_thousands_of_times_is_read_in_linear_time():
    # All the text before each mention was searched for the accuser's verb (29 s).
    text = "Vesey " * 20_000 + "accused Vesey of the robbery."
    started = time.process_time()
    assert charges_party(text, ["Dale", "Vesey"])
    assert not charges_party(text.replace("accused", "met"), ["Vesey"])
    assert time.process_time() - started < 2  # CPU seconds; linear takes 0.2


def test_many_denials_against_many_charges_are_read_in_linear_time():
    # Every denial was set against every charge naming its party (quadratic).
    n = 2_000
    found = corpus(
        " ".join(f"Vesey denied any role in the blaze number{i}." for i in range(n)),
        " ".join(f"Police said Vesey was convicted of theft number{i + n}." for i in range(n)),
        " ".join(f"Police said Dorn{i} was convicted of theft number{i}." for i in range(n)),
        " ".join(f"Dorn{i} denied any role in the blaze number{i + n}." for i in range(n)),
    )
    started = time.process_time()
    assert find_guilt(found, set()) == []
    assert time.process_time() - started < 2  # CPU seconds; linear takes 0.3


def test_a_deed_denied_by_its_own_verb_needs_a_charge_with_that_verb():
    found = find_guilt(
        corpus(
            "The Veldia police have long accused the Tallow Guild of sheltering the "
            "harbour robbers in the dock sheds. The Tallow Guild denies sheltering the "
            "harbour robbers.",
            "The harbour reopened after the robbery.",
        ),
        set(),
    )
    assert [c.text for c in found[0].claims] == [
        "The Veldia police have long accused the Tallow Guild of sheltering the harbour "
        "robbers in the dock sheds.",
        "The Tallow Guild denies sheltering the harbour robbers.",
    ]
    # another verb, though the same robbers: no pair
    assert (
        find_guilt(
            corpus(
                "The Veldia police accused the Tallow Guild of paying the harbour robbers. "
                "The Tallow Guild denied that it was sheltering the harbour robbers.",
                "The harbour reopened after the robbery.",
            ),
            set(),
        )
        == []
    )


def test_the_cue_sentences_are_remembered_and_a_stored_answer_only_narrows():
    from briefing.compose import article_memo
    from briefing.compose.guilt import charge_sentences, denial_sentences

    article_memo.forget()
    texts = (
        "Vesey has always maintained his innocence in the killing of the dock guard "
        "during the 1998 harbour robbery.",
        "Vesey, 36, was convicted of killing the dock guard in the harbour robbery in 1998.",
    )
    c = corpus(*texts)
    assert denial_sentences(c.docs[0]) == {1} and not denial_sentences(c.docs[1])
    assert charge_sentences(c.docs[1]) == {1}
    expected = [d.topic for d in find_guilt(c, set())]
    # A tampered entry naming every sentence as cued: each is searched again, the same pairs.
    for name in ("denial_sentences", "charge_sentences"):
        memo = article_memo.ARTICLE_MEMOS[name]
        for d in c.docs:
            memo.values[(d.document.text,)] = frozenset(range(len(d.sentences)))
    assert [d.topic for d in find_guilt(c, set())] == expected
    # One naming none: no pair, and nothing read out of place.
    for name in ("denial_sentences", "charge_sentences"):
        memo = article_memo.ARTICLE_MEMOS[name]
        for d in c.docs:
            memo.values[(d.document.text,)] = frozenset()
    assert find_guilt(c, set()) == []
    article_memo.forget()
