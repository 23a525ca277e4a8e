"""compose_brief with a forked helper process gives the brief of one process, and the memo
answers the helper worked out come back (the compose cache stores the same answers); a
section or a digest whose code fails, in either process, costs that part alone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing import forked
from briefing.compose import article_memo, compose_brief, guarded, memo
from briefing.compose.digests import plain_digest
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


# ---- one failing section or digest never fails the brief (``guarded``)

MODES = [
    False,
    pytest.param(True, marks=pytest.mark.skipif(not forked.can_fork(), reason="no fork")),
]


@pytest.fixture(scope="module")
def whole(mapped: MapResult) -> dict:
    """The brief with nothing failing."""
    return composed(mapped, parallel=False)[0]


def failing(*args: object, **kwargs: object) -> list:
    raise IndexError("list index out of range")


def unchanged_but(brief: dict, whole: dict, *sections: str) -> None:
    """``brief`` is ``whole`` but for ``sections``, shown empty, and its compose errors."""
    for key, value in whole.items():
        assert brief[key] == ([] if key in sections else value), key


@pytest.mark.parametrize("parallel", MODES)
def test_a_digest_that_fails_for_one_article_leaves_it_the_plain_digest(
    mapped: MapResult, whole: dict, parallel: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A digest's code raising for one article (as long_ago's IndexError did) costs that
    source its chosen digest, not the build: it gets the summarizer's own picks in article
    order, and every other source and section is as it was."""
    import briefing.compose.source_list as compose

    real = compose.source_digest
    broken = mapped.corpus.docs[2].document.location

    def digest(adoc, *args):
        return failing() if adoc.document.location == broken else real(adoc, *args)

    monkeypatch.setattr(compose, "source_digest", digest)
    brief = composed(mapped, parallel=parallel)[0]
    plain = plain_digest(mapped.per_article[2], Config().per_article_sentences)
    assert plain and brief["sources"][2]["summary"] == plain != whole["sources"][2]["summary"]
    assert (
        brief["sources"][:2] + brief["sources"][3:] == whole["sources"][:2] + whole["sources"][3:]
    )
    unchanged_but({**brief, "sources": whole["sources"]}, whole)
    (error,) = brief["compose_errors"]
    assert error["section"] == "sources" and error["source"] == 3
    assert error["error"].startswith("IndexError: list index out of range (")
    assert "test_compose_brief.py:" in error["error"] and error["shown"] == guarded.PLAIN_DIGEST


@pytest.mark.parametrize(
    ("parallel", "composer", "sections"),
    [
        *[(p, "build_timeline", ["timeline"]) for p in MODES],  # in the forked process
        *[(p, "find_open_questions", ["open_questions"]) for p in MODES],  # in this one
        (False, "find_divergences", ["divergences"]),
        (False, "story_counts", ["open_questions"]),
        # The questions read the key actors (who asked) and the synthesis (the answers).
        (False, "actor_candidates", ["key_actors", "open_questions"]),
        (False, "rank_actors", ["key_actors", "open_questions"]),
        (False, "synthesise", ["executive_summary", "background", "open_questions"]),
        (False, "edit", ["executive_summary", "background"]),
    ],
)
def test_a_section_whose_code_fails_is_empty_and_the_rest_of_the_brief_is_whole(
    mapped: MapResult,
    whole: dict,
    parallel: bool,
    composer: str,
    sections: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import briefing.compose as compose

    monkeypatch.setattr(compose, composer, failing)
    brief = composed(mapped, parallel=parallel)[0]
    assert all(whole[s] for s in sections)  # the section had something to lose
    if composer == "synthesise":  # the key actors rank by the summary too
        assert brief["key_actors"]
        brief["key_actors"] = whole["key_actors"]
    unchanged_but(brief, whole, *sections)
    errors = brief["compose_errors"]
    assert [e["section"] for e in errors] == sections
    assert all(e["shown"] == guarded.EMPTY and e["source"] is None for e in errors)
    assert all("IndexError: list index out of range (" in e["error"] for e in errors)


def test_a_title_whose_code_fails_is_a_plain_one(
    mapped: MapResult, whole: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefing.compose as compose

    monkeypatch.setattr(compose, "_story_title", failing)
    brief = composed(mapped, parallel=False)[0]
    assert brief["title"] == mapped.corpus.docs[0].document.title  # no focus: the first headline
    unchanged_but({**brief, "title": whole["title"]}, whole)
    assert [(e["section"], e["shown"]) for e in brief["compose_errors"]] == [
        ("title", guarded.PLAIN_TITLE)
    ]


@pytest.mark.parametrize("parallel", MODES)
def test_a_tail_section_the_process_beside_took_and_never_sent_is_worked_out_here(
    mapped: MapResult, whole: dict, parallel: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The timeline and the title go to whichever process gets to them first; those the
    process beside takes (from the front: ``Shares.first``) and loses, as one that died
    would, the build's own process works out: the brief is whole."""
    import briefing.compose as compose

    real = compose._tail_sections
    lost: list[int] = []

    def lossy(corpus, config, errors, indices):
        if getattr(indices, "__name__", "") == "first":  # the process beside's share
            lost.extend(indices)
            return {}
        return real(corpus, config, errors, indices)

    monkeypatch.setattr(compose, "_tail_sections", lossy)
    monkeypatch.setattr(compose.Shares, "last", lambda self: iter(()))  # this one takes none
    brief = composed(mapped, parallel=parallel)[0]
    assert whole["timeline"] and whole["title"]
    assert brief == whole
    if not parallel:  # the process beside is this one: what it lost is seen here
        assert lost == [0, 1]
