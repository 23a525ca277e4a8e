"""How long does a brief take? Stage timings in a warm process, with a baseline.

Usage::

    python benchmarks/speed.py [FOLDER ...] [--repeat N]

Each FOLDER is a story (default: the bundled ``sources/``); for a DUC-style cluster
folder only its ``doc_*.txt`` files are read. For every story it prints one row per
configuration, in the same run:

* ``synthesis`` — ingest, analyse without entities, per-article LexRank, cross-document
  synthesis (what the executive summary needs; issue 3's 5-second target);
* ``full brief`` — the whole compose stage with the spaCy entity pass (actors,
  questions, divergences, timeline), no rendering;
* ``no entities`` — the same brief with ``--no-entities``;
* ``baseline`` — sumy's LexRank on the concatenated story (the usual single-summarizer
  approach), for comparison.

The spaCy model is loaded once before timing (a warm process); the best of ``--repeat``
runs is reported.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from briefing.analyse import analyse
from briefing.analyse.entities import load_nlp
from briefing.compose import compose_brief
from briefing.compose.synthesis import synthesise
from briefing.config import Config
from briefing.ingest import ingest
from briefing.lang.sentences import SumyTokenizer
from briefing.summarise import summarise_corpus
from briefing.summarise.sumy_methods import make_summarizer

ROOT = Path(__file__).resolve().parents[1]


def story_files(folder: Path) -> list[str]:
    docs = sorted(folder.glob("doc_*.txt"))
    return [str(p) for p in docs] if docs else [str(folder)]


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def run_story(folder: Path, repeat: int) -> list[tuple[str, str, int, int, float]]:
    locations = story_files(folder)
    docs = ingest(locations).documents
    words = sum(d.word_count for d in docs)
    config = Config()

    def synthesis_only() -> None:
        corpus = analyse(ingest(locations).documents, entities=False)
        synthesise(corpus, summarise_corpus(corpus), summary_words=config.summary_words)

    def full(entities: bool) -> None:
        corpus = analyse(ingest(locations).documents, entities=entities)
        compose_brief(corpus, summarise_corpus(corpus), config)

    def baseline() -> None:
        from sumy.parsers.plaintext import PlaintextParser

        text = "\n\n".join(d.text for d in docs)
        parser = PlaintextParser.from_string(text, SumyTokenizer("english"))
        make_summarizer("lexrank")(parser.document, 6)

    name = "sample (sources/)" if folder.resolve() == ROOT / "sources" else folder.name
    rows = []
    for label, fn in [
        ("synthesis", synthesis_only),
        ("full brief", lambda: full(True)),
        ("no entities", lambda: full(False)),
        ("baseline: sumy LexRank, concatenated", baseline),
    ]:
        rows.append((name, label, len(docs), words, best_of(repeat, fn)))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[ROOT / "sources"])
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    # A warm process: the model load is a one-off cost, reported on its own.
    start = time.perf_counter()
    load_nlp()
    print(f"spaCy model load: {time.perf_counter() - start:.2f} s (once per process)\n")
    print(f"{'story':24} {'configuration':38} {'docs':>5} {'words':>7} {'seconds':>8}")
    for folder in args.folders:
        for story, label, n, words, secs in run_story(folder, args.repeat):
            print(f"{story[:24]:24} {label:38} {n:5d} {words:7d} {secs:8.2f}")


if __name__ == "__main__":
    main()
