"""The corpus' sentences indexed for the search of a claim (``claim_search``)."""

from __future__ import annotations

import pytest

from briefing.compose import claim_search
from briefing.compose.claim_search import ClaimSearch

from .conftest import articles

CLAIM = "Inspectors said the ferry topped a speed of twenty knots near the harbour wall."


def test_telling_compares_the_claim_with_sentences_sharing_a_stem_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    corpus = articles(
        CLAIM,
        "Inspectors said the ferry topped a speed of twenty knots near the harbour wall on Monday.",
        "The orchestra played Brahms at the festival. Tickets sold out within an hour.",
        entities=False,
    )
    search = ClaimSearch(corpus, lambda text: None)
    compared: list[frozenset[str]] = []
    similar = claim_search.similar_sets

    def counting(a: frozenset[str], b: frozenset[str]) -> bool:
        compared.append(b)
        return similar(a, b)

    monkeypatch.setattr(claim_search, "similar_sets", counting)
    assert search.telling(0) == [1, 2]
    # The claim's own article is its source already; neither sentence of the concert
    # review shares a stem with it: only the other report is compared.
    assert compared == [search.stems[1]]
