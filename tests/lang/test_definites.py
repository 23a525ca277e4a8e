"""Bare definite subjects: "The virus ..." leans back; "The rate of crime" does not."""

from __future__ import annotations

import time

import pytest

from briefing.lang.definites import (
    RELATIVE_DEFINITE_SUBJECT,
    definite_subject,
    passive_definite_subject,
)


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("The virus overwrites data on hard drives.", "virus"),
        ("The viruses, believed to come from abroad, erase the disk.", "viruses"),
        ("The new regulations will replace the permit system.", "regulations"),
        ("The rate of crime fell again this year.", None),
        ("The treaty, known as the harbour convention, sets the rules.", None),
        ("The Marlow council voted to close the bridge.", None),
        ("The economy grew again this year.", None),
    ],
)
def test_definite_subject(text: str, head: str | None) -> None:
    assert definite_subject(text) == head


@pytest.mark.parametrize(
    ("text", "head"),
    [
        # A thing named before, told in the passive: names after it do not say which one.
        ("The hearing was postponed until the Marlow ferry inspectors report.", "hearing"),
        ("The claim was repeated on Tuesday by Mayor Hall at the Marlow town hall.", "claim"),
        ("The compromise bill is expected to raise the toll for lorries by 2001.", "bill"),
        ("The new cables have been tested by engineers from Brent since May.", "cables"),
        # Not passive, or the subject says which one, or the sentence names the thing.
        ("The Marlow bridge was closed to heavy trucks on Monday.", None),
        ("The decision to close the bridge was made by the council on Monday.", None),
        ("The new bridge has been dubbed the Iron Lady by people in Marlow.", None),
        ("The ferry was carrying 40 cars when it lost power near Marlow.", None),
    ],
)
def test_passive_definite_subject(text: str, head: str | None) -> None:
    assert passive_definite_subject(text) == head


@pytest.mark.parametrize(
    ("text", "described"),
    [
        ("The scheme, which would cost millions, was dropped.", True),
        ("The officials, who asked not to be named, left.", True),
        ("The Marlow ferry, which sank in May, was raised.", False),
    ],
)
def test_relative_definite_subject(text: str, described: bool) -> None:
    assert bool(RELATIVE_DEFINITE_SUBJECT.match(text)) is described


def test_long_inputs_are_quick() -> None:
    """A 200 KB sentence of lower-case words and one long word stay fast (anchored)."""
    texts = ["The " + "a " * 100_000 + "was made.", "The " + "a" * 200_000 + ", which"]
    start = time.process_time()
    for text in texts:
        definite_subject(text)
        passive_definite_subject(text)
        RELATIVE_DEFINITE_SUBJECT.match(text)
    assert time.process_time() - start < 1.0
