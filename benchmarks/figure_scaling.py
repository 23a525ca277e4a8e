"""Does the check of an article's stored figures stay linear? CPU time by article size, doubled.

Usage::

    python benchmarks/figure_scaling.py [--sizes 250,500,1000,2000] [--before-up-to 1000]

An invented article of N sentences, each naming a place of its own ("The storm killed 41
people in Tarvin0007."), and one figure row per sentence holding, as every row read from an
article does, the article's places (``figure_rows.borne_out`` checks that the article
holds them before a stored row is trusted). Prints the CPU seconds of ``borne_out`` at each
size and the growth from one size to the next (about 2x a step is linear, 4x quadratic,
8x cubic), and beside it the check as it was before session 52: one search of the article
per row and word (each row's places and the article's), run only up to ``--before-up-to``
sentences since it grows with the cube (12 CPU s at 1,000 sentences on the dev machine).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence

from briefing.compose.figure_rows import FigureRow, borne_out
from briefing.model import Sentence


def article(size: int) -> tuple[tuple[FigureRow, ...], list[Sentence]]:
    """An invented article of ``size`` sentences and its figure rows."""
    places = [f"tarvin{i:05d}" for i in range(size)]
    sentences = [
        Sentence(
            doc=0, index=i, paragraph=0, text=f"The storm killed 41 people in {p}.", start=0, end=0
        )  # fmt: skip
        for i, p in enumerate(places)
    ]
    named = frozenset(places)
    rows = tuple(
        FigureRow(
            i,
            41.0,
            "",
            "people",
            "person",
            frozenset(),
            frozenset(),
            "",
            "41",
            "killed 41 people",
            None,
            17,
            "",
            "",
            None,
            frozenset({p}),
            named,
        )  # fmt: skip
        for i, p in enumerate(places)
    )
    return rows, sentences


def before(rows: Sequence[FigureRow], sentences: Sequence[Sentence]) -> bool:
    """The article's part of the check as it was: one search of the article per row and word."""
    text = " ".join(s.text for s in sentences).lower()
    return all(
        all(w.lower() in text for w in r.about.split())
        and all(w in text for w in r.places | r.article_places)
        for r in rows
    )


def cpu_seconds(check: Callable[..., bool], size: int) -> float:
    rows, sentences = article(size)
    start = time.process_time()
    assert check(rows, sentences)
    return time.process_time() - start


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="250,500,1000,2000")
    parser.add_argument("--before-up-to", type=int, default=1000)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{'check':28} " + " ".join(f"{s:>9}" for s in sizes) + "  growth")
    for name, check in (("borne_out", borne_out), ("one search per row and word", before)):
        times = [cpu_seconds(check, s) if check is borne_out or s <= args.before_up_to
                 else None for s in sizes]  # fmt: skip
        done = [t for t in times if t is not None]
        steps = zip(done, done[1:], strict=False)
        growth = " ".join(f"{b / a:.1f}x" if a > 1e-4 else "-" for a, b in steps)
        cells = " ".join(f"{t:9.4f}" if t is not None else f"{'-':>9}" for t in times)
        print(f"{name:28} {cells}  {growth}")


if __name__ == "__main__":
    main()
