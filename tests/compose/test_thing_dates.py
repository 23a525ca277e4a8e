"""A date that only names a thing its sentence mentions dates nothing."""

from __future__ import annotations

import pytest

from briefing.compose.thing_dates import names_mentioned_thing
from briefing.compose.timeline import build_timeline

from .conftest import articles, first_sentence


def _names_thing(text: str, when: str) -> bool:
    adoc, sent = first_sentence(text)
    start = sent.text.index(when)
    return names_mentioned_thing(adoc.parse, sent.start, start, start + len(when))


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The toll is one of the issues of the harbour talks, which were launched on May 3.",
         "May 3"),
        ("The harbour board has yet to approve the toll accord it signed in 2009.", "2009"),
    ],
)  # fmt: skip
def test_a_date_in_a_relative_clause_under_a_present_state_names_a_thing(
    text: str, when: str
) -> None:
    assert _names_thing(text, when)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The future of the harbour toll depends on whether the ruling last Tuesday is upheld.",
         "last Tuesday"),
        ("Ferry owners wonder if the vote Monday will stand.", "Monday"),
        ("The hearing Thursday night will be followed by two more in the Marlow court.",
         "Thursday night"),
        ("The vote Monday would end the toll, the mayor said.", "Monday"),
    ],
)  # fmt: skip
def test_a_date_on_the_subject_of_a_plan_or_an_open_question_names_a_thing(
    text: str, when: str
) -> None:
    assert _names_thing(text, when)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # the noun is no subject, or its clause is done: the noun is the news
        ("According to the announcement Sunday night, the ferry will sail again.",
         "Sunday night"),
        ("The governor's announcement Friday has surprised the island.", "Friday"),
        # a present report tells someone's words, not a state
        ("The harbour board says the toll accord it signed in 2009 is unfair.", "2009"),
        # a relative clause under a past or perfect main verb
        ("The toll was one of the issues of the harbour talks, which were launched on May 3.",
         "May 3"),
        ("The harbour board has approved the toll accord it signed in 2009.", "2009"),
        # the date is the main clause's own
        ("The Marlow court struck down the harbour toll last Tuesday.", "last Tuesday"),
    ],
)  # fmt: skip
def test_a_date_the_sentence_tells_or_a_report_gives_names_no_thing(text: str, when: str) -> None:
    assert not _names_thing(text, when)


def test_no_parse_names_no_thing() -> None:
    assert not names_mentioned_thing(None, 0, 0, 4)


def test_an_open_question_about_a_ruling_is_no_entry_its_ruling_is() -> None:
    depends = "The future of the harbour toll depends on whether the ruling last Tuesday is upheld."
    assert build_timeline(articles(depends)) == []
    struck = "The Marlow court struck down the harbour toll last Tuesday."
    assert [e.date for e in build_timeline(articles(struck))] == ["2018-06-19"]


@pytest.mark.parametrize(
    "text",
    [
        "The Marlow household survey, for 2017, estimated that 400 families own a boat.",
        "Harbour figures for 2017 showed 400 boats in the Marlow basin.",
    ],
)
def test_the_period_a_for_covers_names_which_one_not_when_anything_happened(text: str) -> None:
    assert _names_thing(text, "2017")
    assert build_timeline(articles(text)) == []


def test_a_date_in_another_preposition_still_dates_the_act() -> None:
    text = "The Marlow household survey was published in 2017 by the harbour board."
    assert not _names_thing(text, "2017")
    assert [e.date for e in build_timeline(articles(text))] == ["2017"]
