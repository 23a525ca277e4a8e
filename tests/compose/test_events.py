"""The event a sentence tells (main verb, its subject and participants) and when another
sentence tells the same event in other words."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.analyse import analyse
from briefing.compose import article_memo
from briefing.compose.events import (
    Event,
    EventIndex,
    article_names,
    event_of,
    tells_event,
    word_class,
)
from briefing.compose.sentence_tokens import sentence_tokens
from briefing.model import Corpus, Document
from briefing.parsed import ParsedDoc, Span

# An invented story: an airline grounds its jets after a crash.
GROUNDED = "The Norland Air airline has grounded the four remaining Zephyr jets of its fleet."
TOLD = "After the crash, Norland Air grounded its four remaining Zephyrs and kept them at Pellin."


def _count_ent_reads(monkeypatch) -> list[int]:
    """A one-item list counting how often any document's entities are read from now on."""
    reads = [0]
    ents = ParsedDoc.ents

    def counted(doc: ParsedDoc) -> tuple[Span, ...]:
        reads[0] += 1
        return ents.fget(doc)

    monkeypatch.setattr(ParsedDoc, "ents", property(counted))
    return reads


def corpus(*texts: str) -> Corpus:
    docs = [
        Document(location=f"doc{i}.txt", text=t, title=f"Doc {i}", date=dt.date(2018, 6, 7))
        for i, t in enumerate(texts)
    ]
    return analyse(docs, entities=True)


def event(text: str) -> Event:
    found = corpus(text)
    index = EventIndex(found)
    got = index.of(found.docs[0].sentences[0])
    assert got is not None
    return got


def test_one_class_for_the_forms_of_an_event_word() -> None:
    assert word_class("approved") == word_class("approval") == word_class("approve")
    assert word_class("killed") == word_class("died")  # one fact, wordforms' one form
    assert word_class("approve") != word_class("reject")


def test_the_event_is_what_was_said_not_the_saying() -> None:
    said = event("Officials said on Friday that the Norland agency approved the Zephyr jet.")
    assert said.verb == word_class("approve")
    assert event("The chairman said so on Friday.").acts == ()  # no event of its own
    assert event("The airline is a small company.").acts == ()  # a copula tells none
    # A list tells how things stand, no event: two lists of the same names are no one fact.
    assert event("The program included Norland Air, Veloran Air and Brandt Jets.").acts == ()


@pytest.mark.parametrize(
    ("other", "tells"),
    [
        (TOLD, True),  # other words, same verb, subject and figure
        # another figure: another fact
        ("After the crash, Norland Air grounded its three remaining Zephyrs at Pellin.", False),
        # the same names and figure, another event
        ("After the crash, Norland Air sold its four remaining Zephyrs at Pellin.", False),
        # someone else did it
        ("After the crash, the Veloran government grounded four Norland Zephyrs.", False),
    ],
)
def test_another_sentence_tells_the_event_with_its_verb_subject_and_figures(
    other: str, tells: bool
) -> None:
    assert tells_event(event(GROUNDED), event(other)) is tells


def test_the_story_s_everyday_names_alone_are_no_participants() -> None:
    # Every article names the airline and the jet: sharing those two and the verb is not
    # enough when the statement names a place the other sentence does not.
    statement = event("Norland Air moved the Zephyr jets to Pellin in May.")
    other = event("Norland Air moved the Zephyr jets again after the crash.")
    assert tells_event(statement, other)
    assert not tells_event(statement, other, everyday=frozenset({"air", "zephyr", "pellin"}))
    assert not tells_event(statement, other, everyday=frozenset({"air", "zephyr"}))
    # With only everyday names, a sentence must name them all.
    moved = event("Norland Air moved the Zephyr jets in May.")
    assert tells_event(moved, other, everyday=frozenset({"air", "zephyr"}))
    assert not tells_event(moved, event("Norland Air moved its crews in May."), frozenset({"air"}))


def test_every_joined_act_must_be_told() -> None:
    # "grounded ... and sold": a sentence telling the grounding alone does not tell both.
    both = event(
        "Norland Air grounded its four remaining Zephyrs at Pellin and sold two Brandt jets."
    )
    assert len(both.acts) == 2
    assert not tells_event(both, event(TOLD))


