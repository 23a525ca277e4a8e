"""shared: the brief's Markdown and blocks made once for all the formats of one build."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from briefing.model import Brief
from briefing.render import RenderOptions, TemplateFailure, render, shared
from briefing.render.blocks import parse
from briefing.render.templating import render_markdown


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[Brief]:
    """The briefs ``render_markdown`` is asked for, however it is reached."""
    asked: list[Brief] = []

    def counting(brief: Brief, options: RenderOptions) -> str:
        asked.append(brief)
        return render_markdown(brief, options)

    monkeypatch.setattr(shared, "render_markdown", counting)
    return asked


def test_every_writer_gets_the_markdown_made_once(brief: Brief, counted: list[Brief]) -> None:
    options = RenderOptions()
    alone = {fmt: render(brief, fmt, options) for fmt in ("md", "html")}
    counted.clear()
    with shared.sharing(brief, options, ["json", "md", "html", "docx", "pdf"]):
        for fmt in ("md", "html", "docx", "pdf"):
            out = render(brief, fmt, options)
            if fmt in alone:
                assert out == alone[fmt]
        assert shared.blocks(brief, options) == parse(render_markdown(brief, options))
    assert counted == [brief]  # once, before the writers


def test_other_briefs_and_calls_after_it_are_made_anew(brief: Brief, counted: list[Brief]) -> None:
    options = RenderOptions()
    other = copy.deepcopy(brief)
    other.title = "Another story"
    with shared.sharing(brief, options, ["docx", "pdf"]):
        assert "Another story" in shared.markdown(other, options)
        assert shared.markdown(brief, RenderOptions()) == render_markdown(brief, options)
    assert len(counted) == 3  # the held one, the other brief, other options
    shared.blocks(brief, options)
    assert len(counted) == 4


def test_one_markup_format_makes_nothing_ahead(brief: Brief, counted: list[Brief]) -> None:
    with shared.sharing(brief, RenderOptions(), ["json", "pdf"]):
        pass
    assert counted == []


def test_a_template_error_still_reaches_each_writer(brief: Brief, tmp_path: Path) -> None:
    (tmp_path / "brief.md.j2").write_text("{{ brief.sources.clear() or '' }}", encoding="utf-8")
    options = RenderOptions(templates_dir=str(tmp_path))
    with shared.sharing(brief, options, ["docx", "pdf"]):
        for fmt in ("docx", "pdf"):
            with pytest.raises(TemplateFailure, match="unsafe|safely callable"):
                render(brief, fmt, options)
