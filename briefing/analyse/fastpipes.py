"""Exact, faster stand-ins for steps of the spaCy pipeline (issue 13).

Profiled on 150 news articles (benchmarks/scale.py's set, CPU seconds), the English
pipeline spends about a fifth of its time in two components that learn nothing:

- the **attribute ruler** (tag -> POS and morphology, a few word exceptions) runs a
  ``Matcher`` of 179 patterns over every token, though all but a handful are one-token
  patterns that depend only on the token's lower-case form, tag, dependency and
  whitespace flag;
- the **rule lemmatizer** recomputes each token's lemma from its text, POS and
  morphology; spaCy caches the result only for inflected forms, not for the common
  base forms, which go through ``morph.to_dict()`` every time; and for an inflected
  form it asks whether each candidate is a known word with ``in`` on a *list* of all
  known words of that part of speech (57,528 nouns), most of the lemmatizer's time on
  new words (benchmarks/scale.py, 150 articles: 3.5 of 7.2 s of the spaCy pipeline).

``speed_up(nlp)`` keeps both components and their tables, and only changes how their
answers are found: one-token ruler patterns are looked up once per distinct token key
(the rest still go through a ``Matcher``, and every match is applied by the ruler's own
``set_annotations`` in the ruler's order); lemmas are memoised per (text, POS,
morphology), the exact inputs of spaCy's rule, and the known-word lists become sets
(the same answers to ``in``). The annotations are identical to the stock
pipeline's (tests/analyse/test_fastpipes.py compares them token by token).

The networks' matrix products (the convolutions of the shared and the entity
recogniser's token vectors, the parser's input layer) go through numpy's BLAS (OpenBLAS)
instead of thinc's bundled BLIS: the BLIS shipped with thinc does not recognise AMD Zen 3
and later processors (common on servers) and falls back to its generic kernels
(explosion/cython-blis#53). On this project's 2-core AMD EPYC, single-threaded float32
products of the networks' shapes: BLIS 20, OpenBLAS 53 GFLOPS; the shared token vectors
of 150 scale.py articles' chosen sentences 2.1 -> 1.3 CPU s, the same annotations on all
579 passages (and on tests/analyse/test_fastpipes.py's texts). The transition loops of
the parser and recogniser keep thinc's own BLAS.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# The token attributes a one-token ruler pattern may test for the lookup to handle it.
_KEY_ATTRS = ("LOWER", "TAG", "DEP", "IS_SPACE")
# Entries a memo holds before it starts afresh, so a worker that lives through many
# builds stays small (~200 bytes an entry). benchmarks/scale.py's 538,000 words have
# about 26,000 distinct words, so one build of that size never clears it.
MEMO_ENTRIES = 200_000


def speed_up(nlp: Any) -> None:
    """Install the exact fast paths on ``nlp``'s attribute ruler and rule lemmatizer,
    and numpy's matrix product in its networks."""
    _numpy_products(nlp)
    if "attribute_ruler" in nlp.pipe_names:
        _fast_ruler(nlp.get_pipe("attribute_ruler"))
    if "lemmatizer" in nlp.pipe_names:
        lemmatizer = nlp.get_pipe("lemmatizer")
        if getattr(lemmatizer, "mode", "") == "rule":
            _index_as_sets(lemmatizer)
            lemmatizer.lemmatize = _memo_lemmatize(lemmatizer.rule_lemmatize)


def _numpy_products(nlp: Any) -> None:
    """Every layer of ``nlp``'s networks that multiplies with BLIS multiplies with numpy."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)  # thinc's own switch: its gemm is then numpy.dot
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None:
            continue
        for layer in model.walk():
            if isinstance(layer.ops, NumpyOps):
                layer.ops = ops


def _index_as_sets(lemmatizer: Any) -> None:
    """Make each part of speech's list of known words a set: the rule only asks ``in``."""
    if "lemma_index" not in lemmatizer.lookups:
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for key, known in list(table.items()):
        if isinstance(known, list):
            table[key] = frozenset(known)


