"""Each article's question candidates, kept across builds with what they read of the story.

``candidates``, ``expected`` and ``unknowns`` find the questions an article's sentences
raise, expect and say are not known. Most of that is a question of the article alone
(its cues, their parse, who asks), but five
answers read the story: a person's fullest name and title (``QuestionContext.person``),
whether the actor table knows a person by a name (``knows_person``), which body "it"
stands for and the article's main body (``it_stands_for``, ``main_org_of``: by the actor
table's counts), and whether a question names someone no other article mentions
(``one_off_names``). A second run over a folder grown by a few articles found every
article's candidates again.

Here an article's candidates are found with a ``Noting`` context, which asks those five
of this build's context and notes each question and its answer; the candidates are kept
with those reads in the article memo ``question_candidates`` (its argument: a digest of
the reads). A later build takes kept candidates when its own context answers every noted
read alike: the same answers lead the same code down the same path to the same
questions. Otherwise they are found again and kept beside the old ones (a grown story
changes what few articles read; an entry's rows only add up, within the bound every
entry has), as ``summary_eligible`` keeps the summary's choice of sentences.

A stored entry is checked as the other article memos are: its reads must be of the five
kinds with answers of the right type, and can only fail (the candidates are found again)
or match; its candidates must name sentences of the article, kinds these rules make,
scores within their range, and questions and askers no longer than the article's text
with a name added (``fits``). Their words, though, are the entry's own: as a planted
entry of the read cache can put its words into a brief, so can a planted entry here,
into its open questions. The compose cache is read only when no other user can write
it (``cachestore.private``; the README's hostile-input table).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from briefing.compose.article_memo import ArticleMemo, article_memo, checked_rows
from briefing.compose.memo import BadValue
from briefing.compose.questions.candidates import (
    DUCKED_BONUS,
    DUCKED_WINDOW,
    KIND_SCORE,
    OFFICIAL_BONUS,
    UNATTRIBUTED_PENALTY,
    document_candidates,
)
from briefing.compose.questions.context import QuestionCandidate, QuestionContext
from briefing.compose.questions.expected import expected_candidates
from briefing.compose.questions.unknowns import unknown_candidates
from briefing.model import AnalysedDocument, Sentence

# What a read asks, by its number in a stored read.
PERSON, KNOWS, IT, ORG, ONE_OFF = range(5)
# The types each kind of read answers with.
ANSWERS: tuple[frozenset[type], ...] = (
    frozenset({str}),
    frozenset({bool}),
    frozenset({str, type(None)}),
    frozenset({str, type(None)}),
    frozenset({bool}),
)
# The reads asked of one sentence (the others are asked of a name, or of the article).
OF_A_SENTENCE = frozenset({IT, ONE_OFF})
# The kinds of candidates, and the range of their scores: a kind's weight, less the
# penalty for no asker, or plus an official's bonus and a bonus for each of the ducked
# sentences that may follow within the window (``document_candidates``).
KINDS = frozenset(KIND_SCORE)
LOWEST_SCORE = min(KIND_SCORE[k] for k in KINDS) - UNATTRIBUTED_PENALTY
HIGHEST_SCORE = max(KIND_SCORE[k] for k in KINDS) + OFFICIAL_BONUS + DUCKED_WINDOW * DUCKED_BONUS
# A question or an asker is made of an article's words, with a name and a title from the
# actor table added; longer than the article's text by more than this, a stored one is
# refused. Set by hand: on the 750 articles of the DUC 2004 and open DUC 2006 dev stories
# the longest question has 192 characters and the longest asker 35.
ADDED_CHARS = 256

# One read: its kind, the sentence asked of (0 when none), the text asked, the answer.
Read = tuple[int, int, str, Any]
# One candidate: its sentence's index, question, kind, who raised it, score.
Row = tuple[int, str, str, str | None, float]
Kept = tuple[tuple[Read, ...], tuple[Row, ...]]


class Noting(QuestionContext):
    """A context that asks the story of ``ctx`` and notes each read and its answer; it
    has none of the story's tables itself, so a rule that read one directly would fail
    here rather than be kept without its read noted. The sentence being read is the
    context's own (``where``)."""

    def __init__(self, ctx: QuestionContext) -> None:
        self.story = ctx
        self.reads: dict[tuple[int, int, str], Any] = {}

    @property  # type: ignore[override]
    def where(self) -> tuple[AnalysedDocument, Sentence] | None:
        return self.story.where

    @where.setter
    def where(self, value: tuple[AnalysedDocument, Sentence] | None) -> None:
        self.story.where = value

    def _read(self, kind: int, adoc: AnalysedDocument | None, index: int, asked: str) -> Any:
        found = answer(self.story, adoc, kind, index, asked)  # type: ignore[arg-type]
        self.reads[(kind, index, asked)] = found
        return found

    def person(self, name: str) -> str:
        return self._read(PERSON, None, 0, name)  # type: ignore[no-any-return]

    def knows_person(self, name: str) -> bool:
        return self._read(KNOWS, None, 0, name)  # type: ignore[no-any-return]

    def it_stands_for(self, adoc: AnalysedDocument, sent: Sentence) -> str | None:
        return self._read(IT, adoc, sent.index, "")  # type: ignore[no-any-return]

    def main_org_of(self, adoc: AnalysedDocument) -> str | None:
        return self._read(ORG, adoc, 0, "")  # type: ignore[no-any-return]

    def one_off_names(self, adoc: AnalysedDocument, sent: Sentence, question: str) -> list[str]:
        """The names themselves (its callers ask only whether there are any, the read)."""
        names = self.story.one_off_names(adoc, sent, question)
        self.reads[(ONE_OFF, sent.index, question)] = bool(names)
        return names


