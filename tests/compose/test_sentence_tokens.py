"""A sentence's tokens are found in its own article's parse."""

from __future__ import annotations

from briefing.compose.sentence_tokens import sentence_tokens

from .conftest import articles


def test_the_tokens_of_a_sentence_of_a_later_article() -> None:
    corpus = articles(
        "The ferry line opened in May. It carries cars.",
        "Harbour owners met on Monday. The council approved the new pier.",
    )
    sentence = corpus.docs[1].sentences[1]
    span = sentence_tokens(corpus, sentence)
    assert span is not None
    assert span.text == "The council approved the new pier."
    assert span.doc is corpus.docs[1].parse


def test_none_without_a_parse() -> None:
    corpus = articles("The ferry line opened in May.", entities=False)
    assert sentence_tokens(corpus, corpus.docs[0].sentences[0]) is None
