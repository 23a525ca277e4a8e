"""Things a sentence calls "this", remembered per article; a head's whole-word pattern."""

from __future__ import annotations

import pytest

from briefing.compose import article_memo, demonstratives
from briefing.compose.demonstratives import whole_word

from .test_definites import FILLER, corpus, leaning


def test_things_called_this_are_read_once_per_article(monkeypatch: pytest.MonkeyPatch) -> None:
    # Remembered per article (across builds too): a grown story reads its new article only.
    text = "The county borrowed money in 1990. Marsh and Pell fought over this loan."
    article_memo.forget()
    assert leaning(corpus(text, FILLER), "Marsh and Pell", strict=True) == ["this loan"]
    kept = article_memo.ARTICLE_MEMOS["article_demonstratives"]
    read, find = [], demonstratives.article_demonstratives.__wrapped__
    monkeypatch.setattr(kept, "fn", lambda adoc: read.append(adoc.document.text) or find(adoc))
    c = corpus(text, FILLER, "Pell defended this plan on Monday.")
    assert leaning(c, "Marsh and Pell", strict=True) == ["this loan"]
    assert leaning(c, "Pell defended", strict=True) == ["this plan"]
    assert read == ["Pell defended this plan on Monday."]
    assert kept.decode(kept.encode(kept.values[(text,)])) == {1: [(27, 36, "loan")]}


def test_a_heads_whole_word_pattern_is_compiled_once_and_finds_the_word_in_any_case() -> None:
    pattern = whole_word("river")
    assert whole_word("river") is pattern  # kept, not compiled per sentence
    assert pattern.search("A River rose") and pattern.search("the river's mouth")
    assert not pattern.search("the riverside") and not pattern.search("a sub-river")
    assert whole_word("u.s.").search("the U.S. said")  # written as is
    assert not whole_word("u.s.").search("the uks said")
