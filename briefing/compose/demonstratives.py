"""Things a sentence calls "this" and a plain noun ("this loan"), and a head's whole word.

"Marsh and Pell have long fought over this loan": which loan, an earlier sentence told.
``definites.Descriptions`` reads such a thing as a description that leans back (strictly
only). The spans are worked out per article and remembered across builds. ``whole_word``
is the whole-word pattern of a description's head, which both this and ``definites``
look for in the words before it.
"""

from __future__ import annotations

import functools
import re

from briefing.compose.article_memo import (
    SentenceSpans,
    by_article,
    decode_sentence_spans,
    encode_sentence_spans,
    sentence_spans_fit,
)
from briefing.compose.near_duplicates import stem
from briefing.lang.definites import DEMONSTRATIVE_RE, SEASONS, head_of, looks_plural
from briefing.model import AnalysedDocument

# How far back in the sentence a name or the head's own word is looked for (a layout
# bound: a 200 KB sentence of descriptions must not be read once per description).
SENTENCE_REACH = 400

# Heads whose whole-word pattern is kept compiled. ``re``'s own cache holds 512 patterns of
# every module, and a story's heads are more: ``definites.definite_sites`` over the 5,221
# sentences of 200 dev articles took 0.14-0.16 CPU s a pass compiling them again,
# 0.09-0.10 so.
WORD_PATTERNS = 4096


@functools.lru_cache(maxsize=WORD_PATTERNS)
def whole_word(word: str) -> re.Pattern[str]:
    """``word`` as a whole word (no letter, digit or hyphen either side), in any case."""
    return re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.IGNORECASE)


def _demonstrative_spans(text: str) -> list[tuple[int, int, str]]:
    """Things ``text`` calls "this" and a plain noun ("this loan") that it did not name
    before, as (start, end, key of the head): an earlier sentence told which. Read
    strictly only."""
    out: list[tuple[int, int, str]] = []
    for m in DEMONSTRATIVE_RE.finditer(text):
        head = head_of(m.group(1).split())
        if head is None or looks_plural(head) or head in SEASONS:
            continue
        earlier = text[max(0, m.start() - SENTENCE_REACH) : m.start()]
        if whole_word(head).search(earlier):
            continue  # "a loan ... this loan"
        out.append((m.start(), m.start() + m.group(0).index(head) + len(head), stem(head)))
    return out


@by_article(
    "article_demonstratives", encode_sentence_spans, decode_sentence_spans, sentence_spans_fit
)
def article_demonstratives(adoc: AnalysedDocument) -> SentenceSpans:
    """``_demonstrative_spans`` of each of the article's sentences that has any, by index:
    remembered per article, across builds too (a second run looked for them in every
    candidate statement of the story again)."""
    return {s.index: found for s in adoc.sentences if (found := _demonstrative_spans(s.text))}
