"""Jinja2 templates: section order and wording of every format come from ``templates/``.

The bundled templates ship inside the package as ``briefing.templates`` (pyproject maps the
top-level ``templates/`` folder there); a source checkout reads the folder directly. A user's
``templates_dir`` overrides bundled files by name, so changing one heading means copying one
small file (``labels.j2``), not the whole brief.

Templates run in a read-only jinja2 sandbox with a time and size budget, confined to their
folder (:mod:`briefing.render.sandbox`), because a templates folder is user input.
Autoescaping is on for ``*.html.j2``; Markdown templates escape source text with the ``md``
filter instead, so "AT&T <b>R&D</b>" prints literally in every format.
"""

from __future__ import annotations

import importlib.resources
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import BaseLoader, ChoiceLoader, StrictUndefined

from briefing.lang.headlines import title_case, without_part_number
from briefing.render.sandbox import BudgetedEnvironment, ConfinedLoader, render_within_budget

if TYPE_CHECKING:
    from briefing.model import Brief
    from briefing.render import RenderOptions

# Characters XML 1.0 forbids (python-docx and reportlab both choke on them).
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Inline Markdown syntax characters that must print literally.
_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
# An entity reference would be decoded by Markdown; escape its ampersand only.
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")
# Syntax that only matters at the start of a block (headings, lists, quotes, rules).
_MD_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+(?=[.)]))")

# Layout bounds, not tuned (issue 13: at 875 articles an actor cited by hundreds of sources
# made a 3,770-point table cell). CELL_CITATIONS keeps the narrow sources column of the
# key-actors table to about six lines on A4, CELL_CHARS the quote column to about ten
# (names and roles, in narrower columns, get half); TEXT_CITATIONS bounds the citations
# after a statement. "+N more" says what is left out; the JSON keeps every source.
CELL_CITATIONS = 10
CELL_CHARS = 320
TEXT_CITATIONS = 12


def clean_text(value: object) -> str:
    """Drop XML-forbidden characters and fold whitespace runs (sources carry newlines/tabs)."""
    if value is None:
        return ""
    return " ".join(_XML_FORBIDDEN.sub("", str(value)).split())


def md_escape(value: object) -> str:
    """Escape text taken from sources so Markdown (and HTML made from it) prints it literally."""
    text = _MD_INLINE.sub(r"\\\1", clean_text(value))
    text = _MD_ENTITY.sub(r"\\&", text)
    return _MD_LINE_START.sub(_escape_line_start, text, count=1)


def _escape_line_start(m: re.Match[str]) -> str:
    # "# x" -> "\# x", but "1999. A year" -> "1999\. A year" (the dot makes the list marker).
    lead, mark = m.group(1), m.group(2)
    return lead + (mark + "\\" if mark.isdigit() else "\\" + mark)


def bundled_templates_dir() -> Path:
    """The folder of bundled templates: the installed package data, else the source tree.
    Package data found outside the tree this package runs from (an editable install of
    another checkout, while this one runs by ``PYTHONPATH``) gives way to this tree's own
    ``templates/``: a checkout's templates go with its code."""
    tree = Path(__file__).resolve().parents[2]
    own = tree / "templates"
    try:
        root = importlib.resources.files("briefing.templates")
        path = Path(str(root))
        if (path / "brief.md.j2").is_file() and (
            path.resolve().is_relative_to(tree) or not (own / "brief.md.j2").is_file()
        ):
            return path
    except (ModuleNotFoundError, TypeError):
        pass
    return own


