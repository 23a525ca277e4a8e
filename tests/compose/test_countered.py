"""One party's position and the next sentence's other party set against it by "however"."""

from __future__ import annotations

import pytest

from briefing.compose import article_memo
from briefing.compose import countered as countered_module
from briefing.compose.countered import countered_at, find_countered
from briefing.compose.dispute_topics import ONE_SOURCE_LABEL
from briefing.compose.memo import BadValue
from briefing.model import Divergence
from tests.compose.conftest import articles

FIRST = "Harbour Commissioner Ada Marsh has said the berth fee breaks the port charter. "
SECOND = "Ferry Guild chairman Tom Reyes, however, said he believed the berth fee was lawful. "


def countered(text: str) -> list[Divergence]:
    """The countered positions of one article of ``text``."""
    return find_countered(articles(text), set())


def test_a_position_countered_by_however_is_a_dispute_headed_without_it():
    [found] = countered(FIRST + SECOND + "The quay reopened in May.")
    assert found.kind == "dispute"
    assert [c.text for c in found.claims] == [FIRST.strip(), SECOND.strip()]
    heading = "Ferry Guild chairman Tom Reyes said he believed the berth fee was lawful."
    assert found.topic == ONE_SOURCE_LABEL + heading


def test_however_after_an_auxiliary_or_the_verb_counters_too():
    second = "The Ferry Guild has, however, said that the berth fee was lawful. "
    [found] = countered(FIRST + second)
    heading = "The Ferry Guild has said that the berth fee was lawful."
    assert found.topic == ONE_SOURCE_LABEL + heading
    after = "Ferry Guild chairman Tom Reyes said, however, that the berth fee was lawful. "
    assert len(countered(FIRST + after)) == 1


def test_an_opening_but_counters_only_with_a_view_held():
    fear = "Some Norwegian anglers fear the new dredging will silt up the northern quay. "
    praise = "But some Bergen traders have praised the dredging as the quay's best hope. "
    [found] = countered(fear + praise)
    assert found.claims[1].text == praise.strip()
    assert found.topic.startswith(ONE_SOURCE_LABEL + "Some Bergen traders have praised")
    said = "But some Bergen traders said the dredging of the quay would end in May. "
    assert countered(fear + said) == []  # a mere "said" after "But" so often adds a fact


def test_two_parties_contending_need_no_contrast():
    first = "The Harbour Board has insisted that the oil slick off the quay leaked from a tanker. "
    second = "The Tanker Owners Guild contends the slick came from the shipyard. "
    [found] = countered(first + second)
    assert [c.text for c in found.claims] == [first.strip(), second.strip()]
    assert countered(first + second.replace("contends", "said")) == []
    officials = "Other board officials contend the slick came from the shipyard. "
    assert countered(first.replace("The Harbour Board", "A board official") + officials) == []


def test_no_party_another_thing_or_a_possessive_pointing_back_is_no_dispute():
    answers = [
        SECOND.replace("Ferry Guild chairman Tom Reyes", "He"),  # no party named
        "Ferry Guild chairman Tom Reyes, however, said the school opened late. ",  # another thing
        "Its chairman, however, said he believed the berth fee was lawful. ",  # its own voice
        "Commissioner Marsh, however, said she believed the berth fee was lawful. ",  # the same
    ]
    assert [countered(FIRST + answer) for answer in answers] == [[], [], [], []]


def test_a_sentence_shown_elsewhere_is_not_shown_again():
    assert find_countered(articles(FIRST + SECOND), {SECOND.strip()}) == []


def test_a_second_party_agreeing_is_no_counter():
    first = "The Harbour Board has insisted that the oil slick off the quay leaked from a tanker. "
    for second in (
        "The Coast Guard, too, insists the slick came from a tanker. ",
        "The Coast Guard likewise maintains that the slick leaked from a tanker. ",
    ):
        assert countered(first + second) == [], second
    also = (
        "Ferry Guild chairman Tom Reyes, however, said he also believed the fee broke the charter. "
    )
    assert countered(FIRST + also) == []
    # what the counter says of another thing may hold "also"
    other = "Ferry Guild chairman Tom Reyes, however, said the berth fee also funded the port. "
    assert len(countered(FIRST + other)) == 1


def test_the_countered_sentences_are_kept_and_taken_by_a_later_build():
    article_memo.forget()
    adoc = articles("The quay reopened in May. " + FIRST + SECOND).docs[0]
    assert countered_at(adoc) == (1,)
    (rows,) = [a["countered_at"] for a in article_memo.export([adoc.document.text])]
    article_memo.forget()
    stored = article_memo.decode_answers(
        {"countered_at": rows}, adoc.document.text, len(adoc.sentences)
    )
    article_memo.load(stored)
    # Taken as stored: the parse is not read again.
    adoc.parse = None
    assert countered_at(adoc) == (1,)
    article_memo.forget()


@pytest.mark.parametrize(
    "data",
    [
        {"0": 1},  # not a list
        [0.0],  # not an index
        ["0"],
        [True],
        [2, 1],  # out of order
        [1, 1],  # twice
    ],
)
def test_stored_countered_sentences_of_another_shape_are_refused(data: object):
    with pytest.raises(BadValue):
        countered_module._decode(data)


@pytest.mark.parametrize("value", [[-1], [2], [7]])
def test_stored_countered_sentences_the_article_lacks_are_refused(value: object):
    """An index must be a sentence followed by another (this article has three)."""
    adoc = articles("The quay reopened in May. " + FIRST + SECOND).docs[0]
    with pytest.raises(BadValue):
        article_memo.decode_answers(
            {"countered_at": [[[], value]]}, adoc.document.text, len(adoc.sentences)
        )
