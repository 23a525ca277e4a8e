"""One dispute, one item: dispute items telling one dispute are merged."""

from __future__ import annotations

import pytest

from briefing.compose.dispute_topics import ONE_SOURCE_LABEL
from briefing.compose.same_dispute import merge_repeats
from briefing.model import Claim, Corpus, Divergence
from tests.compose.conftest import articles, sentence_starting


def _item(corpus: Corpus, *openings: tuple[int, str]) -> Divergence:
    """A dispute item of the sentences opening so in the given articles, headed by the
    last, labelled as one source's when they are of one article."""
    sents = [sentence_starting(corpus.docs[doc], start) for doc, start in openings]
    label = ONE_SOURCE_LABEL if len({s.doc for s in sents}) == 1 else "Disputed: "
    return Divergence(
        topic=label + sents[-1].text,
        claims=[Claim(s.text, [s.source_id]) for s in sents],
        kind="dispute",
    )


def test_one_deed_and_one_party_in_two_articles_is_one_item_keeping_every_sentence():
    corpus = articles(
        "The Norland navy said the Veldia mill had produced poison gas for the raiders. "
        "Sudeny rejected the Norland claim that the mill produced poison gas.",
        "The Norland navy has insisted that the Veldia factory was built to make poison gas. "
        "Sudeny contends the factory made flour and bread for the town.",
    )
    first = _item(corpus, (0, "The Norland navy said"), (0, "Sudeny rejected"))
    second = _item(corpus, (1, "The Norland navy has"), (1, "Sudeny contends"))
    merged = merge_repeats(corpus, [first, second])
    assert len(merged) == 1
    assert merged[0].topic == "Disputed: " + first.claims[1].text
    assert [c.text for c in merged[0].claims] == [
        first.claims[0].text,
        second.claims[0].text,
        first.claims[1].text,
        second.claims[1].text,
    ]
    assert [c.sources for c in merged[0].claims] == [[1], [2], [1], [2]]


_PILOT = (
    "Norwegian investigators have suggested that a pilot of the airliner deliberately "
    "steered the plane into the fjord. That idea has been rejected by Danish officials, "
    "who contend that a fault in the rudder is the likely cause."
)
_MILL = (
    "The Norland navy said the Veldia mill had produced poison gas for the raiders. "
    "Sudeny rejected the Norland claim that the mill produced poison gas."
)
_TRIP = (
    "The Danes see the royal trip as a sign of support, even though the Norwegian king "
    "said it meant nothing of the kind."
)

# (articles, the first item's openings, the second's; whether they are one dispute)
CASES = [
    # one thing and both parties' names, other verbs
    ((_PILOT, "Some Norwegian sources have speculated that a pilot deliberately crashed "
      "the jet. Danish authorities strongly dispute that theory."),
     ((0, "Norwegian investigators"), (0, "That idea")),
     ((1, "Some Norwegian sources"), (1, "Danish authorities")), True),
    # one party's view of one thing, an "it" in one
    (("Norway has said the visit is no endorsement of Danish rule, but the Danes see it "
      "as a boost to their hopes.", _TRIP),
     ((0, "Norway has said"),), ((1, "The Danes see"),), True),
    # one thing and one party, other verbs
    ((_PILOT, "Insurers have said that the plane carried too much fuel. "
      "Danish authorities strongly dispute that account."),
     ((0, "Norwegian investigators"), (0, "That idea")),
     ((1, "Insurers"), (1, "Danish authorities")), False),
    # one party's view of another thing
    ((_TRIP, "Norway has called the fishing quota fair, but the Danes see the quota as a "
      "threat to their fleet."),
     ((0, "The Danes see"),), ((1, "Norway has called"),), False),
    # two disputes of one party about other things
    ((_MILL + " Harbour pilots said the Norland navy had sunk a ferry near Dunmore. "
      "The Norland navy denied that its ships sank the ferry.",),
     ((0, "The Norland navy said"), (0, "Sudeny rejected")),
     ((0, "Harbour pilots"), (0, "The Norland navy denied")), False),
    # one deed told by other parties
    ((_MILL, "Dunmore traders said the Veldia mill produced poison gas. "
      "The Karsk guild denied that the mill produced poison gas."),
     ((0, "The Norland navy said"), (0, "Sudeny rejected")),
     ((1, "Dunmore traders"), (1, "The Karsk guild")), False),
]  # fmt: skip


@pytest.mark.parametrize(("texts", "first", "second", "one"), CASES)
def test_whether_two_items_are_one_dispute(texts, first, second, one):
    corpus = articles(*texts)
    items = [_item(corpus, *first), _item(corpus, *second)]
    merged = merge_repeats(corpus, items)
    assert merged == (merged[:1] if one else items)
    assert len(merged) == (1 if one else 2)


def test_figures_are_left_as_they_are():
    corpus = articles("The Norland navy said 40 ships sailed. Sudeny said 12 ships sailed.")
    figure = Divergence(topic="Number of ships (40, 12)", claims=[], kind="figure")
    assert merge_repeats(corpus, [figure, figure]) == [figure, figure]
