"""Concept totals kept across builds: continuing them gives the very weights (floats and
order) of summing every article, and anything but a folder grown at its end sums again."""

from __future__ import annotations

import pytest

from briefing.compose import concept_totals
from briefing.compose.concept_ilp import article_concepts, concept_weights
from briefing.compose.concept_totals import Totals, story_weights
from briefing.model import AnalysedDocument, Corpus, Document, Sentence

TEXTS = [
    "The Harbour Board of Lindqvist voted to sell the ferry. The ferry sale angered riders.",
    "Riders protested the ferry sale at the harbour. The board said the sale would go ahead.",
    "The harbour board delayed the ferry sale vote. Mayor Petra Orsk asked for a review.",
    "Mayor Orsk said the ferry sale needs a review. The board will meet on Friday.",
    "The ferry sale was approved on Friday. Riders said they would keep protesting.",
]
FOCUS = frozenset({"ferri", "sale"})


def article(d: int, text: str) -> AnalysedDocument:
    sentences = []
    for i, part in enumerate(text.split(". ")):
        part = part.rstrip(".") + "."
        words = part.lower().rstrip(".").split()
        sentences.append(Sentence(d, i, 0, part, 0, len(part), words))
    return AnalysedDocument(Document(f"doc{d}.txt", text), sentences)


def corpus(order: list[int]) -> Corpus:
    return Corpus([article(d, TEXTS[i]) for d, i in enumerate(order)])


def weights(c: Corpus, focused: bool) -> dict:
    return story_weights(
        c,
        topic=FOCUS if focused else frozenset(),
        unigram_weight=0.0 if focused else 0.5,
        expansion=frozenset(),
    )


def summed(c: Corpus, focused: bool) -> dict:
    """The weights summed over every article (the code before totals were kept)."""
    return concept_weights(
        (article_concepts(d, not focused) for d in c.docs),
        topic=FOCUS if focused else frozenset(),
        unigram_weight=0.0 if focused else 0.5,
    )


def stored_after(c: Corpus, focused: bool) -> list[Totals]:
    """The totals a build of ``c`` with nothing stored wants stored."""
    concept_totals.load([])
    weights(c, focused)
    return concept_totals.changed()


@pytest.mark.parametrize("focused", [False, True])
def test_a_folder_grown_at_its_end_continues_the_totals(focused: bool) -> None:
    (kept,) = stored_after(corpus([0, 1, 2]), focused)
    assert kept.mode == (focused, not focused) and len(kept.articles) == 3
    grown = corpus([0, 1, 2, 3, 4])
    concept_totals.load([kept])
    got = weights(grown, focused)
    assert list(got.items()) == list(summed(grown, focused).items())  # floats and order
    assert concept_totals.changed() == []  # two articles after the stored ones: kept as is


def test_the_stored_totals_are_what_is_continued() -> None:
    (kept,) = stored_after(corpus([0, 1, 2]), False)
    grown = corpus([0, 1, 2, 3])
    plain = summed(grown, False)
    concept = max(plain, key=plain.__getitem__)  # a weighted one
    kept.score[concept] += 100.0
    concept_totals.load([kept])
    assert weights(grown, False)[concept] >= plain[concept] + 50.0  # x0.5 for a single word


@pytest.mark.parametrize(
    "order",
    [[1, 0, 2, 3], [0, 1], [0, 2, 3], [4, 0, 1, 2]],
    ids=["reordered", "shrunk", "one removed", "one inserted first"],
)
def test_any_other_folder_sums_everything_again_and_stores_it(order: list[int]) -> None:
    (kept,) = stored_after(corpus([0, 1, 2]), False)
    kept.score = {c: s + 100.0 for c, s in kept.score.items()}  # would show if used
    c = corpus(order)
    concept_totals.load([kept])
    assert list(weights(c, False).items()) == list(summed(c, False).items())
    (made,) = concept_totals.changed()
    assert made.articles == [concept_totals.article_digest(d) for d in c.docs]


def test_a_changed_article_sums_everything_again() -> None:
    (kept,) = stored_after(corpus([0, 1, 2]), False)
    kept.score = {c: s + 100.0 for c, s in kept.score.items()}
    c = corpus([0, 1, 2])
    c.docs[1].sentences[0].words[0] = "a"
    concept_totals.load([kept])
    assert list(weights(c, False).items()) == list(summed(c, False).items())


def test_totals_of_the_other_mode_are_not_used() -> None:
    (plain,) = stored_after(corpus([0, 1, 2]), False)
    plain.score = {c: s + 100.0 for c, s in plain.score.items()}
    c = corpus([0, 1, 2, 3])
    concept_totals.load([plain])
    assert list(weights(c, True).items()) == list(summed(c, True).items())
    (made,) = concept_totals.changed()
    assert made.mode == (True, False)


def test_totals_are_stored_again_once_enough_articles_follow_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(concept_totals, "FOLD_ARTICLES", 2)
    (kept,) = stored_after(corpus([0, 1]), False)
    concept_totals.load([kept])
    weights(corpus([0, 1, 2]), False)
    assert concept_totals.changed() == []
    concept_totals.load([kept])
    grown = corpus([0, 1, 2, 3])
    weights(grown, False)
    (made,) = concept_totals.changed()
    assert made.articles == [concept_totals.article_digest(d) for d in grown.docs]
    assert list(made.score.items()) == list(stored_after(grown, False)[0].score.items())
