"""The clutter rules' shared types: ``Meta`` (what a source says about itself),
``Context`` (what a rule may look at) and ``Rule``, plus two tests of a line's length."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from briefing.ingest.text import (
    ends_sentence,
)
from briefing.lang.words import tokens

# Where the page's tail starts (share of its paragraphs): bios and notices live there.
# Set by hand on the sample and the clutter tests' pages (commit 2ccb86f); not benchmarked.
TAIL_START = 0.6
# A body paragraph has at least this many words and ends like a sentence.
# Set by hand on the sample and the clutter tests' pages (commit 2ccb86f); not benchmarked.
BODY_MIN_WORDS = 8


@dataclass
class Meta:
    """Metadata collected while reading and cleaning one source."""

    title: str = ""
    author: str | None = None
    outlet: str | None = None
    date: dt.date | None = None
    place: str | None = None  # dateline place, e.g. "SPRINGFIELD, Ill."
    # the earlier day a wire dateline gives ("OSLO, June 3 (Xinhua) --" on a June 4 page)
    filed: dt.date | None = None
    # plain-text sources have no markup for the title: take the first headline-like line
    detect_headline: bool = False


@dataclass
class Context:
    """What a rule may look at: the paragraph's neighbours, what was kept, the metadata."""

    paragraphs: list[str]
    index: int
    kept: list[str]
    meta: Meta
    state: dict[str, object] = field(default_factory=dict)
    # True until the first body paragraph (a real sentence of some length) is kept
    in_lead: bool = True
    kept_keys: set[str] = field(default_factory=set)  # normalised kept paragraphs

    @property
    def next(self) -> str:
        i = self.index + 1
        return self.paragraphs[i] if i < len(self.paragraphs) else ""

    @property
    def following(self) -> list[str]:
        return self.paragraphs[self.index + 1 : self.index + 4]

    @property
    def in_tail(self) -> bool:
        """The last 40% of the page, where bios and notices live."""
        return self.index >= TAIL_START * len(self.paragraphs)


def is_body(text: str) -> bool:
    """A real sentence of some length: eight words or more, ending like a sentence."""
    return word_count(text) >= BODY_MIN_WORDS and ends_sentence(text)


@dataclass(frozen=True)
class Rule:
    """A named clutter rule: an edit returns the rewritten line, a drop says whether to drop it."""

    name: str
    kind: str  # "edit" or "drop"
    func: Callable[[str, Context], object]

    @property
    def doc(self) -> str:
        return (self.func.__doc__ or "").strip()


def short(text: str, n: int) -> bool:
    """``n`` words or fewer."""
    return word_count(text) <= n


@lru_cache(maxsize=1024)
def word_count(text: str) -> int:
    """The words of a line; every rule asks about the same line (issue 13: counting them
    again per rule was half of reading 875 articles)."""
    return len(tokens(text))  # as many as words(text), not lower-cased
