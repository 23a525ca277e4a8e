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
        inside, a = -1, start + t
        while head[a] != a:
            a = head[a]
            if start <= a < end:
                inside = a - start
        if inside >= 0:
            heads[t] = inside
        else:
            heads[t] = new_roots.setdefault(a, t)
    left, right = array("i", range(n)), array("i", range(n))
    for t in range(n):
        h = t
        for _ in range(n):
            if heads[h] == h:
                break
            h = heads[h]
            left[h], right[h] = min(left[h], t), max(right[h], t)
    cols["left"], cols["right"] = left, right
    text = doc.text[base : idx[end - 1] + length[end - 1]] if n else ""
    sents = array("i", sorted(left[t] for t in range(n) if heads[t] == t))
    e = doc.ents_flat
    ents = array("i")
    for k in range(0, len(e), 3):
        if start <= e[k] and e[k + 1] <= end:
            ents.extend((e[k] - start, e[k + 1] - start, e[k + 2]))
    return type(doc)(text, strings, cols, sents, ents)
