"""Timeline notes: the full names an entry read alone needs, from its own article."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.analyse import analyse
from briefing.compose import timeline_notes
from briefing.compose.timeline import build_timeline
from briefing.compose.timeline_notes import entry_place, noted_entries
from briefing.model import Corpus, Document, Sentence
from tests.growth import ReadLengths, assert_linear

THU = dt.date(2018, 6, 7)  # a Thursday


def corpus(text: str) -> Corpus:
    """One article of ``text``, written on a Thursday."""
    return analyse([Document("a.txt", text, title="A", date=THU)], entities=True)


def _sentence(c: Corpus, start: str) -> Sentence:
    (found,) = [s for s in c.sentences() if s.text.startswith(start)]
    return found


ARTICLE = (
    "Harbour commissioner Rita Okafor closed the Marlow ferry quay to heavy trucks. "
    "The quay had cracked along its northern wall during the spring floods. "
    "On Tuesday, Okafor fined the ferry company for ignoring the closure. "
    "On Wednesday, Okafor reopened one lane of the quay to light vans."
)


def test_a_surname_alone_gets_the_full_name_its_article_gave_once():
    c = corpus(ARTICLE)
    first, second = (_sentence(c, s) for s in ("On Tuesday", "On Wednesday"))
    texts = noted_entries(c, [(first, first.text), (second, second.text)])
    assert texts[0] == (
        "On Tuesday, Okafor [Harbour commissioner Rita Okafor] fined the ferry company"
        " for ignoring the closure."
    )
    # The earlier entry gave the name; the quay is named as its article named it.
    assert (
        texts[1]
        == "On Wednesday, Okafor reopened one lane of the quay [Marlow ferry quay] to light vans."
    )


def test_an_entry_without_a_sentence_or_a_name_to_note_stays_as_it_is():
    c = corpus(ARTICLE)
    lead = _sentence(c, "Harbour commissioner")
    assert noted_entries(c, [(None, "Okafor left."), (lead, lead.text)]) == [
        "Okafor left.",
        lead.text,
    ]


def test_a_plural_possessive_gets_no_note_inside_it():
    c = corpus(
        "Harbour commissioner Rita Tollis closed the Marlow ferry quay to heavy trucks. "
        "On Tuesday, Tollis' order was upheld by the port court."
    )
    lead = _sentence(c, "On Tuesday")
    assert noted_entries(c, [(lead, lead.text)]) == [lead.text]


def test_the_timeline_shows_the_notes():
    c = corpus(ARTICLE)
    texts = [e.text for e in build_timeline(c)]
    assert any("Okafor [Harbour commissioner Rita Okafor]" in t for t in texts)


def test_a_hostile_long_entry_is_noted_in_linear_time():
    c = corpus(
        "Rep. John Corbin chaired the Senate Ethics Committee hearing in March. "
        "Reporters waited outside the hall for the vote."
    )
    lead = _sentence(c, "Reporters waited")
    repeated = "agreed with Corbin, Baker, Cole and the committee, then "

    def note(n: int) -> str:
        (noted,) = noted_entries(c, [(lead, repeated * n)])
        return noted

    noted = note(600)
    assert noted.count("the committee [Senate Ethics Committee],") == 600
    assert noted.count("Corbin [Rep. John Corbin]") == 1
    # Each note is looked for from the last one's place, not from the start again.
    assert_linear(note, 150)


def test_a_wire_here_is_the_dateline_place_and_unplaced_it_gives_no_entry():
    text = "The harbour council here voted on Tuesday to close the Marlow ferry quay."
    placed = Document("a.txt", text, title="A", date=THU, place="VELLMAR, Ore.")
    (entry,) = build_timeline(analyse([placed], entities=True))
    assert entry.text == (
        "The harbour council [in Vellmar, Ore.] voted on Tuesday to close the Marlow ferry quay."
    )
    # Without a dateline nothing tells where "here" is: no entry, as no summary statement.
    unplaced = Document("a.txt", text, title="A", date=THU)
    assert build_timeline(analyse([unplaced], entities=True)) == []
    # A "here" the words place, or one in a quotation, is no dateline's.
    for kept in (
        "The harbour council voted here in Marlow on Tuesday to close the ferry quay.",
        'The harbour council voted on Tuesday to close the quay, saying "it ends here".',
    ):
        (entry,) = build_timeline(corpus(kept))
        assert entry.text == kept


def test_a_dateline_left_at_the_start_of_the_text_places_a_here():
    # Ingest kept no place (an editors' note came before the dateline paragraph).
    text = "VELLMAR, Ore. _ The harbour council here voted on Tuesday to close the ferry quay."
    (entry,) = build_timeline(corpus(text))
    assert entry.text == (
        "The harbour council [in Vellmar, Ore.] voted on Tuesday to close the ferry quay."
    )
    long_place = "A" * 70 + " _ The harbour council here voted on Tuesday to close the quay."
    assert build_timeline(corpus(long_place)) == []


def test_a_long_capitalised_opening_is_read_for_a_dateline_in_bounded_time(
    monkeypatch: pytest.MonkeyPatch,
):
    text = "WORD " * 40_000 + "_ The council here voted on Tuesday."
    document = Document("a.txt", text, title="A", date=THU)
    pattern = ReadLengths(timeline_notes.DATELINE_RE)
    monkeypatch.setattr(timeline_notes, "DATELINE_RE", pattern)
    assert entry_place(document) is None  # no dateline within its first characters
    # The pattern reads a bounded opening of the text, whatever its length.
    assert pattern.lengths and max(pattern.lengths) <= timeline_notes._DATELINE_CHARS
