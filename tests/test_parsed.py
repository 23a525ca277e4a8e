"""The plain parse: built without spaCy, views over its columns, JSON and pickle round trips.

Agreement with spaCy's own objects is tested in tests/analyse/test_parsing.py.
"""

from __future__ import annotations

import json
import pickle

from briefing.parsed import IS_PUNCT, IS_TITLE, MAX_ANCESTORS, ParsedDoc, tokens_at

TEXT = "Acme hired Ann Lee."


def _doc() -> ParsedDoc:
    rows = [  # text, head, dep, pos, tag, lemma, iob, type, flags
        ("Acme", 1, "nsubj", "PROPN", "NNP", "Acme", 3, "ORG", IS_TITLE),
        ("hired", 1, "ROOT", "VERB", "VBD", "hire", 2, "", 0),
        ("Ann", 3, "compound", "PROPN", "NNP", "Ann", 3, "PERSON", IS_TITLE),
        ("Lee", 1, "dobj", "PROPN", "NNP", "Lee", 1, "PERSON", IS_TITLE),
        (".", 1, "punct", "PUNCT", ".", ".", 2, "", IS_PUNCT),
    ]
    tokens, at = [], 0
    for text, head, dep, pos, tag, lemma, iob, etype, flags in rows:
        idx = TEXT.index(text, at)
        at = idx + len(text)
        tokens.append(
            {
                "idx": idx, "length": len(text), "head": head, "left": 0, "right": 0,
                "lemma": lemma, "pos": pos, "tag": tag, "dep": dep, "ent_type": etype,
                "space": int(TEXT[at : at + 1] == " "), "ent_iob": iob, "flags": flags,
            }
        )  # fmt: skip
    edges = [(0, 0), (0, 4), (2, 2), (2, 3), (4, 4)]
    for tok, (left, right) in zip(tokens, edges, strict=True):
        tok["left"], tok["right"] = left, right
    return ParsedDoc.from_tokens(
        TEXT, tokens, sent_starts=[0], ents=[(0, 1, "ORG"), (2, 4, "PERSON")]
    )


def test_views_read_the_columns() -> None:
    doc = _doc()
    hired = doc[1]
    assert (hired.text, hired.lemma_, hired.tag_, hired.dep_) == ("hired", "hire", "VBD", "ROOT")
    assert hired.head.i == 1 and [t.text for t in hired.children] == ["Acme", "Lee", "."]
    assert [t.text for t in doc[3].subtree] == ["Ann", "Lee"]
    assert [t.text for t in doc[2].ancestors] == ["Lee", "hired"]
    assert [(e.text, e.label_) for e in doc.ents] == [("Acme", "ORG"), ("Ann Lee", "PERSON")]
    assert doc[2].ent_iob_ == "B" and doc[3].ent_iob_ == "I" and doc[1].ent_type_ == ""
    assert doc[4].is_punct and doc[0].is_title and doc[0].text_with_ws == "Acme "
    assert doc.char_span(11, 18, alignment_mode="expand").text == "Ann Lee"
    assert doc.char_span(12, 18) is None  # strict: not on a token boundary
    assert doc[2:4].root.text == "Lee" and next(iter(doc.sents)).root.text == "hired"


def test_entities_are_built_once_and_found_by_token() -> None:
    doc = _doc()
    assert doc.ents is doc.ents  # a long article's entities are not rebuilt per read
    assert [e.text for e in doc.ents_starting(1, 5)] == ["Ann Lee"]
    assert [e.text for e in doc.ents_starting(0, 2)] == ["Acme"]
    assert doc.ents_starting(4, 5) == ()
    assert doc.ent_at(3).text == "Ann Lee" and doc.ent_at(0).text == "Acme"
    assert doc.ent_at(1) is None and doc.ent_at(4) is None
    assert [e.text for e in doc.ents_within(0, 5)] == ["Acme", "Ann Lee"]
    assert [e.text for e in doc.ents_within(1, 4)] == ["Ann Lee"]
    assert doc.ents_within(1, 3) == () and doc.ents_within(3, 1) == ()  # Lee is outside
    again = pickle.loads(pickle.dumps(doc))
    assert again.__dict__["_ents"] is None  # rebuilt on demand, not pickled
    assert [e.text for e in again.ents] == ["Acme", "Ann Lee"] and again.ents[0].doc is again


def test_texts_tagged_reads_the_part_of_speech_column() -> None:
    doc = _doc()
    assert doc.texts_tagged(("PROPN",)) == {"Acme", "Ann", "Lee"}
    assert doc.texts_tagged(("VERB", "NOUN")) == {"hired"}
    assert doc.texts_tagged(("ADJ",)) == set()


def test_round_trips_as_plain_json_and_pickle() -> None:
    doc = _doc()
    data = json.loads(json.dumps(doc.to_dict()))
    assert ParsedDoc.from_dict(data) == doc
    assert pickle.loads(pickle.dumps(doc)) == doc


