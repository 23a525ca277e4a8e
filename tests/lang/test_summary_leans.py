"""A summary statement with a bare definite subject that names only a day or a month."""

from __future__ import annotations

import pytest

from briefing.lang.summary_leans import leans_in_summary


@pytest.mark.parametrize(
    "text",
    [
        "The ban takes effect next Wednesday in schools, cinemas and hospitals.",
        "The toll will rise in March for lorries and buses.",
        "The aims are quicker inspections and cheaper repairs.",
        "A third dam on the Marl was approved by Ostland on Friday.",
        "Only center-left leader Dara Pell said she would back the toll.",
        "Only the Marlow council voted against the dam.",
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
    ],
)
def test_stands_alone(text: str) -> None:
    assert not leans_in_summary(text)
