"""The build's tail: a process beside the build's own while it renders and publishes.

After compose, a build with more than one worker has two things nobody waits for in
turn: one of the slow writers (``RENDER_BESIDE``, rendered while this process writes
the PDF) and the compose cache (``FeatureCache.save``: about 2 CPU s for the 718
articles of a first build of the dev sets, written one after the other before). Both go
to one forked process (``briefing.forked``): it renders its format, sends it back and
then writes the cache, while this process renders the others and publishes the edition.
A first build of a large folder has more cache to write than PDF to render: the process
beside renders both slow writers and this one writes the cache (``SAVE_HERE_MIN_ENTRIES``).
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
# From this many compose cache entries to write (a first build of a large folder), the PDF
# is rendered beside too, after RENDER_BESIDE, while this process writes the cache: about
# PDF's time in entries. benchmarks/scale.py's first build (841 articles, CPU s at load
# 10-14): the PDF 1.06-1.09 here, the DOCX 0.52 and the cache 1.8-2.3 beside, which this
# process waited for after publishing.
SAVE_HERE_MIN_ENTRIES = 400


@contextmanager
def beside_build(
    brief: Brief,
    formats: list[str],
    options: RenderOptions,
    workers: int,
    parallel: bool,
    save: Callable[[], None] | None,
    entries: int = 0,
) -> Iterator[tuple[forked.Forked[dict[str, bytes | Exception]], tuple[str, ...]]]:
    """The process beside this one while it renders and publishes, and the formats it
    renders, in order (none: ``()``).

    With more than one worker, ``RENDER_BESIDE`` renders in a forked process beside the
    PDF, which then writes the compose cache (``save``, of ``entries`` new entries) while
    this one renders the rest and publishes; from ``SAVE_HERE_MIN_ENTRIES`` entries that
    process renders the PDF after it and this one writes the cache meanwhile. A first
    build of a large folder forks for ``save`` alone when no format goes beside.
    ``finish()`` waits for ``save``; a failing build waits for it too (the next run reuses
    what it worked out), an interrupted one stops it.
    """
    both = workers > 1 and {RENDER_BESIDE, "pdf"} <= set(formats)
    here = both and parallel and save is not None and entries >= SAVE_HERE_MIN_ENTRIES
    beside = (RENDER_BESIDE, "pdf") if here else (RENDER_BESIDE,) if both else ()
    inline = not beside and not (parallel and save is not None)
    after = None if here else save
    with (
        sharing(brief, options, formats),  # the Markdown and its blocks made once, before the fork
        forked.start(render_beside, brief, beside, options, inline=inline, after=after) as side,
    ):
        try:
            if here and save is not None:
                save()
            yield side, beside
        except Exception:
            with contextlib.suppress(Exception):
                side.finish()
            raise


def render_beside(
    brief: Brief, formats: tuple[str, ...], options: RenderOptions
) -> dict[str, bytes | Exception]:
    """The documents of ``brief`` in ``formats`` (what the process beside renders), or
    what each writer raised: one writer's failure never blocks the other."""
    out: dict[str, bytes | Exception] = {}
    for fmt in formats:
        try:
            out[fmt] = render(brief, fmt, options)
        except Exception as exc:
            out[fmt] = exc
    return out


def render_all(
    brief: Brief,
    formats: list[str],
    options: RenderOptions,
    rendered: dict[str, bytes],
    console: Console,
    advance: Callable[..., None],
    side: forked.Forked[dict[str, bytes | Exception]] | None,
    beside: tuple[str, ...],
) -> list[str]:
    """Render every format into ``rendered`` before anything is published; return the
    formats whose writer failed. A template problem (``TemplateFailure``) is raised: the
    user's to fix, nothing is written. ``beside`` are rendered by ``side``, the others here.
    """
    outputs: dict[str, bytes | Exception] = {}
    for fmt in sorted(formats, key=lambda f: f in beside):  # the forked ones last
        advance(1, f"Rendering {fmt.upper()}")
        try:
            if side is not None and fmt in beside:
                out = side.result()[fmt]
                if isinstance(out, Exception):
                    raise out
            else:
                out = render(brief, fmt, options)
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
