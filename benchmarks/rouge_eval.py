"""ROUGE evaluation of the executive summary on DUC-style clusters.

Usage::

    python benchmarks/rouge_eval.py ../shared/eval/duc2004-dev --words 100
    python benchmarks/rouge_eval.py ../shared/eval/duc2006-dev --words 250 --focus-from-topic
    python benchmarks/rouge_eval.py ../shared/eval/duc2006-dev --words 250 --focus-from-topic \
        --exclude D0615F,D0621C --group tuning=D0601A,D0603C --group check=D0611B,D0613D

``--focus-first-line`` gives only the topic's first line (a short title such as a
stakeholder would type) as the focus. Each system's score is also printed for the two
halves of the sorted clusters (held-in: first half, held-out: second half), so a gain
tuned on one half can be seen to hold on the other. ``--clusters`` runs only the named
clusters and ``--exclude`` leaves clusters out unread (a held-out set is never built,
nor its references read); each ``--group NAME=A,B`` adds this project's mean over
those clusters, so a tuning set and a check set are reported apart from one run.

Each cluster folder holds ``doc_*.txt`` (the sources: the only input the project sees),
``ref_*.txt`` (human references) and ``peers/*.txt`` (published systems' summaries).
The project runs its own pipeline on the sources (ingest, analyse without entities,
per-article LexRank, synthesise); the executive summary's text is the system summary.
sumy baselines run on the concatenated cluster, and every peer is scored the same way.

Scoring follows the data's README so numbers compare with the literature: every summary
and reference is cut to its first N words (whitespace split), ROUGE-1/2 recall with
Porter stemming (``rouge-score``), mean over a cluster's references, then over clusters,
times 100. Nothing of the evaluation data is written anywhere; only numbers are printed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

from rouge_score import rouge_scorer

from briefing.analyse import analyse, analyse_document
from briefing.compose.synthesis import synthesise
from briefing.model import Document
from briefing.summarise import summarise_corpus, summarise_document

SUMY_BASELINES = ["lexrank", "textrank", "lsa", "luhn"]
_SCORER = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)


def _cut(text: str, n: int) -> str:
    return " ".join(text.split()[:n])


def score(summary: str, references: list[str], n: int) -> tuple[float, float]:
    """Mean ROUGE-1 and ROUGE-2 recall of ``summary`` against ``references``."""
    r1, r2 = [], []
    cut = _cut(summary, n)
    for ref in references:
        s = _SCORER.score(_cut(ref, n), cut)
        r1.append(s["rouge1"].recall)
        r2.append(s["rouge2"].recall)
    return statistics.mean(r1), statistics.mean(r2)


def _local_read(path: Path) -> Document:
    """Minimal reader: the file's text, paragraphs on blank lines."""
    text = path.read_text(encoding="utf-8", errors="replace")
    paras = [" ".join(p.split()) for p in text.replace("\r\n", "\n").split("\n\n")]
    return Document(location=str(path), text="\n\n".join(p for p in paras if p), title="")


def load_documents(paths: list[Path]) -> tuple[list[Document], str]:
    """Documents via the project's ingest when it exists and works, else the local reader."""
    try:
        from briefing.ingest import ingest  # type: ignore[attr-defined]

        result = ingest([str(p) for p in paths])
        docs = getattr(result, "documents", result)
        if docs:
            return list(docs), "briefing.ingest"
    except Exception as exc:  # noqa: BLE001 - any ingest failure falls back to the reader
        if not getattr(load_documents, "_warned", False):
            print(f"(ingest unavailable: {type(exc).__name__}: {exc}; local reader used)")
            load_documents._warned = True  # type: ignore[attr-defined]
    return [_local_read(p) for p in paths], "local reader"


def run_project(docs: list[Document], words: int, focus: str | None) -> str:
    corpus = analyse(docs, entities=False)
    per_article = summarise_corpus(corpus, "lexrank")
    syn = synthesise(corpus, per_article, summary_words=words, focus=focus)
    return " ".join(s.text for s in syn.executive_summary)


def run_sumy(docs: list[Document], method: str, words: int) -> str:
    """sumy ``method`` on the concatenated cluster, best sentences until ``words`` words."""
    text = "\n\n".join(d.text for d in docs)
    adoc = analyse_document(Document(location="cluster", text=text), 0)
    ranked = sorted(summarise_document(adoc, method), key=lambda s: -s.score)
    out: list[str] = []
    used = 0
    for item in ranked:
        if used >= words:
            break
        out.append(item.sentence.text)
        used += len(item.sentence.text.split())
    return " ".join(out)


def read_topic(cluster: Path, *, first_line: bool = False) -> str | None:
    path = cluster / "topic.txt"
    if not path.exists():
        return None
    text = path.read_text(encoding="utf-8")
    if first_line:
        text = next((line for line in text.splitlines() if line.strip()), "")
    return " ".join(text.split()) or None


def _names(text: str) -> set[str]:
    return {name.strip() for name in text.split(",") if name.strip()}


