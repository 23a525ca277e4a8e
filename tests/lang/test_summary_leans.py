"""A summary statement with a bare definite subject that names only a day or a month."""

from __future__ import annotations

import pytest

from briefing.lang.summary_leans import closing_act, leans_in_summary, timed_by_before


@pytest.mark.parametrize(
    "text",
    [
        "The ban takes effect next Wednesday in schools, cinemas and hospitals.",
        "The toll will rise in March for lorries and buses.",
        "The aims are quicker inspections and cheaper repairs.",
        "A third dam on the Marl was approved by Ostland on Friday.",
        "Only center-left leader Dara Pell said she would back the toll.",
        "Only the Marlow council voted against the dam.",
        "Tolls meant to keep lorries off the old bridge would also shield the ferry's trade.",
        "The Marlow harbour board, after a year of study, has also asked for a new pier.",
    ],
)
def test_leans(text: str) -> None:
    assert leans_in_summary(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ban takes effect in Marlow next Wednesday.",
        "The toll will rise by 5 percent in March.",
        "Marlow banned smoking in schools on Wednesday.",
        "A ban on smoking in schools takes effect next Wednesday.",
        "A second time, Ostland voted for the dam.",
        "Marlow approved a third dam on the Marl on Friday.",
        "Only 14 of the boats had been found by Friday evening.",
        "Only a handful of envoys, including Dara Pell, were there.",
        "Only in Marlow did the toll pass.",
        "Only Monday did the council vote.",
        "Salt, a mineral that is also used on icy roads, was found in the dam's concrete.",
        "Marlow not only raised the toll but has also closed the old bridge.",
        "The Marl, which is also called the Grey River, flooded Marlow on Friday.",
    ],
)
def test_stands_alone(text: str) -> None:
    assert not leans_in_summary(text)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Envoys of the Ostland and Marlow banks took part in the talks.", "talks"),
        ("Dara Pell, who sits on the harbour board, virtually embraced the issue.", "issue"),
        ("Only a few bargainers stayed on to the final deal.", "deal"),
        ("Pell left Marlow after the meeting.", "meeting"),
    ],
)
def test_a_statement_ending_on_an_act_called_by_the_noun_alone(text: str, noun: str) -> None:
    act = closing_act(text)
    assert act is not None and act[2] == noun
    assert text[act[0] : act[1]].lower().startswith("the ")


@pytest.mark.parametrize(
    "text",
    [
        "The talks went on in Marlow for a week.",  # opening, not closing
        "Pell attended the meeting of the harbour board.",  # "of ..." says which
        "Pell resigned after the accident.",  # a crash story's own event
        "Ostland and Marlow held talks on the toll.",
    ],
)
def test_no_closing_act(text: str) -> None:
    assert closing_act(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Governor Hale told reporters later that the mill owners had been plotting against him.",
        "Pell said earlier that the ferry would not sail.",
        "The dig at the quay began two hours earlier with the lifting of the first stone.",
        "The divers surfaced a few days later and headed for the harbour.",
        "By custom, the council should then have asked the largest party to form a board.",
        "Ostby would then pick a board member to run the port.",
        "Earlier Monday, hundreds of fishermen marched through Marlow to the town hall.",
        "Later that day, the Marlow council closed the old bridge to lorries.",
        "Earlier in the day, the harbour master had called the fire an accident.",
        "A week later, Marlow police arrested the ferry's pilot.",  # the span opening it
        "Two days later the ferry sank off the point.",
        "Hours later, the Marlow ferry sank off the point.",  # a span of no number
        "Police arrested the ferry's pilot days later.",
    ],
)
def test_timed_by_before(text: str) -> None:
    assert timed_by_before(text)
    assert leans_in_summary(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ostland took the island in May 1975 and made it a province a month later.",
        "Pell lost her seat in 1994, only to win it back two years later.",
        "Firemen were called at 11:20 p.m. Friday and reached the mill ten minutes later.",
        "Last week Ostbank reported profits of $2 million, up 12 percent from a year earlier.",
        "In 1995 Ostbank, which was then the largest lender, bought the Marlow mill.",
        "The then-mayor of Marlow opened the bridge.",
        "Earlier this year, the Marlow council voted to close the bridge.",
        "The bridge will reopen later this month, the council said.",
        "The ferry sank two days later than the storm warning said it would.",
        "Pell told the council on Monday that the toll would rise a year later than planned.",
        "Every diver was given a rest and swam again 30 minutes later.",
        "The Marlow mill closed in 1990 and reopened years later.",
        "The bridge opened weeks later than the Marlow council had planned.",
        "The bonds would raise $2 million for Marlow, money that might then go to farmers.",
        "The Ostby mill looked modern in the 1960s, only to seem quaint 20 years later.",
    ],
)
def test_not_timed_by_before(text: str) -> None:
    assert not timed_by_before(text)
