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


def test_and_between_two_capitalised_words_of_a_title_keeps_it_whole(
    corpus_of: Callable[..., Corpus],
) -> None:
    """ "Peace and Order Minister": the "and" is inside the title, which the model left
    unnamed (it was read "Order Minister"); after a person's name it ends the title."""
    texts = (
        "Dam inquiry\n\nThe engineer said he later learned that former Peace and Order "
        "Minister Ravi Sen and Police Commissioner Tom Rigg had known of the leak. Sen said "
        "the council had no money.",
        "Dam plan\n\nOnly two senior officials, former Peace and Order Minister Ravi Sen and "
        "Police Commissioner Tom Rigg, asked for a pardon on Tuesday. Ali Dost said he "
        "wanted work.",
    )
    roles = {a.name: a.role for a in extract_actors(corpus_of(*texts), max_actors=20)}
    assert roles["Ravi Sen"] == "former Peace and Order Minister"
    assert roles["Tom Rigg"] == "Police Commissioner"


def _titled(rows: list[tuple[str, str, int, str]], name_at: int) -> Span:
    """A parse of ``rows`` (word, dependency, head, entity label; every title word's left
    edge the first word), and the span of the two-word name at ``name_at``."""
    words = [w for w, *_ in rows]
    tokens = [
        {
            "idx": sum(len(x) + 1 for x in words[:i]), "length": len(w), "head": head,
            "left": 0 if dep in {"compound", "nmod", "ROOT"} else i, "right": i,
            "lemma": w, "pos": "CCONJ" if w == "and" else "PROPN",
            "tag": "CC" if w == "and" else "NNP", "dep": dep, "ent_type": label,
            "space": int(i < len(rows) - 1),
            "ent_iob": (3 if i == 0 or rows[i - 1][3] != label else 1) if label else 2,
            "flags": IS_TITLE if w[:1].isupper() else 0,
        }
        for i, (w, dep, head, label) in enumerate(rows)
    ]  # fmt: skip
    ents = [(i, i + 1, "PERSON") for i, r in enumerate(rows) if r[3] and i < name_at]
    doc = ParsedDoc.from_tokens(
        " ".join(words), tokens, sent_starts=[0], ents=[*ents, (name_at, name_at + 2, "PERSON")]
    )
    return Span(doc, name_at, name_at + 2)


def test_a_title_word_the_model_read_as_a_person_stays_in_the_title() -> None:
    """ "Law and Order Minister Ann Lee" with "Law" read as a person's name: one word
    modifying the title's noun is the title's; the title is read whole. "Hall and FBI
    director Ann Lee": a lower-case title is no compound one; it ends at "and"."""
    law = [
        ("former", "amod", 4, ""), ("Law", "nmod", 4, "PERSON"), ("and", "cc", 1, ""),
        ("Order", "conj", 1, ""), ("Minister", "compound", 6, ""),
        ("Ann", "compound", 6, "PERSON"), ("Lee", "ROOT", 6, "PERSON"),
    ]  # fmt: skip
    assert title_before(_titled(law, 5)) == "former Law and Order Minister"
    hall = [
        ("Hall", "nmod", 3, ""), ("and", "cc", 0, ""), ("FBI", "compound", 3, ""),
        ("director", "compound", 5, ""), ("Ann", "compound", 5, "PERSON"),
        ("Lee", "ROOT", 5, "PERSON"),
    ]  # fmt: skip
    assert title_before(_titled(hall, 4)) == "FBI director"
