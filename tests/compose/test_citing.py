"""Citations: every cited source has a sentence saying what the statement says, the same
way round and with something particular of it."""

from __future__ import annotations

import pytest

from briefing.analyse import analyse
from briefing.compose.citing import Citations
from briefing.compose.corroboration import ANCHOR_MIN_SOURCES, Corroboration
from briefing.compose.events import EventIndex
from briefing.compose.near_duplicates import Group, SupportIndex
from briefing.model import Corpus, Document


def corpus(*texts: str, entities: bool = False) -> Corpus:
    docs = [Document(location=f"doc{i}.txt", text=t, title=f"Doc {i}") for i, t in enumerate(texts)]
    return analyse(docs, entities=entities)


def citations(found: Corpus) -> Citations:
    sentences = found.sentences()
    return Citations(SupportIndex(sentences), Corroboration(sentences), EventIndex(found))


def cited(found: Corpus, doc: int = 0) -> list[int]:
    return citations(found).cited(Group([found.docs[doc].sentences[0]]))


# An invented story: a port town, its harbour authority and a fuel spill.
FILLER = [f"Unrelated item {w} was about the gardens and the weather." for w in "abcdefghijkl"]


_AGREED = "The Calder harbour authority has agreed to close the north pier to tankers."


@pytest.mark.parametrize(
    ("fact", "other", "both"),
    [
        (_AGREED, _AGREED, True),  # the same way round: cited
        (_AGREED.replace("has", "has never"), _AGREED, False),  # the opposite: not cited
        (_AGREED, _AGREED.replace("has", "has never"), False),  # nor the other way round
        (_AGREED.replace("has", "hasn't"), _AGREED.replace("has", "has not"), True),
    ],
)
def test_a_source_is_cited_only_when_it_says_it_the_same_way_round(
    fact: str, other: str, both: bool
) -> None:
    found = corpus(f"{fact} {FILLER[0]}", f"{other} {FILLER[1]}")
    assert cited(found) == ([1, 2] if both else [1])


def test_anchors_are_the_statements_particular_words_not_the_storys_everyday_ones() -> None:
    # Every article tells of the harbour and the tankers; only the statement's own
    # article names the Calder spill and the fine.
    everyday = "Tankers wait outside the harbour."
    fact = "The harbour fined the tankers for the Calder spill on Tuesday, officials said."
    texts = [f"{fact} {everyday}"]
    texts += [f"{everyday} {FILLER[i]}" for i in range(ANCHOR_MIN_SOURCES)]
    found = corpus(*texts)
    anchors = citations(found).anchors(found.docs[0].sentences[0])
    assert {"calder", "spill", "fine"} <= anchors
    assert not anchors & {"harbour", "tanker", "tuesday", "said", "offici"}


def test_an_event_told_with_only_the_storys_everyday_names_is_not_cited() -> None:
    # The same verb, doer and names, but the other sentence holds none of the statement's
    # particular words: another agreement of the same airline.
    fact = "Norland Air agreed to sell its Zephyr jets at Pellin."
    other = "Norland Air agreed to fly more Zephyr jets from Pellin."
    everyday = "Norland Air keeps Zephyr jets at Pellin."
    texts = [f"{fact} {everyday}", f"{other} {everyday}"]
    texts += [f"{everyday} {FILLER[i]}" for i in range(ANCHOR_MIN_SOURCES)]
    found = corpus(*texts, entities=True)
    assert cited(found) == [1]
    lax = citations(found)
    lax.agrees = lambda *_: True  # type: ignore[method-assign]
    assert lax.cited(Group([found.docs[0].sentences[0]])) == [1, 2]  # the event alone
