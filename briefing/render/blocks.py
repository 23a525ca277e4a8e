"""Markdown -> a flat list of blocks that the DOCX and PDF writers lay out.

The brief is first rendered to Markdown from templates; this module parses it with
markdown-it-py (CommonMark + GFM tables) and flattens the token stream into a few block
kinds, so each writer only decides how a heading, a paragraph, a list item, a table or a
shaded box looks, never what the brief says or in which order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token

_DIV_OPEN = re.compile(r'^\s*<div\s+class="([\w -]+)"\s*>\s*$')
_DIV_CLOSE = re.compile(r"^\s*</div>\s*$")
_ANCHOR = re.compile(r'^<a\s+(?:id|name)="([\w.:-]+)"\s*>$')


@dataclass
class Run:
    """A stretch of inline text with one formatting; ``anchor`` marks a link target."""

    text: str = ""
    bold: bool = False
    italic: bool = False
    code: bool = False
    href: str | None = None  # "#source-3" (internal) or an external URL
    anchor: str | None = None  # a bookmark placed here (text is empty)


@dataclass
class Block:
    """One layout unit.

    kind: ``title`` (level-1 heading), ``heading`` (level >= 2), ``para``, ``item`` (a list
    item's first paragraph; ``marker`` is "•" or "3."), ``table`` (``rows`` of cells of runs,
    the first row is the header), ``box`` / ``endbox`` (a ``<div class="...">`` wrapper whose
    class is in ``style``).
    """

    kind: str
    runs: list[Run] = field(default_factory=list)
    level: int = 0
    marker: str = ""
    depth: int = 0  # list nesting (0 outside lists)
    style: str = ""
    rows: list[list[list[Run]]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


def markdown_parser() -> MarkdownIt:
    """CommonMark with raw HTML (for the template's anchors and boxes) and GFM tables."""
    return MarkdownIt("commonmark", {"html": True}).enable("table")


def parse(markdown: str) -> list[Block]:
    tokens = markdown_parser().parse(markdown)
    blocks: list[Block] = []
    lists: list[str] = []  # stack of "bullet"/"ordered"
    pending_marker = ""
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        t = tok.type
        if t == "heading_open":
            level = int(tok.tag[1:])
            runs = inline_runs(tokens[i + 1])
            blocks.append(Block("title" if level == 1 else "heading", runs, level=level))
            i += 3
            continue
        if t in ("bullet_list_open", "ordered_list_open"):
            lists.append("ordered" if t == "ordered_list_open" else "bullet")
        elif t in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif t == "list_item_open":
            pending_marker = f"{tok.info}." if lists and lists[-1] == "ordered" else "•"
        elif t == "inline" and tokens[i - 1].type == "paragraph_open":
            runs = inline_runs(tok)
            if pending_marker:
                blocks.append(Block("item", runs, marker=pending_marker, depth=len(lists)))
                pending_marker = ""
            else:
                blocks.append(Block("para", runs, depth=len(lists)))
        elif t == "table_open":
            rows, i = _table(tokens, i)
            blocks.append(Block("table", rows=rows))
            continue
        elif t == "html_block":
            opened = _DIV_OPEN.match(tok.content)
            if opened:
                blocks.append(Block("box", style=opened.group(1)))
            elif _DIV_CLOSE.match(tok.content):
                blocks.append(Block("endbox"))
        i += 1
    return blocks


def _table(tokens: list[Token], i: int) -> tuple[list[list[list[Run]]], int]:
    rows: list[list[list[Run]]] = []
    while tokens[i].type != "table_close":
        tok = tokens[i]
        if tok.type == "tr_open":
            rows.append([])
        elif tok.type == "inline":
            rows[-1].append(inline_runs(tok))
        i += 1
    return rows, i + 1


def inline_runs(token: Token) -> list[Run]:
    """Flatten an inline token's children into formatted runs."""
    runs: list[Run] = []
    bold = italic = 0
    href: str | None = None
    for child in token.children or []:
        t = child.type
        if t == "text":
            runs.append(Run(child.content, bold > 0, italic > 0, href=href))
        elif t == "softbreak":
            runs.append(Run(" ", bold > 0, italic > 0, href=href))
        elif t == "hardbreak":
            runs.append(Run("\n"))
        elif t == "code_inline":
            runs.append(Run(child.content, bold > 0, italic > 0, code=True, href=href))
        elif t == "strong_open":
            bold += 1
        elif t == "strong_close":
            bold -= 1
        elif t == "em_open":
            italic += 1
        elif t == "em_close":
            italic -= 1
        elif t == "link_open":
            href = str(child.attrs.get("href", "")) or None
        elif t == "link_close":
            href = None
        elif t == "html_inline":
            found = _ANCHOR.match(child.content.strip())
            if found:
                runs.append(Run(anchor=found.group(1)))
    return _merge(runs)


def _merge(runs: list[Run]) -> list[Run]:
    # Adjacent runs with equal formatting become one (fewer w:r elements, cleaner PDF markup).
    merged: list[Run] = []
    for run in runs:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and run.anchor is None
            and prev.anchor is None
            and "\n" not in (run.text, prev.text)
            and (prev.bold, prev.italic, prev.code, prev.href)
            == (run.bold, run.italic, run.code, run.href)
        ):
            prev.text += run.text
        else:
            merged.append(run)
    return merged
