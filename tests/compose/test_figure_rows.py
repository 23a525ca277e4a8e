"""An article's figures as plain rows: the same figures back from JSON, fresh per caller,
and stored rows checked field by field."""

from __future__ import annotations

import dataclasses
import json
import math
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analyse import analyse
from briefing.compose import article_memo, substrings
from briefing.compose.figure_reading import article_figures
from briefing.compose.figure_rows import (
    NAMED_NOUNS,
    FigureRow,
    borne_out,
    decode_rows,
    encode_rows,
    figure,
    means,
    row,
    told_as,
)
from briefing.compose.figure_spans import WEIGHT_OF
from briefing.compose.memo import BadValue
from briefing.lang.figures import figure_value
from briefing.model import Document, Sentence

# An invented article: a count with its noun, a weight, and a duration with no upper bound.
TEXT = (
    "The storm killed 41 people in Varna province on Monday. "
    "Officers found 800 kilograms of cocaine aboard the ship. "
    "The drought will last at least a year, the minister said."
)


TOWNS = [
    f"{a}{b}"
    for a in ("Tarv", "Orl", "Kesn", "Marv", "Dunv", "Pell")
    for b in ("ina", "ova", "eth", "ard", "ick")
]


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


def test_an_articles_places_are_written_once_not_in_every_row() -> None:
    # Every row held the article's places: an article naming many places in many figures
    # wrote (and read back) the square of its places.
    text = " ".join(
        f"The flood closed {n} roads in {town}."
        for n, town in zip(range(11, 41), TOWNS, strict=False)
    )
    a = analyse([Document(location="c.txt", text=text, title="C")], entities=True).docs[0]
    article_memo.forget()
    rows = tuple(row(f, a.sentences) for f in article_figures(a))
    places = rows[0].article_places
    assert len(rows) >= 10 and len(places) >= 10
    written = json.dumps(encode_rows(rows))
    # in its set, and in its own row's places and context
    assert all(written.count(f'"{p}"') <= 3 for p in places)
    stored = decode_rows(json.loads(written))
    assert stored == rows and all(r.article_places is stored[0].article_places for r in stored)


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
        [[[]], [[0]]],
        [
            [[]],
            [[0, "41", "", "people", "person", [], [], "", "41", "", None, 0, "", "", None, [], 0]],
        ],
        [
            [[]],
            [[-1, 41, "", "people", "person", [], [], "", "41", "", None, 0, "", "", None, [], 0]],
        ],
        [
            [[]],
            [[0, 41, "", "people", "person", [1], [], "", "41", "", None, 0, "", "", None, [], 0]],
        ],
        [
            [[]],
            [[0, 41, "", "people", "person", [], [], "", "41", "", "May", 0, "", "", None, [], 0]],
        ],
        [
            [[]],
            [[0, 41, "", "people", "person", [], [], "", "41", "", None, 0, "", "", [1], [], 0]],
        ],
        # the article's places: a set of strings, and a row's position in them
        [
            [[1]],
            [[0, 41, "", "people", "person", [], [], "", "41", "", None, 0, "", "", None, [], 0]],
        ],
        [
            [[]],
            [[0, 41, "", "people", "person", [], [], "", "41", "", None, 0, "", "", None, [], 1]],
        ],
        [
            [[]],
            [[0, 41, "", "people", "person", [], [], "", "41", "", None, 0, "", "", None, [], []]],
        ],
        [
            [],
            [[0, 41, "", "people", "person", [], [], "", "41", "", None, 0, "", "", None, [], []]],
        ],
        [
            [[]],
            [[0, 41, "", "people", "person", [], [], "", "41", "", None, 0, "", "", None, [], 0]],
            3,
        ],
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


def _old_borne_out(rows, sentences) -> bool:
    """``borne_out`` as it was before the article was searched once for all rows' words
    (one search per row and word): the reference the property test holds it to."""
    seen = set()
    article = " ".join(s.text for s in sentences).lower() if rows else ""
    for r in rows:
        if not 0 <= r.sentence < len(sentences):
            return False
        text = sentences[r.sentence].text
        if text[r.at : r.at + len(r.text)] != r.text or not means(r, text[: r.at]):
            return False
        lowered = text.lower()
        nouns = [r.noun] + [r.counted] * r.counted.startswith(WEIGHT_OF)
        stand = (
            r.window in text
            and all(
                n in NAMED_NOUNS
                or all(w.lower() in lowered for w in n.removeprefix(WEIGHT_OF).split())
                for n in nouns
            )
            and (not r.period or any(w in lowered for w in told_as(r.period)))
            and all(w.lower() in article for w in r.about.split())
            and all(w in article for w in r.places | r.article_places)
        )
        if not stand or (r.sentence, r.at, r.text) in seen:
            return False
        seen.add((r.sentence, r.at, r.text))
    return True


