"""Word output with python-docx: real styles, a TOC field, page numbers and linked citations.

Layout decisions only; the content and its order come from the Markdown the templates
produce (parsed by :mod:`briefing.render.blocks`). What a Word user gets:

* Title / Heading 1 / Heading 2 styles (the Navigation pane works) and a TOC field that Word
  fills in on open (``updateFields``) or on "Update field";
* header with logo and marking, footer with the marking and "Page X of Y" (PAGE/NUMPAGES);
* each citation ``[3]`` is an internal hyperlink to a bookmark on source 3; URLs are links;
* key actors as a styled table with a repeating header row;
* core properties (title, author, subject, keywords, language);
* with ``SOURCE_DATE_EPOCH`` set, identical bytes on every run.
"""

from __future__ import annotations

import io
import re
from copy import deepcopy
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

from briefing.clock import build_time
from briefing.config import reference_docx_bytes
from briefing.model import Brief
from briefing.render import RenderOptions, shared
from briefing.render.blocks import Block, Run
from briefing.render.docx_xml import (
    GREY,
    cell_shade,
    complex_field,
    marker_run,
    normalise_zip,
    plain_run,
    repeat_header,
    shade,
    simple_field,
    styled_run,
)
from briefing.render.templating import accent_hex, clean_text, label

TOC_PLACEHOLDER = "Right-click to update the table of contents"
CORE_PROPERTY_CHARS = 255  # the limit python-docx enforces on every text core property
_TINT = "EEF2F7"  # executive-summary shading; light enough for any accent colour


def bookmark_name(anchor: str) -> str:
    # Word bookmark names: letters, digits and underscores only.
    return re.sub(r"\W", "_", anchor)


class DocxRenderer:
    extension = "docx"
    media_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

    def render(self, brief: Brief, options: RenderOptions) -> bytes:
        blocks = shared.blocks(brief, options)
        writer = _Writer(options)
        writer.write(blocks, contents_label=label(options, "contents"))
        writer.decorate(brief)
        when = build_time()
        _set_properties(writer.doc, brief, options, when)
        buffer = io.BytesIO()
        writer.doc.save(buffer)
        return normalise_zip(buffer.getvalue(), when)


