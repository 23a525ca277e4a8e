"""Hostile inputs at n and 2n: does a whole build grow linearly? Base and new side by side.

Usage::

    python benchmarks/growth.py --base ../old-main [--only names,distinct] [--scale 1]
    python benchmarks/growth.py --base ../old-main --stages names   # which functions grow

Each case below is built at size n and 2n in a temporary folder and a whole ``briefing
build -f json --force`` is run on it in a fresh process of this checkout and of
``--base`` (an export of an older main), alternately, so both see the same load. One row
per case and size: CPU seconds of the whole process tree (user + system; wall time is
noise on a shared machine) and its peak resident memory (``proctree.py``), then the growth
from n to 2n (about 2x is linear, 4x quadratic). ``--scale`` multiplies every n.

Cases (invented text, hostile in size, not in form):

- ``distinct``: n = 2,500 distinct sentences in articles of 50, each giving a count
  (``hostile.sentence``);
- ``names``: one article naming n = 5,000 distinct people, eight to a sentence, beside the
  bundled sample story;
- ``copies``: n = 200 articles of one identical text of 40 sentences (a syndicated
  story saved many times);
- ``dates``: one article of n = 2,000 sentences, each dating an act to its own day;
- ``quotes``: one article of n = 2,000 sentences, each quoting a named speaker.

``--stages CASE`` profiles the build of CASE at n and 2n in this checkout (one process,
``workers = 1``, cProfile) and lists the functions of ``briefing`` whose cumulative time
grows most beyond twice: where a superlinear stage is.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import pstats
import random
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import proctree  # benchmarks/proctree.py: this script's folder is on sys.path
from hostile import sentence

ROOT = Path(__file__).resolve().parents[1]

_FIRST = "Orla Tomas Mira Bram Elsa Ivo Lena Piet Runa Sven Cato Dara Emil Fenna".split()  # noqa: SIM905
_HEAD = "Var Tor Bel Kes Mor Dal Fen Gar Hol Lin Mar Nor Pel Rav Sol Tal Vel Wen Yor Zan".split()  # noqa: SIM905
_MID = "a e i o u ar en il on ur as et in ol um ad eb ik or".split()  # noqa: SIM905
_END = "sk ren ton vik dal mar ell bek sen holt nov rin gard lund".split()  # noqa: SIM905
_END += "berg stad ker wyn mont vane rud lowe brook more field ley".split()  # noqa: SIM905
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def people(n: int) -> list[str]:
    """``n`` distinct invented full names (past 9,880 surnames, double-barrelled ones)."""
    surnames = [h + m + e for h in _HEAD for m in _MID for e in _END]
    return [
        f"{_FIRST[i % len(_FIRST)]} {surnames[i % len(surnames)]}"
        + ("" if i < len(surnames) else f"-{surnames[i // len(surnames)]}")
        for i in range(n)
    ]


def case_distinct(folder: Path, n: int) -> None:
    rng = random.Random(2)
    for a in range(n // 50):
        paragraphs = [" ".join(sentence(rng) for _ in range(5)) for _ in range(10)]
        (folder / f"plan{a:04d}.txt").write_text(f"Port plans {a}\n\n" + "\n\n".join(paragraphs))


def case_names(folder: Path, n: int) -> None:
    names = people(n)
    lines = [
        ", ".join(names[i : i + 7]) + f" and {names[i + 7]} met in Marlow on {_DAYS[i // 8 % 5]}."
        for i in range(0, n - 7, 8)
    ]
    body = "\n\n".join(" ".join(lines[i : i + 5]) for i in range(0, len(lines), 5))
    (folder / "names.txt").write_text("Marlow council meets\n\n" + body)
    for path in (ROOT / "sources").glob("*.txt"):
        shutil.copy(path, folder / path.name)


def case_copies(folder: Path, n: int) -> None:
    rng = random.Random(3)
    text = "Port plans\n\n" + "\n\n".join(
        " ".join(sentence(rng) for _ in range(5)) for _ in range(8)
    )
    for a in range(n):
        (folder / f"copy{a:04d}.txt").write_text(text)


def case_dates(folder: Path, n: int) -> None:
    start = dt.date(2024, 1, 1)
    lines = []
    for i in range(n):
        day = start + dt.timedelta(days=i)
        lines.append(f"On {day:%B} {day.day}, {day.year}, pier {i} closed.")
    body = "\n\n".join(" ".join(lines[i : i + 5]) for i in range(0, n, 5))
    (folder / "dates.txt").write_text("Marlow piers close\n\n" + body)


def case_quotes(folder: Path, n: int) -> None:
    names = people(n)
    lines = [f'"Pier {i} must close," said {name}.' for i, name in enumerate(names)]
    body = "\n\n".join(" ".join(lines[i : i + 5]) for i in range(0, n, 5))
    (folder / "quotes.txt").write_text("Marlow piers close\n\n" + body)


CASES: dict[str, tuple[Callable[[Path, int], None], int]] = {
    "distinct": (case_distinct, 2500),
    "names": (case_names, 5000),
    "copies": (case_copies, 200),
    "dates": (case_dates, 2000),
    "quotes": (case_quotes, 2000),
}


def build(repo: Path, folder: Path, out: Path) -> proctree.Run:
    cmd = [sys.executable, "-m", "briefing", "build", str(folder), "-o", str(out)]
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1764460800", "PYTHONPATH": str(repo)}
    return proctree.measure([*cmd, "-f", "json", "--force"], repo, env)


def stages(case: str, n: int, base: Path) -> None:
    """The functions whose cumulative time grows most beyond twice from n to 2n."""
    totals = []
    for size in (n, 2 * n):
        folder = base / f"{case}{size}"
        folder.mkdir(parents=True)
        CASES[case][0](folder, size)
        (base / "w1.toml").write_text("workers = 1\n")
        prof = base / f"{case}{size}.prof"
        cmd = [sys.executable, "-m", "cProfile", "-o", str(prof), "-m", "briefing", "build"]
        cmd += [str(folder), "-o", str(base / f"out{size}"), "-f", "json", "--force"]
        env = {**os.environ, "SOURCE_DATE_EPOCH": "1764460800", "PYTHONPATH": str(ROOT)}
        subprocess.run([*cmd, "--config", str(base / "w1.toml")], env=env, capture_output=True)
        stats = pstats.Stats(str(prof)).stats  # type: ignore[attr-defined]
        totals.append(
            {
                f"{Path(f).name}:{line}:{name}": v[3]
                for (f, line, name), v in stats.items()
                if "/briefing/" in f
            }  # fmt: skip
        )
    rows = sorted(((b - 2 * totals[0].get(k, 0.0), k, totals[0].get(k, 0.0), b)
                   for k, b in totals[1].items()), reverse=True)  # fmt: skip
    print(f"{'function':60} {'n: s':>8} {'2n: s':>8}  growth")
    for _, key, a, b in rows[:25]:
        print(f"{key[:60]:60} {a:8.2f} {b:8.2f}  {b / a if a else float('inf'):.1f}x")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, help="an older checkout, run beside this one")
    parser.add_argument("--only", default=",".join(CASES), help="comma list of cases")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every n")
    parser.add_argument("--stages", metavar="CASE", help="profile CASE's growth by function")
    args = parser.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="briefing-growth-"))
    try:
        if args.stages:
            stages(args.stages, int(CASES[args.stages][1] * args.scale), tmp)
            return
        repos = [("new", ROOT), *([("base", args.base.resolve())] if args.base else [])]
        head = " | ".join(f"{name} CPU s | {name} peak MB" for name, _ in repos)
        print(f"| case | n | {head} |")
        print("|---|---:|" + "---:|" * 2 * len(repos))
        for case in args.only.split(","):
            make, n = CASES[case]
            cells: dict[str, list[proctree.Run]] = {name: [] for name, _ in repos}
            for size in (int(n * args.scale), int(2 * n * args.scale)):
                folder = tmp / f"{case}{size}"
                folder.mkdir()
                make(folder, size)
                for name, repo in repos:
                    run = build(repo, folder, tmp / f"out-{name}-{case}{size}")
                    cells[name].append(run)
                row = " | ".join(
                    f"{cells[name][-1].cpu:.1f}{'' if cells[name][-1].ok else ' (failed)'} | "
                    f"{cells[name][-1].peak_bytes / 2**20:.0f}"
                    for name, _ in repos
                )
                print(f"| {case} | {size:,} | {row} |", flush=True)
            growth = " | ".join(
                f"{cells[name][1].cpu / cells[name][0].cpu:.1f}x | "
                f"{cells[name][1].peak_bytes / cells[name][0].peak_bytes:.1f}x"
                for name, _ in repos
            )
            print(f"| {case} | growth | {growth} |", flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
