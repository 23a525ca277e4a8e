"""Render a ``Brief`` to bytes in one of the output formats (DOCX, PDF, JSON, Markdown, HTML).

Renderers only read the Brief model. Section order and wording come from jinja2 templates
in ``templates/`` (see :mod:`briefing.render.templating`); each format is one module with
a ``Renderer`` class, listed by one line in :mod:`briefing.registrations` (``FORMATS``), so
adding a format never touches the others. A format's module is imported when it is used::

    from briefing.render import FORMATS, RenderOptions, render
    pdf_bytes = render(brief, "pdf", RenderOptions(accent_color="#7A1F1F"))
"""

from __future__ import annotations

import sys
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
    max_unzipped_mb: float = 50.0  # the config's cap on what reference_docx inflates to


class Renderer(Protocol):
    """What a format module provides: a class with a file extension and a function to bytes."""

    extension: str
    media_type: str

    def render(self, brief: Brief, options: RenderOptions) -> bytes: ...


class TemplateFailure(Exception):
    """A template was refused or failed: unsafe (Python internals, changing the brief, a link
    out of its folder), over its time or size budget, or broken. A user error (exit 2)."""


def render(brief: Brief, fmt: str, options: RenderOptions | None = None) -> bytes:
    """Render ``brief`` as ``fmt`` (a name in ``FORMATS``); raises ``UnknownName`` otherwise.

    Raises ``TemplateFailure`` when a template is unsafe, over budget, or (in a user's
    templates folder) broken; any other exception is a fault of the writer.
    """
    options = options or RenderOptions()
    try:
        return FORMATS.get(fmt)().render(brief, options)
    except _template_errors() as exc:
        from jinja2.sandbox import SecurityError

        if not (options.templates_dir or isinstance(exc, SecurityError)):
            raise  # the bundled templates are ours: a bug, not a user error
        from briefing.render.sandbox import where

        if isinstance(exc, SyntaxError):  # its line is in jinja2's Python, not the template
            text = f"blocks nested too deep for Python to compile ({exc.msg})"
            raise TemplateFailure(f"template error ({fmt}): {text}") from exc
        raise TemplateFailure(f"template error ({fmt}): {where(exc)}{exc}") from exc


def prepare(formats: list[str], options: RenderOptions | None = None) -> None:
    """Do ahead what the writers of ``formats`` do once per process: register the PDF's
    fonts and compile the bundled templates (a user's templates are compiled only under
    their time budget, when rendering). Optional: rendering does it when needed; a build
    calls it while another process works (``briefing.pipeline``)."""
    options = options or RenderOptions()
    if "pdf" in formats:
        from briefing.render.fonts import register_fonts

        register_fonts()
    if not options.templates_dir and set(formats) & {"docx", "pdf", "md", "html"}:
        from briefing.render.templating import environment

        env = environment(None)
        for name in ("brief.md.j2", "labels.j2", "sections.j2"):
            env.get_template(name)


def _template_errors() -> tuple[type[BaseException], ...]:
    """jinja2's errors, without importing jinja2 for formats that use no template (JSON):
    when a writer failed and jinja2 was never imported, no template was involved. With
    jinja2, a ``SyntaxError`` is Python's refusal of the source jinja2 compiled a template
    to (blocks nested past Python's 100 indentation levels or 20 loops: no writer of ours
    compiles anything else)."""
    jinja2 = sys.modules.get("jinja2")
    return (RecursionError, SyntaxError, jinja2.TemplateError) if jinja2 else (RecursionError,)


__all__ = ["FORMATS", "Renderer", "RenderOptions", "TemplateFailure", "prepare", "render"]
