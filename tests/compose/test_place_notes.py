"""Place notes: "the city" and "the state" named from the article's own dateline and opening."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time

from briefing.analyse import analyse
from briefing.compose.introduced import Introduced
from briefing.compose.place_notes import (
    dateline_place,
    place_notes,
    territory_of,
    writers_place_notes,
)
from briefing.compose.timeline_notes import noted_entries
from briefing.model import AnalysedDocument, Corpus, Document, Sentence

DAY = dt.date(2011, 5, 12)


def corpus(text: str, place: str | None = None, title: str = "Budget") -> Corpus:
    """One article of ``text`` with the dateline ``place``."""
    document = Document("a.txt", text, title=title, date=DAY, place=place)
    return analyse([document], entities=True)


def notes(c: Corpus, start: str, text: str | None = None) -> list[tuple[str, str]]:
    """The place notes of the sentence starting with ``start`` (shown as ``text``)."""
    adoc: AnalysedDocument = c.docs[0]
    (lead,) = [s for s in adoc.sentences if s.text.startswith(start)]
    return place_notes(adoc, lead, lead.text if text is None else text)


def test_the_city_of_a_datelined_article_is_its_dateline_city():
    c = corpus(
        "The city's bus fares rose 10 percent on Monday, the third rise in a year. "
        "Riders in Spokane pay less for the same ride. "
        "The city plans a second rise in the autumn.",
        place="TACOMA, Wash.",
    )
    assert notes(c, "The city's bus") == [("The city", "Tacoma")]
    # Once the article has named another city, "the city" may be that one.
    assert notes(c, "The city plans") == []


def test_the_city_written_in_capitals_is_shown_as_the_text_writes_it():
    c = corpus("The city's bus fares rose on Monday in the north of McAllen.", place="MCALLEN")
    assert notes(c, "The city's") == []  # the sentence names it: nothing to add
    c = corpus(
        "The city's bus fares rose on Monday. McAllen riders protested.", place="MCALLEN, Texas"
    )
    assert notes(c, "The city's") == [("The city", "McAllen")]


def test_no_city_without_a_city_dateline():
    text = "The city's bus fares rose 10 percent on Monday."
    assert notes(corpus(text), "The city's") == []
    assert notes(corpus(text, place="UNDATED"), "The city's") == []
    assert notes(corpus(text, place="UNITED NATIONS"), "The city's") == []


def test_a_state_or_a_country_named_before_leaves_the_city_clear():
    c = corpus(
        "Voters in Oregon and across the United States watched the vote. "
        "The city's council approved the plan on Tuesday.",
        place="EUGENE, Ore.",
    )
    assert notes(c, "The city's") == [("The city", "Eugene")]


def test_the_state_of_an_article_about_one_state():
    c = corpus(
        "Oregon lawmakers passed a budget on Monday after a long fight over schools. "
        "The vote came late at night. "
        "The State Police will lose 40 troopers under the plan. "
        "The Legislature meets again in June. "
        "The state's schools get more money, and the state dinner was cancelled.",
        place="SALEM, Ore.",
    )
    assert notes(c, "The State Police") == [("The State Police", "Oregon")]
    assert notes(c, "The Legislature") == [("The Legislature", "Oregon")]
    assert notes(c, "The state's") == [("The state", "Oregon")]
    # A shown part that names the state itself needs no note.
    assert notes(c, "Oregon lawmakers", "Oregon lawmakers and the state agreed.") == []


def test_the_dateline_names_the_state():
    c = corpus(
        "Farm income fell for a third year, a study released Monday found. "
        "One in ten farms in the state has closed since 2008.",
        place="DES MOINES, Iowa",
    )
    assert notes(c, "One in ten") == [("the state", "Iowa")]


def test_no_state_when_two_are_named_or_the_state_is_no_subject_of_the_article():
    two = corpus("Oregon and Idaho lawmakers met on Monday. The state will pay half the cost.")
    assert notes(two, "The state will") == []
    passing = corpus(
        "Farm income fell for a third year, a study found. "
        "Prices were lower than last year. "
        "A buyer from Nebraska was among the bidders. "
        "The state will pay half the cost."
    )
    assert notes(passing, "The state will") == []
    generic = corpus(
        "Oregon tribes met on Monday. Each tribe must deal with the state in which it lies."
    )
    assert notes(generic, "Each tribe") == []


def test_the_timeline_and_the_summary_show_the_note():
    c = corpus(
        "The city's bus fares rose 10 percent on Monday, the third rise in a year.",
        place="TACOMA, Wash.",
    )
    lead: Sentence = c.docs[0].sentences[0]
    assert noted_entries(c, [(lead, lead.text)]) == [
        "The city's [Tacoma] bus fares rose 10 percent on Monday, the third rise in a year."
    ]


def test_a_hostile_text_is_read_in_linear_time():
    c = corpus("Oregon lawmakers met on Monday. The state will pay.", place="SALEM, Ore.")
    adoc = c.docs[0]
    lead = adoc.sentences[-1]
    text = "the state and the city of " * 8000 + "Portland " * 40000
    started = time.process_time()
    place_notes(adoc, lead, text)
    assert time.process_time() - started < 1.0


def test_an_undated_dateline_names_no_place():
    assert dateline_place(Document("a.txt", "Fares rose here.", place="UNDATED")) is None
    placed = Document("a.txt", "Fares rose in Tacoma.", place="TACOMA, Wash.")
    assert dateline_place(placed) == "Tacoma, Wash."


COLONY = (
    "Customs officers seized 40 stolen cars in the harbour. "
    "A trader was convicted in a court of this compact colony on Tuesday of smuggling cars."
)


def test_the_writers_place_called_by_its_kind_is_its_datelines():
    document = Document("a.txt", COLONY, title="Trader convicted", date=DAY, place="HONG KONG")
    assert writers_place_notes(document, COLONY) == [("this compact colony", "Hong Kong")]
    taipei = Document("b.txt", "x", title="Vote", date=DAY, place="TAIPEI, Taiwan")
    assert writers_place_notes(taipei, "Leaders of this island nation met.") == [
        ("this island nation", "Taiwan")
    ]
    # Named already: no note; no dateline (or none that says which): no place.
    assert writers_place_notes(document, "Hong Kong is this colony.") == []
    assert writers_place_notes(dataclasses.replace(document, place=None), COLONY) is None
    assert writers_place_notes(taipei, "Leaders of this state met.") is None
    c = analyse([document], entities=True)
    (lead,) = [s for s in c.sentences() if s.text.startswith("A trader")]
    assert Introduced(c).unclear(lead, lead.text) is False
    assert noted_entries(c, [(lead, lead.text)]) == [
        "A trader was convicted in a court of this compact colony [Hong Kong] on Tuesday "
        "of smuggling cars."
    ]
    unplaced = analyse([dataclasses.replace(document, place=None)], entities=True)
    (lead,) = [s for s in unplaced.sentences() if s.text.startswith("A trader")]
    assert Introduced(unplaced).unclear(lead, lead.text) is True


def test_a_territorys_own_report_calls_it_the_colony():
    text = (
        "Hong Kong became a colony in 1842. Voters went to the polls in large numbers. "
        "The colony's legislature passed the budget on Tuesday."
    )
    document = Document("a.txt", text, title="Budget passed", date=DAY, place="HONG KONG")
    assert territory_of(document, "colony") == "Hong Kong"
    assert territory_of(document, "city") is None
    assert territory_of(dataclasses.replace(document, place="LONDON"), "colony") is None
    # Other articles of the story speak of no colony.
    others = [
        Document(f"{i}.txt", t, title="Budget", date=DAY)
        for i, t in enumerate(("Rain fell on the hills.", "The harbour froze."))
    ]
    for place, unclear in (("HONG KONG", False), ("LONDON", True)):
        c = analyse([dataclasses.replace(document, place=place), *others], entities=True)
        (lead,) = [s for s in c.sentences() if s.text.startswith("The colony's")]
        assert Introduced(c).unclear(lead, lead.text) is unclear
    assert noted_entries(c, [(lead, lead.text)]) == [lead.text]
    c = analyse([document, *others], entities=True)
    (lead,) = [s for s in c.sentences() if s.text.startswith("The colony's")]
    assert noted_entries(c, [(lead, lead.text)]) == [
        "The colony's [Hong Kong's] legislature passed the budget on Tuesday."
    ]
