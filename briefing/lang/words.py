"""Words: the one tokenizer of the code base.

A word is a run of letters or digits in any script, with inner hyphens, apostrophes
and dots kept ("well-known", "O’Brien", "U.S." are one word each).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

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


# Words that deny what their clause says ("has never agreed", "did not sign", "no sign of").
NEGATIONS = frozenset(
    {"not", "cannot", "no", "never", "nor", "neither", "without", "nobody", "none", "nothing"}
)


def negated(lowered: Sequence[str]) -> bool:
    """Whether lower-cased ``words`` hold a negation ("never", "hasn't", "no one")."""
    return any(w in NEGATIONS or w.endswith(("n't", "n’t")) for w in lowered)


# A negation whose exception names what is so affirms it: "had no port to send the ferry
# except Tromso" tells the sailings to Tromso, "had no choice but to resign" the
# resignation, "not only ... but also" both. Within one clause (no comma or semicolon).
EXCEPTION_RE = re.compile(
    r"\b(?:no|not|never|nothing|nobody|none|nowhere)\b[^,;:.!?]{0,80}?"
    r"\b(?:except|other than|save for|apart from)\b"
    r"|\b(?:no|nothing|nobody|none|nowhere)\b[^,;:.!?]{0,60}?\bbut\b"
    r"|\bnot only\b",
    re.IGNORECASE,
)


def without_exceptions(text: str) -> str:
    """``text`` without its negations that an exception turns into an affirmation
    (``EXCEPTION_RE``): what is left holds a negation only where the text denies."""
    return EXCEPTION_RE.sub(" ", text) if "no" in text.lower() else text
