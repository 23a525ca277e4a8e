"""benchmarks/proctree.py: what the benchmark scripts do before they time a command."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "proctree.py"
_spec = importlib.util.spec_from_file_location("proctree", PATH)
proctree = importlib.util.module_from_spec(_spec)
sys.modules["proctree"] = proctree  # its dataclass looks its module up
_spec.loader.exec_module(proctree)


def test_the_package_gets_its_bytecode_even_where_python_writes_none(tmp_path: Path) -> None:
    """A cold start is timed as an installed package runs: with its .pyc files, which a
    shell with PYTHONDONTWRITEBYTECODE never writes for an editable checkout."""
    package = tmp_path / "briefing"
    (package / "stage").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "stage" / "rules.py").write_text("RULE = 1\n", encoding="utf-8")
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": ""}
    proctree.compile_bytecode(sys.executable, tmp_path, env)
    tag = sys.implementation.cache_tag
    assert (package / "stage" / "__pycache__" / f"rules.{tag}.pyc").is_file()
    assert (package / "__pycache__" / f"__init__.{tag}.pyc").is_file()
