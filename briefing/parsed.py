"""A document's parse as plain, compact data, with spaCy-like views over it.

Analyse is the only stage that runs spaCy; it converts each ``Doc`` into a
``ParsedDoc``: one text, a small string table and one ``array`` per token attribute
(offsets, whitespace, lemma, POS, tag, dependency, head, subtree edges, entity IOB
and type, lexical flags), plus sentence starts and entity spans. No per-token Python
object is stored, so the parse is cheap to keep for every article, to pickle into a
worker process and to write to disk (``to_dict``/``from_dict`` is plain JSON data).

``Token`` and ``Span`` are light views created on access. They expose the attribute
names of spaCy's ``Token``/``Span``/``Doc`` that later stages read (``.i``, ``.dep_``,
``.head``, ``.children``, ``.subtree``, ``.root``, ``.conjuncts``, ``char_span`` ...),
computed exactly as spaCy 3.8 computes them, so compose reads the parse without spaCy.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Callable, Collection, Iterable, Iterator
from typing import Any

from briefing.parsed_window import window

# Lexical flags, one bit each in ``ParsedDoc.flags`` (spaCy's lexeme attributes).
IS_PUNCT, IS_SPACE, IS_TITLE, IS_UPPER, IS_LOWER = 1, 2, 4, 8, 16

# Columns of 32-bit integers; string-valued ones index ``ParsedDoc.strings``.
INT_COLUMNS = ("idx", "length", "head", "left", "right", "lemma", "pos", "tag", "dep", "ent_type")
# Columns of small integers: trailing space (0/1), spaCy's ent_iob (0 unset, 1 I, 2 O, 3 B).
BYTE_COLUMNS = ("space", "ent_iob", "flags")
_IOB = ("", "I", "O", "B")
# Heads a token's ``ancestors`` climb at most. A text with no full stop is parsed as a few
# sentences of thousands of words, chains of heads hundreds deep, and every date of it
# climbed its chain (``sentence_dates``): a 200,000-character one took 22 CPU s. The
# deepest token of 8 dev stories' parses (half A and D0617H D0631D D0635H) is 20 heads
# from its root; a date, 13.
MAX_ANCESTORS = 64


class ParsedDoc:
    """The parse of one text. ``head``/``left``/``right`` are absolute token indices."""

    # ``ents``, built once, and their first tokens (class defaults: an older pickle has none)
    _ents: tuple[Span, ...] | None = None
    _ent_starts: tuple[int, ...] = ()

    def __init__(
        self,
        text: str,
        strings: list[str],
        columns: dict[str, array],
        sent_starts: array,
        ents: array,
    ) -> None:
        self.text = text
        self.strings = strings
        self.cols = columns
        self.sent_starts = sent_starts  # token index of each sentence's first token
        self.ents_flat = ents  # (start, end, label string index) per entity, flattened
        self._kids: tuple[array, array] | None = None

    # ----------------------------------------------------------------- building

    @classmethod
    def from_tokens(cls, text: str, tokens: list[dict[str, Any]], **spans: Any) -> ParsedDoc:
        """Build from one dict per token (keys: the columns, string values for strings).

        ``spans``: ``sent_starts`` (token indices) and ``ents`` ((start, end, label) triples).
        """
        strings: list[str] = [""]
        index = {"": 0}

        def sid(s: str) -> int:
            if s not in index:
                index[s] = len(strings)
                strings.append(s)
            return index[s]

        cols = {name: array("i") for name in INT_COLUMNS}
        cols.update({name: array("B") for name in BYTE_COLUMNS})
        for tok in tokens:
            for name in INT_COLUMNS:
                v = tok[name]
                cols[name].append(sid(v) if isinstance(v, str) else v)
            for name in BYTE_COLUMNS:
                cols[name].append(tok[name])
        ents = array("i")
        for start, end, label in spans.get("ents", ()):
            ents.extend((start, end, sid(label)))
        return cls(text, strings, cols, array("i", spans.get("sent_starts", ())), ents)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able data; ``from_dict`` rebuilds an equal parse."""
        return {
            "text": self.text,
            "strings": list(self.strings),
            "columns": {k: v.tolist() for k, v in self.cols.items()},
            "sent_starts": self.sent_starts.tolist(),
            "ents": self.ents_flat.tolist(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ParsedDoc:
        cols = {k: array("i", data["columns"][k]) for k in INT_COLUMNS}
        cols.update({k: array("B", data["columns"][k]) for k in BYTE_COLUMNS})
        return cls(
            data["text"],
            list(data["strings"]),
            cols,
            array("i", data["sent_starts"]),
            array("i", data["ents"]),
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ParsedDoc) and self.to_dict() == other.to_dict()

    def __getstate__(self) -> dict[str, Any]:
        # the children index and the entities are rebuilt on demand
        return {**self.__dict__, "_kids": None, "_ents": None, "_ent_starts": ()}

    # ----------------------------------------------------------------- the Doc API

    def __len__(self) -> int:
        return len(self.cols["idx"])

    def __iter__(self) -> Iterator[Token]:
        return (Token(self, i) for i in range(len(self)))

    def __getitem__(self, key: int | slice) -> Any:
        if isinstance(key, slice):
            start, stop, _ = key.indices(len(self))
            return Span(self, start, max(start, stop))
        if key < 0:
            key += len(self)
        if not 0 <= key < len(self):
            raise IndexError(key)
        return Token(self, key)

    @property
    def ents(self) -> tuple[Span, ...]:
        """The entities in text order, built on first use: a story's sentences each read
        them, and rebuilding a long article's thousands on every read made the reads
        quadratic (a 2,500-sentence article: 8 of a 21 CPU s build)."""
        if self._ents is None:
            e = self.ents_flat
            spans = (
                Span(self, e[k], e[k + 1], self.strings[e[k + 2]]) for k in range(0, len(e), 3)
            )
            self._ents = tuple(sorted(spans, key=lambda span: span.start))
            self._ent_starts = tuple(span.start for span in self._ents)
        return self._ents

    def ents_starting(self, start: int, end: int) -> tuple[Span, ...]:
        """The entities whose first token is in ``start:end``, found by bisection."""
        ents, starts = self.ents, self._ent_starts
        return ents[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]

    def ents_within(self, start: int, end: int) -> tuple[Span, ...]:
        """The entities lying wholly in tokens ``start:end``, in text order (a sentence's
        or a phrase's names, found without reading the article's other entities)."""
        return tuple(e for e in self.ents_starting(start, end) if e.end <= end)

    def ent_at(self, i: int) -> Span | None:
        """The entity holding token ``i`` (entities do not overlap), or None."""
        ents, starts = self.ents, self._ent_starts
        k = bisect.bisect_right(starts, i) - 1
        return ents[k] if k >= 0 and i < ents[k].end else None

    @property
    def sents(self) -> Iterator[Span]:
        starts = list(self.sent_starts)
        for k, s in enumerate(starts):
            yield Span(self, s, starts[k + 1] if k + 1 < len(starts) else len(self))

    def char_span(self, start_idx: int, end_idx: int, alignment_mode: str = "strict") -> Any:
        """The tokens over ``text[start_idx:end_idx]``, aligned as spaCy's ``Doc.char_span``."""
        start = self._token_by_char(start_idx)
        if start < 0 or (alignment_mode == "strict" and start_idx != self._idx(start)):
            return None
        end = self._token_by_char(end_idx - 1)
        if end < 0 or (alignment_mode == "strict" and end_idx != self._end(end)):
            return None
        if alignment_mode == "contract":
            if self._idx(start) < start_idx:
                start += 1
            if end_idx < self._end(end):
                end -= 1
            if end < start:
                return None
        elif alignment_mode == "expand" and start_idx == self._end(start):
            start += 1
        return Span(self, start, end + 1)

    # ----------------------------------------------------------------- helpers

    def _idx(self, i: int) -> int:
        return self.cols["idx"][i]

    def _end(self, i: int) -> int:
        return self.cols["idx"][i] + self.cols["length"][i]

    def _token_by_char(self, char: int) -> int:
        idx, length, space = self.cols["idx"], self.cols["length"], self.cols["space"]
        i = bisect.bisect_right(idx, char) - 1
        if i >= 0 and char < idx[i] + length[i] + space[i]:
            return i
        return -1

    def texts_tagged(self, tags: Iterable[str]) -> set[str]:
        """The texts of the tokens whose part of speech is one of ``tags`` ("NOUN"),
        read off the columns (a ``Token`` view per token of the 880 articles of
        benchmarks/scale.py: 0.21 -> 0.08 CPU s)."""
        wanted = set(tags)
        ids = {i for i, tag in enumerate(self.strings) if tag in wanted}
        text, idx, length = self.text, self.cols["idx"], self.cols["length"]
        return {
            text[idx[i] : idx[i] + length[i]]
            for i, pos in enumerate(self.cols["pos"])
            if pos in ids
        }

    def children_of(self, i: int) -> array:
        """Dependents of token ``i`` in document order (a CSR index built once)."""
        if self._kids is None:
            head = self.cols["head"]
            counts = [0] * (len(self) + 1)
            for t, h in enumerate(head):
                if h != t:
                    counts[h + 1] += 1
            for k in range(len(self)):
                counts[k + 1] += counts[k]
            offsets = array("i", counts)
            kids = array("i", [0]) * (offsets[-1] if len(self) else 0)
            fill = list(counts)
            for t, h in enumerate(head):
                if h != t:
                    kids[fill[h]] = t
                    fill[h] += 1
            self._kids = (offsets, kids)
        offsets, kids = self._kids
        return kids[offsets[i] : offsets[i + 1]]

    def window(self, start: int, end: int) -> ParsedDoc:
        """Tokens ``start:end`` as a document of their own (``parsed_window.window``)."""
        return window(self, start, end)


def _string_of(column: str) -> Callable[[Token], str]:
    """The getter of a token's string-valued ``column`` (spaCy's ``dep_``, ``pos_`` ...)."""

    def get(token: Token) -> str:
        doc = token.doc
        return doc.strings[doc.cols[column][token.i]]

    return get


def _flag_of(bit: int) -> Callable[[Token], bool]:
    """The getter of one lexical flag of a token (spaCy's ``is_punct`` ...)."""

    def get(token: Token) -> bool:
        return bool(token.doc.cols["flags"][token.i] & bit)

    return get


class Token:
    """A view of token ``i`` of a ``ParsedDoc`` (spaCy's ``Token`` attribute names)."""

    __slots__ = ("doc", "i")

    def __init__(self, doc: ParsedDoc, i: int) -> None:
        self.doc = doc
        self.i = i

    def __repr__(self) -> str:
        return self.text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and other.doc is self.doc and other.i == self.i

    def __hash__(self) -> int:
        return hash((id(self.doc), self.i))

    def __len__(self) -> int:
        return self.doc.cols["length"][self.i]

    # Compose reads these millions of times in a build (a second run over
    # benchmarks/scale.py's 875 + 5 articles): each is one Python call reading the
    # columns directly, not a property calling another.

    @property
    def idx(self) -> int:
        return self.doc.cols["idx"][self.i]

    @property
    def text(self) -> str:
        doc, i = self.doc, self.i
        start = doc.cols["idx"][i]
        return doc.text[start : start + doc.cols["length"][i]]

    @property
    def whitespace_(self) -> str:
        return " " if self.doc.cols["space"][self.i] else ""

    @property
    def text_with_ws(self) -> str:
        return self.text + self.whitespace_

    @property
    def lower_(self) -> str:
        doc, i = self.doc, self.i
        start = doc.cols["idx"][i]
        return doc.text[start : start + doc.cols["length"][i]].lower()

    lemma_ = property(_string_of("lemma"))
    pos_ = property(_string_of("pos"))
    tag_ = property(_string_of("tag"))
    dep_ = property(_string_of("dep"))
    ent_type_ = property(_string_of("ent_type"))
    is_punct = property(_flag_of(IS_PUNCT))
    is_space = property(_flag_of(IS_SPACE))
    is_title = property(_flag_of(IS_TITLE))
    is_upper = property(_flag_of(IS_UPPER))
    is_lower = property(_flag_of(IS_LOWER))

    @property
    def ent_iob_(self) -> str:
        return _IOB[self.doc.cols["ent_iob"][self.i]]

    @property
    def head(self) -> Token:
        return Token(self.doc, self.doc.cols["head"][self.i])

    @property
    def left_edge(self) -> Token:
        return Token(self.doc, self.doc.cols["left"][self.i])

    @property
    def right_edge(self) -> Token:
        return Token(self.doc, self.doc.cols["right"][self.i])

    @property
    def children(self) -> Iterator[Token]:
        return (Token(self.doc, k) for k in self.doc.children_of(self.i))

    @property
    def lefts(self) -> Iterator[Token]:
        return (Token(self.doc, k) for k in self.doc.children_of(self.i) if k < self.i)

    @property
    def rights(self) -> Iterator[Token]:
        return (Token(self.doc, k) for k in self.doc.children_of(self.i) if k > self.i)

    @property
    def subtree(self) -> Iterator[Token]:
        """The token and every word under it, in spaCy's order (each word's left
        dependents' subtrees, the word, its right ones'), walked with a stack of its own: a
        chain of heads thousands deep (a text with no full stop) passed Python's recursion
        limit, and each word came up through every generator above it."""
        doc = self.doc
        stack: list[tuple[int, bool]] = [(self.i, False)]
        while stack:
            i, reached = stack.pop()
            if reached:
                yield Token(doc, i)
                continue
            kids = doc.children_of(i)
            stack.extend((k, False) for k in reversed(kids) if k > i)
            stack.append((i, True))
            stack.extend((k, False) for k in reversed(kids) if k < i)

    @property
    def ancestors(self) -> Iterator[Token]:
        """The heads above the token, nearest first: at most ``MAX_ANCESTORS`` of them."""
        head, i, n = self.doc.cols["head"], self.i, 0
        while head[i] != i and n < MAX_ANCESTORS:
            i = head[i]
            n += 1
            yield Token(self.doc, i)

    @property
    def conjuncts(self) -> tuple[Token, ...]:
        start = self
        while start.i != start.head.i and start.dep_ == "conj":
            start = start.head
        queue, output = [start], [start]
        for word in queue:
            for child in word.rights:
                if child.dep_ == "conj":
                    output.append(child)
                    queue.append(child)
        return tuple(w for w in output if w.i != self.i)


class Span:
    """A view of tokens ``start:end`` of a ``ParsedDoc`` (an entity when ``label_`` is set)."""

    __slots__ = ("doc", "end", "label_", "start")

    def __init__(self, doc: ParsedDoc, start: int, end: int, label: str = "") -> None:
        self.doc, self.start, self.end, self.label_ = doc, start, end, label

    def __repr__(self) -> str:
        return self.text

    def __len__(self) -> int:
        return self.end - self.start

    def __iter__(self) -> Iterator[Token]:
        return (Token(self.doc, i) for i in range(self.start, self.end))

    def __getitem__(self, k: int) -> Token:
        if k < 0:
            k += len(self)
        if not 0 <= k < len(self):
            raise IndexError(k)
        return Token(self.doc, self.start + k)

    @property
    def start_char(self) -> int:
        return self.doc._idx(self.start) if self.end > self.start else 0

    @property
    def end_char(self) -> int:
        return self.doc._end(self.end - 1) if self.end > self.start else 0

    @property
    def text(self) -> str:
        return self.doc.text[self.start_char : self.end_char]

    @property
    def root(self) -> Token:
        """spaCy's rule: a sentence root inside, else the token closest to the root."""
        head = self.doc.cols["head"]
        for i in range(self.start, self.end):
            if head[i] == i:
                return Token(self.doc, i)
        outside = [i for i in range(self.start, self.end) if not self.start <= head[i] < self.end]
        if len(outside) == 1:
            return Token(self.doc, outside[0])  # the only candidate: no need to climb
        best, root = len(self.doc), -1
        for i in outside:
            n = self._words_to_root(i)
            if n < best:
                best, root = n, i
        return Token(self.doc, self.start if root == -1 else root)

    def _words_to_root(self, i: int) -> int:
        doc = self.doc
        if doc.cols["flags"][i] & (IS_SPACE | IS_PUNCT) and not len(doc.children_of(i)):
            return len(doc) - 1
        head, n = doc.cols["head"], 0
        while head[i] != i and n < MAX_ANCESTORS:
            i = head[i]
            n += 1
        return n


def tokens_at(
    parse: ParsedDoc | None, start: int, end: int, alignment_mode: str = "expand"
) -> Span | None:
    """The tokens covering characters ``start:end`` of a parsed document, or None when
    there is no parse or no token there (the one guard every caller needs)."""
    if parse is None:
        return None
    span = parse.char_span(start, end, alignment_mode=alignment_mode)
    return span if span is not None and len(span) else None


def negated_below(token: Token) -> bool:
    """Whether a negation hangs below ``token``: the parse's ``neg`` ("not", "n't") or
    "never" ("has never issued", "did not make")."""
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in token.children)


def pruned_subtree(token: Token, left_out: Collection[str]) -> list[Token]:
    """``token`` and what hangs below it, each before its dependents, less the dependents
    (and all under them) whose relation is in ``left_out``. Walked with a stack of its own:
    a hostile hyphenated word of thousands of parts is a chain of heads as deep, past
    Python's recursion limit."""
    found: list[Token] = []
    stack = [token]
    while stack:
        t = stack.pop()
        found.append(t)
        stack.extend(reversed([c for c in t.children if c.dep_ not in left_out]))
    return found
