"""The build: run ingest -> analyse -> summarise -> compose -> render -> publish.

``build`` is what ``briefing build`` calls; it knows the order of the stages and
nothing of their insides. Errors a user can fix (no usable sources, unknown names)
are raised as ``BuildError`` with a message meant for the console.
"""

from __future__ import annotations

import contextlib
import functools
import math
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from briefing import forked, heap
from briefing.clock import build_date
from briefing.config import Config
from briefing.console import Console
from briefing.fingerprint import describe_changes, input_fingerprint, source_hashes
from briefing.history import last_state, whats_new
from briefing.ingest import IngestResult, Limits, ReadCache, ingest
from briefing.ingest.cache import READ_CACHE_DIR
from briefing.interrupts import raise_if_interrupted
from briefing.mapping import (
    CACHE_DIR,
    ArticleCache,
    ArticleResult,
    ClusterError,
    MapResult,
    MapSettings,
    count_words,
    map_articles,
    map_route,
    map_with_standby,
    selective_parse,
    workers_for,
)
from briefing.mapping.standby import workers_ahead
from briefing.model import AnalysedDocument, Brief, Document, Skipped
from briefing.publish import (
    PAUSE_HOOK,
    BuildLocked,
    Edition,
    OutputFolder,
    UnsafeOutput,
    UnwritableOutput,
)
from briefing.readahead import grown, ingest_while
from briefing.registrations import SUMMARIZERS
from briefing.registry import UnknownName
from briefing.render import FORMATS, RenderOptions, TemplateFailure, prepare
from briefing.tail import beside_build, render_all

if TYPE_CHECKING:
    from briefing.compose.features import FeatureCache
    from briefing.mapping.local import Workers

# From this many words in a build, compose and rendering run partly in a forked process
# (briefing.forked), beside the build's own. Forking and sending the results back cost
# about 0.1 s; compose of a 25-article story (26,000 words) takes about 2 s.
FORK_MIN_WORDS = 12_000
# The module of compose's answers the map's workers work out (``_premap``): workers started
# ahead of the map import it as they start, by name (the build imports compose later).
PREMAP = "briefing.compose.premap"
# Longest pause the test hook (publish.PAUSE_HOOK) accepts: tests pause 60 s (not tuned).
MAX_PAUSE_SECONDS = 3600


