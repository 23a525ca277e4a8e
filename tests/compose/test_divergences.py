"""Where sources differ: conflicting figures, disputed terms, never single-source lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.analyse import analyse
from briefing.compose.disputes import find_disputes
from briefing.compose.divergences import find_divergences
from briefing.model import Corpus

from .conftest import articles

SAMPLE = Path(__file__).resolve().parents[2] / "sources"


def corpus(*texts: str, entities: bool = True) -> Corpus:
    return articles(*texts, date=None, entities=entities)


def test_disputed_term_against_sources_that_use_it():
    found = find_divergences(
        corpus(
            "A spokesman disputed the notion that the deal was a “data-sharing” partnership.",
            "Critics said the data-sharing partnership put millions of users at risk.",
            "The phone maker sells handsets in forty countries.",
        )
    )
    chars = [d for d in found if d.kind == "characterisation"]
    assert len(chars) == 1
    assert chars[0].claims[0].sources == [1]
    assert chars[0].claims[1].sources == [2]
    assert "data-sharing" in chars[0].topic


def test_disputed_term_nobody_else_uses_is_not_a_divergence():
    found = find_divergences(
        corpus(
            "A spokesman rejected the “surveillance” label.",
            "Critics said the partnership put millions of users at risk.",
        )
    )
    assert [d for d in found if d.kind == "characterisation"] == []


def test_calling_something_the_term_is_no_dispute_of_it():
    found = find_divergences(
        corpus(
            "The mayor dismissed the quarry expansion as “harmful” to the valley.",
            "The planner said the new quarries were “harmful” to the valley.",
        )
    )
    assert [d for d in found if d.kind == "characterisation"] == []


def test_single_source_statements_are_no_divergence():
    # A statement only one source makes ("Acme shipped 4,000 units") carries the † mark in
    # the summary; the divergence finders never list it.
    found = find_divergences(corpus("Acme shipped 4,000 units to Brazil.", "Acme sold heaters."))
    assert [d for d in found if d.kind == "single-source"] == []


@pytest.fixture(scope="module")
def sample_divergences():
    from briefing.ingest import ingest

    docs = ingest([str(SAMPLE)]).documents
    return find_divergences(analyse(docs, entities=True))


def test_sample_corpus_divergences(sample_divergences):
    found = [d for d in sample_divergences if d.kind == "figure"]
    texts = [" ".join(c.text for c in d.claims) for d in found]
    assert any("four Chinese" in t and "at least three Chinese" in t for t in texts)
    # "up to 87 million" and "more than 80 million" both hold of 85 million: no disagreement
    assert not any("87 million" in t and "80 million" in t for t in texts)
    # Sixty partners everywhere is agreement, not a divergence.
    assert not any("60" in d.topic for d in found)
    chars = [d for d in sample_divergences if d.kind == "characterisation"]
    assert chars and "data-sharing" in chars[0].topic


def test_a_claim_carries_every_source_telling_it_by_the_summarys_dagger_test():
    found = find_divergences(
        corpus(
            "A spokesman disputed the notion that the deal was a “data-sharing” partnership.",
            "Critics said the data-sharing partnership put millions of Ruritanian users at risk.",
            "Millions of Ruritanian users were put at risk by the data-sharing partnership, "
            "critics warned.",
            "The phone maker sells handsets in forty countries.",
            "The phone maker opened a plant in Brno last year.",
        )
    )
    (told,) = [d for d in found if d.kind == "characterisation"]
    disputing, example = told.claims
    # Source 3 tells the example in other words: no † there, as in the summary. The
    # disputing claim is the other side, never a source telling the example.
    assert (example.sources, example.reported_by, example.single_source) == ([2], [2, 3], False)
    assert (disputing.reported_by, disputing.single_source) == ([1], True)


def test_a_wire_copy_of_the_disputing_sentence_is_no_user_of_the_term():
    copy = "Critics dispute that the scheme is a “fair deal” for farmers in Velna."
    found = [d for d in find_divergences(corpus(copy, copy)) if d.kind == "characterisation"]
    assert found == []


def test_a_quoted_term_after_the_disputed_words_is_the_disputers_own():
    found = find_divergences(
        corpus(
            "The minister denied the report, calling it a “smear” by his rivals.",
            "Rivals of the minister called the campaign a smear against them.",
        )
    )
    assert found == []


def test_another_partys_it_did_not_is_listed_with_the_claim():
    claim = "Inspectors had said last week that the ferry may have topped a speed of ten knots."
    denial = "But Brandt said Wednesday the logs show the ferry never reached such speeds."
    found = find_divergences(corpus(f"{claim} {denial}"))
    assert [[c.text for c in d.claims] for d in found] == [[claim, denial]]
    assert found[0].kind == "dispute"


def test_the_term_index_holds_the_words_of_the_disputed_terms_only():
    from briefing.compose.divergences import _TermIndex

    found = corpus(
        "A spokesman disputed the notion that the deal was a “data-sharing” partnership.",
        "Critics said the data-sharing partnership put millions of users at risk.",
        entities=False,
    )
    index = _TermIndex(found, frozenset({"data-sharing"}))
    assert set(index.postings) == {"data-sharing"}
    assert index.users(("data-sharing",)) == [0, 1]


def test_a_denial_naming_no_holder_is_shown_only_in_the_pair_it_is_one_side_of():
    opposed = (
        "Senator Ada Hale and three other council members announced their opposition to "
        "Proposition 9, a measure that would close the north harbour."
    )
    denial = (
        "Supporters of Proposition 9 deny that the harbour towns are split over it, "
        "citing the support of the Harbour Party."
    )
    texts = corpus(
        f"{opposed} {denial}",
        "The north harbour vote is on May 4. Proposition 9 would close the north harbour.",
        "Proposition 9 divides the harbour towns.",
        "Harbour towns vote on Proposition 9 in May.",
        "The north harbour handles ferries.",
    )
    # The denial names nobody who says there is a division: no dispute alone.
    assert find_disputes(texts) == []
    # The two parties' positions on the measure show it with the other side.
    [pair] = find_divergences(texts)
    assert [c.text for c in pair.claims] == [opposed, denial]


def test_the_term_sentences_are_remembered_and_a_stored_answer_only_narrows():
    from briefing.compose import article_memo
    from briefing.compose.divergences import term_sentences

    article_memo.forget()
    c = corpus(
        "A spokesman disputed the notion that the deal was a “data-sharing” partnership.",
        "Critics said the data-sharing partnership put millions of users at risk.",
    )
    assert term_sentences(c.docs[0]) == {0} and not term_sentences(c.docs[1])
    expected = [d.topic for d in find_divergences(c) if d.kind == "characterisation"]
    assert expected
    # A tampered entry naming every sentence: each is searched again, the same terms.
    memo = article_memo.ARTICLE_MEMOS["term_sentences"]
    for d in c.docs:
        memo.values[(d.document.text,)] = frozenset(range(len(d.sentences)))
    assert [d.topic for d in find_divergences(c) if d.kind == "characterisation"] == expected
    for d in c.docs:
        memo.values[(d.document.text,)] = frozenset()
    assert not [d for d in find_divergences(c) if d.kind == "characterisation"]
    article_memo.forget()
