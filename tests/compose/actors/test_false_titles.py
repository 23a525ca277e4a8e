"""Tests of false titles: descriptions written before a person's name as a title."""

from __future__ import annotations

from briefing.analyse import analyse
from briefing.compose.actors.false_titles import after_article, false_title, tail_of
from briefing.model import Document


def _before(text: str, name: str) -> tuple[bool, bool, bool]:
    """(false_title, tail_of, after_article) of the words between the sentence's start
    (or its last comma) and ``name``."""
    doc = analyse([Document("a.txt", text, title="T")], entities=True).docs[0].parse
    end = next(t.i for t in doc if t.text == name.split()[0])
    start = end
    while start > 0 and doc[start - 1].pos_ in {"NOUN", "ADJ", "PROPN", "PUNCT"}:
        if doc[start - 1].text in {",", "."} or doc[start - 1].ent_type_ == "PERSON":
            break
        start -= 1
    words = doc[start:end]
    cut = tail_of(doc, start)
    return false_title(words, cut), cut, after_article(doc, start)


def test_a_description_before_a_name_is_a_false_title() -> None:
    assert _before("The court heard rheumatologist Nell Brandt on Monday.", "Nell")[0]
    assert _before("Officials said death row inmate Dale Vorman was moved.", "Dale")[0]


def test_a_time_word_a_kinship_or_a_cut_tail_is_no_false_title() -> None:
    assert not _before("The board met. Next week Dale Vorman will speak.", "Dale")[0]
    assert not _before("The board heard Great-uncle Ivo Kell on Monday.", "Ivo")[0]
    title, cut, _ = _before("The board heard teacher and parent Ona Kell on Monday.", "Ona")
    assert cut and not title
