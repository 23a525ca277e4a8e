from __future__ import annotations

import pytest

from briefing.analyse import analyse
from briefing.compose import article_memo
from briefing.compose.memo import BadValue
from briefing.compose.near_duplicates import content_stems
from briefing.compose.title import stemmed_text, story_title
from briefing.compose.title_reads import article_stemmed
from briefing.lang.words import words
from briefing.model import Document

# Four invented articles on one prison story: two headlines say "death row", every text too.
PRISON = [
    ("Governor signs stay for Ames", "The governor stayed the death row inmate's execution."),
    ("Lawyers file appeal on death row", "Lawyers for inmates on death row filed an appeal."),
    ("Church vigil outside prison", "Members held a vigil for the men on death row at dawn."),
    ("Death Row inmates sue state", "Six death row inmates sued the state over visits."),
]


def test_what_the_title_reads_of_an_article_is_remembered_as_worked_out() -> None:
    article_memo.forget()
    docs = [Document(location=f"{i}.txt", text=t, title=h) for i, (h, t) in enumerate(PRISON)]
    corpus = analyse(docs)
    adoc = corpus.docs[1]
    head = adoc.document.title
    assert article_stemmed(adoc, head) == stemmed_text(head, adoc.document.text)
    assert " death row " in article_stemmed(adoc, head)
    memo = article_memo.ARTICLE_MEMOS["stemmed_text"]
    assert memo.values[(adoc.document.text, head)] == article_stemmed(adoc, head)
    # The story's title is the same read through the memos or worked out.
    heads = [d.document.title for d in corpus.docs]
    texts = [d.document.text for d in corpus.docs]
    articles = [
        frozenset().union(*(content_stems(s.words) for s in d.sentences)) for d in corpus.docs
    ]
    plain = story_title("", heads, [content_stems(words(t)) for t in texts], texts)
    remembered = story_title(
        "", heads, articles, texts, lambda i, h: article_stemmed(corpus.docs[i], h)
    )
    assert remembered == plain == "Death Row"
    article_memo.forget()


def test_a_stored_stemmed_text_must_be_a_string() -> None:
    memo = article_memo.ARTICLE_MEMOS["stemmed_text"]
    assert memo.decode(" death row ") == " death row "
    for bad in (["death", "row"], 3, None):
        with pytest.raises(BadValue):
            memo.decode(bad)
