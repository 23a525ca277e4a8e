"""Which of an article's sentences the summary may choose, kept across builds with what
the answer read of the story.

``synthesis`` lets a sentence into the summary and the background only when it reads on
its own (``sentence_filters.standalone``), its subject and figures are clear
(``clarity.Clarity.clear``), it leans on its article for no place or thing
(``unanchored``), does not only guess (``leaning``) and does not lean back
(``summary_leans``). Most of that is a question of the article alone, but some answers
read story-wide facts: the story's things, its surnames and speakers, the words it
writes in lower case, the words of its places and whether the focus names a place. A
second run over a folder grown by a few articles asked every sentence again.

Here an article's answer is worked out with those facts read through ``Asked`` tables,
which note each word asked and the answer; the answer is kept with those reads in the
article memo ``summary_eligible`` (its arguments: whether the article's dateline names
a place, and a digest of the reads). A later build
takes a kept answer when its own facts answer every noted read alike: the same answers
lead the same code down the same path to the same sentences. Otherwise the answer is
worked out again and kept beside the old one (a grown story changes what few articles
read; an entry's rows only add up, within the bound every entry has). A hostile entry's
reads can only fail (the answer is worked out again) or match, and its sentences are
the article's own (``indices_fit``), as for the other article memos.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from typing import Any

from briefing.compose.article_memo import (
    ArticleMemo,
    article_memo,
    decode_indices,
    encode_indices,
    indices_fit,
)
from briefing.compose.clarity import Clarity
from briefing.compose.leaning import leaning_sentences
from briefing.compose.memo import BadValue
from briefing.compose.place_notes import has_place
from briefing.compose.sentence_filters import standalone, trim_connective
from briefing.compose.unanchored import Unanchored
from briefing.lang.summary_leans import leans_in_summary
from briefing.model import AnalysedDocument, Corpus

# A statement has at least this many words (``synthesis`` asks no shorter sentence).
MIN_STATEMENT_WORDS = 4
# The story-wide tables a read names, by its number in a stored read.
TABLES = ("things", "surnames", "speakers", "lowered", "places", "focus place")
_FOCUS = TABLES.index("focus place")  # a flag, asked with the word ""
# One read: the table's number, the word asked, the answer.
Read = tuple[int, str, bool]
Kept = tuple[tuple[Read, ...], frozenset[int]]


class Asked:
    """A story-wide table of words that notes each word asked of it (``in``) and the
    answer; nothing else may be asked of it (an unnoted read would make a kept answer
    wrong, so it fails instead). Its truth is the flag ``_FOCUS``'s reading."""

    __slots__ = ("code", "words", "reads")

    def __init__(self, code: int, words: frozenset[str], reads: list[Read]) -> None:
        self.code, self.words, self.reads = code, words, reads

    def __contains__(self, word: object) -> bool:
        if type(word) is not str:
            raise TypeError(f"{TABLES[self.code]} asked of a {type(word).__name__}")
        found = word in self.words
        self.reads.append((self.code, word, found))
        return found

    def __bool__(self) -> bool:
        return "" in self


class StoryFacts:
    """The story-wide facts the answers read, as this build has them."""

    def __init__(self, clarity: Clarity, unanchored: Unanchored) -> None:
        self.clarity, self.unanchored = clarity, unanchored
        self.tables: tuple[frozenset[str], ...] = (
            clarity.things,
            clarity.known,
            clarity.people,
            clarity.lowered,
            unanchored.place_words,
            frozenset({""}) if unanchored.focus_place else frozenset(),
        )

    def agree(self, reads: Sequence[Read]) -> bool:
        """Whether this build's facts answer each read as noted."""
        tables = self.tables
        return all((word in tables[code]) is found for code, word, found in reads)

    def recorded(self) -> tuple[Clarity, Unanchored, list[Read]]:
        """The clarity and unanchored readers with their facts read through ``Asked``, and
        the list their reads are noted in."""
        reads: list[Read] = []
        asked: list[Any] = [Asked(i, table, reads) for i, table in enumerate(self.tables)]
        things, known, people, lowered, places, focus = asked
        clarity = self.clarity.reading(things, known, people, lowered)
        return clarity, self.unanchored.reading(things, places, focus), reads


def _encode(value: Kept) -> list[Any]:
    reads, chosen = value
    return [[list(r) for r in reads], encode_indices(chosen)]


def _decode(data: Any) -> Kept:
    """A kept answer as ``_encode`` wrote it: reads of known tables, and sentence indices."""
    if not (isinstance(data, list) and len(data) == 2 and isinstance(data[0], list)):
        raise BadValue("reads and sentence indices")
    reads = []
    for r in data[0]:
        if not (
            isinstance(r, list)
            and len(r) == 3
            and type(r[0]) is int
            and 0 <= r[0] < len(TABLES)
            and type(r[1]) is str
            and type(r[2]) is bool
        ):
            raise BadValue("a read: a table's number, a word and an answer")
        reads.append((r[0], r[1], r[2]))
    return tuple(reads), decode_indices(data[1])


def _fits(value: Kept, text: str, sentences: int) -> bool:
    return indices_fit(value[1], text, sentences)


_KEPT: ArticleMemo[Kept] = article_memo("summary_eligible", __name__, _encode, _decode, _fits)


def _digest(reads: Sequence[Read]) -> str:
    h = hashlib.blake2b(digest_size=12)
    for code, word, found in reads:
        h.update(f"{code}\x1f{int(found)}\x1f{word}\x1e".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def eligible_sentences(
    corpus: Corpus, clarity: Clarity, unanchored: Unanchored
) -> list[frozenset[int]]:
    """Per article of ``corpus``, the indices of its sentences of at least
    ``MIN_STATEMENT_WORDS`` words the summary may choose (module doc)."""
    facts = StoryFacts(clarity, unanchored)
    kept: dict[tuple[Any, ...], list[Kept]] = {}
    for key, value in _KEPT.values.items():
        kept.setdefault(key[:2], []).append(value)
    return [_article(corpus, adoc, facts, kept) for adoc in corpus.docs]


def _article(
    corpus: Corpus,
    adoc: AnalysedDocument,
    facts: StoryFacts,
    kept: dict[tuple[Any, ...], list[Kept]],
) -> frozenset[int]:
    """The article's answer: a kept one whose reads this build's facts agree with, or
    one worked out now (and kept). Besides its text, the answer reads whether the
    article's dateline names a place (``standalone``), which comes from its page, so
    that is the memo's first argument."""
    known = (adoc.document.text, has_place(adoc.document))
    for reads, chosen in kept.get(known, ()):
        if facts.agree(reads):
            return chosen
    clarity, unanchored, reads = facts.recorded()
    chosen = _eligible(corpus, adoc, clarity.clear, unanchored)
    return _KEPT.keep((*known, _digest(reads)), (tuple(reads), chosen))[1]


def _eligible(
    corpus: Corpus,
    adoc: AnalysedDocument,
    clear: Callable[[str], bool],
    unanchored: Unanchored,
) -> frozenset[int]:
    leaning = leaning_sentences(adoc)
    return frozenset(
        s.index
        for s in adoc.sentences
        if len(s.words) >= MIN_STATEMENT_WORDS
        and standalone(s, corpus)
        and clear(s.text)
        and not unanchored.leans(s)
        and s.index not in leaning
        and not leans_in_summary(trim_connective(s.text))
    )
