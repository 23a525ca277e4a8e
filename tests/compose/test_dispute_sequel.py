"""A lone dispute shown with the next sentence when that one names and quotes its party."""

from __future__ import annotations

from briefing.compose.dispute_sequel import with_sequels
from briefing.compose.dispute_topics import ONE_SOURCE_LABEL
from briefing.model import Claim, Divergence
from tests.compose.conftest import articles

DISPUTE = "A dock inspector disputed the Board's claim that the north pier had no cracks. "
NAMED = "Lena Hart, a diver with the Coast Trust, said she saw cracks in three piles of the pier. "


def shown(text: str) -> list[list[str]]:
    """The claims of the lone dispute of ``text``'s first sentence, once sequels are read."""
    corpus = articles(text)
    first = corpus.docs[0].sentences[0].text
    lone = Divergence("Disputed: " + first, [Claim(first, [1])], kind="dispute")
    [found] = with_sequels(corpus, [lone])
    return [found.topic, [c.text for c in found.claims]]


def test_the_next_sentence_naming_the_described_party_joins_the_dispute():
    topic, claims = shown(DISPUTE + NAMED + "The pier reopened in May.")
    assert claims == [DISPUTE.strip(), NAMED.strip()]
    assert topic == ONE_SOURCE_LABEL + DISPUTE.strip()


def test_a_named_disputer_a_pronoun_or_another_thing_is_left_alone():
    named = DISPUTE.replace("A dock inspector", "Inspector Dan Roe")
    assert shown(named + NAMED)[1] == [named.strip()]
    pronoun = "She said she saw cracks in three piles of the pier. "
    assert shown(DISPUTE + pronoun)[1] == [DISPUTE.strip()]
    other = "Lena Hart, a diver with the Coast Trust, said the school opened late. "
    assert shown(DISPUTE + other)[1] == [DISPUTE.strip()]


def test_a_named_sentence_sharing_only_the_claims_subject_is_no_other_side():
    # what the claim says of the pier is its cracks: repairs or a reopening are other news
    for other in (
        "Mayor Lena Hart said repairs to the north pier would begin in May. ",
        "Mayor Lena Hart said the north pier reopened to ferries on Tuesday. ",
    ):
        assert shown(DISPUTE + other)[1] == [DISPUTE.strip()], other
    farm = "A local farmer denied reports that the river had flooded his fields. "
    dredge = "Governor Ann Pike said the river would be dredged next year. "
    assert shown(farm + dredge)[1] == [farm.strip()]
    # a sentence on what the claim says of its subject joins it
    gear = "A witness to the raid disputed Vance's claim that the guards lacked riot gear. "
    seen = "Tomas Brel, formerly with a rights group, said he saw the guards with riot shields. "
    assert shown(gear + seen)[1] == [gear.strip(), seen.strip()]
