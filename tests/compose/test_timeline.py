"""Timeline: date resolution, non-dates, ordering, merging across sources, sample corpus."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.analyse import analyse
from briefing.compose.timeline import build_timeline, resolve_date
from briefing.model import Corpus, Document

SAMPLE = Path(__file__).resolve().parents[2] / "sources"
THU = dt.date(2018, 6, 7)  # a Thursday


def corpus(*texts: str, date: dt.date | None = None, entities: bool = True) -> Corpus:
    docs = [
        Document(location=f"doc{i}.txt", text=t, title=f"Doc {i}", date=date)
        for i, t in enumerate(texts)
    ]
    return analyse(docs, entities=entities)


@pytest.mark.parametrize(
    ("expression", "published", "date", "resolved"),
    [
        ("June 3, 2018", None, "2018-06-03", True),
        ("3 June 2018", None, "2018-06-03", True),
        ("in 2012", None, "2012", True),
        ("at least 2010", None, "2010", True),
        ("March 2011", None, "2011-03", True),
        ("June 3rd", None, "June 3", False),
        ("June 3rd", THU, "2018-06-03", True),
        ("March of this year", None, "March of this year", False),
        ("March of this year", THU, "2018-03", True),
        ("April", THU, "2018-04", True),
        ("last June", THU, "2017-06", True),
        ("last month", None, "last month", False),
        ("last month", THU, "2018-05", True),
        ("Tuesday", THU, "2018-06-05", True),
        ("Thursday", THU, "2018-06-07", True),
        ("yesterday", THU, "2018-06-06", True),
        ("earlier this summer", THU, "2018", True),
        ("December 20", dt.date(2019, 1, 5), "2018-12-20", True),
    ],
)
def test_resolve_date(expression, published, date, resolved):
    got = resolve_date(expression, published)
    assert got is not None
    assert (got[0], got[2]) == (date, resolved)


@pytest.mark.parametrize(
    "expression", ["recent years", "every two years", "a week", "decade-old", "monthly"]
)
def test_durations_and_vague_spans_are_not_dates(expression):
    assert resolve_date(expression, THU) is None


def test_events_in_order_with_unresolved_after():
    events = build_timeline(
        corpus(
            "On June 3rd the company announced a recall of its heaters. "
            "The firm opened its first plant in 2004. The firm was founded in 1987 in Ohio."
        )
    )
    assert [e.date for e in events] == ["1987", "2004", "June 3"]
    assert [e.resolved for e in events] == [True, True, False]
    assert events[0].text == "The firm was founded in 1987 in Ohio."
    assert all(e.sources == [1] for e in events)


def test_article_date_resolves_relative_dates():
    events = build_timeline(corpus("On Tuesday the senator asked for the audit.", date=THU))
    assert [(e.date, e.resolved) for e in events] == [("2018-06-05", True)]


@pytest.mark.parametrize("entities", [True, False])
def test_numbers_that_are_not_dates(entities):
    events = build_timeline(
        corpus(
            "The company employs 2000 workers in 12 countries and sold 1,999 heaters.",
            entities=entities,
        )
    )
    assert events == []


def test_regex_fallback_finds_cued_years():
    events = build_timeline(
        corpus("The firm was founded in 1987. It listed its shares in May 2001.", entities=False)
    )
    assert [e.date for e in events] == ["1987", "2001-05"]


def test_same_event_from_two_sources_is_merged():
    events = build_timeline(
        corpus(
            "Huawei was founded in 1987 by Ren Zhengfei, a former army engineer.",
            "Huawei, founded in 1987 by Ren Zhengfei, makes phones and network gear.",
            "A different company was also set up in 1987 in Texas to sell software.",
        )
    )
    assert [(e.date, e.sources) for e in events] == [("1987", [1, 2]), ("1987", [3])]


def test_long_sentence_is_trimmed_to_the_dated_clause():
    sentence = (
        "The board met for hours and argued about the budget, the pensions, the new roof "
        "and the parking rules for the staff of the main building; the plant was sold in 2009 "
        "to a group of investors from the north of the country who wanted to expand it."
    )
    events = build_timeline(corpus(sentence))
    assert events[0].date == "2009"
    assert events[0].text.startswith("The plant was sold in 2009")
    assert len(events[0].text.split()) < len(sentence.split()) / 2


@pytest.fixture(scope="module")
def sample_timeline():
    from briefing.ingest import ingest

    docs = ingest([str(SAMPLE)]).documents
    return build_timeline(analyse(docs, entities=True))


def test_sample_corpus_timeline(sample_timeline):
    resolved = [e for e in sample_timeline if e.resolved]
    dates = [e.date for e in resolved]
    assert dates == sorted(dates)
    for year in ("1987", "2004", "2009", "2010", "2011", "2012"):
        assert year in dates
    founded = next(e for e in resolved if e.date == "1987")
    assert "founded" in founded.text and founded.sources == [1]
    june3 = [e for e in sample_timeline if e.date == "June 3"]
    assert june3 and not june3[0].resolved
    # Unresolved events come after every resolved one; no year was guessed for them.
    first_unresolved = next(i for i, e in enumerate(sample_timeline) if not e.resolved)
    assert all(not e.resolved for e in sample_timeline[first_unresolved:])
    assert all(e.sources for e in sample_timeline)


def test_a_surname_that_is_a_month_is_no_date():
    events = build_timeline(corpus("The seas stayed rough all day, said Navy Capt. Burt March."))
    assert events == []


def test_wire_dateline_is_not_part_of_the_event():
    events = build_timeline(
        corpus("CAIRO (AP) -- The plane crashed on Oct. 31, 1999, officials said.")
    )
    assert [e.date for e in events] == ["1999-10-31"]
    assert events[0].text.startswith("The plane crashed")
