"""Each article's text as the story's title reads it, remembered per article (``article_memo``).

``title.story_title`` may look for a headline's phrase in every article's text, stemmed
word by word (``title.stemmed_text``). That is a pure function of one article and its
cleaned headline, so it is kept with the article's other memos, across builds too: a
second run over benchmarks/scale.py's 875 + 5 articles split, stemmed and joined the
text of every article again (~0.25 of the ~4.8 CPU s of the compose process beside the
summary); one string per article is read back at the cost of a copy. It puts no words
into a brief (the title is written as a headline writes it): a tampered entry could only
move the choice among the headlines' phrases, as ``story_vocabulary.article_stems`` could.
"""

from __future__ import annotations

from typing import Any

from briefing.compose.article_memo import article_memo
from briefing.compose.memo import BadValue
from briefing.compose.title import stemmed_text
from briefing.model import AnalysedDocument


def _decode_text(data: Any) -> str:
    if type(data) is not str:
        raise BadValue("a string")
    return data


def _same(value: str) -> str:
    return value


_STEMMED = article_memo("stemmed_text", __name__, _same, _decode_text)


def article_stemmed(adoc: AnalysedDocument, headline: str) -> str:
    """``title.stemmed_text`` of the article's cleaned ``headline`` and text."""
    text = adoc.document.text
    return _STEMMED.ask(adoc, (headline,), lambda _a, h: stemmed_text(h, text))
