"""Rounded counts: "more than 80" and "84" of the same thing are one count."""

from __future__ import annotations

import time

import pytest

from briefing.compose import article_memo
from briefing.compose.memo import BadValue
from briefing.compose.rough_counts import allows, article_counts, counts, one_count

from .conftest import articles

FREED = "More than 80 prisoners have been freed from the Calder jail since the reform."


@pytest.mark.parametrize(
    ("other", "same"),
    [
        ("Since the reform, 84 prisoners were freed from the Calder jail.", True),
        ("Since the reform, 84 convicts were freed from the Calder jail.", True),  # 2 words
        ("Since the reform, 79 prisoners were freed from the Calder jail.", False),  # below
        ("Since the reform, 97 prisoners were freed from the Calder jail.", False),  # too far
        ("Since the reform, 90 prisoners were freed from the Calder jail.", False),  # round
        ("Since the reform, 84 guards were hired at the Ostrander mill.", False),  # other thing
        ("Since the reform, about 84 prisoners were freed from the Calder jail.", False),
    ],
)
def test_a_rounded_count_allows_the_exact_counts_near_it_of_the_same_thing(
    other: str, same: bool
) -> None:
    assert one_count(counts(FREED), counts(other)) is same
    assert one_count(counts(other), counts(FREED)) is same  # either way round


@pytest.mark.parametrize(
    ("rough", "exact", "same"),
    [
        ("nearly 600 farm cottages stand empty", "588 farm cottages stand empty", True),
        ("nearly 600 farm cottages stand empty", "604 farm cottages stand empty", False),
        ("about 700 mill jobs were cut", "712 mill jobs were cut", True),
        ("about 700 mill jobs were cut", "688 mill jobs were cut", True),
        ("about 700 mill jobs were cut", "752 mill jobs were cut", False),
        ("at least 60 dancers died in the hall fire", "65 dancers died in the hall fire", True),
    ],
)
def test_each_approximation_allows_its_own_side(rough: str, exact: str, same: bool) -> None:
    assert any(allows(a, b) for a in counts(rough) for b in counts(exact)) is same


def test_years_days_money_shares_and_small_counts_are_no_counts() -> None:
    text = "On May 28, 1999 about 12.5 percent, $300, 45 percent, 30-year-old, 10:30 and 12 men."
    assert counts(text) == []
    assert counts("more than 37 million members joined") == [
        (37_000_000, "more than", frozenset({"member", "join"}))
    ]


def test_every_rounding_qualifier_of_the_table_is_read_and_only_is_exact() -> None:
    rough = counts("as many as 700 mill workers were laid off")
    assert rough == [(700, "as many as", frozenset({"mill", "worker", "laid"}))]
    assert one_count(rough, counts("672 mill workers were laid off"))
    assert counts("only 84 prisoners were freed")[0][1] == ""


def test_time_and_people_say_too_little_of_what_is_counted() -> None:
    # "years" and "people" in common: two different counts
    assert not one_count(counts("nearly 20 years for people"), counts("19 years for people"))


def test_counts_are_quick_on_huge_input() -> None:
    start = time.process_time()
    for text in ("1" * 200_000, "more than " * 20_000, "about 84 " * 25_000, "word " * 40_000):
        counts(text)
    assert time.process_time() - start < 2.0


def test_an_article_s_counts_are_its_sentences_and_read_back_as_stored() -> None:
    article_memo.forget()
    (adoc,) = articles(f"The Calder jail opened in May. {FREED} About 300 guards work there.").docs
    found = article_counts(adoc)
    assert found == {s.index: counts(s.text) for s in adoc.sentences if counts(s.text)}
    assert sorted(found) == [1, 2]
    memo = article_memo.ARTICLE_MEMOS["article_counts"]
    assert memo.decode(memo.encode(found)) == found
    with pytest.raises(BadValue):  # a qualifier ``counts`` never gives
        memo.decode([[1, 80, "roughly speaking", ["prison"]]])
    with pytest.raises(BadValue):
        memo.decode([[1, "80", "", []]])


def test_stored_counts_of_a_sentence_the_article_lacks_are_skipped() -> None:
    # A memo value put in place past the checks (keys_fit refuses a stored one): the
    # citations' rounding test must not index the article's sentences past its last.
    from briefing.compose.citing import Citations
    from briefing.compose.corroboration import Corroboration
    from briefing.compose.events import EventIndex
    from briefing.compose.near_duplicates import SupportIndex

    article_memo.forget()
    text = f"The Calder jail opened in May. {FREED}"
    found = articles(text)
    sentences = list(found.sentences())
    memo = article_memo.ARTICLE_MEMOS["article_counts"]
    memo.values[(text,)] = {1: counts(FREED), 50: [(300, "", frozenset({"guard"}))]}
    cites = Citations(SupportIndex(sentences), Corroboration(sentences), EventIndex(found))
    assert [(s.index, c) for s, c in cites._count_index()] == [(1, counts(FREED))]
    article_memo.forget()
