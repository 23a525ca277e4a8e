"""Whether evaluation text leaked into the repository: the tracked files that share runs of
six words with the evaluation data.

Evaluation data (``../shared/eval``) is for internal evaluation only; tests and docs use
invented text. Session 22 found that fixtures written from dev articles over many sessions
had copied article sentences (882 six-word runs in 89 files) and replaced them; this script
is how that was found and how a change is checked. Runs of six words that are also in the
sample corpus (``sources/``) or are only numbers do not count, nor the evaluation's own
README and rubric (its top-level files), nor the ``COMMON_RUNS`` read and found common.
The test suite runs the scan over the repository when ``../shared/eval`` is beside it.
Short names of real bodies ("the Justice Department") may remain: read the hits, do not
only count them.

    python benchmarks/eval_text_scan.py ../shared/eval [--repo .] [FILE ...]

Prints one row per file with hits (all hits for the files named, four otherwise) and exits
1 when a file has any, 0 otherwise.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

# Six words: long enough that a shared run is copied text, not a common phrase (five
# flagged idioms such as "at the end of the"; session 22, by reading the hits).
RUN_WORDS = 6
WORD_RE = re.compile(r"[a-z0-9']+")
NUMBERS_ONLY_RE = re.compile(r"[0-9 ']+")
TEXT_SUFFIXES = {".txt", ".json", ".md", ".html", ""}
SHOWN = 4
# Runs the scan finds that are common English or a public body's name, not copied text
# (read one by one, session 48, after two cleanups left only these): they do not count.
COMMON_RUNS = frozenset(
    {
        "could not be reached for comment",
        "department of health and human services",
        "has denied any role in the",
        "in the first half of the",
        # two outlets' names next to each other in a list
        "new york times syndicate new america",
        "on the other end of the",
        "to determine the cause of the",
    }
)


def runs(text: str) -> set[str]:
    """The runs of ``RUN_WORDS`` lower-cased words of a text."""
    words = WORD_RE.findall(text.lower())
    return {" ".join(words[i : i + RUN_WORDS]) for i in range(len(words) - RUN_WORDS + 1)}


def folder_runs(folder: Path, *, top_level: bool = True) -> set[str]:
    """The runs of a folder's text files; without ``top_level``, only of files in its
    subfolders (the evaluation's own README and rubric are documents, not data)."""
    found: set[str] = set()
    for path in sorted(folder.rglob("*")):
        if not top_level and path.parent == folder:
            continue
        if path.is_file() and path.suffix in TEXT_SUFFIXES:
            found |= runs(path.read_text(encoding="utf-8", errors="ignore"))
    return found


def tracked_files(repo: Path) -> list[str]:
    done = subprocess.run(["git", "ls-files"], cwd=repo, capture_output=True, text=True, check=True)
    return done.stdout.split()


def scan(eval_dir: Path, repo: Path, only: list[str] | None = None) -> dict[str, list[str]]:
    """Per tracked file (or per file of ``only``), the evaluation runs it holds."""
    evaluation = (
        folder_runs(eval_dir, top_level=False) - folder_runs(repo / "sources") - COMMON_RUNS
    )
    hits: dict[str, list[str]] = {}
    for name in only or tracked_files(repo):
        if name.startswith("sources/"):
            continue
        try:
            text = (repo / name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # binary or gone
        shared = sorted(r for r in runs(text) & evaluation if not NUMBERS_ONLY_RE.fullmatch(r))
        if shared:
            hits[name] = shared
    return hits


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("eval_dir", type=Path)
    parser.add_argument("files", nargs="*", help="files to show in full (repo-relative)")
    parser.add_argument("--repo", type=Path, default=Path("."))
    args = parser.parse_args(argv)
    hits = scan(args.eval_dir, args.repo, args.files or None)
    for name, shared in hits.items():
        shown = shared if args.files else shared[:SHOWN]
        print(f"{name}\t{len(shared)}\t{'; '.join(shown)}")
    print(f"{sum(map(len, hits.values()))} runs in {len(hits)} files", file=sys.stderr)
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
