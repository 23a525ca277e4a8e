"""Every benchmark script still starts and finds what it imports from ``briefing``.

A refactor that moves a name (``SumyTokenizer`` into ``briefing.lang``) broke
``benchmarks/scale.py`` at import without a failing test: the scripts run only by hand.
Here each script answers ``--help`` in a subprocess, and every ``briefing`` import in
it, also the ones inside functions that ``--help`` never reaches, names something that
exists.
"""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
SCRIPTS = sorted(BENCHMARKS.glob("*.py"))


def test_there_are_benchmarks() -> None:
    assert {"rouge_eval.py", "actors_eval.py", "story_eval.py", "scale.py"} <= {
        p.name for p in SCRIPTS
    }


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_script_answers_help(script: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(script), "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=BENCHMARKS.parent,
    )
    assert done.returncode == 0, done.stderr
    if "__main__" in script.read_text(encoding="utf-8"):
        assert "usage" in done.stdout.lower()


def _briefing_imports(script: Path) -> list[tuple[str, str | None]]:
    """(module, name) of every ``briefing`` import in the script, at any depth."""
    out: list[tuple[str, str | None]] = []
    for node in ast.walk(ast.parse(script.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("briefing"):
            out += [(node.module or "", alias.name) for alias in node.names]
        elif isinstance(node, ast.Import):
            out += [(a.name, None) for a in node.names if a.name.startswith("briefing")]
    return out


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_every_briefing_import_resolves(script: Path) -> None:
    for module, name in _briefing_imports(script):
        imported = importlib.import_module(module)
        if name is not None and not hasattr(imported, name):
            importlib.import_module(f"{module}.{name}")  # a submodule, else ImportError
