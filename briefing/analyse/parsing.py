"""Convert a spaCy ``Doc`` into the plain ``ParsedDoc`` later stages read.

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
    tokens = [
        {
            "idx": t.idx,
            "length": len(t),
            "head": t.head.i,
            "left": t.left_edge.i,
            "right": t.right_edge.i,
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
    return ParsedDoc.from_tokens(
        sdoc.text if text is None else text,
        tokens,
        sent_starts=[s.start for s in sdoc.sents],
        ents=[(e.start, e.end, e.label_) for e in sdoc.ents],
    )
