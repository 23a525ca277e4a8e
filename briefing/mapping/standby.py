"""Start the map's process before the build knows its articles (cold start, issue 13).

A first build of a small story maps its articles in one forked process while the build
prepares its writers (``briefing.pipeline._map``). Forked there, that process first
imports and loads spaCy (about 1 s of a cold sample build's 6), while the build itself
has nothing left to do but wait. ``standby_for`` forks it instead before the build
imports its own stages and reads the sources: spaCy loads while this process imports
compose and the writers, and the articles are sent to it once read
(``briefing.forked.Standby``).

It is started only where it is likely to be used: the map's forked route (entities on,
more than one worker, no scheduler), a first build (no article cache in the output
folder, so every article is analysed) and sources that look small enough for that
route (``PARALLEL_MIN_WORDS``, estimated from the local files' sizes). Where the build
turns out otherwise (a larger story, nothing changed) it is stopped unused: it cost
CPU on the core this process did not use, and never the brief.

A first build of a large folder maps on a pool of worker processes instead; those are
started (``workers_ahead``) as soon as the build reads its sources, so their start-up
(an interpreter each, spaCy's import and load) overlaps the reading, and the map begins
on workers that are ready.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefing import forked
from briefing.cachestore import EntryStore
from briefing.config import Config
from briefing.mapping import PARALLEL_MIN_WORDS, may_fork_map, workers_for
from briefing.mapping.work import MapSettings, warm_up

if TYPE_CHECKING:
    from briefing.mapping.local import Workers

# Bytes of source files per word the map counts (spaces): 6.3 on the 875 plain-text
# articles of benchmarks/scale.py; a little more, so a story just under the bound still
# counts as small (one that is not costs only the standby's unused spaCy load).
BYTES_PER_WORD = 7
SMALL_BYTES = PARALLEL_MIN_WORDS * BYTES_PER_WORD
# Directory entries looked at before a folder counts as large whatever its bytes.
# Chosen by hand in fab0573; not benchmarked.
MAX_ENTRIES = 1_000
# Files from which a first build that does not look small starts its map's workers as it
# reads them (``workers_ahead``): ingest's FORK_MIN_FILES, from which reading takes long
# enough (two processes, ~5 ms CPU a file) to hide the workers' start. A dev story of 25
# saved pages (87 KB, 10,100 words: mapped beside, not on a pool) looks large by its
# bytes alone, and its workers would have started for nothing (s53).
AHEAD_FILES = 40


def standby_for(config: Config, cache_dir: Path) -> forked.Standby | None:
    """A ``Standby`` that loads spaCy for the map of this build, or None where the map
    would not use it (see the module docstring). ``cache_dir``: the article cache."""
    may_fork = may_fork_map(workers_for(config), config.scheduler)
    if not config.entities or not may_fork or not forked.can_fork():
        return None
    if EntryStore(cache_dir).any_entry() or not looks_small(config.sources):
        return None
    return forked.Standby(functools.partial(warm_up, MapSettings()))


def workers_ahead(config: Config, cache_dir: Path, imports: Sequence[str] = ()) -> Workers | None:
    """The map's worker processes for a build of ``config``, not started yet
    (``local.Workers``: the build starts them as it reads its sources, and each imports
    ``imports`` meanwhile), or None where
    its map is unlikely to run on a local pool: one worker, a scheduler, a folder whose
    article cache holds an entry (a second run analyses a few new articles beside) or
    sources that look small (``standby_for``'s route) or are fewer than ``AHEAD_FILES``."""
    workers = workers_for(config)
    if workers < 2 or config.scheduler or EntryStore(cache_dir).any_entry():
        return None
    if looks_small(config.sources) or not looks_many(config.sources):
        return None
    from briefing.mapping.local import Workers

    settings = MapSettings(summarizer=config.summarizer, entities=config.entities)
    return Workers(workers, settings, imports)


def looks_small(sources: list[str], limit: int = SMALL_BYTES) -> bool:
    """Whether the local files behind ``sources`` hold fewer than ``limit`` bytes (URLs
    count nothing: their size is not known before they are fetched)."""
    budget = [limit, MAX_ENTRIES]
    for location in sources:
        if "://" in location:
            continue
        if not _within(Path(location), budget):
            return False
    return True


def looks_many(sources: list[str], count: int = AHEAD_FILES) -> bool:
    """Whether the local files behind ``sources`` are ``count`` or more (a folder's
    entries counted recursively, up to ``count``)."""
    budget = [1 << 62, count]
    for location in sources:
        path = Path(location)
        if "://" in location:
            continue
        if path.is_dir():
            if not _within(path, budget):
                return True
        else:
            budget[1] -= 1
        if budget[1] <= 0:
            return True
    return False


def _within(path: Path, budget: list[int]) -> bool:
    """Take ``path``'s bytes (a folder's files, recursively, links not followed) from
    ``budget`` [bytes, entries]; False once either runs out."""
    try:
        if not path.is_dir():
            budget[0] -= path.stat().st_size if path.is_file() else 0
            return budget[0] > 0
        stack = [path]
        while stack:
            with os.scandir(stack.pop()) as entries:
                for entry in entries:
                    budget[1] -= 1
                    if entry.is_dir(follow_symlinks=False):
                        stack.append(Path(entry.path))
                    elif entry.is_file():
                        budget[0] -= entry.stat().st_size
                    if budget[0] <= 0 or budget[1] <= 0:
                        return False
    except OSError:
        pass  # unreadable: ingest will say so; nothing to count here
    return True
