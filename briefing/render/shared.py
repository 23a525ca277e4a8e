"""The brief's Markdown and its blocks, worked out once for all the formats of one build.

Every markup writer starts from the same text: the template's Markdown of the brief
(``templating.render_markdown``), and DOCX and PDF from the same blocks parsed out of it
(``blocks.parse``). A build asking for several of them used to make both again per
format. Within ``sharing(brief, options, formats)`` they are made once, before any writer
runs (so a writer forked beside the others inherits them), and ``markdown`` / ``blocks``
hand them to each writer asked for that same brief and options (the same objects); any
other call, or any call outside, works them out as before. Writers only read them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing.model import Brief
from briefing.render import RenderOptions

if TYPE_CHECKING:
    from briefing.render.blocks import Block

# The template engine (jinja2) and the Markdown parser are imported where a writer asks for
# them, never by importing this module: the pipeline imports it for every build, and a
# JSON-only build imports no rendering library (tests/test_cli_startup.py).

# The formats written from the Markdown, and those of them written from its blocks.
MARKUP_FORMATS = frozenset({"md", "html", "docx", "pdf"})
BLOCK_FORMATS = frozenset({"docx", "pdf"})


@dataclass
class _Held:
    brief: Brief
    options: RenderOptions
    markdown: str
    blocks: list[Block] | None


def render_markdown(brief: Brief, options: RenderOptions) -> str:
    """The template's Markdown of ``brief`` (``templating.render_markdown``, imported here)."""
    from briefing.render.templating import render_markdown as from_template

    return from_template(brief, options)


_held: list[_Held] = []  # at most one: the innermost ``sharing``


@contextmanager
def sharing(brief: Brief, options: RenderOptions, formats: Sequence[str]) -> Iterator[None]:
    """Make the Markdown (and blocks) of ``brief`` once when two or more of ``formats``
    are written from it. A template error is left to the writers: nothing is held then,
    and each writer meets the error where it always did (``render`` reports it)."""
    asked = set(formats)
    held: _Held | None = None
    if len(asked & MARKUP_FORMATS) >= 2:
        from briefing.render.blocks import parse

        try:
            text = render_markdown(brief, options)
            made = parse(text) if asked >= BLOCK_FORMATS else None
        except Exception:  # the writers will raise it again, each within ``render``
            pass
        else:
            held = _Held(brief, options, text, made)
            _held.append(held)
    try:
        yield
    finally:
        if held is not None:
            _held.remove(held)


def _holding(brief: Brief, options: RenderOptions) -> _Held | None:
    if _held and _held[-1].brief is brief and _held[-1].options is options:
        return _held[-1]
    return None


def markdown(brief: Brief, options: RenderOptions) -> str:
    """``render_markdown(brief, options)``, made once within ``sharing``."""
    held = _holding(brief, options)
    return held.markdown if held is not None else render_markdown(brief, options)


def blocks(brief: Brief, options: RenderOptions) -> list[Block]:
    """``parse(render_markdown(brief, options))``, made once within ``sharing``."""
    from briefing.render.blocks import parse

    held = _holding(brief, options)
    if held is not None and held.blocks is not None:
        return held.blocks
    return parse(markdown(brief, options))
