"""An ``ArticleResult`` as JSON for the cache, and a strict check when it is read back.

A cache entry lives in the output folder, which others may write to: it is read as
hostile input. It is plain JSON (never pickle), holds offsets into the article's text
rather than copies of it (the text comes from the source itself, whose hash is the
entry's key), and ``decode`` accepts it only if every value has the right type and
range: offsets inside the text, token heads forming a tree, string and sentence indices
that exist, one finite score per sentence. Anything else raises ``BadEntry`` and the
article is analysed again.
"""

from __future__ import annotations

import json
import math
from array import array
from typing import Any

import numpy as np
import orjson

from briefing.analyse.entities import clean_span, sentence_at
from briefing.lang.words import words
from briefing.mapping.work import ArticleResult
from briefing.model import Mention, Sentence
from briefing.parsed import BYTE_COLUMNS, INT_COLUMNS, ParsedDoc

FORMAT = 1  # bump when the layout below changes
_STRING_COLUMNS = ("lemma", "pos", "tag", "dep", "ent_type")


class BadEntry(ValueError):
    """A cache entry that is not one we wrote for this text."""


def encode(result: ArticleResult) -> bytes:
    parse = result.parse
    data = {
        "format": FORMAT,
        "sentences": [[s.paragraph, s.start, s.end] for s in result.sentences],
        "mentions": [[m.label, m.start, m.end, m.sentence] for m in result.mentions],
        "scores": result.scores,
        "parse": None
        if parse is None
        else {
            "strings": parse.strings,
            "columns": {k: v.tolist() for k, v in parse.cols.items()},
            "sent_starts": parse.sent_starts.tolist(),
            "ents": parse.ents_flat.tolist(),
        },
    }
    return json.dumps(data, separators=(",", ":"), allow_nan=False).encode("utf-8")


def decode(raw: bytes, text: str) -> ArticleResult:
    """The result stored in ``raw`` for the article ``text``; ``BadEntry`` if anything is off."""
    try:
        data = orjson.loads(raw)
        _check(isinstance(data, dict) and data.get("format") == FORMAT, "format")
        sentences = _sentences(data["sentences"], text)
        mentions = _mentions(data["mentions"], text, sentences)
        scores = data["scores"]
        _check(isinstance(scores, list) and len(scores) == len(sentences), "scores")
        _check(all(_is_number(x) and math.isfinite(x) for x in scores), "scores")
        parse = None if data["parse"] is None else _parse(data["parse"], text)
    except (KeyError, TypeError, ValueError, OverflowError, RecursionError) as exc:
        raise BadEntry(str(exc)) from exc
    return ArticleResult(sentences, mentions, parse, [float(x) for x in scores])


def _check(ok: bool, what: str) -> None:
    if not ok:
        raise BadEntry(what)


def _is_int(x: Any) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _is_number(x: Any) -> bool:
    return isinstance(x, int | float) and not isinstance(x, bool)


def _ints(row: Any, n: int) -> list[int]:
    _check(isinstance(row, list) and len(row) == n and all(_is_int(x) for x in row), "row")
    return row


def _sentences(rows: Any, text: str) -> list[Sentence]:
    _check(isinstance(rows, list), "sentences")
    out: list[Sentence] = []
    last_end, last_para = 0, 0
    for i, row in enumerate(rows):
        para, start, end = _ints(row, 3)
        _check(last_end <= start <= end <= len(text) and last_para <= para, "sentence")
        last_end, last_para = end, para
        clean = " ".join(text[start:end].split())
        out.append(Sentence(0, i, para, clean, start, end, words(clean)))
    return out


def _mentions(rows: Any, text: str, sentences: list[Sentence]) -> list[Mention]:
    """The mentions, each as the analysis writes it: its text cleaned (``clean_span``: no
    blank, no line break, no quote or bracket at its ends; an empty name failed a digest)
    and filed under the sentence it starts in."""
    _check(isinstance(rows, list), "mentions")
    starts = [s.start for s in sentences]
    out: list[Mention] = []
    for row in rows:
        _check(isinstance(row, list) and len(row) == 4 and isinstance(row[0], str), "mention")
        start, end, sentence = _ints(row[1:], 3)
        _check(0 <= start < end <= len(text) and 0 <= sentence < len(sentences), "mention")
        name = text[start:end]
        _check(clean_span(name, start) == (name, start), "mention's words")
        _check(sentence == sentence_at(starts, start), "mention's sentence")
        out.append(Mention(name, row[0], start, end, sentence))
    return out


def _parse(data: Any, text: str) -> ParsedDoc:
    # Checked with numpy, column by column: a Python loop over every token of every cached
    # article was most of an incremental run's reading of the cache.
    _check(isinstance(data, dict), "parse")
    strings = data["strings"]
    _check(isinstance(strings, list) and all(isinstance(s, str) for s in strings), "strings")
    columns = data["columns"]
    _check(isinstance(columns, dict) and set(columns) == {*INT_COLUMNS, *BYTE_COLUMNS}, "cols")
    cols = {k: array("i", columns[k]) for k in INT_COLUMNS}  # TypeError/OverflowError if bad
    cols.update({k: array("B", columns[k]) for k in BYTE_COLUMNS})
    n = len(cols["idx"])
    _check(all(len(c) == n for c in cols.values()), "column lengths")
    col = {k: np.asarray(v, dtype=np.int64) for k, v in cols.items()}
    idx, length, tokens = col["idx"], col["length"], np.arange(n)
    _check(bool(np.all((idx >= 0) & (length >= 0) & (idx + length <= len(text)))), "token")
    _check(bool(np.all(idx[1:] > idx[:-1])), "token order")
    left, right = col["left"], col["right"]
    _check(
        bool(np.all((left >= 0) & (left <= tokens) & (tokens <= right) & (right < n))), "subtree"
    )
    _check(bool(np.all(col["space"] <= 1) and np.all(col["ent_iob"] <= 3)), "token flags")
    for name in _STRING_COLUMNS:
        _check(bool(np.all((col[name] >= 0) & (col[name] < len(strings)))), name)
    _check_tree(col["head"])
    sent_starts = array("i", data["sent_starts"])
    _check(list(sent_starts) == sorted(set(sent_starts)), "sentences")
    _check(all(0 <= s < n for s in sent_starts), "sentences")
    ents = array("i", data["ents"])
    _check(len(ents) % 3 == 0, "entities")
    triples = np.asarray(ents, dtype=np.int64).reshape(-1, 3)
    start, end, label = triples[:, 0], triples[:, 1], triples[:, 2]
    ok = (start >= 0) & (start < end) & (end <= n) & (label >= 0) & (label < len(strings))
    _check(bool(np.all(ok)), "entity")
    return ParsedDoc(text, list(strings), cols, sent_starts, ents)


def _check_tree(head: np.ndarray) -> None:
    """Every head is a token, and following heads from any token reaches a root (no cycle).

    Pointer jumping: after k rounds of ``up = up[up]`` each token points 2**k heads up, so
    once 2**k >= n every token that reaches a root points at it; one in a cycle never does.
    """
    n = len(head)
    _check(bool(np.all((head >= 0) & (head < n))), "head")
    up = head
    for _ in range(max(1, n).bit_length()):
        up = up[up]
    _check(bool(np.all(head[up] == up)), "head cycle")
