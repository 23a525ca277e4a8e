"""The text of a timeline entry: what may tell an event, the words shown; who acts."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from briefing.analyse import analyse
from briefing.compose.event_text import event_text, is_event, people_named, person_before
from briefing.compose.timeline import build_timeline
from briefing.model import Document, Mention

WED = dt.date(2001, 3, 7)  # a Wednesday


@pytest.mark.parametrize(
    "sentence",
    [
        "LAKEVIEW, Ore. _ The county board closed the bridge on Tuesday.",
        "LAKEVIEW (AP) -- The county board closed the bridge on Tuesday.",
        "LAKEVIEW, France _ The county board closed the bridge on Tuesday.",
    ],
)
def test_event_text_strips_the_wire_dateline(sentence: str) -> None:
    # One dateline definition (lang/furniture): a mixed-case region ("France") is one too.
    assert event_text(sentence, "Tuesday") == "The county board closed the bridge on Tuesday."


def test_a_long_sentence_is_not_cut_to_the_opening_of_its_dated_clause():
    sentence = (
        "Even the harbour board's friends call the old ferry deal a scandal: In 1989, while "
        "still on the board of the shipping firm, he sold the ferry to his brother, kept the "
        "money from the sale, and then hid the papers in the cellar of the town hall for ten "
        "long years."
    )
    text = event_text(sentence, "1989")
    assert text != "Even the harbour board's friends call the old ferry deal a scandal: In 1989."
    assert "sold the ferry" in text
    # A clause that goes on after its date is still cut to.
    long_clause = (
        "The board met for hours and argued about the budget, the pensions, the new roof "
        "and the parking rules for the staff of the main building; the plant was sold in 2009 "
        "to a group of investors from the north of the country who wanted to expand it."
    )
    assert event_text(long_clause, "2009").startswith("The plant was sold in 2009")


def test_a_clause_that_only_says_who_spoke_is_never_the_text_shown():
    sentence = (
        "The pumps at the north dock failed one after the other during the night and the "
        "water rose over the quay, flooding the sheds, the cranes and the fuel store of the "
        "harbour for the first time in forty years — the harbour master said on Tuesday."
    )
    assert event_text(sentence, "Tuesday") == sentence


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The county board closed the bridge on Tuesday.", True),
        ("Did the county board close the bridge on Tuesday?", False),
        ('"We closed it on Tuesday," the mayor said.', False),
        ("It closed the bridge on Tuesday.", False),
        ("The county board said in a statement on Tuesday:", False),
        ("The mayor said so on Tuesday.", False),
        ("The mayor said on Tuesday that the bridge was closed.", True),
    ],
)
def test_is_event(text: str, event: bool) -> None:
    assert is_event(text) is event


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("For that reason, the county board closed the bridge on Tuesday.", "The county"),
        ("As a result, the county board closed the bridge on Tuesday.", "The county"),
        ("Yet on Tuesday, the county board closed the bridge.", "On Tuesday"),
        ("Separately in May, the county board closed the bridge.", "In May"),
        ("In addition, the county board closed the bridge on Tuesday.", "The county"),
        # Not connectives: a phrase that goes on, or no comma after a phrase.
        ("In addition to the toll, the board closed the bridge on Tuesday.", "In addition to"),
        ("So far, the board has closed two bridges, the last on Tuesday.", "So far"),
        ("Instead of a toll, the board closed the bridge on Tuesday.", "Instead of"),
    ],
)
def test_an_opening_connective_is_not_shown(sentence: str, shown: str) -> None:
    assert is_event(sentence)
    assert event_text(sentence, "Tuesday").startswith(shown)


def test_a_sentence_that_leans_back_after_its_connective_is_no_event() -> None:
    assert not is_event("For that reason, it closed the bridge on Tuesday.")
    assert not is_event("As a result, this was the last ferry, on Tuesday.")


def test_an_event_told_only_by_he_is_left_out_and_told_by_a_name_is_shown() -> None:
    docs = [
        Document(location="a.txt", text=text, title=title, date=WED)
        for title, text in [
            (
                "Ferry fares",
                "The harbour board met on Monday to set the ferry fares. "
                "In 1987, he sold the old ferry to a firm in Leeds.",
            ),
            (
                "Ferry vote",
                "On Tuesday she won the harbour board's vote on the ferry fares.",
            ),
            (
                "Ferry vote passes",
                "Mayor Anna Brandt won the harbour board's vote on the ferry fares on Tuesday.",
            ),
        ]
    ]
    events = build_timeline(analyse(docs, entities=True))
    assert "1987" not in [e.date for e in events]
    tuesday = [e for e in events if e.date == "2001-03-06"]
    assert [e.text for e in tuesday] == [
        "Mayor Anna Brandt won the harbour board's vote on the ferry fares on Tuesday."
    ]


def test_the_one_person_of_the_sentence_before_is_named_in_brackets() -> None:
    docs = [
        Document(
            location="a.txt",
            text="Mayor Anna Brandt has never backed a ferry fare rise. "
            "In May, she blocked the harbour board's plan to raise the fares.",
            title="Ferry fares",
            date=WED,
        ),
        Document(
            location="b.txt",
            text="Anna Brandt and Tom Reyes argued about the ferry. "
            "In 1987, he sold the old ferry to a firm in Leeds.",
            title="Ferry crews",
            date=WED,
        ),
    ]
    events = build_timeline(analyse(docs, entities=True))
    assert [e.text for e in events] == [
        "In May, [Anna Brandt] blocked the harbour board's plan to raise the fares."
    ]  # two people before "he": nobody is guessed, and the entry is left out


@pytest.mark.parametrize(
    "before",
    [
        "Mayor Anna Brandt sent him to the harbour office.",  # someone else is acted on
        "The ferry deal made Anna Brandt rich.",  # the person is not the subject
    ],
)
def test_he_is_not_named_after_a_sentence_about_someone_else(before: str) -> None:
    text = before + " In May, he sold the old ferry to a firm in Leeds."
    docs = [Document(location="a.txt", text=text, title="Ferry sale", date=WED)]
    assert build_timeline(analyse(docs, entities=True)) == []


def test_the_person_of_a_quote_is_found_through_the_quote() -> None:
    text = (
        "Mayor Anna Brandt has run the port since 1980. "
        'In an interview, she said, "The fares must stay low. '
        'People are tired of rises." '
        "She also dismissed fears that the ferry would close."
    )
    adoc = analyse([Document(location="a.txt", text=text, title="Port", date=WED)]).docs[0]
    last = adoc.sentences[-1]
    assert person_before(adoc, last) is None  # the sentence before names nobody
    assert person_before(adoc, last, reach=3) == "Anna Brandt"


def test_a_hostile_run_of_connectives_is_read_in_linear_time() -> None:
    # A 200 KB "sentence" of connectives: the opening one is cut, once.
    text = "For that reason, however, as a result, " * 5000 + "the board met on Tuesday."
    started = time.process_time()
    shown = event_text(text, "Tuesday")
    event = is_event(text)
    assert time.process_time() - started < 1  # CPU seconds
    assert shown.startswith("However, as a result, ")
    assert event


def test_the_person_a_sentence_is_about_may_be_named_beside_others() -> None:
    text = (
        "Even as Anna Brandt spoke in the hall, Tom Reed walked out of the harbour meeting. "
        "He said the ferry fares were far too high."
    )
    adoc = analyse([Document(location="a.txt", text=text, title="Port", date=WED)]).docs[0]
    last = adoc.sentences[-1]
    assert person_before(adoc, last) is None  # two people named: not guessed by default
    assert person_before(adoc, last, others_named=True) == "Tom Reed"


def test_a_surname_the_parser_typed_as_a_group_is_the_person_named_before() -> None:
    text = (
        "Opposition leader Pavel Korzun lost the harbour vote. "
        "Even as the mayor spoke, Korzun spent the day calling the vote a sham. "
        "He said the ballots were forged."
    )
    adoc = analyse([Document(location="a.txt", text=text, title="Vote", date=WED)]).docs[0]
    full = next(m for m in adoc.mentions if m.text == "Pavel Korzun")
    start = adoc.document.text.index("Korzun spent")
    group = Mention("Korzun", "NORP", start, start + 6, 1)  # as spaCy may type a surname
    adoc.mentions = [full, group]
    assert [m.text for m in people_named(adoc)] == ["Pavel Korzun", "Korzun"]
    assert person_before(adoc, adoc.sentences[2], others_named=True) == "Korzun"
    adoc.mentions = [group]  # no full name before: the parser's type stands
    assert people_named(adoc) == []
