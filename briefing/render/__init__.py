"""Render a ``Brief`` to bytes in one of the output formats (DOCX, PDF, JSON, Markdown, HTML).

Renderers only read the Brief model. Section order and wording come from jinja2 templates
in ``templates/`` (see :mod:`briefing.render.templating`); each format is one module with
a ``Renderer`` class, listed by one line in :mod:`briefing.registrations` (``FORMATS``), so
adding a format never touches the others. A format's module is imported when it is used::

    from briefing.render import FORMATS, RenderOptions, render
    pdf_bytes = render(brief, "pdf", RenderOptions(accent_color="#7A1F1F"))
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from briefing.model import Brief
from briefing.registrations import FORMATS


@dataclass
class RenderOptions:
    """How a brief looks; none of it changes what the brief says."""

    templates_dir: str | None = None  # folder whose files override bundled templates by name
    reference_docx: str | None = None  # a .docx supplying Word styles (like pandoc --reference-doc)
    logo: str | None = None  # image path for the header
    accent_color: str = "#1F3A5F"
    author: str | None = None  # metadata author (defaults to brief.organisation)
    language: str = "en"


class Renderer(Protocol):
    """What a format module provides: a class with a file extension and a function to bytes."""

    extension: str
    media_type: str

    def render(self, brief: Brief, options: RenderOptions) -> bytes: ...


def render(brief: Brief, fmt: str, options: RenderOptions | None = None) -> bytes:
    """Render ``brief`` as ``fmt`` (a name in ``FORMATS``); raises ``UnknownName`` otherwise."""
    return FORMATS.get(fmt)().render(brief, options or RenderOptions())


__all__ = ["FORMATS", "Renderer", "RenderOptions", "render"]
