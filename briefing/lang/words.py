"""Words: the one tokenizer of the code base.

A word is a run of letters or digits in any script, with inner hyphens, apostrophes
and dots kept ("well-known", "O’Brien", "U.S." are one word each).
"""

from __future__ import annotations

import re

WORD_RE = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*", re.UNICODE)


def tokens(text: str) -> list[str]:
    """Word tokens as written (case kept), without punctuation."""
    return WORD_RE.findall(text)


def words(text: str) -> list[str]:
    """Lower-cased word tokens without punctuation ("U.S." stays one token)."""
    found = WORD_RE.findall(text)
    # Lowered joined, as each alone: tokens hold no spaces, lowering makes none, and a
    # space stops str.lower's only context rule (a word-final sigma) as the split does.
    return " ".join(found).lower().split(" ") if found else []
