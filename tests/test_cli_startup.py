"""Start-up: the light commands import no NLP, and a build imports only what it uses.

Only what is imported is checked here; how long start-up takes is measured by
``benchmarks/startup.py``, never by a timed test.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEAVY = {"spacy", "sumy", "numpy", "scipy", "nltk", "reportlab", "docx", "jinja2", "trafilatura"}
PROBE = """
import json, sys
from briefing.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
print(json.dumps([code, sorted(sys.modules)]), file=sys.stderr)
"""


def imported(*args: str, cwd: Path = ROOT) -> tuple[int, set[str]]:
    """Exit code and the modules imported by ``briefing ARGS`` in a fresh process."""
    env = {"SOURCE_DATE_EPOCH": "1764460800", "PATH": ""}
    out = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    code, modules = json.loads(out.stderr.strip().splitlines()[-1])
    return code, set(modules)


@pytest.mark.parametrize(
    "args", [["--help"], ["--version"], ["build", "--help"], ["schedule", "list", "--tabfile"]]
)
def test_light_commands_import_no_nlp(args: list[str], tmp_path: Path) -> None:
    if args[-1] == "--tabfile":
        args = [*args, str(tmp_path / "crontab")]
    code, modules = imported(*args)
    assert code == 0
    assert not modules & HEAVY, sorted(modules & HEAVY)


def test_a_json_build_without_entities_imports_only_what_it_uses(tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "a.txt").write_text(
        "Council approves new harbour bridge budget\n\n"
        "The city council approved a budget of four million euros for the harbour bridge "
        "on Tuesday. Repairs will start in spring, the mayor said.",
        encoding="utf-8",
    )
    code, modules = imported(
        "build", str(sources), "-o", str(tmp_path / "out"), "-f", "json", "--no-entities", "-q"
    )
    assert code == 0
    assert {"sumy", "numpy"} <= modules  # the summarizer it runs
    assert not modules & {"spacy", "reportlab", "docx", "jinja2", "pypdf", "feedparser"}


# A first build of a small story: record, when the articles go to the standby (the process
# loading spaCy since the command began), whether this process had imported compose yet.
STANDBY_PROBE = """
import sys
from briefing import forked
from briefing.cli import main

seen = []
real = forked.Standby.start

def start(self, fn, *args):
    seen.append((fn.__name__, "briefing.compose" in sys.modules))
    return real(self, fn, *args)

forked.Standby.start = start
code = main(sys.argv[1:])
print(code, seen, file=sys.stderr)
"""


def test_a_first_build_sends_its_articles_to_the_standby_before_it_imports_compose(
    tmp_path: Path,
) -> None:
    """Cold start (issue 13): spaCy's parse of a small story starts while this process
    imports compose (about a second of a cold sample build), not after."""
    args = ["build", str(ROOT / "sources"), "-o", str(tmp_path / "out"), "-f", "json"]
    env = {"SOURCE_DATE_EPOCH": "1764460800", "PATH": ""}
    out = subprocess.run(
        [sys.executable, "-c", STANDBY_PROBE, *args, "--workers", "2", "-q"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.stderr.strip().splitlines()[-1] == "0 [('parse_for_transfer', False)]", out.stderr


def test_a_build_that_finds_nothing_changed_imports_no_compose(tmp_path: Path) -> None:
    """A cron run over an unchanged folder stops before compose: it never imports the
    compose rules (nor scipy.optimize, which only the summary's ILP uses)."""
    args = ["build", str(ROOT / "sources"), "-o", str(tmp_path / "out"), "-f", "json", "-q"]
    code, modules = imported(*args, "--no-entities")
    assert code == 0 and {"briefing.compose", "scipy.optimize"} <= modules
    code, modules = imported(*args, "--no-entities")
    assert code == 0
    assert not {m for m in modules if m.startswith(("briefing.compose", "scipy.optimize"))}


BLAS_PROBE = """
import os
from briefing.cli import main
try:
    main(["--version"])
except SystemExit:
    pass
print(os.environ.get("OPENBLAS_NUM_THREADS"))
"""


@pytest.mark.parametrize(("given", "expected"), [(None, "1"), ("3", "3")])
def test_one_blas_thread_per_process_unless_the_user_set_it(
    given: str | None, expected: str
) -> None:
    env = {"SOURCE_DATE_EPOCH": "1764460800", "PATH": ""}
    if given is not None:
        env["OPENBLAS_NUM_THREADS"] = given
    out = subprocess.run(
        [sys.executable, "-c", BLAS_PROBE], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert out.stdout.strip().splitlines()[-1] == expected
