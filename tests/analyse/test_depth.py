"""Which sentences a large build parses: the lead, the best-scored, and those with cues."""

from __future__ import annotations

from briefing.analyse import analyse_document
from briefing.analyse.depth import (
    CUE_RE,
    CUE_SCREENED,
    LEAD_SENTENCES,
    TOP_SENTENCES,
    deep_sentences,
)
from briefing.model import Document


def _article(extra: dict[int, str], n: int = 20):
    lines = [
        extra.get(i, f"The river rose again near mill number {i} on the east bank.")
        for i in range(n)
    ]
    return analyse_document(Document("a.txt", "\n\n".join(lines)), 0)


def test_lead_and_best_scored_sentences_are_parsed() -> None:
    adoc = _article({})
    scores = [0.0] * len(adoc.sentences)
    best = [15, 9, 12, 18][:TOP_SENTENCES]
    for k, i in enumerate(best):
        scores[i] = 1.0 - k / 10
    chosen = deep_sentences(adoc, scores)
    assert chosen == set(range(LEAD_SENTENCES)) | set(best)


def test_question_and_dispute_cues_are_parsed() -> None:
    adoc = _article(
        {
            10: "Residents asked whether the dam would hold through the night.",
            13: "Who will pay for the repairs?",
            16: "The mayor dismissed as nonsense the claim that the levee had failed.",
        }
    )
    chosen = deep_sentences(adoc, [0.0] * len(adoc.sentences))
    assert {10, 13, 16} <= chosen
    assert not chosen & {11, 12, 14, 15, 17, 18, 19}


def test_a_short_article_is_parsed_whole() -> None:
    adoc = _article({}, n=3)
    assert deep_sentences(adoc, [0.5, 0.2, 0.1]) == {0, 1, 2}


# Invented sentences: a match of each kind of cue (in any case), and near misses.
CUE_SENTENCES = (
    "Will the mill reopen?",
    "It is UNCLEAR whether the mill will reopen.",
    "The cause is not yet known.",
    "It remains to be seen if the dam holds.",
    "Residents want to know who pays.",
    "The union called for a vote.",
    "The owner declined to comment.",
    "The miller DENIED the report.",
    "The council dismissed the claim as baseless.",
    "The mayor said the figures were Fabricated.",
    "The river rose again near the mill on the east bank.",
    "The clearing by the known ford was pressed flat.",
    "",
)


def test_a_cue_is_found_in_the_sentences_holding_one_of_its_words() -> None:
    for text in CUE_SENTENCES:
        expected = CUE_RE.search(text) is not None
        assert ("?" in text or CUE_SCREENED.search(text) is not None) == expected, text
    assert CUE_SCREENED.search(CUE_SENTENCES[7])  # upper case
    assert not CUE_SCREENED.holds_cue(CUE_SENTENCES[10])
