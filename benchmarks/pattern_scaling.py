"""Do the name patterns stay linear on hostile text? CPU time by input size, doubled.

Usage::

    python benchmarks/pattern_scaling.py [--sizes 2500,5000,10000,20000]

For each reader of nicknames (``briefing.lang.nicknames``) and each hostile run of
characters (a quote or a capital repeated with no space: "'A'A'A...", "A'A'...", a run of
capitals), prints the CPU seconds at each size and the growth from one size to the next:
about 2x a step is linear, about 4x quadratic. ``NICKNAME_BEFORE_RE.finditer`` (the plain
search from each position) is shown beside ``nicknames_before`` for comparison; it is the
quadratic one (session 28: 10 KB of "'A" took 1.5 CPU s, 2.6 s in a build).

Then spaCy's tokenizer on one token of N nested parentheses ("((...Orla))..."), with the
windowed suffix search ``load_nlp`` installs (``briefing.analyse.suffixes``) and with the
pattern's own ``search`` (spaCy's stock tokenizer), at ``--levels``. ``--no-spacy`` skips it.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable, Iterable

from briefing.analyse.entities import load_nlp
from briefing.analyse.suffixes import windowed
from briefing.lang.nicknames import NICKNAME_BEFORE_RE, nicknames_after, nicknames_before

RUNS = ("'A", "A'", "'Ab", "‘A'", "A")
READERS: dict[str, Callable[[str], Iterable[re.Match[str]]]] = {
    "nicknames_after": nicknames_after,
    "nicknames_before": nicknames_before,
    "NICKNAME_BEFORE_RE.finditer": NICKNAME_BEFORE_RE.finditer,
}


def cpu_seconds(read: Callable[[str], Iterable[re.Match[str]]], text: str) -> float:
    start = time.process_time()
    for _ in read(text):
        pass
    return time.process_time() - start


def growth(times: list[float]) -> str:
    steps = zip(times, times[1:], strict=False)
    return " ".join(f"{b / a:.1f}x" if a > 1e-4 else "-" for a, b in steps)


def brackets(levels: list[int]) -> None:
    """The tokenizer's CPU seconds on a token of N nested parentheses, both searches."""
    tokenizer = load_nlp().tokenizer
    compiled = tokenizer.suffix_search.__self__.compiled
    print(f"\n{'tokenizer, nested (...)':30} " + " ".join(f"{n:>9}" for n in levels) + "  growth")
    searches = (("windowed suffix search", windowed(compiled)), ("stock", compiled.search))
    for name, search in searches:
        tokenizer.suffix_search = search
        times = []
        for n in levels:
            start = time.process_time()
            tokenizer("(" * n + "Orla" + ")" * n)
            times.append(time.process_time() - start)
        print(f"{name:30} " + " ".join(f"{t:9.4f}" for t in times) + f"  {growth(times)}")
    tokenizer.suffix_search = windowed(compiled)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2500,5000,10000,20000")
    parser.add_argument("--levels", default="1250,2500,5000,10000")
    parser.add_argument("--no-spacy", action="store_true")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{'reader':30} {'run':6} " + " ".join(f"{s:>9}" for s in sizes) + "  growth")
    for name, read in READERS.items():
        for run in RUNS:
            times = [cpu_seconds(read, run * (size // len(run)) + " 'X' Moss") for size in sizes]
            cells = " ".join(f"{t:9.4f}" for t in times)
            print(f"{name:30} {run!r:6} {cells}  {growth(times)}")
    if not args.no_spacy:
        brackets([int(n) for n in args.levels.split(",")])


if __name__ == "__main__":
    main()
