"""The bundled templates must ship in a non-editable install (pyproject lists packages)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_briefing_package_is_listed_for_setuptools():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "briefing").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert found - listed == set(), "add new packages to [tool.setuptools] packages"
    assert "briefing.templates" in listed
    assert config["tool"]["setuptools"]["package-dir"]["briefing.templates"] == "templates"


def test_template_files_match_package_data_globs():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["briefing.templates"]
    for path in (ROOT / "templates").iterdir():
        if path.is_file() and path.suffix != ".py":
            assert any(path.match(g) for g in globs), path.name
