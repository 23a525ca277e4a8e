"""Convert spaCy ``Doc``s into the plain ``ParsedDoc`` later stages read.

The only place where spaCy's token objects are read: everything after analyse works
on the compact columns of ``briefing.parsed``.
"""

from __future__ import annotations

from typing import Any

from briefing.parsed import IS_LOWER, IS_PUNCT, IS_SPACE, IS_TITLE, IS_UPPER, ParsedDoc


def to_parsed(sdoc: Any, text: str | None = None) -> ParsedDoc:
    """Copy the annotations of a spaCy ``Doc`` into a ``ParsedDoc`` (then drop the Doc).

    ``text``: the document text the Doc was made from, shared instead of copied.
    """
    return ParsedDoc.from_tokens(
        sdoc.text if text is None else text,
        _rows(sdoc),
        sent_starts=[s.start for s in sdoc.sents],
        ents=[(e.start, e.end, e.label_) for e in sdoc.ents],
    )


def join_parsed(pieces: list[tuple[int, Any]], text: str) -> ParsedDoc:
    """One ``ParsedDoc`` over ``text`` from Docs of some of its passages.

    ``pieces``: (character offset in ``text``, Doc of the passage there), in text order and
    not overlapping. Characters outside every passage have no tokens: a later stage finds
    no parse there (``tokens_at`` is None), as for a document without the entity pass.
    """
    rows: list[dict[str, Any]] = []
    sent_starts: list[int] = []
    ents: list[tuple[int, int, str]] = []
    for offset, sdoc in pieces:
        base = len(rows)
        rows.extend(_rows(sdoc, offset, base))
        sent_starts.extend(base + s.start for s in sdoc.sents)
        ents.extend((base + e.start, base + e.end, e.label_) for e in sdoc.ents)
    return ParsedDoc.from_tokens(text, rows, sent_starts=sent_starts, ents=ents)


def _rows(sdoc: Any, offset: int = 0, base: int = 0) -> list[dict[str, Any]]:
    """One dict per token; characters shifted by ``offset``, token indices by ``base``."""
    return [
        {
            "idx": offset + t.idx,
            "length": len(t),
            "head": base + t.head.i,
            "left": base + t.left_edge.i,
            "right": base + t.right_edge.i,
            "lemma": t.lemma_,
            "pos": t.pos_,
            "tag": t.tag_,
            "dep": t.dep_,
            "ent_type": t.ent_type_,
            "space": 1 if t.whitespace_ else 0,
            "ent_iob": t.ent_iob,
            "flags": (
                IS_PUNCT * t.is_punct
                | IS_SPACE * t.is_space
                | IS_TITLE * t.is_title
                | IS_UPPER * t.is_upper
                | IS_LOWER * t.is_lower
            ),
        }
        for t in sdoc
    ]
