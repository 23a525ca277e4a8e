"""CPU time of the PDF of a brief with one very long paragraph, against a baseline.

Usage::

    python benchmarks/pdf_paragraph.py [--repo PATH] [--words 5000,10000,20000,40000]

A paragraph of N words runs over many pages, and reportlab breaks the lines of what is
left of a split paragraph again on every page (quadratic in N unless ``Para.split`` hands
the rest its lines: ``briefing/render/pdf_pages.py``). For each N a small brief gets one
background statement of N invented words and is rendered to PDF in a fresh process of
this checkout and, with ``--repo``, of another checkout (e.g. an export of an older main),
so both columns are measured in the same run. Times are CPU seconds of the render alone
(user + system, ``resource.getrusage``): wall time is noise on a shared machine. The page
count and the PDF's size are printed too; equal sizes on both sides say the layout is the
same.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_WORDS = ("the", "council", "said", "freight", "volumes", "at", "the", "port", "would", "recover")

# Runs in the measured checkout's interpreter with that checkout first on sys.path.
_CHILD = """
import json, re, resource, sys
from briefing.model import Brief, SourceEntry, Statement
from briefing.render import render

def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime

words = json.loads(sys.argv[1])
n = int(sys.argv[2])
text = " ".join(words[i % len(words)] for i in range(n)) + "."
sources = [SourceEntry(i, f"Report {i}", f"articles/report-{i}.txt", words=500) for i in (1, 2)]
small = Brief("Port freight", "2024-05-02", executive_summary=[Statement("Freight fell.", [1])],
              sources=sources)
render(small, "pdf")  # fonts registered, modules imported: not part of the time
brief = Brief("Port freight", "2024-05-02", executive_summary=[Statement("Freight fell.", [1])],
              background=[Statement(text, [1, 2])], sources=sources)
start = cpu()
pdf = render(brief, "pdf")
seconds = cpu() - start
pages = len(re.findall(rb"/Type /Page\\b", pdf))
print(json.dumps({"seconds": seconds, "pages": pages, "bytes": len(pdf)}))
"""


def measure(repo: Path, words: int) -> dict[str, float] | str:
    """Render in a fresh process of ``repo``; its numbers, or what went wrong."""
    env = dict(os.environ, PYTHONPATH=str(repo), SOURCE_DATE_EPOCH="1714608000")
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, json.dumps(_WORDS), str(words)],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        return f"exit {done.returncode}: {done.stderr.strip().splitlines()[-1:]}"
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def cell(result: dict[str, float] | str) -> str:
    if isinstance(result, str):
        return result
    return f"{result['seconds']:.2f} s ({result['pages']:.0f} pages, {result['bytes']:,.0f} B)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repo", type=Path, help="a baseline checkout to measure beside this one")
    parser.add_argument("--words", default="5000,10000,20000,40000", help="paragraph lengths")
    args = parser.parse_args(argv)
    sizes = [int(n) for n in args.words.split(",") if n.strip()]
    header = ["words", "this checkout: CPU s"]
    if args.repo:
        header += ["baseline: CPU s", "ratio"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for n in sizes:
        mine = measure(ROOT, n)
        row = [f"{n:,}", cell(mine)]
        if args.repo:
            base = measure(args.repo.resolve(), n)
            ratio = (
                f"{base['seconds'] / max(mine['seconds'], 1e-9):.1f}x"
                if isinstance(base, dict) and isinstance(mine, dict)
                else "-"
            )
            row += [cell(base), ratio]
        print("| " + " | ".join(row) + " |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
