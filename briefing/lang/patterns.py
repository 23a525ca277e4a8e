"""Regexes built from vocabularies: the one place where lists of words become patterns.

The modules of ``lang`` keep what they know about English as data, a tuple of words and
phrases (regex fragments, so "newsletters?" covers the plural), and build their patterns
here, so each fact is a list and the regex construction lives once. Alternatives are
tried in the order given: a longer phrase goes before a shorter one it starts with.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The characters besides A-Z that an ASCII letter matches under ``re.IGNORECASE`` and that
# ``str.lower`` does not lower to it ("İ" lowers to two characters; "ı" and "ſ" stay);
# the Kelvin sign lowers to "k". tests/lang/test_patterns.py checks every code point.
_ODD_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
_ODD = ("\u0130", "\u0131", "\u017f")
# A case-insensitive pattern's cue: lower-case ASCII words, with apostrophes (which, as
# spaces, match only themselves in any case).
_CUE_RE = re.compile(r"[a-z'’]+(?: [a-z'’]+)*")


def alternation(words: Iterable[str]) -> str:
    """A non-capturing group, ``(?:a|b|c)``, that matches any of ``words``."""
    return f"(?:{'|'.join(words)})"


def cue_pattern(
    words: Iterable[str],
    *,
    before: str = r"\b",
    after: str = r"\b",
    flags: re.RegexFlag = re.IGNORECASE,
) -> re.Pattern[str]:
    """Any of ``words`` between ``before`` and ``after``: by default a whole word or
    phrase, in any case."""
    return re.compile(f"{before}{alternation(words)}{after}", flags)


def any_pattern(
    alternatives: Iterable[str], flags: re.RegexFlag = re.IGNORECASE
) -> re.Pattern[str]:
    """A pattern that matches where any one of ``alternatives`` (whole patterns, each
    with its own anchors) matches."""
    return re.compile("|".join(alternatives), flags)


def folded(text: str) -> str:
    """``text`` in lower case, each character an ASCII letter matches under
    ``re.IGNORECASE`` written as that letter: a case-insensitive pattern's literal
    lower-case words are in ``folded(text)`` wherever the pattern finds them in ``text``."""
    if not text.isascii() and any(c in text for c in _ODD):
        text = text.translate(_ODD_FOLDS)
    return text.lower()


class Screened:
    """A pattern searched only in texts that hold one of ``cues``, words that every match
    of it contains (in lower case for a case-insensitive pattern, then found in the
    ``folded`` text): ``search`` gives what ``pattern.search`` does, without running the
    pattern on the many sentences that cannot match. Python's regex engine tries a
    pattern that opens with ``\\b`` or a look-behind at every character; a substring test is
    some ten times faster (benchmarks/scale.py's 24,000 sentences: 10-32 us a sentence
    for the screened patterns of compose's sentence loops)."""

    def __init__(self, pattern: re.Pattern[str], cues: Iterable[str]) -> None:
        self.pattern = pattern
        self.cues = tuple(cues)
        self.fold = bool(pattern.flags & re.IGNORECASE)
        if self.fold and not all(_CUE_RE.fullmatch(c) for c in self.cues):
            raise ValueError("a case-insensitive pattern's cues are lower-case ASCII words")

    def holds_cue(self, text: str, lowered: str | None = None) -> bool:
        """Whether ``text`` holds one of the cues (else the pattern cannot match it);
        ``lowered``: ``folded(text)``, when the caller made it once for many patterns."""
        if not self.fold:
            return any(c in text for c in self.cues)
        held = folded(text) if lowered is None else lowered
        return any(c in held for c in self.cues)

    def search(self, text: str, lowered: str | None = None) -> re.Match[str] | None:
        return self.pattern.search(text) if self.holds_cue(text, lowered) else None
