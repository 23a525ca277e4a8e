"""prepare: the writers' once-per-process work done ahead (fonts, bundled templates), never
a user's templates (those compile only under their time budget)."""

from __future__ import annotations

from pathlib import Path

from briefing.render import RenderOptions, prepare
from briefing.render.fonts import register_fonts
from briefing.render.templating import environment


def compiled(templates_dir: str | None) -> set[str]:
    return {key[1] for key in environment(templates_dir).cache}


def test_prepare_registers_fonts_and_compiles_the_bundled_templates() -> None:
    register_fonts.cache_clear()
    environment.cache_clear()
    prepare(["json", "pdf"])
    assert register_fonts.cache_info().currsize == 1
    assert {"brief.md.j2", "labels.j2", "sections.j2"} <= compiled(None)


def test_prepare_leaves_a_users_templates_alone(tmp_path: Path) -> None:
    (tmp_path / "brief.md.j2").write_text("{% for x in %}broken", encoding="utf-8")
    environment.cache_clear()
    prepare(["docx"], RenderOptions(templates_dir=str(tmp_path)))  # no error here
    assert compiled(str(tmp_path)) == set()


def test_prepare_for_json_alone_does_nothing() -> None:
    register_fonts.cache_clear()
    environment.cache_clear()
    prepare(["json"])
    assert register_fonts.cache_info().currsize == 0 and compiled(None) == set()
