"""The same fact told in another source's own sentence: the same distinctive figure of the
same thing, or the same year dating the same event with its particular words."""

from __future__ import annotations

import pytest

from briefing.compose.corroboration import Corroboration
from briefing.compose.events import EventIndex
from briefing.compose.same_fact import SameFact, _counted
from briefing.model import Corpus

from .conftest import articles

# An invented story: a river town, its council, its mills and a levy.
FILLER = [f"Unrelated item {w} was about the gardens and the weather." for w in "abcd"]


def corpus(*texts: str) -> Corpus:
    return articles(*texts, date=None)


def telling(statement: str, other: str) -> set[int]:
    """The other sources ``SameFact`` finds telling the first article's first sentence."""
    found = corpus(statement, f"{FILLER[0]} {other}", *FILLER[1:])
    test = SameFact(Corroboration(found.sentences()), EventIndex(found))
    return test.sources(found.docs[0].sentences[0])


ARREARS = (
    "A survey by the Orsk housing office counted 1.9 million households in arrears "
    "on their rent, up from the winter before, the office said."
)


@pytest.mark.parametrize(
    ("other", "tells"),
    [
        # the figure and what it counts, in a sentence of other words
        ("Some 1.9 million households are behind on their rent in Orsk.", True),
        # the same figure of another thing
        ("The Orsk mills shipped 1.9 million tonnes of grain to the rent markets.", False),
        # the same thing, the other way round
        ("No 1.9 million households were ever behind on their rent in Orsk.", False),
    ],
)
def test_a_distinctive_figure_of_the_same_thing_tells_the_fact(other: str, tells: bool) -> None:
    assert telling(ARREARS, other) == ({2} if tells else set())


def test_a_figure_after_a_name_or_a_rate_base_is_no_count() -> None:
    assert _counted("Flight 990 fell, and 566 assaults per 100,000 residents were told.") == {
        "566": frozenset({"assault"})
    }


def test_digits_whose_commas_group_no_thousands_are_no_count() -> None:
    # "1,2,3" lists three numbers: read as 123 it matched another sentence's 123.
    assert _counted("Gates 1,2,3 closed, and 2,400 ferries waited.") == {
        "2400": frozenset({"ferri", "wait"})
    }


REPEAL = "The Orsk council repealed the river levy in 1998 after a long dispute with the mills."


@pytest.mark.parametrize(
    ("statement", "other", "tells"),
    [
        # the year dates the event, told with its particular words in other words
        (REPEAL, "Mill owners still recall the council's 1998 repeal of the river levy.", True),
        # a ruling told with other words, "cannot" a negation like "could not"
        (
            "In a 1987 ruling, the Mendel Supreme Court held that the state could not tax "
            "the river mills.",
            "The state cannot tax the river mills under a 1987 Mendel Supreme Court ruling.",
            True,
        ),
        # the year of another event of the same words
        (REPEAL, "The council raised the river levy in 2001, angering the mill owners.", False),
        # the year dates a clause of background, not the statement's event
        (
            "The Orsk mills hired 300 new weavers since the council repealed the river levy "
            "in 1998.",
            "In 1998 the Orsk council repealed the river levy.",
            False,
        ),
    ],
)
def test_the_same_year_dating_the_event_with_its_particular_words_tells_the_fact(
    statement: str, other: str, tells: bool
) -> None:
    assert telling(statement, other) == ({2} if tells else set())
