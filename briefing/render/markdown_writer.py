"""Markdown output: the text ``templates/brief.md.j2`` produces (GitHub-flavoured tables)."""

from __future__ import annotations

from briefing.model import Brief
from briefing.render import RenderOptions
from briefing.render.templating import render_markdown


class MarkdownRenderer:
    extension = "md"
    media_type = "text/markdown"

    def render(self, brief: Brief, options: RenderOptions) -> bytes:
        return render_markdown(brief, options).encode("utf-8")
