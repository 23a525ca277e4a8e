"""Where sources differ: conflicting figures, disputed terms, single-source claims."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.analyse import analyse
from briefing.compose.divergences import _value, find_divergences
from briefing.model import Corpus, Document, Statement

SAMPLE = Path(__file__).resolve().parents[2] / "sources"


def corpus(*texts: str, entities: bool = True) -> Corpus:
    docs = [Document(location=f"doc{i}.txt", text=t, title=f"Doc {i}") for i, t in enumerate(texts)]
    return analyse(docs, entities=entities)


def figures(*texts: str, entities: bool = True):
    return [
        d for d in find_divergences(corpus(*texts, entities=entities), []) if d.kind == "figure"
    ]


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("up to 87 million", 87_000_000, "up to"),
        ("more than 80 million", 80_000_000, "more than"),
        ("at least three", 3, "at least"),
        ("$1.4 billion", 1_400_000_000, ""),
        ("twenty-two", 22, ""),
        ("2,500", 2500, ""),
    ],
)
def test_value_and_qualifier(text, value, qualifier):
    assert _value(text) == (value, qualifier)


@pytest.mark.parametrize("text", ["tens of millions", "dozens", "more than half"])
def test_vague_amounts_have_no_value(text):
    assert _value(text)[0] is None


def test_different_numbers_for_the_same_thing_across_sources():
    found = figures(
        "The regulator said four Chinese companies received the user data.",
        "The report found that at least three Chinese firms received the user data.",
    )
    assert len(found) == 1
    assert sorted(s for c in found[0].claims for s in c.sources) == [1, 2]
    assert "Chinese" in found[0].topic


def test_figures_about_different_things_are_not_a_divergence():
    found = figures(
        "Facebook signed data deals with 60 device makers around the world.",
        "Facebook ended relationships with 22 of the 60 companies it had partnerships with.",
        "Four Chinese companies were among the partners that received data.",
    )
    assert found == []


def test_identical_values_are_not_a_divergence():
    found = figures(
        "The breach exposed the data of up to 87 million users.",
        "Data of 87 million users was exposed in the breach.",
    )
    assert found == []


def test_one_article_counting_twice_is_not_a_divergence():
    found = figures(
        "Police said 12 people were hurt on Monday. By Tuesday 15 people were hurt, police said.",
    )
    assert found == []


def test_killed_and_injured_are_different_counts():
    found = figures(
        "Twelve people were killed in the attack on the market.",
        "Five people were injured in the attack on the market.",
    )
    assert found == []


def test_relative_counts_are_skipped():
    found = figures(
        "Regulators named Huawei and three other Chinese firms in the report.",
        "The report named four Chinese firms.",
    )
    assert found == []


def test_regex_fallback_without_entities():
    found = figures(
        "The regulator said four Chinese companies received the user data.",
        "The report found that at least three Chinese companies received the user data.",
        entities=False,
    )
    assert len(found) == 1


def test_disputed_term_against_sources_that_use_it():
    found = find_divergences(
        corpus(
            "A spokesman disputed the notion that the deal was a “data-sharing” partnership.",
            "Critics said the data-sharing partnership put millions of users at risk.",
            "The phone maker sells handsets in forty countries.",
        ),
        [],
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
        ),
        [],
    )
    assert [d for d in found if d.kind == "characterisation"] == []


def test_single_source_claims_are_few_and_factual():
    statements = [
        Statement("Acme shipped 4,000 units to Brazil in March, the filing shows.", [2], 0.9),
        Statement("Acme shipped phones abroad according to two outlets here.", [1, 3], 0.95),
        Statement("It was a remarkable and unusual week for everyone involved.", [1], 0.8),
        Statement("The Springfield plant employed 400 people before it closed.", [3], 0.7),
        Statement("Regulators in Ottawa fined Acme $2 million last year for delays.", [1], 0.6),
        Statement("Acme said 12 workers were moved to the Dayton site in May.", [2], 0.5),
    ]
    found = find_divergences(Corpus(docs=[]), statements, max_single_source=2)
    single = [d for d in found if d.kind == "single-source"]
    assert len(single) == 1
    assert [c.text for c in single[0].claims] == [statements[0].text, statements[3].text]


@pytest.fixture(scope="module")
def sample_divergences():
    from briefing.ingest import ingest

    docs = ingest([str(SAMPLE)]).documents
    return find_divergences(analyse(docs, entities=True), [])


def test_sample_corpus_divergences(sample_divergences):
    found = [d for d in sample_divergences if d.kind == "figure"]
    texts = [" ".join(c.text for c in d.claims) for d in found]
    assert any("four Chinese" in t and "at least three Chinese" in t for t in texts)
    assert any("87 million" in t and "80 million" in t for t in texts)
    # Sixty partners everywhere is agreement, not a divergence.
    assert not any("60" in d.topic for d in found)
    chars = [d for d in sample_divergences if d.kind == "characterisation"]
    assert chars and "data-sharing" in chars[0].topic
