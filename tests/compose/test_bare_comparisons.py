"""Bare comparisons: more or less so than a thing the sentence does not name."""

from __future__ import annotations

from briefing.compose.bare_comparisons import bare_comparison

from .conftest import articles
from .conftest import sentence_starting as _sentence

ARTICLE = (
    "The Marlow council unveiled a harbour plan on Monday. "
    "The county's plan was considerably less costly. "
    "The ferry became more expensive after the levy. "
    "The new levy is cheaper than the old toll on ferries. "
    "The council took the larger of the two loans from the bank. "
    "More than 40 boats were damaged in the storm last week. "
    "The closure was all the more costly for its timing. "
    "The mayor could not have been happier with the levy. "
    "Marlow has a bigger harbour than Eastport. "
    "Young sailors may be more likely to use the new ferry."
)


def test_a_comparative_the_main_verb_says_with_no_than_leans() -> None:
    (adoc,) = articles(ARTICLE).docs
    assert bare_comparison(adoc, _sentence(adoc, "The county's plan")) == "costly"
    assert bare_comparison(adoc, _sentence(adoc, "The ferry became")) == "expensive"


def test_a_comparison_that_names_its_other_side_or_is_no_comparison_does_not() -> None:
    (adoc,) = articles(ARTICLE).docs
    for start in (
        "The Marlow council",
        "The new levy is cheaper than",  # "than" says with what
        "The council took the larger",  # a noun's word
        "More than 40 boats",  # a quantity
        "The closure was all the more",  # "the more ... for": why
        "The mayor could not",  # denied: as clear as can be
        "Marlow has a bigger",
        "Young sailors",  # what a kind does, as against others
    ):
        assert bare_comparison(adoc, _sentence(adoc, start)) is None, start
