"""A grown folder's ingest in a forked process while the build imports compose (issue 13).

Cron's usual run finds a folder that grew: a few new articles among many an earlier
build read. Such a build began with two steps in turn while the machine's other core
idled: ingest (each file back from the read cache, then the digest and near-duplicate
checks over all of them: ~0.35 CPU s on 750 articles) and importing compose, which it
will need (~0.8 CPU s with the summary's solver). ``ingest_while`` runs ``ingest`` in a
forked child (``briefing.forked``: a child that dies costs ingest run again here) while
this process runs ``meanwhile`` (the import), and takes the ``IngestResult`` back
pickled (the documents' text: ~3 MB on 750 articles, ~0.03 CPU s both ways). The result
is the one ingest gives in this process: the child runs the same call.

Whether the import may start before ingest says anything changed: ``grown`` is a guess
from the file names alone (one of them not among the last edition's sources). An
unchanged folder guesses no and imports nothing, as before; a folder whose files
changed under the same names goes the old way, in turn.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

from briefing import forked
from briefing.ingest import FORK_MIN_FILES, IngestResult, Limits, ReadCache, ingest
from briefing.ingest.sources import expand

# Fewer sources than this are read in a few hundredths of a second: nothing to hide the
# import behind, and the fork would cost about as much (ingest's own bound for reading
# half the files in a forked process).
MIN_SOURCES = FORK_MIN_FILES


def grown(locations: list[str], last_sources: list[list[str]], output: str | Path) -> bool:
    """Whether ``locations`` name a file (as the brief names it) that is none of
    ``last_sources``' (``State.sources``: [location, hash] pairs), among at least
    ``MIN_SOURCES`` sources. URLs tell nothing here: whether a page changed is known once
    it is fetched."""
    if not last_sources:
        return False
    known = {pair[0] for pair in last_sources if pair}
    sources, _ = expand(locations, output=output)
    if len(sources) < MIN_SOURCES:
        return False
    return any(not s.url and s.shown not in known for s in sources)


def ingest_while(
    meanwhile: Callable[[], object],
    locations: list[str],
    *,
    limits: Limits,
    output: str | Path,
    cache: ReadCache,
    processes: int,
) -> IngestResult:
    """``ingest(locations, ...)`` worked out in a forked child while this process runs
    ``meanwhile()``; the same result (a failure of ingest is raised here, as ingest's)."""
    read = functools.partial(
        ingest, locations, limits=limits, output=output, cache=cache, processes=processes
    )
    with forked.start(read) as job:
        meanwhile()
        return job.result()
