"""Definite descriptions: their heads, and bare definite subjects that name nothing."""

from __future__ import annotations

import time

import pytest

from briefing.lang.definites import (
    DEFINITE_RE,
    FIGURE_DEFINITE_RE,
    FIGURE_RE,
    RELATIVE_DEFINITE_SUBJECT,
    SAYS_WHICH_RE,
    VERB_OR_NOUN_PREPOSITION_RE,
    definite_subject,
    head_of,
    looks_plural,
    passive_definite_subject,
    plural_of,
)


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("The virus wipes the memory of office laptops.", "virus"),
        ("The viruses, believed to come from abroad, erase the disk.", "viruses"),
        ("The new rules will replace the permit system.", "rules"),
        ("The rate of crime fell again this year.", None),
        ("The treaty, known as the harbour convention, sets the rules.", None),
        ("The Marlow council voted to close the bridge.", None),
        ("The economy grew again this year.", None),
        # a negated auxiliary is the verb after the subject
        ("The partnership hasn't been easy, the club says.", "partnership"),
        ("The ferries didn’t sail on Monday.", "ferries"),
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
        ("The compromise bill is intended to raise the toll for lorries by 2001.", "bill"),
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
        ("The officials, who gave no names, left.", True),
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


@pytest.mark.parametrize(
    ("words", "head"),
    [
        ("river could be", "river"),
        ("tribal appeals court", "court"),
        ("tribe decided to", "tribe"),
        ("village level since", "level"),
        ("poorest county in", None),  # a superlative says which
        ("first of", None),
        ("year", None),
        ("most important", None),
        ("law", None),  # the law of the land
        ("law of the", None),
        ("new law will", "law"),  # one particular law
        ("old tribal court", "court"),
        ("new", None),
        ("tobacco rule", "rule"),
        ("decision dealt a", "decision"),  # an irregular past form is the verb
        ("choice isn", "choice"),  # "The choice isn't ..."
        ("bank doesn", "bank"),
        ("entire course with", "course"),  # a noun in sumy's stop list ("of course")
        ("pest control is", "control"),  # "pest" is no superlative
        ("protest march", "march"),
        ("largest pest", None),
        ("rally matched the", "rally"),  # a noun ending in "-ly"
        ("family", "family"),
        ("family feud over", "feud"),
        ("partly", None),  # an adverb
        ("new state supply", "state"),  # a full window's last word may name a noun past it
    ],
)
def test_head_of(words: str, head: str | None) -> None:
    assert head_of(words.split()) == head


def test_plurals() -> None:
    assert [plural_of(w) for w in ("tribe", "virus", "county", "day")] == [
        "tribes",
        "viruses",
        "counties",
        "days",
    ]
    assert looks_plural("tribes") and not looks_plural("virus") and not looks_plural("class")


@pytest.mark.parametrize(
    ("after", "says"),
    [
        (" of the Marlow ferry", True),
        (" in Marlow", True),
        (" in the Marlow Hills", True),
        (" in the hills", False),
        (" that runs past the mill", True),
        (", the Marl, runs", True),
        (', "The Marl Survey," finds', True),
        (" to declare a moratorium", True),
        (" could be clean in four years", False),
        (", which runs past the mill", False),
        (" is a world apart", False),
        (" has been dubbed Skylark because", True),
        (" was called Skylark", True),
        (" was spreading fast", False),
    ],
)
def test_words_after_the_head_that_say_which(after: str, says: bool) -> None:
    assert bool(SAYS_WHICH_RE.match(after)) is says


def test_a_description_right_after_another_is_found() -> None:
    # "The council approved the levy": the first description's words do not hide "the levy".
    found = [m.group(1) for m in DEFINITE_RE.finditer("The council approved the levy today.")]
    assert found == [" council approved the", " levy today"]


def test_descriptions_in_long_text_are_found_in_linear_time() -> None:
    sentence = "the river " * 20_000 + "and " + "Capital " * 40_000 + "the " + "a" * 200_000
    start = time.process_time()
    found = sum(1 for _ in DEFINITE_RE.finditer(sentence))
    assert found >= 10_000
    assert time.process_time() - start < 2.0


@pytest.mark.parametrize(
    ("after", "parse_decides"),
    [(" with dangerous chemicals", True), (" to the school", True), (" of the lake", False)],
)
def test_prepositions_that_may_belong_to_the_verb(after: str, parse_decides: bool) -> None:
    assert SAYS_WHICH_RE.match(after)
    assert bool(VERB_OR_NOUN_PREPOSITION_RE.match(after)) is parse_decides


def test_a_figure_description_gives_its_figure_as_a_statement_gives_one() -> None:
    """``told_words`` keys a statement's figures by ``FIGURE_RE``: the figure a description
    gives ("the $2 million grant") is one such figure whole."""
    for text, figure in [("the $2 million grant", "$2 million"), ("The 3,000 units", "3,000")]:
        m = FIGURE_DEFINITE_RE.search(text)
        assert m is not None and m.group(1) == figure
        assert FIGURE_RE.fullmatch(figure)