def test_a_verb_placing_one_event_in_time_tells_the_other_event() -> None:
    # "X came as Y ...": the event told is Y's. Another visit that "came a day after" some
    # other act of the same people is not this fact, whatever names the two share.
    statement = event(
        "Premier Olsen's planned visit to Kelso came as Minister Anna Brandt of Norland "
        "was wrapping up talks with Veloran leaders over the harbour."
    )
    assert statement.verb == word_class("wrap")
    assert "brandt" in statement.acts[0].agents
    other = event(
        "Premier Olsen's tour came just two days after a Norland envoy slammed Veloran "
        "plans for the harbour."
    )
    assert other.verb == word_class("slam")
    assert not tells_event(statement, other)
    assert tells_event(
        statement,
        event("Minister Anna Brandt of Norland was wrapping up talks with Veloran leaders."),
    )
    # A timing word leading no clause places the visit against a thing: no event.
    assert event("Premier Olsen's visit to Kelso came amid protests by Veloran farmers.").acts == ()
    # Any other "come" is an act of its own.
    assert event("Premier Olsen came to Kelso on Friday.").verb == word_class("come")


def test_the_names_of_a_sentence_are_read_as_everyday_names_are() -> None:
    found = corpus("Mayor Anna Brandt closed the Kelso harbour. The tide rose again.")
    index = EventIndex(found)
    first, second = found.docs[0].sentences[:2]
    assert "brandt" in index.names_in(first)
    assert index.names_in(second) == frozenset()


def test_a_document_s_names_are_read_once_not_once_a_sentence(monkeypatch) -> None:
    # A long article of dated asides: reading every entity of the document again for
    # each sentence took 40 CPU s for 2,000 sentences.
    text = " ".join(f"In {1900 + i}, Karl Marsh{i} met Lena Fold in Oslo." for i in range(40))
    found = corpus(text)
    index = EventIndex(found)
    reads = _count_ent_reads(monkeypatch)
    names = [index.names_in(s) for s in found.docs[0].sentences]
    assert reads[0] <= 1  # once a document (the article memo may hold them already)
    assert all("fold" in n and "oslo" in n for n in names)
    assert "marsh0" not in names[1]  # only the sentence's own names


def test_an_article_s_names_are_read_once_for_every_index(monkeypatch) -> None:
    # Synthesis and the timeline each build an index: the article memo reads the names
    # of an article once for both (and a second build reads them from the cache).
    article_memo.forget()
    found = corpus(GROUNDED, TOLD)
    reads = _count_ent_reads(monkeypatch)
    first, second = EventIndex(found), EventIndex(found)
    assert reads[0] == 2  # once an article
    assert first.everyday == second.everyday
    told = found.docs[1].sentences[0]
    assert "air" in first.names_in(told) and first.names_in(told) == second.names_in(told)
    assert article_names(found.docs[1]) == sorted(article_names(found.docs[1]))


def test_a_place_told_only_as_an_attribute_of_a_noun() -> None:
    found = corpus(
        "A Lisbon-based firm sued a Madrid bank in Porto.",
        "Divers searched the port of Lisbon, and a Lisbon tug helped them.",
    )
    index = EventIndex(found)
    first, second = (d.sentences[0] for d in found.docs)
    assert index.attribute_places(first) == {"lisbon", "madrid"}  # not Porto: where it was
    assert index.attribute_places(second) == frozenset()  # also where they searched


class _Counted(tuple):
    """An article's entities that count how often they are read one by one."""

    scans = [0]

    def __iter__(self):  # type: ignore[no-untyped-def]
        _Counted.scans[0] += 1
        return super().__iter__()


def test_a_sentences_event_and_places_read_only_its_own_names(monkeypatch) -> None:
    # Each sentence's event read every entity of its article: an invented story naming a
    # party 20,000 times in 10 articles spent 23 of 58 CPU s in event_of.
    found = corpus(GROUNDED + " The Norland Air board met in Pellin on Monday.", TOLD)
    index = EventIndex(found)
    ents = ParsedDoc.ents
    monkeypatch.setattr(ParsedDoc, "ents", property(lambda doc: _Counted(ents.fget(doc))))
    _Counted.scans[0] = 0
    span = sentence_tokens(found, found.docs[0].sentences[1])
    assert span is not None
    assert "pellin" in event_of(span).names
    index.attribute_places(found.docs[0].sentences[1])
    assert _Counted.scans[0] == 0
