"""Keep a build's heap from Python's cyclic garbage collector while the build runs.

A build piles up its inputs (documents, the map's cached analyses, compose's memos) and
keeps them to the end, yet Python's collector traverses the whole heap again every time it
grows by a quarter. ``frozen_heap()`` lets ``keep()`` exempt what the build holds (after
each stage) and collects the youngest objects less often; it gives the collector back what
the build froze, and its thresholds, when the build ends.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# Allocations (less deallocations) between two collections of the youngest objects; Python's
# default is 700. Nearly all of a build's garbage is freed by reference counting, and each
# collection promotes survivors towards the full collections. A second run over
# benchmarks/scale.py's 875 + 5 articles, heap frozen per stage: 3,345 young collections and
# 22 full ones (1.9 CPU s) at 700, 535 and 3 (1.3 s) at 10,000; in s40 (build process)
# 298 (0.85 s) at 10,000, 7 (0.30 s) at 1,000,000, with no higher peak: hardly a cycle found.
# In s52 a second run of 750 + 5 dev articles still collected twice in the build process
# (0.28 CPU s, ~30,000 objects freed) and once in the process beside the summary (0.21 s,
# none freed): each collection walks every young object. At 10,000,000 neither does.
GC_YOUNG_THRESHOLD = 10_000_000
# Objects the interpreter itself had frozen when this module was imported: Python 3.12 starts
# with a few hundred in the permanent generation (3.11 and 3.13 with none). They are nobody's
# freeze, so a build may give them back to the collector with its own (``frozen_heap``).
FROZEN_AT_IMPORT = gc.get_freeze_count()


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Let ``keep`` exempt what the build holds from the cyclic garbage collector, and
    give it back when the build ends.

    In a second run over benchmarks/scale.py's 875 + 5 articles the collector took 3.9 of
    ~35 CPU s (13 full collections, 2.9 s); with the heap frozen after each stage and
    GC_YOUNG_THRESHOLD, 1.3 s (3 full, 0.15 s). Frozen objects are still freed when no
    longer referenced; only cycles among them wait for the end of the build, and the
    build's last ones are frozen too before the collector is given back what it froze.
    (Objects someone else froze before the build stay frozen; those the interpreter froze
    at start-up, FROZEN_AT_IMPORT, are nobody's.)
    """
    others = gc.get_freeze_count()
    keep()  # the modules imported so far
    thresholds = gc.get_threshold()
    gc.set_threshold(GC_YOUNG_THRESHOLD, *thresholds[1:])
    try:
        yield
    finally:
        # The build's last objects join the frozen ones first: restoring the threshold
        # would have the next allocation walk them all, young (a second run of 750 + 5 dev
        # articles: 0.19 CPU s at the very end of the build, ~30,000 objects freed).
        keep()
        gc.set_threshold(*thresholds)
        if others <= FROZEN_AT_IMPORT:
            gc.unfreeze()


def keep() -> None:
    """What is alive now lives on to the end of the build (see ``frozen_heap``)."""
    gc.freeze()
