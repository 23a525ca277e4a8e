"""A sentence's tokens in its article's parse: the lookup the compose modules share
(``tokens_at`` over the sentence's characters, in the document the sentence is from)."""

from __future__ import annotations

from briefing.model import Corpus, Sentence
from briefing.parsed import Span, tokens_at


def sentence_tokens(corpus: Corpus, sentence: Sentence) -> Span | None:
    """The tokens of ``sentence`` in its article's parse; None when the article has no
    parse (analysed without entities) or no token lies there (``tokens_at``'s guard)."""
    return tokens_at(corpus.docs[sentence.doc].parse, sentence.start, sentence.end)
