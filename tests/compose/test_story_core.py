"""The story's core: what many articles' leads act on, and which sentences tell it."""

from __future__ import annotations

import datetime as dt

from briefing.analyse import analyse
from briefing.compose.story_core import StoryCore, broad, retold
from briefing.model import Corpus, Document
from briefing.parsed import tokens_at

# An invented broad story: towns over three years pass ordinances against leaf burning.
LEADS = [
    "The Orlen council passed an ordinance banning leaf burning on Tuesday. "
    "Residents packed the hall.",
    "Lakemont commissioners approved an ordinance that bans leaf burning. The vote was close.",
    "An ordinance against leaf burning was signed by the mayor of Vessy. Farmers objected.",
    "Gardeners in Pellin hold a fair every spring. The fair sells compost. "
    "A vendor praised the weather. Children ran races. "
    "The mayor of Pellin later signed an ordinance.",
]


def _corpus(texts: list[str], years: list[int]) -> Corpus:
    docs = [
        Document(location=f"doc{i}.txt", text=t, title=f"Doc {i}", date=dt.date(y, 5, 1))
        for i, (t, y) in enumerate(zip(texts, years, strict=True))
    ]
    return analyse(docs, entities=True)


def test_a_participant_many_leads_act_on_is_core() -> None:
    corpus = _corpus(LEADS, [1997, 1998, 1999, 2000])
    core = StoryCore(corpus, frozenset({"leaf", "burn"}))
    assert "ordin" in core.participants
    first = corpus.docs[0].sentences[0]
    assert core.core(first)


def test_a_side_remark_deep_in_an_article_is_not_core() -> None:
    corpus = _corpus(LEADS, [1997, 1998, 1999, 2000])
    core = StoryCore(corpus, frozenset({"leaf", "burn"}))
    late = corpus.docs[3].sentences[4]  # "The mayor of Pellin later signed an ordinance."
    assert "ordinance" in late.text
    assert not core.core(late)
    assert not core.core(corpus.docs[3].sentences[1])  # the fair's compost: no core object


def test_a_focus_word_is_no_core_participant() -> None:
    corpus = _corpus(LEADS, [1997, 1998, 1999, 2000])
    assert not StoryCore(corpus, frozenset({"ordin"})).participants


def test_a_claim_told_in_the_past_perfect_is_retold() -> None:
    corpus = _corpus(
        ["Inspectors had said the barrels held traces of a solvent. Tests found none."],
        [2000],
    )
    adoc = corpus.docs[0]
    spans = [tokens_at(adoc.parse, s.start, s.end) for s in adoc.sentences]
    assert [retold(span) for span in spans if span is not None] == [True, False]


def test_a_retold_lead_is_no_core_news() -> None:
    texts = [*LEADS[:3], "Officials had said the council approved an ordinance on leaf burning."]
    corpus = _corpus(texts, [1997, 1998, 1999, 2000])
    core = StoryCore(corpus, frozenset({"leaf", "burn"}))
    assert core.core(corpus.docs[1].sentences[0])
    assert not core.core(corpus.docs[3].sentences[0])


def test_without_a_parse_nothing_is_core_or_retold() -> None:
    docs = [
        Document(location=f"doc{i}.txt", text=t, date=dt.date(1997 + i, 5, 1))
        for i, t in enumerate(LEADS)
    ]
    corpus = analyse(docs, entities=False)
    core = StoryCore(corpus)
    assert not core.participants
    assert not core.core(corpus.docs[0].sentences[0])


def test_broad_is_a_long_span_of_publication_dates() -> None:
    assert broad(_corpus(LEADS[:2], [1997, 1999]))
    assert not broad(_corpus(LEADS[:2], [1999, 1999]))