def _memo_lemmatize(rule: Callable[[Any], list[str]]) -> Callable[[Any], list[str]]:
    """spaCy's rule lemmatizer, memoised on what it reads: text, POS and morphology."""
    memo: dict[tuple[int, int, int], list[str]] = {}

    def lemmatize(token: Any) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        found = memo.get(key)
        if found is None:
            if len(memo) >= MEMO_ENTRIES:
                memo.clear()
            found = memo[key] = rule(token)
        return found

    return lemmatize


def _test(value: Any, spec: Any) -> bool | None:
    """Whether a token value meets one pattern spec; None for a spec we do not handle."""
    if isinstance(spec, bool | str):
        return value == spec
    if isinstance(spec, dict) and len(spec) == 1:
        ((op, items),) = spec.items()
        if op in ("IN", "NOT_IN") and all(isinstance(x, str) for x in items):
            return (value in items) == (op == "IN")
    return None


def _simple(pattern: list[dict[str, Any]]) -> bool:
    """A one-token pattern over the key attributes, with specs ``_test`` handles."""
    if len(pattern) != 1:
        return False
    return all(
        name in _KEY_ATTRS and _test("", spec) is not None for name, spec in pattern[0].items()
    )


def _fast_ruler(ruler: Any) -> None:
    """Answer ``ruler.match`` from a per-key lookup for its one-token patterns."""
    from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
    from spacy.matcher import Matcher

    strings = ruler.vocab.strings
    # One-token patterns filed under a word or tag they require (else under None), so a
    # new token key is tested against a few patterns, not all of them.
    filed: dict[tuple[str, str] | None, list[tuple[int, int, dict[str, Any]]]] = {}
    rest = Matcher(ruler.vocab, validate=False)
    for order in range(len(ruler.attrs)):
        key = str(order)
        _, patterns = ruler.matcher.get(key)
        for pattern in patterns:
            if _simple(pattern):
                specs = pattern[0]
                for where in _filing(specs):
                    filed.setdefault(where, []).append((order, strings[key], specs))
        hard = [p for p in patterns if not _simple(p)]
        if hard:
            rest.add(key, hard)
    anywhere = filed.pop(None, [])
    memo: dict[tuple[int, ...], list[tuple[int, int]]] = {}

    def matching(row: tuple[int, ...], doc_strings: Any) -> list[tuple[int, int]]:
        values = {
            "LOWER": doc_strings[row[0]],
            "TAG": doc_strings[row[1]],
            "DEP": doc_strings[row[2]],
            "IS_SPACE": bool(row[3]),
        }
        candidates = [
            *filed.get(("LOWER", values["LOWER"]), ()),
            *filed.get(("TAG", values["TAG"]), ()),
            *anywhere,
        ]
        found = {
            (order, match_id)
            for order, match_id, specs in candidates
            if all(_test(values[name], spec) for name, spec in specs.items())
        }
        return sorted(found)

    def match(doc: Any) -> list[tuple[int, int, int, int]]:
        found = [
            (int(strings[m_id]), m_id, s, e)
            for m_id, s, e in rest(doc, allow_missing=True, as_spans=False)
        ]
        for i, row in enumerate(doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist()):
            key = tuple(row)
            hits = memo.get(key)
            if hits is None:
                if len(memo) >= MEMO_ENTRIES:
                    memo.clear()
                hits = memo[key] = matching(key, doc.vocab.strings)
            found.extend((order, match_id, i, i + 1) for order, match_id in hits)
        found.sort()
        return found

    ruler.match = match


def _filing(specs: dict[str, Any]) -> list[tuple[str, str] | None]:
    """Where to file a one-token pattern: under each word (else each tag) it requires."""
    for name in ("LOWER", "TAG"):
        spec = specs.get(name)
        if isinstance(spec, str):
            return [(name, spec)]
        if isinstance(spec, dict) and set(spec) == {"IN"}:
            return [(name, x) for x in spec["IN"]]
    return [None]
