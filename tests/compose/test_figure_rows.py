"""An article's figures as plain rows: the same figures back from JSON, fresh per caller,
and stored rows checked field by field."""

from __future__ import annotations

import json
import math

import pytest

from briefing.analyse import analyse
from briefing.compose import article_memo
from briefing.compose.figure_reading import article_figures
from briefing.compose.figure_rows import borne_out, decode_rows, encode_rows, figure, row
from briefing.compose.memo import BadValue
from briefing.model import Document

# An invented article: a count with its noun, a weight, and a duration with no upper bound.
TEXT = (
    "The storm killed 41 people in Varna province on Monday. "
    "Officers found 800 kilograms of cocaine aboard the ship. "
    "The drought will last at least a year, the minister said."
)


def adoc():
    return analyse([Document(location="a.txt", text=TEXT, title="A")], entities=True).docs[0]


def test_figures_come_back_the_same_from_json() -> None:
    a = adoc()
    article_memo.forget()
    figures = article_figures(a)
    assert any(f.span and f.span[1] == math.inf for f in figures)  # JSON has no infinity
    rows = tuple(row(f, a.sentences) for f in figures)
    stored = decode_rows(json.loads(json.dumps(encode_rows(rows), allow_nan=False)))
    assert stored == rows
    assert [figure(r, a.sentences) for r in stored] == figures


def test_each_caller_gets_its_own_figures_read_once() -> None:
    a = adoc()
    article_memo.forget()
    first = article_figures(a)
    first[0].context.add("changed")
    first[0].value = -1
    again = article_figures(a)
    assert "changed" not in again[0].context and again[0].value != -1
    assert again[0].sentence is a.sentences[again[0].sentence.index]
    assert len(article_memo.ARTICLE_MEMOS["article_figures"].values) == 1


def test_a_stored_row_for_no_sentence_is_read_again() -> None:
    a = adoc()
    article_memo.forget()
    want = article_figures(a)
    memo = article_memo.ARTICLE_MEMOS["article_figures"]
    [key] = memo.values
    memo.values[key] = tuple(r._replace(sentence=99) for r in memo.values[key])
    assert article_figures(a) == want


@pytest.mark.parametrize(
    "tamper",
    [
        lambda rows: rows * 50,  # copied rows: the figure comparison is quadratic in them
        lambda rows: tuple(r._replace(text="1,700", value=1700.0) for r in rows),
        lambda rows: tuple(r._replace(at=r.at + 3) for r in rows),
        lambda rows: tuple(r._replace(value=math.nan) for r in rows),
        # a real text with another value, qualifier or span: a figure no article gives
        lambda rows: tuple(r._replace(value=r.value * 10) for r in rows),
        lambda rows: tuple(r._replace(qualifier="at least") for r in rows),
        lambda rows: tuple(r._replace(span=(1.0, 2.0), value=1.5) if r.span else r for r in rows),
        # ... or another noun, window, period, condition or place: a heading no article gives
        lambda rows: tuple(r._replace(noun="children") for r in rows),
        lambda rows: tuple(r._replace(counted="weight of heroin") for r in rows),
        lambda rows: tuple(r._replace(window="killed 41 soldiers") for r in rows),
        lambda rows: tuple(r._replace(period="month") for r in rows),
        lambda rows: tuple(r._replace(about="cholera") for r in rows),
        lambda rows: tuple(r._replace(places=frozenset({"ostrava"})) for r in rows),
    ],
)
def test_a_stored_row_the_article_does_not_bear_out_is_read_again(tamper) -> None:
    a = adoc()
    article_memo.forget()
    want = article_figures(a)
    memo = article_memo.ARTICLE_MEMOS["article_figures"]
    [key] = memo.values
    memo.values[key] = tamper(memo.values[key])
    assert article_figures(a) == want


@pytest.mark.parametrize(
    "data",
    [
        {},
        [[0]],
        [[0, "41", "", "people", "person", [], [], "", "41", "", None, 0, "", "", None, [], []]],
        [[-1, 41, "", "people", "person", [], [], "", "41", "", None, 0, "", "", None, [], []]],
        [[0, 41, "", "people", "person", [1], [], "", "41", "", None, 0, "", "", None, [], []]],
        [[0, 41, "", "people", "person", [], [], "", "41", "", "May", 0, "", "", None, [], []]],
        [[0, 41, "", "people", "person", [], [], "", "41", "", None, 0, "", "", [1], [], []]],
    ],
)
def test_a_row_not_written_by_encode_is_refused(data: object) -> None:
    with pytest.raises(BadValue):
        decode_rows(data)


def test_the_rows_an_article_gives_are_borne_out() -> None:
    # An invented article: "only" before a count, a range of counts, a rate by an adverb.
    text = (
        "Only 40 of the barges were ever built. "
        "Between 1.5 million and 2 million Tarvinians live with malaria. "
        "The fever kills 30,000 people annually in Dunmore, officials said."
    )
    a = analyse([Document(location="b.txt", text=text, title="B")], entities=True).docs[0]
    article_memo.forget()
    rows = tuple(row(f, a.sentences) for f in article_figures(a))
    assert len(rows) >= 2 and borne_out(rows, a.sentences)
