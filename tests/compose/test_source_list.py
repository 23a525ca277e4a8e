"""The numbered sources with their digests: taken in any order, in parts, by two
processes, the list is the same; an entry no part holds is worked out at the end."""

from __future__ import annotations

import pytest

import briefing.compose.source_list as source_list
from briefing.compose.source_list import completed, source_entries, taken_entries
from briefing.model import ComposeError, Corpus, ScoredSentence
from briefing.shares import Shares

from .conftest import articles

TEXTS = (
    "The Lindholm council voted on Tuesday to close the old ferry pier for repairs. "
    "Repairs will take six weeks, the council said. Ferries will use the north quay meanwhile.",
    "Captain Ilse Marrow said the north quay was too short for the larger ferries. "
    "She asked the council to delay the work until autumn. The council did not answer.",
    "A storm damaged the pier's eastern wall in March, harbour officials said. "
    "The wall has been closed to walkers since then. Engineers inspected it last week.",
)


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return articles(*TEXTS)


def scored(corpus: Corpus) -> list[list[ScoredSentence]]:
    """Every sentence scored, the first of each article best."""
    return [[ScoredSentence(s, 1.0 / (1 + s.index)) for s in d.sentences] for d in corpus.docs]


def test_entries_taken_from_both_ends_make_the_same_list(corpus: Corpus) -> None:
    per_article = scored(corpus)
    whole = source_entries(corpus, per_article, 2)
    assert [e.id for e in whole] == [1, 2, 3] and all(e.summary for e in whole)
    items = Shares(len(corpus.docs), shared=False)
    front = taken_entries(corpus, per_article, 2, None, [next(items.first())])
    back = taken_entries(corpus, per_article, 2, None, items.last())
    assert sorted(front) == [0] and sorted(back) == [1, 2]
    assert completed(corpus, per_article, 2, [], back, front) == whole


def test_an_entry_no_part_holds_is_worked_out(corpus: Corpus) -> None:
    per_article = scored(corpus)
    whole = source_entries(corpus, per_article, 2)
    some = taken_entries(corpus, per_article, 2, None, [2])
    assert completed(corpus, per_article, 2, [], some) == whole


def test_a_failing_digest_is_the_plain_one_and_told_once(
    corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    per_article = scored(corpus)

    def failing(*args: object) -> list[str]:
        raise IndexError("list index out of range")

    monkeypatch.setattr(source_list, "source_digest", failing)
    errors: list[ComposeError] = []
    entries = completed(corpus, per_article, 2, errors, {})
    assert [e.summary for e in entries] == [
        [s.sentence.text for s in article[:2]] for article in per_article
    ]
    assert [(e.section, e.source) for e in errors] == [
        ("sources", 1),
        ("sources", 2),
        ("sources", 3),
    ]
