"""Key-actor benchmark: recall of gold actors in the top 10, and duplicate entries.

Usage::

    python benchmarks/actors_eval.py EVAL_PATH --gold FILE [--top 10] [--verbose]

EVAL_PATH holds one folder per story cluster with ``doc_*.txt`` articles (the
reference summaries next to them are not read). The gold file lists, per cluster, the
people and organisations named in at least two human references, each with its aliases.
It is drawn from the evaluation data's reference summaries, so it is evaluation data too
and is kept outside the repository, next to the data it was drawn from (the project's
rule: nothing of ``../shared/eval`` is copied into the repo); scripts take its path.

For each cluster the script runs ingest (or a plain reader) + analyse + extract_actors
and reports, for our system and for the baseline "plain spaCy: the 10 most frequent
PERSON/ORG strings", the share of gold actors found in the top 10 and the number of
duplicates (a gold actor matched by two or more of the top-10 entries).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from briefing.analyse import analyse
from briefing.compose.actors import extract_actors
from briefing.lang.names import PERSON_TITLES
from briefing.model import Corpus, Document


def read_documents(paths: list[Path]) -> list[Document]:
    """Ingest if that stage works, else a plain reader (title = first line)."""
    try:
        from briefing.ingest import ingest

        docs = ingest([str(p) for p in paths]).documents
        if docs:
            return docs
    except Exception as exc:  # the ingest stage is still being built; do not block on it
        print(f"(ingest unavailable: {exc!r}; using the plain reader)", file=sys.stderr)
    out = []
    for p in paths:
        text = p.read_text(encoding="utf-8", errors="replace")
        out.append(Document(location=str(p), text=text, title=text.strip().split("\n", 1)[0]))
    return out


def key(name: str) -> str:
    """Comparable form: lower case, no 'the', possessive, dots or leading titles."""
    name = re.sub(r"['’]s$", "", " ".join(name.split()))
    words = name.replace(".", " ").lower().split()
    while len(words) > 1 and words[0] in PERSON_TITLES | {"the"}:
        words = words[1:]
    return " ".join(words)


def score(entries: list[set[str]], gold: list[dict]) -> tuple[int, int]:
    """(gold actors found, duplicates) for entries given as sets of alias keys."""
    found = dupes = 0
    for g in gold:
        keys = {key(a) for a in g["aliases"]} | {key(g["name"])}
        hits = sum(1 for e in entries if e & keys)
        found += hits > 0
        dupes += max(0, hits - 1)
    return found, dupes


def baseline(corpus: Corpus, top: int) -> list[set[str]]:
    counts: Counter[str] = Counter()
    for adoc in corpus.docs:
        for ent in adoc.parse.ents:
            if ent.label_ in {"PERSON", "ORG"}:
                counts[ent.text.strip()] += 1
    return [{key(s)} for s, _ in counts.most_common(top)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("eval_path", type=Path)
    ap.add_argument("--gold", type=Path, required=True, help="gold actors (JSON), outside the repo")
    ap.add_argument("--top", type=int, default=10)
    ap.add_argument("--verbose", action="store_true", help="list each cluster's top entries")
    args = ap.parse_args(argv)
    if not args.gold.is_file():
        ap.error(f"no gold file at {args.gold}")
    gold_all = {k: v for k, v in json.loads(args.gold.read_text()).items() if not k.startswith("_")}

    totals = Counter()
    print(f"{'cluster':10} {'gold':>4} | {'ours':>4} {'dup':>3} | {'base':>4} {'dup':>3}")
    t0 = time.perf_counter()
    for name in sorted(gold_all):
        folder = args.eval_path / name
        paths = sorted(folder.glob("doc_*.txt"))
        if not paths:
            continue
        gold = gold_all[name]
        corpus = analyse(read_documents(paths), entities=True)
        actors = extract_actors(corpus, max_actors=args.top)
        ours = [{key(a.name)} | {key(x) for x in a.aliases} for a in actors]
        o_found, o_dup = score(ours, gold)
        b_found, b_dup = score(baseline(corpus, args.top), gold)
        totals.update(gold=len(gold), o=o_found, od=o_dup, b=b_found, bd=b_dup)
        print(f"{name:10} {len(gold):4} | {o_found:4} {o_dup:3} | {b_found:4} {b_dup:3}")
        if args.verbose:
            print("   ours:", "; ".join(f"{a.name} ({a.type}, {a.mentions})" for a in actors))
            missing = [
                g["name"] for g in gold if not any(e & {key(x) for x in g["aliases"]} for e in ours)
            ]
            if missing:
                print("   missing:", ", ".join(missing))
    g = max(1, totals["gold"])
    print("-" * 42)
    print(
        f"{'total':10} {totals['gold']:4} | {totals['o']:4} {totals['od']:3} | "
        f"{totals['b']:4} {totals['bd']:3}"
    )
    print(
        f"gold actors in top {args.top}: ours {100 * totals['o'] / g:.1f}% "
        f"({totals['od']} duplicates), baseline {100 * totals['b'] / g:.1f}% "
        f"({totals['bd']} duplicates); {time.perf_counter() - t0:.1f}s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
