"""spaCy's suffix search, in time bounded by the suffix instead of the whole token.

spaCy's tokenizer strips a token's suffixes one at a time, asking its suffix pattern (an
alternation of ``...$`` rules) for each; ``re``'s search tries every position of the token
before it finds the one near the end, so a token that is a long run of suffixes ("waited"
followed by 10,000 ")": deeply nested parentheses in a hostile page) cost one scan of the
token per bracket, growing with the square of its length (benchmarks/pattern_scaling.py:
10,000 levels, 22 s of a build's analysis).

``windowed(pattern)`` gives the same answer as ``pattern.search`` while reading only the
last ``WINDOW`` characters, when the pattern's rules allow it: every rule is either
bounded (it matches at most ``WINDOW - 2`` characters: the ``$`` may also stand before a
final newline) or a run of one character (``\\.\\.+$``), which matching from any
position also matches from every later one up to its least length. Then a match starting
before the window would be a run that also matches at the window's first position, so a
search from there that finds a match further on, or none, is the whole search's answer;
a match at the window's first position (the token ends in a long run of dots) is
searched for again in the whole token, once per such run. A lookbehind of a rule reads
the characters before the window, as in the whole search (``Pattern.search(s, pos)``).
A pattern with any other rule keeps ``re``'s own search.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

# Characters read from a token's end. spaCy's English suffix rules match at most 5; the
# window only has to be longer than the longest bounded rule (and a run's least length),
# and a long one costs its length on every suffix stripped.
WINDOW = 64


class WindowedSuffix:
    """``search`` is ``pattern.search`` on a token, reading its last ``WINDOW``
    characters. ``pattern`` is the rule's text, as spaCy's tokenizer serialises it."""

    def __init__(self, compiled: Any) -> None:
        self.compiled = compiled
        self.pattern: str = compiled.pattern

    def search(self, string: str) -> re.Match[str] | None:
        start = len(string) - WINDOW
        if start <= 0:
            return self.compiled.search(string)
        found = self.compiled.search(string, start)
        if found is not None and found.start() == start:
            return self.compiled.search(string)  # a run that may begin before the window
        return found


def windowed(compiled: Any) -> Callable[[str], re.Match[str] | None]:
    """``compiled.search``, as a bound method of a ``WindowedSuffix`` when the pattern's
    rules allow reading only the token's end (the module's docstring), else as it is."""
    if compiled.flags & re.MULTILINE or not _rules_allow(compiled.pattern):
        return compiled.search
    return WindowedSuffix(compiled).search


def _rules_allow(pattern: str) -> bool:
    try:
        tree = sre_parse.parse(pattern)
    except re.error:
        return False
    items = list(tree)
    if len(items) == 1 and items[0][0] is sre.BRANCH:
        rules = [list(rule) for rule in items[0][1][1]]
    else:
        rules = [items]
    return all(_bounded(rule) or _run_of_one(rule) for rule in rules)


def _bounded(rule: list[Any]) -> bool:
    return sre_parse.SubPattern(sre_parse.State(), rule).getwidth()[1] <= WINDOW - 2


def _run_of_one(rule: list[Any]) -> bool:
    """A rule such as ``\\.\\.+$``: one literal character, repeated without bound (at
    least ``WINDOW - 1`` times at most), then the end."""
    if len(rule) < 2 or rule[-1] != (sre.AT, sre.AT_END):
        return False
    chars: set[int] = set()
    least = 0
    unbounded = False
    for op, arg in rule[:-1]:
        if op is sre.LITERAL:
            chars.add(arg)
            least += 1
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, high, body = arg
            inner = list(body)
            if len(inner) != 1 or inner[0][0] is not sre.LITERAL:
                return False
            chars.add(inner[0][1])
            least += low
            unbounded = unbounded or high == sre.MAXREPEAT
        else:
            return False
    return len(chars) == 1 and unbounded and least <= WINDOW - 1


def window_suffixes(tokenizer: Any) -> None:
    """Give ``tokenizer`` the windowed search of its own suffix pattern (spaCy then
    reloads its special cases: ~0.05 s, once per process)."""
    search = tokenizer.suffix_search
    compiled = getattr(search, "__self__", None)
    if compiled is None or isinstance(compiled, WindowedSuffix):
        return
    fast = windowed(compiled)
    if fast is not search:
        tokenizer.suffix_search = fast
