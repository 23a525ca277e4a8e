"""A run of a parse's tokens cut out as a parse of its own (spaCy's ``Span.as_doc``).

Open questions re-read a clause as a document of its own (``ParsedDoc.window``): the
tokens' heads, subtree edges, sentences and entities are recomputed for the cut, so a
head outside it must be re-rooted. The cut is built from the parse's columns alone;
``briefing.parsed`` defines the parse and calls this.
"""

from __future__ import annotations

from array import array
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.parsed import ParsedDoc


# Heads climbed from a token whose head lies outside the window, looking for an ancestor
# inside it and for its root: the chain of a text with no full stop is thousands of heads
# long, and each such token climbed it whole. The deepest token of 8 dev stories' parses is
# 20 heads from its root (``parsed.MAX_ANCESTORS``, the same bound, says so); past this many
# the tokens are rooted where the climb stopped. Set by reasoning, not tuned.
MAX_WINDOW_CLIMB = 64


def window(doc: ParsedDoc, start: int, end: int) -> ParsedDoc:
    """Tokens ``start:end`` of ``doc`` as a document of their own, as spaCy's ``Span.as_doc``.

    A head outside the window is replaced by the highest ancestor inside it, else by
    the first token of the window under the same sentence root (a new root, labelled
    ``dep``); subtree edges and sentences follow from the new tree, entities are kept
    where they lie inside the window.
    """
    n = end - start
    idx, length = doc.cols["idx"], doc.cols["length"]
    base = idx[start] if n > 0 else 0
    cols: dict[str, array] = {k: v[start:end] for k, v in doc.cols.items()}
    cols["idx"] = array("i", (x - base for x in cols["idx"]))
    head, heads = doc.cols["head"], cols["head"]
    dep = doc.strings.index("dep") if "dep" in doc.strings else -1
    strings = doc.strings if dep >= 0 else [*doc.strings, "dep"]
    new_roots: dict[int, int] = {}
    for t in range(n):
        if start <= head[start + t] < end:
            heads[t] -= start
            continue
        cols["dep"][t] = dep if dep >= 0 else len(strings) - 1
        inside, a, climbed = -1, start + t, 0
        while head[a] != a and climbed < MAX_WINDOW_CLIMB:
            a = head[a]
            climbed += 1
            if start <= a < end:
                inside = a - start
        if inside >= 0:
            heads[t] = inside
        else:
            heads[t] = new_roots.setdefault(a, t)
    left, right = _edges(heads)
    cols["left"], cols["right"] = left, right
    text = doc.text[base : idx[end - 1] + length[end - 1]] if n else ""
    sents = array("i", sorted(left[t] for t in range(n) if heads[t] == t))
    ents = array("i")
    labels: dict[str, int] = {}
    for e in doc.ents_within(start, end):  # not every entity of the article
        if e.label_ not in labels:
            labels[e.label_] = doc.strings.index(e.label_)
        label = labels[e.label_]
        ents.extend((e.start - start, e.end - start, label))
    return type(doc)(text, strings, cols, sents, ents)


def _edges(heads: array) -> tuple[array, array]:
    """The first and last token of each token's subtree under ``heads`` (a root is its own
    head), children before their heads: one pass, where climbing from every token to its
    root took the window's length times its depth (a 5,000-token chain: 12.5 million)."""
    n = len(heads)
    left, right = array("i", range(n)), array("i", range(n))
    kids: list[list[int]] = [[] for _ in range(n)]
    order = [t for t in range(n) if heads[t] == t]
    for t in range(n):
        if heads[t] != t:
            kids[heads[t]].append(t)
    for t in order:  # grows as it is read: every token below a root, heads first
        order.extend(kids[t])
    for t in reversed(order):
        h = heads[t]
        if h != t:
            left[h], right[h] = min(left[h], left[t]), max(right[h], right[t])
    return left, right
