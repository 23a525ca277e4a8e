"""How long does ``briefing`` take to start? Cold processes, timed side by side.

Usage::

    python benchmarks/startup.py [--runs N] [--build-runs N] [--no-build]

Every row is a fresh process, run ``--runs`` times after one warm-up (like hyperfine) in
the same run as its baselines:

* ``python -c pass`` — the interpreter alone;
* ``briefing --help``, ``--version``, ``schedule list`` (on an empty ``--tabfile``) —
  issue 13's target is under 0.3 s: they must import no NLP;
* ``briefing build`` of the bundled ``sources/`` to DOCX and PDF (``--build-runs`` times),
  twice: a first build (a new output folder each run, so every article is analysed and
  spaCy loads) and a rebuild (the same folder: every article from its cache);
* for each command, ``import <libraries>``: a process that only imports the third-party
  libraries that command imported (found by a probe run), the floor for that command.

The package's bytecode is compiled first, as an installed package's is
(``proctree.compile_bytecode``). Prints one Markdown table: wall-clock mean, min and
standard deviation, mean CPU time (user + system; steadier than wall time on a busy
machine), and the ratio of each command to the import of its libraries.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import proctree  # benchmarks/proctree.py: this script's folder is on sys.path

ROOT = Path(__file__).resolve().parents[1]
TARGET_LIGHT = 0.3  # issue 13: --help, --version, schedule list
# Probe: run the CLI in-process, then print the third-party top-level modules it imported.
PROBE = """
import sys
from briefing.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
std = set(sys.stdlib_module_names)
libs = {m.split(".")[0] for m in sys.modules} - std - {"briefing"}
print("LIBS", *sorted(m for m in libs if not m.startswith("_") and "__" not in m), file=sys.stderr)
"""


def briefing_command() -> list[str]:
    exe = shutil.which("briefing", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "briefing"]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(cmd: list[str], env: dict[str, str], fresh: Path | None = None) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one fresh process (``fresh``: a folder
    removed before it starts)."""
    if fresh is not None:
        shutil.rmtree(fresh, ignore_errors=True)
    cpu, start = _children_cpu(), time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"failed ({done.returncode}): {' '.join(cmd)}\n{done.stderr.decode()}")
    return elapsed, _children_cpu() - cpu


def timed(
    cmd: list[str], env: dict[str, str], runs: int, fresh: Path | None = None
) -> list[tuple[float, float]]:
    run(cmd, env, fresh)  # warm-up: file-system caches, .pyc files
    return [run(cmd, env, fresh) for _ in range(runs)]


def libraries(args: list[str], env: dict[str, str], fresh: Path | None = None) -> list[str]:
    if fresh is not None:
        shutil.rmtree(fresh, ignore_errors=True)
    out = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    marked = [line for line in out.stderr.splitlines() if line.startswith("LIBS")]
    return marked[-1].split()[1:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10, help="runs per light command")
    parser.add_argument("--build-runs", type=int, default=3, help="runs of the sample build")
    parser.add_argument("--no-build", action="store_true", help="skip the sample build")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="briefing-startup-"))
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1764460800", "CI": "1"}
    for where in (ROOT, tmp):  # the briefing `python -m` and the installed command import
        proctree.compile_bytecode(sys.executable, where, env)
    cases: list[tuple[str, list[str], int, Path | None]] = [
        ("briefing --help", ["--help"], args.runs, None),
        ("briefing --version", ["--version"], args.runs, None),
        (
            "briefing schedule list",
            ["schedule", "list", "--tabfile", str(tmp / "crontab")],
            args.runs,
            None,
        ),
    ]
    if not args.no_build:
        out = tmp / "out"
        build = ["build", "sources", "-o", str(out), "-f", "docx,pdf", "--force", "-q"]
        cases.append(("briefing build (sample, DOCX+PDF, first)", build, args.build_runs, out))
        cases.append(("briefing build (sample, DOCX+PDF, rebuild)", build, args.build_runs, None))

    rows: list[tuple[str, list[tuple[float, float]], str]] = [
        ("python -c pass", timed([sys.executable, "-c", "pass"], env, args.runs), "")
    ]
    for label, cli_args, runs, fresh in cases:
        command = timed([*briefing_command(), *cli_args], env, runs, fresh)
        libs = libraries(cli_args, env, fresh)
        floor_cmd = [sys.executable, "-c", "import " + ", ".join(libs) if libs else "pass"]
        floor = timed(floor_cmd, env, runs)
        ratio = f"{_mean(command) / _mean(floor):.2f}×"
        rows.append((label, command, f"{ratio} of next row"))
        shown = ", ".join(libs) if len(libs) <= 4 else f"{len(libs)} libraries"
        rows.append((f"  import {shown or '(none)'}", floor, ""))
    shutil.rmtree(tmp, ignore_errors=True)

    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs; target for the light")
    print(f"commands: under {TARGET_LIGHT} s\n")
    print("| command | mean s | min s | sd s | cpu s | runs | note |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for label, results, note in rows:
        wall = [w for w, _ in results]
        sd = statistics.stdev(wall) if len(wall) > 1 else 0.0
        cpu = statistics.mean(c for _, c in results)
        print(
            f"| {label} | {_mean(results):.3f} | {min(wall):.3f} | {sd:.3f} | {cpu:.3f} "
            f"| {len(wall)} | {note} |"
        )


def _mean(results: list[tuple[float, float]]) -> float:
    return statistics.mean(w for w, _ in results)


if __name__ == "__main__":
    main()
