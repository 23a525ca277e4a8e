"""Opposed positions: two named parties taking opposite sides on one thing."""

from __future__ import annotations

import pytest

from briefing.compose import article_memo
from briefing.compose.dispute_topics import ONE_SOURCE_LABEL
from briefing.compose.memo import BadValue
from briefing.compose.positions import find_positions, stance_sentences
from tests.compose.conftest import articles

FOR_BAN = "The Harbour Council strongly supports the ferry ban, its chairman said on Monday. "
AGAINST_BAN = "Captain Ines Morrow said the ferry ban hurts the island traders badly. "
FILLER = (
    "The ferry ban took effect in March after a long debate on the island. "
    "Traders on the island have sold fish at the harbour for a century. "
)


def positions(*texts: str) -> list:
    return find_positions(articles(*texts), set())


def test_two_named_parties_on_opposite_sides_of_one_thing_are_shown():
    [found] = positions(FOR_BAN + FILLER + AGAINST_BAN)
    sides = "(the Harbour Council for; Captain Ines Morrow against)"
    assert (found.kind, found.topic) == (
        "dispute",
        f"{ONE_SOURCE_LABEL}Opposed positions on the ferry ban {sides}",
    )
    assert [c.text for c in found.claims] == [FOR_BAN.strip(), AGAINST_BAN.strip()]


def test_supporters_and_critics_named_by_their_side_take_opposite_sides():
    text = (
        "Supporters of the ferry ban say the harbour is calmer now. "
        + FILLER
        + "Critics of the ferry ban say the island traders lost half their trade. "
    )
    [found] = positions(text)
    assert found.topic.endswith("on the ferry ban (supporters for; critics against)")


def test_a_verdict_and_a_refusal_are_sides_too():
    text = (
        "Mayor Alba Quint called the ferry ban a victory for the island. "
        + FILLER
        + "The Island Traders Guild refused to back the ferry ban. "
    )
    [found] = positions(text)
    assert "(Mayor Alba Quint for; the Island Traders Guild against)" in found.topic


def test_one_side_only_the_same_party_or_a_pronoun_is_no_dispute():
    assert positions(FOR_BAN + FILLER) == []
    same = "The Harbour Council said the ferry ban hurts the island traders. "
    assert positions(FOR_BAN + FILLER + same) == []
    pronoun = "He said the ferry ban hurts the island traders badly. "
    assert positions(FOR_BAN + FILLER + pronoun) == []


def test_a_condition_or_another_thing_is_no_dispute():
    condition = "Captain Ines Morrow said she would leave if the ferry ban hurts the traders. "
    assert positions(FOR_BAN + FILLER + condition) == []
    other = "Captain Ines Morrow said the harbour tax hurts the island traders badly. "
    assert positions(FOR_BAN + FILLER + other) == []


def test_two_articles_share_a_thing_only_by_its_name():
    named_for = "The Harbour Council strongly supports Operation Tidewater, its chairman said. "
    named_against = "Captain Ines Morrow said Operation Tidewater hurts the island traders. "
    [found] = positions(named_for + FILLER, FILLER + named_against)
    assert found.topic.startswith("Disputed: Opposed positions on Operation Tidewater")
    assert [c.sources for c in found.claims] == [[1], [2]]
    # "the ferry ban" of two articles may be two towns' bans
    assert positions(FOR_BAN + FILLER, FILLER + AGAINST_BAN) == []


def test_a_sentence_shown_elsewhere_is_not_shown_again():
    corpus = articles(FOR_BAN + FILLER + AGAINST_BAN)
    assert find_positions(corpus, {AGAINST_BAN.strip()}) == []


def test_two_of_a_kind_are_two_things():
    smoking = "The Harbour Council strongly supports the smoking ban, its chairman said. "
    drinking = "Captain Ines Morrow said the drinking ban hurts the island traders badly. "
    assert positions(smoking + FILLER + drinking) == []


def test_a_thing_brought_in_after_its_namesake_is_another_one():
    against = "Three council members voted against the bill, and two voted for it. "
    companion = "A companion bill, sponsored by Senator Ada Hale, has not come to a vote. "
    assert positions(against + FILLER + companion) == []
    # Told after it as the one already told, it is the same bill.
    same = "The bill, sponsored by Senator Ada Hale, has not come to a vote. "
    [found] = positions(against + FILLER + same)
    assert "Senator Ada Hale for" in found.topic


