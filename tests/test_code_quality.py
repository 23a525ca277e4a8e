"""The code base stays ruff clean (lint and format) and keeps its architecture contracts
(import-linter, ``[tool.importlinter]`` in pyproject.toml), as the contributing notes ask."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def ruff(*args: str) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("ruff")
    cmd = [exe] if exe else [sys.executable, "-m", "ruff"]
    return subprocess.run([*cmd, *args], cwd=ROOT, capture_output=True, text=True, check=False)


@pytest.mark.parametrize("args", [("check", "."), ("format", "--check", ".")])
def test_ruff(args: tuple[str, ...]) -> None:
    result = ruff(*args)
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_contracts() -> None:
    """Layers, renderers that read only the model, spaCy only in analyse (``lint-imports``)."""
    code = "import sys; from importlinter.cli import lint_imports_command as c; sys.exit(c())"
    result = subprocess.run(
        [sys.executable, "-c", code, "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_module_has_a_layer() -> None:
    """A new top-level module joins a layer, or the contract would not constrain it."""
    import pkgutil
    import tomllib

    import briefing

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (layers,) = [
        c["layers"] for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "layers"
    ]
    listed = {name.strip(" ()") for layer in layers for name in layer.split("|")}
    # templates: the data folder an installed wheel ships as briefing.templates (no code).
    modules = {m.name for m in pkgutil.iter_modules(briefing.__path__)} - {"__main__", "templates"}
    assert modules - listed == set(), "add these to [tool.importlinter] layers"


MAX_MODULE_LINES = 500  # the contributing rule: one job per module, under 500 lines


def test_every_module_is_under_the_line_limit() -> None:
    long = {
        str(path.relative_to(ROOT)): n
        for path in sorted((ROOT / "briefing").rglob("*.py"))
        if (n := len(path.read_text(encoding="utf-8").splitlines())) >= MAX_MODULE_LINES
    }
    assert long == {}
