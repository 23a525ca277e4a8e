"""Run the map on a Dask cluster (``dask.distributed``), when the user names a scheduler.

``dask[distributed]`` is an optional extra (``pip install 'briefing[dask]'``), imported
only here and only when a scheduler is named, so a plain build never pays its start-up
time. The workers need briefing installed (the same version): they import
``briefing.mapping.work`` to run ``analyse_articles``, and load spaCy once each.
At most ``IN_FLIGHT_PER_THREAD`` batches per worker thread are submitted at a time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from briefing.mapping.work import ArticleResult, Extra, MapSettings, analyse_for_transfer

# Batches submitted per worker thread of the cluster (benchmarks/scale.py, 2 local workers).
IN_FLIGHT_PER_THREAD = 3
CONNECT_TIMEOUT = "30s"  # how long to wait for the scheduler before giving up


class ClusterError(Exception):
    """The scheduler cannot be used (dask missing, unreachable): a message for the user."""


def run_cluster(
    batches: Iterable[tuple[list[int], list[Any]]],
    settings: MapSettings,
    address: str,
    extra: Extra | None = None,
) -> Iterator[tuple[list[int], list[ArticleResult]]]:
    """The map on the Dask scheduler at ``address``; results come in completion order,
    each with ``extra`` of its article (``work.Extra``) when given."""
    try:
        from distributed import Client, as_completed
    except ImportError as exc:
        raise ClusterError(
            f"--scheduler {address} needs Dask: pip install 'briefing[dask]' "
            "(or run without a scheduler to use local worker processes)"
        ) from exc
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    with client:
        threads = max(1, sum(client.nthreads().values()))
        limit = threads * IN_FLIGHT_PER_THREAD
        source = iter(batches)
        futures = as_completed(loop=client.loop)
        owner: dict[str, list[int]] = {}

        def submit_next() -> bool:
            for indices, documents in source:
                future = client.submit(analyse_for_transfer, documents, settings, extra, pure=False)
                owner[future.key] = indices
                futures.add(future)
                return True
            return False

        for _ in range(limit):
            if not submit_next():
                break
        for future in futures:
            results = future.result()
            indices = owner.pop(future.key)
            future.release()
            submit_next()
            yield indices, results
