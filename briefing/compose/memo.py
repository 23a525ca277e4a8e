"""Per-sentence memos of compose, kept within a build and, per article, across builds.

Several sections ask every sentence the same questions: its content stems and bigrams,
whether it reads on its own, which claim it rejects. Each answer is a pure function of
the sentence's words or text (and a few plain arguments), so it is remembered: the
decorators ``by_words`` and ``by_text`` turn such a function into a ``Memo``, registered
by name in ``MEMOS``.

A folder that only grows asks the same questions of the same sentences on every build,
so what the memos hold for one article's sentences can be ``export``ed as plain JSON
values and ``load``ed into a later build (``briefing.compose.features`` stores them per
article beside the map's cache). A memo's ``encode`` / ``decode`` pair turns its values
into JSON and back; ``decode`` checks every value's type and raises ``BadValue``
otherwise, so a hostile entry can give wrong-typed data to no caller, and a ``by_text``
memo's ``fits`` checks a decoded value against its sentence's text (spans within it, the
words it quotes in it), so a tampered entry puts no words of its own into a brief.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from functools import wraps
from itertools import islice
from typing import Any, Generic, TypeVar

from briefing.model import Sentence

# Answers kept per memo (past this many, new ones are computed and not kept): several
# sections ask the same sentence for its stems or bigrams, and the 875 articles of
# benchmarks/scale.py have ~27,000 sentences (compose 43 -> 35 CPU s with these memos).
SENTENCE_MEMO = 2**16

R = TypeVar("R")
Scalar = bool | int | float | str | None
_SCALARS = (bool, int, float, str, type(None))
_SCALAR_TYPES = frozenset(_SCALARS)
_STR = frozenset({str})


class BadValue(ValueError):
    """A stored value that is not one a memo's ``encode`` wrote."""


class Kept(Generic[R]):
    """Answers remembered by key, up to ``limit`` of them (the sentence memos here and
    ``article_memo.ArticleMemo``); a dataclass below gives ``values`` and ``limit``."""

    values: dict[tuple[Any, ...], R]
    limit: int

    def keep(self, key: tuple[Any, ...], value: R) -> R:
        """``value``, just worked out for ``key``, remembered while there is room."""
        if len(self.values) < self.limit:
            self.values[key] = value
        return value

    def remember(self, key: tuple[Any, ...], value: R) -> None:
        """An answer worked out elsewhere (a cache entry, a forked process)."""
        if len(self.values) < self.limit:
            self.values.setdefault(key, value)


@dataclass
class Memo(Kept[R]):
    """A pure function of one sentence (its words or its text, then plain arguments),
    remembered by its arguments. Results are shared: callers must not change them."""

    name: str
    fn: Callable[..., R]
    primary: Callable[[Sentence], Hashable]  # the first argument a sentence is asked with
    encode: Callable[[R], Any]
    decode: Callable[[Any], R]
    persist: bool = True  # exported for later builds (False: decoding costs what asking does)
    # Whether a decoded value fits its sentence's text (a stored value is taken only then).
    fits: Callable[[R, str], bool] = field(default=lambda value, text: True)
    limit: int = SENTENCE_MEMO
    values: dict[tuple[Any, ...], R] = field(default_factory=dict)

    def ask(self, key: tuple[Any, ...]) -> R:
        try:
            return self.values[key]
        except KeyError:
            return self.keep(key, self.fn(*key))


MEMOS: dict[str, Memo[Any]] = {}


def _register(memo: Memo[Any]) -> None:
    if memo.name in MEMOS:
        raise ValueError(f"two sentence memos named {memo.name!r}")
    MEMOS[memo.name] = memo


def _identity(value: Any) -> Any:
    return value


def _remembered(
    name: str,
    primary: Callable[[Sentence], Hashable],
    as_key: Callable[[Any], Hashable],
    encode: Callable[[R], Any],
    decode: Callable[[Any], R],
    persist: bool = True,
    fits: Callable[[R, str], bool] | None = None,
) -> Callable[[Callable[..., R]], Callable[..., R]]:
    """The decorator of the memo ``name``: ``fn(first, *args)`` is remembered per
    ``as_key(first)`` (what ``primary`` gives of a sentence) and the plain arguments."""

    def wrap(fn: Callable[..., R]) -> Callable[..., R]:
        memo: Memo[R] = Memo(name, fn, primary, encode, decode, persist)
        if fits is not None:
            memo.fits = fits
        _register(memo)

        @wraps(fn)
        def call(first: Any, *args: Scalar) -> R:
            return memo.ask((as_key(first), *args))

        return call

    return wrap


