"""Summarise: rank each article's sentences with a sumy method chosen by name.

``SUMMARIZERS`` (listed in :mod:`briefing.registrations`) holds the names the config
and ``--summarizer`` accept. Every method gets our own tokenizer (no NLTK data) and
sumy's English stop words and stemmer.
The scores of all sentences are kept, not just the top ones, because the compose
stage merges evidence across articles.
"""

from __future__ import annotations

# First: sumy imports nltk, which then comes without scipy.stats (start-up, issue 13).
from briefing.lang import nltk_stemmers  # noqa: F401
from briefing.registrations import SUMMARIZERS
from briefing.summarise.sumy_methods import (
    normalised_scores,
    summarise_corpus,
    summarise_document,
)

__all__ = ["SUMMARIZERS", "normalised_scores", "summarise_corpus", "summarise_document"]