class BuildError(Exception):
    """A problem the user can fix; ``exit_code`` 2 (usage/input) unless stated."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code


@dataclass
class BuildResult:
    brief: Brief | None
    paths: list[Path] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0
    # "built"; "unchanged" (same inputs as the last edition, nothing written); or "busy"
    # (another build held the output folder's lock too long). All three mean exit 0.
    outcome: str = "built"
    edition: Edition | None = None  # the new edition, or the last one when unchanged
    failed: list[str] = field(default_factory=list)  # formats whose writer failed (exit 1)
    unanalysed: int = 0  # sources skipped because their analysis raised (exit 1)
    message: str = ""


def check_names(config: Config) -> None:
    """Fail fast on unknown summarizer or format names, or a pause (``PAUSE_HOOK``) that is
    no number of seconds, before any work is done: 'abc' failed a build once its edition's
    files were written (s33 red team)."""
    try:
        SUMMARIZERS.check(config.summarizer)
        for fmt in config.formats:
            FORMATS.get(fmt)
    except UnknownName as exc:
        raise BuildError(str(exc)) from exc
    pause = os.environ.get(PAUSE_HOOK)
    try:
        seconds = float(pause) if pause else 0.0
    except ValueError:
        seconds = math.nan
    if not 0 <= seconds <= MAX_PAUSE_SECONDS:  # nan fails too
        raise BuildError(
            f"{PAUSE_HOOK} must be a number of seconds from 0 to {MAX_PAUSE_SECONDS:g}, "
            f"got {pause!r}"
        )


def render_options(config: Config) -> RenderOptions:
    return RenderOptions(
        templates_dir=config.templates or None,
        reference_docx=config.reference_docx or None,
        logo=config.logo or None,
        accent_color=config.accent_color,
        author=config.author or config.organisation or None,
        language=config.language,
        max_unzipped_mb=config.max_unzipped_mb,
    )


def build(
    config: Config,
    console: Console | None = None,
    *,
    force: bool = False,
    standby: forked.Standby | None = None,
) -> BuildResult:
    """Build a new edition in ``config.output``, unless its inputs are unchanged (or ``force``).

    One build per output folder at a time: an overlapping run waits up to
    ``config.lock_timeout`` seconds for the folder's lock, then gives up (outcome "busy").
    ``standby``: a process already loading spaCy for the map (``briefing.mapping.standby``);
    used if the map runs in one forked process, else stopped.
    """
    console = console or Console()
    started = time.perf_counter()
    check_names(config)
    folder = OutputFolder(config.output)
    wait = config.lock_timeout
    try:
        with (
            heap.frozen_heap(),
            folder.locked(
                wait,
                on_wait=lambda: console.info(
                    f"another build is running in {folder.root}; waiting up to {wait:.0f} s"
                ),
            ),
            # A first build of a large folder: the map's workers start as the sources are read.
            workers_ahead(config, folder.meta / CACHE_DIR, [PREMAP])
            or contextlib.nullcontext() as early,
        ):
            result = _build_locked(config, console, folder, force, standby, early)
    except BuildLocked as busy:
        return BuildResult(None, outcome="busy", message=str(busy))
    except UnsafeOutput as exc:
        raise BuildError(str(exc)) from exc
    except UnwritableOutput as exc:
        raise BuildError(str(exc), exit_code=1) from exc
    result.seconds = time.perf_counter() - started
    return result


def _build_locked(
    config: Config,
    console: Console,
    folder: OutputFolder,
    force: bool,
    standby: forked.Standby | None = None,
    early: Workers | None = None,
) -> BuildResult:
    state, untrusted = last_state(folder, console)
    console.info(f"Reading {len(config.sources)} source location(s)")
    limits = Limits.from_config(config)
    reads = ReadCache(folder.meta / READ_CACHE_DIR, limits)
    locations, processes = list(config.sources), workers_for(config)
    if early is None and processes > 1 and grown(locations, state.sources, folder.root):
        # A folder that grew: compose is imported while a forked process reads it.
        result = ingest_while(
            _import_compose,
            locations,
            limits=limits,
            output=folder.root,
            cache=reads,
            processes=processes,
        )
    else:
        result = ingest(
            locations,
            limits=limits,
            output=folder.root,
            cache=reads,
            processes=processes,
            started=None if early is None else early.start,
        )
    for skip in result.skipped:
        console.warning(f"skipped {skip.location}: {skip.reason}")
    for note in result.warnings:
        console.warning(note)
    if not result.documents:
        raise BuildError(
            "no usable sources: "
            + (
                f"all {len(result.skipped)} skipped (see above)"
                if result.skipped
                else "nothing found in " + ", ".join(config.sources)
            )
        )
    console.info(f"{len(result.documents)} usable source(s), {len(result.skipped)} skipped")
    heap.keep()

    # Change detection before the expensive stages: same sources, config and version as
    # the last edition means the same brief, so a cron run that finds nothing new is cheap.
    sources = source_hashes(result.documents, result.skipped)
    fingerprint = input_fingerprint(sources, config)
    last = state.last
    if last is not None and folder.unchanged(state, fingerprint):
        if not force:
            return BuildResult(
                None,
                skipped=result.skipped,
                outcome="unchanged",
                edition=last,
                message=f"nothing changed since the last edition {last.name} "
                f"({', '.join(last.files)}); nothing written (--force rebuilds anyway)",
            )
        console.info(f"inputs unchanged since {last.name}; rebuilding because of --force")
    elif last is not None:
        console.info(f"changed since {last.name}: {describe_changes(state.sources, sources)}")

    folder.check_writable(last)  # a read-only folder fails now, not after the whole build
    options = render_options(config)
    rendered: dict[str, bytes] = {}
    with contextlib.ExitStack() as tail:
        # One bar through the stages: analyse, summarise, compose, then each format.
        with console.progress("Analysing", 3 + len(config.formats)) as advance:
            mapped, features = _map(
                config, folder, result.documents, console, options, standby, early
            )
            left_out = _left_out(mapped, result, console)
            heap.keep()
            advance(2, "Composing")
            missing = features.load(mapped.corpus)
            for note in features.ignored:
                console.info(f"compose cache entry ignored, computed again: {note}")
            heap.keep()
            workers = workers_for(config)
            parallel = workers > 1 and count_words(result.documents) >= FORK_MIN_WORDS
            # imported by _map (see _feature_cache)
            from briefing.compose import compose_brief
            from briefing.compose.guarded import warning as composing_failed

            brief = compose_brief(
                mapped.corpus,
                mapped.per_article,
                config,
                skipped=result.skipped,
                today=build_date(),
                parallel=parallel,
            )
            save: Callable[[], None] | None = functools.partial(
                features.save, mapped.corpus, missing
            )
            if workers == 1:  # all in this process, in the order of the stages
                features.save(mapped.corpus, missing)
                save = None
            del mapped  # the brief is made: the parses go before the documents are rendered
            brief.whats_new = whats_new(state, brief, untrusted)
            for error in brief.compose_errors:
                where = brief.source(error.source).location if error.source else ""
                console.warning(composing_failed(error, where))
            entries = len(missing) - missing.count(None)
            side, beside = tail.enter_context(
                beside_build(brief, config.formats, options, workers, parallel, save, entries)
            )
            try:
                failed = render_all(
                    brief, config.formats, options, rendered, console, advance, side, beside
                )
            except TemplateFailure as exc:  # the user's to fix: nothing is written
                raise BuildError(f"{exc}; nothing written") from exc
            if not rendered:
                raise BuildError("no format could be written (see above)", exit_code=1)
            advance(1, "Writing")
        if failed or brief.compose_errors or left_out:
            # An incomplete edition must not look "unchanged" to the next run, which retries.
            fingerprint = ""
        raise_if_interrupted()  # a Ctrl-C whose exception Python dropped publishes nothing
        edition, _ = folder.publish(
            state,
            rendered,
            basename=config.basename,
            date=brief.date,
            fingerprint=fingerprint,
            sources=sources,
            brief=brief.to_dict(),
            retention=config.retention,
        )
        side.finish()  # the compose cache is written before it is pruned, under the lock
    paths = [folder.root / name for name in edition.files]
    ArticleCache(folder.meta / CACHE_DIR, MapSettings()).prune()
    features.prune()
    reads.prune()
    return BuildResult(
        brief,
        paths,
        result.skipped,
        outcome="built",
        edition=edition,
        failed=failed,
        unanalysed=left_out,
    )


def _left_out(mapped: MapResult, result: IngestResult, console: Console) -> int:
    """Skip the sources whose analysis raised (``MapResult.failed``), saying so on the
    console and in the brief's skipped list; how many. A bug in our code: the build goes
    on with the other sources, and its exit code is 1 (``BuildResult.unanalysed``)."""
    for i, why in mapped.failed.items():
        skip = Skipped(result.documents[i].location, f"could not be analysed: {why}")
        console.warning(f"skipped {skip.location}: {skip.reason}")
        result.skipped.append(skip)
    if not mapped.corpus.docs:
        raise BuildError("no usable sources: none could be analysed (see above)", exit_code=1)
    return len(mapped.failed)


def _map(
    config: Config,
    folder: OutputFolder,
    documents: list[Document],
    console: Console,
    options: RenderOptions,
    standby: forked.Standby | None = None,
    early: Workers | None = None,
) -> tuple[MapResult, FeatureCache]:
    """Analyse and summarise each article (the map), reusing earlier builds' results; and
    the compose cache of ``folder`` (``_feature_cache``).

    A story too small for worker processes (``map_route``) is mapped in a forked
    process when the build may use two: it loads spaCy and parses there while this process
    does the writers' once-per-process work (fonts, templates), which a first build on a
    new machine (or cron's first run) would otherwise wait for in turn. That process is
    ``standby`` when there is one (it has been loading spaCy since the build began); it
    gets the articles before this process imports compose, which it does meanwhile. A
    map on a local pool takes ``early``'s workers (started while the sources were read);
    any other route stops them before it forks.
    Mapped here, each article read from the cache has its compose answers loaded from
    the compose cache at once, while new articles are analysed beside (``map_articles``).
    """
    settings = MapSettings(
        summarizer=config.summarizer,
        entities=config.entities,
        selective=selective_parse(documents),
    )
    cache = ArticleCache(folder.meta / CACHE_DIR, settings)
    workers = workers_for(config)
    beside = (
        map_route(workers, config.scheduler, count_words(documents), len(documents)) == "forked"
    )
    if beside and early is not None:
        early.close()
    if beside and standby is not None and not settings.selective:
        made: list[FeatureCache] = []

        def meanwhile() -> None:
            made.append(_feature_cache(folder, cache.salt, documents))
            prepare(config.formats, options)

        mapped = map_with_standby(documents, settings, standby, cache, meanwhile)
        return _report(console, mapped), _unpreloaded(folder, cache, documents, mapped, made[0])
    features = _feature_cache(folder, cache.salt, documents)
    run = functools.partial(
        map_articles,
        documents,
        settings,
        workers=1 if beside else workers,
        scheduler=config.scheduler,
        cache=cache,
        on_cached=None if beside else _preload(features, documents),
        extra=None if beside else _premap(),
        on_analysed=None if beside else _absorb(documents),
        started=None if beside else early,
    )
    if beside and standby is not None:
        job = standby.start(run)
    else:
        if standby is not None:
            standby.cancel()  # the map runs elsewhere: free its memory first
        job = forked.start(run, inline=not beside)
    try:
        with job:
            if beside:
                prepare(config.formats, options)
            mapped = job.result()
    except ClusterError as exc:
        raise BuildError(str(exc)) from exc
    return _report(console, mapped), _unpreloaded(folder, cache, documents, mapped, features)


def _unpreloaded(
    folder: OutputFolder,
    cache: ArticleCache,
    documents: list[Document],
    mapped: MapResult,
    features: FeatureCache,
) -> FeatureCache:
    """``features``, or when an article's analysis raised (``MapResult.failed``: left out
    of the corpus, the later articles moved up) a compose cache of those analysed, which
    has loaded none ahead of the corpus by an index that no longer holds."""
    if not mapped.failed:
        return features
    kept = [d for i, d in enumerate(documents) if i not in mapped.failed]
    return _feature_cache(folder, cache.salt, kept)


def _feature_cache(folder: OutputFolder, analysis: str, documents: list[Document]) -> FeatureCache:
    """The compose cache of ``folder`` for ``documents`` analysed with salt ``analysis``.

    The first import of compose (scipy, nltk, the compose rules: about 1.3 of a cold
    sample build's 5 CPU s) happens here, once the map is on its way, and never in a
    build that finds its inputs unchanged (a folder that grew imports it during ingest:
    ``readahead``).
    """
    from briefing.compose.features import FEATURES_DIR, FeatureCache

    _import_compose()
    features = FeatureCache(folder.meta / FEATURES_DIR)
    features.analysed_by(analysis)  # its article memos read the map's mentions, parse
    features.expect(documents)
    return features


def _import_compose() -> None:
    """Import compose, its cache and the summary's solver (the map's workers do without
    the solver)."""
    import briefing.compose.features  # noqa: F401
    from briefing.compose.concept_ilp import load_solver

    load_solver()


def _report(console: Console, mapped: MapResult) -> MapResult:
    console.info(
        f"analysed {mapped.analysed} article(s) ({mapped.route}), "
        f"{mapped.cached} unchanged one(s) from the cache"
    )
    if mapped.damaged:
        console.warning(
            f"{mapped.damaged} article cache entr{'y' if mapped.damaged == 1 else 'ies'} "
            "unusable (truncated or altered): ignored, those articles analysed again"
        )
    return mapped


def _preload(
    features: FeatureCache, documents: list[Document]
) -> Callable[[int, ArticleResult], None]:
    def preload(i: int, result: ArticleResult) -> None:
        features.preload(i, documents[i], result.sentences)

    return preload


def _premap() -> Callable[[AnalysedDocument], object]:
    """Compose's memo answers of an article, for the map's workers to work out beside its
    analysis (``briefing.compose.premap``; a first build's reduce then only takes them)."""
    from briefing.compose.premap import answers

    return functools.partial(answers, os.getpid())


def _absorb(documents: list[Document]) -> Callable[[int, ArticleResult], None]:
    def absorb(i: int, result: ArticleResult) -> None:
        if result.extra is not None:
            from briefing.compose.premap import absorb as remember

            remember(documents[i].text, result.sentences, result.extra)

    return absorb
