"""The years each sentence of an article writes, remembered per article."""

from __future__ import annotations

import pytest

from briefing.compose import article_memo, written_years
from briefing.compose.memo import BadValue
from briefing.compose.written_years import sentence_years

from .conftest import articles

TEXT = (
    "The Tolvane quarry opened in 1961 and closed in 1998. "
    "Residents marched against the dust for years. "
    "The council voted in 2004 to turn it into a park."
)


def test_the_years_of_each_sentence_that_writes_one() -> None:
    article_memo.forget()
    adoc = articles(TEXT).docs[0]
    assert written_years.written_years(adoc) == {
        0: frozenset({"1961", "1998"}),
        2: frozenset({"2004"}),
    }
    assert all(
        written_years.written_years(adoc).get(s.index, frozenset()) == sentence_years(s.text)
        for s in adoc.sentences
    )


def test_stored_years_are_taken_by_a_later_build() -> None:
    adoc = articles(TEXT).docs[0]
    found = written_years.written_years(adoc)
    (rows,) = [a["written_years"] for a in article_memo.export([adoc.document.text])]
    article_memo.forget()
    stored = article_memo.decode_answers(
        {"written_years": rows}, adoc.document.text, len(adoc.sentences)
    )
    article_memo.load(stored)
    assert written_years.written_years(adoc) == found


@pytest.mark.parametrize(
    "data",
    [
        "not a list",
        [[0]],  # cut short
        [[0, []]],  # a sentence writing no year is left out
        [["0", ["1998"]]],
        [[0, ["nineteen"]]],  # no year
        [[0, [1998]]],
        [[0, ["1998"]], [0, ["1961"]]],  # one sentence twice
    ],
)
def test_stored_years_of_another_shape_are_refused(data: object) -> None:
    with pytest.raises(BadValue):
        written_years._decode(data)


@pytest.mark.parametrize(
    "value",
    [
        [[9, ["1998"]]],  # a sentence the article lacks
        [[0, ["1975"]]],  # a year the article does not write
    ],
)
def test_stored_years_that_do_not_fit_the_article_are_refused(value: object) -> None:
    adoc = articles(TEXT).docs[0]
    with pytest.raises(BadValue):
        article_memo.decode_answers(
            {"written_years": [[[], value]]}, adoc.document.text, len(adoc.sentences)
        )
