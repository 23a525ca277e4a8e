"""The map gives the same corpus whichever way it runs, and re-analyses only new articles."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing import mapping
from briefing.compose import compose_brief
from briefing.config import Config
from briefing.mapping import ArticleCache, MapResult, MapSettings, map_articles
from briefing.mapping.work import analyse_for_transfer
from briefing.model import AnalysedDocument, Document

from .conftest import variant

SETTINGS = MapSettings(summarizer="lexrank", entities=True)


def brief_of(mapped: MapResult) -> dict:
    brief = compose_brief(mapped.corpus, mapped.per_article, Config(), today=dt.date(2026, 1, 1))
    return brief.to_dict()


def fingerprint(mapped: MapResult) -> list:
    return [
        (
            [(s.doc, s.index, s.text, s.words) for s in adoc.sentences],
            [s.score for s in scored],
            adoc.mentions,
            adoc.parse.to_dict() if adoc.parse else None,
        )
        for adoc, scored in zip(mapped.corpus.docs, mapped.per_article, strict=True)
    ]


@pytest.fixture(scope="module")
def in_process(sample_documents: list[Document]) -> MapResult:
    return map_articles(sample_documents, SETTINGS, workers=1)


def test_in_process_map_analyses_every_article(
    in_process: MapResult, sample_documents: list[Document]
) -> None:
    assert in_process.route == "in-process"
    assert (in_process.analysed, in_process.cached) == (len(sample_documents), 0)
    assert [d.document for d in in_process.corpus.docs] == sample_documents
    assert all(s.doc == i for i, d in enumerate(in_process.corpus.docs) for s in d.sentences)
    assert all(
        d.parse is not None and d.parse.text is d.document.text for d in in_process.corpus.docs
    )


def test_worker_processes_give_the_same_corpus(
    in_process: MapResult, sample_documents: list[Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("briefing.mapping.PARALLEL_MIN_WORDS", 0)
    monkeypatch.setattr("briefing.mapping.BATCH_ARTICLES", 2)  # several batches in flight
    pooled = map_articles(sample_documents, SETTINGS, workers=2)
    assert pooled.route == "2 workers"
    assert fingerprint(pooled) == fingerprint(in_process)
    assert brief_of(pooled) == brief_of(in_process)


def test_a_small_story_stays_in_process(sample_documents: list[Document]) -> None:
    assert map_articles(sample_documents[:2], SETTINGS, workers=4).route == "in-process"


def test_the_pool_is_never_bigger_than_its_batches_nor_the_default_than_its_cap(
    sample_documents: list[Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 14 (a build under 2 GB): every worker loads spaCy (~280 MB), so a worker with
    no batch to analyse is memory for nothing, and 'one per core' stops at a cap."""
    started: list[int] = []

    def fake_pool(batches, settings, workers, extra=None, ahead=None):
        started.append(workers)
        return mapping.local.run_in_process(batches, settings)

    monkeypatch.setattr("briefing.mapping.PARALLEL_MIN_WORDS", 0)
    monkeypatch.setattr("briefing.mapping.BATCH_ARTICLES", 2)
    monkeypatch.setattr("briefing.mapping.local.run_pool", fake_pool)
    map_articles(sample_documents, SETTINGS, workers=64)
    assert started == [-(-len(sample_documents) // 2)]  # one per batch of 2, not 64
    monkeypatch.setattr("os.sched_getaffinity", lambda pid: set(range(64)), raising=False)
    assert mapping.default_workers() == mapping.MAX_DEFAULT_WORKERS


def test_a_pools_last_tasks_are_small_so_its_workers_end_together() -> None:
    todo = list(range(717))
    tapered = list(mapping._batches(todo, todo, 32, tail=32))  # type: ignore[arg-type]
    assert [len(i) for i, _ in tapered] == [32] * 21 + [8] * 5 + [5]
    assert [k for i, _ in tapered for k in i] == todo  # every article, in order
    plain = mapping._batches(todo, todo, 32)  # type: ignore[arg-type]
    assert [len(i) for i, _ in plain] == [32] * 22 + [13]


class Ahead:
    """Stands for worker processes started ahead of the map (``local.Workers``)."""

    def __init__(self) -> None:
        self.closed = 0

    def close(self) -> None:
        self.closed += 1


def test_workers_started_ahead_go_to_a_pooled_map_and_any_other_route_stops_them(
    sample_documents: list[Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    given: list[object] = []

    def fake_pool(batches, settings, workers, extra=None, ahead=None):
        given.append(ahead)
        return mapping.local.run_in_process(batches, settings)

    monkeypatch.setattr("briefing.mapping.local.run_pool", fake_pool)
    small = Ahead()
    map_articles(sample_documents[:2], SETTINGS, workers=2, started=small)  # type: ignore[arg-type]
    assert small.closed == 1 and given == []
    monkeypatch.setattr("briefing.mapping.PARALLEL_MIN_WORDS", 0)
    monkeypatch.setattr("briefing.mapping.BATCH_ARTICLES", 2)
    pooled = Ahead()
    map_articles(sample_documents, SETTINGS, workers=2, started=pooled)  # type: ignore[arg-type]
    assert pooled.closed == 0 and given == [pooled]


def sentence_count(adoc: AnalysedDocument) -> tuple[str, int]:
    """An ``extra`` for the map: worked out where the article is analysed."""
    return adoc.document.title, len(adoc.sentences)


def test_workers_send_extra_back_to_the_build_and_the_cache_never_holds_it(
    sample_documents: list[Document], monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    """Issue 13: compose's memo answers are worked out beside each article's analysis
    (``extra``) and handed to the build (``on_analysed``), then dropped."""

    def pool(batches, settings, workers, extra=None, ahead=None):
        for indices, documents in batches:
            yield indices, analyse_for_transfer(documents, settings, extra)

    monkeypatch.setattr("briefing.mapping.PARALLEL_MIN_WORDS", 0)
    monkeypatch.setattr("briefing.mapping.BATCH_ARTICLES", 2)
    monkeypatch.setattr("briefing.mapping.local.run_pool", pool)
    got: dict[int, object] = {}
    cache = ArticleCache(tmp_path / "cache", SETTINGS)
    mapped = map_articles(
        sample_documents,
        SETTINGS,
        workers=2,
        cache=cache,
        extra=sentence_count,
        on_analysed=lambda i, result: got.setdefault(i, result.extra),
    )
    assert got == {
        i: (d.title, len(a.sentences))
        for i, (d, a) in enumerate(zip(sample_documents, mapped.corpus.docs, strict=True))
    }
    again = map_articles(sample_documents, SETTINGS, cache=cache)
    assert again.cached == len(sample_documents)
    assert fingerprint(again) == fingerprint(mapped)


def test_a_selective_map_takes_bigger_tasks_yet_leaves_every_worker_several() -> None:
    selective = MapSettings(selective=True)
    assert mapping.batch_articles(SETTINGS, 5_000, 2) == mapping.BATCH_ARTICLES
    assert mapping.batch_articles(selective, 875, 2) == mapping.SELECTIVE_BATCH_ARTICLES
    for articles in range(1, 3_000, 7):
        for workers in (1, 2, 4):
            size = mapping.batch_articles(selective, articles, workers)
            assert mapping.BATCH_ARTICLES <= size <= mapping.SELECTIVE_BATCH_ARTICLES
            if size > mapping.BATCH_ARTICLES:  # bigger tasks only while each has several
                assert articles // size >= mapping.TASKS_PER_WORKER * workers


def test_a_selective_map_in_bigger_tasks_gives_the_same_results(
    sample_documents: list[Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tasks of one article against one task of all: every article's result (its cache
    entry, byte for byte) is the same."""
    from briefing.mapping.codec import encode

    selective = MapSettings(selective=True)
    monkeypatch.setattr("briefing.mapping.BATCH_ARTICLES", 1)
    monkeypatch.setattr("briefing.mapping.SELECTIVE_BATCH_ARTICLES", 1)
    one = map_articles(sample_documents, selective, workers=1)
    monkeypatch.setattr("briefing.mapping.SELECTIVE_BATCH_ARTICLES", len(sample_documents))
    monkeypatch.setattr("briefing.mapping.TASKS_PER_WORKER", 1)
    assert mapping.batch_articles(selective, len(sample_documents), 1) == len(sample_documents)
    many = map_articles(sample_documents, selective, workers=1)

    def entries(mapped: MapResult) -> list[bytes]:
        return [
            encode(mapping.ArticleResult(a.sentences, a.mentions, a.parse, [s.score for s in x]))
            for a, x in zip(mapped.corpus.docs, mapped.per_article, strict=True)
        ]

    assert entries(one) == entries(many)
    assert any(a.mentions for a in many.corpus.docs)  # spaCy ran on chosen sentences


@pytest.mark.parametrize(
    ("workers", "scheduler", "words", "articles", "route"),
    [
        (2, "", 20_000, 20, "pool"),  # enough words and batches for workers
        (2, "", 20_000, 8, "forked"),  # one batch: workers would wait
        (2, "", 5_000, 20, "forked"),  # too few words to load spaCy twice
        (1, "", 20_000, 20, "in-process"),  # one process allowed
        (4, "tcp://127.0.0.1:1", 100, 1, "cluster"),
    ],
)
def test_one_rule_routes_the_map(
    workers: int, scheduler: str, words: int, articles: int, route: str
) -> None:
    assert mapping.map_route(workers, scheduler, words, articles) == route


def test_every_size_rule_counts_words_alike(sample_documents: list[Document]) -> None:
    docs = sample_documents[:2]
    assert mapping.count_words(docs) == sum(len(d.text.split(" ")) - 1 for d in docs) > 100
    assert mapping.count_words(iter(docs)) == mapping.count_words(docs)  # any iterable


def test_a_build_has_its_configured_workers_or_the_default() -> None:
    assert mapping.workers_for(Config(workers=3)) == 3
    assert mapping.workers_for(Config(workers=0)) == mapping.default_workers()


def test_dask_cluster_gives_the_same_brief(
    in_process: MapResult, sample_documents: list[Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    distributed = pytest.importorskip("distributed")
    monkeypatch.setattr("briefing.mapping.BATCH_ARTICLES", 2)
    with distributed.LocalCluster(
        processes=False, n_workers=1, threads_per_worker=1, dashboard_address=None
    ) as cluster:
        mapped = map_articles(sample_documents, SETTINGS, scheduler=cluster.scheduler_address)
    assert mapped.route == cluster.scheduler_address
    assert fingerprint(mapped) == fingerprint(in_process)
    assert brief_of(mapped) == brief_of(in_process)


def test_second_run_analyses_only_the_new_articles(
    in_process: MapResult, sample_documents: list[Document], tmp_path
) -> None:
    cache = ArticleCache(tmp_path / "cache", SETTINGS)
    first = map_articles(sample_documents, SETTINGS, cache=cache)
    assert (first.analysed, first.cached) == (5, 0)
    assert fingerprint(first) == fingerprint(in_process)
    new = [variant(d, n) for n, d in enumerate(sample_documents)]
    second = map_articles([*new[:2], *sample_documents, *new[2:]], SETTINGS, cache=cache)
    assert (second.analysed, second.cached) == (5, 5)
    # Cached articles come back exactly as analysed, at their new position in the corpus.
    again = map_articles(
        sample_documents, SETTINGS, cache=ArticleCache(tmp_path / "cache", SETTINGS)
    )
    assert (again.analysed, again.cached) == (0, 5)
    assert fingerprint(again) == fingerprint(in_process)


def test_other_settings_do_not_share_entries(sample_documents: list[Document], tmp_path) -> None:
    map_articles(sample_documents[:1], SETTINGS, cache=ArticleCache(tmp_path, SETTINGS))
    other = MapSettings(summarizer="lsa", entities=True)
    mapped = map_articles(sample_documents[:1], other, cache=ArticleCache(tmp_path, other))
    assert (mapped.analysed, mapped.cached) == (1, 0)


def test_a_large_build_parses_only_the_sentences_that_pay(
    sample_documents: list[Document], monkeypatch
) -> None:
    assert not mapping.selective_parse(sample_documents)
    monkeypatch.setattr(mapping, "SELECTIVE_MIN_WORDS", 10)
    assert mapping.selective_parse(sample_documents)
    doc = sample_documents[0]
    whole = map_articles([doc], SETTINGS).corpus.docs[0]
    selective = MapSettings(summarizer="lexrank", entities=True, selective=True)
    part = map_articles([doc], selective).corpus.docs[0]
    assert part.sentences == whole.sentences and part.parse is not None
    assert 0 < len(part.parse) < len(whole.parse)


def test_selective_and_whole_parses_do_not_share_entries(
    sample_documents: list[Document], tmp_path
) -> None:
    map_articles(sample_documents[:1], SETTINGS, cache=ArticleCache(tmp_path, SETTINGS))
    other = MapSettings(summarizer="lexrank", entities=True, selective=True)
    mapped = map_articles(sample_documents[:1], other, cache=ArticleCache(tmp_path, other))
    assert (mapped.analysed, mapped.cached) == (1, 0)


def test_new_articles_are_analysed_in_a_forked_process_while_the_cache_is_read(
    in_process: MapResult, sample_documents: list[Document], tmp_path
) -> None:
    cache = ArticleCache(tmp_path / "cache", SETTINGS)
    map_articles(sample_documents[:3], SETTINGS, cache=cache)
    cache.store.path(cache.key(sample_documents[0])).write_bytes(b'{"format": 0}')  # damaged
    mapped = map_articles(
        sample_documents, SETTINGS, workers=2, cache=ArticleCache(tmp_path / "cache", SETTINGS)
    )
    assert mapped.route == "forked process"
    assert (mapped.analysed, mapped.cached) == (3, 2)  # two new, one whose entry was damaged
    assert mapped.damaged == 1
    assert fingerprint(mapped) == fingerprint(in_process)
    again = map_articles(
        sample_documents, SETTINGS, workers=2, cache=ArticleCache(tmp_path / "cache", SETTINGS)
    )
    assert (again.analysed, again.cached, again.route) == (0, 5, "in-process")
    assert again.damaged == 0
    assert fingerprint(again) == fingerprint(in_process)


def test_a_standby_parses_while_this_process_scores_with_the_same_results(
    in_process: MapResult, sample_documents: list[Document], tmp_path
) -> None:
    """Cold start (issue 13): spaCy's pass in the standby, the summarizer's scores here;
    the corpus and the cache entries are those of the map in one process."""
    import functools

    from briefing import forked
    from briefing.mapping.work import warm_up

    cache = ArticleCache(tmp_path, SETTINGS)
    with forked.Standby(functools.partial(warm_up, SETTINGS)) as standby:
        mapped = mapping.map_with_standby(sample_documents, SETTINGS, standby, cache)
    assert fingerprint(mapped) == fingerprint(in_process)
    assert (mapped.analysed, mapped.cached) == (len(sample_documents), 0)
    again = map_articles(sample_documents, SETTINGS, cache=cache)
    assert again.cached == len(sample_documents) and fingerprint(again) == fingerprint(in_process)
