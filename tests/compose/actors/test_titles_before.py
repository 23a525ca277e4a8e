"""Tests for briefing.compose.actors.titles_before: the title the words before a name give."""

from __future__ import annotations

from collections.abc import Callable

from briefing.compose.actors import extract_actors
from briefing.compose.actors.titles_before import MAX_TITLE_TOKENS, title_before
from briefing.model import Corpus
from briefing.parsed import IS_TITLE, ParsedDoc, Span


def _named(before: list[str]) -> Span:
    """``before`` words, each a compound of the name "Ann Lee" after them: the span of
    the name."""
    words = [*before, "Ann", "Lee"]
    n = len(words)
    tokens = []
    for i, w in enumerate(words):
        name = i >= n - 2
        tokens.append(
            {
                "idx": sum(len(x) + 1 for x in words[:i]), "length": len(w),
                "head": n - 1, "left": 0 if i == n - 1 else i, "right": i,
                "lemma": w, "pos": "PROPN" if name else "NOUN", "tag": "NNP" if name else "NN",
                "dep": "ROOT" if i == n - 1 else "compound",
                "ent_type": "PERSON" if name else "", "space": int(i < n - 1),
                "ent_iob": (3 if i == n - 2 else 1) if name else 2,
                "flags": IS_TITLE if name else 0,
            }
        )  # fmt: skip
    doc = ParsedDoc.from_tokens(
        " ".join(words), tokens, sent_starts=[0], ents=[(n - 2, n, "PERSON")]
    )
    return Span(doc, n - 2, n)


def test_the_words_before_a_name_are_its_title():
    assert title_before(_named(["harbour", "director"])) == "harbour director"


def test_a_run_of_words_longer_than_any_title_is_none():
    # Read back word by word to the text's start, a story naming one party 20,000 times
    # in a row took each mention through every name before it.
    words = ["harbour"] * MAX_TITLE_TOKENS + ["director"]
    assert title_before(_named(words)) is None
    assert title_before(_named(words[1:])) == " ".join(words[1:])


def test_a_headline_in_capitals_run_into_the_text_is_no_title(
    corpus_of: Callable[..., Corpus],
) -> None:
    """A page's headline in capitals runs into the first sentence ("... CLOSES THE DOOR
    Harlan Foods chairman Ann Lee"): its last word is not the title's."""
    text = (
        "Regulators circle Harlan\n\nHARLAN FOODS CLOSES THE DOOR Harlan Foods chairman Ann "
        'Lee refers to the deal as "a delicate matter." Ann Lee said talks would go on.'
    )
    actors = extract_actors(corpus_of(text), max_actors=20)
    assert [a.role for a in actors if a.name == "Ann Lee"] == ["Harlan Foods chairman"]