def select_clusters(
    found: list[Path], only: str = "", exclude: str = "", groups: Sequence[str] = ()
) -> tuple[list[Path], dict[str, set[str]]]:
    """The clusters to run (sorted by name) and the named groups to report.

    ``only`` and ``exclude`` are comma lists of cluster folder names; ``groups`` holds
    ``NAME=A,B`` items. A name in ``only`` or a group that is not run is a usage error
    (a typo must not quietly shrink a set), as is a malformed group.
    """
    by_name = {p.name: p for p in found}
    wanted, left_out = _names(only), _names(exclude)
    missing = wanted - by_name.keys()
    if missing:
        raise ValueError(f"no such cluster: {', '.join(sorted(missing))}")
    chosen = sorted(
        (p for p in found if (not wanted or p.name in wanted) and p.name not in left_out),
        key=lambda p: p.name,
    )
    run = {p.name for p in chosen}
    named: dict[str, set[str]] = {}
    for item in groups:
        label, sep, members = item.partition("=")
        label = label.strip()
        if not sep or not label or not _names(members):
            raise ValueError(f"a group is NAME=CLUSTER,CLUSTER...: {item!r}")
        if not _names(members) <= run:
            raise ValueError(f"group {label}: not run: {', '.join(sorted(_names(members) - run))}")
        named[label] = _names(members)
    return chosen, named


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("path", type=Path, help="folder of cluster folders")
    ap.add_argument("--words", type=int, default=100)
    focus = ap.add_mutually_exclusive_group()
    focus.add_argument("--focus-from-topic", action="store_true", help="focus = topic.txt")
    focus.add_argument(
        "--focus-first-line", action="store_true", help="focus = topic.txt's first line only"
    )
    ap.add_argument("--limit", type=int, default=0, help="only the first K clusters")
    ap.add_argument("--no-baselines", action="store_true", help="skip the sumy baselines")
    ap.add_argument("--clusters", default="", help="comma list: only these clusters")
    ap.add_argument("--exclude", default="", help="comma list: leave these clusters out unread")
    ap.add_argument(
        "--group",
        action="append",
        default=[],
        metavar="NAME=A,B",
        help="also report this project's mean over these clusters (repeatable)",
    )
    args = ap.parse_args(argv)

    found = [p for p in args.path.iterdir() if p.is_dir()]
    try:
        clusters, groups = select_clusters(found, args.clusters, args.exclude, args.group)
    except ValueError as exc:
        ap.error(str(exc))
    # Only the chosen folders are looked into: an excluded cluster is not even listed.
    clusters = [p for p in clusters if any(p.glob("doc_*.txt"))]
    if args.limit:
        clusters = clusters[: args.limit]
    results: dict[str, list[tuple[float, float]]] = defaultdict(list)
    ours: dict[str, tuple[float, float]] = {}
    times: list[float] = []
    reader = ""
    n = args.words
    for cluster in clusters:
        refs = [p.read_text(encoding="utf-8") for p in sorted(cluster.glob("ref_*.txt"))]
        if not refs:
            continue
        focus = (
            read_topic(cluster, first_line=args.focus_first_line)
            if args.focus_from_topic or args.focus_first_line
            else None
        )
        t0 = time.perf_counter()
        docs, reader = load_documents(sorted(cluster.glob("doc_*.txt")))
        summary = run_project(docs, n, focus)
        times.append(time.perf_counter() - t0)
        ours[cluster.name] = score(summary, refs, n)
        results["this project"].append(ours[cluster.name])
        if not args.no_baselines:
            for method in SUMY_BASELINES:
                baseline = run_sumy(docs, method, n)
                results[f"sumy {method} (cluster)"].append(score(baseline, refs, n))
        for peer in sorted((cluster / "peers").glob("*.txt")):
            summary = peer.read_text(encoding="utf-8", errors="replace")
            results[f"published {peer.stem}"].append(score(summary, refs, n))

    _print_table(results, len(clusters), n, reader, times)
    for label, members in groups.items():
        vals = [ours[c] for c in sorted(members) if c in ours]
        if vals:
            r1 = 100 * statistics.mean(a for a, _ in vals)
            r2 = 100 * statistics.mean(b for _, b in vals)
            print(f"this project, {label} ({len(vals)} clusters): R-1 {r1:.2f}  R-2 {r2:.2f}")
    return 0


def _halves(vals: list[tuple[float, float]]) -> str:
    """R-2 of the first and second half of the (sorted) clusters."""
    if len(vals) < 2:
        return ""
    mid = (len(vals) + 1) // 2
    first = 100 * statistics.mean(b for _, b in vals[:mid])
    second = 100 * statistics.mean(b for _, b in vals[mid:])
    return f"   {first:6.2f} / {second:6.2f}"


def _print_table(
    results: dict[str, list[tuple[float, float]]],
    clusters: int,
    n: int,
    reader: str,
    times: list[float],
) -> None:
    mean: Callable[[list[float]], float] = statistics.mean
    print(f"{clusters} clusters, {n} words, ROUGE recall x100 (documents read by: {reader})")
    print(f"{'system':<40} {'R-1':>7} {'R-2':>7}   R-2 held-in / held-out halves")
    rows = sorted(results.items(), key=lambda kv: -mean([r2 for _, r2 in kv[1]]))
    for name, vals in rows:
        r1 = 100 * mean([a for a, _ in vals])
        r2 = 100 * mean([b for _, b in vals])
        note = "" if len(vals) == clusters else f"  ({len(vals)} clusters)"
        print(f"{name:<40} {r1:7.2f} {r2:7.2f}{note}{_halves(vals)}")
    if times:
        print(
            f"this project wall time per cluster: mean {mean(times):.2f} s, max {max(times):.2f} s"
        )
    sys.stdout.flush()


if __name__ == "__main__":
    raise SystemExit(main())