class _Writer:
    def __init__(self, options: RenderOptions) -> None:
        self.options = options
        self.accent = RGBColor.from_string(accent_hex(options.accent_color)[1:])
        self.doc = _base_document(options.reference_docx, options.max_unzipped_mb)
        self.own_styles = not options.reference_docx
        if self.own_styles:
            _house_style(self.doc, self.accent)
        _set_language(self.doc, options.language)
        self._bookmark_id = 0
        self._boxes: list[str] = []
        # Paragraph style name -> the id written in w:pStyle (None: the default style), or
        # absent from the document. python-docx looks the default style up again on every
        # assignment (a scan of all styles): a third of writing an 850-source brief.
        self._style_ids: dict[str, str | None] = {}
        self._missing: set[str] = set()
        # The paragraph properties of a numbered item, by depth, as python-docx wrote them
        # for the first: the others get a copy (setting them one by one was a quarter of
        # writing the 880 sources of benchmarks/scale.py's brief).
        self._item_formats: dict[int, Any] = {}

    # ------------------------------------------------------------------ body

    def write(self, blocks: list[Block], contents_label: str) -> None:
        item: Paragraph | None = None  # the list item just written, if the last block was one
        for block in blocks:
            if block.kind == "box":
                self._boxes.append(block.style)
            elif block.kind == "endbox":
                ended = self._boxes.pop() if self._boxes else ""
                if ended == "brief-meta":
                    self._toc(contents_label)
            elif block.kind == "title":
                self._runs(self._paragraph("Title"), block.runs)
            elif block.kind == "heading":
                level = min(block.level - 1, 3)
                para = self._paragraph(f"Heading {level}")
                self._runs(para, block.runs)
                self._decorate_box(para)
            elif block.kind == "table":
                self._table(block.rows)
            elif block.kind == "item":
                item = self._item(block)
                continue
            else:
                if block.depth and item is not None:
                    # A source's title stays on the page of its digest under it.
                    item.paragraph_format.keep_with_next = True
                para = self._paragraph("Normal")
                if block.depth:
                    para.paragraph_format.left_indent = Cm(0.75 * block.depth)
                self._runs(para, block.runs)
                self._decorate_box(para)
            item = None

    def _paragraph(self, style: str) -> Paragraph:
        para = self.doc.add_paragraph()
        if self._has_paragraph_style(style):
            # What ``para.style = ...`` sets, with the style's id looked up once.
            para._p.style = self._style_ids[style]
        return para

    def _has_paragraph_style(self, name: str) -> bool:
        if name not in self._style_ids and name not in self._missing:
            if _has_style(self.doc, name):
                style = self.doc.styles[name]
                self._style_ids[name] = self.doc.part.get_style_id(style, WD_STYLE_TYPE.PARAGRAPH)
            else:
                self._missing.add(name)
        return name in self._style_ids

    def _decorate_box(self, para: Paragraph) -> None:
        box = self._boxes[-1] if self._boxes else ""
        if box == "executive-summary":
            shade(para, _TINT, accent_hex(self.options.accent_color)[1:])
        elif box == "brief-meta":
            for run in para.runs:
                run.font.size = Pt(9.5)
                run.font.color.rgb = GREY
            para.paragraph_format.space_after = Pt(2)

    def _item(self, block: Block) -> Paragraph:
        bullet = block.marker == "•"
        if bullet and self._has_paragraph_style("List Bullet"):
            para = self._paragraph("List Bullet")
            para.paragraph_format.space_after = Pt(3)
        else:
            # Numbers are written as text: Word's list numbering would continue from the
            # previous numbered list (open questions -> sources) unless restarted by hand.
            para = self._paragraph("Normal")
            kept = self._item_formats.get(block.depth)
            if kept is None:
                fmt = para.paragraph_format
                indent = Cm(0.8 * block.depth)
                fmt.left_indent = indent
                fmt.first_line_indent = -Cm(0.8)
                fmt.tab_stops.add_tab_stop(indent, WD_TAB_ALIGNMENT.LEFT)
                fmt.space_after = Pt(3)
                self._item_formats[block.depth] = deepcopy(para._p.pPr)
            else:
                para._p.remove(para._p.get_or_add_pPr())
                para._p.insert(0, deepcopy(kept))
            marker_run(para, block.marker)
        self._runs(para, block.runs)
        self._decorate_box(para)
        return para

    def _runs(self, para: Paragraph, runs: list[Run]) -> None:
        for run in runs:
            if run.anchor:
                self._bookmark(para, bookmark_name(run.anchor))
                continue
            if run.text == "\n":
                para.add_run().add_break()
                continue
            text = clean_text(run.text) if run.text.strip() else run.text
            if run.text[:1].isspace() and run.text.strip():
                text = " " + text
            if run.text[-1:].isspace() and text.strip():
                text += " "
            if not (run.code or run.href):
                styled_run(para, text, bold=run.bold, italic=run.italic)
                continue
            piece = plain_run(para, text)
            piece.bold = run.bold or None
            piece.italic = run.italic or None
            if run.code:
                piece.font.name = "Consolas"
                piece.font.size = Pt(9)
            if run.href:
                self._link(para, piece, run.href)

    def _link(self, para: Paragraph, piece: Any, href: str) -> None:
        link = OxmlElement("w:hyperlink")
        if href.startswith("#"):
            link.set(qn("w:anchor"), bookmark_name(href[1:]))
            piece.font.color.rgb = self.accent
        else:
            rel = para.part.relate_to(href, RT.HYPERLINK, is_external=True)
            link.set(qn("r:id"), rel)
            piece.font.color.rgb = self.accent
            piece.font.underline = True
        link.set(qn("w:history"), "1")
        para._p.append(link)
        link.append(piece._r)  # moves the run inside the hyperlink

    def _bookmark(self, para: Paragraph, name: str) -> None:
        self._bookmark_id += 1
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(self._bookmark_id))
        start.set(qn("w:name"), name)
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(self._bookmark_id))
        para._p.append(start)
        para._p.append(end)

    def _table(self, rows: list[list[list[Run]]]) -> None:
        if not rows:
            return
        ncols = max(len(r) for r in rows)
        table: Table = self.doc.add_table(rows=len(rows), cols=ncols)
        for name in ("Table Grid", "Normal Table"):
            if _has_style(self.doc, name, WD_STYLE_TYPE.TABLE):
                table.style = self.doc.styles[name]
                break
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        widths = _column_widths(ncols)
        if widths:
            # Word reads cell widths, LibreOffice the grid's column widths: set both.
            table.autofit = False
            for column, width in zip(table.columns, widths, strict=True):
                column.width = width
        accent = accent_hex(self.options.accent_color)[1:]
        # Each row's cells once: ``table.cell(r, c)`` lists every cell of the table per call.
        for r, (row, cells) in enumerate(zip(rows, (tr.cells for tr in table.rows), strict=True)):
            for c in range(ncols):
                cell = cells[c]
                if widths:
                    cell.width = widths[c]
                para = cell.paragraphs[0]
                self._runs(para, row[c] if c < len(row) else [])
                for run in para.runs:
                    run.font.size = Pt(9)
                if r == 0:
                    cell_shade(cell, accent)
                    for run in para.runs:
                        run.bold = True
                        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                elif r % 2 == 0:
                    cell_shade(cell, "F4F6F8")
        repeat_header(table.rows[0])
        self.doc.add_paragraph()  # Word glues a following heading to the table otherwise

    def _toc(self, contents_label: str) -> None:
        style = "TOC Heading" if self._has_paragraph_style("TOC Heading") else "Normal"
        heading = self._paragraph(style)
        run = heading.add_run(contents_label)
        run.bold = True
        para = self.doc.add_paragraph()
        complex_field(para, 'TOC \\o "1-3" \\h \\z \\u', TOC_PLACEHOLDER)
        settings = self.doc.settings.element
        if settings.find(qn("w:updateFields")) is None:
            update = OxmlElement("w:updateFields")
            update.set(qn("w:val"), "true")
            settings.append(update)

    # ------------------------------------------------------------------ page furniture

    def decorate(self, brief: Brief) -> None:
        marking = clean_text(brief.audience).upper() if brief.audience else ""
        for section in self.doc.sections:
            section.different_first_page_header_footer = False
            header = section.header.paragraphs[0]
            header.text = ""
            width = section.page_width - section.left_margin - section.right_margin
            header.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
            if self.options.logo:
                header.add_run().add_picture(self.options.logo, height=Cm(1.0))
            if marking:
                run = header.add_run(f"\t{marking}")
                run.bold = True
                run.font.size = Pt(9)
                run.font.color.rgb = RGBColor(0x8B, 0x00, 0x00)
            footer = section.footer.paragraphs[0]
            footer.text = ""
            footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
            prefix = f"{marking} · " if marking else ""
            footer.add_run(f"{prefix}Page ")
            simple_field(footer, "PAGE", "1")
            footer.add_run(" of ")
            simple_field(footer, "NUMPAGES", "1")
            for run in footer.runs:
                run.font.size = Pt(8.5)
                run.font.color.rgb = GREY