# Invented words, so that made-up rows are now borne out, now not, for every reason.
_WORDS = ["Only", "only", "40", "1,200", "killed", "people", "in", "Tarvin", "tarvin", "HIV",
          "a", "year", "annually", "kilograms", "of", "heroin", "at", "least", "3"]  # fmt: skip


def _mostly(draw, good: list, bad: list):
    """One of ``good`` 29 times in 30, else one of ``bad``."""
    return draw(st.sampled_from(good if draw(st.integers(0, 29)) else bad))


@st.composite
def _rows_and_sentences(draw):
    words = st.lists(st.sampled_from(_WORDS), max_size=5)
    number = st.sampled_from(["40", "1,200", "3", "40,"])
    only = st.sampled_from([[], ["only"], ["Only"]])  # "only 40" is shown with its "only"
    texts = draw(st.lists(st.tuples(words, only, number, words), min_size=1, max_size=4))
    texts = [[*before, *o, n, *after] for before, o, n, after in texts]  # a count in each
    sentences = [
        Sentence(doc=0, index=i, paragraph=0, text=" ".join(ws), start=0, end=0)
        for i, ws in enumerate(texts)
    ]
    lowered = sorted({w.lower() for ws in texts for w in ws})  # the article's words
    rows = []
    for _ in range(draw(st.integers(0, 4))):
        at_sentence = _mostly(draw, list(range(len(texts))), [-1, len(texts)])
        ws = texts[at_sentence] if 0 <= at_sentence < len(texts) else ["40"]
        numbers = [i for i, w in enumerate(ws) if w[0].isdigit()]
        k = _mostly(draw, numbers or [0], list(range(len(ws))))
        at = len(" ".join(ws[:k])) + (k > 0) + _mostly(draw, [0], [1, 99])
        shown = _mostly(draw, [ws[k]], ["40", "", ws[k] + " a", " ".join(ws[k : k + 2])])
        told = "only " + shown if k and ws[k - 1].lower() == "only" else shown
        value, qualifier = figure_value(_mostly(draw, [told], [shown, "only " + shown]))
        text = " ".join(ws)
        heard = [w.lower() for w in ws if w.lower() in ("year", "annually")]  # a period told
        rows.append(
            FigureRow(
                at_sentence,
                value if value is not None else 40.0,
                qualifier,
                _mostly(draw, [*ws, "duration"], ["ki people", "heroin"]),
                _mostly(draw, ["person", f"weight of {ws[0]}"], ["weight of tin"]),
                frozenset(),
                frozenset(),
                "",
                shown,
                _mostly(draw, ["", text[at : at + draw(st.integers(0, 12))]], ["killed 40"]),
                None,
                at,
                _mostly(draw, ["", *(["year"] if heard else [])], ["year", "month"]),
                _mostly(draw, ["", *lowered], ["HIV", "tar vin", "Malaria"]),
                None,
                frozenset(_mostly(draw, ["", *lowered], ["Tarvin", "arv"]) for _ in range(2)),
                frozenset(_mostly(draw, lowered, ["dunmore", "Tarvin"]) for _ in range(2)),
            )
        )
    if rows and draw(st.booleans()):
        rows.append(rows[0])  # a copied row
    return tuple(rows), sentences


@pytest.mark.parametrize("direct", [0, substrings.DIRECT_SEARCHES])  # the automaton, or not
@settings(max_examples=500, deadline=None)
@given(_rows_and_sentences())
def test_rows_are_borne_out_as_by_one_search_per_word(direct: int, made) -> None:
    rows, sentences = made
    old = substrings.DIRECT_SEARCHES
    substrings.DIRECT_SEARCHES = direct
    try:
        assert borne_out(rows, sentences) == _old_borne_out(rows, sentences)
    finally:
        substrings.DIRECT_SEARCHES = old


def test_the_rows_of_an_article_naming_many_places_are_checked_in_linear_time() -> None:
    # 2,000 sentences, each naming a place of its own; every row holds the article's
    # places: one search of the article per row and place took minutes (the growth at
    # each size: benchmarks/figure_scaling.py).
    places = [f"tarvin{i:04d}" for i in range(2000)]
    a = adoc()
    (first, *_) = [r for r in (row(f, a.sentences) for f in article_figures(a)) if r.noun]
    told = a.sentences[first.sentence].text
    sentences = [dataclasses.replace(a.sentences[first.sentence], text=f"{told} {p}")
                 for p in places]  # fmt: skip
    named = frozenset(places)
    rows = tuple(first._replace(sentence=i, places=frozenset({p}), article_places=named)
                 for i, p in enumerate(places))  # fmt: skip
    start = time.process_time()
    assert borne_out(rows, sentences)
    assert time.process_time() - start < 2
