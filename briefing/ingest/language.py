"""Which language an article is in: the analysis reads English only.

A Chinese or Arabic article used to be skipped as "no article text found" (its words are
not split by spaces); now it is skipped as "language zh is not supported". An article
whose words are a good share of English function words is English without asking
further; only the rest goes to py3langid (a small offline model, 3 s to load, so a
build of English news never loads it).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from briefing.lang.stopwords import FUNCTION_WORDS
from briefing.lang.words import words

SUPPORTED = frozenset({"en"})
# Chosen by hand in c037d97, as are the bars below; not benchmarked.
SAMPLE_CHARS = 3000  # enough for a confident guess; the rest of a long text adds nothing
# English news runs at ~30% function words ("the", "of", "and" ...); French, Spanish or
# German text at under 5% of these English ones.
ENGLISH_SHARE = 0.15
# Below this the guess is left alone (a short caption may look like anything), and a
# guess under this probability is not trusted either: precision before recall.
MIN_CHARS = 100  # two sentences of Chinese; a line of English
MIN_CONFIDENCE = 0.5


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def unsupported_language(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language when it is surely not English, else None."""
    sample = text[:SAMPLE_CHARS]
    tokens = words(sample)
    if tokens and sum(map(FUNCTION_WORDS.__contains__, tokens)) >= ENGLISH_SHARE * len(tokens):
        return None
    if len(sample.strip()) < MIN_CHARS:
        return None
    language, confidence = _identifier().classify(sample)
    if language in SUPPORTED or confidence < MIN_CONFIDENCE:
        return None
    return str(language)
