"""Long ago: history years before the article, told in the past tense, is no news."""

from __future__ import annotations

import datetime as dt

from briefing.compose.long_ago import told_long_ago
from briefing.model import AnalysedDocument, Sentence

from .conftest import sentence_starting as _sentence
from .conftest import titled_article

REPORT = (
    "VELMOR -- The harbour board voted on Tuesday to close the old ferry pier. "
    "In 1963, three shipping lines signed leases on the pier. "
    "Forty years ago the river flooded the quay and closed it for a decade. "
    "When Ana Hale first ran for mayor way back in 1960, the town had no ferry. "
    "In 1989, the harbour had 40 berths. "
    "Velmor leads the coast in freight, and in 1990 it shipped 4,000 tons. "
    "The pier was built in 1921, board members said Tuesday. "
    "The board met in 2003 to review the lease. "
    "Hale was convicted of the 1974 robbery of the harbour office. "
    "Two years ago the board raised the fees."
)


def _article(date: dt.date | None = dt.date(2005, 3, 1)) -> AnalysedDocument:
    return titled_article(REPORT, "Board closes pier", date)


def test_what_happened_years_before_the_article_is_told_long_ago() -> None:
    adoc = _article()
    for start in ("In 1963", "Forty years ago", "When Ana Hale", "In 1989"):
        assert told_long_ago(adoc, _sentence(adoc, start)), start


def test_news_a_present_tense_a_teller_a_recent_year_or_a_named_thing_is_not() -> None:
    adoc = _article()
    for start in ("VELMOR", "Velmor", "The pier was", "The board met", "Hale was", "Two years"):
        assert not told_long_ago(adoc, _sentence(adoc, start)), start


def test_an_undated_article_tells_nothing_long_ago() -> None:
    adoc = _article(date=None)
    assert not told_long_ago(adoc, _sentence(adoc, "In 1963"))


def test_a_span_rooted_in_a_clause_of_when_has_no_main_verb_and_is_not_long_ago() -> None:
    """A sentence split inside another (its root a clause of when, no main verb) says
    nothing of its tense; it once raised IndexError and failed the whole build."""
    adoc = _article()
    whole = _sentence(adoc, "When Ana Hale")
    clause = "When Ana Hale first ran for mayor way back in 1960"
    part = Sentence(
        doc=whole.doc,
        index=whole.index,
        paragraph=whole.paragraph,
        text=clause,
        start=whole.start,
        end=whole.start + len(clause),
    )
    assert adoc.parse.char_span(part.start, part.end).root.dep_ == "advcl"
    assert not told_long_ago(adoc, part)
