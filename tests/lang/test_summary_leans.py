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
    ],
)
def test_stands_alone(text: str) -> None:
    assert not leans_in_summary(text)
