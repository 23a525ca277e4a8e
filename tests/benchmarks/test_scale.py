"""benchmarks/scale.py: its builds run the checkout the script belongs to."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture()
def scale(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # scale.py imports proctree beside it
    spec = importlib.util.spec_from_file_location("scale_under_test", BENCHMARKS / "scale.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_build_imports_this_checkout_whatever_its_folder(
    scale, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "PYTHONPATH=. python benchmarks/scale.py" from a checkout: the builds run in a
    # temporary folder, where "." would name no briefing at all.
    monkeypatch.chdir(BENCHMARKS.parent)
    monkeypatch.setenv("PYTHONPATH", ".")
    env = scale.build_env()
    assert env["PYTHONPATH"].split(os.pathsep)[0] == str(BENCHMARKS.parent)
    found = subprocess.run(
        [sys.executable, "-c", "import briefing; print(briefing.__file__)"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(found.stdout.strip()) == BENCHMARKS.parent / "briefing" / "__init__.py"
