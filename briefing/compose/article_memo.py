"""Per-article memos of compose: answers that are a pure function of one analysed article.

``briefing.compose.memo`` remembers what compose asks of one sentence. Some questions
are asked of a whole article instead (its page clutter, the name forms of its entity
mentions, where each concept first appears), and their answers too are the same on
every build of a folder that only grows. ``by_article`` turns such a function of an
``AnalysedDocument`` (and plain arguments) into an ``ArticleMemo``, registered by name in
``ARTICLE_MEMOS``; within a build it is remembered per article text (one text is one
analysis within a build) and ``briefing.compose.features`` stores an article's answers in
its entry, whose key covers the article's text and the analysis that produced its
sentences, mentions and parse.

A memo's ``encode`` / ``decode`` pair turns its values into JSON and back; ``decode``
checks every value and raises ``memo.BadValue`` otherwise, and its ``fits`` checks a
decoded value against its article's text and number of sentences (spans in order and
within the text, sentence indices below the count), so a tampered entry sends no caller
out of range or past a name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, wraps
from itertools import pairwise
from typing import Any, TypeVar

from briefing.compose import memo as sentence_memo
from briefing.compose.memo import BadValue, Kept, Scalar
from briefing.model import AnalysedDocument

R = TypeVar("R")
P = TypeVar("P")
# Answers kept per memo (past this many, new ones are computed and not kept): one per
# article and argument; benchmarks/scale.py has 880 articles.
ARTICLE_MEMO = 2**14
_SCALARS = (bool, int, float, str, type(None))
# Whether a decoded value fits its article: (value, the article's text, its number of
# sentences). Every check is given both, so a sentence index is bounded by the count.
Fits = Callable[[R, str, int], bool]


@dataclass
class ArticleMemo(Kept[R]):
    """Answers of a pure function of one analysed article (then plain arguments),
    remembered per article text and arguments. Results are shared: callers must not
    change them."""

    name: str
    module: str  # the module whose code works the answers out (the compose cache's key)
    encode: Callable[[R], Any]
    decode: Callable[[Any], R]
    fits: Fits[R]  # whether a decoded value fits its article's text and sentence count
    # Its own function (``by_article``'s); a memo whose answer needs more than plain
    # arguments has none and is asked with one.
    fn: Callable[..., R] | None = None
    limit: int = ARTICLE_MEMO
    # Stored in the article's compose cache entry (False: kept another way, or decoding
    # costs what asking does); a stored row of a memo that is not is refused.
    persist: bool = True
    values: dict[tuple[Any, ...], R] = field(default_factory=dict)

    def ask(
        self, adoc: AnalysedDocument, args: tuple[Scalar, ...], fn: Callable[..., R] | None = None
    ) -> R:
        """The answer for the article and ``args``; if none is known, ``fn(adoc, *args)``
        (by default the memo's own function)."""
        key = (adoc.document.text, *args)
        try:
            return self.values[key]
        except KeyError:
            run = fn if fn is not None else self.fn
            if run is None:
                raise LookupError(f"article memo {self.name} asked with no function") from None
            return self.keep(key, run(adoc, *args))


ARTICLE_MEMOS: dict[str, ArticleMemo[Any]] = {}


def _fits_any(value: Any, text: str, sentences: int) -> bool:
    return True


def article_memo(
    name: str,
    module: str,
    encode: Callable[[R], Any],
    decode: Callable[[Any], R],
    fits: Fits[R] = _fits_any,
    fn: Callable[..., R] | None = None,
    persist: bool = True,
) -> ArticleMemo[R]:
    """The memo ``name``, registered, whose answers the code of ``module`` works out: by
    ``fn``, or by the function each caller gives ``ArticleMemo.ask``."""
    if name in ARTICLE_MEMOS:
        raise ValueError(f"two article memos named {name!r}")
    memo: ArticleMemo[R] = ArticleMemo(name, module, encode, decode, fits, fn, persist=persist)
    ARTICLE_MEMOS[name] = memo
    return memo


def by_article(
    name: str,
    encode: Callable[[R], Any],
    decode: Callable[[Any], R],
    fits: Fits[R] = _fits_any,
    persist: bool = True,
) -> Callable[[Callable[..., R]], Callable[..., R]]:
    """``fn(adoc, *args)``, a pure function of one analysed article and plain positional
    arguments, remembered per article and arguments as the memo ``name``; a stored value
    is taken only when ``fits(value, article text, its number of sentences)``;
    ``persist``: stored at all."""

    def wrap(fn: Callable[..., R]) -> Callable[..., R]:
        memo = article_memo(name, fn.__module__, encode, decode, fits, fn, persist)

        @wraps(fn)
        def call(adoc: AnalysedDocument, *args: Scalar) -> R:
            return memo.ask(adoc, args)

        return call

    return wrap


# One article's answers: memo name -> rows [[arguments], value].
Answers = dict[str, list[list[Any]]]


def export(texts: Sequence[str]) -> list[Answers]:
    """What the memos hold for each article (by its text), as JSON-ready rows."""
    index = {text: i for i, text in enumerate(texts)}
    out: list[Answers] = [{} for _ in texts]
    for memo in ARTICLE_MEMOS.values():
        if not memo.persist:
            continue
        for key, value in memo.values.items():
            i = index.get(key[0])
            if i is not None:
                out[i].setdefault(memo.name, []).append([list(key[1:]), memo.encode(value)])
    for answers in out:
        for rows in answers.values():
            rows.sort(key=lambda row: repr(row[0]))
    return out


def decode_answers(data: Any, text: str, sentences: int) -> list[tuple[ArticleMemo[Any], tuple]]:
    """The (memo, (key, value)) answers ``data`` holds for the article ``text`` of
    ``sentences`` sentences; ``BadValue`` if any name, argument or value is not one
    ``export`` wrote, or does not fit the article."""
    if not isinstance(data, dict):
        raise BadValue("article answers")
    found: list[tuple[ArticleMemo[Any], tuple]] = []
    for name, rows in data.items():
        memo = ARTICLE_MEMOS.get(name)
        if memo is None or not memo.persist or not isinstance(rows, list):
            raise BadValue(f"article memo {name!r}")
        for row in rows:
            if not (isinstance(row, list) and len(row) == 2 and isinstance(row[0], list)):
                raise BadValue(f"{name} row")
            if not all(isinstance(x, _SCALARS) for x in row[0]):
                raise BadValue(f"{name} arguments")
            value = memo.decode(row[1])
            if not memo.fits(value, text, sentences):
                raise BadValue(f"{name} value that does not fit its article")
            found.append((memo, ((text, *row[0]), value)))
    return found


# Remembering checked answers, and what a forked child sends back to its parent, work as
# for the sentence memos (``memo.load``, ``memo.mark`` ...), on this module's registry.
load = sentence_memo.load
Mark = sentence_memo.Mark
Learnt = sentence_memo.Learnt


def mark() -> Mark:
    return sentence_memo.mark(ARTICLE_MEMOS)


def learnt_since(before: Mark) -> Learnt:
    return sentence_memo.learnt_since(before, ARTICLE_MEMOS)


def absorb(learnt: Learnt) -> None:
    sentence_memo.absorb(learnt, ARTICLE_MEMOS)


def forget() -> None:
    """Drop every remembered answer (a long-lived process between unrelated builds; tests)."""
    for memo in ARTICLE_MEMOS.values():
        memo.values.clear()


# --------------------------------------------------------------------------- value codecs


# Maximal runs of letters, and of word characters, of a text: each is a part of it, and no
# two runs of one kind overlap (``all_written``, ``counts_written``).
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_WORD_RUN = re.compile(r"\w+")


def all_written(found: Iterable[str], text: str) -> bool:
    """Whether each string of ``found`` is a part of ``text``: one that is a run of letters
    of it is, the others are searched for. (A search per word of a stored word set took
    0.24 CPU s of a second run over benchmarks/scale.py's 875 + 5 articles; 0.13 s so.)"""
    runs = set(_LETTER_RUN.findall(text))
    return all(w in text for w in found if w not in runs)


@lru_cache(maxsize=1)
def text_runs(text: str) -> Counter[str]:
    """How often each maximal run of word characters occurs in ``text``. Kept for the
    last text asked: a build checks the stored answers of one article's memos one after
    the other (``decode_answers``), and several checks read its runs (a second run over
    benchmarks/scale.py's 875 + 5 articles split each text into runs or searched it word
    by word once per memo)."""
    return Counter(_WORD_RUN.findall(text))


@lru_cache(maxsize=1)
def _lowered_runs(text: str) -> frozenset[str]:
    """The runs of word characters of ``text.lower()``, when ``text`` is ASCII (whose
    letters lower one by one, in place: each run of ``text`` lowered is one of
    ``text.lower()``); else none."""
    return frozenset(w.lower() for w in text_runs(text)) if text.isascii() else frozenset()


def runs_written(found: Iterable[str], text: str) -> bool:
    """Whether each string of ``found`` is a part of ``text``: a run of word characters
    of it is (``text_runs``), the others are searched for."""
    runs = text_runs(text)
    return all(w in runs or w in text for w in found)


def lower_written(found: Iterable[str], text: str) -> bool:
    """Whether each string of ``found`` is a part of ``text.lower()``: a run of word
    characters of it is, the others are searched for (``all_written``)."""
    runs = _lowered_runs(text)
    missing = [w for w in found if w not in runs]
    return not missing or all_written(missing, text.lower())


def counts_written(counted: Mapping[str, int], text: str) -> bool:
    """Whether each string occurs in ``text`` at least as often as counted, as
    ``str.count`` counts (without overlaps). A run of word characters found n times
    does: no two of its occurrences overlap, and ``str.count``, taking the leftmost
    first, finds at least as many; the others are counted."""
    runs = text_runs(text)
    return all(runs[w] >= n or text.count(w) >= n for w, n in counted.items())


def encode_spans(value: list[tuple[int, int]]) -> list[list[int]]:
    return [[s, e] for s, e in value]


def decode_pairs(data: Any, kind: type[P], whole: str, each: str) -> list[tuple[P, P]]:
    """Pairs of ``kind`` (exactly: no bool for an int) read back from their JSON lists;
    ``BadValue`` saying what was wanted, ``whole`` or ``each`` pair, otherwise."""
    if not isinstance(data, list):
        raise BadValue(whole)
    out = []
    for x in data:
        if not (isinstance(x, list) and len(x) == 2 and all(type(y) is kind for y in x)):
            raise BadValue(each)
        out.append((x[0], x[1]))
    return out


def decode_spans(data: Any) -> list[tuple[int, int]]:
    return decode_pairs(data, int, "a list of spans", "a span of two integers")


def spans_fit(
    value: Sequence[tuple[int, int] | tuple[int, int, str]], text: str, sentences: int
) -> bool:
    """Whether each span (of characters, or of tokens: no more than characters) is a
    non-empty part of ``text``."""
    return all(0 <= x[0] < x[1] <= len(text) for x in value)


def named_spans_fit(value: list[tuple[int, int, str]], text: str, sentences: int) -> bool:
    """``spans_fit``, and in order without overlapping, as a reader that bisects them (by
    start) and names one thing per span needs."""
    return spans_fit(value, text, sentences) and all(a[1] <= b[0] for a, b in pairwise(value))


def positions_fit(value: dict[Any, int], text: str, sentences: int) -> bool:
    """Whether each position is a sentence's index in the article."""
    return all(0 <= p < sentences for p in value.values())


_NAMED_SPAN = [int, int, str]


def encode_named_spans(value: list[tuple[int, int, str]]) -> list[list[Any]]:
    return [[s, e, k] for s, e, k in value]


def decode_named_spans(data: Any) -> list[tuple[int, int, str]]:
    """Spans of an article's text, each with a string (a name's key), as
    ``encode_named_spans`` wrote them."""
    if not isinstance(data, list):
        raise BadValue("a list of named spans")
    out = []
    for x in data:
        if not (isinstance(x, list) and list(map(type, x)) == _NAMED_SPAN):
            raise BadValue("a span of two integers and a string")
        out.append((x[0], x[1], x[2]))
    return out


def encode_counts(value: dict[str, int]) -> list[list[Any]]:
    return sorted([k, n] for k, n in value.items())


def decode_counts(data: Any) -> dict[str, int]:
    """A count per string, as ``encode_counts`` wrote it (each string once, counts >= 1)."""
    if not isinstance(data, list):
        raise BadValue("a list of counts")
    out: dict[str, int] = {}
    for x in data:
        if not (
            isinstance(x, list)
            and len(x) == 2
            and type(x[0]) is str
            and type(x[1]) is int
            and x[1] > 0
            and x[0] not in out
        ):
            raise BadValue("a string and its count")
        out[x[0]] = x[1]
    return out


def checked_rows(data: Any, ok: Callable[[list[Any]], bool], each: str) -> list[list[Any]]:
    """``data`` as a list of rows (lists), each of which ``ok`` accepts; ``BadValue``
    saying what each row should be (``each``) otherwise."""
    if not isinstance(data, list):
        raise BadValue(f"a list of rows: {each}")
    for x in data:
        if not (isinstance(x, list) and ok(x)):
            raise BadValue(each)
    return data


def keys_fit(value: Mapping[int, Any], text: str, sentences: int) -> bool:
    """Whether each key is the index of one of the article's sentences: a caller may
    index the article's sentences with it."""
    return all(0 <= i < sentences for i in value)


def encode_indices(value: frozenset[int]) -> list[int]:
    return sorted(value)


def decode_indices(data: Any) -> frozenset[int]:
    """Sentence indices, as ``encode_indices`` wrote them."""
    if not isinstance(data, list) or not set(map(type, data)) <= {int}:
        raise BadValue("a list of sentence indices")
    return frozenset(data)


def indices_fit(value: frozenset[int], text: str, sentences: int) -> bool:
    """Whether each index is one of the article's sentences'."""
    return all(0 <= i < sentences for i in value)


# By sentence index, spans of that sentence's text (start, end), each with a string.
SentenceSpans = dict[int, list[tuple[int, int, str]]]


def encode_sentence_spans(value: SentenceSpans) -> list[list[Any]]:
    return [[i, s, e, key] for i, spans in value.items() for s, e, key in spans]


def decode_sentence_spans(data: Any) -> SentenceSpans:
    """Spans by sentence index, as ``encode_sentence_spans`` wrote them."""
    if not isinstance(data, list):
        raise BadValue("a list of sentence spans")
    out: SentenceSpans = {}
    for x in data:
        if not (isinstance(x, list) and list(map(type, x)) == _SENTENCE_SPAN):
            raise BadValue("a sentence index, a span and a string")
        out.setdefault(x[0], []).append((x[1], x[2], x[3]))
    return out


_SENTENCE_SPAN = [int, int, int, str]


def sentence_spans_fit(value: SentenceSpans, text: str, sentences: int) -> bool:
    """Sentence indices of the article's sentences, and spans no longer than the
    article (none empty)."""
    return all(
        0 <= i < sentences and all(0 <= s < e <= len(text) for s, e, _ in spans)
        for i, spans in value.items()
    )
