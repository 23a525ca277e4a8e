"""Markdown output: the text ``templates/brief.md.j2`` produces (GitHub-flavoured tables)."""

from __future__ import annotations

from briefing.model import Brief
from briefing.render import RenderOptions, shared


class MarkdownRenderer:
    extension = "md"
    media_type = "text/markdown"

    def render(self, brief: Brief, options: RenderOptions) -> bytes:
        return shared.markdown(brief, options).encode("utf-8")