def test_window_reroots_heads_outside() -> None:
    window = _doc().window(2, 4)  # "Ann Lee": Lee's head "hired" lies outside
    assert window.text == "Ann Lee"
    assert [t.head.i for t in window] == [1, 1] and window[1].dep_ == "dep"
    assert [t.text for t in window.ents] == ["Ann Lee"]


def test_tokens_at_is_none_without_a_parse_or_a_token() -> None:
    doc = _doc()
    assert tokens_at(None, 0, 4) is None
    assert tokens_at(doc, 5, 8).text == "hired"  # "ired" expands to its token
    assert tokens_at(doc, 5, 8, alignment_mode="contract") is None  # no whole token inside
    assert tokens_at(doc, 11, 18).text == "Ann Lee"


def _chain(n: int) -> ParsedDoc:
    """``n`` words, each the compound of the next, the last the root: a parse as deep
    as it is long (what a text with no full stop gets)."""
    text = " ".join(["Kell"] * n)
    tokens = [
        {
            "idx": 5 * i, "length": 4, "head": min(i + 1, n - 1), "left": 0, "right": i,
            "lemma": "Kell", "pos": "PROPN", "tag": "NNP",
            "dep": "ROOT" if i == n - 1 else "compound", "ent_type": "", "space": int(i < n - 1),
            "ent_iob": 2, "flags": IS_TITLE,
        }
        for i in range(n)
    ]  # fmt: skip
    return ParsedDoc.from_tokens(text, tokens, sent_starts=[0], ents=[])


def test_ancestors_climb_at_most_max_ancestors_heads():
    doc = _chain(5_000)
    assert len(list(doc[0].ancestors)) == MAX_ANCESTORS
    assert [t.i for t in doc[4_990].ancestors] == list(range(4_991, 5_000))


def test_a_span_with_one_word_hanging_outside_has_it_as_root_without_climbing():
    doc = _chain(5_000)
    assert doc[10:11].root.i == 10
    assert doc[10:13].root.i == 12  # the others hang inside it


def _tree(heads: list[int]) -> ParsedDoc:
    """Tokens "w" one space apart under ``heads`` (a root is its own head)."""
    rows = [
        {
            "idx": 2 * i, "length": 1, "head": h, "left": i, "right": i, "lemma": "w",
            "pos": "NOUN", "tag": "NN", "dep": "ROOT" if h == i else "dep", "ent_type": "",
            "space": 1, "ent_iob": 2, "flags": 0,
        }
        for i, h in enumerate(heads)
    ]  # fmt: skip
    return ParsedDoc.from_tokens("w " * len(heads), rows, sent_starts=[0])


def test_a_window_of_a_deep_chain_is_cut_in_time() -> None:
    # Each token climbed to its window root to widen its heads' subtree edges (a 5,000-token
    # chain: 12.5 million steps), and each token whose head lay outside the window climbed
    # the article's chain to its root (5,000 tokens under a 10,000-head chain: 50 million).
    import time

    chain = _tree([i + 1 for i in range(9_999)] + [9_999] + [0] * 5_000)
    started = time.process_time()
    cut = chain.window(0, 5_000)
    assert [cut[0].left_edge.i, cut[4_999].left_edge.i, cut[4_999].right_edge.i] == [0, 0, 4_999]
    assert cut[4_999].head.i == 4_999 and cut[10].head.i == 11
    hanging = chain.window(10_000, 15_000)  # every head outside, one root far above
    assert {t.head.i for t in hanging} == {0} and hanging[0].right_edge.i == 4_999
    assert time.process_time() - started < 2.0


def _subtree_by_recursion(token):  # spaCy's own definition, for comparison
    for word in token.lefts:
        yield from _subtree_by_recursion(word)
    yield token
    for word in token.rights:
        yield from _subtree_by_recursion(word)


def test_the_subtree_of_a_chain_deeper_than_the_recursion_limit_is_walked() -> None:
    # A text with no full stop is parsed as chains of heads thousands deep: the subtree
    # of its root recursed once a word (RecursionError) and passed each word up through
    # every generator above it.
    doc = _chain(5_000)
    assert [t.i for t in doc[4_999].subtree] == list(range(5_000))


def test_the_subtree_walks_words_in_spacys_order() -> None:
    import random

    rng = random.Random(7)
    for _ in range(200):
        n = rng.randint(1, 30)
        root = rng.randrange(n)
        heads = [root if i == root else rng.randrange(n) for i in range(n)]
        for i in range(n):  # break cycles: a word whose climb loops hangs on the root
            seen, j = set(), i
            while heads[j] != j and j not in seen:
                seen.add(j)
                j = heads[j]
            if heads[j] != j:
                heads[i] = root
        doc = _tree(heads)
        for t in doc:
            assert [w.i for w in t.subtree] == [w.i for w in _subtree_by_recursion(t)]
