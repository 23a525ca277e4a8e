"""Summarise: rank each article's sentences with a sumy method chosen by name.

``SUMMARIZERS`` (listed in :mod:`briefing.registrations`) holds the names the config
and ``--summarizer`` accept. Every method gets our own tokenizer (no NLTK data) and
sumy's English stop words and stemmer.
The scores of all sentences are kept, not just the top ones, because the compose
stage merges evidence across articles. The summarizers (sumy, nltk) are imported on the
first use of ``summarise_document`` or ``summarise_corpus``: compose reads only the
scores (``normalised_scores``), and a build whose articles the cache holds runs none.
"""

from __future__ import annotations

from typing import Any

from briefing.registrations import SUMMARIZERS
from briefing.summarise.scores import normalised_scores

_SUMMARIZING = ("summarise_corpus", "summarise_document")


def __getattr__(name: str) -> Any:
    """``summarise_corpus`` and ``summarise_document``, imported on first use."""
    if name in _SUMMARIZING:
        from briefing.summarise import sumy_methods

        return getattr(sumy_methods, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["SUMMARIZERS", "normalised_scores", "summarise_corpus", "summarise_document"]
