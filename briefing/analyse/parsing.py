"""Convert spaCy ``Doc``s into the plain ``ParsedDoc`` later stages read.

The only place where spaCy's token objects are read: everything after analyse works
on the compact columns of ``briefing.parsed``. The columns come out of spaCy in one
``Doc.to_array`` call per Doc (and subtree edges worked out from the heads with numpy),
not through a ``Token`` per token and attribute: 60 articles of benchmarks/scale.py's
set parsed whole (41,484 tokens), conversion 0.40 -> 0.15 CPU s, the same ``ParsedDoc``s
(string table order included, so cached entries are byte-identical).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from briefing.parsed import (
    BYTE_COLUMNS,
    INT_COLUMNS,
    IS_LOWER,
    IS_PUNCT,
    IS_SPACE,
    IS_TITLE,
    IS_UPPER,
    ParsedDoc,
)

# ParsedDoc's string columns, in the order its string table is filled (token by token).
_STRING_COLUMNS = ("lemma", "pos", "tag", "dep", "ent_type")
# The lexical flags, in ``_ATTRS`` order after the first ten, and their bits.
_FLAG_BITS = (IS_PUNCT, IS_SPACE, IS_TITLE, IS_UPPER, IS_LOWER)
_UINT64 = (1 << 64) - 1


def _attrs() -> list[int]:
    from spacy import attrs as a

    return [
        a.IDX,
        a.LENGTH,
        a.HEAD,
        a.LEMMA,
        a.POS,
        a.TAG,
        a.DEP,
        a.ENT_TYPE,
        a.SPACY,
        a.ENT_IOB,
        a.IS_PUNCT,
        a.IS_SPACE,
        a.IS_TITLE,
        a.IS_UPPER,
        a.IS_LOWER,
    ]


def to_parsed(sdoc: Any, text: str | None = None) -> ParsedDoc:
    """Copy the annotations of a spaCy ``Doc`` into a ``ParsedDoc`` (then drop the Doc).

    ``text``: the document text the Doc was made from, shared instead of copied.
    """
    return join_parsed([(0, sdoc)], sdoc.text if text is None else text)


def join_parsed(pieces: list[tuple[int, Any]], text: str) -> ParsedDoc:
    """One ``ParsedDoc`` over ``text`` from Docs of some of its passages.

    ``pieces``: (character offset in ``text``, Doc of the passage there), in text order and
    not overlapping. Characters outside every passage have no tokens: a later stage finds
    no parse there (``tokens_at`` is None), as for a document without the entity pass.
    """
    attrs = _attrs() if pieces else []
    blocks: list[np.ndarray] = []
    sent_starts: list[int] = []
    ents: list[tuple[int, int, int]] = []  # (start, end, label id in spaCy's strings)
    base = 0
    for offset, sdoc in pieces:
        n = len(sdoc)
        if not n:
            continue
        block = sdoc.to_array(attrs).astype(np.int64)  # HEAD: relative, negative ones wrap
        block[:, 0] += offset
        own = np.arange(n, dtype=np.int64)
        heads = own + block[:, 2]
        left, right = _edges(heads)
        block[:, 2] = heads + base
        blocks.append(np.column_stack([block, left + base, right + base]))
        sent_starts.extend(base + s.start for s in sdoc.sents)
        ents.extend((base + e.start, base + e.end, e.label) for e in sdoc.ents)
        base += n
    vocab = pieces[0][1].vocab.strings if pieces else None
    return _parsed(text, blocks, sent_starts, ents, vocab)


def _edges(heads: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The first and last token of each token's subtree (spaCy's ``left_edge`` and
    ``right_edge``), from absolute ``heads`` (a root is its own head)."""
    left = np.arange(len(heads), dtype=np.int64)
    right = left.copy()
    while True:  # one pass per level of the deepest tree
        new_left, new_right = left.copy(), right.copy()
        np.minimum.at(new_left, heads, left)
        np.maximum.at(new_right, heads, right)
        if np.array_equal(new_left, left) and np.array_equal(new_right, right):
            return left, right
        left, right = new_left, new_right


def _parsed(
    text: str,
    blocks: list[np.ndarray],
    sent_starts: list[int],
    ents: list[tuple[int, int, int]],
    vocab: Any,
) -> ParsedDoc:
    """The ``ParsedDoc`` of the stacked ``blocks`` (one row per token: ``_attrs`` and the
    two edges). String ids are numbered in order of first appearance, token by token
    (lemma, POS, tag, dependency, entity type), as ``ParsedDoc.from_tokens`` numbers them."""
    from array import array

    rows = np.concatenate(blocks) if blocks else np.zeros((0, 17), dtype=np.int64)
    spacy_ids = rows[:, 3:8]
    found, first, inverse = np.unique(spacy_ids.ravel(), return_index=True, return_inverse=True)
    # Rank the distinct ids by where they first appear; spaCy's 0 is the empty string.
    order = np.argsort(first, kind="stable")
    rank = np.empty(len(found), dtype=np.int64)
    strings = [""]
    for k in order:
        value = int(found[k]) & _UINT64  # spaCy's ids are unsigned; the block is signed
        if value == 0:
            rank[k] = 0
        else:
            rank[k] = len(strings)
            strings.append(vocab[value])
    ours = rank[inverse].reshape(spacy_ids.shape)
    index = {s: i for i, s in enumerate(strings)}
    flat_ents = array("i")
    for start, end, label in ents:
        name = vocab[label]
        if name not in index:
            index[name] = len(strings)
            strings.append(name)
        flat_ents.extend((start, end, index[name]))
    flags = np.zeros(len(rows), dtype=np.int64)
    for k, bit in enumerate(_FLAG_BITS):
        flags |= rows[:, 10 + k] * bit
    values = {
        "idx": rows[:, 0],
        "length": rows[:, 1],
        "head": rows[:, 2],
        "left": rows[:, 15],
        "right": rows[:, 16],
        **{name: ours[:, k] for k, name in enumerate(_STRING_COLUMNS)},
        "space": rows[:, 8],
        "ent_iob": rows[:, 9],
        "flags": flags,
    }
    cols = {name: array("i", values[name].astype(np.int32).tobytes()) for name in INT_COLUMNS}
    cols.update(
        {name: array("B", values[name].astype(np.uint8).tobytes()) for name in BYTE_COLUMNS}
    )
    return ParsedDoc(text, strings, cols, array("i", sent_starts), flat_ents)