def by_words(
    name: str,
    encode: Callable[[R], Any] = _identity,
    decode: Callable[[Any], R] = _identity,
    *,
    persist: bool = True,
) -> Callable[[Callable[..., R]], Callable[..., R]]:
    """``fn(words, *args)``, a pure function of a sentence's words and plain positional
    arguments, remembered per distinct words and arguments as the memo ``name``."""
    return _remembered(name, _words_of, tuple, encode, decode, persist)


def by_text(
    name: str,
    encode: Callable[[R], Any] = _identity,
    decode: Callable[[Any], R] = _identity,
    fits: Callable[[R, str], bool] | None = None,
) -> Callable[[Callable[..., R]], Callable[..., R]]:
    """``fn(text, *args)``, a pure function of a sentence's text and plain positional
    arguments, remembered per distinct text and arguments as the memo ``name``; a stored
    value is taken only when ``fits(value, text)``."""
    return _remembered(name, _text_of, str, encode, decode, fits=fits)


# What a sentence is asked by: one function per kind, shared by the memos of that kind, so
# ``decode_answers`` makes a sentence's key once for all of them (one tuple of words, not
# one per memo, held in every memo's keys).
def _words_of(s: Sentence) -> tuple[str, ...]:
    return tuple(s.words)


def _text_of(s: Sentence) -> str:
    return s.text


# --------------------------------------------------------------------------- across builds

# One article's memo answers: memo name -> rows [sentence index, [arguments], value], or
# [sentence index, [arguments], None, other memo's name] for a set equal to the value that
# memo (of the same ``decode``) holds for the same sentence and arguments: a sentence's
# content stems, its stems with possessives folded and its fact stems are mostly the same
# set, stored once (the 880 articles of benchmarks/scale.py: 4 in 5 of them).
Answers = dict[str, list[list[Any]]]


def export(articles: Sequence[Sequence[Sentence]]) -> list[Answers]:
    """What the memos hold for each article's sentences, as JSON-ready rows."""
    out: list[Answers] = [{} for _ in articles]
    # Sets written so far per (article, sentence, arguments, decode): (memo name, value).
    written: dict[tuple[Any, ...], list[tuple[str, frozenset[Any]]]] = {}
    for memo in MEMOS.values():
        if not memo.persist:
            continue
        where: dict[Hashable, list[tuple[int, int]]] = {}
        for a, sentences in enumerate(articles):
            for i, s in enumerate(sentences):
                where.setdefault(memo.primary(s), []).append((a, i))
        for key, value in memo.values.items():
            places = where.get(key[0])
            if not places:
                continue
            encoded = memo.encode(value)
            args = list(key[1:])
            for a, i in places:
                rows = out[a].setdefault(memo.name, [])
                if not isinstance(value, frozenset):
                    rows.append([i, args, encoded])
                    continue
                slot = (a, i, key[1:], memo.decode)
                same = next((name for name, v in written.get(slot, ()) if v == value), None)
                if same is None:
                    rows.append([i, args, encoded])
                    written.setdefault(slot, []).append((memo.name, value))
                else:
                    rows.append([i, args, None, same])
    for answers in out:
        for rows in answers.values():
            rows.sort(key=lambda row: (row[0], repr(row[1])))
    return out


