"""Citations: every cited source has a sentence saying what the statement says, the same
way round and with something particular of it."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.analyse import analyse
from briefing.compose.citing import Citations
from briefing.compose.corroboration import ANCHOR_MIN_SOURCES, Corroboration
from briefing.compose.events import EventIndex
from briefing.compose.near_duplicates import Group, SupportIndex
from briefing.model import Corpus, Document

from .conftest import articles


def corpus(*texts: str, entities: bool = False) -> Corpus:
    return articles(*texts, date=None, entities=entities)


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


_FINDING = "there was no sign of a fuel leak that could have caused the Calder spill"
_BERG = f"Harbour master Olaf Berg said on Friday that {_FINDING}."
_OFFICIALS = f"Officials said on Friday that {_FINDING}."


def test_a_fact_the_statement_puts_in_a_named_mouth_is_not_cited_to_others_saying_it() -> None:
    # The statement says who told it; another article gives the same finding from
    # unnamed officials: it does not say that the harbour master said so.
    same = f"Harbour master Olaf Berg said {_FINDING}."
    texts = [f"{_BERG} {FILLER[0]}", f"{same} {FILLER[1]}", f"{_OFFICIALS} {FILLER[2]}"]
    found = corpus(*texts, entities=True)
    assert "berg" in citations(found).speakers(found.docs[0].sentences[0])
    assert cited(found) == [1, 2]
    lax = citations(found)
    lax.speakers = lambda _: frozenset()  # type: ignore[method-assign]
    assert lax.cited(Group([found.docs[0].sentences[0]])) == [1, 2, 3]
    # Told without a speaker, the fact is cited to every source that tells it.
    bare = corpus(f"{_OFFICIALS} {FILLER[0]}", f"{same} {FILLER[1]}", entities=True)
    assert cited(bare) == [1, 2]


def test_a_quote_running_on_from_its_speakers_sentence_is_his() -> None:
    quoted = f'Olaf Berg, the harbour master, stated, "We tested every pipe. Sadly {_FINDING}."'
    found = corpus(f"{_BERG} {FILLER[0]}", quoted, _OFFICIALS, entities=True)
    lead, run_on = found.docs[0].sentences[0], found.docs[1].sentences[1]
    assert "Berg" not in run_on.text
    assert citations(found).same_speaker(lead, run_on)
    assert not citations(found).same_speaker(lead, found.docs[2].sentences[0])
    # A finding after someone else's words is not his.
    after = corpus(_BERG, f"The weather was fine. {FILLER[3]} Sadly {_FINDING}.", entities=True)
    far = after.docs[1].sentences[-1]
    assert not citations(after).same_speaker(after.docs[0].sentences[0], far)


def test_a_source_rounding_the_statements_count_reports_it_but_is_not_cited() -> None:
    rough = "More than 80 prisoners have been freed from the Calder jail since the reform."
    exact = "Since the reform, 84 prisoners were freed from the Calder jail, a judge said."
    never = "Since the reform, 84 prisoners were never freed from the Calder jail."
    found = corpus(rough, exact, never, *FILLER[:3], entities=True)
    found_citations = citations(found)
    assert found_citations.cited(Group([found.docs[0].sentences[0]])) == [1]
    assert found_citations.rounding(Group([found.docs[0].sentences[0]])) == {2}
    assert found_citations.rounding(Group([found.docs[1].sentences[0]])) == {1}
    assert found_citations.rounding(Group([found.docs[3].sentences[0]])) == set()


def dated(*texts: tuple[str, dt.date]) -> Corpus:
    docs = [
        Document(location=f"doc{i}.txt", text=t, title=f"Doc {i}", date=day)
        for i, (t, day) in enumerate(texts)
    ]
    return analyse(docs)


MONDAY, LATER = dt.date(2001, 3, 5), dt.date(2001, 3, 20)
PLAN = "The Calder harbour board will issue new mooring rules to protect the fragile dunes."
TOLD = "Next week the Calder port will impose mooring limits on yachts near the fragile dunes."


@pytest.mark.parametrize(
    ("first", "second", "together"),
    [
        ((PLAN, MONDAY), (TOLD, MONDAY), True),  # mooring, fragile, dunes: one day
        ((PLAN, MONDAY), (TOLD, LATER), False),  # another day: perhaps another plan
        ((PLAN, MONDAY), (TOLD.replace("will", "will not"), MONDAY), False),
        # the words in common are who said it
        (
            (
                "Six yachts left the bay at noon, the Ostrander Mooring and Dunes Trust said.",
                MONDAY,
            ),
            (
                "Two ferries were late on the river, the Ostrander Mooring and Dunes Trust said.",
                MONDAY,
            ),
            False,
        ),
    ],
)
def test_two_shown_statements_of_one_day_with_particular_words_in_common_report_each_other(
    first: tuple[str, dt.date], second: tuple[str, dt.date], together: bool
) -> None:
    found = dated(first, second, *((f, LATER) for f in FILLER[:4]))
    groups = [Group([found.docs[0].sentences[0]]), Group([found.docs[1].sentences[0]])]
    assert citations(found).told_together(groups) == ([{2}, {1}] if together else [set(), set()])


def test_a_later_sentence_of_a_shown_statements_group_may_tell_another_shown_statement() -> None:
    # The first statement's group leads with other words; its second sentence, of the
    # same day, tells the second statement's plan.
    lead = "The Calder harbour board met the ferry owners about the winter timetable."
    found = dated((lead, MONDAY), (PLAN, MONDAY), (TOLD, MONDAY), *((f, LATER) for f in FILLER[:4]))
    first = Group([found.docs[0].sentences[0], found.docs[1].sentences[0]])
    second = Group([found.docs[2].sentences[0]])
    assert citations(found).told_together([first, second]) == [{3}, {2}]
