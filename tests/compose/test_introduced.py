"""Introduced: a bare definite subject an earlier sentence introduced, unless a lead, a
one-of-a-kind head or the story's own name for a thing explains it."""

from __future__ import annotations

import time

import pytest

from briefing.compose.introduced import Introduced
from briefing.model import AnalysedDocument, Corpus, Document, Sentence


def corpus(*texts: str) -> Corpus:
    return Corpus(
        [AnalysedDocument(Document(location=f"d{i}.txt", text=t)) for i, t in enumerate(texts)]
    )


def sentence(text: str, index: int = 3) -> Sentence:
    return Sentence(doc=0, index=index, paragraph=0, text=text, start=0, end=len(text))


@pytest.mark.parametrize(
    ("text", "lacks"),
    [
        ("The levy was approved by the county board last December.", True),
        ("The total was twice the revenue of the port, Brandt said Monday.", True),
        ("The worm deletes files on the first of each month, an expert said.", True),
        ("The spare boats are two of the ten he bought in 1995.", True),
        # Says which one, or names its subject: no bare definite subject.
        ("The Marlow council approved the levy last December.", False),
        ("The levy on harbour fees was approved last December.", False),
        ("Port officials closed the north harbour on Monday.", False),
        ("The pope visited the flooded villages on Sunday.", False),
        # A part of something an earlier sentence named.
        ("When Brandt leased half of it, in 1993, the soil was worn out.", True),
        ("Last March, most of the quarry was closed by the county.", True),
        ("Most of the ferries were sold in 1987.", True),
        # The part says what of: a name, a one-of-a-kind noun, a set named after it.
        ("Last March, most of the Marlow quarry was closed by the county.", False),
        ("In 1990, half of the world watched the final.", False),
        ("Most of those who fled in 1987 came back.", False),
        ("Half of Marlow's ferries were sold in 1987.", False),
        ("One of the earliest acts of the new council in 1996 was to cut the levy.", False),
        ("Some of the largest ferries were sold in 1987.", False),
    ],
)
def test_bare_definite_subject_of_a_later_sentence(text: str, lacks: bool) -> None:
    assert Introduced(corpus(text, "Other news.")).lacks_subject(sentence(text), text) is lacks


def test_a_lead_introduces_its_own_subject() -> None:
    text = "The ministry has asked farmers to fence their fields on Tuesday."
    assert not Introduced(corpus(text)).lacks_subject(sentence(text, index=0), text)


def test_the_story_own_name_for_a_thing_is_clear() -> None:
    text = "The tide gauge was recovered from the harbour floor on Saturday."
    named = ["Divers look for the tide gauge.", "The tide gauge holds the answer."]
    story = corpus(text, *named, "Other news.", "More news.")
    assert not Introduced(story).lacks_subject(sentence(text), text)
    # One article's words only: which gauge the article said before.
    alone = corpus(text, "Other news.", "More news.", "Still more.", "And more.")
    assert Introduced(alone).lacks_subject(sentence(text), text)


def test_long_texts_are_quick() -> None:
    # A 200 KB sentence and five 200 KB articles: one search of each, no backtracking.
    text = "The tide gauge was found " + "and found again " * 12_000 + "on Monday."
    story = corpus(text, *("The tide " + "word gauge " * 15_000 for _ in range(5)))
    start = time.process_time()
    assert Introduced(story).lacks_subject(sentence(text), text)
    assert time.process_time() - start < 1.0


def test_a_part_in_a_long_opening_is_quick() -> None:
    # A 200 KB opening with no comma, and one 200 KB word: anchored, bounded searches.
    story = corpus("Other news.")
    start = time.process_time()
    for text in ("In " + "many words " * 20_000 + "most of the quarry closed.", "x" * 200_000):
        assert not Introduced(story).lacks_subject(sentence(text), text)
    assert time.process_time() - start < 1.0


