"""compose_brief with a forked helper process gives the brief of one process, and the memo
answers the helper worked out come back (the compose cache stores the same answers)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing import forked
from briefing.compose import article_memo, compose_brief, memo
from briefing.config import Config
from briefing.ingest import ingest
from briefing.mapping import MapResult, MapSettings, map_articles

SAMPLE = Path(__file__).resolve().parents[2] / "sources"


@pytest.fixture(scope="module")
def mapped() -> MapResult:
    documents = ingest([str(SAMPLE)]).documents
    return map_articles(documents, MapSettings(summarizer="lexrank", entities=True))


def composed(mapped: MapResult, parallel: bool) -> tuple[dict, list]:
    memo.forget()  # each a first build: no answer left from the one before
    article_memo.forget()
    brief = compose_brief(
        mapped.corpus, mapped.per_article, Config(), today=dt.date(2026, 1, 1), parallel=parallel
    )
    return brief.to_dict(), memo.export([d.sentences for d in mapped.corpus.docs])


@pytest.mark.skipif(not forked.can_fork(), reason="no fork on this platform")
def test_parallel_compose_gives_the_same_brief_and_memo_answers(mapped: MapResult) -> None:
    alone, alone_answers = composed(mapped, parallel=False)
    beside, beside_answers = composed(mapped, parallel=True)
    assert alone["key_actors"] and alone["timeline"]  # the forked part had work to do
    assert beside == alone
    assert beside_answers == alone_answers
    assert any(answers.get("rejection") for answers in beside_answers)  # divergences' memo
