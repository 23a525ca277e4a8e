"""The story's vocabulary: stems most articles hold, each article's read once per build
and kept in its compose cache entry."""

from __future__ import annotations

import json

import pytest

from briefing.analyse import analyse
from briefing.compose import article_memo
from briefing.compose.story_vocabulary import article_stems, story_weights
from briefing.model import Document

TEXTS = [
    "The Tarrow bridge closed after inspectors found a crack.",
    "Inspectors say the Tarrow bridge crack is deep.",
    "Ferries replace the bridge while the crack is mended.",
]


def _docs(texts: list[str]) -> list[Document]:
    return [Document(location=f"d{i}.txt", text=t) for i, t in enumerate(texts)]


def test_stems_most_articles_hold_with_their_share() -> None:
    weights = story_weights(analyse(_docs(TEXTS), entities=False), 0.6, 3)
    assert weights == {"bridg": 1.0, "crack": 1.0, "inspector": 2 / 3, "tarrow": 2 / 3}
    assert story_weights(analyse(_docs(TEXTS[:2]), entities=False), 0.6, 3) == {}


def test_a_grown_story_reads_only_its_new_article(monkeypatch: pytest.MonkeyPatch) -> None:
    article_memo.forget()
    story_weights(analyse(_docs(TEXTS[:2]), entities=False), 0.6, 2)
    read: list[str] = []
    kept, own = article_memo.ARTICLE_MEMOS["article_stems"], article_stems.__wrapped__
    monkeypatch.setattr(kept, "fn", lambda adoc: read.append(adoc.document.text) or own(adoc))
    corpus = analyse(_docs(TEXTS), entities=False)
    for share in (0.6, 0.2):  # asked by three sections: each article is read once
        story_weights(corpus, share, 3)
    assert read == [TEXTS[2]]


def test_an_articles_stems_are_read_back_from_its_json() -> None:
    corpus = analyse(_docs(TEXTS), entities=False)
    article_memo.forget()
    want = story_weights(corpus, 0.6, 3)
    exported = article_memo.export([d.document.text for d in corpus.docs])
    article_memo.forget()
    for d, answers in zip(corpus.docs, exported, strict=True):
        assert "article_stems" in answers
        article_memo.load(
            article_memo.decode_answers(
                json.loads(json.dumps(answers)), d.document.text, len(d.sentences)
            )
        )
    assert len(article_memo.ARTICLE_MEMOS["article_stems"].values) == 3
    assert story_weights(corpus, 0.6, 3) == want
