"""Helpers for the open-question tests: analysed corpora of small texts, and their questions
found with the brief's own key actors (as ``compose_brief`` passes them)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from briefing.analyse import analyse
from briefing.compose.actors import extract_actors
from briefing.compose.questions import find_open_questions
from briefing.config import Config
from briefing.model import Corpus, Document, OpenQuestion

SAMPLE = Path(__file__).resolve().parents[3] / "sources"


def _corpus(*texts: str, entities: bool = True) -> Corpus:
    docs = [Document(location=f"doc{i}.txt", text=t, title=f"Doc {i}") for i, t in enumerate(texts)]
    return analyse(docs, entities=entities)


def _dated_questions(*dated: tuple[dt.date, str]) -> list[OpenQuestion]:
    docs = [
        Document(location=f"doc{i}.txt", text=t, title=f"Doc {i}", date=d)
        for i, (d, t) in enumerate(dated)
    ]
    return _questions(analyse(docs, entities=True))


def _questions(source: Corpus, **kwargs) -> list[OpenQuestion]:
    has_parse = any(d.parse is not None for d in source.docs)
    actors = extract_actors(source, max_actors=Config().max_actors) if has_parse else []
    return find_open_questions(source, key_actors=actors, **kwargs)


def searched_texts(monkeypatch: pytest.MonkeyPatch, module: ModuleType, name: str) -> list[str]:
    """Wrap the screened pattern ``module.name`` so that every text it is asked to search is
    recorded; returns that record (the same answers as the pattern itself)."""
    screen = getattr(module, name)
    searched: list[str] = []

    class Recording:
        def search(self, text: str):
            searched.append(text)
            return screen.search(text)

    monkeypatch.setattr(module, name, Recording())
    return searched


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def corpus() -> Callable[..., Corpus]:
    return _corpus


@pytest.fixture(scope="session")
def questions_of() -> Callable[..., list[OpenQuestion]]:
    """The questions of an analysed corpus."""
    return _questions


@pytest.fixture(scope="session")
def questions() -> Callable[..., list[OpenQuestion]]:
    """The questions of one or more texts (one document each)."""
    return lambda *texts, **kwargs: _questions(_corpus(*texts), **kwargs)


@pytest.fixture(scope="session")
def dated_questions() -> Callable[..., list[OpenQuestion]]:
    """The questions of dated texts, given as (date, text) pairs (one document each)."""
    return _dated_questions


@pytest.fixture(scope="session")
def questions_about() -> Callable[..., list[OpenQuestion]]:
    """The questions naming ``about`` of dated texts, given as (date, text) pairs after
    it (one document each): a question asked in one article and a later report."""
    return lambda about, *dated: [q for q in _dated_questions(*dated) if about in q.question]