def answer(ctx: QuestionContext, adoc: AnalysedDocument, kind: int, index: int, asked: str) -> Any:
    """What this build's context answers to a read of ``adoc``, as ``Noting`` notes it."""
    if kind == PERSON:
        return ctx.person(asked)
    if kind == KNOWS:
        return ctx.knows_person(asked)
    if kind == ORG:
        return ctx.main_org_of(adoc)
    sent = adoc.sentences[index]
    if kind == IT:
        return ctx.it_stands_for(adoc, sent)
    return bool(ctx.one_off_names(adoc, sent, asked))


def _encode(value: Kept) -> list[Any]:
    reads, rows = value
    return [[list(r) for r in reads], [list(r) for r in rows]]


def _a_read(r: list[Any]) -> bool:
    return (
        len(r) == 4
        and type(r[0]) is int
        and 0 <= r[0] < len(ANSWERS)
        and list(map(type, r[1:3])) == [int, str]
        and type(r[3]) in ANSWERS[r[0]]
    )


def _a_candidate(c: list[Any]) -> bool:
    return (
        len(c) == 5
        and list(map(type, c[:2])) == [int, str]
        and bool(c[1])
        and c[2] in KINDS
        and type(c[3]) in (str, type(None))
        and type(c[4]) is float
        and LOWEST_SCORE <= c[4] <= HIGHEST_SCORE  # no NaN either
    )


def _decode(data: Any) -> Kept:
    """Kept candidates as ``_encode`` wrote them (the types of every field)."""
    if not (isinstance(data, list) and len(data) == 2):
        raise BadValue("reads and candidates")
    reads = checked_rows(data[0], _a_read, "a read: its kind, a sentence, the text, the answer")
    rows = checked_rows(data[1], _a_candidate, "a candidate: sentence, question, kind, asker")
    return tuple(map(tuple, reads)), tuple(map(tuple, rows))  # type: ignore[arg-type]


def _fits(value: Kept, text: str, sentences: int) -> bool:
    """Sentences of the article, and no question or asker much longer than its text."""
    reads, rows = value
    longest = len(text) + ADDED_CHARS
    return all(0 <= r[1] < sentences for r in reads if r[0] in OF_A_SENTENCE) and all(
        0 <= c[0] < sentences and len(c[1]) <= longest and len(c[3] or "") <= longest for c in rows
    )


_KEPT: ArticleMemo[Kept] = article_memo("question_candidates", __name__, _encode, _decode, _fits)


def _digest(reads: Sequence[Read]) -> str:
    h = hashlib.blake2b(digest_size=12)
    for kind, index, asked, found in reads:
        h.update(f"{kind}\x1f{index}\x1f{found!r}\x1f{asked}\x1e".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


class KeptCandidates:
    """The question candidates of each article of ``ctx``'s story (module doc)."""

    def __init__(self, ctx: QuestionContext) -> None:
        self.ctx = ctx
        self.kept: dict[str, list[Kept]] = {}
        for key, value in _KEPT.values.items():
            self.kept.setdefault(key[0], []).append(value)

    def of(self, adoc: AnalysedDocument) -> list[QuestionCandidate]:
        """The article's candidates: kept ones whose reads this build's context answers
        alike, or ones found now (and kept). New objects either way: later rules change
        them."""
        for reads, rows in self.kept.get(adoc.document.text, ()):
            if all(answer(self.ctx, adoc, k, i, asked) == found for k, i, asked, found in reads):
                return [_candidate(adoc, row) for row in rows]
        noting = Noting(self.ctx)
        found = [
            *document_candidates(noting, adoc),
            *expected_candidates(noting, adoc),
            *unknown_candidates(noting, adoc),
        ]
        reads = tuple((*key, value) for key, value in noting.reads.items())
        rows = tuple((c.sentence.index, c.question, c.kind, c.raised_by, c.score) for c in found)
        _KEPT.keep((adoc.document.text, _digest(reads)), (reads, rows))
        return found


def _candidate(adoc: AnalysedDocument, row: Row) -> QuestionCandidate:
    index, question, kind, raised_by, score = row
    sent = adoc.sentences[index]
    return QuestionCandidate(question, sent.text, sent, kind, raised_by, score, [sent.source_id])
