"""Sentences that state no fact about the story: advice, labels, cut quotes, glued text,
a writer's own voice, web addresses."""

from __future__ import annotations

import pytest

from briefing.lang.address import addresses_reader, not_a_statement, speaks_in_first_person


@pytest.mark.parametrize(
    "text",
    [
        "Check your tyres before you drive over the old bridge.",
        "Don't let the toll decide which road you take.",
        "If you cross the bridge at night, the ferry is cheaper.",
        "Make sure the permit is on the dashboard.",
        # A feature's opening scene greets the reader; it tells no fact.
        "Welcome to Marlow Mill, a walled garden on the bank of the river.",
    ],
)
def test_advice_to_the_reader(text: str) -> None:
    assert addresses_reader(text)
    assert not_a_statement(text)


@pytest.mark.parametrize(
    "text",
    [
        "IMPACT: Possibly thousands of drivers will take the ring road.",
        "Q: When will the bridge open again for trucks?",
        "Proof: a study of 40 drivers shows the toll works.",
        '"We will not close the bridge again. The council agreed.',
        "The vote was at noon, leaving the bridge shut for the winter.)",
        "The toll rises next year, a council study showsBy Jane Roe",
        "Marlow Bridge Trust: http://bridge.example.org/",
        "The trust keeps a page on the bridge repairs at www.example.org/bridge.",
    ],
)
def test_labels_cut_quotes_and_glued_text(text: str) -> None:
    assert not_a_statement(text)


@pytest.mark.parametrize(
    "text",
    [
        "Slugs are eating my lettuces again this spring in Marlow.",
        "The mayor does not want a toll where we have to pay twice.",
        "Our survey of 40 drivers found most avoid the bridge.",
        "I crossed the Marlow bridge every day for ten years.",
    ],
)
def test_a_writers_own_voice(text: str) -> None:
    assert speaks_in_first_person(text)
    assert not_a_statement(text)


def test_a_writers_judgement() -> None:
    assert not_a_statement("The council ought to pay for the new bridge out of its own funds.")
    # A view someone is said to hold is a reported fact.
    assert not not_a_statement("The toll ought to fall next year, the mayor of Marlow said.")
    assert not not_a_statement('Hall said the council "ought to pay" for the new bridge.')


@pytest.mark.parametrize(
    "text",
    [
        "The council voted to close the old bridge to heavy trucks on Monday.",
        '"You cannot run a town like this," the mayor told the council.',
        "Use of the bridge fell by a third after the toll was raised.",
        "Never before had the town closed its only bridge.",
        "The inspectors called it ``probable that the cable failed.''",
        "Make-up artists from Marlow worked on the film shot on the bridge.",
        "Welcome news for drivers came on Monday, when the bridge reopened.",
        "Ann `Nan' Lee was chosen to chair the bridge committee.",
        "Repairs to the www-style web page of the council cost 200 pounds.",
        # First person only inside quotation marks, or in names.
        '"We will not close the bridge," the mayor said on Monday.',
        "Hall served in World War I before he ran the Marlow ferry.",
        "Lorries on I-95 and the US 1 queued for the Marlow bridge.",
    ],
)
def test_statements_of_fact(text: str) -> None:
    assert not not_a_statement(text)