@lru_cache(maxsize=16)
def environment(templates_dir: str | None = None) -> BudgetedEnvironment:
    """A sandboxed environment whose user folder (if any) shadows the bundled templates."""
    loaders: list[BaseLoader] = []
    if templates_dir:
        loaders.append(ConfinedLoader(templates_dir))
    loaders.append(ConfinedLoader(str(bundled_templates_dir())))
    env = BudgetedEnvironment(
        loader=ChoiceLoader(loaders),
        autoescape=lambda name: bool(name and name.endswith((".html.j2", ".html"))),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md_escape
    env.filters["clean"] = clean_text
    env.filters["cite"] = cite_markdown
    env.filters["url"] = _url_for_markdown
    env.filters["clip"] = clip
    env.filters["headline"] = headline
    return env


def headline(text: str, headlines: Sequence[str] = ()) -> str:
    """A source's title as a reader sees it: one written in capitals ("NORAVIA FLIGHT
    CRASH MYSTERY DEEPENS") in title case, a word cased as the other ``headlines`` write it;
    any other title as written; a wire's part number at the end ("(1)") dropped."""
    title = without_part_number(text)
    if not title.isupper():
        return title  # as written (``title_case`` would not look at ``headlines``)
    # Only then the other headlines: the source list asks once per source, 880 x 880.
    words = [h for h in headlines if isinstance(h, str)]
    return title_case(title, words, lower_too=False)


def anchor(source_id: int) -> str:
    """Anchor name of a source entry; citations link here in every format."""
    return f"source-{source_id}"


def cite_markdown(
    sources: list[int] | None, sep: str = "", limit: int | None = None, more: str = "+%d more"
) -> str:
    """``[1][3]`` as Markdown links to the numbered source entries.

    ``sep=" "`` gives narrow table cells a place to wrap between citations. With ``limit``,
    only the first ``limit`` are shown, followed by ``more`` (a label with ``%d``, the
    number left out): "[1] [4] [9] +37 more".
    """
    ids = list(sources or [])
    shown = ids if limit is None or len(ids) <= limit else ids[: max(limit, 0)]
    text = sep.join(f"[[{n}]](#{anchor(n)})" for n in shown)
    if len(shown) < len(ids):
        text += (sep or " ") + md_escape(more.replace("%d", str(len(ids) - len(shown))))
    return text


def clip(value: object, limit: int = CELL_CHARS) -> str:
    """``value`` cut to about ``limit`` characters at a word boundary, with "…" when cut."""
    text = clean_text(value)
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 1)]
    space = cut.rfind(" ")
    if space > limit // 2:  # a word boundary not too far back; else cut inside the word
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + "…"


def _url_for_markdown(location: str) -> str:
    # Angle-bracket autolink form tolerates parentheses; spaces and brackets are percent-escaped.
    cleaned = clean_text(location).replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")
    return cleaned


def is_url(location: str | None) -> bool:
    return bool(location) and bool(re.match(r"^https?://", str(location), re.I))


def accent_hex(color: str | None, default: str = "#1F3A5F") -> str:
    """``#RRGGBB`` from a user's colour (``#abc``, ``1f3a5f``); anything else gives the default."""
    value = (color or "").strip().lstrip("#")
    if re.fullmatch(r"[0-9A-Fa-f]{3}", value):
        value = "".join(c * 2 for c in value)
    if not re.fullmatch(r"[0-9A-Fa-f]{6}", value):
        return default
    return "#" + value.upper()


def context(brief: Brief, options: RenderOptions) -> dict[str, Any]:
    """What templates see: the brief itself plus a few facts computed once for every format."""
    statements = [*brief.executive_summary, *brief.background]
    if brief.whats_new:
        statements += brief.whats_new.new_statements
    return {
        "brief": brief,
        "options": options,
        "marking": clean_text(brief.audience) if brief.audience else "",
        # Sections whose code failed: they say so instead of what an empty one says.
        "unfinished": sorted(brief.unfinished),
        "any_single_source": any(s.single_source for s in statements)
        or any(c.single_source for d in brief.divergences for c in d.claims),
        "is_url": is_url,
        "anchor": anchor,
        "accent": accent_hex(options.accent_color),
        "cell_citations": CELL_CITATIONS,
        "cell_chars": CELL_CHARS,
        "text_citations": TEXT_CITATIONS,
    }


def render_markdown(brief: Brief, options: RenderOptions) -> str:
    """The brief as Markdown: the single text every other markup format is built from."""
    text = _render(options, "brief.md.j2", **context(brief, options))
    # Collapse the blank-line runs that template conditionals leave behind.
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def label(options: RenderOptions, key: str) -> str:
    """One fixed phrase from ``labels.j2`` (e.g. "Contents"), for writers that need it."""
    source = '{% from "labels.j2" import labels %}{{ labels[key] }}'
    return _render(options, None, source, key=key)


def render_template(name: str, brief: Brief, options: RenderOptions, **extra: Any) -> str:
    return _render(options, name, **context(brief, options), **extra)


def _render(options: RenderOptions, name: str | None, source: str = "", /, **values: Any) -> str:
    """Template ``name`` (or the template text ``source``), loaded and run within budget."""
    env = environment(options.templates_dir)

    def generate() -> Iterator[str]:
        template = env.get_template(name) if name else env.from_string(source)
        yield from template.generate(**values)

    return render_within_budget(generate)