def decode_answers(data: Any, sentences: Sequence[Sentence]) -> list[tuple[Memo[Any], tuple]]:
    """The (memo, key, value) answers ``data`` holds for ``sentences``; ``BadValue`` if any
    name, index, argument or value is not one ``export`` wrote (a row naming another memo's
    set must name one of the same type that holds a value for the same sentence and
    arguments). Unknown memo names are an error too (an entry of other code)."""
    if not isinstance(data, dict):
        raise BadValue("answers")
    found: list[tuple[Memo[Any], tuple]] = []
    values: dict[tuple[Any, ...], Any] = {}  # (memo name, index, arguments): decoded value
    referring: list[tuple[Memo[Any], int, list[Any], Any]] = []
    keys: dict[Callable[[Sentence], Hashable], dict[int, Hashable]] = {}  # primary: i -> key
    n = len(sentences)
    for name, rows in data.items():
        memo = MEMOS.get(name)
        if memo is None or not memo.persist or not isinstance(rows, list):
            raise BadValue(f"memo {name!r}")
        made = keys.setdefault(memo.primary, {})
        for row in rows:
            if not (isinstance(row, list) and len(row) in (3, 4)):
                raise BadValue(f"{name} row")
            i, args = row[0], row[1]
            if type(i) is not int or not 0 <= i < n:
                raise BadValue(f"{name} sentence index")
            if not isinstance(args, list) or (args and not _scalars(args)):
                raise BadValue(f"{name} arguments")
            if len(row) == 4:
                referring.append((memo, i, args, row))
                continue
            value = memo.decode(row[2])
            if not memo.fits(value, sentences[i].text):
                raise BadValue(f"{name} value that does not fit its sentence")
            values[(name, i, *args)] = value
            key = made.get(i)
            if key is None:
                key = made[i] = memo.primary(sentences[i])
            found.append((memo, ((key, *args), value)))
    for memo, i, args, (_, _, empty, other) in referring:
        source = MEMOS.get(other) if isinstance(other, str) else None
        value = values.get((other, i, *args))
        if empty is not None or source is None or source.decode is not memo.decode:
            raise BadValue(f"{memo.name} row naming another memo")
        if not isinstance(value, frozenset):
            raise BadValue(f"{memo.name} row naming a set that is not there")
        made = keys.setdefault(memo.primary, {})
        key = made.get(i)
        if key is None:
            key = made[i] = memo.primary(sentences[i])
        found.append((memo, ((key, *args), value)))
    return found


def _scalars(values: list[Any]) -> bool:
    """Whether every item is a plain JSON scalar (the types JSON decodes to, exactly)."""
    return set(map(type, values)) <= _SCALAR_TYPES


def load(found: Sequence[tuple[Any, tuple]]) -> None:
    """Remember the answers ``decode_answers`` (or ``article_memo.decode_answers``)
    checked."""
    for memo, (key, value) in found:
        memo.remember(key, value)


# ------------------------------------------------------------------- across processes

# How many answers each memo held at a moment (``mark``): answers are only ever added, in
# order, so what came after is the tail of each memo's dict.
Mark = dict[str, int]
# New answers per memo name: (key, value) pairs, as a forked child sends them back.
Learnt = dict[str, list[tuple[tuple[Any, ...], Any]]]
# ``mark``, ``learnt_since`` and ``absorb`` work on a registry of memos by name: the
# sentence memos (``MEMOS``, the default) or the article memos (``article_memo``).
Registry = dict[str, Any]


def mark(registry: Registry | None = None) -> Mark:
    memos = MEMOS if registry is None else registry
    return {name: len(memo.values) for name, memo in memos.items()}


def learnt_since(before: Mark, registry: Registry | None = None) -> Learnt:
    """The answers added since ``before`` (in a forked child: what the parent lacks)."""
    memos = MEMOS if registry is None else registry
    # The tail only: a second build's memos hold every cached article's answers, and
    # copying them all to slice off the few new ones cost ~0.7 CPU s (benchmarks/scale.py's
    # folder, session 23).
    return {
        name: list(islice(memo.values.items(), before.get(name, 0), None))
        for name, memo in memos.items()
        if len(memo.values) > before.get(name, 0)
    }


def absorb(learnt: Learnt, registry: Registry | None = None) -> None:
    """Remember the answers another process (a forked child) worked out."""
    memos = MEMOS if registry is None else registry
    for name, pairs in learnt.items():
        memo = memos[name]
        for key, value in pairs:
            memo.remember(key, value)


# --------------------------------------------------------------------------- value codecs


def encode_strings(value: frozenset[str]) -> list[str]:
    return sorted(value)


def decode_strings(data: Any) -> frozenset[str]:
    if not isinstance(data, list) or not set(map(type, data)) <= _STR:
        raise BadValue("a set of strings")
    return frozenset(data)


def encode_pairs(value: frozenset[tuple[str, str]]) -> list[list[str]]:
    return sorted([a, b] for a, b in value)


def decode_pairs(data: Any) -> frozenset[tuple[str, str]]:
    if not isinstance(data, list):
        raise BadValue("a set of pairs")
    out: set[tuple[str, str]] = set()
    for x in data:
        if not (isinstance(x, list) and len(x) == 2 and all(isinstance(y, str) for y in x)):
            raise BadValue("a pair of strings")
        out.add((x[0], x[1]))
    return frozenset(out)


def decode_bool(data: Any) -> bool:
    if not isinstance(data, bool):
        raise BadValue("a bool")
    return data


def forget() -> None:
    """Drop every remembered answer (a long-lived process between unrelated builds; tests)."""
    for memo in MEMOS.values():
        memo.values.clear()
