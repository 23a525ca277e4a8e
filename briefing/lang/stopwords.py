"""Stop words: the words that carry no content when comparing or keying sentences.

``STOP_WORDS`` is sumy's English list (loaded here only), used to rank and compare
sentences; it is read from sumy's data as ``sumy.utils.get_stop_words`` reads it,
without importing ``sumy.utils`` (which imports requests and pycountry: ~0.2 s of a
build that needs no sumy, such as a second run whose articles the cache holds). The
smaller sets below are the core function words plus what each use must also ignore; they
are kept apart because a longer list would change what counts as content in that use (a
question's key keeps "said", a timeline's keeps "will").
"""

from __future__ import annotations

import pkgutil


def _sumy_stop_words(language: str) -> frozenset[str]:
    """sumy's stop words of ``language`` (a name, as sumy's file is named), parsed as
    ``sumy.utils.parse_stop_words`` does."""
    data = pkgutil.get_data("sumy", f"data/stopwords/{language}.txt")
    if data is None:
        raise LookupError(f"sumy has no stop words for {language}")
    return frozenset(w.rstrip() for w in data.decode("utf-8").splitlines() if w)


STOP_WORDS = _sumy_stop_words("english")

# Articles, prepositions, conjunctions and forms of "be"/"have": never content.
FUNCTION_WORDS = frozenset(
    {
        "a", "an", "and", "are", "as", "at", "be", "been", "by", "for", "from", "had", "has",
        "have", "in", "is", "it", "its", "of", "on", "or", "that", "the", "this", "to", "was",
        "were", "with",
    }
)  # fmt: skip

# Keying questions: also pronouns, auxiliaries, wh-words and time hedges.
QUESTION_STOP_WORDS = FUNCTION_WORDS | {
    "'s", "about", "all", "also", "any", "can", "could", "did", "do", "does", "how", "i", "if",
    "just", "later", "me", "more", "my", "no", "not", "our", "s", "so", "some", "soon", "such",
    "than", "their", "there", "these", "they", "those", "us", "very", "we", "what", "when",
    "where", "whether", "which", "who", "why", "will", "would", "you", "your", "’s",
}  # fmt: skip

# The words around a figure: also comparison words and "said".
FIGURE_STOP_WORDS = FUNCTION_WORDS | {
    "about", "least", "more", "said", "than", "their", "they", "up", "which", "who",
}  # fmt: skip

# Comparing timeline events: also "since", "least" and say-verbs.
EVENT_STOP_WORDS = FUNCTION_WORDS | {"least", "said", "says", "since"}
