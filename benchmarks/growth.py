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

- ``distinct``: n = 2,500 distinct sentences in ten articles, each giving a count
  (``hostile.sentence``);
- ``names``: one article of n = 2,000 sentences, each a person of two invented
  capitalised words saying something (4,000 distinct capitalised names at n);
- ``copies``: n = 200 articles of one identical text of 40 sentences (a syndicated
  story saved many times);
- ``dates``: one article of n = 2,000 sentences, each dating an act to its own day;
- ``quotes``: one article of n = 2,000 sentences, each quoting a named speaker.

``--stages CASE`` profiles the build of CASE at n and 2n (one process, ``workers = 1``,
cProfile timed by CPU seconds) in this checkout and ``--base``, and lists the functions of
``briefing`` whose cumulative time grows most beyond twice in this checkout, with both
checkouts' seconds: where a superlinear stage is, and what a change moved.
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
    """``n`` distinct sentences in ten articles (paragraphs of five)."""
    rng = random.Random(2)
    per = n // 10
    for a in range(10):
        paragraphs = [" ".join(sentence(rng) for _ in range(5)) for _ in range(per // 5)]
        (folder / f"plan{a:04d}.txt").write_text(f"Port plans {a}\n\n" + "\n\n".join(paragraphs))


def case_names(folder: Path, n: int) -> None:
    """One article of ``n`` sentences, each a person of two invented capitalised words
    saying something ("Varask Zanoley said ...")."""
    surnames = [h + m + e for h in _HEAD for m in _MID for e in _END]
    lines = [
        f"{surnames[i].capitalize()} {surnames[-1 - i].capitalize()} said the plan would work."
        for i in range(n)
    ]
    body = "\n\n".join(" ".join(lines[i : i + 5]) for i in range(0, n, 5))
    (folder / "names.txt").write_text("Marlow council meets\n\n" + body)


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
    "names": (case_names, 2000),
    "copies": (case_copies, 200),
    "dates": (case_dates, 2000),
    "quotes": (case_quotes, 2000),
}


def build(repo: Path, folder: Path, out: Path) -> proctree.Run:
    cmd = [sys.executable, "-m", "briefing", "build", str(folder), "-o", str(out)]
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1764460800", "PYTHONPATH": str(repo)}
    return proctree.measure([*cmd, "-f", "json", "--force"], repo, env)


# Runs ``briefing build`` in this process under cProfile timed by CPU seconds (the wall
# clock of a loaded machine is noise), and writes the profile to argv[1].
_PROFILED = """
import cProfile, runpy, sys, time
out, sys.argv = sys.argv[1], ["briefing", *sys.argv[2:]]
profile = cProfile.Profile(time.process_time)
try:
    profile.runcall(runpy.run_module, "briefing", run_name="__main__")
except SystemExit:
    pass
profile.dump_stats(out)
"""


def profiled(repo: Path, folder: Path, out: Path) -> dict[str, float]:
    """CPU seconds (cumulative) of each ``briefing`` function in one build of ``folder``
    by ``repo`` in one process (``workers = 1``), by file and name (summed)."""
    (out.parent / "w1.toml").write_text("workers = 1\n")
    cmd = [sys.executable, "-c", _PROFILED, str(out.with_suffix(".prof")), "build", str(folder)]
    cmd += ["-o", str(out), "-f", "json", "--force", "--config", str(out.parent / "w1.toml")]
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1764460800", "PYTHONPATH": str(repo)}
    subprocess.run(cmd, env=env, cwd=repo, capture_output=True, check=True)
    totals: dict[str, float] = {}
    stats = pstats.Stats(str(out.with_suffix(".prof"))).stats  # type: ignore[attr-defined]
    for (path, _, name), row in stats.items():
        if "/briefing/" in path:
            key = f"{path.split('/briefing/', 1)[1]}:{name}"
            totals[key] = totals.get(key, 0.0) + row[3]
    return totals


def stages(case: str, n: int, tmp: Path, repos: list[tuple[str, Path]]) -> None:
    """The functions whose cumulative CPU time grows most beyond twice from n to 2n (in
    the first of ``repos``), with every repo's seconds."""
    times: dict[str, list[dict[str, float]]] = {name: [] for name, _ in repos}
    for size in (n, 2 * n):
        folder = tmp / f"{case}{size}"
        folder.mkdir(parents=True)
        CASES[case][0](folder, size)
        for name, repo in repos:
            times[name].append(profiled(repo, folder, tmp / f"out-{name}-{size}"))
    first = times[repos[0][0]]
    rows = sorted(((b - 2 * first[0].get(k, 0.0), k) for k, b in first[1].items()), reverse=True)
    head = " ".join(f"{name + ' n':>9} {name + ' 2n':>9}" for name, _ in repos)
    print(f"{'function (CPU s)':56} {head}")
    for _, key in rows[:25]:
        cells = " ".join(
            f"{times[name][0].get(key, 0.0):9.2f} {times[name][1].get(key, 0.0):9.2f}"
            for name, _ in repos
        )
        print(f"{key[-56:]:56} {cells}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, help="an older checkout, run beside this one")
    parser.add_argument("--only", default=",".join(CASES), help="comma list of cases")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every n")
    parser.add_argument("--stages", metavar="CASE", help="profile CASE's growth by function")
    args = parser.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="briefing-growth-"))
    try:
        repos = [("new", ROOT), *([("base", args.base.resolve())] if args.base else [])]
        if args.stages:
            stages(args.stages, int(CASES[args.stages][1] * args.scale), tmp, repos)
            return
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
