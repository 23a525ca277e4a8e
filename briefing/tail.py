"""The build's tail: a process beside the build's own while it renders and publishes.

After compose, a build with more than one worker has two things nobody waits for in
turn: one of the slow writers (``RENDER_BESIDE``, rendered while this process writes
the PDF) and the compose cache (``FeatureCache.save``: about 2 CPU s for the 718
articles of a first build of the dev sets, written one after the other before). Both go
to one forked process (``briefing.forked``): it renders its format, sends it back and
then writes the cache, while this process renders the others and publishes the edition.
One process beside, never two: each forked copy counts in full in the build's peak memory.
With one worker all of it stays in this process, in the order of the stages.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from briefing import forked
from briefing.console import Console
from briefing.model import Brief
from briefing.render import FORMATS, RenderOptions, TemplateFailure, render
from briefing.render.shared import sharing

# The format rendered in a forked process while this one renders the others, when both it
# and PDF are asked for (the two slow writers: 875 articles, PDF 3.1 and DOCX 1.6 CPU s).
RENDER_BESIDE = "docx"


@contextmanager
def beside_build(
    brief: Brief,
    formats: list[str],
    options: RenderOptions,
    workers: int,
    parallel: bool,
    save: Callable[[], None] | None,
) -> Iterator[tuple[forked.Forked[bytes | None], str | None]]:
    """The process beside this one while it renders and publishes, and the format it
    renders (None: none).

    With more than one worker, ``RENDER_BESIDE`` renders in a forked process beside the
    PDF, which then writes the compose cache (``save``) while this one renders the rest
    and publishes; a first build of a large folder forks for ``save`` alone when no format
    goes beside. ``finish()`` waits for ``save``; a failing build waits for it too (the
    next run reuses what it worked out), an interrupted one stops it.
    """
    beside = RENDER_BESIDE if workers > 1 and {RENDER_BESIDE, "pdf"} <= set(formats) else None
    inline = beside is None and not (parallel and save is not None)
    with (
        sharing(brief, options, formats),  # the Markdown and its blocks made once, before the fork
        forked.start(render_one, brief, beside, options, inline=inline, after=save) as side,
    ):
        try:
            yield side, beside
        except Exception:
            with contextlib.suppress(Exception):
                side.finish()
            raise


def render_one(brief: Brief, fmt: str | None, options: RenderOptions) -> bytes | None:
    """The document of ``brief`` in ``fmt`` (what the process beside renders); None when
    no format goes beside."""
    return None if fmt is None else render(brief, fmt, options)


def render_all(
    brief: Brief,
    formats: list[str],
    options: RenderOptions,
    rendered: dict[str, bytes],
    console: Console,
    advance: Callable[..., None],
    side: forked.Forked[bytes | None],
    beside: str | None,
) -> list[str]:
    """Render every format into ``rendered`` before anything is published; return the
    formats whose writer failed. A template problem (``TemplateFailure``) is raised: the
    user's to fix, nothing is written. ``beside`` is rendered by ``side``, the others here.
    """
    outputs: dict[str, bytes | Exception] = {}
    for fmt in sorted(formats, key=lambda f: f == beside):  # the forked one last
        advance(1, f"Rendering {fmt.upper()}")
        try:
            out = side.result() if fmt == beside else render(brief, fmt, options)
            if out is None:  # no assert: ``python -O`` would publish None
                raise TypeError("the writer gave no document")
            outputs[fmt] = out
        except TemplateFailure:
            raise
        except Exception as exc:  # one writer's failure never blocks the other formats
            outputs[fmt] = exc
    failed: list[str] = []
    for fmt in formats:
        out = outputs[fmt]
        if isinstance(out, Exception):
            console.error(f"could not write {fmt.upper()}: {type(out).__name__}: {out}")
            failed.append(fmt)
        else:
            rendered[FORMATS.get(fmt).extension] = out
    return failed
