"""The per-article MAP of a build: each article analysed and summarised on its own.

``map_articles`` turns the ingested documents into the ``Corpus`` and per-article scores
that compose (the REDUCE) merges. The work per article (sentences, spaCy entities and
parse, summarizer scores: ``work.analyse_articles``) needs nothing from the other
articles, so it runs:

- from the cache, for an article analysed by an earlier build (``cache``);
- in this process (``workers=1``, or a small story where starting workers costs more
  than it saves);
- on a local pool of ``workers`` processes (``local``);
- on a Dask cluster when a scheduler address is given (``cluster``).

Every route gives the same results; articles travel in batches (``batch_articles``)
and only a few batches are in flight at a time.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefing import forked
from briefing.config import Config
from briefing.mapping.cache import CACHE_DIR, ArticleCache
from briefing.mapping.cluster import ClusterError
from briefing.mapping.work import ArticleResult, Extra, MapSettings
from briefing.model import Corpus, Document, ScoredSentence

if TYPE_CHECKING:
    from briefing.mapping.local import Workers

__all__ = [
    "CACHE_DIR",
    "ArticleCache",
    "ArticleResult",
    "ClusterError",
    "batch_articles",
    "count_words",
    "MapResult",
    "PARALLEL_MIN_WORDS",
    "MapSettings",
    "default_workers",
    "map_articles",
    "map_route",
    "may_fork_map",
    "map_with_standby",
    "selective_parse",
    "workers_for",
]

# Articles per task: one spaCy pipe call each (benchmarks/scale.py: 8 keeps the workers'
# queues short and the per-task overhead small).
BATCH_ARTICLES = 8
# Articles per task when only chosen sentences are parsed (``selective_parse``: hundreds of
# articles). A task is then a few dozen short passages, and spaCy's fixed cost per call is
# a larger share of it, so tasks are bigger, while every worker still gets at least
# TASKS_PER_WORKER of them (the last task of a pool waits for no one for long). CPU s of
# the map's work on 120 of benchmarks/scale.py's articles (warm, six runs alternated in
# both orders, one BLAS thread): 8 articles a task 7.21, 32 articles 6.68 (-7%); every
# article's result byte-identical (its cache entry).
SELECTIVE_BATCH_ARTICLES = 32
TASKS_PER_WORKER = 4
# A pool's last tasks are of BATCH_ARTICLES articles, this many per worker: the workers then
# end within a small task of each other, where one idled through the other's last large task
# (s53: a first build of 717 dev articles, 2 workers, tasks of 32: the two ended 1.0-1.1 s
# apart at load 7-9, about a task's time).
TAIL_TASKS_PER_WORKER = 2
# Below this many words to analyse, starting worker processes (each loads spaCy) costs
# more than it saves. Measured on a 25-article story (26k words, 2 cores): 5.4 s with one
# process, 3.0 s with two.
PARALLEL_MIN_WORDS = 12_000


# From this many words in a build, only the sentences that pay are parsed
# (``briefing.analyse.depth``); below it, every sentence. A dev story of 25 articles has
# 10,000-30,000 words, so every story of the quality benchmarks (story_eval, actors_eval,
# rouge_eval) is parsed whole; benchmarks/scale.py's 875 articles (538,000 words) are not.
SELECTIVE_MIN_WORDS = 50_000


def selective_parse(documents: list[Document]) -> bool:
    """Whether a build of ``documents`` parses only the sentences that pay: all of them
    count (also those a cache holds), so a folder that grows keeps its choice."""
    return count_words(documents) >= SELECTIVE_MIN_WORDS


def batch_articles(settings: MapSettings, articles: int, workers: int) -> int:
    """Articles per task for a map of ``articles`` articles on ``workers`` processes."""
    if not settings.selective:
        return BATCH_ARTICLES
    share = articles // (TASKS_PER_WORKER * max(1, workers))
    return max(BATCH_ARTICLES, min(SELECTIVE_BATCH_ARTICLES, share))


def count_words(documents: Iterable[Document]) -> int:
    """Words as every size rule of a build counts them (``PARALLEL_MIN_WORDS``,
    ``SELECTIVE_MIN_WORDS``, the reduce's fork): the spaces in the texts, no tokenizing."""
    return sum(d.text.count(" ") for d in documents)


@dataclass
class MapResult:
    corpus: Corpus
    per_article: list[list[ScoredSentence]]
    analysed: int = 0  # articles analysed by this build
    cached: int = 0  # articles taken from the cache
    route: str = "in-process"  # "in-process", "N workers" or the scheduler address
    damaged: int = 0  # cache entries found unusable (truncated, tampered) and analysed again
    # Articles whose analysis raised (``work.one_by_one``), by their index in the documents
    # mapped, with the error: not in ``corpus``, whose later articles move up.
    failed: dict[int, str] = field(default_factory=dict)


# Worker processes when the config says 0: one per core, but at most this many. Each
# worker loads its own spaCy pipeline, ~280 MB (benchmarks/hostile.py and a 25-article dev
# story: 1 process 442 MB, 2 workers 971 MB, 4 workers 1,535 MB, the whole tree summed), so
# on a many-core machine the default build still stays under issue 14's 2 GB; a larger
# ``workers`` value in the config is the user's choice.
MAX_DEFAULT_WORKERS = 4


def default_workers() -> int:
    """The machine's cores (those this process may run on), at most ``MAX_DEFAULT_WORKERS``."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_DEFAULT_WORKERS))


def workers_for(config: Config) -> int:
    """The processes a build may use: ``config.workers``, or ``default_workers`` for 0."""
    return config.workers or default_workers()


def may_fork_map(workers: int, scheduler: str) -> bool:
    """Whether a small map may run in one forked process beside the build: the build may
    use two processes and no scheduler takes the map."""
    return workers > 1 and not scheduler


def map_route(workers: int, scheduler: str, words: int, articles: int) -> str:
    """Where ``articles`` articles of ``words`` words to analyse are mapped: "cluster" (a
    scheduler takes them), "pool" (worth starting ``workers`` worker processes for),
    "forked" (too few for workers, but a forked process may take them beside the build)
    or "in-process"."""
    if scheduler:
        return "cluster"
    if workers > 1 and words >= PARALLEL_MIN_WORDS and articles > BATCH_ARTICLES:
        return "pool"
    return "forked" if may_fork_map(workers, scheduler) else "in-process"


def map_articles(
    documents: list[Document],
    settings: MapSettings,
    *,
    workers: int = 1,
    scheduler: str = "",
    cache: ArticleCache | None = None,
    progress: Callable[[int], None] | None = None,
    on_cached: Callable[[int, ArticleResult], None] | None = None,
    extra: Extra | None = None,
    on_analysed: Callable[[int, ArticleResult], None] | None = None,
    started: Workers | None = None,
) -> MapResult:
    """Analyse and summarise every document (cache, in process, local pool or Dask).

    A few new articles among many cached ones (a folder that grew: too few to start
    workers) are analysed in a forked process while this one reads the cache entries,
    when ``workers`` allows two processes; the results are the same. ``on_cached(i,
    result)`` is called in this process for each article ``i`` read from the cache, as
    soon as it is read (so more can be done while new articles are analysed).
    Articles analysed on worker processes or Dask also get ``extra`` (``work.Extra``)
    worked out there; ``on_analysed(i, result)`` is called in this process for each
    article ``i`` analysed, then ``result.extra`` is dropped (it is never cached).
    ``started``: worker processes already running (``local.Workers``), which a map on a
    local pool takes; any other route stops them first (before it forks).
    """
    results: list[ArticleResult | None] = [None] * len(documents)
    # Entries are read one at a time below (each at most MAX_ENTRY_BYTES), never all at once.
    found = [cache is not None and cache.has(doc) for doc in documents]
    todo = [i for i, there in enumerate(found) if not there]
    beside = (
        0 < len(todo) < len(documents) and _route(documents, todo, workers, scheduler) == "forked"
    )
    if started is not None and beside:
        started.close()
    streams: list[Iterable[tuple[list[int], list[ArticleResult]]]] = []
    late: list[int] = []  # entries found unusable: analysed after all
    with forked.start(_analyse, [documents[i] for i in todo], settings, inline=not beside) as job:
        for i, there in enumerate(found):
            if there:
                assert cache is not None
                hit = cache.get(documents[i])
                if hit is None:
                    late.append(i)
                    continue
                results[i] = hit
                if on_cached is not None:
                    on_cached(i, hit)
        if beside:
            streams.append([(todo, job.result())])
            todo = late
        else:
            todo = sorted(todo + late)
    route = "forked process" if beside else "in-process"
    size = batch_articles(settings, len(todo), workers)
    where = _route(documents, todo, workers, scheduler) if todo else ""
    tail = TAIL_TASKS_PER_WORKER * workers * BATCH_ARTICLES if where in ("pool", "cluster") else 0
    batches = _batches(documents, todo, size, tail)
    if started is not None and where != "pool":
        started.close()
    if where == "cluster":
        from briefing.mapping.cluster import run_cluster

        streams.append(run_cluster(batches, settings, scheduler, extra))
        route = scheduler
    elif where == "pool":
        from briefing.mapping.local import run_pool

        # A worker without a batch would only load spaCy (~280 MB) and wait.
        n = min(workers, -(-len(todo) // size))
        streams.append(run_pool(batches, settings, n, extra, started))
        route = f"{n} workers"
    elif where:
        from briefing.mapping.local import run_in_process

        streams.append(run_in_process(batches, settings))
    analysed = 0
    for indices, batch in itertools.chain.from_iterable(streams):
        for i, result in zip(indices, batch, strict=True):
            if on_analysed is not None:
                on_analysed(i, result)
            result.extra = None
            if cache is not None and not result.failed:
                cache.put(documents[i], result)
            results[i] = result
        analysed += len(indices)
        if progress is not None:
            progress(len(indices))
    return _assemble(documents, results, analysed, route, len(late))


def map_with_standby(
    documents: list[Document],
    settings: MapSettings,
    standby: forked.Standby,
    cache: ArticleCache | None = None,
    meanwhile: Callable[[], None] | None = None,
) -> MapResult:
    """``map_articles`` of a first build of a small story (nothing cached, no selective
    parse), split in two: spaCy's pass in ``standby`` (the process loading spaCy since the
    build began) and the summarizer's scores in this one, after ``meanwhile()``.

    The standby then never imports sumy and nltk (~0.85 of its ~2.7 CPU s on the cold
    sample build of benchmarks/scale.py), which this process imports anyway; the results,
    and what goes into ``cache``, are those of ``map_articles``.
    """
    from briefing.mapping.work import parse_for_transfer, score_articles

    job = standby.start(parse_for_transfer, documents, settings)
    with job:
        if meanwhile is not None:
            meanwhile()
        scores = score_articles(documents, settings)
        parsed = job.result()
    results: list[ArticleResult | None] = []
    for doc, result, scored in zip(documents, parsed, scores, strict=True):
        result.scores, result.failed = scored.scores, result.failed or scored.failed
        if cache is not None and not result.failed:
            cache.put(doc, result)
        results.append(result)
    return _assemble(documents, results, len(documents), "in-process", 0)


def _assemble(
    documents: list[Document],
    results: list[ArticleResult | None],
    analysed: int,
    route: str,
    damaged: int,
) -> MapResult:
    corpus, per_article, failed = Corpus(docs=[]), [], {}
    for i, (doc, result) in enumerate(zip(documents, results, strict=True)):
        assert result is not None
        if result.failed:  # not analysed: left out, the sources after it move up
            failed[i] = result.failed
            continue
        adoc, scored = result.attach(doc, len(corpus.docs))
        corpus.docs.append(adoc)
        per_article.append(scored)
    cached = len(documents) - analysed
    return MapResult(corpus, per_article, analysed, cached, route, damaged, failed)


def _route(documents: list[Document], todo: list[int], workers: int, scheduler: str) -> str:
    """``map_route`` of the articles ``todo``."""
    words = count_words(documents[i] for i in todo)
    return map_route(workers, scheduler, words, len(todo))


def _analyse(documents: list[Document], settings: MapSettings) -> list[ArticleResult]:
    """The articles no cache holds, in this process or a forked one (``map_articles``)."""
    if not documents:
        return []
    from briefing.mapping.work import analyse_for_transfer

    return analyse_for_transfer(documents, settings)


def _batches(
    documents: list[Document], todo: list[int], size: int, tail: int = 0
) -> Iterator[tuple[list[int], list]]:
    """``todo``'s articles in batches of ``size``; with a ``tail``, the last ``tail`` of them
    (and those past the last whole batch before them) in batches of ``BATCH_ARTICLES``."""
    head = len(todo) if not tail else max(0, len(todo) - tail) // size * size
    starts = [*range(0, head, size), *range(head, len(todo), BATCH_ARTICLES), len(todo)]
    for start, end in itertools.pairwise(starts):
        indices = todo[start:end]
        yield indices, [documents[i] for i in indices]
