"""Regexes built from vocabularies: the one place where lists of words become patterns.

The modules of ``lang`` keep what they know about English as data, a tuple of words and
phrases (regex fragments, so "newsletters?" covers the plural), and build their patterns
here, so each fact is a list and the regex construction lives once. Alternatives are
tried in the order given: a longer phrase goes before a shorter one it starts with.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


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
