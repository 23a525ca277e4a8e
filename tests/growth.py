"""Deterministic growth checks for hostile inputs: count the work, never time it.

A test that a hostile input is read in linear time used to assert a CPU-seconds limit,
which fails on a loaded machine and passes a quadratic loop on a fast one. Here the work
is the number of Python lines run (``sys.settrace`` line events, in every frame), the
same on any machine under any load. ``assert_linear`` counts it at a size ``n`` and at
``GROWTH_FACTOR`` times ``n``: linear work grows about that factor, quadratic work its
square. The limit (``GROWTH_SLACK`` times the factor) leaves room for n log n and for the
fixed cost of a call, and none for a square.

What it cannot see is work inside one C call (a regular expression backtracking, one
``str`` search over a whole text): such guards are benchmarks (``benchmarks/``), or a
test that the input reaching the C call is bounded.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from types import FrameType
from typing import Any

# Sizes compared: n and 4n. A quadratic loop grows 16x, a linear one 4x.
GROWTH_FACTOR = 4
# Allowed growth over linear: n log n from n to 4n is ~4.6x; fixed costs only lower it.
GROWTH_SLACK = 2.0


def steps(run: Callable[[], object]) -> int:
    """The number of Python lines ``run()`` runs (all frames, the standard library too)."""
    count = 0

    def line(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return line

    def call(frame: FrameType, event: str, arg: Any) -> Any:
        return line

    previous = sys.gettrace()
    sys.settrace(call)
    try:
        run()
    finally:
        sys.settrace(previous)
    return count


def growth(
    run_at: Callable[[Any], object],
    n: int,
    factor: int = GROWTH_FACTOR,
    prepare: Callable[[int], Any] | None = None,
) -> float:
    """How many times more lines ``run_at`` runs at ``factor * n`` than at ``n``, after
    one untraced warm-up call at ``n`` (first-call loading and caches are not growth).
    With ``prepare``, ``run_at`` is given ``prepare(size)``, made untraced (a corpus to
    read, not counted), else the size itself."""
    made = prepare or (lambda size: size)
    small_input, large_input = made(n), made(factor * n)
    run_at(made(n))
    small = steps(lambda: run_at(small_input))
    large = steps(lambda: run_at(large_input))
    assert small > 0, "nothing was run"
    return large / small


def assert_linear(
    run_at: Callable[[Any], object],
    n: int,
    factor: int = GROWTH_FACTOR,
    prepare: Callable[[int], Any] | None = None,
) -> None:
    """``run_at``'s work grows at most ``GROWTH_SLACK`` times linearly from n to factor n
    (``growth``)."""
    grew = growth(run_at, n, factor, prepare)
    assert grew <= GROWTH_SLACK * factor, f"work grew {grew:.1f}x from n={n} to {factor * n}"


class ReadLengths:
    """A compiled pattern's stand-in that records the length of every text it is given
    (from ``pos`` on), so a test can assert a pattern only ever reads a bounded window of
    a hostile text (``monkeypatch.setattr(module, "NAME_RE", ReadLengths(NAME_RE))``)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.lengths: list[int] = []

    def _read(self, text: str, pos: int = 0, endpos: int | None = None) -> None:
        end = len(text) if endpos is None else min(endpos, len(text))
        self.lengths.append(max(0, end - pos))

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self._read(text, pos, endpos)
        return self.pattern.match(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self._read(text, pos, endpos)
        return self.pattern.search(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        self._read(text, pos, endpos)
        return self.pattern.finditer(text, pos, endpos)