@pytest.mark.parametrize(
    ("text", "date", "unclear"),
    [
        # The dated clause's subject: which pickets, which an earlier sentence said.
        ("Guards stood back, and the pickets marched to the quay Friday.", "Friday", True),
        ("The mayor spoke, but the motion was rejected by the council Monday.", "Monday", True),
        # The sentence names it before the clause, or the clause says which one.
        ("Forty pickets blocked the quay, and the pickets marched Friday.", "Friday", False),
        ("Guards stood back, and the pickets from Dunmore marched Friday.", "Friday", False),
        # The date is in the first clause: that clause's event is the entry's.
        ("Guards stood back on Friday, and the pickets marched.", "Friday", False),
        ("Guards stood back and watched as pickets marched on Friday.", "Friday", False),
    ],
)
def test_a_dated_clause_with_a_bare_definite_subject(text: str, date: str, unclear: bool) -> None:
    assert Introduced(corpus(text)).dated_clause_unclear(sentence(text), text, date) is unclear


def test_a_lead_names_the_subject_of_its_later_clause() -> None:
    text = "Guards stood back, and the pickets marched to the quay Friday."
    assert not Introduced(corpus(text)).dated_clause_unclear(sentence(text, 0), text, "Friday")


@pytest.mark.parametrize(
    ("text", "unclear"),
    [
        # An act into something an earlier sentence told; a likeness to it.
        ("Police launched an investigation last month.", True),
        ("Such a stand, critics said, recalls the levy Brandt backed in 1994.", True),
        # What the act is into, what the thing is like: said in the sentence.
        ("Police launched an investigation of the ferry owner last month.", False),
        ("Such talks as the mayor held in 1994 were rare.", False),
    ],
)
def test_an_act_or_a_likeness_told_before(text: str, unclear: bool) -> None:
    assert Introduced(corpus(text, "Other news.")).unclear(sentence(text), text) is unclear


def parsed(*texts: str) -> Corpus:
    from briefing.analyse import analyse

    docs = [Document(f"d{i}.txt", t, title="A") for i, t in enumerate(texts)]
    return analyse(docs, entities=True)


def _found(c: Corpus, start: str) -> Sentence:
    (found,) = [s for s in c.sentences() if s.doc == 0 and s.text.startswith(start)]
    return found


OTHERS = ("Rain fell on the hills above the town.", "The harbour froze in the night.")


@pytest.mark.parametrize(
    ("opening", "acts"),
    [
        # Told before, counted among others or not: which bill, only the article says.
        ("Marlow is set to pass one of the strictest harbour bills in the region.", ["the bill"]),
        # Named one way before: the entry gets its name (``thing_notes``), and is clear.
        ("Marlow is set to pass the Harbour Levy Bill this spring.", []),
    ],
)
def test_an_act_the_article_told_before_leaves_the_sentence_unclear(
    opening: str, acts: list[str]
) -> None:
    c = parsed(
        f"{opening} Fishermen say the bill will cost them their boats. "
        "All but one of the parties in the council opposed the bill on Wednesday.",
        *OTHERS,
    )
    lead = _found(c, "All but one")
    assert Introduced(c).things.told_acts(lead, lead.text) == acts
    if acts:
        assert Introduced(c).unclear(lead, lead.text)


def test_it_in_what_plural_speakers_said_names_nothing_before() -> None:
    c = parsed(
        "A logging road was cut above the creek. "
        "Forest rangers said it was fouling the creek below, and they closed it in July. "
        "Forest rangers said the road was fouling the creek, and they closed it in July. "
        "The Forest Service said it closed the road in July.",
        *OTHERS,
    )
    first, named = [s for s in c.sentences() if s.doc == 0 and s.text.startswith("Forest")]
    assert Introduced(c).it_of_nothing(first, first.text)
    assert not Introduced(c).it_of_nothing(named, named.text)
    body = _found(c, "The Forest Service")
    assert not Introduced(c).it_of_nothing(body, body.text)
