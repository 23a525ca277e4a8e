"""Corroboration of many copies of one sentence (a syndicated feed): old against new CPU.

Usage::

    python benchmarks/copies.py            # N = 50, 100, 200, 400
    python benchmarks/copies.py 100 800

N invented articles each carry the same sentence (and a line of their own). A shown
statement's group then holds N copies, and ``marks`` asks ``reporting_sources`` for each
(with the polarity check, ``polarity.same_way``, as the pairwise test). Old: each copy
asked alone, every other copy tested again (quadratic in N). New: each copy asked with
the sources found so far (``known``). Prints CPU seconds for both, the pairwise checks
made, and whether the two answers are the same. Nothing is written.
"""

from __future__ import annotations

import argparse
import time

from briefing.analyse import analyse
from briefing.compose.corroboration import Corroboration
from briefing.compose.polarity import same_way
from briefing.model import Document, Sentence

LINE = "The Orsk canal board closed the Tamsin lock after divers found a cracked gate."


def corpus(n: int) -> tuple[Corroboration, list[Sentence]]:
    """N articles repeating ``LINE``, each with a line of its own."""
    docs = [
        Document(location=f"c{i}.txt", text=f"{LINE} Barge {i + 100} waited.", title=f"C {i}")
        for i in range(n)
    ]
    sents = analyse(docs, entities=False).sentences()
    return Corroboration(sents), [s for s in sents if s.text == LINE]


def run(reports: Corroboration, copies: list[Sentence], seeded: bool) -> tuple[set[int], int]:
    """The union of the copies' reporting sources and the pairwise checks made."""
    checks = 0
    found: set[int] = set()
    for m in copies:

        def accept(x: Sentence, m: Sentence = m) -> bool:
            nonlocal checks
            checks += 1
            return same_way(m.text, x.text)

        known = found if seeded else set()
        found |= set(reports.reporting_sources(m, anchored=True, accept=accept, known=known))
    return found, checks


def main() -> None:
    """One line for each N: old and new CPU seconds, checks, same answer."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("sizes", nargs="*", type=int, help="copies (default 50 100 200 400)")
    sizes = parser.parse_args().sizes or [50, 100, 200, 400]
    head = ("N", "old CPU s", "new CPU s", "old checks", "new checks")
    print(f"{head[0]:>5} {head[1]:>10} {head[2]:>10} {head[3]:>11} {head[4]:>11} same")
    for n in sizes:
        reports, copies = corpus(n)
        times, answers = [], []
        for seeded in (False, True):
            start = time.process_time()
            answers.append(run(reports, copies, seeded))
            times.append(time.process_time() - start)
        (old, old_checks), (new, new_checks) = answers
        print(
            f"{n:>5} {times[0]:>10.2f} {times[1]:>10.2f} {old_checks:>11} {new_checks:>11} "
            f"{old == new}"
        )


if __name__ == "__main__":
    main()