def _base_document(reference: str | None, max_unzipped_mb: float) -> DocxDocument:
    """The user's reference .docx with its body cleared (styles, page setup kept), or ours.
    The reference is checked again (the file may have changed since the config check) and
    python-docx opens only the checked, uncompressed copy."""
    if not reference:
        doc = Document()
        section = doc.sections[0]
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        for side in ("left_margin", "right_margin"):
            setattr(section, side, Cm(2.2))
        section.top_margin = section.bottom_margin = Cm(2.0)
        return doc
    doc = Document(io.BytesIO(reference_docx_bytes(reference, max_unzipped_mb)))
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return doc


def _house_style(doc: DocxDocument, accent: RGBColor) -> None:
    styles = doc.styles
    normal = styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.1
    for name, size in (("Title", 24), ("Heading 1", 15), ("Heading 2", 12), ("Heading 3", 11)):
        style = styles[name]
        style.font.color.rgb = accent
        style.font.size = Pt(size)
        style.font.name = "Calibri"
    styles["Heading 1"].paragraph_format.space_before = Pt(16)
    # The default Title style draws a border in a fixed blue; keep the accent colour instead.
    title_ppr = styles["Title"].element.find(qn("w:pPr"))
    if title_ppr is not None and title_ppr.find(qn("w:pBdr")) is not None:
        title_ppr.remove(title_ppr.find(qn("w:pBdr")))


def _set_language(doc: DocxDocument, language: str) -> None:
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        return
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if rpr is None:
        return
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), language)


def _has_style(doc: DocxDocument, name: str, kind: Any = WD_STYLE_TYPE.PARAGRAPH) -> bool:
    try:
        return doc.styles[name].type == kind
    except KeyError:
        return False


def _column_widths(ncols: int) -> list[Any]:
    # Tuned for the key-actors table (name, type, role, sources, quote) on A4.
    if ncols == 5:
        return [Cm(3.0), Cm(2.7), Cm(3.6), Cm(2.0), Cm(5.3)]
    return []


def _set_properties(doc: DocxDocument, brief: Brief, options: RenderOptions, when: Any) -> None:
    props = doc.core_properties
    props.title = _core(brief.title)
    props.author = _core(options.author or brief.organisation or "")
    props.subject = _core(brief.focus or brief.title)
    names = [clean_text(a.name) for a in brief.key_actors[:8]]
    props.keywords = _core("; ".join(["policy brief", *names]))
    props.language = options.language
    props.category = _core(brief.audience or "")
    props.comments = _core(brief.generator)
    props.last_modified_by = props.author
    props.revision = 1
    naive = when.replace(tzinfo=None)
    props.created = naive
    props.modified = naive
    props.last_printed = naive


def _core(value: str) -> str:
    """A core property value: python-docx refuses more than 255 characters (a long --focus
    or --title is valid input, shown whole in the document; only the metadata is cut)."""
    text = clean_text(value)
    if len(text) <= CORE_PROPERTY_CHARS:
        return text
    return text[: CORE_PROPERTY_CHARS - 1].rstrip() + "…"
