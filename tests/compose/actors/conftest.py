"""Shared by the key-actor tests: two small made-up articles and helpers over them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest

from briefing.analyse import analyse
from briefing.compose.actors import extract_actors
from briefing.compose.actors.clusters import NameForm
from briefing.compose.actors.merge import merge_forms
from briefing.compose.actors.name_keys import normalise_name
from briefing.model import Actor, Corpus, Document, Mention

STORY_1 = """Regulators question Acme over data deal

By Jane Doe
Staff Writer
Font Size:
REUTERS/John Smith

Acme Corporation shared customer records with three phone makers, The Daily Ledger reported \
on Monday. Acme chief executive Mark Zuckerberg said the partnerships had ended. The Federal \
Trade Commission (FTC) is examining whether Acme broke a 2011 settlement.

Virginia Senator Mark Warner, the top Democrat on the Senate Intelligence Committee, said, \
"The news that Acme shared this data raises legitimate concerns about privacy."

"We controlled these integrations from the start and stored nothing on their servers," said \
Francisco Varela, Acme's vice president of mobile partnerships.

Sen. Ron Wyden (D-OR) asked whether the records left the country. Wyden said the company \
must answer. Warner and Wyden both sit on Senate committees. Mark repeated the point later.

Photo: Acme headquarters. CREDIT: PETER PAN / GETTY
"""

STORY_2 = """Acme faces new questions

Mark Zuckerburg apologised on Tuesday. Zuckerberg's company, Acme, said the data stayed on \
the devices. The FTC declined to comment, and the Daily Ledger said its reporting stood.

Acme's chief operating officer, Sheryl Sandberg, testified before the Senate Commerce \
Committee. Sandberg told senators the program was winding down. "We will get back to you as \
quickly as possible," Sandberg said.

John Thune, head of the Senate Commerce Committee, said Acme must be transparent. Thune said \
the committee would hold a hearing. A spokesperson told the Ledger, "The program has ended \
and we are cooperating fully with every inquiry."
"""


def _corpus(*texts: str) -> Corpus:
    docs = [Document(f"story{i}.txt", t, title=t.splitlines()[0]) for i, t in enumerate(texts)]
    return analyse(docs, entities=True)


def _find(actors: list[Actor], name: str) -> list[Actor]:
    key = name.lower()
    return [a for a in actors if key == a.name.lower() or key in (x.lower() for x in a.aliases)]


@pytest.fixture(scope="session")
def two_stories() -> Corpus:
    """Both made-up articles, analysed with the entity pass."""
    return _corpus(STORY_1, STORY_2)


@pytest.fixture(scope="session")
def actors(two_stories: Corpus) -> list[Actor]:
    """The key actors of both articles (up to 30)."""
    return extract_actors(two_stories, max_actors=30)


@pytest.fixture
def find() -> Callable[[list[Actor], str], list[Actor]]:
    """The actors whose name or alias is ``name`` (case-insensitive)."""
    return _find


@pytest.fixture
def corpus_of() -> Callable[..., Corpus]:
    """Analyse made-up texts (one document each) with the entity pass."""
    return _corpus


@pytest.fixture
def story_texts() -> tuple[str, str]:
    return STORY_1, STORY_2


def name_form(
    surface: str, label: str = "PERSON", n: int = 1, docs: tuple[int, ...] = (0,)
) -> NameForm:
    """A name form seen ``n`` times as ``label`` in the articles ``docs``."""
    key = normalise_name(surface)[1]
    f = NameForm(key, surfaces=Counter({surface: n}), votes=Counter({label: n}))
    f.docs = set(docs)
    return f


def merged_groups(*forms: NameForm) -> list[set[str]]:
    """The keys of each actor ``merge_forms`` makes of ``forms``."""
    return [{f.key for f in c.forms} for c in merge_forms({f.key: f for f in forms})]


def together(groups: list[set[str]], *keys: str) -> bool:
    """Whether one actor holds all ``keys``."""
    return any(set(keys) <= g for g in groups)


def apart(groups: list[set[str]], a: str, b: str) -> bool:
    """Whether no actor holds both ``a`` and ``b``."""
    return not any({a, b} <= g for g in groups)


def labelled_mentions(text: str, *labelled: tuple[str, str]) -> list[Mention]:
    """Entity mentions of ``text`` as the model might give them: (words, label) pairs, each
    found after the one before."""
    found, at = [], 0
    for words, label in labelled:
        start = text.index(words, at)
        found.append(Mention(words, label, start, start + len(words), 0))
        at = start + len(words)
    return found
