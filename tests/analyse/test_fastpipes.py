"""The fast attribute ruler and lemmatizer annotate exactly as spaCy's own components."""

from __future__ import annotations

import spacy

from briefing.analyse.entities import MODEL, load_nlp

# Hand-written to exercise the ruler's patterns (tags, words with tags, the two-token
# "gon na" and "ai n't" rules, whitespace tokens) and the lemmatizer's paths (base
# forms, inflections, exceptions, proper nouns, repeated words that hit the memo).
TEXTS = [
    "The ministers said they were gonna raise taxes, but it ain't over.\n\n"
    "Senator Mark Warner's aides met the Federal Trade Commission on Tuesday.",
    "Children ran faster than the geese; the best-known analysts had been running "
    "models.  Prices rose 3.5 percent in 2024, and they're rising again.",
    "   \n\nThe committee's chairs, who'd voted against it, can't agree. "
    "They'll vote again: \"We are not done,\" she said. Wasn't it better?",
    "He has gone. She goes. They went. It was. Is it? Being there, he saw mice.",
]


def _annotations(nlp: object, text: str) -> list[tuple]:
    return [
        (t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_)
        for t in nlp(text)  # type: ignore[operator]
    ]


def test_fast_pipeline_annotates_like_the_stock_one() -> None:
    stock = spacy.load(MODEL)
    fast = load_nlp()
    for _ in range(2):  # the second round answers from the memos
        for text in TEXTS:
            assert _annotations(fast, text) == _annotations(stock, text)


def test_fast_paths_are_installed() -> None:
    nlp = load_nlp()
    assert nlp.get_pipe("attribute_ruler").match.__module__ == "briefing.analyse.fastpipes"
    assert nlp.get_pipe("lemmatizer").lemmatize.__module__ == "briefing.analyse.fastpipes"


def test_known_words_are_looked_up_in_sets() -> None:
    lemmatizer = load_nlp().get_pipe("lemmatizer")
    table = lemmatizer.lookups.get_table("lemma_index")
    assert table.get("noun") and all(isinstance(v, frozenset) for v in table.values())


def test_networks_multiply_with_numpy_not_blis() -> None:
    models = [c.model for _, c in load_nlp().pipeline if getattr(c, "model", None) is not None]
    assert len(models) >= 3  # token vectors, tagger, parser, entities
    for model in models:
        assert all(layer.ops.use_blis is False for layer in model.walk())
    stock = spacy.load(MODEL)
    assert stock.get_pipe("tok2vec").model.ops.use_blis  # the stock pipeline is untouched
