"""The spaCy Doc becomes plain data whose views answer exactly as spaCy's objects do."""

from __future__ import annotations

import json
import pickle

import pytest

from briefing.analyse.entities import load_nlp
from briefing.analyse.parsing import to_parsed
from briefing.parsed import ParsedDoc

TEXT = (
    "Senator Mark Warner, a Virginia Democrat, said Acme must explain itself.\n\n"
    "Lenovo, Oppo and TCL declined to comment; the company, which was founded in 1984, "
    "said it would release the data “soon.” According to officials, 4,000 workers left."
)

TOKEN_ATTRS = (
    "i", "idx", "text", "whitespace_", "text_with_ws", "lower_", "lemma_", "pos_", "tag_",
    "dep_", "ent_type_", "ent_iob_", "is_punct", "is_space", "is_title", "is_upper", "is_lower",
)  # fmt: skip


def _ids(tokens) -> list[int]:
    return [t.i for t in tokens]


@pytest.fixture(scope="module")
def docs():
    sdoc = load_nlp()(TEXT)
    return sdoc, to_parsed(sdoc)


def test_token_views_match_spacy(docs) -> None:
    sdoc, pdoc = docs
    assert len(pdoc) == len(sdoc)
    for st, pt in zip(sdoc, pdoc, strict=True):
        for attr in TOKEN_ATTRS:
            assert getattr(pt, attr) == getattr(st, attr), (st.text, attr)
        assert len(pt) == len(st)
        assert pt.head.i == st.head.i
        assert pt.left_edge.i == st.left_edge.i and pt.right_edge.i == st.right_edge.i
        for rel in ("children", "lefts", "rights", "subtree", "ancestors", "conjuncts"):
            assert _ids(getattr(pt, rel)) == _ids(getattr(st, rel)), (st.text, rel)


def test_spans_sentences_and_entities_match_spacy(docs) -> None:
    sdoc, pdoc = docs
    assert [(e.start, e.end, e.label_, e.text, e.start_char, e.end_char) for e in pdoc.ents] == [
        (e.start, e.end, e.label_, e.text, e.start_char, e.end_char) for e in sdoc.ents
    ]
    assert [(s.start, s.end, s.root.i) for s in pdoc.sents] == [
        (s.start, s.end, s.root.i) for s in sdoc.sents
    ]
    for a in range(0, len(sdoc), 3):
        for b in range(a + 1, min(len(sdoc), a + 8)):
            assert pdoc[a:b].root.i == sdoc[a:b].root.i
            assert pdoc[a:b].text == sdoc[a:b].text


def test_char_span_aligns_like_spacy(docs) -> None:
    sdoc, pdoc = docs
    for mode in ("strict", "contract", "expand"):
        for start in range(0, len(TEXT), 7):
            for end in (start + 1, start + 5, start + 13):
                s, p = sdoc.char_span(start, end, alignment_mode=mode), None
                p = pdoc.char_span(start, end, alignment_mode=mode)
                assert (s is None) == (p is None), (start, end, mode)
                if s is not None:
                    assert (p.start, p.end) == (s.start, s.end)


def test_window_is_a_document_of_its_own(docs) -> None:
    sdoc, pdoc = docs
    for a, b in ((13, 30), (20, 28), (5, 40), (0, len(sdoc))):
        _same_window(pdoc.window(a, b), sdoc[a:b].as_doc())


def _same_window(mine, theirs) -> None:
    assert mine.text == theirs.text.rstrip()  # as_doc keeps the trailing space
    assert [t.head.i for t in mine] == [t.head.i for t in theirs]
    assert [(t.left_edge.i, t.right_edge.i) for t in mine] == [
        (t.left_edge.i, t.right_edge.i) for t in theirs
    ]
    assert [t.dep_ for t in mine] == [t.dep_ for t in theirs]
    assert [(s.start, s.root.i) for s in mine.sents] == [(s.start, s.root.i) for s in theirs.sents]


def test_round_trips_through_json_and_pickle(docs) -> None:
    _, pdoc = docs
    again = ParsedDoc.from_dict(json.loads(json.dumps(pdoc.to_dict())))
    assert again == pdoc
    assert [(t.text, t.dep_, t.head.i) for t in again] == [(t.text, t.dep_, t.head.i) for t in pdoc]
    list(pdoc[3].children)  # builds the children index, which is not pickled
    assert pickle.loads(pickle.dumps(pdoc)) == pdoc


def test_passages_join_into_one_parse_over_the_whole_text() -> None:
    from briefing.analyse.parsing import join_parsed

    text = "Mark Warner spoke. Filler words only here. Acme hired Sundar Pichai."
    nlp = load_nlp()
    first, second = text.index("Mark"), text.index("Acme")
    a, b = nlp(text[first : text.index(" Filler")]), nlp(text[second:])
    joined = join_parsed([(first, a), (second, b)], text)
    assert joined.text == text and len(joined) == len(a) + len(b)
    assert [t.text for t in joined] == [t.text for t in a] + [t.text for t in b]
    assert [t.head.i for t in joined][len(a) :] == [len(a) + t.head.i for t in b]
    assert [e.text for e in joined.ents] == [e.text for e in (*a.ents, *b.ents)]
    assert [s.start for s in joined.sents] == [0, len(a)]
    assert joined.char_span(second, len(text), alignment_mode="expand").text == text[second:]


def test_array_conversion_gives_the_parse_a_token_by_token_reading_gives(docs) -> None:
    """The columns come from ``Doc.to_array`` and edges from the heads; the result, string
    table order included (so cached entries stay byte-identical), is what reading each
    spaCy token's attributes gives (the conversion before session 16)."""
    from briefing.parsed import IS_LOWER, IS_PUNCT, IS_SPACE, IS_TITLE, IS_UPPER

    sdoc, pdoc = docs
    rows = [
        {
            "idx": t.idx, "length": len(t), "head": t.head.i, "left": t.left_edge.i,
            "right": t.right_edge.i, "lemma": t.lemma_, "pos": t.pos_, "tag": t.tag_,
            "dep": t.dep_, "ent_type": t.ent_type_, "space": 1 if t.whitespace_ else 0,
            "ent_iob": t.ent_iob,
            "flags": IS_PUNCT * t.is_punct | IS_SPACE * t.is_space | IS_TITLE * t.is_title
            | IS_UPPER * t.is_upper | IS_LOWER * t.is_lower,
        }
        for t in sdoc
    ]  # fmt: skip
    expected = ParsedDoc.from_tokens(
        TEXT,
        rows,
        sent_starts=[s.start for s in sdoc.sents],
        ents=[(e.start, e.end, e.label_) for e in sdoc.ents],
    )
    assert pdoc.to_dict() == expected.to_dict()
    assert to_parsed(load_nlp()("")).to_dict() == ParsedDoc.from_tokens("", []).to_dict()