def test_the_pairs_of_one_thing_are_bounded(monkeypatch) -> None:
    """Many articles taking sides on one thing: at most ``MAX_STANCES_PER_THING`` stances
    of it are paired, and the first opposed pair is still shown."""
    from briefing.compose import positions as module

    checked = []
    real = module._opposed
    monkeypatch.setattr(module, "_opposed", lambda a, b: checked.append(1) or real(a, b))
    monkeypatch.setattr(module, "MAX_STANCES_PER_THING", 6)
    found = positions(*([FOR_BAN + FILLER + AGAINST_BAN] * 12))
    assert found and found[0].topic.endswith(
        "on the ferry ban (the Harbour Council for; Captain Ines Morrow against)"
    )
    assert len(checked) <= 6 * 5 // 2


def test_a_passive_by_phrase_names_who_takes_the_side():
    proposed = "The island assembly passed the ferry ban proposed by Mayor Alba Quint. "
    opposed = "The council approved a ferry ban that has been opposed by Captain Ines Morrow. "
    [found] = positions(proposed + FILLER + AGAINST_BAN)
    assert "(Mayor Alba Quint for; Captain Ines Morrow against)" in found.topic
    [found] = positions(FOR_BAN + FILLER + opposed)
    assert "(the Harbour Council for; Captain Ines Morrow against)" in found.topic


def test_a_side_party_says_what_the_thing_infringes():
    infringes = "Opponents say the ferry ban infringes the traders' rights. "
    [found] = positions(FOR_BAN + FILLER + infringes)
    assert found.topic.endswith("on the ferry ban (the Harbour Council for; opponents against)")


def test_a_vote_or_a_word_in_favor_takes_a_side():
    voted = "The Island Traders Guild, which voted against the ferry ban, met on Friday. "
    [found] = positions(FOR_BAN + FILLER + voted)
    assert "(the Harbour Council for; the Island Traders Guild against)" in found.topic
    favour = "Mayor Alba Quint spoke in favor of the ferry ban at the meeting. "
    [found] = positions(favour + FILLER + AGAINST_BAN)
    assert "(Mayor Alba Quint for; Captain Ines Morrow against)" in found.topic
    not_voted = "Mayor Alba Quint did not vote for the ferry ban at the meeting. "
    assert positions(not_voted + FILLER + AGAINST_BAN) == []


def test_a_method_dismissed_as_worthless_is_a_side_against_it():
    dismissed = "The Island Traders Guild dismissed the ferry ban as a stunt. "
    [found] = positions(FOR_BAN + FILLER + dismissed)
    assert "(the Harbour Council for; the Island Traders Guild against)" in found.topic


def test_the_stance_sentences_are_kept_and_taken_by_a_later_build():
    article_memo.forget()
    adoc = articles(FOR_BAN + FILLER + AGAINST_BAN).docs[0]
    assert stance_sentences(adoc) == {0, 3}
    (rows,) = [a["stance_sentences"] for a in article_memo.export([adoc.document.text])]
    article_memo.forget()
    stored = article_memo.decode_answers(
        {"stance_sentences": rows}, adoc.document.text, len(adoc.sentences)
    )
    article_memo.load(stored)
    assert stance_sentences(adoc) == {0, 3}
    article_memo.forget()


def test_a_stored_answer_only_says_which_sentences_to_read_again():
    article_memo.forget()
    corpus = articles(FOR_BAN + FILLER + AGAINST_BAN)
    adoc = corpus.docs[0]
    expected = find_positions(corpus, set())
    memo = article_memo.ARTICLE_MEMOS["stance_sentences"]
    # A tampered entry naming every sentence: each is read again, the same dispute.
    memo.values[(adoc.document.text,)] = frozenset(range(len(adoc.sentences)))
    assert find_positions(corpus, set()) == expected
    # One naming a sentence of no stance beside one side: no dispute, nothing made up.
    memo.values[(adoc.document.text,)] = frozenset({0, 1})
    assert find_positions(corpus, set()) == []
    # Without a parse, a stored sentence is not read at all.
    memo.values[(adoc.document.text,)] = frozenset({0, 3})
    adoc.parse = None
    assert find_positions(corpus, set()) == []
    article_memo.forget()


@pytest.mark.parametrize("data", [{"0": 1}, [0.0], ["0"], None, "0, 3"])
def test_stored_stance_sentences_of_another_shape_are_refused(data: object):
    adoc = articles(FOR_BAN + FILLER + AGAINST_BAN).docs[0]
    with pytest.raises(BadValue):
        article_memo.decode_answers(
            {"stance_sentences": [[[], data]]}, adoc.document.text, len(adoc.sentences)
        )


@pytest.mark.parametrize("value", [[-1], [4], [10**30]])
def test_stored_stance_sentences_the_article_lacks_are_refused(value: object):
    """An index must be one of the article's sentences (this one has four)."""
    adoc = articles(FOR_BAN + FILLER + AGAINST_BAN).docs[0]
    with pytest.raises(BadValue):
        article_memo.decode_answers(
            {"stance_sentences": [[[], value]]}, adoc.document.text, len(adoc.sentences)
        )
